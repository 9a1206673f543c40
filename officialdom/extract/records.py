"""From an annotated spaCy ``Doc`` to the typed record of the article (:class:`ArticleExtraction`).

Identifiers are derived from content: a person's id from the name, a country's from its ISO code, an
event's from its type, participants and sentence, so extracting the same article twice gives the same record.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from officialdom.extract.annotations import Annotations, EventAnn, PersonCluster, TitleParse
from officialdom.extract.coref import CorefResolver, name_key
from officialdom.extract.dates import resolve_date
from officialdom.extract.lexicon import Lexicon
from officialdom.extract.officials import normalize_post, post_organization
from officialdom.model import (
    Agreement,
    Article,
    ArticleExtraction,
    Entity,
    Event,
    EventType,
    Evidence,
    Mention,
    Organization,
    Person,
    Place,
    Statement,
    Tenure,
)

__all__ = ["doc_to_extraction", "slug"]

RANK_KINDS = ("military", "police")
MODIFIER_WORDS = frozenset({"the", "a", "an"})


def slug(text: str) -> str:
    """An identifier-safe form of a name.

    >>> slug("Omar al-Sha\u2019bi"), slug("Côte d'Ivoire")
    ('omar-al-shabi', 'cote-d-ivoire')
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or hashlib.sha1(text.encode()).hexdigest()[:8]


def _digest(*parts: object) -> str:
    return hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:12]


@dataclass
class _Builder:
    doc: Doc
    article: Article
    lex: Lexicon
    ann: Annotations
    sent_starts: list[int] = field(default_factory=list)
    sents: list[Span] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    person_ids: dict[int, str] = field(default_factory=dict)
    mentions: dict[str, list[Mention]] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        words = self.doc._.od_words if self.doc.has_extension("od_words") else None
        self.text = words.text if words is not None and words.text else self.doc.text
        self.sents = list(self.doc.sents)
        self.sent_starts = [s.start for s in self.sents]
        self.rank_kind = {r.canonical: r.kind for r in self.lex.ranks.values()}

    # -- helpers ---------------------------------------------------------------------------------------------
    def sent_index(self, token: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, token) - 1)

    def evidence(self, sent: int, rule: str, confidence: float) -> Evidence:
        span = self.sents[sent]
        start = span.start_char
        end = span.end_char
        text = self.text[start:end]
        stripped = text.rstrip()
        end -= len(text) - len(stripped)
        lead = len(stripped) - len(stripped.lstrip())
        return Evidence(
            sentence=self.text[start + lead : end],
            start=start + lead,
            end=end,
            rule=rule,
            confidence=round(confidence, 3),
        )

    def mention(self, start: int, end: int) -> Mention:
        span = self.doc[start:end]
        return Mention(start=span.start_char, end=span.end_char, text=span.text, sentence=self.sent_index(start))

    def country_id(self, code: str | None) -> str | None:
        if code is None or code not in self.lex.countries:
            return None
        eid = f"country:{code.lower()}"
        if eid not in self.entities:
            self.entities[eid] = Place(id=eid, name=self.lex.countries[code].name, kind="country", code=code)
        return eid

    def add_mention(self, eid: str, start: int, end: int) -> None:
        self.mentions.setdefault(eid, []).append(self.mention(start, end))
        text = self.doc[start:end].text
        self.aliases.setdefault(eid, [])
        if text not in self.aliases[eid]:
            self.aliases[eid].append(text)

    # -- places and bodies -----------------------------------------------------------------------------------
    def places(self) -> None:
        for c in self.ann.countries:
            eid = self.country_id(c.code)
            if eid is not None and not c.demonym:
                self.add_mention(eid, c.start, c.end)
        for city in self.ann.cities:
            self.city_id(city.city.name, city.city.country, city.start, city.end)
        for o in self.ann.orgs:
            if o.info is not None:
                eid = f"org:{o.info.key}"
                if eid not in self.entities:
                    self.entities[eid] = Organization(id=eid, name=o.info.name, kind=o.info.kind)
                self.add_mention(eid, o.start, o.end)
        self.model_entities()

    def city_id(self, name: str, country: str | None, start: int | None = None, end: int | None = None) -> str:
        eid = f"place:{slug(name)}" + (f"-{country.lower()}" if country else "")
        if eid not in self.entities:
            self.entities[eid] = Place(
                id=eid, name=name, kind="place", country=self.lex.country_name(country) if country else None
            )
            self.country_id(country)
        if start is not None and end is not None:
            self.add_mention(eid, start, end)
        return eid

    def model_entities(self) -> None:
        """Organisations and places the statistical model found and the rules did not contradict."""
        blocked = set(self.ann.blocked) | set(self.ann.token_people)
        for c in self.ann.countries:
            blocked.update(range(c.start, c.end))
        for city in self.ann.cities:
            blocked.update(range(city.start, city.end))
        for o in self.ann.orgs:
            blocked.update(range(o.start, o.end))
        for a in self.ann.agreements:
            blocked.update(range(a.start, a.end))
        for ent in self.doc.ents:
            if any(i in blocked for i in range(ent.start, ent.end)):
                continue
            if ent.label_ == "ORG":
                tokens = [t for t in ent if t.lower_ not in MODIFIER_WORDS]
                if not tokens or self.lex.agreement_kinds.match([t.lower_ for t in tokens], 0) is not None:
                    continue
                if (
                    len(tokens) == 1
                    and ent.root.dep_ in ("compound", "amod")
                    and ent.root.head.pos_ == "NOUN"
                    and (not ent.root.head.text[:1].isupper())
                ):
                    continue  # "Takfiri terrorism": a modifier, not a body
                if len(tokens) == 1 and ent.root.dep_ in ("dobj", "pobj", "conj") and len(ent.text) <= 3:
                    continue
                name = self.doc[tokens[0].i : tokens[-1].i + 1].text
                if not name[:1].isupper():
                    continue
                country = None
                for c in self.ann.countries:
                    if ent.start <= c.start < ent.end:
                        country = c.code
                        break
                eid = f"org:{slug(name)}" + (f"-{country.lower()}" if country else "")
                if eid not in self.entities:
                    self.entities[eid] = Organization(
                        id=eid, name=name, country=self.lex.country_name(country), kind="national" if country else None
                    )
                self.add_mention(eid, tokens[0].i, tokens[-1].i + 1)
            elif ent.label_ == "GPE" and len(ent.text) > 2 and ent.text[:1].isupper():
                if self.lex.ranks.match([t.lower_.rstrip(".") for t in ent], 0) is not None:
                    continue
                self.city_id(ent.text, None, ent.start, ent.end)

    # -- people ----------------------------------------------------------------------------------------------
    def host_countries(self) -> None:
        """Whoever a visitor meets in the country visited serves that country, unless the text says otherwise
        ("the NATO Deputy Secretary-General visited Montenegro, where he met President X")."""
        for visit in self.ann.events:
            if visit.type != "visit" or visit.status != "held" or visit.place is None:
                continue
            country = self.ann.place_country(visit.place)
            if country is None:
                continue
            visitors = set(visit.participants)
            for ev in self.ann.events:
                if ev is visit or ev.status != "held" or not visitors & set(ev.participants):
                    continue
                if ev.type in ("phone_call", "statement"):
                    continue  # a call or a statement says nothing of where the other one is
                for c in ev.participants:
                    cluster = self.ann.clusters[c]
                    if c in visitors or not cluster.titles or any(t.country for t, _ in cluster.titles):
                        continue
                    if any(t.org_info is not None or t.international for t, _ in cluster.titles):
                        continue
                    if not any(item.get("how") == "host" for item in cluster.inferred):
                        cluster.inferred.insert(0, {"country": country, "how": "host"})

    def people(self) -> None:
        self.host_countries()
        used: set[str] = set()
        for cluster in self.ann.clusters:
            if not cluster.mentions:
                continue
            name = self.best_name(cluster)
            base = f"person:{slug(name)}"
            eid = base
            n = 2
            while eid in used:
                eid = f"{base}-{n}"
                n += 1
            used.add(eid)
            self.person_ids[cluster.index] = eid
        for cluster in self.ann.clusters:
            if cluster.index not in self.person_ids:
                continue
            self.entities[self.person_ids[cluster.index]] = self.person(cluster)

    @staticmethod
    def best_name(cluster: PersonCluster) -> str:
        ordered = sorted(
            cluster.mentions,
            key=lambda m: (-len(name_key(m.text)), 0 if m.title is not None else 1, m.start),
        )
        return re.sub(r"['\u2019]s$", "", ordered[0].text)

    def person(self, cluster: PersonCluster) -> Person:
        eid = self.person_ids[cluster.index]
        name = self.best_name(cluster)
        mentions = []
        aliases: list[str] = []
        for m in sorted(cluster.mentions, key=lambda m: m.start):
            mentions.append(self.mention(m.start, m.end))
            text = re.sub(r"['\u2019]s$", "", m.text)
            if text != name and text not in aliases:
                aliases.append(text)
        for nominal in self.ann.nominals:
            if cluster.index in nominal.clusters:
                mentions.append(self.mention(nominal.start, nominal.end))
        mentions.sort(key=lambda m: m.start)
        ranks = [r for r in cluster.ranks if self.rank_kind.get(r) in RANK_KINDS]
        honorifics = tuple(r for r in cluster.ranks if self.rank_kind.get(r) not in RANK_KINDS)
        rank = " ".join(ranks) if ranks else None
        tenures: list[Tenure] = []
        seen: set[tuple[str, str | None]] = set()
        inferred_country = CorefResolver.cluster_country(cluster)
        for title, position in cluster.titles:
            tenure = self.tenure(cluster, title, position, rank, inferred_country)
            key = (tenure.post.lower(), tenure.country)
            if key in seen:
                continue
            seen.add(key)
            tenures.append(tenure)
        tenures = [t for t in tenures if not _subsumed(t, tenures)]
        return Person(
            id=eid,
            name=name,
            aliases=tuple(aliases),
            mentions=tuple(mentions),
            titles=tuple(tenures),
            honorifics=honorifics,
        )

    def tenure(
        self, cluster: PersonCluster, title: TitleParse, position: int, rank: str | None, inferred: str | None
    ) -> Tenure:
        mention = next((m for m in cluster.mentions if m.start == position), None)
        rule = mention.rule if mention is not None else "title"
        confidence = mention.confidence if mention is not None else 0.8
        country = title.country
        if title.counterpart or title.country_how == "counterpart":
            rule, confidence = "counterpart", 0.8
        if country is None and title.org_info is None and not title.international:
            country = inferred
            if country is not None:
                how = next((i.get("how") for i in cluster.inferred if i.get("country") == country), "agency")
                rule += f"+{how}-country"
                confidence = min(confidence, 0.7)
        post = normalize_post(title, self.lex)
        organization = post_organization(title, self.lex)
        if title.org_info is None and organization is not None:
            self.org_of_post(organization, country)
        qualifier = title.status if title.status in ("acting", "designate", "elect") else None
        return Tenure(
            title=title.text,
            post=post,
            role=title.head.role,
            country=self.lex.country_name(country),
            organization=organization,
            rank=rank,
            evidence=self.evidence(self.sent_index(position), rule, confidence),
            former=title.status == "former",
            qualifier=qualifier,
            attested_on=self.article.date,
        )

    def org_of_post(self, name: str, country: str | None) -> None:
        eid = f"org:{slug(name)}" + (f"-{country.lower()}" if country else "")
        if eid not in self.entities:
            self.entities[eid] = Organization(
                id=eid, name=name, country=self.lex.country_name(country), kind="national" if country else None
            )
            self.country_id(country)

    # -- events ----------------------------------------------------------------------------------------------
    def place_id(self, span: tuple[int, int] | None) -> tuple[str | None, str | None]:
        """(entity id, country code) of a place span; (-1, -1) is the dateline city."""
        if span is None:
            return None, None
        if span == (-1, -1):
            dl = self.ann.dateline
            if dl is None or dl.city is None:
                return None, None
            return self.city_id(dl.city.name, dl.city.country), dl.city.country
        for c in self.ann.cities:
            if (c.start, c.end) == span:
                return self.city_id(c.city.name, c.city.country), c.city.country
        for cm in self.ann.countries:
            if (cm.start, cm.end) == span:
                return self.country_id(cm.code), cm.code
        text = self.doc[span[0] : span[1]].text
        return self.city_id(text, None), None

    def date_of(self, span: tuple[int, int] | None, status: str) -> tuple[str | None, object]:
        if span is None:
            return None, None
        text = self.doc[span[0] : span[1]].text
        return text, resolve_date(text, self.article.date, future=status == "planned")

    def events(self, agreement_ids: list[str]) -> list[Event]:
        out: list[Event] = []
        for ev in self.ann.events:
            out.append(self.event(ev, agreement_ids))
        return out

    def event(self, ev: EventAnn, agreement_ids: list[str]) -> Event:
        participants = tuple(self.person_ids[c] for c in ev.participants if c in self.person_ids)
        roles = {self.person_ids[c]: r for c, r in ev.roles.items() if c in self.person_ids}
        place, place_country = self.place_id(ev.place)
        date_text, date = self.date_of(ev.date, ev.status)
        evidence = self.evidence(ev.sent, ev.rule + ("+place-default" if ev.place_default else ""), ev.confidence)
        cameo, plover = ev.codes or self.lex.event_codes.get(ev.type, (None, None))
        countries: tuple[str, ...] = ()
        description = None
        group_post = None
        if ev.group is not None:
            countries = tuple(c for c in (self.country_id(code) for code in ev.group.countries) if c)
            description = ev.group.text
            group_post = ev.group.post
        elif ev.description:
            description = ev.description
        if ev.unnamed:
            description = "; ".join([*([description] if description else []), *(text for text, _ in ev.unnamed)])
            codes = [code for _, found in ev.unnamed for code in found]
            countries = tuple(dict.fromkeys([*countries, *(c for c in map(self.country_id, codes) if c)]))
        agreement = agreement_ids[ev.agreements[0]] if ev.agreements else None
        eid = f"event-{_digest(ev.type, ev.status, sorted(participants), description, evidence.start)}"
        return Event(
            id=eid,
            type=_event_type(ev.type),
            status="planned" if ev.status == "planned" else "held",
            participants=participants,
            evidence=evidence,
            roles=roles,
            place=place,
            date=date,  # type: ignore[arg-type]
            date_text=date_text,
            topics=tuple(dict.fromkeys(ev.topics)),
            agreement=agreement,
            cameo=cameo,
            plover=plover,
            confidence=round(ev.confidence, 3),
            country=self.lex.country_name(place_country) if ev.type == "visit" else None,
            duration=ev.duration,
            participant_description=description,
            countries=countries,
            group_post=group_post,
            more_evidence=tuple(self.evidence(s, ev.rule, ev.confidence) for s in ev.more_sents),
        )

    def agreements(self) -> tuple[list[Agreement], list[str]]:
        out: list[Agreement] = []
        ids: list[str] = []
        for a in self.ann.agreements:
            signatories = tuple(self.person_ids[c] for c in a.signatories if c in self.person_ids)
            parties: list[str] = []
            for c in a.signatories:
                cluster = self.ann.clusters[c]
                code = next((t.country for t, _ in cluster.titles if t.country), None) or (
                    CorefResolver.cluster_country(cluster)
                )
                cid = self.country_id(code)
                if cid and cid not in parties:
                    parties.append(cid)
            evidence = self.evidence(a.sent, "agreement", 0.85)
            aid = f"agreement-{_digest(a.kind, a.name, evidence.start)}"
            ids.append(aid)
            place, _ = self.place_id(a.place)
            date_text, date = self.date_of(a.date, "held")
            out.append(
                Agreement(
                    id=aid,
                    kind=a.kind,
                    subject=a.subject,
                    parties=tuple(parties),
                    signatories=signatories,
                    topics=tuple(dict.fromkeys(a.topics)),
                    evidence=evidence,
                    name=a.name,
                    place=place,
                    date=date,  # type: ignore[arg-type]
                    date_text=date_text,
                    more_evidence=tuple(self.evidence(s, "agreement-topics", 0.8) for s in a.more_sents),
                )
            )
        return out, ids

    def statements(self) -> list[Statement]:
        out = []
        for s in self.ann.statements:
            speaker = self.person_ids.get(s.speaker)
            if speaker is None:
                continue
            evidence = self.evidence(s.sent, s.rule, s.confidence)
            sid = f"statement-{_digest(speaker, s.text, evidence.start)}"
            out.append(Statement(id=sid, speaker=speaker, text=s.text, cue=s.cue, evidence=evidence, quote=s.quote))
        return out

    def finish_entities(self) -> tuple[Entity, ...]:
        out: list[Entity] = []
        for eid, ent in self.entities.items():
            if isinstance(ent, Person):
                out.append(ent)
                continue
            mentions = tuple(self.mentions.get(eid, ()))
            aliases = tuple(a for a in self.aliases.get(eid, ()) if a != ent.name)
            if isinstance(ent, Place):
                out.append(
                    Place(
                        id=eid,
                        name=ent.name,
                        aliases=aliases,
                        mentions=mentions,
                        kind=ent.kind,
                        country=ent.country,
                        code=ent.code,
                    )
                )
            elif isinstance(ent, Organization):
                out.append(
                    Organization(
                        id=eid, name=ent.name, aliases=aliases, mentions=mentions, country=ent.country, kind=ent.kind
                    )
                )
        order = {"person": 0, "organization": 1, "country": 2, "place": 3}
        out.sort(key=lambda e: (order[e.type], e.mentions[0].start if e.mentions else 10**9, e.id))
        return tuple(out)


def _subsumed(tenure: Tenure, tenures: list[Tenure]) -> bool:
    """A bare title ("Minister") said of someone whose fuller post of the same role is known."""
    if tenure.post != tenure.role:
        return False
    return any(
        other is not tenure
        and other.role == tenure.role
        and other.post != other.role
        and (tenure.country is None or other.country in (None, tenure.country))
        for other in tenures
    )


def _event_type(value: str) -> EventType:
    types: dict[str, EventType] = {
        "meeting": "meeting",
        "visit": "visit",
        "signing": "signing",
        "press_conference": "press_conference",
        "statement": "statement",
        "phone_call": "phone_call",
        "attendance": "attendance",
    }
    return types[value]


def doc_to_extraction(
    doc: Doc, article: Article, lex: Lexicon, *, extractor: Mapping[str, str] | None = None
) -> ArticleExtraction:
    """The record of an article whose ``doc`` went through the officialdom components."""
    ann: Annotations | None = doc._.od if doc.has_extension("od") else None
    if ann is None:
        from officialdom.errors import ModelError

        raise ModelError(
            "the document carries no officialdom annotations; add the officialdom_* components to the pipeline"
        )
    b = _Builder(doc=doc, article=article, lex=lex, ann=ann)
    b.people()
    b.places()
    agreements, agreement_ids = b.agreements()
    events = b.events(agreement_ids)
    statements = b.statements()
    return ArticleExtraction(
        article=article,
        entities=b.finish_entities(),
        events=tuple(events),
        agreements=tuple(agreements),
        statements=tuple(statements),
        extractor=dict(extractor or {}),
    )
