"""Hostile names, ids and parameters are data: every helper that takes one leaves the graph unchanged and
answers with nothing, the right thing, or a clear error; none pastes text into SPARQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from officialdom import Article, Extractor, KnowledgeGraph
from officialdom.cli import app
from officialdom.errors import GraphError, QueryError
from officialdom.graph.network import person_graph
from officialdom.graph.references import ReferenceEntry
from officialdom.graph.saved import load_saved_queries
from officialdom.ingest import ingest, known_fingerprints, remove_articles

HOSTILE = [
    "'",
    '"',
    "O'Neil",
    "} DROP ALL {",
    '" } ; DROP ALL ; #',
    "') } DROP ALL { ('",
    '"""\n} CLEAR ALL {\n"""',
    "a\nb\r\nc",
    "\\u0022 } DROP ALL { \\u0022",
    '\\" } DROP ALL { \\"',
    "\\U00000022) } DROP ALL { (",
    "\u0022 } DROP ALL { \u0022",
    "<http://example.org/x> } DROP ALL { <y>",
    "http://example.org/x> } DROP ALL { <y",
    "id:person/x> } DROP ALL {",
    "?x",
    "$x . ?s ?p ?o",
    "# comment\n} DROP ALL {",
    "\\",
    "\x00",
    "\u202ejane doe",
    "Jane Doe'); DROP ALL; --",
    "%22%7D%20DROP%20ALL%20%7B",
]

FEW = [HOSTILE[i] for i in (3, 6, 8, 11, 13, 19)]

ARTICLES = [
    Article(id="n1", text="Foreign Minister Jane Doe met Interior Minister John Roe in Nairobi."),
    Article(id="n2", text="President Ana Ruiz received Foreign Minister Jane Doe in Lima."),
]


@pytest.fixture(params=["memory", "oxigraph"])
def kg(request: pytest.FixtureRequest, tmp_path: Path, blank_extractor: Extractor) -> Iterator[KnowledgeGraph]:
    graph = KnowledgeGraph("memory" if request.param == "memory" else f"oxigraph:{tmp_path / 'db'}")
    graph.hostile = HOSTILE if request.param == "oxigraph" else FEW  # type: ignore[attr-defined]  # rdflib is slow
    ingest(ARTICLES, graph, blank_extractor)
    yield graph
    graph.close()


def test_resolve_treats_names_as_data(kg: KnowledgeGraph) -> None:
    before = kg.canonical_nquads()
    assert kg.resolve("person", "jane doe")  # a name finds its person(s)
    for text in HOSTILE:
        for kind in ("person", "country"):
            try:
                assert kg.resolve(kind, text) == [], (kind, text)
            except QueryError as err:  # text that looks like an IRI but is not a well-formed one
                assert "is not an IRI" in str(err), (kind, text)
    assert kg.canonical_nquads() == before
    with pytest.raises(QueryError):
        kg.resolve("person} DROP ALL {", "x")


def test_saved_query_parameters_are_bound_as_terms(kg: KnowledgeGraph) -> None:
    before = kg.canonical_nquads()
    queries = load_saved_queries()
    for name, query in queries.items():
        for param in query.params:
            for text in kg.hostile:  # type: ignore[attr-defined]
                values = {p.name: "Jane Doe" if p.type == "person" else None for p in query.params if p.required}
                values[param.name] = text
                try:
                    result = kg.query_saved(name, **values)
                except QueryError as err:  # no such person or country, not a date, not an IRI: said plainly
                    assert param.type in ("person", "country", "date", "integer", "iri"), (name, param, err)
                    continue
                assert result.rows == [] or all(row for row in result.rows), (name, param.name, text)
                if param.type == "literal":
                    assert result.rows == [], (name, param.name, text)
    assert kg.canonical_nquads() == before


def test_remove_and_lookups_by_hostile_id(kg: KnowledgeGraph, blank_extractor: Extractor) -> None:
    before = kg.canonical_nquads()
    for text in kg.hostile:  # type: ignore[attr-defined]
        assert kg.remove(text) is False
        assert known_fingerprints(kg, [text]) == {}
        assert kg.post_holders(text, text) == []
        assert kg.post_holders("Foreign Minister", text) == []
    assert remove_articles(kg, HOSTILE) == HOSTILE
    assert kg.canonical_nquads() == before
    # an article whose id and metadata are hostile is stored as data and removed exactly
    nasty = Article(
        id='x" } DROP ALL { "',
        text="Prime Minister Li Wei spoke.",
        title="} CLEAR ALL {",
        url="https://example.org/a> } DROP ALL { <b",
        source='"; DROP ALL',
    )
    ingest([nasty], kg, blank_extractor)
    assert nasty.id in kg.articles() and "n1" in kg.articles()
    assert kg.remove(nasty.id) is True
    kg.resolve_entities()
    assert kg.canonical_nquads() == before


def test_network_and_linking_helpers(kg: KnowledgeGraph) -> None:
    before = kg.canonical_nquads()
    with pytest.raises(QueryError):
        person_graph(kg, classes=("od:Meeting } DROP ALL {",))
    assert set(person_graph(kg, classes=("od:Meeting", "od:PhoneCall")).edges) <= set(person_graph(kg).edges)
    for text in HOSTILE[:8]:
        with pytest.raises((GraphError, QueryError)):
            kg.timeline(text)
        with pytest.raises(GraphError):
            kg.ego_network(text)
    entries = [
        ReferenceEntry(id=text, name=text, aliases=(text,), country=text, uri=f"http://example.org/{text}")
        for text in HOSTILE
    ]
    kg.link(entries)
    after = kg.canonical_nquads()
    assert after == before or all(line in after for line in before.splitlines())


def test_cli_query_and_remove_with_hostile_values(tmp_path: Path, blank_extractor: Extractor) -> None:
    store = f"oxigraph:{tmp_path / 'db'}"
    with KnowledgeGraph(store) as kg:
        ingest(ARTICLES, kg, blank_extractor)
        before = kg.canonical_nquads()
    runner = CliRunner()
    for text in HOSTILE[:12]:
        result = runner.invoke(app, ["query", store, "--saved", "timeline", "--param", f"person={text}"])
        assert result.exit_code == 1 and "matches" in result.stderr, result.output
        result = runner.invoke(app, ["query", store, "--saved", "who_met_whom", "--param", f"status={text}"])
        assert result.exit_code == 0 and "0 rows" in result.stderr, result.output
        result = runner.invoke(app, ["remove", text, "--store", store])
        assert result.exit_code == 3 and "not in the store" in result.stderr
    with KnowledgeGraph(store) as kg:
        assert kg.canonical_nquads() == before
