"""Exports that open where analysts open them: RDF for triple stores, graph files for Gephi, Neo4j and Cytoscape.

==============  =================================================================================================
format          what is written
==============  =================================================================================================
``ttl``         Turtle: every article's triples merged (no named graphs)
``nt``          N-Triples, sorted lines
``nq``          N-Quads: one named graph per article, sorted lines
``trig``        TriG: one named graph per article
``jsonld``      JSON-LD with officialdom's ``@context`` (``officialdom/graph/context.jsonld``, published at
                :data:`CONTEXT_URL`), inline so the file reads offline
``graphml``     GraphML of the :func:`~officialdom.graph.analytics.entity_graph` (Gephi, yEd, igraph, networkx)
``gexf``        GEXF 1.2 of the same graph (Gephi's own format)
``neo4j``       a folder with ``nodes.csv`` and ``relationships.csv`` in the header format of ``neo4j-admin
                database import`` (``id:ID``, ``:LABEL``, ``:START_ID``, ``:END_ID``, ``:TYPE``)
``cytoscape``   Cytoscape.js JSON (``elements`` with ``nodes`` and ``edges``), which Cytoscape desktop imports too
==============  =================================================================================================

Every export is deterministic: the same graph gives the same bytes.

>>> sorted(EXPORT_FORMATS)[:4]
['cytoscape', 'gexf', 'graphml', 'jsonld']
"""

from __future__ import annotations

import csv
import io
import json
import re
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from officialdom.errors import ExportError

if TYPE_CHECKING:
    from officialdom.graph.kg import KnowledgeGraph

__all__ = [
    "CONTEXT_URL",
    "EXPORT_FORMATS",
    "export",
    "export_text",
    "flat_graph",
    "jsonld_context",
    "neo4j_tables",
]

CONTEXT_URL = "https://w3id.org/officialdom/context.jsonld"
"""Where officialdom's JSON-LD ``@context`` is published (the same file ships in the package)."""

EXPORT_FORMATS: dict[str, str] = {
    "ttl": "Turtle (triples, named graphs merged)",
    "nt": "N-Triples (triples, sorted)",
    "nq": "N-Quads (one named graph per article, sorted)",
    "trig": "TriG (one named graph per article)",
    "jsonld": "JSON-LD with officialdom's @context",
    "graphml": "GraphML of the entity graph",
    "gexf": "GEXF 1.2 of the entity graph",
    "neo4j": "a folder of nodes.csv and relationships.csv for neo4j-admin import",
    "cytoscape": "Cytoscape.js JSON of the entity graph",
}
"""Export formats and what they write."""

_RDF = ("ttl", "nt", "nq", "trig", "jsonld")
_SEPARATOR = "\n"


def jsonld_context() -> dict[str, Any]:
    """officialdom's JSON-LD context (the value of ``@context``): prefixes and readable terms."""
    text = (resources.files("officialdom.graph") / "context.jsonld").read_text("utf-8")
    context: dict[str, Any] = json.loads(text)["@context"]
    return context


def _scalar(value: Any) -> str | int | float | bool:
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, list | tuple):
        return _SEPARATOR.join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return "" if value is None else str(value)


def flat_graph(g: nx.MultiDiGraph[str]) -> nx.MultiDiGraph[str]:
    """A copy whose attribute values are strings or numbers (lists joined by newlines, facts as JSON), with
    unique edge keys ``e0, e1...``, as GraphML and GEXF need. Missing values stay missing."""
    node_keys = sorted({k for _, d in g.nodes(data=True) for k in d})
    edge_keys = sorted({k for _, _, d in g.edges(data=True) for k in d})
    out: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for node, data in g.nodes(data=True):
        out.add_node(node, **{k: _scalar(data[k]) for k in node_keys if data.get(k) is not None})
    for i, (source, target, data) in enumerate(g.edges(data=True)):
        out.add_edge(source, target, key=f"e{i}", **{k: _scalar(data[k]) for k in edge_keys if data.get(k) is not None})
    return out


def _rdf_text(kg: KnowledgeGraph, fmt: str, context_url: bool) -> str:
    from officialdom.graph.kg import nt_term, serialize_quads
    from officialdom.graph.rdf import VOCABULARY_GRAPH

    quads = sorted(
        (q for q in kg.store.quads() if q[3] != VOCABULARY_GRAPH),
        key=lambda q: (str(q[3]), q[0].n3(), q[1].n3(), q[2].n3()),
    )
    if fmt == "nt":
        lines = sorted({f"{nt_term(s)} {nt_term(p)} {nt_term(o)} ." for s, p, o, _ in quads})
        return "\n".join(lines) + ("\n" if lines else "")
    if fmt != "jsonld":
        return serialize_quads(quads, fmt)
    from rdflib import Dataset

    from officialdom.graph.rdf import bind_prefixes

    ds = Dataset()
    bind_prefixes(ds)
    for s, p, o, g in quads:
        ds.graph(g).add((s, p, o))
    context = jsonld_context()
    data = json.loads(ds.serialize(format="json-ld", context=context, auto_compact=True))
    data["@context"] = CONTEXT_URL if context_url else context
    graph = data.get("@graph", [])
    if isinstance(graph, list):
        for item in graph:
            if isinstance(item, dict) and isinstance(item.get("@graph"), list):
                item["@graph"].sort(key=lambda n: str(n.get("@id", "")))
        graph.sort(key=lambda n: str(n.get("@id", "")) if isinstance(n, dict) else "")
    return json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def _graphml(g: nx.MultiDiGraph[str]) -> str:
    return "\n".join(nx.generate_graphml(flat_graph(g), prettyprint=True)) + "\n"


def _gexf(g: nx.MultiDiGraph[str]) -> str:
    flat = flat_graph(g)
    for _, _, key, data in flat.edges(keys=True, data=True):
        data["id"] = key
    text = "\n".join(nx.generate_gexf(flat, prettyprint=True)) + "\n"
    # the writer stamps today's date: leave it out so the same graph always gives the same file
    return re.sub(r'\s+lastmodifieddate="[^"]*"', "", text, count=1)


def _cytoscape(g: nx.MultiDiGraph[str]) -> str:
    data = nx.cytoscape_data(g, name="label", ident="id")
    for i, edge in enumerate(data["elements"]["edges"]):
        edge["data"]["id"] = f"e{i}"
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


_NEO4J_NODE_FIELDS = ("label", "type", "kind", "countries", "date", "published", "facts", "evidence")


def neo4j_tables(g: nx.MultiDiGraph[str]) -> tuple[str, str]:
    """``nodes.csv`` and ``relationships.csv`` for ``neo4j-admin database import`` (lists joined with ``;``,
    the importer's array delimiter; facts as JSON)."""
    nodes = io.StringIO()
    writer = csv.writer(nodes, lineterminator="\n")
    writer.writerow(
        ["iri:ID", "name", "type", "kind", "countries:string[]", "date", "published", "facts", "evidence", ":LABEL"]
    )
    for node, data in g.nodes(data=True):
        labels = [data["type"]] if data["kind"] == "entity" else [data["kind"].capitalize(), data["type"]]
        labels = list(dict.fromkeys(labels))
        writer.writerow(
            [
                node,
                data.get("label", ""),
                data.get("type", ""),
                data.get("kind", ""),
                ";".join(data.get("countries", [])),
                data.get("date", ""),
                data.get("published", ""),
                json.dumps(data.get("facts", {}), ensure_ascii=False, sort_keys=True),
                "\n".join(data.get("evidence", [])),
                ";".join(labels),
            ]
        )
    rels = io.StringIO()
    writer = csv.writer(rels, lineterminator="\n")
    writer.writerow([":START_ID", ":END_ID", ":TYPE", "label", "evidence"])
    for source, target, data in g.edges(data=True):
        kind = re.sub(r"[^A-Za-z0-9]+", "_", data["relation"]).strip("_").upper()
        writer.writerow([source, target, kind, data.get("label", ""), "\n".join(data.get("evidence", []))])
    return nodes.getvalue(), rels.getvalue()


def export_text(kg: KnowledgeGraph, fmt: str, *, context_url: bool = False) -> str:
    """The graph in a single-file format (every format but ``neo4j``), as text.

    ``context_url`` makes a JSON-LD file refer to the published context instead of carrying it inline.
    """
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "neo4j":
        raise ExportError("the neo4j export is a folder of two CSV files: use export(kg, 'neo4j', FOLDER)")
    if fmt in _RDF:
        return _rdf_text(kg, fmt, context_url)
    from officialdom.graph.analytics import entity_graph

    g = entity_graph(kg)
    if fmt == "graphml":
        return _graphml(g)
    if fmt == "gexf":
        return _gexf(g)
    return _cytoscape(g)


def export(kg: KnowledgeGraph, fmt: str, destination: str | Path, *, context_url: bool = False) -> list[Path]:
    """Write the graph in ``fmt`` (one of :data:`EXPORT_FORMATS`) to ``destination``; returns the files written.

    For ``neo4j`` the destination is a folder (made if needed) that receives ``nodes.csv`` and
    ``relationships.csv``; for every other format it is a file.
    """
    target = Path(destination)
    try:
        if fmt == "neo4j":
            from officialdom.graph.analytics import entity_graph

            if target.exists() and not target.is_dir():
                raise ExportError(f"{target}: the neo4j export writes a folder; give a folder name, not a file")
            target.mkdir(parents=True, exist_ok=True)
            nodes, rels = neo4j_tables(entity_graph(kg))
            written = [target / "nodes.csv", target / "relationships.csv"]
            written[0].write_text(nodes, encoding="utf-8")
            written[1].write_text(rels, encoding="utf-8")
            return written
        text = export_text(kg, fmt, context_url=context_url)
        target.write_text(text, encoding="utf-8")
        return [target]
    except OSError as error:
        raise ExportError(
            f"{target}: cannot write ({error.strerror}); check the folder exists and is writable"
        ) from None
