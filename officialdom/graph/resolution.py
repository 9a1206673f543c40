"""One entity per real person and one event per real event, across articles.

Article graphs stay as extracted; this module derives the named graph :data:`RESOLUTION_GRAPH` from them:

* every person node gets ``od:canonical`` pointing at the node that stands for the same real person in every
  article (name variants, transliterations, initials, word order merged; people of different countries or
  with different given names kept apart), and every merge is an ``od:Merge`` node that says why;
* every event node gets ``od:canonical``: the same meeting reported by several outlets (same type, same
  people, dates within a day, same place or none) is one event, with ``od:sourceCount`` reports;
* every post a person was seen holding becomes an ``od:PostHolding`` with its first and last attestation
  dates and, when another person held the same post later, ``od:succeededBy``.

The result depends only on the article graphs, never on the order they arrived in: decisions are made on
pairs, joined transitively, and each group is named by its smallest IRI.

:func:`resolve` builds the graph from scratch; :func:`update` brings it up to date after a few articles changed,
re-deciding only the people, events and posts the change can affect (the graph keeps what that needs: each
person node's compared record, blocking keys, group before the split by country and ambiguity, each event's
key). Adding one article to a large store thus costs about what it costs on an empty one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from rdflib import Literal, URIRef

from officialdom.graph.rdf import RESOLUTION_GRAPH, Quad
from officialdom.graph.vocab import ID, OD, RDF, XSD
from officialdom.names import fold, name_tokens, names_compatible, skeleton, surname_key

if TYPE_CHECKING:
    from officialdom.graph.kg import KnowledgeGraph

__all__ = [
    "PersonRecord",
    "ResolutionReport",
    "Touched",
    "mark_stale",
    "resolve",
    "same_person",
    "state",
    "touched_by",
    "update",
]


@dataclass
class PersonRecord:
    """What the article graphs say of one person node."""

    iri: str
    names: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    posts: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        """The fullest name."""
        return max(sorted(self.names), key=lambda n: len(name_tokens(n))) if self.names else ""


@dataclass
class ResolutionReport:
    """What resolution did: nodes before and after, merges with their reasons."""

    persons: int = 0
    people: int = 0
    merges: list[tuple[str, str, str]] = field(default_factory=list)
    events: int = 0
    distinct_events: int = 0
    holdings: int = 0
    incremental: bool = False
    """True when only what changed was re-decided: the counts are then of the nodes re-decided."""

    def to_dict(self) -> dict[str, int]:
        """Counts."""
        return {
            "person_nodes": self.persons,
            "people": self.people,
            "merges": len(self.merges),
            "event_nodes": self.events,
            "distinct_events": self.distinct_events,
            "duplicate_events_folded": self.events - self.distinct_events,
            "post_holdings": self.holdings,
        }


def same_person(a: PersonRecord, b: PersonRecord) -> str | None:
    """Why two person nodes are one person, or None when they are not (or cannot be told apart safely).

    >>> x = PersonRecord("p1", {"Mohammad Ibrahim al-Rashid"}, {"SY"}, {"Minister"})
    >>> y = PersonRecord("p2", {"Mohammed al-Rasheed", "Rashid"}, {"SY"}, {"Minister"})
    >>> print(same_person(x, y))
    names compatible (Mohammad Ibrahim al-Rashid ~ Mohammed al-Rasheed), same country SY
    >>> same_person(x, PersonRecord("p3", {"Mohammed al-Rashid"}, {"IQ"}, {"Minister"})) is None
    True
    """
    if a.countries and b.countries and not (a.countries & b.countries):
        return None
    na, nb = a.name, b.name
    if not names_compatible(na, nb):
        return None
    ta, tb = name_tokens(na), name_tokens(nb)
    short = min(len(ta), len(tb))
    shared_country = sorted(a.countries & b.countries)
    if short == 1:
        # a one-word name says little: the same country and the same kind of post are needed
        if not shared_country or not (a.roles & b.roles):
            return None
        return f"surname {na} ~ {nb}, same country {shared_country[0]} and role {sorted(a.roles & b.roles)[0]}"
    if not shared_country and not (a.roles & b.roles) and sorted(ta) != sorted(tb):
        return None  # nothing but a partial name in common
    reason = f"names compatible ({na} ~ {nb})"
    if shared_country:
        reason += f", same country {shared_country[0]}"
    elif a.roles & b.roles:
        reason += f", same role {sorted(a.roles & b.roles)[0]}"
    return reason


def _conflict(a: PersonRecord, b: PersonRecord) -> bool:
    """True when two records are surely two people: different countries, or different given names."""
    if a.countries and b.countries and not (a.countries & b.countries):
        return True
    ta, tb = name_tokens(a.name), name_tokens(b.name)
    if len(ta) < 2 or len(tb) < 2 or sorted(ta) == sorted(tb):
        return False
    first_a, first_b = ta[0], tb[0]
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] != first_b[0]
    return not names_compatible(first_a, first_b) and first_a not in tb and first_b not in ta


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            low, high = sorted((ra, rb))
            self.parent[high] = low


def _values(var: str, items: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ " + " ".join(URIRef(x).n3() for x in items) + " }"


def _persons(
    kg: KnowledgeGraph, only: Iterable[str] | None = None, graphs: Iterable[str] | None = None
) -> dict[str, PersonRecord]:
    """The person records of the article graphs: all of them, or of the nodes ``only``; what all the article
    graphs say, or only the ``graphs``."""
    records: dict[str, PersonRecord] = {}
    nodes = None if only is None else sorted(set(only))
    # the graphs as constants, one query each: Oxigraph does not narrow GRAPH ?g by a VALUES block on ?g
    places = ["?g"] if graphs is None else [URIRef(x).n3() for x in sorted(set(graphs))]
    # a person is one with a name in an article graph; its posts are those it holds in such a graph. Oxigraph
    # plans the cases differently: over every node, an OPTIONAL block for the posts is fast and posts inside
    # the GRAPH block are very slow; for a few nodes (VALUES) it is the other way round.
    named = "?p a schema:Person ; schema:name|schema:alternateName ?name ; prov:wasDerivedFrom ?a ."
    for place in places:
        for chunk in [None] if nodes is None else _chunks(nodes):
            values = "" if chunk is None else _values("p", chunk)
            rows: list[tuple[str | None, ...]]
            if chunk is None and place == "?g":
                rows = kg.store.query_strings(
                    f"""SELECT ?p ?name ?article ?post ?role ?iso WHERE {{
                          GRAPH ?g {{ {named} }} ?a od:articleId ?article .
                          OPTIONAL {{ GRAPH ?g {{ ?p org:holds ?post . ?post org:role/skos:prefLabel ?role .
                                                OPTIONAL {{ ?post od:country/od:isoCode ?iso }} }} }} }}"""
                )
            else:
                named_in = kg.store.query_strings(
                    f"""SELECT ?p ?name ?article ({place} AS ?graph) WHERE {{ {values}
                          GRAPH {place} {{ {named} }} ?a od:articleId ?article . }}"""
                )
                rows = [(p, name, article, None, None, None) for p, name, article, _ in named_in]
                where = {(p, graph) for p, _, _, graph in named_in}
                rows += [
                    (p, None, None, post, role, iso)
                    for p, post, role, iso, graph in kg.store.query_strings(
                        f"""SELECT ?p ?post ?role ?iso ({place} AS ?graph) WHERE {{ {values}
                              GRAPH {place} {{ ?p org:holds ?post ; a schema:Person ; prov:wasDerivedFrom ?a .
                                               ?post org:role/skos:prefLabel ?role .
                                               OPTIONAL {{ ?post od:country/od:isoCode ?iso }} }}
                              ?a od:articleId ?article . }}"""
                    )
                    if (p, graph) in where
                ]
            for p, name, article, post, role, iso in rows:
                rec = records.setdefault(str(p), PersonRecord(str(p)))
                if name is not None:
                    rec.names.add(str(name))
                    rec.articles.add(str(article))
                if role is not None:
                    rec.roles.add(fold(str(role)))
                    rec.posts.add(str(post))
                    if iso is not None:
                        rec.countries.add(str(iso))
            nationality = kg.store.query_strings(
                f"SELECT ?p ?iso WHERE {{ {values} GRAPH {place} {{ ?p a schema:Person ; schema:nationality ?c }} "
                "?c od:isoCode ?iso }"
            )
            for p, iso in nationality:
                if str(p) in records:
                    records[str(p)].countries.add(str(iso))
    return records


def _chunks(items: list[str], size: int = 1000) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _keys(rec: PersonRecord) -> set[str]:
    """The blocking keys of a record: only records sharing a key are compared."""
    keys = {surname_key(n) for n in rec.names if surname_key(n)}
    tokens = name_tokens(rec.name)
    if tokens:
        keys.add(f"first:{tokens[0]}")
        keys.add(skeleton(tokens[0]))  # names written family name first
    return keys


def _stored_keys(rec: PersonRecord) -> set[str]:
    """The keys kept in the resolution graph: each blocking key alone, and with each of the record's countries
    (``key|SY``, or ``key|-`` without one), so that an update looks up only the nodes of the same country or of
    none (records of two different countries are never one person)."""
    keys = _keys(rec)
    return keys | {f"{key}|{country}" for key in keys for country in rec.countries or ["-"]}


def _candidate_keys(rec: PersonRecord, keys: set[str]) -> set[str]:
    """The stored keys under which the nodes that may be the same person as ``rec`` are found."""
    plain = {key for key in keys if "|" not in key}
    if not rec.countries:
        return plain
    return {f"{key}|{country}" for key in plain for country in [*rec.countries, "-"]}


def _summary(rec: PersonRecord) -> str:
    """What resolution compares of a record, as the JSON literal kept in the resolution graph."""
    return json.dumps([sorted(rec.names), sorted(rec.countries), sorted(rec.roles)], ensure_ascii=False)


def _from_summary(iri: str, text: str) -> PersonRecord:
    names, countries, roles = json.loads(text)
    return PersonRecord(iri, set(names), set(countries), set(roles))


def _is_ambiguous(
    neighbours: Iterable[str], linked: Callable[[str, str], bool], conflict: Callable[[str, str], bool]
) -> bool:
    """A name that fits two people who are not one: two neighbours, not linked, surely different."""
    ordered = sorted(neighbours)
    return any(not linked(x, y) and conflict(x, y) for i, x in enumerate(ordered) for y in ordered[i + 1 :])


@dataclass
class _Groups:
    """People groups of a set of nodes: ``cluster`` before the split by country, ``canonical`` after."""

    cluster: dict[str, str]
    canonical: dict[str, str]
    merges: list[tuple[str, str, str]]


def _group(
    nodes: Iterable[str], records: dict[str, PersonRecord], reasons: dict[tuple[str, str], str], ambiguous: set[str]
) -> _Groups:
    """Join linked nodes that are not ambiguous, then split groups that mix countries."""
    uf = _UnionFind()
    merges: list[tuple[str, str, str]] = []
    nodes = sorted(nodes)
    for node in nodes:
        uf.find(node)
    for (a, b), reason in sorted(reasons.items()):
        if a in ambiguous or b in ambiguous:
            continue
        uf.union(a, b)
        merges.append((a, b, reason))
    cluster = {node: uf.find(node) for node in nodes}
    # a group must not join people of different countries through a third without one
    groups: dict[str, list[str]] = defaultdict(list)
    for node in nodes:
        groups[cluster[node]].append(node)
    for members in groups.values():
        countries = {c for m in members for c in records[m].countries}
        if len(countries) > 1:
            _split_by_country(members, records, uf, merges)
    return _Groups(cluster, {node: uf.find(node) for node in nodes}, merges)


def _person_groups(records: dict[str, PersonRecord]) -> tuple[_Groups, set[str]]:
    blocks: dict[str, list[str]] = defaultdict(list)
    for iri, rec in records.items():
        for key in _keys(rec):
            blocks[key].append(iri)
    seen: set[tuple[str, str]] = set()
    links: dict[str, set[str]] = defaultdict(set)
    reasons: dict[tuple[str, str], str] = {}
    for members in blocks.values():
        members = sorted(set(members))
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if (a, b) in seen:
                    continue
                seen.add((a, b))
                reason = same_person(records[a], records[b])
                if reason is not None:
                    links[a].add(b)
                    links[b].add(a)
                    reasons[(a, b)] = reason
    # a name that fits two people who are not one ("A. Rahman" for Ahmad and Amara Rahman) joins neither
    ambiguous = {
        node
        for node, neighbours in links.items()
        if _is_ambiguous(neighbours, lambda x, y: y in links[x], lambda x, y: _conflict(records[x], records[y]))
    }
    return _group(records, records, reasons, ambiguous), ambiguous


def _split_by_country(
    members: list[str], records: dict[str, PersonRecord], uf: _UnionFind, merges: list[tuple[str, str, str]]
) -> None:
    """Rebuild a group that mixes countries: join only pairs whose countries fit, nodes without a country
    going with the country their names fit best (or staying alone when several fit)."""
    for m in members:
        uf.parent[m] = m
    with_country = [m for m in sorted(members) if records[m].countries]
    without = [m for m in sorted(members) if not records[m].countries]
    for i, a in enumerate(with_country):
        for b in with_country[i + 1 :]:
            if records[a].countries & records[b].countries and same_person(records[a], records[b]):
                uf.union(a, b)
    for m in without:
        fits = {uf.find(x) for x in with_country if same_person(records[m], records[x])}
        if len(fits) == 1:
            uf.union(m, next(iter(fits)))
    inside = set(members)
    merges[:] = [(a, b, r) for a, b, r in merges if not (a in inside and b in inside) or uf.find(a) == uf.find(b)]


def _event_info(
    kg: KnowledgeGraph, canonical: Callable[[str], str], only: Iterable[str] | None = None
) -> dict[str, dict[str, Any]]:
    """Type, status, date, place, publication date and people (canonical) of the event nodes (or of ``only``)."""
    nodes = None if only is None else sorted(set(only))
    info: dict[str, dict[str, Any]] = {}
    for chunk in [None] if nodes is None else _chunks(nodes):
        values = "" if chunk is None else _values("e", chunk)
        rows = kg.store.query_strings(
            f"""SELECT ?e ?class ?status ?date ?place ?published ?actor WHERE {{ {values}
                 GRAPH ?g {{ ?e a ?class ; od:status ?status ; prov:wasDerivedFrom ?a .
                            OPTIONAL {{ ?e sem:hasTimeStamp ?date }} OPTIONAL {{ ?e sem:hasPlace ?place }}
                            OPTIONAL {{ ?e sem:hasActor ?actor }} }}
                 ?class rdfs:subClassOf sem:Event .
                 OPTIONAL {{ ?a schema:datePublished ?published }}
               }}"""
        )
        for row in rows:
            e, cls, status, date, place, published, actor = (None if t is None else str(t) for t in row)
            assert e is not None
            entry = info.setdefault(
                e,
                {
                    "class": str(cls),
                    "status": str(status),
                    "date": None,
                    "place": None,
                    "published": None,
                    "actors": set(),
                },
            )
            if date is not None:
                entry["date"] = _date(date)
            if place is not None:
                entry["place"] = str(place)
            if published is not None:
                entry["published"] = _date(published)
            if actor is not None:
                entry["actors"].add(actor)
    for entry in info.values():
        entry["actors"] = {canonical(a) for a in entry["actors"]}
    return info


def _map_actors(info: dict[str, dict[str, Any]], mapping: dict[str, str]) -> None:
    for entry in info.values():
        entry["actors"] = {mapping.get(a, a) for a in entry["actors"]}


def _event_key(entry: dict[str, Any]) -> str | None:
    """Events are compared only within one key: the same type, status and people (None: no people)."""
    if not entry["actors"]:
        return None
    text = "|".join([entry["class"], entry["status"], *sorted(entry["actors"])])
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


def _event_groups(info: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """Groups of event nodes that report one event, by their smallest node."""
    by_key: dict[str, list[str]] = defaultdict(list)
    for e, entry in info.items():
        key = _event_key(entry)
        if key is not None:
            by_key[key].append(e)
    uf = _UnionFind()
    for members in by_key.values():
        members = sorted(members)
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if _same_event(info[a], info[b]):
                    uf.union(a, b)
    groups: dict[str, list[str]] = defaultdict(list)
    for e in sorted(info):
        groups[uf.find(e)].append(e)
    return groups


def _event_quads(info: dict[str, dict[str, Any]], groups: dict[str, list[str]]) -> list[Quad]:
    g = RESOLUTION_GRAPH
    quads: list[Quad] = []
    for root, group in groups.items():
        for e in group:
            quads.append((URIRef(e), OD.canonical, URIRef(root), g))
            key = _event_key(info[e])
            if key is not None:
                quads.append((URIRef(e), OD.eventKey, Literal(key), g))
        quads.append((URIRef(root), OD.sourceCount, Literal(len(group)), g))
    return quads


def _date(term: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(term)[:10])
    except ValueError:
        return None


def _same_event(a: dict[str, object], b: dict[str, object]) -> bool:
    da = a["date"] or a["published"]
    db = b["date"] or b["published"]
    if isinstance(da, dt.date) and isinstance(db, dt.date) and abs((da - db).days) > 1:
        return False
    if a["date"] is None and b["date"] is None and not (isinstance(da, dt.date) and isinstance(db, dt.date)):
        return False
    return not (a["place"] and b["place"] and a["place"] != b["place"])


def _holdings(kg: KnowledgeGraph, canonical: Callable[[str], str], posts: Iterable[str] | None = None) -> list[Quad]:
    """Post holdings (of every post, or of ``posts``): each person's posts with first and last attestation, and
    who came next. A holder seen as "former" on a date precedes whoever is seen holding the post on that date."""
    wanted = None if posts is None else sorted(set(posts))
    rows: list[tuple[Any, ...]] = []
    for chunk in [None] if wanted is None else _chunks(wanted):
        values = "" if chunk is None else _values("post", chunk)
        rows += kg.store.query_strings(
            f"""SELECT ?person ?post ?date ?former WHERE {{ {values}
                 ?t a org:Membership ; org:member ?person ; od:post ?post ; od:attestedOn ?date .
                 OPTIONAL {{ ?t od:former ?former }}
               }}"""
        )
    spans: dict[tuple[str, str], list[dt.date]] = defaultdict(list)
    former: dict[tuple[str, str], list[dt.date]] = defaultdict(list)
    for row_person, row_post, row_date, row_was in rows:
        day = _date(row_date)
        if day is None:
            continue
        key = (str(row_post), canonical(str(row_person)))
        (former if row_was is not None and str(row_was).lower() == "true" else spans)[key].append(day)
    quads: list[Quad] = []
    g = RESOLUTION_GRAPH
    nodes: dict[tuple[str, str], URIRef] = {}
    by_post: dict[str, list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    for (post, person), days in sorted(spans.items()):
        node = ID[f"holding/{hashlib.sha1(f'{post}|{person}'.encode()).hexdigest()[:16]}"]
        nodes[(post, person)] = node
        first, last = min(days), max(days)
        quads += [
            (node, RDF.type, OD.PostHolding, g),
            (node, OD.post, URIRef(post), g),
            (node, OD.holder, URIRef(person), g),
            (node, OD.firstAttested, Literal(first.isoformat(), datatype=XSD.date), g),
            (node, OD.lastAttested, Literal(last.isoformat(), datatype=XSD.date), g),
            (node, OD.attestations, Literal(len(days)), g),
        ]
        by_post[post].append((first, last, person))
    for post, holders in by_post.items():
        holders.sort()
        for a, b in itertools.pairwise(holders):
            if a[2] != b[2] and b[0] > a[1]:
                quads.append((nodes[(post, a[2])], OD.succeededBy, nodes[(post, b[2])], g))
    for (post, person), days in sorted(former.items()):
        if (post, person) in nodes:
            continue
        node = ID[f"holding/{hashlib.sha1(f'{post}|{person}|former'.encode()).hexdigest()[:16]}"]
        quads += [
            (node, RDF.type, OD.PostHolding, g),
            (node, OD.post, URIRef(post), g),
            (node, OD.holder, URIRef(person), g),
            (node, OD.former, Literal(True), g),
        ]
        for first, last, holder in by_post.get(post, []):
            if holder != person and first <= max(days) <= last:
                quads.append((node, OD.succeededBy, nodes[(post, holder)], g))
    return quads


def _person_quads(
    nodes: Iterable[str], records: dict[str, PersonRecord], groups: _Groups, ambiguous: set[str]
) -> list[Quad]:
    """What the resolution graph says of ``nodes`` (whole groups): canonical node, the state kept for
    incremental updates, the canonical name of each group and its merges."""
    g = RESOLUTION_GRAPH
    quads: list[Quad] = []
    members: dict[str, list[str]] = defaultdict(list)
    for node in sorted(nodes):
        iri = URIRef(node)
        root = groups.canonical[node]
        members[root].append(node)
        quads += [
            (iri, OD.canonical, URIRef(root), g),
            (iri, OD.cluster, URIRef(groups.cluster[node]), g),
            (iri, OD.resolutionRecord, Literal(_summary(records[node])), g),
        ]
        quads += [(iri, OD.blockKey, Literal(key), g) for key in sorted(_stored_keys(records[node]))]
        if node in ambiguous:
            quads.append((iri, OD.ambiguous, Literal(True), g))
    for root, group in members.items():
        names: set[str] = set()
        for m in group:
            names |= records[m].names
        full = max(sorted(names), key=lambda n: len(name_tokens(n)))
        quads.append((URIRef(root), OD.canonicalName, Literal(full, lang="en"), g))
    for a, b, reason in sorted(groups.merges):
        if a in groups.canonical and groups.canonical[a] == groups.canonical.get(b):
            quads += _merge_quads(a, b, reason)
    return quads


def _merge_quads(a: str, b: str, reason: str) -> list[Quad]:
    g = RESOLUTION_GRAPH
    node = ID[f"merge/{hashlib.sha1(f'{a}|{b}'.encode()).hexdigest()[:16]}"]
    return [
        (node, RDF.type, OD.Merge, g),
        (node, OD.member, URIRef(a), g),
        (node, OD.member, URIRef(b), g),
        (node, OD.reason, Literal(reason), g),
    ]


def resolve(kg: KnowledgeGraph) -> ResolutionReport:
    """Recompute the resolution graph of ``kg`` from its article graphs; returns what was merged."""
    report = ResolutionReport()
    records = _persons(kg)
    report.persons = len(records)
    groups, ambiguous = _person_groups(records)
    canonical = groups.canonical
    report.people = len(set(canonical.values()))
    report.merges = [m for m in sorted(groups.merges) if canonical[m[0]] == canonical[m[1]]]
    g = RESOLUTION_GRAPH
    quads: list[Quad] = [(STATE, OD.resolutionFormat, Literal(FORMAT), g)]
    quads += _person_quads(records, records, groups, ambiguous)
    info = _event_info(kg, lambda node: canonical.get(node, node))
    event_groups = _event_groups(info)
    report.events = len(info)
    report.distinct_events = len(event_groups)
    quads += _event_quads(info, event_groups)
    holdings = _holdings(kg, lambda node: canonical.get(node, node))
    report.holdings = sum(1 for q in holdings if q[1] == RDF.type)
    quads += holdings
    kg.store.replace_graph(g, quads)
    return report


# -- incremental updates ------------------------------------------------------------------------------------------
STATE = URIRef("urn:x-officialdom:resolution")
"""The node of the resolution graph that says which layout it has (``od:resolutionFormat``) and whether article
graphs changed since it was last made right (``od:stale``)."""
FORMAT = 2
BOOKKEEPING = frozenset(
    str(p)
    for p in (OD.resolutionRecord, OD.blockKey, OD.cluster, OD.ambiguous, OD.eventKey, OD.resolutionFormat, OD.stale)
)
"""Predicates of the resolution graph that only serve its updates (network exports leave them out)."""


@dataclass
class Touched:
    """Nodes of the article graphs that changed: persons, events and posts (before and after the change)."""

    articles: set[str] = field(default_factory=set)
    persons: set[str] = field(default_factory=set)
    events: set[str] = field(default_factory=set)
    posts: set[str] = field(default_factory=set)
    recount: set[str] = field(default_factory=set)
    """Persons of graphs that were replaced or removed: their records are read again from every article graph
    (the others' records are what the resolution graph kept, with what the ``articles`` add)."""

    def update(self, other: Touched) -> None:
        """Add what ``other`` touched."""
        self.articles |= other.articles
        self.persons |= other.persons
        self.recount |= other.recount
        self.events |= other.events
        self.posts |= other.posts


def touched_by(kg: KnowledgeGraph, graphs: Iterable[URIRef], *, before_change: bool = False) -> Touched:
    """The persons, events and posts the article graphs ``graphs`` hold now: call it with ``before_change``
    before a graph is replaced or removed, and without after the graphs are written.

    >>> from officialdom.graph import KnowledgeGraph
    >>> touched_by(KnowledgeGraph(), [ID["graph/article/a"]]).articles
    {'https://w3id.org/officialdom/id/graph/article/a'}
    """
    names = sorted({str(x) for x in graphs})
    found = Touched(articles=set(names))
    for chunk in _chunks(names):
        rows = kg.store.query_strings(
            f"""SELECT DISTINCT ?x ?kind WHERE {{ {_values("g", chunk)}
                  {{ GRAPH ?g {{ ?x a schema:Person }} BIND("person" AS ?kind) }}
                  UNION {{ GRAPH ?g {{ ?x a ?c }} ?c rdfs:subClassOf sem:Event BIND("event" AS ?kind) }}
                  UNION {{ GRAPH ?g {{ ?t od:post ?x }} BIND("post" AS ?kind) }}
                }}"""
        )
        for x, kind in rows:
            {"person": found.persons, "event": found.events, "post": found.posts}[str(kind)].add(str(x))
    if before_change:
        found.recount = set(found.persons)
    return found


def state(kg: KnowledgeGraph) -> str:
    """``absent``, ``stale`` (article graphs changed after it was made), ``outdated`` (an older layout) or
    ``current``: whether the resolution graph can be updated incrementally."""
    g = RESOLUTION_GRAPH.n3()
    rows = kg.store.query(f"SELECT ?p ?o WHERE {{ GRAPH {g} {{ {STATE.n3()} ?p ?o }} }}").rows
    if not rows:
        return "absent" if not kg.store.has_graph(RESOLUTION_GRAPH) else "outdated"
    props = {str(p): o for p, o in rows}
    if str(OD.stale) in props:
        return "stale"
    if str(props.get(str(OD.resolutionFormat))) != str(FORMAT):
        return "outdated"
    return "current"


def mark_stale(kg: KnowledgeGraph) -> None:
    """Record, before article graphs change, that the resolution graph no longer matches them: a run killed
    before it updates the graph leaves the mark, and the next run rebuilds the graph in full."""
    kg.store.patch_graph(RESOLUTION_GRAPH, [], [(STATE, OD.stale, Literal(True), RESOLUTION_GRAPH)])


class _StoredPeople:
    """The resolution graph's state of person nodes, read as needed, and the records of the changed nodes."""

    def __init__(self, kg: KnowledgeGraph, fresh: dict[str, PersonRecord | None]) -> None:
        self.kg = kg
        self.fresh = fresh
        self.triples: dict[str, list[tuple[URIRef, Any]]] = {}
        self.old: dict[str, PersonRecord | None] = {}
        self.old_keys: dict[str, set[str]] = {}
        self.cluster: dict[str, str | None] = {}
        self.ambiguous: dict[str, bool] = {}
        self.canonical: dict[str, str | None] = {}
        self.by_key: dict[str, set[str]] = {}
        self._pairs: dict[tuple[str, str, bool], str | None] = {}
        self._fresh_keys: dict[str, set[str]] = {}

    def load(self, nodes: Iterable[str]) -> None:
        """Read everything the resolution graph says of ``nodes``."""
        todo = sorted(set(nodes) - set(self.triples))
        for node in todo:
            self.triples[node] = []
            self.old[node] = None
            self.old_keys[node] = set()
            self.cluster[node] = None
            self.ambiguous[node] = False
            self.canonical[node] = None
        g = RESOLUTION_GRAPH.n3()
        for chunk in _chunks(todo):
            rows = self.kg.store.query(f"SELECT ?p ?q ?o WHERE {{ {_values('p', chunk)} GRAPH {g} {{ ?p ?q ?o }} }}")
            for p, q, o in rows.rows:
                node = str(p)
                self.triples[node].append((q, o))  # type: ignore[arg-type]
                prop = str(q)
                if prop == str(OD.resolutionRecord):
                    self.old[node] = _from_summary(node, str(o))
                elif prop == str(OD.blockKey):
                    self.old_keys[node].add(str(o))
                elif prop == str(OD.cluster):
                    self.cluster[node] = str(o)
                elif prop == str(OD.ambiguous):
                    self.ambiguous[node] = str(o).lower() == "true"
                elif prop == str(OD.canonical):
                    self.canonical[node] = str(o)

    def load_records(self, nodes: Iterable[str]) -> None:
        """Read only the kept records of ``nodes`` (enough to compare them; :meth:`load` reads the rest)."""
        todo = sorted(n for n in set(nodes) if n not in self.old)
        g = RESOLUTION_GRAPH.n3()
        for node in todo:
            self.old[node] = None
        for chunk in _chunks(todo):
            rows = self.kg.store.query_strings(
                f"SELECT ?p ?r WHERE {{ {_values('p', chunk)} GRAPH {g} {{ ?p od:resolutionRecord ?r }} }}"
            )
            for p, r in rows:
                self.old[str(p)] = _from_summary(str(p), str(r))

    def record(self, node: str, new: bool) -> PersonRecord | None:
        if new and node in self.fresh:
            return self.fresh[node]
        self.load_records([node])
        return self.old[node]

    def keys(self, node: str, new: bool) -> set[str]:
        rec = self.record(node, new)
        if new and node in self.fresh:
            if node not in self._fresh_keys:
                self._fresh_keys[node] = _stored_keys(rec) if rec is not None else set()
            return self._fresh_keys[node]
        if rec is None:
            return set()
        self.load([node])
        return self.old_keys[node]

    def members(self, keys: Iterable[str], new: bool) -> set[str]:
        """The nodes with one of ``keys``, before (``new`` false) or after the change."""
        wanted = sorted(set(keys) - set(self.by_key))
        g = RESOLUTION_GRAPH.n3()
        for key in wanted:
            self.by_key[key] = set()
        for chunk in _chunks(wanted):
            values = "VALUES ?k { " + " ".join(Literal(k).n3() for k in chunk) + " }"
            for p, k in self.kg.store.query_strings(
                f"SELECT ?p ?k WHERE {{ {values} GRAPH {g} {{ ?p od:blockKey ?k }} }}"
            ):
                self.by_key[str(k)].add(str(p))
        found: set[str] = set()
        for key in set(keys):
            found |= self.by_key[key]
        if new:
            found -= set(self.fresh)
            found |= {node for node in self.fresh if self.keys(node, True) & set(keys)}
        return found

    def reason(self, a: str, b: str, new: bool) -> str | None:
        """Why ``a`` and ``b`` are one person (they share a key and fit), or None."""
        if a > b:
            a, b = b, a
        cached = self._pairs.get((a, b, new), "?")
        if cached != "?":
            return cached
        ra, rb = self.record(a, new), self.record(b, new)
        reason = None
        if ra is not None and rb is not None:
            reason = same_person(ra, rb)
            if reason is not None and not self.keys(a, new) & self.keys(b, new):
                reason = None  # never compared: no key in common
        self._pairs[(a, b, new)] = reason
        return reason

    def neighbours(self, node: str, new: bool) -> set[str]:
        rec = self.record(node, new)
        if rec is None:
            return set()
        candidates = self.members(_candidate_keys(rec, self.keys(node, new)), new) - {node}
        self.load_records(candidates)
        return {other for other in candidates if self.reason(node, other, new) is not None}

    def is_ambiguous(self, node: str) -> bool:
        """Whether ``node`` is ambiguous after the change."""

        def conflict(x: str, y: str) -> bool:
            rx, ry = self.record(x, True), self.record(y, True)
            assert rx is not None and ry is not None
            return _conflict(rx, ry)

        return _is_ambiguous(self.neighbours(node, True), lambda x, y: self.reason(x, y, True) is not None, conflict)

    def cluster_members(self, clusters: Iterable[str]) -> set[str]:
        return _found(self.kg, "c", clusters, f"GRAPH {RESOLUTION_GRAPH.n3()} {{ ?found od:cluster ?c }}")


def _found(kg: KnowledgeGraph, var: str, items: Iterable[str], pattern: str, *, literals: bool = False) -> set[str]:
    """The values of ``?found`` in ``pattern``, with ``?var`` bound to each of ``items`` (IRIs, or literals)."""
    found: set[str] = set()
    for chunk in _chunks(sorted(set(items))):
        if literals:
            values = f"VALUES ?{var} {{ " + " ".join(Literal(x).n3() for x in chunk) + " }"
        else:
            values = _values(var, chunk)
        found |= {
            str(row[0]) for row in kg.store.query_strings(f"SELECT DISTINCT ?found WHERE {{ {values} {pattern} }}")
        }
    return found


def _subject_quads(kg: KnowledgeGraph, subjects: Iterable[str]) -> list[Quad]:
    """Every quad of the resolution graph about ``subjects``."""
    g = RESOLUTION_GRAPH
    quads: list[Quad] = []
    for chunk in _chunks(sorted(set(subjects))):
        rows = kg.store.query(f"SELECT ?s ?p ?o WHERE {{ {_values('s', chunk)} GRAPH {g.n3()} {{ ?s ?p ?o }} }}")
        quads += [(s, p, o, g) for s, p, o in rows.rows]  # type: ignore[misc]
    return quads


def update(kg: KnowledgeGraph, touched: Touched) -> ResolutionReport:
    """Bring a ``current`` resolution graph in line with article graphs after the changes ``touched`` made
    (see :func:`touched_by`), re-deciding only what they can affect, in one write. The result is the graph
    :func:`resolve` makes from scratch (tested): only nodes sharing a blocking key with a changed record can
    gain or lose a link, only their neighbours can become ambiguous or not, and only the groups (before the
    split by country) of those nodes and their neighbours can change; events are regrouped within the keys
    (type, status, people) they had or have; holdings are recomputed for the posts the changes hold."""
    report = ResolutionReport(incremental=True)
    g = RESOLUTION_GRAPH
    remove: list[Quad] = [(STATE, OD.stale, Literal(True), g)]
    add: list[Quad] = []
    # people
    fresh: dict[str, PersonRecord | None] = dict.fromkeys(touched.persons)
    fresh.update(_persons(kg, touched.recount))
    people = _StoredPeople(kg, fresh)
    people.load(fresh)
    # a record is the union of what each article says: kept records grow by what the new graphs say
    added = _persons(kg, touched.persons - touched.recount, graphs=touched.articles)
    for node in touched.persons - touched.recount:
        kept, new = people.old[node], added.get(node)
        if kept is None or new is None:
            fresh[node] = new or kept
        else:
            fresh[node] = PersonRecord(
                node, kept.names | new.names, kept.countries | new.countries, kept.roles | new.roles
            )
    changed = {n for n in fresh if (fresh[n] and _summary(fresh[n])) != (people.old[n] and _summary(people.old[n]))}  # type: ignore[arg-type]
    moved: dict[str, str] = {}  # person nodes whose canonical node changed (or that came or went): new canonical
    if changed:
        near = set(changed)
        for node in changed:
            near |= people.neighbours(node, False) | people.neighbours(node, True)
        ambiguous_now = {node: people.is_ambiguous(node) for node in sorted(near)}
        frontier = set(near)
        for node in near:
            frontier |= people.neighbours(node, False) | people.neighbours(node, True)
        people.load(frontier)
        clusters = {people.cluster[n] for n in frontier if people.cluster.get(n)}
        region = frontier | people.cluster_members(c for c in clusters if c is not None)
        people.load(region)
        alive = sorted(n for n in region if people.record(n, True) is not None)
        records = {n: people.record(n, True) for n in alive}
        ambiguous = {n for n in alive if (ambiguous_now[n] if n in ambiguous_now else people.ambiguous[n])}
        reasons: dict[tuple[str, str], str] = {}
        blocks: dict[str, list[str]] = defaultdict(list)
        for n in alive:
            for key in people.keys(n, True):
                blocks[key].append(n)
        for members in blocks.values():
            for i, x in enumerate(members):
                for y in members[i + 1 :]:
                    a, b = min(x, y), max(x, y)
                    if (a, b) not in reasons and (reason := people.reason(a, b, True)) is not None:
                        reasons[(a, b)] = reason
        groups = _group(alive, records, reasons, ambiguous)  # type: ignore[arg-type]
        # what the graph said of the region: its person nodes and their merges
        merge_nodes = _found(kg, "x", region, f"GRAPH {g.n3()} {{ ?found od:member ?x }}")
        for node in region:
            remove += [(URIRef(node), p, o, g) for p, o in people.triples[node]]
        remove += _subject_quads(kg, merge_nodes)
        add += _person_quads(alive, records, groups, ambiguous)  # type: ignore[arg-type]
        for node in region:
            if people.canonical[node] != groups.canonical.get(node):
                moved[node] = groups.canonical.get(node, node)
        report.persons = len(region)
        report.people = len(set(groups.canonical.values()))
        report.merges = [m for m in groups.merges if groups.canonical[m[0]] == groups.canonical[m[1]]]

    def canonical_of(nodes: Iterable[str]) -> dict[str, str]:
        known = {n: moved[n] for n in nodes if n in moved}
        rest = sorted(set(nodes) - set(known))
        for chunk in _chunks(rest):
            rows = kg.store.query_strings(
                f"SELECT ?p ?c WHERE {{ {_values('p', chunk)} GRAPH {g.n3()} {{ ?p od:canonical ?c }} }}"
            )
            known.update({str(p): str(c) for p, c in rows})
        return known

    # events: regroup every key an affected event had or has
    affected = set(touched.events) | _found(kg, "a", moved, "GRAPH ?h { ?found sem:hasActor ?a }")
    if affected:
        info = _event_info(kg, lambda node: node, affected)
        mapping = canonical_of({a for entry in info.values() for a in entry["actors"]})
        _map_actors(info, mapping)
        keys = {k for e in info if (k := _event_key(info[e])) is not None}
        old_rows = _subject_quads(kg, affected)
        keys |= {str(o) for _, p, o, _ in old_rows if p == OD.eventKey}
        events = affected | _found(kg, "k", keys, f"GRAPH {g.n3()} {{ ?found od:eventKey ?k }}", literals=True)
        others = events - affected
        if others:
            more = _event_info(kg, lambda node: node, others)
            mapping.update(canonical_of({a for entry in more.values() for a in entry["actors"]} - set(mapping)))
            _map_actors(more, mapping)
            info.update(more)
        # an event whose key is not among ``keys`` is in a group of its own (no people) or was not affected
        regroup = {e: entry for e, entry in info.items() if e in affected or _event_key(entry) in keys}
        remove += _subject_quads(kg, events)
        regrouped = _event_groups(regroup)
        add += _event_quads(regroup, regrouped)
        report.events = len(regroup)
        report.distinct_events = len(regrouped)
    # holdings of the posts the changes hold, or held by people whose canonical node changed
    posts = set(touched.posts) | _found(kg, "x", moved, "?t org:member ?x ; od:post ?found")
    if posts:
        mapping = canonical_of(_found(kg, "post", posts, "?t org:member ?found ; od:post ?post"))
        holdings = _holdings(kg, lambda node: mapping.get(node, node), posts)
        remove += _subject_quads(kg, _found(kg, "post", posts, f"GRAPH {g.n3()} {{ ?found od:post ?post }}"))
        add += holdings
        report.holdings = sum(1 for q in holdings if q[1] == RDF.type)
    kg.store.patch_graph(g, remove, add)
    return report


def canonical_people(kg: KnowledgeGraph) -> dict[str, str]:
    """Person node -> canonical node, from the resolution graph."""
    rows = kg.query("SELECT ?p ?c WHERE { GRAPH " + RESOLUTION_GRAPH.n3() + " { ?p od:canonical ?c } }").rows
    return {str(p): str(c) for p, c in rows}


def iter_merges(kg: KnowledgeGraph) -> Iterable[tuple[str, str, str]]:
    """(node, node, reason) of every merge recorded."""
    rows = kg.query(
        """SELECT ?a ?b ?reason WHERE { ?m a od:Merge ; od:member ?a , ?b ; od:reason ?reason .
             FILTER(STR(?a) < STR(?b)) }"""
    ).rows
    for a, b, reason in rows:
        yield str(a), str(b), str(reason)


def post_holders(
    kg: KnowledgeGraph, post: str, country: str | None = None, on: dt.date | str | None = None
) -> list[dict[str, object]]:
    """Who held a post (its label, "Minister of Interior"), of a country, on a date: each holder with the
    first and last dates the holding is attested on and the next holder. With ``on``, the holders attested
    on that date, or else the last one attested before it who had no successor attested by then.
    """
    values = f"VALUES ?wanted {{ {Literal(post.lower()).n3()} }}"
    country_filter = ""
    if country:
        country_filter = (
            f"VALUES ?country {{ {Literal(country.lower()).n3()} }} "
            "?postNode od:country ?c . ?c schema:name|od:isoCode ?cn . FILTER(LCASE(STR(?cn)) = ?country)"
        )
    rows = kg.query(
        f"""SELECT DISTINCT ?holding ?person ?name ?first ?last ?next WHERE {{
              {values}
              ?holding a od:PostHolding ; od:post ?postNode ; od:holder ?person ;
                       od:firstAttested ?first ; od:lastAttested ?last .
              ?postNode skos:prefLabel ?label . FILTER(LCASE(STR(?label)) = ?wanted)
              {country_filter}
              OPTIONAL {{ ?person od:canonicalName ?cname }}
              OPTIONAL {{ ?person schema:name ?pname }}
              BIND(COALESCE(?cname, ?pname) AS ?name)
              OPTIONAL {{ ?holding od:succeededBy/od:holder ?next }}
            }} ORDER BY ?first ?name"""
    ).rows
    spans = [(_date(first), _date(last)) for _, _, _, first, last, _ in rows]
    holders: list[dict[str, object]] = [
        {
            "person": str(person),
            "name": str(name) if name is not None else str(person),
            "first": span[0],
            "last": span[1],
            "successor": str(nxt) if nxt is not None else None,
        }
        for (_, person, name, _, _, nxt), span in zip(rows, spans, strict=True)
    ]
    if on is None:
        return holders
    day = on if isinstance(on, dt.date) else dt.date.fromisoformat(str(on))
    current = [h for h, (a, b) in zip(holders, spans, strict=True) if a and b and a <= day <= b]
    if current:
        return current
    before = [h for h, (a, _) in zip(holders, spans, strict=True) if a and a <= day]
    return before[-1:] if before else []
