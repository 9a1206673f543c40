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
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef

from officialdom.graph.rdf import RESOLUTION_GRAPH, Quad
from officialdom.graph.vocab import ID, OD, RDF, XSD
from officialdom.names import fold, name_tokens, names_compatible, skeleton, surname_key

if TYPE_CHECKING:
    from officialdom.graph.kg import KnowledgeGraph

__all__ = ["PersonRecord", "ResolutionReport", "resolve", "same_person"]


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


def _persons(kg: KnowledgeGraph) -> dict[str, PersonRecord]:
    records: dict[str, PersonRecord] = {}
    rows = kg.query(
        """SELECT ?p ?name ?iso ?role ?post ?article WHERE {
             GRAPH ?g { ?p a schema:Person ; schema:name|schema:alternateName ?name ; prov:wasDerivedFrom ?a . }
             ?a od:articleId ?article .
             OPTIONAL { GRAPH ?g { ?p org:holds ?post . ?post org:role/skos:prefLabel ?role .
                                   OPTIONAL { ?post od:country/od:isoCode ?iso } } }
           }"""
    ).rows
    for p, name, iso, role, post, article in rows:
        rec = records.setdefault(str(p), PersonRecord(str(p)))
        rec.names.add(str(name))
        if iso is not None:
            rec.countries.add(str(iso))
        if role is not None:
            rec.roles.add(fold(str(role)))
        if post is not None:
            rec.posts.add(str(post))
        rec.articles.add(str(article))
    rows = kg.query("""SELECT ?p ?iso WHERE { ?p a schema:Person ; schema:nationality/od:isoCode ?iso }""").rows
    for p, iso in rows:
        if str(p) in records:
            records[str(p)].countries.add(str(iso))
    return records


def _person_groups(records: dict[str, PersonRecord], report: ResolutionReport) -> _UnionFind:
    blocks: dict[str, list[str]] = defaultdict(list)
    for iri, rec in records.items():
        keys = {surname_key(n) for n in rec.names if surname_key(n)}
        tokens = name_tokens(rec.name)
        if tokens:
            keys.add(f"first:{tokens[0]}")
            keys.add(skeleton(tokens[0]))  # names written family name first
        for key in keys:
            blocks[key].append(iri)
    uf = _UnionFind()
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
    ambiguous = set()
    for node, neighbours in links.items():
        ordered = sorted(neighbours)
        for i, x in enumerate(ordered):
            if any(y not in links[x] and _conflict(records[x], records[y]) for y in ordered[i + 1 :]):
                ambiguous.add(node)
                break
    for (a, b), reason in sorted(reasons.items()):
        if a in ambiguous or b in ambiguous:
            continue
        uf.union(a, b)
        report.merges.append((a, b, reason))
    # a group must not join people of different countries through a third without one
    groups: dict[str, list[str]] = defaultdict(list)
    for iri in records:
        groups[uf.find(iri)].append(iri)
    for members in list(groups.values()):
        countries = {c for m in members for c in records[m].countries}
        if len(countries) > 1:
            _split_by_country(members, records, uf, report)
    return uf


def _split_by_country(
    members: list[str], records: dict[str, PersonRecord], uf: _UnionFind, report: ResolutionReport
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
    report.merges[:] = [
        (a, b, r) for a, b, r in report.merges if not (a in members and b in members) or uf.find(a) == uf.find(b)
    ]


def _events(kg: KnowledgeGraph, canonical: dict[str, str]) -> dict[str, list[str]]:
    """Groups of event nodes that report one event."""
    rows = kg.query(
        """SELECT ?e ?class ?status ?date ?place ?published ?actor WHERE {
             GRAPH ?g { ?e a ?class ; od:status ?status ; prov:wasDerivedFrom ?a .
                        OPTIONAL { ?e sem:hasTimeStamp ?date } OPTIONAL { ?e sem:hasPlace ?place }
                        OPTIONAL { ?e sem:hasActor ?actor } }
             ?class rdfs:subClassOf sem:Event .
             OPTIONAL { ?a schema:datePublished ?published }
           }"""
    ).rows
    info: dict[str, dict[str, object]] = {}
    for row in rows:
        e, cls, status, date, place, published, actor = (None if t is None else str(t) for t in row)
        assert e is not None
        entry = info.setdefault(
            e,
            {"class": str(cls), "status": str(status), "date": None, "place": None, "published": None, "actors": set()},
        )
        if date is not None:
            entry["date"] = _date(date)
        if place is not None:
            entry["place"] = str(place)
        if published is not None:
            entry["published"] = _date(published)
        if actor is not None:
            actors = entry["actors"]
            assert isinstance(actors, set)
            actors.add(canonical.get(str(actor), str(actor)))
    by_key: dict[tuple[str, str, frozenset[str]], list[str]] = defaultdict(list)
    for e, entry in info.items():
        actors = entry["actors"]
        assert isinstance(actors, set)
        if not actors:
            continue
        by_key[(str(entry["class"]), str(entry["status"]), frozenset(actors))].append(e)
    uf = _UnionFind()
    for members in by_key.values():
        members = sorted(members)
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if _same_event(info[a], info[b]):
                    uf.union(a, b)
    groups: dict[str, list[str]] = defaultdict(list)
    for e in info:
        groups[uf.find(e)].append(e)
    return groups


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


def _holdings(kg: KnowledgeGraph, canonical: dict[str, str]) -> list[Quad]:
    """Post holdings: each person's posts with first and last attestation, and who came next. A holder seen
    as "former" on a date precedes whoever is seen holding the post on that date."""
    rows = kg.query(
        """SELECT ?person ?post ?date ?former WHERE {
             ?t a org:Membership ; org:member ?person ; od:post ?post ; od:attestedOn ?date .
             OPTIONAL { ?t od:former ?former }
           }"""
    ).rows
    spans: dict[tuple[str, str], list[dt.date]] = defaultdict(list)
    former: dict[tuple[str, str], list[dt.date]] = defaultdict(list)
    for row_person, row_post, row_date, row_was in rows:
        day = _date(row_date)
        if day is None:
            continue
        key = (str(row_post), canonical.get(str(row_person), str(row_person)))
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


def resolve(kg: KnowledgeGraph) -> ResolutionReport:
    """Recompute the resolution graph of ``kg`` from its article graphs; returns what was merged."""
    report = ResolutionReport()
    records = _persons(kg)
    report.persons = len(records)
    uf = _person_groups(records, report)
    canonical = {iri: uf.find(iri) for iri in records}
    report.people = len(set(canonical.values()))
    g = RESOLUTION_GRAPH
    quads: list[Quad] = []
    members: dict[str, list[str]] = defaultdict(list)
    for iri, root in canonical.items():
        quads.append((URIRef(iri), OD.canonical, URIRef(root), g))
        members[root].append(iri)
    for root, group in members.items():
        names: set[str] = set()
        for m in group:
            names |= records[m].names
        full = max(sorted(names), key=lambda n: len(name_tokens(n)))
        quads.append((URIRef(root), OD.canonicalName, Literal(full, lang="en"), g))
    for a, b, reason in sorted(report.merges):
        if canonical[a] != canonical[b]:
            continue
        node = ID[f"merge/{hashlib.sha1(f'{a}|{b}'.encode()).hexdigest()[:16]}"]
        quads += [
            (node, RDF.type, OD.Merge, g),
            (node, OD.member, URIRef(a), g),
            (node, OD.member, URIRef(b), g),
            (node, OD.reason, Literal(reason), g),
        ]
    groups = _events(kg, canonical)
    report.events = sum(len(v) for v in groups.values())
    report.distinct_events = len(groups)
    for root, group in groups.items():
        for e in group:
            quads.append((URIRef(e), OD.canonical, URIRef(root), g))
        quads.append((URIRef(root), OD.sourceCount, Literal(len(group)), g))
    holdings = _holdings(kg, canonical)
    report.holdings = sum(1 for q in holdings if q[1] == RDF.type)
    quads += holdings
    kg.store.replace_graph(g, quads)
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
