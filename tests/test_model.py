from __future__ import annotations

import datetime as dt
import json

from hypothesis import given
from hypothesis import strategies as st

from officialdom.model import (
    Agreement,
    Article,
    ArticleExtraction,
    Event,
    Evidence,
    Mention,
    Organization,
    Person,
    Place,
    Statement,
    Tenure,
    entity_from_dict,
)

text = st.text(min_size=0, max_size=40)
evidence = st.builds(
    Evidence,
    sentence=text,
    start=st.integers(0, 10_000),
    end=st.integers(0, 10_000),
    rule=text,
    confidence=st.floats(0, 1, allow_nan=False),
)
dates = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)))


@given(evidence)
def test_evidence_round_trip(ev: Evidence) -> None:
    assert Evidence.from_dict(json.loads(json.dumps(ev.to_dict()))) == ev


@given(
    st.builds(
        Tenure,
        title=text,
        post=text,
        role=text,
        country=st.one_of(st.none(), text),
        organization=st.one_of(st.none(), text),
        rank=st.one_of(st.none(), text),
        evidence=evidence,
        former=st.booleans(),
        qualifier=st.one_of(st.none(), text),
        attested_on=dates,
    )
)
def test_tenure_round_trip(tenure: Tenure) -> None:
    assert Tenure.from_dict(json.loads(json.dumps(tenure.to_dict()))) == tenure


@given(text.filter(bool), text, dates)
def test_article_round_trip(aid: str, body: str, date: dt.date | None) -> None:
    article = Article(id=aid, text=body, date=date, source="SANA", url="https://example.org/x", title="T")
    assert Article.from_dict(article.to_dict()) == article


def _sample() -> ArticleExtraction:
    ev = Evidence("Jane Doe met John Roe.", 0, 22, "test", 0.9)
    jane = Person(
        id="person:jane-doe",
        name="Jane Doe",
        aliases=("Doe",),
        mentions=(Mention(0, 8, "Jane Doe", 0),),
        titles=(Tenure("Foreign Minister", "Minister of Foreign Affairs", "Minister", "Kenya", None, None, ev),),
        honorifics=("Dr.",),
    )
    roe = Person(id="person:john-roe", name="John Roe")
    kenya = Place(id="country:ke", name="Kenya", kind="country", code="KE")
    nairobi = Place(id="place:nairobi-ke", name="Nairobi", kind="place", country="Kenya")
    ministry = Organization(id="org:mfa-ke", name="Ministry of Foreign Affairs", country="Kenya", kind="national")
    meeting = Event(
        id="event-1",
        type="meeting",
        status="held",
        participants=(jane.id, roe.id),
        evidence=ev,
        roles={jane.id: "host"},
        place=nairobi.id,
        date=dt.date(2020, 1, 6),
        date_text="Monday",
        topics=("trade",),
    )
    deal = Agreement("agreement-1", "Agreement", "trade", (kenya.id,), (jane.id,), ("tariffs",), ev)
    said = Statement("statement-1", jane.id, "trade will grow", "said", ev)
    return ArticleExtraction(
        article=Article(id="a1", text="", date=dt.date(2020, 1, 7)),
        entities=(jane, roe, ministry, kenya, nairobi),
        events=(meeting,),
        agreements=(deal,),
        statements=(said,),
        extractor={"software": "officialdom test"},
    )


def test_record_round_trip_through_json() -> None:
    rec = _sample()
    data = json.loads(json.dumps(rec.to_dict()))
    assert data["format"] == 1
    assert ArticleExtraction.from_dict(data) == rec


def test_record_format_v1_fields() -> None:
    data = _sample().to_dict()
    assert set(data) >= {"article", "entities", "events", "agreements", "statements"}
    assert set(data["article"]) == {"id", "title", "date", "source", "url"}
    person = data["entities"][0]
    assert {"id", "type", "name", "aliases", "mentions", "titles"} <= set(person)
    assert {"title", "post", "country", "organization", "rank", "evidence"} <= set(person["titles"][0])
    event = data["events"][0]
    for key in (
        "id",
        "type",
        "status",
        "participants",
        "roles",
        "place",
        "date",
        "date_text",
        "topics",
        "agreement",
        "cameo",
        "plover",
        "confidence",
        "evidence",
    ):
        assert key in event
    assert {"id", "kind", "subject", "parties", "signatories", "topics", "evidence"} <= set(data["agreements"][0])
    assert {"id", "speaker", "text", "cue", "evidence"} <= set(data["statements"][0])
    assert set(event["evidence"]) >= {"sentence", "start", "end", "rule", "confidence"}


def test_entity_types() -> None:
    rec = _sample()
    assert [e.type for e in rec.entities] == ["person", "person", "organization", "country", "place"]
    assert rec.officials == [rec.entities[0]]
    assert entity_from_dict(rec.entities[3].to_dict()) == rec.entities[3]
    assert rec.names(["person:jane-doe", "nobody"]) == ["Jane Doe", "nobody"]
