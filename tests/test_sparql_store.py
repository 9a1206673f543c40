"""The remote store ``sparql:URL`` against a real Oxigraph server (the store suite of test_graph.py runs on it too)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef

from officialdom import Article, Extractor, KnowledgeGraph
from officialdom.errors import QueryError, StoreError
from officialdom.graph.stores import open_store
from officialdom.graph.stores.sparql import SparqlStore
from officialdom.ingest import ingest
from tests.conftest import free_port

pytestmark = pytest.mark.server

ARTICLES = [
    Article(id="s1", text="Foreign Minister Jane Doe met Interior Minister John Roe in Nairobi."),
    Article(id="s2", text='President Ana Ruiz said "we will cooperate" after talks in Lima.'),
    Article(id="s3", text="Prime Minister Li Wei received a phone call from President Ana Ruiz."),
]


@pytest.fixture
def remote(oxigraph_server: str) -> SparqlStore:
    store = open_store(f"sparql:{oxigraph_server}")
    assert isinstance(store, SparqlStore)
    store.update("CLEAR ALL")
    return store


def test_update_endpoint_follows_the_query_endpoint() -> None:
    assert SparqlStore("http://h:1/query").update_url == "http://h:1/update"
    assert SparqlStore("http://h:1/ds/sparql").update_url == "http://h:1/ds/sparql"
    assert SparqlStore("http://h:1/q", update_url="http://h:1/u").update_url == "http://h:1/u"


def test_a_location_that_is_not_http_is_refused() -> None:
    with pytest.raises(StoreError, match="sparql:http://"):
        open_store("sparql:/tmp/graph.db")


def test_an_endpoint_that_does_not_answer_says_so() -> None:
    store = open_store(f"sparql:http://127.0.0.1:{free_port()}/query")
    with pytest.raises(StoreError, match="cannot reach the SPARQL endpoint"):
        store.graphs()


def test_same_graph_as_the_embedded_stores(remote: SparqlStore, blank_extractor: Extractor, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kgs = [KnowledgeGraph(remote), KnowledgeGraph("memory"), KnowledgeGraph(f"oxigraph:{tmp_path / 'db'}")]
    for kg in kgs:
        report = ingest(ARTICLES, kg, blank_extractor)
        assert report.added == 3
    expected = kgs[1].canonical_nquads()
    assert expected and kgs[0].canonical_nquads() == expected == kgs[2].canonical_nquads()
    assert len(remote) == len(kgs[1].store)
    assert sorted(kgs[0].officials()["name"]) == sorted(kgs[1].officials()["name"])
    kgs[2].close()


def test_ingest_skips_unchanged_articles_on_the_endpoint(remote: SparqlStore, blank_extractor: Extractor) -> None:
    kg = KnowledgeGraph(remote)
    assert ingest(ARTICLES, kg, blank_extractor).added == 3
    changed = [*ARTICLES[:2], Article(id="s3", text="Prime Minister Li Wei spoke.")]
    again = ingest(changed, kg, blank_extractor)
    assert (again.added, again.replaced, again.unchanged) == (0, 1, 2)


def test_errors_of_the_endpoint_become_query_errors(remote: SparqlStore) -> None:
    with pytest.raises(QueryError, match="the query failed"):
        remote.query("SELECT ?x WHERE { ?x")
    with pytest.raises(QueryError, match="the update failed"):
        remote.update("INSERT DATA { <a> }")


def test_construct_ask_and_prefixes(remote: SparqlStore) -> None:
    graph = URIRef("https://example.org/g")
    remote.replace_graph(
        graph, [(URIRef("https://example.org/p"), URIRef("https://schema.org/name"), Literal("P"), graph)]
    )
    assert remote.query("ASK { ?p schema:name 'P' }").boolean is True  # schema: is bound for the caller
    result = remote.query("CONSTRUCT { ?p schema:name ?n } WHERE { ?p schema:name ?n }")
    assert result.graph is not None and len(result.graph) == 1
    assert remote.has_graph(graph) and not remote.has_graph(URIRef("https://example.org/other"))
    remote.remove_graph(graph)
    assert remote.graphs() == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60))
def test_any_text_survives_the_round_trip(remote: SparqlStore, text: str) -> None:
    """Quotes, backslashes, newlines and braces in literals are written as terms, never pasted."""
    graph = URIRef("https://example.org/text")
    quad = (URIRef("https://example.org/s"), URIRef("https://schema.org/text"), Literal(text), graph)
    remote.replace_graph(graph, [quad])
    assert list(remote.quads(graph)) == [quad]
