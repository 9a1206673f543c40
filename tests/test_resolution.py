"""One entity per real person and event across articles; posts over time."""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest
import spacy

from officialdom import Article, Extractor, KnowledgeGraph
from officialdom.extract.lexicon import Lexicon
from officialdom.extract.officials import parse_title_text
from officialdom.graph.resolution import PersonRecord, _person_groups, same_person
from officialdom.graph.resolution_eval import build_test_set, score_resolution
from officialdom.names import names_compatible
from tests.conftest import CORPUS
from tests.parsed import parsed_record
from tests.test_rules_events import MEETING


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Mohammad Ibrahim al-Shaar", "Muhammad al-Sha'ar", True),
        ("Mohammad Ibrahim al-Shaar", "Al Shaar", True),
        ("K. Raghunath Menon", "Raghunath Menon", True),
        ("Liang Haoran", "Haoran Liang", True),
        ("José Ignacio Ferrández", "Jose Ignacio Ferrandez", True),
        ("Peter Mwangi", "Joseph Mwangi", False),
        ("Mansour Jaber Al-Fahad Al-Sabah", "Fahad Al-Sabah", False),
        ("Youssef Herath", "Youssef Al-Harthy", False),
    ],
)
def test_name_variants(a: str, b: str, same: bool) -> None:
    assert names_compatible(a, b) is same
    assert names_compatible(b, a) is same


def test_countries_and_given_names_keep_people_apart() -> None:
    minister = PersonRecord("p1", {"Peter Mwangi"}, {"KE"}, {"minister"})
    assert same_person(minister, PersonRecord("p2", {"Peter Mwangi"}, {"UG"}, {"minister"})) is None
    assert same_person(minister, PersonRecord("p3", {"Joseph Mwangi"}, {"KE"}, {"minister"})) is None
    assert same_person(minister, PersonRecord("p4", {"Mwangi"}, {"KE"}, {"minister"})) is not None
    assert same_person(minister, PersonRecord("p5", {"Mwangi"}, set(), {"governor"})) is None


def _corpus_people() -> list[dict[str, str | None]]:
    lex = Lexicon.load()
    nlp = spacy.blank("en")
    people: list[dict[str, str | None]] = []
    for line in (CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        for official in json.loads(line)["officials"]:
            title = parse_title_text(official.get("title") or "", lex, nlp)
            country = official.get("country")
            people.append(
                {
                    "name": official["name"],
                    "country": lex.country_code(country) if country else None,
                    "role": title.head.role if title else None,
                }
            )
    return people


def test_resolution_test_set_scores() -> None:
    records, truth = build_test_set(_corpus_people())
    assert len(records) > 300
    score = score_resolution(records, truth)
    assert score.precision >= 0.98, score
    assert score.recall >= 0.90, score


def test_result_does_not_depend_on_order() -> None:
    records, _ = build_test_set(_corpus_people()[:30])

    def groups(order: list[PersonRecord]) -> set[frozenset[str]]:
        by_iri = {r.iri: r for r in order}
        resolved, _ = _person_groups(by_iri)
        found: dict[str, set[str]] = {}
        for iri in by_iri:
            found.setdefault(resolved.canonical[iri], set()).add(iri)
        return {frozenset(g) for g in found.values()}

    shuffled = list(records)
    random.Random(7).shuffle(shuffled)
    assert groups(records) == groups(shuffled) == groups(list(reversed(records)))


def test_one_event_reported_by_two_outlets(blank_extractor: Extractor) -> None:
    kg = KnowledgeGraph()
    text = parsed_record(blank_extractor, MEETING).article.text
    for aid, day in (("outlet-a", dt.date(2020, 1, 7)), ("outlet-b", dt.date(2020, 1, 8))):
        kg.add(
            parsed_record(
                blank_extractor, MEETING, ents=[(13, 14, "DATE")], article=Article(id=aid, text=text, date=day)
            )
        )
    report = kg.resolve_entities()
    assert report.events == 2 and report.distinct_events == 1
    stats = kg.stats()
    assert stats["duplicate events folded"] == 1
    sources = kg.query("SELECT ?n WHERE { ?e od:sourceCount ?n }").rows
    assert [int(str(n)) for (n,) in sources] == [2]


def test_name_variants_across_articles_merge_with_a_reason(blank_extractor: Extractor) -> None:
    kg = KnowledgeGraph()
    texts = {
        "a": "Nairobi, KNA - Foreign Minister Mohammed Abdullahi Warsame spoke.",
        "b": "Nairobi, KNA - Foreign Minister Muhammad Warsame spoke.",
        "c": "Kampala, Uganda Media Centre - Foreign Minister Mohammed Warsame spoke.",
    }
    for aid, text in texts.items():
        kg.add(blank_extractor.extract(Article(id=aid, text=text, date=dt.date(2021, 5, 1))))
    report = kg.resolve_entities()
    assert report.persons == 3 and report.people == 2  # the Kenyan merges, the Ugandan stays apart
    [(_, _, reason)] = report.merges
    assert "same country KE" in reason
    assert kg.stats()["merges"] == 1


def test_posts_over_time_and_successors(blank_extractor: Extractor) -> None:
    kg = KnowledgeGraph()
    for aid, name, day in (
        ("one", "Achieng Otieno", dt.date(2015, 3, 1)),
        ("two", "Achieng Otieno", dt.date(2015, 9, 1)),
        ("three", "Baraka Kiptoo", dt.date(2016, 2, 1)),
    ):
        text = f"Nairobi, KNA - Health Minister {name} opened a clinic."
        kg.add(blank_extractor.extract(Article(id=aid, text=text, date=day)))
    kg.resolve_entities()
    holders = kg.post_holders("Minister of Health", "Kenya")
    assert [(h["name"], h["first"], h["last"]) for h in holders] == [
        ("Achieng Otieno", dt.date(2015, 3, 1), dt.date(2015, 9, 1)),
        ("Baraka Kiptoo", dt.date(2016, 2, 1), dt.date(2016, 2, 1)),
    ]
    assert holders[0]["successor"] == holders[1]["person"]
    assert [h["name"] for h in kg.post_holders("minister of health", "KE", on="2015-06-01")] == ["Achieng Otieno"]
    assert [h["name"] for h in kg.post_holders("Minister of Health", on=dt.date(2016, 5, 1))] == ["Baraka Kiptoo"]
