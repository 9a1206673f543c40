"""SPARQL on the seed graph, over every store: the answers an analyst asks for."""

from __future__ import annotations

import pytest

from officialdom import Article, ArticleExtraction, Extractor, KnowledgeGraph
from officialdom.graph.stores import Store

pytestmark = pytest.mark.model


@pytest.fixture
def kg(store: Store, seed_record: ArticleExtraction) -> KnowledgeGraph:
    graph = KnowledgeGraph(store)
    graph.add(seed_record)
    return graph


def test_officials_with_posts_and_countries(kg: KnowledgeGraph) -> None:
    rows = kg.query(
        """SELECT ?name ?post ?country WHERE {
             ?t a org:Membership ; org:member ?p ; od:post ?post_ .
             ?p schema:name ?name . ?post_ skos:prefLabel ?post ; od:country/schema:name ?country }"""
    ).values()
    got = {(r["name"], r["post"], r["country"]) for r in rows}
    assert got == {
        ("Mohammad Ibrahim al-Shaar", "Minister of Interior", "Syria"),
        ("Abdolreza Rahmani Fazli", "Minister of Interior", "Iran"),
        ("Mahmoud Alavi", "Minister of Intelligence and National Security", "Iran"),
        ("Hossein Ashtari", "Commander of the Internal Security Forces", "Iran"),
        ("Adnan Mahmoud", "Ambassador to Iran", "Syria"),
    }


def test_who_met_whom(kg: KnowledgeGraph) -> None:
    rows = kg.query(
        """SELECT ?a ?b WHERE { ?e a od:Meeting ; od:status "held" ; sem:hasActor ?x , ?y .
             ?x schema:name ?a . ?y schema:name ?b . FILTER(?a < ?b) }"""
    ).values()
    pairs = {(r["a"], r["b"]) for r in rows}
    assert pairs == {
        ("Abdolreza Rahmani Fazli", "Mohammad Ibrahim al-Shaar"),
        ("Mahmoud Alavi", "Mohammad Ibrahim al-Shaar"),
        ("Hossein Ashtari", "Mohammad Ibrahim al-Shaar"),
    }


def test_agreements_with_parties_and_topics(kg: KnowledgeGraph) -> None:
    rows = kg.query(
        """SELECT ?kind ?party ?topic WHERE { ?a a od:Agreement ; od:agreementType/skos:prefLabel ?kind ;
             od:party/schema:name ?party ; schema:about/skos:prefLabel ?topic }"""
    ).values()
    assert {r["kind"] for r in rows} == {"Memorandum of Understanding"}
    assert {r["party"] for r in rows} == {"Syria", "Iran"}
    topics = {r["topic"] for r in rows}
    assert {"money laundering", "cybercrimes", "forensics", "internal security cooperation"} <= topics


def test_evidence_sentence_of_each_meeting(kg: KnowledgeGraph, seed_article: Article) -> None:
    rows = kg.query(
        """SELECT ?e ?sentence ?start ?end WHERE { ?e a od:Meeting ; od:evidence ?ev .
             ?ev oa:hasTarget ?t . ?t oa:hasSelector ?q , ?pos .
             ?q a oa:TextQuoteSelector ; oa:exact ?sentence .
             ?pos a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end }"""
    ).values()
    meetings = {r["e"] for r in rows}
    assert len(meetings) == 4
    for r in rows:
        assert seed_article.text[r["start"] : r["end"]] == r["sentence"]


def test_extracting_twice_gives_identical_nquads(extractor: Extractor, seed_article: Article) -> None:
    first, second = KnowledgeGraph(), KnowledgeGraph()
    first.add(extractor.extract(seed_article))
    second.add(extractor.extract(seed_article))
    assert first.canonical_nquads() == second.canonical_nquads()
    assert len(first.canonical_nquads().splitlines()) > 300
