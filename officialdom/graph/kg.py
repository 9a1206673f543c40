"""The knowledge graph: articles' named graphs in a store, queried with SPARQL, seen as DataFrames and networks.

>>> import spacy
>>> from officialdom import Extractor
>>> ex = Extractor(spacy.blank("en"))
>>> rec = ex.extract("Foreign Minister Jane Doe met Interior Minister John Roe in Nairobi.", article_id="n1")
>>> kg = KnowledgeGraph()
>>> kg.add(rec)
>>> sorted(kg.officials()["name"])
['Jane Doe', 'John Roe']
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from rdflib import Dataset, Graph, Literal, URIRef

from officialdom.errors import ExportError, QueryError
from officialdom.graph.rdf import (
    VOCABULARY_GRAPH,
    article_graph,
    article_iri,
    bind_prefixes,
    extraction_quads,
    vocabulary_quads,
)
from officialdom.graph.stores import QueryResult, Store, open_store
from officialdom.graph.vocab import OD
from officialdom.model import ArticleExtraction

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

__all__ = ["RDF_FORMATS", "KnowledgeGraph", "saved_queries", "serialize_quads"]

RDF_FORMATS: dict[str, str] = {
    "ttl": "turtle",
    "turtle": "turtle",
    "trig": "trig",
    "nq": "nquads",
    "nquads": "nquads",
    "nt": "nt",
    "jsonld": "json-ld",
    "json-ld": "json-ld",
}
"""Output formats and their rdflib names (``ttl`` and ``nt`` merge the named graphs)."""


def saved_queries() -> dict[str, str]:
    """The saved queries shipped with officialdom: name -> SPARQL text."""
    folder = resources.files("officialdom.graph") / "queries"
    return {
        entry.name[:-3]: entry.read_text("utf-8")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".rq")
    }


def serialize_quads(quads: Iterable[tuple[Any, Any, Any, URIRef]], fmt: str) -> str:
    """Serialise quads in one of :data:`RDF_FORMATS`."""
    name = RDF_FORMATS.get(fmt)
    if name is None:
        raise ExportError(f"unknown RDF format {fmt!r}; use one of {', '.join(sorted(RDF_FORMATS))}")
    if name == "nquads":
        lines = sorted({f"{s.n3()} {p.n3()} {o.n3()} {g.n3()} ." for s, p, o, g in quads})
        return "\n".join(lines) + ("\n" if lines else "")
    if name in ("turtle", "nt"):
        graph = Graph()
        bind_prefixes(graph)
        for s, p, o, _ in quads:
            graph.add((s, p, o))
        return graph.serialize(format=name)
    ds = Dataset()
    bind_prefixes(ds)
    for s, p, o, g in quads:
        ds.graph(g).add((s, p, o))
    if name == "json-ld":
        from officialdom.graph.vocab import PREFIXES

        return ds.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True)
    return ds.serialize(format=name)


class KnowledgeGraph:
    """Articles' graphs in a store (``memory``, ``oxigraph:PATH`` or a :class:`Store`).

    Adding an article replaces its named graph, so adding the same record twice changes nothing.
    """

    def __init__(self, store: str | Store = "memory") -> None:
        self.store = open_store(store)
        if not self.store.has_graph(VOCABULARY_GRAPH):
            self.store.replace_graph(VOCABULARY_GRAPH, vocabulary_quads())

    # -- writing ---------------------------------------------------------------------------------------------
    def add(self, record: ArticleExtraction, *, fingerprint: str | None = None) -> None:
        """Add (or replace) the named graph of one article; ``fingerprint`` records what it was made from."""
        graph = article_graph(record.article.id)
        quads = extraction_quads(record)
        if fingerprint is not None:
            quads.append((article_iri(record.article.id), OD.fingerprint, Literal(fingerprint), graph))
        self.store.replace_graph(graph, quads)

    def fingerprints(self) -> dict[str, str]:
        """Article id -> fingerprint of the text and extractor its graph was made from."""
        result = self.store.query("SELECT ?id ?f WHERE { ?a od:articleId ?id ; od:fingerprint ?f }")
        return {str(i): str(f) for i, f in result.rows}

    def add_all(self, records: Iterable[ArticleExtraction]) -> int:
        """Add many records; returns how many were added."""
        count = 0
        for record in records:
            self.add(record)
            count += 1
        self.store.flush()
        return count

    def remove(self, article_id: str) -> bool:
        """Take an article's graph out; True if it was there."""
        graph = article_graph(article_id)
        present = self.store.has_graph(graph)
        self.store.remove_graph(graph)
        return present

    def articles(self) -> list[str]:
        """Ids of the articles in the graph."""
        result = self.store.query(
            "SELECT DISTINCT ?id WHERE { ?a a schema:NewsArticle ; od:articleId ?id } ORDER BY ?id"
        )
        return [str(row[0]) for row in result.rows]

    # -- reading ---------------------------------------------------------------------------------------------
    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL query (project prefixes pre-bound) over all articles."""
        return self.store.query(sparql)

    def query_saved(self, name: str) -> QueryResult:
        """Run one of :func:`saved_queries` by name."""
        queries = saved_queries()
        if name not in queries:
            raise QueryError(f"no saved query {name!r}; saved queries: {', '.join(sorted(queries))}")
        return self.query(queries[name])

    def sparql(self, sparql: str) -> pd.DataFrame:
        """A SELECT query's rows as a DataFrame."""
        return self.query(sparql).to_dataframe()

    def officials(self) -> pd.DataFrame:
        """Officials with their posts, countries, organisations and the articles that say so."""
        return self.query_saved("officials").to_dataframe()

    def meetings(self) -> pd.DataFrame:
        """One row per participant of each meeting, call, signing and press conference."""
        return self.query_saved("meetings").to_dataframe()

    def agreements(self) -> pd.DataFrame:
        """Agreements with kinds, parties, signatories and topics (one row per combination)."""
        return self.query_saved("agreements").to_dataframe()

    def events(self) -> pd.DataFrame:
        """Every event with its participants, roles and evidence sentence."""
        return self.query_saved("events").to_dataframe()

    def statements(self) -> pd.DataFrame:
        """Statements with speakers and evidence."""
        return self.query_saved("statements").to_dataframe()

    def stats(self) -> dict[str, object]:
        """Counts: articles, officials, organisations, countries, places, events by type and status,
        agreements, statements."""
        counts: dict[str, object] = {}
        single = {
            "articles": "?x a schema:NewsArticle",
            "persons": "?x a schema:Person",
            "officials": "?x a schema:Person ; org:holds ?post",
            "organizations": "?x a org:Organization",
            "countries": "?x a schema:Country",
            "places": "?x a schema:City",
            "agreements": "?x a od:Agreement",
            "statements": "?x a schema:Quotation",
        }
        for key, pattern in single.items():
            result = self.store.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern} }}")
            counts[key] = int(str(result.rows[0][0])) if result.rows else 0
        result = self.store.query(
            """SELECT ?class ?status (COUNT(DISTINCT ?e) AS ?n) WHERE {
                 ?e a ?class ; od:status ?status . ?class rdfs:subClassOf sem:Event }
               GROUP BY ?class ?status ORDER BY ?class ?status"""
        )
        events: dict[str, dict[str, int]] = {}
        for cls, status, n in result.rows:
            name = str(cls).rsplit("#", 1)[-1]
            events.setdefault(name, {})[str(status)] = int(str(n))
        counts["events"] = events
        return counts

    # -- networks --------------------------------------------------------------------------------------------
    def person_graph(self) -> nx.Graph[str]:
        """People linked by the encounters they share (see :func:`officialdom.graph.network.person_graph`)."""
        from officialdom.graph.network import person_graph

        return person_graph(self)

    def typed_graph(self) -> nx.MultiDiGraph[str]:
        """Every node and edge of the graph, typed (see :func:`officialdom.graph.network.typed_graph`)."""
        from officialdom.graph.network import typed_graph

        return typed_graph(self)

    # -- export ----------------------------------------------------------------------------------------------
    def serialize(self, fmt: str = "trig", destination: str | Path | None = None) -> str:
        """The graph in an RDF format; written to ``destination`` when given."""
        text = serialize_quads((q for q in self.store.quads() if q[3] != VOCABULARY_GRAPH), fmt)
        if destination is not None:
            Path(destination).write_text(text, encoding="utf-8")
        return text

    def canonical_nquads(self) -> str:
        """Sorted N-Quads of the articles' graphs: equal for equal graphs."""
        graphs = [g for g in self.store.graphs() if g != VOCABULARY_GRAPH]
        return self.store.canonical_nquads(graphs)

    def __len__(self) -> int:
        return len(self.store)

    def close(self) -> None:
        """Flush and close the store."""
        self.store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
