"""The RDF vocabulary: standard namespaces first, our own terms in a closed namespace (a typo raises).

>>> OD.Meeting
rdflib.term.URIRef('https://w3id.org/officialdom/ns#Meeting')
>>> OD.Meetign
Traceback (most recent call last):
...
AttributeError: term 'Meetign' not in namespace 'https://w3id.org/officialdom/ns#'
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import ORG, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace

__all__ = ["ID", "OA", "OD", "ORG", "PREFIXES", "PROV", "RDF", "RDFS", "SCHEMA", "SEM", "SKOS", "WD", "XSD"]

SCHEMA = SDO
ID = Namespace("https://w3id.org/officialdom/id/")
WD = Namespace("http://www.wikidata.org/entity/")


class OD(DefinedNamespace):
    """officialdom's own terms."""

    _NS = Namespace("https://w3id.org/officialdom/ns#")
    _fail = True

    # event classes (each a subclass of sem:Event)
    Meeting: URIRef
    Visit: URIRef
    AgreementSigning: URIRef
    PressConference: URIRef
    Statement: URIRef
    PhoneCall: URIRef
    Attendance: URIRef
    # other classes
    Agreement: URIRef
    Group: URIRef
    # event roles (sub-properties of sem:hasActor)
    participant: URIRef
    host: URIRef
    guest: URIRef
    visitor: URIRef
    signatory: URIRef
    caller: URIRef
    callee: URIRef
    attendee: URIRef
    speaker: URIRef
    # event properties
    status: URIRef
    dateText: URIRef
    duration: URIRef
    cameoCode: URIRef
    ploverType: URIRef
    ploverMode: URIRef
    agreement: URIRef
    visitedCountry: URIRef
    participantDescription: URIRef
    groupCountry: URIRef
    groupPost: URIRef
    # agreements
    agreementType: URIRef
    party: URIRef
    subject: URIRef
    # tenures and posts
    post: URIRef
    title: URIRef
    attestedOn: URIRef
    former: URIRef
    qualifier: URIRef
    country: URIRef
    rank: URIRef
    # statements
    cue: URIRef
    directQuote: URIRef
    # cross-article identity (derived graphs)
    canonical: URIRef
    canonicalName: URIRef
    Merge: URIRef
    PostHolding: URIRef
    holder: URIRef
    firstAttested: URIRef
    lastAttested: URIRef
    attestations: URIRef
    succeededBy: URIRef
    member: URIRef
    reason: URIRef
    sourceCount: URIRef
    # the state incremental resolution keeps (derived graph)
    resolutionRecord: URIRef
    blockKey: URIRef
    cluster: URIRef
    ambiguous: URIRef
    eventKey: URIRef
    resolutionFormat: URIRef
    stale: URIRef
    # links to reference lists (derived graph)
    Link: URIRef
    ReferenceEntry: URIRef
    linkedEntity: URIRef
    referenceEntry: URIRef
    referenceList: URIRef
    matchedName: URIRef
    referenceName: URIRef
    nameMatch: URIRef
    matchedPost: URIRef
    referencePost: URIRef
    matchedCountry: URIRef
    inOfficeOn: URIRef
    linkReason: URIRef
    # provenance
    evidence: URIRef
    confidence: URIRef
    rule: URIRef
    articleId: URIRef
    fingerprint: URIRef
    isoCode: URIRef
    mentionCount: URIRef


SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
OA = Namespace("http://www.w3.org/ns/oa#")

PREFIXES: dict[str, str] = {
    "od": str(OD._NS),
    "id": str(ID),
    "schema": str(SCHEMA),
    "org": str(ORG),
    "sem": str(SEM),
    "prov": str(PROV),
    "oa": str(OA),
    "skos": str(SKOS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "wd": str(WD),
}
"""Prefixes bound in every query and serialisation."""
