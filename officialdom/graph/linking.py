"""Linking the persons of the graph to reference lists (a gazetteer, CountryInfo, Phoenix).

The persons of every article graph are grouped by their canonical node (``od:canonical`` in the resolution graph;
a node without one stands for itself) into :class:`PersonProfile` records: every name form, the countries served,
the posts with the dates they are attested on. Each profile is compared with the entries of the reference lists
that share a name word (and, when both sides have one, a country):

* the names must be compatible (:func:`officialdom.names.names_compatible`): how well they match is graded from
  ``exact`` down to ``surname only`` (:data:`NAME_MATCHES`);
* a country on both sides must agree (otherwise no link);
* a post of the graph that fits a post of the entry, and an attested date inside the entry's dates, raise the
  confidence; posts and dates that fit nothing lower it.

A profile is linked to the best entry of each list when its confidence reaches ``min_confidence`` and no other
entry of that list comes within ``margin`` of it: two entries that fit (nearly) equally give no link, and the
case is reported as ambiguous. The links form one derived named graph (:data:`LINKS_GRAPH`), replaced as a whole
on every run, so linking is deterministic and idempotent. Each link is a node (``od:Link``) that records the
matched name forms, the country, the post, the date and the confidence; the canonical node gets
``schema:sameAs`` the entry and ``schema:identifier`` its identifier.

>>> from officialdom.graph.references import ReferenceEntry, ReferenceRole
>>> import datetime as dt
>>> entry = ReferenceEntry("Q1", "Mohammed Khalil al-Naim", country="SY",
...                        roles=(ReferenceRole("Minister of Interior", "SY", dt.date(2011, 4, 14)),))
>>> person = PersonProfile("id:p1", ("Mohammad al-Naim",), frozenset({"SY"}),
...                        (PostSighting("Minister of Interior", "SY", dt.date(2015, 12, 1)),))
>>> report = link_profiles([person], [entry])
>>> [(link.entry.id, link.name_match, link.confidence) for link in report.links]
[('Q1', 'shortened', 0.8)]
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from rdflib import Literal, URIRef

from officialdom.graph.rdf import LINKS_GRAPH, RESOLUTION_GRAPH, Quad, decimal_literal, is_web_iri
from officialdom.graph.references import ReferenceEntry, ReferenceRole
from officialdom.graph.vocab import ID, OD, RDF, SCHEMA, XSD
from officialdom.names import fold, name_tokens, names_compatible, skeleton

if TYPE_CHECKING:
    from officialdom.graph.kg import KnowledgeGraph
    from officialdom.graph.stores import Store
    from officialdom.model import ArticleExtraction

__all__ = [
    "LINK_RULE",
    "NAME_MATCHES",
    "Ambiguity",
    "Link",
    "LinkReport",
    "LinkingCase",
    "LinkingScore",
    "PersonProfile",
    "PostSighting",
    "ReferenceIndex",
    "entry_iri",
    "link",
    "link_profiles",
    "link_quads",
    "linking_records",
    "linking_test_set",
    "measure_linking",
    "name_match",
    "person_profiles",
    "post_similarity",
]

LINK_RULE = "officialdom.link.v1"
"""The name of the linking rule, recorded on every link."""

NAME_MATCHES: dict[str, float] = {
    "exact": 1.0,
    "transliteration": 0.95,
    "word order": 0.9,
    "spelling variant": 0.85,
    "shortened": 0.8,
    "initials": 0.75,
    "surname only": 0.65,
}
"""How two name forms match, strongest first, with the confidence each gives before country, post and dates."""

COUNTRY_UNKNOWN = 0.8
"""Factor when the graph or the entry has no country."""
POST_FACTORS = {
    "post and date": 1.0,
    "post, date of another post": 0.95,
    "post": 0.9,
    "date": 0.85,
    "nothing to compare": 0.85,
    "neither post nor date": 0.7,
}
"""Factor for what the posts and dates of the graph show against the entry's roles."""
DATE_SLACK_DAYS = 62
"""Reference lists give dates by the month: a date this close to a role's dates still fits it."""


# -- records -----------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PostSighting:
    """A post a person of the graph is seen holding: its label, the country it serves, the date attested."""

    post: str | None
    country: str | None = None
    date: dt.date | None = None
    former: bool = False


@dataclass(frozen=True, slots=True)
class PersonProfile:
    """What the graph knows of one person: the canonical node and everything its article nodes say."""

    node: str
    names: tuple[str, ...]
    countries: frozenset[str] = frozenset()
    posts: tuple[PostSighting, ...] = ()
    dates: tuple[dt.date, ...] = ()
    members: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Link:
    """A person of the graph linked to a reference entry, with the evidence and the confidence."""

    node: str
    entry: ReferenceEntry
    confidence: float
    name: str
    reference_name: str
    name_match: str
    country: str | None = None
    post: str | None = None
    reference_post: str | None = None
    date: dt.date | None = None
    fit: str = ""

    @property
    def reason(self) -> str:
        """Why the link was made, in words."""
        parts = [f"name {self.name_match}: {self.name!r} ~ {self.reference_name!r}"]
        parts.append(f"country {self.country}" if self.country else "country unknown")
        if self.post and self.reference_post:
            parts.append(f"post {self.post!r} ~ {self.reference_post!r}")
        if self.date:
            parts.append(f"in office on {self.date.isoformat()}")
        parts.append(self.fit)
        return "; ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        """JSON object of the link."""
        return {
            "node": self.node,
            "entry": self.entry.id,
            "source": self.entry.source,
            "entry_name": self.entry.name,
            "confidence": self.confidence,
            "name": self.name,
            "reference_name": self.reference_name,
            "name_match": self.name_match,
            "country": self.country,
            "post": self.post,
            "reference_post": self.reference_post,
            "date": self.date.isoformat() if self.date else None,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class Ambiguity:
    """A person that two or more entries of one list fit (nearly) equally: no link is made."""

    node: str
    name: str
    candidates: tuple[tuple[str, float], ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON object of the ambiguity."""
        return {"node": self.node, "name": self.name, "candidates": [list(c) for c in self.candidates]}


@dataclass
class LinkReport:
    """The outcome of a linking run: the links, the ambiguous persons, and counts."""

    links: list[Link] = field(default_factory=list)
    ambiguous: list[Ambiguity] = field(default_factory=list)
    persons: int = 0
    entries: int = 0
    below_threshold: int = 0

    def to_dict(self) -> dict[str, Any]:
        """JSON object of the report."""
        return {
            "persons": self.persons,
            "entries": self.entries,
            "linked": len({link.node for link in self.links}),
            "links": [link.to_dict() for link in self.links],
            "ambiguous": [a.to_dict() for a in self.ambiguous],
            "below_threshold": self.below_threshold,
        }


# -- comparing names, posts and dates ------------------------------------------------------------------------
def name_match(a: str, b: str) -> str | None:
    """How two name forms match (a key of :data:`NAME_MATCHES`), or None when they cannot be one person's.

    >>> name_match("Walid al-Moallem", "Walid Moallem"), name_match("Li Wei", "Wei Li")
    ('transliteration', 'word order')
    >>> name_match("A. R. Wardak", "Abdul Rahim Wardak"), name_match("Peter Mwangi", "Joseph Mwangi")
    ('initials', None)
    """
    return _match(_NameForm.of(a), _NameForm.of(b))


@dataclass(frozen=True, slots=True)
class _NameForm:
    """A name with its folded text and tokens, computed once."""

    text: str
    folded: str
    tokens: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> _NameForm:
        return cls(text, fold(text), name_tokens(text))


def _same_word(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 3 and skeleton(a) == skeleton(b) and abs(len(a) - len(b)) <= 2)


def _family_spelt_out(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    """The last full word of each name is a full word of the other: an initial never stands for a family name
    ("Abdul Andreotti" is not "Abdul Razzaq A. Thahim")."""
    for x, y in ((ta, tb), (tb, ta)):
        full = [t for t in x if len(t) > 1]
        if full and len(full) < len(x) + 1 and not any(_same_word(full[-1], t) for t in y if len(t) > 1):
            return False
    return True


def _match(a: _NameForm, b: _NameForm) -> str | None:
    if a.folded == b.folded:
        return "exact"
    ta, tb = a.tokens, b.tokens
    if not ta or not tb:
        return None
    if ta == tb:
        return "transliteration"
    if sorted(ta) == sorted(tb):
        return "word order"
    if not names_compatible(a.text, b.text) or not _family_spelt_out(ta, tb):
        return None
    if min(len(ta), len(tb)) == 1:
        return "surname only"
    if any(len(t) == 1 for t in (*ta, *tb)):
        return "initials"
    if len(ta) == len(tb):
        return "spelling variant"
    return "shortened"


_POST_STOP = frozenset(
    ["of", "the", "and", "for", "to", "in", "on", "a", "affairs", "ministry", "ministries", "minister's"]
)
_POST_SYNONYMS = {
    "home": "interior",
    "internal": "interior",
    "defence": "defense",
    "external": "foreign",
    "exterior": "foreign",
    "premier": "prime",
    "labour": "labor",
    "finances": "finance",
}
_POST_RANKS = frozenset(["deputy", "vice", "assistant", "first", "second", "under", "junior"])


def _post_tokens(text: str) -> frozenset[str]:
    out = set()
    for word in fold(text).replace(".", " ").split():
        if word in _POST_STOP:
            continue
        if word.endswith("men"):
            word = word[:-3] + "man"
        elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            word = word[:-1]
        out.add(_POST_SYNONYMS.get(word, word))
    return frozenset(out)


def post_similarity(a: str, b: str) -> float:
    """How alike two post labels are, in [0, 1]: shared words over all words, after folding, dropping "of",
    "the", "affairs"..., and unifying a few synonyms; 0 when only one of them is a deputy, vice... post.

    >>> post_similarity("Minister of Foreign Affairs", "Foreign Minister")
    1.0
    >>> post_similarity("Deputy Prime Minister", "Prime minister"), post_similarity("Minister", "Minister of Interior")
    (0.0, 0.5)
    """
    ta, tb = _post_tokens(a), _post_tokens(b)
    if not ta or not tb or (ta & _POST_RANKS) != (tb & _POST_RANKS):
        return 0.0
    return round(len(ta & tb) / len(ta | tb), 6)


POST_FIT = 0.6
"""The least :func:`post_similarity` for two posts to fit."""


@dataclass(frozen=True, slots=True)
class _Fit:
    label: str
    factor: float
    post: str | None = None
    reference_post: str | None = None
    date: dt.date | None = None


def _role_holds(role: ReferenceRole, sighting: PostSighting) -> bool:
    if sighting.date is None:
        return False
    if sighting.former:  # a former holder: the role began before the date
        return role.start is None or sighting.date >= role.start
    return role.covers(sighting.date, DATE_SLACK_DAYS)


def _post_fit(profile: PersonProfile, entry: ReferenceEntry) -> _Fit:
    dated_roles = [r for r in entry.roles if r.dated]
    best_post: tuple[float, PostSighting, ReferenceRole] | None = None
    for sighting in profile.posts:
        if not sighting.post:
            continue
        for role in entry.roles:
            if not role.post:
                continue
            sim = post_similarity(sighting.post, role.post)
            if sim < POST_FIT:
                continue
            if _role_holds(role, sighting):
                return _Fit("post and date", POST_FACTORS["post and date"], sighting.post, role.post, sighting.date)
            if best_post is None or sim > best_post[0]:
                best_post = (sim, sighting, role)
    days = sorted({s.date for s in profile.posts if s.date and not s.former} | set(profile.dates))
    in_office = next((d for d in days for r in dated_roles if r.covers(d, DATE_SLACK_DAYS)), None)
    if best_post is not None:
        _, sighting, role = best_post
        if in_office is not None:
            label = "post, date of another post"
            return _Fit(label, POST_FACTORS[label], sighting.post, role.post, in_office)
        return _Fit("post", POST_FACTORS["post"], sighting.post, role.post)
    if in_office is not None:
        return _Fit("date", POST_FACTORS["date"], date=in_office)
    has_posts = any(s.post for s in profile.posts) and any(r.post for r in entry.roles)
    if not has_posts and (not days or not dated_roles):
        return _Fit("nothing to compare", POST_FACTORS["nothing to compare"])
    return _Fit("neither post nor date", POST_FACTORS["neither post nor date"])


# -- the index and the linker --------------------------------------------------------------------------------
def _keys(form: _NameForm) -> set[str]:
    tokens = [t for t in form.tokens if len(t) > 1]
    if not tokens:
        return set()
    return {skeleton(tokens[0]), skeleton(tokens[-1])}


class ReferenceIndex:
    """Reference entries (persons) indexed by the skeletons of the first and last words of their names, per
    country, so that a person is compared only with the entries that could be them.
    """

    def __init__(self, entries: Iterable[ReferenceEntry]) -> None:
        self.entries = [e for e in entries if e.kind == "person"]
        self._by_country: dict[tuple[str, str], set[int]] = defaultdict(set)
        self._by_key: dict[str, set[int]] = defaultdict(set)
        self.forms: dict[str, tuple[_NameForm, ...]] = {}
        for i, entry in enumerate(self.entries):
            countries = entry.countries or {""}
            forms = self.forms[entry.id] = tuple(_NameForm.of(n) for n in entry.names)
            for form in forms:
                for key in _keys(form):
                    self._by_key[key].add(i)
                    for country in countries:
                        self._by_country[(country, key)].add(i)

    def __len__(self) -> int:
        return len(self.entries)

    def candidates(self, forms: Iterable[_NameForm], countries: frozenset[str]) -> list[ReferenceEntry]:
        """The entries sharing a name key with the name forms (and a country, when ``countries`` has one)."""
        found: set[int] = set()
        profile_countries = countries
        for form in forms:
            for key in _keys(form):
                if profile_countries:
                    for country in (*profile_countries, ""):
                        found |= self._by_country.get((country, key), set())
                else:
                    found |= self._by_key.get(key, set())
        return [self.entries[i] for i in sorted(found)]


def _usable_forms(names: Sequence[str]) -> list[_NameForm]:
    """The name forms worth comparing: the multi-word ones when there are any."""
    forms = [_NameForm.of(n) for n in sorted(set(names))]
    full = [f for f in forms if len(f.tokens) > 1]
    return full or [f for f in forms if f.tokens]


def _score(
    profile: PersonProfile, forms: Sequence[_NameForm], entry: ReferenceEntry, entry_forms: Sequence[_NameForm]
) -> Link | None:
    best: tuple[float, str, str, str] | None = None
    for form in forms:
        for ref_form in entry_forms:
            match = _match(form, ref_form)
            if match is None:
                continue
            key = (NAME_MATCHES[match], match, form.text, ref_form.text)
            if best is None or key[0] > best[0]:
                best = key
    if best is None:
        return None
    name_score, match, name, ref_name = best
    shared = profile.countries & entry.countries
    if profile.countries and entry.countries and not shared:
        return None
    country_factor = 1.0 if shared else COUNTRY_UNKNOWN
    fit = _post_fit(profile, entry)
    if match == "surname only" and not (shared and fit.label == "post and date"):
        return None
    confidence = round(name_score * country_factor * fit.factor, 3)
    return Link(
        node=profile.node,
        entry=entry,
        confidence=confidence,
        name=name,
        reference_name=ref_name,
        name_match=match,
        country=min(shared) if shared else None,
        post=fit.post,
        reference_post=fit.reference_post,
        date=fit.date,
        fit=fit.label,
    )


def link_profiles(
    profiles: Iterable[PersonProfile],
    references: Iterable[ReferenceEntry] | ReferenceIndex,
    *,
    min_confidence: float = 0.6,
    margin: float = 0.05,
) -> LinkReport:
    """Link person profiles to reference entries (no store involved): at most one entry per list each.

    A profile is linked to its best entry of a list when the confidence reaches ``min_confidence`` and no other
    entry of that list is within ``margin`` of it (those are reported in :attr:`LinkReport.ambiguous`).
    """
    index = references if isinstance(references, ReferenceIndex) else ReferenceIndex(references)
    report = LinkReport(entries=len(index))
    for profile in sorted(profiles, key=lambda p: p.node):
        report.persons += 1
        by_source: dict[str, list[Link]] = defaultdict(list)
        forms = _usable_forms(profile.names)
        for entry in index.candidates(forms, profile.countries):
            scored = _score(profile, forms, entry, index.forms[entry.id])
            if scored is not None:
                by_source[entry.source].append(scored)
        for source in sorted(by_source):
            ranked = sorted(by_source[source], key=lambda x: (-x.confidence, x.entry.id))
            top = ranked[0]
            if top.confidence < min_confidence:
                report.below_threshold += 1
                continue
            rivals = [x for x in ranked[1:] if x.confidence >= top.confidence - margin - 1e-9]
            if rivals:
                report.ambiguous.append(
                    Ambiguity(
                        profile.node,
                        top.name,
                        tuple((x.entry.id, x.confidence) for x in (top, *rivals)),
                    )
                )
                continue
            report.links.append(top)
    return report


# -- the graph -----------------------------------------------------------------------------------------------
def entry_iri(entry: ReferenceEntry) -> URIRef:
    """The IRI that stands for a reference entry: its own (a Wikidata entity) or one under ``id:ref/``.

    >>> str(entry_iri(ReferenceEntry("SYR/WALID_AL-MUALLIM", "Walid al-Muallim", source="countryinfo")))
    'https://w3id.org/officialdom/id/ref/countryinfo/SYR/WALID_AL-MUALLIM'
    """
    if entry.uri and is_web_iri(entry.uri):
        return URIRef(entry.uri)  # a malformed one (spaces, quotes, brackets) is never pasted into an IRI
    source = quote(entry.source, safe="", errors="replace")
    return ID[f"ref/{source}/{quote(entry.id, safe='/-._~', errors='replace')}"]


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def link_quads(report: LinkReport) -> list[Quad]:
    """The quads of the links graph for a report: sameAs and identifier on the linked nodes, the entries, and
    one ``od:Link`` node per link with its evidence and confidence."""
    quads: set[Quad] = set()
    g = LINKS_GRAPH

    def add(s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        quads.add((s, p, o, g))

    for item in report.links:
        node = URIRef(item.node)
        entry = entry_iri(item.entry)
        add(node, SCHEMA.sameAs, entry)
        add(node, SCHEMA.identifier, Literal(item.entry.id))
        add(entry, RDF.type, OD.ReferenceEntry)
        add(entry, SCHEMA.name, Literal(item.entry.name))
        add(entry, SCHEMA.identifier, Literal(item.entry.id))
        add(entry, OD.referenceList, Literal(item.entry.source))
        link_node = ID[f"link/{_digest(item.node, str(entry))}"]
        add(link_node, RDF.type, OD.Link)
        add(link_node, OD.linkedEntity, node)
        add(link_node, OD.referenceEntry, entry)
        add(link_node, OD.matchedName, Literal(item.name))
        add(link_node, OD.referenceName, Literal(item.reference_name))
        add(link_node, OD.nameMatch, Literal(item.name_match))
        if item.country:
            add(link_node, OD.matchedCountry, ID[f"country/{item.country.upper()}"])
        if item.post:
            add(link_node, OD.matchedPost, Literal(item.post))
        if item.reference_post:
            add(link_node, OD.referencePost, Literal(item.reference_post))
        if item.date:
            add(link_node, OD.inOfficeOn, Literal(item.date.isoformat(), datatype=XSD.date))
        add(link_node, OD.linkReason, Literal(item.reason))
        add(link_node, OD.confidence, decimal_literal(item.confidence))
        add(link_node, OD.rule, Literal(LINK_RULE))
    return sorted(quads, key=lambda q: (str(q[0]), str(q[1]), q[2].n3()))


_PROFILE_QUERIES = {
    # Simple DISTINCT patterns joined in Python: a union of named graphs repeats a triple once per graph that
    # holds it (a country's ISO code is in every article that names the country), so joins in SPARQL multiply.
    "names": "SELECT DISTINCT ?p ?v WHERE { ?p a schema:Person . { ?p schema:name ?v } UNION { ?p schema:alternateName ?v } }",
    "nationality": "SELECT DISTINCT ?p ?c WHERE { ?p a schema:Person ; schema:nationality ?c }",
    "codes": "SELECT DISTINCT ?c ?v WHERE { ?c od:isoCode ?v }",
    "articles": "SELECT DISTINCT ?p ?a WHERE { ?p a schema:Person ; prov:wasDerivedFrom ?a }",
    "published": "SELECT DISTINCT ?a ?v WHERE { ?a a schema:NewsArticle ; schema:datePublished ?v }",
    "tenures": """SELECT DISTINCT ?t ?p ?post ?date ?former WHERE { ?t a org:Membership ; org:member ?p ; od:post ?post .
        OPTIONAL { ?t od:attestedOn ?date } OPTIONAL { ?t od:former ?former } }""",
    "post_labels": "SELECT DISTINCT ?post ?v WHERE { ?post a org:Post ; skos:prefLabel ?v }",
    "post_countries": "SELECT DISTINCT ?post ?c WHERE { ?post a org:Post ; od:country ?c }",
}


def _as_date(term: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(term)[:10]) if term is not None else None
    except ValueError:
        return None


def person_profiles(store: Store) -> list[PersonProfile]:
    """Profiles of the persons of a store, one per canonical node (see the module docstring)."""
    canonical: dict[str, str] = {}
    found = store.query(f"SELECT ?p ?c WHERE {{ GRAPH {RESOLUTION_GRAPH.n3()} {{ ?p od:canonical ?c }} }}")
    for member, root_node in found.rows:
        if member is not None and root_node is not None:
            canonical[str(member)] = str(root_node)
    names: dict[str, set[str]] = defaultdict(set)
    countries: dict[str, set[str]] = defaultdict(set)
    dates: dict[str, set[dt.date]] = defaultdict(set)
    posts: dict[str, set[PostSighting]] = defaultdict(set)
    members: dict[str, set[str]] = defaultdict(set)

    def canon(node: object) -> str:
        key = str(node)
        root = canonical.get(key, key)
        members[root].add(key)
        return root

    def pairs(name: str) -> list[tuple[str, Any]]:
        return [(str(a), b) for a, b in store.query(_PROFILE_QUERIES[name]).rows if a is not None and b is not None]

    codes = {c: str(v).upper() for c, v in pairs("codes")}
    for p, v in pairs("names"):
        names[canon(p)].add(str(v))
    for p, c in pairs("nationality"):
        if str(c) in codes:
            countries[canon(p)].add(codes[str(c)])
    published = {a: day for a, v in pairs("published") if (day := _as_date(v)) is not None}
    for p, a in pairs("articles"):
        if str(a) in published:
            dates[canon(p)].add(published[str(a)])
    labels: dict[str, str] = {}
    for post, v in pairs("post_labels"):
        labels.setdefault(post, str(v))
    post_country = {post: codes[str(c)] for post, c in pairs("post_countries") if str(c) in codes}
    for _tenure, person_node, post_node, date, former in store.query(_PROFILE_QUERIES["tenures"]).rows:
        if person_node is None or post_node is None:
            continue
        country = post_country.get(str(post_node))
        root = canon(person_node)
        if country:
            countries[root].add(country)
        posts[root].add(
            PostSighting(
                labels.get(str(post_node)),
                country,
                _as_date(date),
                former is not None and str(former).lower() in ("true", "1"),
            )
        )
    return [
        PersonProfile(
            node=node,
            names=tuple(sorted(forms)),
            countries=frozenset(countries[node]),
            posts=tuple(sorted(posts[node], key=lambda s: (s.post or "", s.country or "", str(s.date), s.former))),
            dates=tuple(sorted(dates[node])),
            members=tuple(sorted(members[node])),
        )
        for node, forms in sorted(names.items())
    ]


def link(
    graph: KnowledgeGraph | Store,
    references: Iterable[ReferenceEntry] | ReferenceIndex,
    *,
    min_confidence: float = 0.6,
    margin: float = 0.05,
    write: bool = True,
) -> LinkReport:
    """Link the persons of a graph to reference entries and replace the links graph with the result.

    ``graph`` is a :class:`~officialdom.graph.kg.KnowledgeGraph` or a store. With ``write=False`` nothing is
    written (a dry run). Running it twice on the same graph and lists gives the same links graph.
    """
    from officialdom.graph.stores import Store

    store = graph if isinstance(graph, Store) else graph.store
    report = link_profiles(person_profiles(store), references, min_confidence=min_confidence, margin=margin)
    if write:
        store.replace_graph(LINKS_GRAPH, link_quads(report))
        store.flush()
    return report


# -- measuring -----------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LinkingCase:
    """One person of a linking test set: how a news article would name them, and the entry they are (or None
    when they are in no list, or when the answer is ambiguous by construction)."""

    name: str
    country: str | None
    post: str | None
    date: dt.date | None
    expected: str | None
    kind: str


@dataclass
class LinkingScore:
    """Precision and recall of linking on a test set, overall and per kind of case."""

    cases: int = 0
    positives: int = 0
    linked: int = 0
    correct: int = 0
    by_kind: dict[str, dict[str, int]] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Correct links over links made."""
        return self.correct / self.linked if self.linked else 1.0

    @property
    def recall(self) -> float:
        """Correct links over cases that have an answer."""
        return self.correct / self.positives if self.positives else 1.0

    def to_dict(self) -> dict[str, Any]:
        """JSON object of the score."""
        return {
            "cases": self.cases,
            "positives": self.positives,
            "linked": self.linked,
            "correct": self.correct,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "by_kind": self.by_kind,
            "errors": self.errors,
        }


_SPELLINGS = (
    ("mohammad", "muhammad"),
    ("mohammed", "mohamed"),
    ("muhammad", "mohammed"),
    ("ahmad", "ahmed"),
    ("hussein", "hussain"),
    ("hossein", "hussein"),
    ("hassan", "hasan"),
    ("youssef", "yusuf"),
    ("yusuf", "yousef"),
    ("abdullah", "abdallah"),
    ("mahmoud", "mahmud"),
    ("mustafa", "mostafa"),
    ("khalid", "khaled"),
    ("omar", "umar"),
    ("sergey", "sergei"),
    ("aleksandr", "alexander"),
    ("dmitry", "dmitri"),
    ("yuri", "yury"),
    ("ou", "u"),
    ("ee", "i"),
    ("ss", "s"),
    ("ll", "l"),
    ("ph", "f"),
    ("ie", "i"),
    ("y", "i"),
)
"""Spelling rewrites news agencies make (whole words first, then letter groups); written for the test set
independently of the name lists of :mod:`officialdom.names`."""


def _respell(name: str, rng: random.Random) -> str | None:
    words = name.split()
    order = list(range(len(words)))
    rng.shuffle(order)
    for i in order:
        low = words[i].lower()
        for a, b in _SPELLINGS:
            for x, y in ((a, b), (b, a)):
                if low == x or (len(x) < 4 and x in low and len(low) > 4):
                    new = y if low == x else low.replace(x, y, 1)
                    if new != low:
                        out = list(words)
                        out[i] = new[:1].upper() + new[1:] if words[i][:1].isupper() else new
                        return " ".join(out)
    return None


def _name_words(entry: ReferenceEntry) -> list[str]:
    return [w for w in entry.name.split() if fold(w) and fold(w) not in ("al", "el", "bin", "ibn", "de", "van")]


def _family(entry: ReferenceEntry) -> str:
    words = fold(entry.name).split()
    return words[-1] if words else ""


def _role_date(role: ReferenceRole) -> dt.date | None:
    if role.start and role.end:
        return role.start + (role.end - role.start) / 2
    if role.start:
        return role.start + dt.timedelta(days=45)
    if role.end:
        return role.end - dt.timedelta(days=45)
    return None


def linking_test_set(
    entries: Sequence[ReferenceEntry], *, size: int = 300, seed: int = 0, countries: Iterable[str] | None = None
) -> list[LinkingCase]:
    """A test set whose answers are known by construction, from a reference list's own entries.

    ``size`` entries with a dated post are drawn (seeded, so the set is the same every time). Each gives positive
    cases, their names rewritten as news does: the official form, a respelling (transliteration), the middle
    names dropped, given names as initials, family name first, and the name alone with no post. Hard negatives
    expect no link: the official name in another country, the family name with a given name of another initial,
    a name whose family name the country's list does not have, and a bare family name that several entries of
    the country share with a post none of them held. A bare family name with the post and date of the one entry
    of that name who held it is a hard positive. ``countries`` (ISO codes) limits the countries used (the ones the graph can name).
    """
    rng = random.Random(seed)
    allowed = set(countries) if countries is not None else None
    people = [
        e
        for e in entries
        if e.kind == "person"
        and e.country
        and (allowed is None or e.country in allowed)
        and len(_name_words(e)) >= 2
        and any(r.post and _role_date(r) for r in e.roles)
    ]
    people.sort(key=lambda e: e.id)
    by_country: dict[str, list[ReferenceEntry]] = defaultdict(list)
    for e in entries:
        if e.kind == "person" and e.country:
            by_country[e.country].append(e)
    surnames: dict[str, set[str]] = {
        country: {fold(n).split()[-1] for x in items for n in x.names if fold(n)}
        for country, items in by_country.items()
    }
    pool = sorted(by_country)
    chosen = rng.sample(people, min(size, len(people)))
    cases: list[LinkingCase] = []
    for e in chosen:
        assert e.country is not None
        role = rng.choice([r for r in e.roles if r.post and _role_date(r)])
        day = _role_date(role)
        words = _name_words(e)
        given, family = words[:-1], words[-1]

        def case(
            name: str,
            kind: str,
            *,
            post: str | None = role.post,
            expected: str | None = e.id,
            country: str | None = e.country,
            day: dt.date | None = day,
        ) -> None:
            cases.append(LinkingCase(name, country, post, day, expected, kind))

        case(e.name, "official name")
        respelt = _respell(e.name, rng)
        if respelt and fold(respelt) != fold(e.name):
            case(respelt, "respelt")
        if len(words) >= 3:
            case(f"{words[0]} {family}", "middle names dropped")
        case(" ".join(f"{w[0].upper()}." for w in given) + f" {family}", "initials")
        case(f"{family} {' '.join(given)}", "family name first")
        cases.append(LinkingCase(e.name, None, None, day, e.id, "name only"))
        # hard negatives
        other = rng.choice([c for c in pool if c != e.country])
        cases.append(LinkingCase(e.name, other, role.post, day, None, "same name, other country"))
        initials = {fold(w)[:1] for x in by_country[e.country] for n in x.names for w in n.split()[:1]}
        fresh = [
            w
            for x in by_country[rng.choice(pool)]
            for w in x.name.split()[:1]
            if len(w) > 2 and fold(w)[:1] not in initials and fold(w).isalpha()
        ]
        if fresh:
            case(f"{rng.choice(fresh)} {family}", "other given name", expected=None)
        strangers = [
            x.name.split()[-1]
            for x in by_country[rng.choice(pool)]
            if fold(x.name.split()[-1]) not in surnames[e.country] and len(fold(x.name.split()[-1])) > 3
        ]
        if strangers:
            case(f"{words[0]} {rng.choice(strangers)}", "not in the list", expected=None)
        namesakes = [x for x in by_country[e.country] if x.id != e.id and _family(x) == fold(family)]
        if namesakes and day is not None:
            held = {r.post for x in (e, *namesakes) for r in x.roles}
            others = sorted({r.post for x in by_country[e.country] for r in x.roles if r.post} - held - {None})
            if rng.random() < 0.5 and others:
                case(family, "family name alone, post nobody of that name held", post=rng.choice(others), expected=None)
            elif not any(r.post == role.post and r.covers(day) for x in namesakes for r in x.roles):
                # the post and the date tell the namesakes apart: none of them held this post then
                case(family, "family name alone, post decides")
    seen: set[tuple[str, str | None]] = set()
    unique = []
    for c in cases:
        key = (fold(c.name), c.country)
        if key not in seen:
            seen.add(key)
            unique.append(c)
    return unique


def linking_records(cases: Sequence[LinkingCase], country_names: Mapping[str, str]) -> list[ArticleExtraction]:
    """One article record per case: a person with the case's name and post in the case's country, dated."""
    from officialdom.model import Article, ArticleExtraction, Evidence, Person, Place, Tenure

    records = []
    for i, c in enumerate(cases):
        country = country_names.get(c.country) if c.country else None
        text = f"{c.post or 'Official'} {c.name} spoke."
        evidence = Evidence(text, 0, len(text), "linking-test-set", 1.0)
        titles: tuple[Tenure, ...] = ()
        if c.post and country:
            titles = (
                Tenure(c.post, c.post, c.post.split()[0].lower(), country, None, None, evidence, attested_on=c.date),
            )
        entities: list[Any] = [Person(id=f"person:{i}", name=c.name, titles=titles)]
        if country and c.country:
            entities.append(Place(id=f"country:{c.country.lower()}", name=country, kind="country", code=c.country))
        article = Article(id=f"linking-case-{i:05d}", text=text, date=c.date)
        records.append(ArticleExtraction(article=article, entities=tuple(entities)))
    return records


def measure_linking(
    references: Sequence[ReferenceEntry],
    cases: Sequence[LinkingCase],
    *,
    store: str = "oxigraph:",
    min_confidence: float = 0.6,
    margin: float = 0.05,
) -> LinkingScore:
    """Precision and recall of :func:`link` on a test set: the cases become article graphs in a fresh store,
    the store is linked to ``references``, and each case's person is looked up in the links graph."""
    from officialdom.extract.lexicon import Lexicon
    from officialdom.graph.kg import KnowledgeGraph
    from officialdom.graph.rdf import person_iri

    lex = Lexicon.load()
    names = {code: info.name for code, info in lex.countries.items()}
    usable: list[LinkingCase] = []
    nodes: dict[str, LinkingCase] = {}
    for c in cases:
        if c.country is not None and c.country not in names:
            continue
        node = str(person_iri(c.name, c.country if c.post else None))
        if node not in nodes:  # two spellings with one IRI: the first case stands
            nodes[node] = c
            usable.append(c)
    kg = KnowledgeGraph(store)
    try:
        kg.add_all(linking_records(usable, names))
        report = link(kg, references, min_confidence=min_confidence, margin=margin)
    finally:
        kg.close()
    linked: dict[str, Link] = {}
    for item in report.links:
        linked[item.node] = item
    score = LinkingScore()
    for node, c in nodes.items():
        got = linked.get(node)
        kind = score.by_kind.setdefault(c.kind, {"cases": 0, "linked": 0, "correct": 0})
        score.cases += 1
        kind["cases"] += 1
        if c.expected is not None:
            score.positives += 1
        if got is None:
            continue
        score.linked += 1
        kind["linked"] += 1
        if got.entry.id == c.expected:
            score.correct += 1
            kind["correct"] += 1
        else:
            score.errors.append(
                {"case": c.name, "country": c.country, "kind": c.kind, "expected": c.expected, "got": got.entry.id}
            )
    return score
