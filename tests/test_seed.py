"""Acceptance on the seed article with the statistical model: what must hold (not the model's every output)."""

from __future__ import annotations

import datetime as dt

import pytest

from officialdom import ArticleExtraction
from officialdom.evaluate import evaluate, load_gold
from officialdom.model import Organization, Person, Place
from tests.conftest import SEED_GOLD

pytestmark = pytest.mark.model


def person(rec: ArticleExtraction, name: str) -> Person:
    found = [p for p in rec.persons if p.name == name]
    assert found, f"{name} not found among {[p.name for p in rec.persons]}"
    return found[0]


@pytest.mark.parametrize(
    ("name", "post", "country", "rank"),
    [
        ("Mohammad Ibrahim al-Shaar", "Minister of Interior", "Syria", "General"),
        ("Abdolreza Rahmani Fazli", "Minister of Interior", "Iran", None),
        ("Mahmoud Alavi", "Minister of Intelligence and National Security", "Iran", None),
        ("Hossein Ashtari", "Commander of the Internal Security Forces", "Iran", "Brigadier General"),
        ("Adnan Mahmoud", "Ambassador to Iran", "Syria", None),
    ],
)
def test_the_five_officials(
    seed_record: ArticleExtraction, name: str, post: str, country: str, rank: str | None
) -> None:
    official = person(seed_record, name)
    assert [(t.post, t.country, t.rank) for t in official.titles] == [(post, country, rank)]


def test_the_counterpart_title_is_inferred(seed_record: ArticleExtraction) -> None:
    tenure = person(seed_record, "Abdolreza Rahmani Fazli").titles[0]
    assert tenure.evidence.rule == "counterpart"
    assert tenure.organization == "Ministry of Interior"


def test_none_of_the_model_errors(seed_record: ArticleExtraction) -> None:
    names = {(e.type, e.name) for e in seed_record.entities}
    assert ("person", "MoU") not in names
    for bad in ("Alavi", "Ashtari", "Intelligence and National Security Mahmoud Alavi"):
        assert ("organization", bad) not in names
    assert not any(isinstance(e, Place) and e.name.startswith("Brig") for e in seed_record.entities)
    assert len(seed_record.persons) == 5


def test_one_person_for_every_form_of_al_shaar(seed_record: ArticleExtraction) -> None:
    shaar = person(seed_record, "Mohammad Ibrahim al-Shaar")
    assert set(shaar.aliases) == {"al-Shaar", "Al-Shaar", "Shaar"}
    assert len(shaar.mentions) >= 8


def test_organizations(seed_record: ArticleExtraction) -> None:
    orgs = {(o.name, o.country) for o in seed_record.entities if isinstance(o, Organization)}
    assert {
        ("Ministry of Interior", "Syria"),
        ("Ministry of Interior", "Iran"),
        ("Ministry of Intelligence and National Security", "Iran"),
        ("Internal Security Forces", "Iran"),
    } <= orgs


def test_events(seed_record: ArticleExtraction) -> None:
    rec = seed_record
    events = {(e.type, frozenset(rec.names(e.participants)), e.status): e for e in rec.events}
    shaar, fazli = "Mohammad Ibrahim al-Shaar", "Abdolreza Rahmani Fazli"
    signing = events[("signing", frozenset({shaar, fazli}), "held")]
    assert rec.entity(signing.place).name == "Tehran"  # type: ignore[union-attr]
    assert (signing.date_text, signing.date) == ("Monday", dt.date(2015, 11, 30))
    assert signing.agreement is not None
    assert ("press_conference", frozenset({shaar, fazli}), "held") in events
    assert ("meeting", frozenset({shaar, fazli}), "held") in events
    assert ("meeting", frozenset({shaar, "Mahmoud Alavi"}), "held") in events
    assert ("meeting", frozenset({shaar, "Hossein Ashtari"}), "held") in events
    visit = events[("visit", frozenset({shaar}), "held")]
    assert (visit.date_text, visit.date, visit.duration, visit.country) == (
        "Sunday",
        dt.date(2015, 11, 29),
        "two-day",
        "Iran",
    )
    assert rec.entity(visit.place).name == "Tehran"  # type: ignore[union-attr]
    planned = events[("meeting", frozenset(), "planned")]
    assert planned.participant_description == "the interior ministers of Syria, Iraq, and Iran"
    assert sorted(rec.names(planned.countries)) == ["Iran", "Iraq", "Syria"]
    assert rec.entity(planned.place).name == "Baghdad"  # type: ignore[union-attr]
    assert planned.date_text == "next week" and planned.date == dt.date(2015, 12, 7)
    assert ("attendance", frozenset({"Adnan Mahmoud"}), "held") in events
    assert len([e for e in rec.events if e.type != "statement"]) == 8


def test_statements(seed_record: ArticleExtraction) -> None:
    said = {(seed_record.names([s.speaker])[0], s.text[:30]) for s in seed_record.statements}
    assert ("Mohammad Ibrahim al-Shaar", "Syria’s leadership is determin") in said
    assert ("Abdolreza Rahmani Fazli", "his country’s continuous suppo") in said
    assert ("Mahmoud Alavi", "cooperation between Syria and ") in said
    assert ("Hossein Ashtari", "Iran’s readiness to cooperate ") in said
    quote = next(s for s in seed_record.statements if s.text.startswith("Syria’s leadership"))
    assert quote.quote and quote.cue == "said"


def test_agreement(seed_record: ArticleExtraction) -> None:
    [mou] = seed_record.agreements
    assert mou.kind == "Memorandum of Understanding"
    assert mou.subject == "internal security cooperation"
    assert sorted(seed_record.names(mou.parties)) == ["Iran", "Syria"]
    assert sorted(seed_record.names(mou.signatories)) == ["Abdolreza Rahmani Fazli", "Mohammad Ibrahim al-Shaar"]
    for topic in ("organized crime", "money laundering", "human trafficking", "forensics", "illegal immigration"):
        assert topic in mou.topics
    assert len(mou.topics) >= 15


def test_evidence_on_every_fact(seed_record: ArticleExtraction, seed_article) -> None:  # type: ignore[no-untyped-def]
    text = seed_article.text
    evidences = [t.evidence for p in seed_record.persons for t in p.titles]
    evidences += [e.evidence for e in seed_record.events] + [m for e in seed_record.events for m in e.more_evidence]
    evidences += [a.evidence for a in seed_record.agreements] + [s.evidence for s in seed_record.statements]
    assert len(evidences) > 20
    for ev in evidences:
        assert text[ev.start : ev.end] == ev.sentence
        assert ev.rule and 0 < ev.confidence <= 1
    for ent in seed_record.entities:
        for m in ent.mentions:
            assert text[m.start : m.end] == m.text


def test_scores_on_the_seed(seed_record: ArticleExtraction) -> None:
    report = evaluate(load_gold(SEED_GOLD), [seed_record])
    assert report.scores["officials/name+title+country"].f1 == 1.0
    assert report.scores["events/all"].f1 >= 0.9
    assert report.scores["agreements"].f1 == 1.0
    assert report.scores["statements"].recall == 1.0
