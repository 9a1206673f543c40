"""RDF, stores and SPARQL: one suite over every store."""

from __future__ import annotations

import pytest
from rdflib import Dataset, URIRef

from officialdom import Article, ArticleExtraction, Extractor, KnowledgeGraph
from officialdom.errors import QueryError, UnknownStoreError
from officialdom.graph import article_graph, extraction_quads, serialize_quads
from officialdom.graph.rdf import VOCABULARY_GRAPH, decimal_literal
from officialdom.graph.stores import Store, open_store
from tests.parsed import parsed_record
from tests.test_rules_events import MEETING

# "President Ana Ruiz received Foreign Minister Jane Doe in Lima ."
RECEPTION = [
    ("President", 2, "compound", "PROPN", "President"),
    ("Ana", 2, "compound", "PROPN", "Ana"),
    ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
    ("received", 3, "ROOT", "VERB", "receive"),
    ("Foreign", 7, "compound", "PROPN", "Foreign"),
    ("Minister", 7, "compound", "PROPN", "Minister"),
    ("Jane", 7, "compound", "PROPN", "Jane"),
    ("Doe", 3, "dobj", "PROPN", "Doe"),
    ("in", 3, "prep", "ADP", "in"),
    ("Lima", 8, "pobj", "PROPN", "Lima"),
    (".", 3, "punct", "PUNCT", "."),
]


@pytest.fixture(scope="module")
def records(blank_extractor: Extractor) -> list[ArticleExtraction]:
    """Two articles with hand-built parses: a meeting in Nairobi and a reception in Lima."""
    out = []
    for aid, rows in (("a1", MEETING), ("a2", RECEPTION)):
        doc_text = parsed_record(blank_extractor, rows).article.text
        out.append(parsed_record(blank_extractor, rows, article=Article(id=aid, text=doc_text)))
    return out


def test_add_replace_remove(store: Store, records: list[ArticleExtraction]) -> None:
    kg = KnowledgeGraph(store)
    assert store.has_graph(VOCABULARY_GRAPH)
    for rec in records:
        kg.add(rec)
    assert kg.articles() == ["a1", "a2"]
    before = kg.canonical_nquads()
    kg.add(records[0])  # the same article again changes nothing
    assert kg.canonical_nquads() == before
    assert kg.remove("a1") is True
    assert kg.articles() == ["a2"]
    assert not store.has_graph(article_graph("a1"))
    assert kg.remove("a1") is False


def test_changed_article_replaces_its_graph(store: Store, blank_extractor: Extractor) -> None:
    kg = KnowledgeGraph(store)
    kg.add(blank_extractor.extract("President Ana Ruiz spoke.", article_id="x"))
    kg.add(blank_extractor.extract("Prime Minister Li Wei spoke.", article_id="x"))
    assert list(kg.officials()["name"]) == ["Li Wei"]


def test_queries_and_dataframes(store: Store, records: list[ArticleExtraction]) -> None:
    kg = KnowledgeGraph(store)
    kg.add_all(records)
    officials = kg.officials()
    assert set(officials["name"]) == {"Jane Doe", "John Roe", "Ana Ruiz"}
    doe = officials[officials["name"] == "Jane Doe"]
    assert set(doe["article"]) == {"a1", "a2"}  # the same IRI in both articles
    meetings = kg.meetings()
    assert set(meetings["article"]) == {"a1", "a2"}
    assert all(meetings["sentence"].str.len() > 10)
    ask = kg.query("ASK { ?e a od:Meeting }")
    assert ask.boolean is True
    construct = kg.query("CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }")
    assert construct.graph is not None and len(construct.graph) == 3


def test_query_errors_are_clear(store: Store) -> None:
    kg = KnowledgeGraph(store)
    with pytest.raises(QueryError, match="the query failed"):
        kg.query("SELECT ?x WHERE { ?x ")


def test_same_graph_in_every_store(records: list[ArticleExtraction], tmp_path) -> None:  # type: ignore[no-untyped-def]
    memory = KnowledgeGraph("memory")
    oxi = KnowledgeGraph(f"oxigraph:{tmp_path / 'db'}")
    for kg in (memory, oxi):
        kg.add_all(records)
    assert memory.canonical_nquads() == oxi.canonical_nquads()
    oxi.close()
    reopened = KnowledgeGraph(f"oxigraph:{tmp_path / 'db'}")
    assert reopened.articles() == ["a1", "a2"]
    assert reopened.canonical_nquads() == memory.canonical_nquads()


def test_unknown_store() -> None:
    with pytest.raises(UnknownStoreError, match="oxigraph:"):
        open_store("postgres:db")


def test_serialisations_parse_back(records: list[ArticleExtraction]) -> None:
    quads = [q for rec in records for q in extraction_quads(rec)]
    graphs = {q[3] for q in quads}
    for fmt, rdflib_name in (("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")):
        ds = Dataset()
        ds.parse(data=serialize_quads(quads, fmt), format=rdflib_name)
        got = {URIRef(str(g.identifier)) for g in ds.graphs() if len(g)}
        assert graphs <= got, fmt
        assert sum(len(ds.graph(g)) for g in graphs) == len(set(quads))
    ttl = serialize_quads(quads, "ttl")
    assert "schema:Person" in ttl


def test_canonical_decimals() -> None:
    assert [str(decimal_literal(x)) for x in (0.9, 0.85, 1, 0.700)] == ["0.9", "0.85", "1.0", "0.7"]


def test_no_blank_nodes(records: list[ArticleExtraction]) -> None:
    for rec in records:
        for s, _, o, _ in extraction_quads(rec):
            assert isinstance(s, URIRef)
            assert type(o).__name__ != "BNode"


def test_person_graph(records: list[ArticleExtraction]) -> None:
    kg = KnowledgeGraph()
    kg.add_all(records)
    g = kg.person_graph()
    names = {g.nodes[n]["name"] for n in g.nodes}
    assert names == {"Jane Doe", "John Roe", "Ana Ruiz"}
    for _, _, data in g.edges(data=True):
        assert data["weight"] == len(data["events"]) == 1
        assert data["types"] == {"od:Meeting": 1}
    assert g.number_of_edges() == 2
    full = kg.typed_graph()
    people = [n for n, d in full.nodes(data=True) if d["type"] == "schema:Person"]
    assert len(people) == 3
    assert any(k == "sem:hasActor" for _, _, k in full.edges(keys=True))
