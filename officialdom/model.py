"""Typed records of officialdom: what an article says, as plain data.

This module knows nothing of spaCy or rdflib. Records are frozen dataclasses; ``to_dict`` gives the JSON
object of record format v1 and ``from_dict`` reads it back.

>>> ev = Evidence(sentence="Tehran is big.", start=0, end=14, rule="example", confidence=0.9)
>>> Evidence.from_dict(ev.to_dict()) == ev
True
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, cast

__all__ = [
    "AGREEMENT_KINDS",
    "ENTITY_TYPES",
    "EVENT_TYPES",
    "RECORD_FORMAT_VERSION",
    "Agreement",
    "Article",
    "ArticleExtraction",
    "Entity",
    "EntityType",
    "Event",
    "EventStatus",
    "EventType",
    "Evidence",
    "Mention",
    "Organization",
    "Person",
    "Place",
    "Statement",
    "Tenure",
    "entity_from_dict",
    "unique",
]

RECORD_FORMAT_VERSION = 1

EntityType = Literal["person", "organization", "country", "place"]
EventType = Literal["meeting", "visit", "signing", "press_conference", "statement", "phone_call", "attendance"]
EventStatus = Literal["held", "planned"]

ENTITY_TYPES: tuple[EntityType, ...] = ("person", "organization", "country", "place")
EVENT_TYPES: tuple[EventType, ...] = (
    "meeting",
    "visit",
    "signing",
    "press_conference",
    "statement",
    "phone_call",
    "attendance",
)
AGREEMENT_KINDS: tuple[str, ...] = (
    "Memorandum of Understanding",
    "Agreement",
    "Treaty",
    "Protocol",
    "Accord",
    "Convention",
    "Executive Programme",
    "Letter of Intent",
    "Joint Declaration",
    "Contract",
    "Charter",
)


def _date_from(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _date_to(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True, slots=True)
class Article:
    """A news article: its text and what is known about it.

    >>> Article(id="a1", text="Hello.").meta()
    {'id': 'a1', 'title': None, 'date': None, 'source': None, 'url': None}
    """

    id: str
    text: str
    date: dt.date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    origin: str | None = field(default=None, compare=False, repr=False)
    """Where the article was read (``feed.jsonl:12``), for messages about it; not part of the record."""

    def meta(self) -> dict[str, Any]:
        """The article object of record format v1 (everything but the text)."""
        return {
            "id": self.id,
            "title": self.title,
            "date": _date_to(self.date),
            "source": self.source,
            "url": self.url,
        }

    def to_dict(self, *, with_text: bool = True) -> dict[str, Any]:
        """JSON object of the article; the input JSONL format when ``with_text``."""
        data = self.meta()
        if with_text:
            data["text"] = self.text
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Read an article object (``text`` may be absent in an extraction record)."""
        return cls(
            id=str(data["id"]),
            text=str(data.get("text") or ""),
            date=_date_from(data.get("date")),
            source=data.get("source"),
            url=data.get("url"),
            title=data.get("title"),
        )


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact comes from: the sentence, its character offsets in the article, the rule and a confidence.

    ``article.text[start:end] == sentence`` always holds.
    """

    sentence: str
    start: int
    end: int
    rule: str
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        """JSON object of the evidence."""
        return {
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "rule": self.rule,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Evidence:
        """Read an evidence object."""
        return cls(
            sentence=str(data["sentence"]),
            start=int(data["start"]),
            end=int(data["end"]),
            rule=str(data["rule"]),
            confidence=float(data["confidence"]),
        )


@dataclass(frozen=True, slots=True)
class Mention:
    """One surface form of an entity: character offsets, text and the index of its sentence."""

    start: int
    end: int
    text: str
    sentence: int

    def to_dict(self) -> dict[str, Any]:
        """JSON object of the mention."""
        return {"start": self.start, "end": self.end, "text": self.text, "sentence": self.sentence}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Mention:
        """Read a mention object."""
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            sentence=int(data["sentence"]),
        )


@dataclass(frozen=True, slots=True)
class Tenure:
    """A person seen holding a post: the title as stated, the normalised post, and context.

    ``post`` is the normalised form ("Minister of Interior" for "Interior Minister"); ``role`` the kind of
    post ("minister"); ``country`` and ``organization`` are names. ``attested_on`` is the article date.
    """

    title: str
    post: str
    role: str
    country: str | None
    organization: str | None
    rank: str | None
    evidence: Evidence
    former: bool = False
    qualifier: str | None = None
    attested_on: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON object of the title (record format v1 ``titles`` item)."""
        return {
            "title": self.title,
            "post": self.post,
            "role": self.role,
            "country": self.country,
            "organization": self.organization,
            "rank": self.rank,
            "former": self.former,
            "qualifier": self.qualifier,
            "attested_on": _date_to(self.attested_on),
            "evidence": self.evidence.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Tenure:
        """Read a title object."""
        return cls(
            title=str(data["title"]),
            post=str(data.get("post", data["title"])),
            role=str(data.get("role", "")),
            country=data.get("country"),
            organization=data.get("organization"),
            rank=data.get("rank"),
            evidence=Evidence.from_dict(data["evidence"]),
            former=bool(data.get("former", False)),
            qualifier=data.get("qualifier"),
            attested_on=_date_from(data.get("attested_on")),
        )


@dataclass(frozen=True, slots=True)
class Entity:
    """Something the article names: a person, an organisation, a country or a place."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()

    @property
    def type(self) -> EntityType:
        """The record-format type name."""
        raise NotImplementedError

    def _base_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "aliases": list(self.aliases),
            "mentions": [m.to_dict() for m in self.mentions],
        }

    def to_dict(self) -> dict[str, Any]:
        """JSON object of the entity."""
        return self._base_dict()


@dataclass(frozen=True, slots=True)
class Person(Entity):
    """A named person; an official when ``titles`` is not empty.

    >>> p = Person(id="person:jane-doe", name="Jane Doe")
    >>> p.is_official
    False
    """

    titles: tuple[Tenure, ...] = ()
    honorifics: tuple[str, ...] = ()

    @property
    def type(self) -> EntityType:
        """Always ``"person"``."""
        return "person"

    @property
    def is_official(self) -> bool:
        """True when the article gives the person a post."""
        return bool(self.titles)

    @property
    def country(self) -> str | None:
        """The country of the person's first post with a country."""
        for tenure in self.titles:
            if tenure.country:
                return tenure.country
        return None

    def to_dict(self) -> dict[str, Any]:
        """JSON object of the person."""
        data = self._base_dict()
        data["titles"] = [t.to_dict() for t in self.titles]
        data["honorifics"] = list(self.honorifics)
        data["country"] = self.country
        return data


@dataclass(frozen=True, slots=True)
class Organization(Entity):
    """An organisation (ministry, armed force, international body), with its country if national."""

    country: str | None = None
    kind: str | None = None

    @property
    def type(self) -> EntityType:
        """Always ``"organization"``."""
        return "organization"

    def to_dict(self) -> dict[str, Any]:
        """JSON object of the organisation."""
        data = self._base_dict()
        data["country"] = self.country
        data["kind"] = self.kind
        return data


@dataclass(frozen=True, slots=True)
class Place(Entity):
    """A country (``kind="country"``, ``code`` its ISO 3166 alpha-2 code) or another place with its country."""

    kind: Literal["country", "place"] = "place"
    country: str | None = None
    code: str | None = None

    @property
    def type(self) -> EntityType:
        """``"country"`` or ``"place"``."""
        return self.kind

    def to_dict(self) -> dict[str, Any]:
        """JSON object of the place."""
        data = self._base_dict()
        data["country"] = self.country
        data["code"] = self.code
        return data


def entity_from_dict(data: Mapping[str, Any]) -> Entity:
    """Read an entity object of any type."""
    common: dict[str, Any] = {
        "id": str(data["id"]),
        "name": str(data["name"]),
        "aliases": tuple(data.get("aliases", ())),
        "mentions": tuple(Mention.from_dict(m) for m in data.get("mentions", ())),
    }
    kind = data.get("type")
    if kind == "person":
        return Person(
            **common,
            titles=tuple(Tenure.from_dict(t) for t in data.get("titles", ())),
            honorifics=tuple(data.get("honorifics", ())),
        )
    if kind == "organization":
        return Organization(**common, country=data.get("country"), kind=data.get("kind"))
    if kind in ("country", "place"):
        return Place(
            **common,
            kind=cast(Literal["country", "place"], kind),
            country=data.get("country"),
            code=data.get("code"),
        )
    raise ValueError(f"unknown entity type {kind!r} in entity {data.get('id')!r}")


@dataclass(frozen=True, slots=True)
class Event:
    """An encounter: its type, status, participants (entity ids) with roles, place, date and evidence.

    Unnamed group participants ("the interior ministers of Syria, Iraq and Iran") are kept in
    ``participant_description`` with their ``countries`` (entity ids) and ``group_post``.
    """

    id: str
    type: EventType
    status: EventStatus
    participants: tuple[str, ...]
    evidence: Evidence
    roles: Mapping[str, str] = field(default_factory=dict)
    place: str | None = None
    date: dt.date | None = None
    date_text: str | None = None
    topics: tuple[str, ...] = ()
    agreement: str | None = None
    cameo: str | None = None
    plover: str | None = None
    confidence: float = 0.0
    country: str | None = None
    duration: str | None = None
    participant_description: str | None = None
    countries: tuple[str, ...] = ()
    group_post: str | None = None
    more_evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON object of the event."""
        return {
            "id": self.id,
            "type": self.type,
            "status": self.status,
            "participants": list(self.participants),
            "roles": dict(self.roles),
            "place": self.place,
            "date": _date_to(self.date),
            "date_text": self.date_text,
            "topics": list(self.topics),
            "agreement": self.agreement,
            "cameo": self.cameo,
            "plover": self.plover,
            "confidence": self.confidence,
            "evidence": self.evidence.to_dict(),
            "country": self.country,
            "duration": self.duration,
            "participant_description": self.participant_description,
            "countries": list(self.countries),
            "group_post": self.group_post,
            "more_evidence": [e.to_dict() for e in self.more_evidence],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Event:
        """Read an event object."""
        return cls(
            id=str(data["id"]),
            type=cast(EventType, data["type"]),
            status=cast(EventStatus, data.get("status", "held")),
            participants=tuple(data.get("participants", ())),
            evidence=Evidence.from_dict(data["evidence"]),
            roles=dict(data.get("roles") or {}),
            place=data.get("place"),
            date=_date_from(data.get("date")),
            date_text=data.get("date_text"),
            topics=tuple(data.get("topics", ())),
            agreement=data.get("agreement"),
            cameo=data.get("cameo"),
            plover=data.get("plover"),
            confidence=float(data.get("confidence", 0.0)),
            country=data.get("country"),
            duration=data.get("duration"),
            participant_description=data.get("participant_description"),
            countries=tuple(data.get("countries", ())),
            group_post=data.get("group_post"),
            more_evidence=tuple(Evidence.from_dict(e) for e in data.get("more_evidence", ())),
        )


@dataclass(frozen=True, slots=True)
class Agreement:
    """An agreement: kind, subject, parties and signatories (entity ids), topics covered."""

    id: str
    kind: str
    subject: str | None
    parties: tuple[str, ...]
    signatories: tuple[str, ...]
    topics: tuple[str, ...]
    evidence: Evidence
    name: str | None = None
    place: str | None = None
    date: dt.date | None = None
    date_text: str | None = None
    more_evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON object of the agreement."""
        return {
            "id": self.id,
            "kind": self.kind,
            "subject": self.subject,
            "parties": list(self.parties),
            "signatories": list(self.signatories),
            "topics": list(self.topics),
            "evidence": self.evidence.to_dict(),
            "name": self.name,
            "place": self.place,
            "date": _date_to(self.date),
            "date_text": self.date_text,
            "more_evidence": [e.to_dict() for e in self.more_evidence],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Agreement:
        """Read an agreement object."""
        return cls(
            id=str(data["id"]),
            kind=str(data["kind"]),
            subject=data.get("subject"),
            parties=tuple(data.get("parties", ())),
            signatories=tuple(data.get("signatories", ())),
            topics=tuple(data.get("topics", ())),
            evidence=Evidence.from_dict(data["evidence"]),
            name=data.get("name"),
            place=data.get("place"),
            date=_date_from(data.get("date")),
            date_text=data.get("date_text"),
            more_evidence=tuple(Evidence.from_dict(e) for e in data.get("more_evidence", ())),
        )


@dataclass(frozen=True, slots=True)
class Statement:
    """What a speaker said: a quotation (``quote=True``) or reported content, with its cue verb."""

    id: str
    speaker: str
    text: str
    cue: str
    evidence: Evidence
    quote: bool = False

    def to_dict(self) -> dict[str, Any]:
        """JSON object of the statement."""
        return {
            "id": self.id,
            "speaker": self.speaker,
            "text": self.text,
            "cue": self.cue,
            "quote": self.quote,
            "evidence": self.evidence.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Statement:
        """Read a statement object."""
        return cls(
            id=str(data["id"]),
            speaker=str(data["speaker"]),
            text=str(data["text"]),
            cue=str(data.get("cue", "")),
            evidence=Evidence.from_dict(data["evidence"]),
            quote=bool(data.get("quote", False)),
        )


@dataclass(frozen=True, slots=True)
class ArticleExtraction:
    """Everything extracted from one article: the record of format v1.

    >>> rec = ArticleExtraction(article=Article(id="a1", text=""))
    >>> ArticleExtraction.from_dict(rec.to_dict()) == rec
    True
    """

    article: Article
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    statements: tuple[Statement, ...] = ()
    extractor: Mapping[str, str] = field(default_factory=dict)

    @property
    def persons(self) -> list[Person]:
        """The persons, officials or not."""
        return [e for e in self.entities if isinstance(e, Person)]

    @property
    def officials(self) -> list[Person]:
        """The persons with at least one post."""
        return [p for p in self.persons if p.is_official]

    def entity(self, entity_id: str) -> Entity | None:
        """The entity with this id, or None."""
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None

    def names(self, ids: Iterable[str]) -> list[str]:
        """Names of the entities with these ids (ids that name nothing are kept as they are)."""
        by_id = {e.id: e.name for e in self.entities}
        return [by_id.get(i, i) for i in ids]

    def to_dict(self) -> dict[str, Any]:
        """JSON object of record format v1."""
        data: dict[str, Any] = {
            "format": RECORD_FORMAT_VERSION,
            "article": self.article.meta(),
            "entities": [e.to_dict() for e in self.entities],
            "events": [e.to_dict() for e in self.events],
            "agreements": [a.to_dict() for a in self.agreements],
            "statements": [s.to_dict() for s in self.statements],
        }
        if self.extractor:
            data["extractor"] = dict(self.extractor)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ArticleExtraction:
        """Read a record of format v1."""
        return cls(
            article=Article.from_dict(data["article"]),
            entities=tuple(entity_from_dict(e) for e in data.get("entities", ())),
            events=tuple(Event.from_dict(e) for e in data.get("events", ())),
            agreements=tuple(Agreement.from_dict(a) for a in data.get("agreements", ())),
            statements=tuple(Statement.from_dict(s) for s in data.get("statements", ())),
            extractor=dict(data.get("extractor") or {}),
        )


def unique(values: Iterable[str]) -> tuple[str, ...]:
    """Values without repeats, in first-seen order.

    >>> unique(["b", "a", "b"])
    ('b', 'a')
    """
    return tuple(dict.fromkeys(values))
