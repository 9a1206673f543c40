"""SHACL validation: every graph the project writes conforms, and broken graphs are reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from typer.testing import CliRunner

from officialdom import ArticleExtraction, Extractor, KnowledgeGraph, read_articles
from officialdom.cli import app
from officialdom.graph import extraction_quads, serialize_quads
from officialdom.graph.rdf import decimal_literal
from officialdom.graph.stores import Store
from officialdom.graph.validate import shapes_graph, validate_graph, validate_quads, validate_store
from officialdom.graph.vocab import OA, OD, RDF, XSD
from officialdom.ingest import ingest
from tests.conftest import CORPUS
from tests.test_graph import records  # noqa: F401  (the hand-built records fixture)


def _graph_of(record: ArticleExtraction) -> Graph:
    g = Graph()
    for s, p, o, _ in extraction_quads(record):
        g.add((s, p, o))
    return g


def _first(g: Graph, cls: URIRef) -> URIRef:
    node = sorted(g.subjects(RDF.type, cls), key=str)[0]
    assert isinstance(node, URIRef)
    return node


def test_shapes_parse_and_cover_the_vocabulary() -> None:
    shapes = shapes_graph()
    targets = {str(o) for o in shapes.objects(None, URIRef("http://www.w3.org/ns/shacl#targetClass"))}
    for cls in ("Meeting", "Visit", "AgreementSigning", "PressConference", "Statement", "PhoneCall", "Attendance"):
        assert str(OD[cls]) in targets
    for iri in (
        "https://schema.org/Person",
        "http://www.w3.org/ns/org#Membership",
        "http://www.w3.org/ns/org#Post",
        "http://www.w3.org/ns/org#Organization",
        "https://schema.org/Country",
        "https://schema.org/City",
        "https://schema.org/Quotation",
        "https://schema.org/NewsArticle",
        str(OD.Agreement),
        str(OA.Annotation),
        str(OA.TextQuoteSelector),
        str(OA.TextPositionSelector),
        str(OD.Link),
    ):
        assert iri in targets, iri


def test_hand_built_records_conform(records: list[ArticleExtraction], store: Store) -> None:  # noqa: F811
    report = validate_quads([q for rec in records for q in extraction_quads(rec)])
    assert report.conforms, [str(v) for v in report.violations]
    assert report.graphs == 2 and report.triples > 50
    kg = KnowledgeGraph(store)
    kg.add_all(records)
    stored = kg.validate()
    assert stored.conforms and stored.graphs == 2


def test_broken_graph_is_reported(records: list[ArticleExtraction]) -> None:  # noqa: F811
    g = _graph_of(records[0])
    event = _first(g, OD.Meeting)
    g.remove((event, OD.evidence, None))
    g.set((event, OD.confidence, decimal_literal(1.5)))
    g.set((event, OD.status, Literal("rumoured")))
    position = _first(g, OA.TextPositionSelector)
    g.set((position, OA.start, Literal(10_000)))
    report = validate_graph(g, name="broken")
    assert not report.conforms
    found = {(v.focus.rsplit("/", 1)[-1], v.path) for v in report.violations}
    short = str(event).rsplit("/", 1)[-1]
    assert {(short, "od:evidence"), (short, "od:confidence"), (short, "od:status")} <= found
    assert (str(position).rsplit("/", 1)[-1], "oa:start") in found
    evidence = next(v for v in report.violations if v.path == "od:evidence")
    assert "evidence" in evidence.message and evidence.graph == "broken"
    assert evidence.focus.startswith("id:event/")


def test_wrong_datatypes_are_reported(records: list[ArticleExtraction]) -> None:  # noqa: F811
    g = _graph_of(records[1])
    tenure = _first(g, URIRef("http://www.w3.org/ns/org#Membership"))
    g.set((tenure, OD.attestedOn, Literal("last Monday")))
    g.set((tenure, OD.confidence, Literal("0.9", datatype=XSD.string)))
    paths = {v.path for v in validate_graph(g).violations}
    assert {"od:attestedOn", "od:confidence"} <= paths


def test_cli_validate(tmp_path: Path, records: list[ArticleExtraction]) -> None:  # noqa: F811
    good = tmp_path / "good.trig"
    good.write_text(serialize_quads([q for rec in records for q in extraction_quads(rec)], "trig"), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["validate", str(good)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output
    ds = Dataset()
    ds.parse(good, format="trig")
    for ctx in ds.graphs():
        for event in list(ctx.subjects(RDF.type, OD.Meeting)):
            ctx.remove((event, OD.evidence, None))
    bad = tmp_path / "bad.trig"
    bad.write_text(ds.serialize(format="trig"), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(bad)])
    assert result.exit_code == 1
    assert "od:evidence" in result.output and "does not conform" in result.output


@pytest.mark.model
def test_seed_graph_conforms(seed_record: ArticleExtraction) -> None:
    report = validate_quads(extraction_quads(seed_record))
    assert report.conforms, [str(v) for v in report.violations]


@pytest.mark.model
def test_ingested_corpus_conforms(extractor: Extractor, tmp_path: Path) -> None:
    kg = KnowledgeGraph(f"oxigraph:{tmp_path / 'corpus'}")
    result = ingest(read_articles([str(CORPUS / "articles.jsonl")]), kg, extractor)
    assert result.added >= 10 and not result.failed
    report = validate_store(kg)
    assert report.conforms, [str(v) for v in report.violations[:20]]
    assert report.graphs >= result.added  # the articles, and any derived graph
    kg.close()
