"""Exports: every format read back by its own kind of reader, a second independent reader, and byte-stable."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import igraph
import networkx as nx
import pytest
from rdflib import Dataset, Graph
from typer.testing import CliRunner

from officialdom import KnowledgeGraph
from officialdom.cli import app
from officialdom.errors import ExportError
from officialdom.graph.analytics import entity_graph
from officialdom.graph.export import CONTEXT_URL, EXPORT_FORMATS, export, export_text, jsonld_context
from officialdom.graph.rdf import VOCABULARY_GRAPH
from tests.test_explore_queries import explore_records


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    graph = KnowledgeGraph()
    graph.add_all(explore_records())
    return graph


def _quads(kg: KnowledgeGraph) -> set[tuple[str, str, str, str]]:
    return {(s.n3(), p.n3(), o.n3(), g.n3()) for s, p, o, g in kg.store.quads() if g != VOCABULARY_GRAPH}


@pytest.mark.parametrize(("fmt", "parser"), [("nq", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")])
def test_quad_formats_round_trip(kg: KnowledgeGraph, tmp_path: Path, fmt: str, parser: str) -> None:
    (path,) = export(kg, fmt, tmp_path / f"graph.{fmt}")
    ds = Dataset()
    ds.parse(path, format=parser)
    got = {(s.n3(), p.n3(), o.n3(), g.n3()) for s, p, o, g in ds.quads() if g is not None and "x-rdflib" not in str(g)}
    assert got == _quads(kg)


@pytest.mark.parametrize(("fmt", "parser"), [("ttl", "turtle"), ("nt", "nt")])
def test_triple_formats_round_trip(kg: KnowledgeGraph, tmp_path: Path, fmt: str, parser: str) -> None:
    (path,) = export(kg, fmt, tmp_path / f"graph.{fmt}")
    g = Graph()
    g.parse(path, format=parser)
    assert {(s.n3(), p.n3(), o.n3()) for s, p, o in g} == {q[:3] for q in _quads(kg)}


def test_multiline_literals_stay_on_one_line(tmp_path: Path) -> None:
    import pyoxigraph

    from officialdom.graph.kg import nt_term

    kg = KnowledgeGraph()
    kg.add_all(explore_records())
    text = export_text(kg, "nq")
    # a second, independent parser: Oxigraph reads the N-Quads and finds the same number of quads
    store = pyoxigraph.Store()
    store.load(text.encode(), pyoxigraph.RdfFormat.N_QUADS)
    assert len(store) == len(_quads(kg))
    from rdflib import Literal

    assert nt_term(Literal('a\nb "c" \\', lang="en")) == '"a\\nb \\"c\\" \\\\"@en'


def test_jsonld_uses_the_published_context(kg: KnowledgeGraph) -> None:
    inline = json.loads(export_text(kg, "jsonld"))
    assert inline["@context"] == jsonld_context()
    assert jsonld_context()["name"] == "schema:name"
    text = export_text(kg, "jsonld")
    assert '"name"' in text and '"Person"' in text  # compacted with the context's terms
    remote = json.loads(export_text(kg, "jsonld", context_url=True))
    assert remote["@context"] == CONTEXT_URL


def test_graphml_read_by_networkx_and_igraph(kg: KnowledgeGraph, tmp_path: Path) -> None:
    g = entity_graph(kg)
    (path,) = export(kg, "graphml", tmp_path / "graph.graphml")
    back = nx.read_graphml(path)
    assert set(back.nodes) == set(g.nodes)
    assert back.number_of_edges() == g.number_of_edges()
    kimani = "https://w3id.org/officialdom/id/person/grace-kimani-ke"
    assert back.nodes[kimani]["label"] == "Grace Kimani" and back.nodes[kimani]["type"] == "Person"
    assert json.loads(back.nodes[kimani]["facts"])["posts"] == g.nodes[kimani]["facts"]["posts"]
    second = igraph.Graph.Read_GraphML(str(path))
    assert (second.vcount(), second.ecount()) == (g.number_of_nodes(), g.number_of_edges())
    assert "Grace Kimani" in second.vs["label"]
    assert set(second.es["relation"]) == {d["relation"] for _, _, d in g.edges(data=True)}


def test_gexf_read_by_networkx_and_by_plain_xml(kg: KnowledgeGraph, tmp_path: Path) -> None:
    g = entity_graph(kg)
    (path,) = export(kg, "gexf", tmp_path / "graph.gexf")
    back = nx.read_gexf(path)
    assert set(back.nodes) == set(g.nodes)
    assert back.number_of_edges() == g.number_of_edges()
    assert {back.nodes[n]["label"] for n in back} == {d["label"] for _, d in g.nodes(data=True)}
    # an independent reader: the GEXF 1.2 structure by the standard library's XML parser
    ns = {"g": "http://www.gexf.net/1.2draft"}
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.gexf.net/1.2draft}gexf" and root.get("version") == "1.2"
    nodes = root.findall("g:graph/g:nodes/g:node", ns)
    edges = root.findall("g:graph/g:edges/g:edge", ns)
    assert len(nodes) == g.number_of_nodes() and len(edges) == g.number_of_edges()
    ids = {n.get("id") for n in nodes}
    assert all(e.get("source") in ids and e.get("target") in ids for e in edges)
    assert len({e.get("id") for e in edges}) == len(edges)  # unique edge ids
    declared = {a.get("id") for a in root.findall("g:graph/g:attributes/g:attribute", ns)}
    used = {v.get("for") for v in root.iter("{http://www.gexf.net/1.2draft}attvalue")}
    assert used <= declared
    assert "lastmodifieddate" not in path.read_text(encoding="utf-8")


def test_neo4j_import_csv(kg: KnowledgeGraph, tmp_path: Path) -> None:
    g = entity_graph(kg)
    nodes_path, rels_path = export(kg, "neo4j", tmp_path / "neo4j")
    with nodes_path.open(encoding="utf-8", newline="") as fh:
        nodes = list(csv.DictReader(fh))
    with rels_path.open(encoding="utf-8", newline="") as fh:
        rels = list(csv.DictReader(fh))
    assert {"iri:ID", ":LABEL"} <= set(nodes[0]) and list(rels[0])[:3] == [":START_ID", ":END_ID", ":TYPE"]
    ids = [n["iri:ID"] for n in nodes]
    assert len(ids) == len(set(ids)) == g.number_of_nodes()
    assert all(r[":START_ID"] in set(ids) and r[":END_ID"] in set(ids) for r in rels)
    assert len(rels) == g.number_of_edges()
    meeting = next(n for n in nodes if n["type"] == "Meeting" and n["date"] == "2023-06-13")
    assert meeting[":LABEL"] == "Event;Meeting" and "Nairobi" in meeting["evidence"]
    assert {r[":TYPE"] for r in rels} >= {"HOST", "GUEST", "PLACE", "PARTY", "MEMBER_OF", "NATIONALITY"}
    assert all(t.replace("_", "").isalnum() and t.isupper() for t in {r[":TYPE"] for r in rels})


def test_cytoscape_json(kg: KnowledgeGraph, tmp_path: Path) -> None:
    g = entity_graph(kg)
    (path,) = export(kg, "cytoscape", tmp_path / "graph.cyjs")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert len(data["elements"]["nodes"]) == g.number_of_nodes()
    assert len({e["data"]["id"] for e in data["elements"]["edges"]}) == g.number_of_edges()
    back = nx.cytoscape_graph(data, name="label", ident="id")
    assert set(back.nodes) == set(g.nodes)
    assert back.number_of_edges() == g.number_of_edges()


@pytest.mark.parametrize("fmt", [f for f in EXPORT_FORMATS if f != "neo4j"])
def test_exports_are_deterministic(tmp_path: Path, fmt: str) -> None:
    first, second = KnowledgeGraph(), KnowledgeGraph(f"oxigraph:{tmp_path / 'db'}")
    first.add_all(explore_records())
    second.add_all(list(reversed(explore_records())))  # another store, another order
    assert export_text(first, fmt) == export_text(second, fmt)
    second.close()


def test_unknown_format_and_unwritable_target(kg: KnowledgeGraph, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="use one of"):
        export_text(kg, "xlsx")
    with pytest.raises(ExportError, match="cannot write"):
        export(kg, "ttl", tmp_path / "missing" / "graph.ttl")
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError, match="writes a folder"):
        export(kg, "neo4j", tmp_path / "file")


def test_cli_export(kg: KnowledgeGraph, tmp_path: Path) -> None:
    source = tmp_path / "graph.trig"
    kg.serialize("trig", source)
    runner = CliRunner()
    result = runner.invoke(app, ["export", str(source), "--format", "graphml", "-o", str(tmp_path / "g.graphml")])
    assert result.exit_code == 0, result.stderr
    assert "wrote" in result.stderr
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == entity_graph(kg).number_of_nodes()
    result = runner.invoke(app, ["export", str(source), "--format", "neo4j", "-o", str(tmp_path / "neo")])
    assert result.exit_code == 0 and (tmp_path / "neo" / "relationships.csv").exists()
    result = runner.invoke(app, ["export", str(source), "--format", "xls", "-o", str(tmp_path / "x")])
    assert result.exit_code == 2 and "--format must be one of" in result.stderr
