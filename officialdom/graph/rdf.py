"""From records to RDF: one named graph per article, deterministic IRIs, evidence as Web Annotation.

Every IRI is derived from content (names, ISO codes, article ids, offsets), never from time or order, so
extracting the same article twice gives the same quads. No blank nodes are made.

>>> from officialdom.model import Article, ArticleExtraction
>>> quads = extraction_quads(ArticleExtraction(article=Article(id="a1", text="x")))
>>> sorted({str(q[1]) for q in quads})[:2]
['http://www.w3.org/1999/02/22-rdf-syntax-ns#type', 'https://w3id.org/officialdom/ns#articleId']
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from importlib import resources
from urllib.parse import quote

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from officialdom.extract.records import slug
from officialdom.graph.vocab import ID, OA, OD, ORG, PREFIXES, PROV, RDF, RDFS, SCHEMA, SEM, SKOS, XSD
from officialdom.model import (
    Agreement,
    ArticleExtraction,
    Entity,
    Event,
    Evidence,
    Organization,
    Person,
    Place,
    Statement,
    Tenure,
)

__all__ = [
    "DERIVED_GRAPHS",
    "EVENT_CLASSES",
    "LINKS_GRAPH",
    "RESOLUTION_GRAPH",
    "ROLE_PROPERTIES",
    "VOCABULARY_GRAPH",
    "Quad",
    "article_graph",
    "article_iri",
    "bind_prefixes",
    "decimal_literal",
    "extraction_quads",
    "is_web_iri",
    "person_iri",
    "vocabulary_graph",
]

Quad = tuple[Node, Node, Node, URIRef]

VOCABULARY_GRAPH = URIRef(str(OD._NS).rstrip("#"))
"""The named graph that holds the vocabulary (class and property declarations)."""
RESOLUTION_GRAPH = ID["graph/resolution"]
"""The derived named graph of cross-article identity: ``od:canonical`` links and the merges behind them."""
LINKS_GRAPH = ID["graph/links"]
"""The derived named graph of links to reference lists (``schema:sameAs``, ``schema:identifier``)."""
DERIVED_GRAPHS = (VOCABULARY_GRAPH, RESOLUTION_GRAPH, LINKS_GRAPH)

EVENT_CLASSES: dict[str, URIRef] = {
    "meeting": OD.Meeting,
    "visit": OD.Visit,
    "signing": OD.AgreementSigning,
    "press_conference": OD.PressConference,
    "statement": OD.Statement,
    "phone_call": OD.PhoneCall,
    "attendance": OD.Attendance,
}
ROLE_PROPERTIES: dict[str, URIRef] = {
    "participant": OD.participant,
    "host": OD.host,
    "guest": OD.guest,
    "visitor": OD.visitor,
    "signatory": OD.signatory,
    "caller": OD.caller,
    "callee": OD.callee,
    "attendee": OD.attendee,
}


def decimal_literal(value: float) -> Literal:
    """A canonical ``xsd:decimal`` literal (``0.9``, ``1.0``), as Oxigraph writes them.

    >>> str(decimal_literal(0.90)), str(decimal_literal(1))
    ('0.9', '1.0')
    """
    text = format(Decimal(str(round(float(value), 6))).normalize(), "f")
    if "." not in text:
        text += ".0"
    return Literal(text, datatype=XSD.decimal)


def _hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


_IRI_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://[^\x00-\x20<>\"{}|\\^`\x7f-\x9f]+$")


def is_web_iri(text: str) -> bool:
    """True when ``text`` is an absolute IRI (``scheme://...``) that every store and SPARQL parser accepts; other
    text (a URL with spaces, quotes, braces or angle brackets) is kept as a literal, never pasted into an IRI.

    >>> is_web_iri("https://example.org/a?b=1"), is_web_iri("https://x/> } DROP ALL {"), is_web_iri("http://[x")
    (True, False, False)
    """
    if not _IRI_SCHEME.match(text):
        return False
    import pyoxigraph

    try:
        pyoxigraph.NamedNode(text)
    except ValueError:
        return False
    return True


def article_iri(article_id: str) -> URIRef:
    """IRI of an article (its id, percent-encoded)."""
    return ID[f"article/{quote(article_id, safe='-._~')}"]


def article_graph(article_id: str) -> URIRef:
    """IRI of the named graph that holds everything one article says."""
    return ID[f"graph/{quote(article_id, safe='-._~')}"]


def person_iri(name: str, country_code: str | None) -> URIRef:
    """IRI of a person: the name, and the country served when known."""
    return ID[f"person/{slug(name)}" + (f"-{country_code.lower()}" if country_code else "")]


def _lit(text: str) -> Literal:
    return Literal(text, lang="en")


def _date(value: dt.date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD.date)


class _Writer:
    def __init__(self, rec: ArticleExtraction, run: Mapping[str, str] | None) -> None:
        self.rec = rec
        self.graph = article_graph(rec.article.id)
        self.article = article_iri(rec.article.id)
        self.quads: list[Quad] = []
        self.iris: dict[str, URIRef] = {}
        self.country_codes: dict[str, str] = {}
        self.run = dict(run or rec.extractor or {})
        for ent in rec.entities:
            if isinstance(ent, Place) and ent.kind == "country" and ent.code:
                self.country_codes[ent.name] = ent.code
        for ent in rec.entities:
            self.iris[ent.id] = self.entity_iri(ent)

    def add(self, s: Node, p: Node, o: Node) -> None:
        self.quads.append((s, p, o, self.graph))

    # -- IRIs ------------------------------------------------------------------------------------------------
    def entity_iri(self, ent: Entity) -> URIRef:
        if isinstance(ent, Person):
            return person_iri(ent.name, self.code(ent.country))
        if isinstance(ent, Place) and ent.kind == "country":
            return ID[f"country/{(ent.code or slug(ent.name)).upper()}"]
        kind, _, rest = ent.id.partition(":")
        return ID[f"{kind}/{rest or slug(ent.name)}"]

    def code(self, country: str | None) -> str | None:
        if not country:
            return None
        return self.country_codes.get(country)

    def country_iri(self, name: str | None) -> URIRef | None:
        code = self.code(name)
        if code is None:
            return None
        return ID[f"country/{code.upper()}"]

    def evidence(self, ev: Evidence) -> URIRef:
        node = ID[f"evidence/{_hash(self.rec.article.id, ev.start, ev.end)}"]
        target = URIRef(f"{node}/target")
        quote_sel = URIRef(f"{node}/quote")
        position = URIRef(f"{node}/position")
        self.add(node, RDF.type, OA.Annotation)
        self.add(node, OA.hasTarget, target)
        self.add(target, OA.hasSource, self.article)
        self.add(target, OA.hasSelector, quote_sel)
        self.add(target, OA.hasSelector, position)
        self.add(quote_sel, RDF.type, OA.TextQuoteSelector)
        self.add(quote_sel, OA.exact, Literal(ev.sentence))
        self.add(position, RDF.type, OA.TextPositionSelector)
        self.add(position, OA.start, Literal(ev.start))
        self.add(position, OA.end, Literal(ev.end))
        return node

    def fact(self, node: URIRef, evidence: Evidence, extra: Iterable[Evidence] = ()) -> None:
        """Provenance of a fact node: article, evidence annotations, rule, confidence, run."""
        self.add(node, PROV.wasDerivedFrom, self.article)
        self.add(node, OD.evidence, self.evidence(evidence))
        for more in extra:
            self.add(node, OD.evidence, self.evidence(more))
        self.add(node, OD.rule, Literal(evidence.rule))
        self.add(node, OD.confidence, decimal_literal(evidence.confidence))
        if self.run:
            self.add(node, PROV.wasGeneratedBy, self.run_iri())

    def run_iri(self) -> URIRef:
        software = self.run.get("software", "officialdom")
        model = self.run.get("model", "")
        return ID[f"run/{_hash(software, model)}"]

    def topic(self, label: str) -> URIRef:
        node = ID[f"topic/{slug(label)}"]
        self.add(node, RDF.type, SKOS.Concept)
        self.add(node, SKOS.prefLabel, _lit(label))
        return node

    # -- writing ---------------------------------------------------------------------------------------------
    def write(self) -> list[Quad]:
        self.write_article()
        for ent in self.rec.entities:
            if isinstance(ent, Person):
                self.write_person(ent)
            elif isinstance(ent, Organization):
                self.write_org(ent)
            elif isinstance(ent, Place):
                self.write_place(ent)
        agreements = {a.id: self.write_agreement(a) for a in self.rec.agreements}
        for ev in self.rec.events:
            self.write_event(ev, agreements)
        for st in self.rec.statements:
            self.write_statement(st)
        return self.quads

    def write_article(self) -> None:
        a = self.rec.article
        node = self.article
        self.add(node, RDF.type, SCHEMA.NewsArticle)
        self.add(node, OD.articleId, Literal(a.id))
        if a.title:
            self.add(node, SCHEMA.headline, Literal(a.title))
        if a.date:
            self.add(node, SCHEMA.datePublished, _date(a.date))
        if a.url:
            self.add(node, SCHEMA.url, URIRef(a.url) if is_web_iri(a.url) else Literal(a.url))
        if a.source:
            publisher = ID[f"org/{slug(a.source)}"]
            self.add(node, SCHEMA.publisher, publisher)
            self.add(publisher, RDF.type, SCHEMA.NewsMediaOrganization)
            self.add(publisher, SCHEMA.name, _lit(a.source))
        if self.run:
            run = self.run_iri()
            agent = ID[f"agent/{_hash(self.run.get('software', ''), self.run.get('model', ''))}"]
            self.add(run, RDF.type, PROV.Activity)
            self.add(run, PROV.used, node)
            self.add(run, PROV.wasAssociatedWith, agent)
            self.add(agent, RDF.type, PROV.SoftwareAgent)
            label = " + ".join(v for v in (self.run.get("software"), self.run.get("model")) if v)
            self.add(agent, RDFS.label, _lit(label))

    def names(self, node: URIRef, ent: Entity) -> None:
        self.add(node, SCHEMA.name, _lit(ent.name))
        for alias in ent.aliases:
            self.add(node, SCHEMA.alternateName, _lit(alias))
        self.add(node, OD.mentionCount, Literal(len(ent.mentions)))

    def write_person(self, p: Person) -> None:
        node = self.iris[p.id]
        self.add(node, RDF.type, SCHEMA.Person)
        self.names(node, p)
        for h in p.honorifics:
            self.add(node, SCHEMA.honorificPrefix, _lit(h))
        country = self.country_iri(p.country)
        if country is not None:
            self.add(node, SCHEMA.nationality, country)
        self.add(node, PROV.wasDerivedFrom, self.article)
        for tenure in p.titles:
            self.write_tenure(node, tenure)

    def org_for(self, name: str, country: str | None) -> URIRef:
        for ent in self.rec.entities:
            if isinstance(ent, Organization) and ent.name == name and (ent.country == country or ent.country is None):
                return self.iris[ent.id]
        code = self.code(country)
        return ID[f"org/{slug(name)}" + (f"-{code.lower()}" if code else "")]

    def write_tenure(self, person: URIRef, t: Tenure) -> None:
        code = self.code(t.country)
        role = ID[f"role/{slug(t.role or t.post)}"]
        self.add(role, RDF.type, ORG.Role)
        self.add(role, RDF.type, SKOS.Concept)
        self.add(role, SKOS.prefLabel, _lit(t.role or t.post))
        post = ID[f"post/{(code or 'xx').lower()}/{slug(t.post)}"]
        self.add(post, RDF.type, ORG.Post)
        self.add(post, RDFS.label, _lit(f"{t.post} of {t.country}" if t.country else t.post))
        self.add(post, SKOS.prefLabel, _lit(t.post))
        self.add(post, ORG.role, role)
        country = self.country_iri(t.country)
        if country is not None:
            self.add(post, OD.country, country)
        org = self.org_for(t.organization, t.country) if t.organization else None
        if org is not None:
            self.add(post, ORG.postIn, org)
        self.add(person, ORG.holds, post)
        node = ID[f"tenure/{_hash(self.rec.article.id, str(person), str(post), t.evidence.start)}"]
        self.add(node, RDF.type, ORG.Membership)
        self.add(node, ORG.member, person)
        self.add(node, ORG.role, role)
        self.add(node, OD.post, post)
        self.add(node, OD.title, _lit(t.title))
        if org is not None:
            self.add(node, ORG.organization, org)
        if t.rank:
            self.add(node, OD.rank, _lit(t.rank))
        if t.former:
            self.add(node, OD.former, Literal(True))
        if t.qualifier:
            self.add(node, OD.qualifier, Literal(t.qualifier))
        if t.attested_on:
            self.add(node, OD.attestedOn, _date(t.attested_on))
        self.fact(node, t.evidence)

    def write_org(self, o: Organization) -> None:
        node = self.iris[o.id]
        self.add(node, RDF.type, ORG.Organization)
        if o.kind == "national" or o.country:
            self.add(node, RDF.type, SCHEMA.GovernmentOrganization)
        else:
            self.add(node, RDF.type, SCHEMA.Organization)
        self.names(node, o)
        country = self.country_iri(o.country)
        if country is not None:
            self.add(node, SCHEMA.areaServed, country)
        self.add(node, PROV.wasDerivedFrom, self.article)

    def write_place(self, p: Place) -> None:
        node = self.iris[p.id]
        if p.kind == "country":
            self.add(node, RDF.type, SCHEMA.Country)
            if p.code:
                self.add(node, OD.isoCode, Literal(p.code))
        else:
            self.add(node, RDF.type, SCHEMA.City if p.country else SCHEMA.Place)
            country = self.country_iri(p.country)
            if country is not None:
                self.add(node, SCHEMA.containedInPlace, country)
        self.names(node, p)
        self.add(node, PROV.wasDerivedFrom, self.article)

    def write_event(self, ev: Event, agreements: Mapping[str, URIRef]) -> None:
        node = ID[f"event/{_hash(self.rec.article.id, ev.id)}"]
        self.add(node, RDF.type, EVENT_CLASSES[ev.type])
        self.add(node, OD.status, Literal(ev.status))
        for pid in ev.participants:
            actor = self.iris.get(pid)
            if actor is None:
                continue
            self.add(node, SEM.hasActor, actor)
            role = ev.roles.get(pid, "participant")
            self.add(node, ROLE_PROPERTIES.get(role, OD.participant), actor)
        if ev.place and ev.place in self.iris:
            self.add(node, SEM.hasPlace, self.iris[ev.place])
        if ev.date:
            self.add(node, SEM.hasTimeStamp, _date(ev.date))
        if ev.date_text:
            self.add(node, OD.dateText, Literal(ev.date_text))
        for t in ev.topics:
            self.add(node, SCHEMA.about, self.topic(t))
        if ev.agreement and ev.agreement in agreements:
            self.add(node, OD.agreement, agreements[ev.agreement])
        if ev.cameo:
            self.add(node, OD.cameoCode, Literal(ev.cameo))
        if ev.plover:
            self.add(node, OD.ploverType, Literal(ev.plover))
        if ev.duration:
            self.add(node, OD.duration, Literal(ev.duration))
        country = self.country_iri(ev.country)
        if country is not None:
            self.add(node, OD.visitedCountry, country)
        if ev.participant_description:
            self.add(node, OD.participantDescription, _lit(ev.participant_description))
        for cid in ev.countries:
            if cid in self.iris:
                self.add(node, OD.groupCountry, self.iris[cid])
        if ev.group_post:
            self.add(node, OD.groupPost, _lit(ev.group_post))
        self.fact(node, ev.evidence, ev.more_evidence)

    def write_agreement(self, a: Agreement) -> URIRef:
        node = ID[f"agreement/{_hash(self.rec.article.id, a.id)}"]
        self.add(node, RDF.type, OD.Agreement)
        kind = ID[f"agreementtype/{slug(a.kind)}"]
        self.add(kind, RDF.type, SKOS.Concept)
        self.add(kind, SKOS.prefLabel, _lit(a.kind))
        self.add(node, OD.agreementType, kind)
        name = a.kind + (f" on {a.subject}" if a.subject else "")
        self.add(node, SCHEMA.name, _lit(name))
        if a.subject:
            self.add(node, OD.subject, _lit(a.subject))
            self.add(node, SCHEMA.about, self.topic(a.subject))
        for t in a.topics:
            self.add(node, SCHEMA.about, self.topic(t))
        for pid in a.parties:
            if pid in self.iris:
                self.add(node, OD.party, self.iris[pid])
        for pid in a.signatories:
            if pid in self.iris:
                self.add(node, OD.signatory, self.iris[pid])
        if a.date:
            self.add(node, SCHEMA.dateCreated, _date(a.date))
        if a.place and a.place in self.iris:
            self.add(node, SCHEMA.locationCreated, self.iris[a.place])
        self.fact(node, a.evidence, a.more_evidence)
        return node

    def write_statement(self, s: Statement) -> None:
        node = ID[f"statement/{_hash(self.rec.article.id, s.id)}"]
        self.add(node, RDF.type, SCHEMA.Quotation)
        self.add(node, RDF.type, OD.Statement)
        self.add(node, SCHEMA.text, Literal(s.text))
        speaker = self.iris.get(s.speaker)
        if speaker is not None:
            self.add(node, SCHEMA.spokenByCharacter, speaker)
            self.add(node, SEM.hasActor, speaker)
            self.add(node, OD.speaker, speaker)
        self.add(node, OD.cue, Literal(s.cue))
        self.add(node, OD.directQuote, Literal(s.quote))
        self.fact(node, s.evidence)


def extraction_quads(rec: ArticleExtraction, run: Mapping[str, str] | None = None) -> list[Quad]:
    """The quads of one article's named graph."""
    return _Writer(rec, run).write()


def vocabulary_graph() -> Graph:
    """The vocabulary: our classes and properties related to the standard ones (subclasses of sem:Event...)."""
    g = Graph()
    g.parse(data=(resources.files("officialdom.graph") / "vocabulary.ttl").read_text("utf-8"), format="turtle")
    return g


def vocabulary_quads() -> Iterator[Quad]:
    """The vocabulary as quads of :data:`VOCABULARY_GRAPH`."""
    for s, p, o in vocabulary_graph():
        yield (s, p, o, VOCABULARY_GRAPH)


def bind_prefixes(graph: Graph | Dataset) -> None:
    """Bind the project prefixes for readable serialisations."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
