"""What the pipeline components find in a document, kept on ``doc._.od`` between components.

Positions are token indices (``start`` inclusive, ``end`` exclusive) into the document. The components fill
an :class:`Annotations` object step by step: the gazetteer finds places and bodies, the officials component
titles and names, coreference the people behind every mention, the events component what happened.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from officialdom.extract.lexicon import AgencyInfo, CityInfo, OrgInfo, TitleInfo

__all__ = [
    "AgreementAnn",
    "Annotations",
    "CityMention",
    "CountryMention",
    "Dateline",
    "EventAnn",
    "GroupMention",
    "NameMention",
    "NominalMention",
    "OrgMention",
    "PersonCluster",
    "StatementAnn",
    "TitleParse",
]


@dataclass
class CountryMention:
    """A country named by its name or an alias (``possessive`` for "Syria's"), or by a demonym."""

    start: int
    end: int
    code: str
    demonym: bool = False
    possessive: bool = False


@dataclass
class CityMention:
    """A city of the gazetteer."""

    start: int
    end: int
    city: CityInfo


@dataclass
class OrgMention:
    """An organisation: from the lexicon (``info``), from a title ("of the Internal Security Forces") or from
    the statistical model."""

    start: int
    end: int
    name: str
    info: OrgInfo | None = None
    country: str | None = None
    source: str = "lexicon"


@dataclass
class Dateline:
    """The dateline at the head of an article: "Tehran, SANA-" or "BEIJING, March 3 (Xinhua) --"."""

    city: CityInfo | None
    city_text: str
    agency: AgencyInfo | None
    agency_text: str | None
    date_text: str | None
    end_char: int


@dataclass
class TitleParse:
    """A title phrase: "Iranian Minister of Intelligence and National Security", "Syria's ambassador to Tehran".

    ``country`` is a country code; ``portfolio`` the canonical portfolio; ``org`` an organisation name stated in
    the title; ``destination`` the country an envoy is sent to; ``status`` acting/former/designate/elect.
    """

    start: int
    end: int
    head: TitleInfo
    text: str
    parts: list[str] = field(default_factory=list)
    portfolio: str | None = None
    portfolio_text: str | None = None
    country: str | None = None
    country_how: str | None = None
    org: str | None = None
    org_info: OrgInfo | None = None
    destination: str | None = None
    destination_text: str | None = None
    status: str | None = None
    possessor: str | None = None
    countries: list[str] = field(default_factory=list)
    number: int | None = None
    definite: bool = False
    org_is_place: bool = False
    parent_org: str | None = None
    international: bool = False
    scope: str | None = None
    to_post: str | None = None  # "Adviser to the President": the post this one serves

    @property
    def plural(self) -> bool:
        """True for "ministers", "the two sides"."""
        return self.head.plural

    @property
    def counterpart(self) -> bool:
        """True for "his Iranian counterpart"."""
        return self.head.category == "counterpart"


@dataclass
class NameMention:
    """A person's name in the text, with the ranks before it and the title attached to it, if any."""

    start: int
    end: int
    text: str
    ranks: list[str] = field(default_factory=list)
    rank_start: int | None = None
    title: TitleParse | None = None
    rule: str = "model"
    confidence: float = 0.8
    cluster: int | None = None
    more_titles: list[TitleParse] = field(default_factory=list)


@dataclass
class NominalMention:
    """A title without a name that stands for people named elsewhere: "the Minister", "the two sides"."""

    start: int
    end: int
    title: TitleParse | None
    plural: bool
    number: int | None
    text: str
    clusters: list[int] = field(default_factory=list)
    members: list[NameMention] = field(default_factory=list)
    anaphoric: bool = True


@dataclass
class GroupMention:
    """Unnamed people given by post and countries: "the interior ministers of Syria, Iraq and Iran"."""

    start: int
    end: int
    text: str
    post: str | None
    countries: list[str]


@dataclass
class PersonCluster:
    """One person of the article: every name mention and title that stands for them."""

    index: int
    name: str
    mentions: list[NameMention] = field(default_factory=list)
    titles: list[tuple[TitleParse, int]] = field(default_factory=list)
    ranks: list[str] = field(default_factory=list)
    inferred: list[dict[str, str | None]] = field(default_factory=list)

    @property
    def first(self) -> int:
        """Token index of the first mention."""
        return min(m.start for m in self.mentions)


@dataclass
class EventAnn:
    """An event found in a sentence (token positions; participants are cluster indices)."""

    type: str
    trigger: int
    sent: int
    participants: list[int]
    roles: dict[int, str] = field(default_factory=dict)
    status: str = "held"
    place: tuple[int, int] | None = None
    place_default: bool = False
    date: tuple[int, int] | None = None
    topics: list[str] = field(default_factory=list)
    agreements: list[int] = field(default_factory=list)
    group: GroupMention | None = None
    description: str | None = None
    unnamed: list[tuple[str, list[str]]] = field(default_factory=list)
    codes: tuple[str, str] | None = None
    duration: str | None = None
    rule: str = ""
    confidence: float = 0.8
    more_sents: list[int] = field(default_factory=list)


@dataclass
class AgreementAnn:
    """An agreement: the words that name it, its kind, subject and topics."""

    start: int
    end: int
    kind: str
    sent: int
    name: str
    subject: str | None = None
    topics: list[str] = field(default_factory=list)
    signatories: list[int] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    more_sents: list[int] = field(default_factory=list)
    place: tuple[int, int] | None = None
    date: tuple[int, int] | None = None
    plural: bool = False


@dataclass
class StatementAnn:
    """What a person said: speaker cluster, text (a quotation or reported content) and cue verb."""

    speaker: int
    text: str
    cue: str
    sent: int
    quote: bool
    rule: str
    confidence: float


@dataclass
class Annotations:
    """Everything the officialdom components found in one document."""

    countries: list[CountryMention] = field(default_factory=list)
    cities: list[CityMention] = field(default_factory=list)
    orgs: list[OrgMention] = field(default_factory=list)
    dateline: Dateline | None = None
    agency: AgencyInfo | None = None
    international_source: bool = False
    source_country: str | None = None
    titles: list[TitleParse] = field(default_factory=list)
    names: list[NameMention] = field(default_factory=list)
    nominals: list[NominalMention] = field(default_factory=list)
    groups: list[GroupMention] = field(default_factory=list)
    clusters: list[PersonCluster] = field(default_factory=list)
    token_people: dict[int, list[int]] = field(default_factory=dict)
    events: list[EventAnn] = field(default_factory=list)
    agreements: list[AgreementAnn] = field(default_factory=list)
    statements: list[StatementAnn] = field(default_factory=list)
    blocked: set[int] = field(default_factory=set)

    def place_country(self, span: tuple[int, int] | None) -> str | None:
        """The country of a place span (a city or a country named in the text; ``(-1, -1)`` is the dateline)."""
        if span is None:
            return None
        if span == (-1, -1):
            dl = self.dateline
            return dl.city.country if dl is not None and dl.city is not None else None
        for c in self.cities:
            if (c.start, c.end) == span:
                return c.city.country
        for cm in self.countries:
            if (cm.start, cm.end) == span:
                return cm.code
        return None
