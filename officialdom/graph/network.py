"""networkx views of the knowledge graph.

* :func:`person_graph`: people as nodes, an edge between two people for every encounter they share
  (meetings, phone calls, signings, press conferences), weighted by the number of encounters and carrying
  their event ids and types.
* :func:`typed_graph`: every node (typed, labelled, with its literal values) and every edge (the predicate).
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

import networkx as nx
from rdflib import Literal, URIRef

from officialdom.graph.resolution import BOOKKEEPING
from officialdom.graph.stores.base import term_value
from officialdom.graph.vocab import PREFIXES

if TYPE_CHECKING:
    from officialdom.graph.kg import KnowledgeGraph

__all__ = ["ENCOUNTER_CLASSES", "person_graph", "qname", "typed_graph"]

ENCOUNTER_CLASSES = ("od:Meeting", "od:PhoneCall", "od:AgreementSigning", "od:PressConference")

_LABELS = (
    "https://schema.org/name",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/2000/01/rdf-schema#label",
)
_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def qname(iri: str) -> str:
    """A short name of an IRI with the project prefixes ("od:Meeting").

    >>> qname("https://w3id.org/officialdom/ns#Meeting")
    'od:Meeting'
    """
    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(best):
            best = ns
            name = f"{prefix}:{iri[len(ns) :]}"
    return name if best else iri


def person_graph(kg: KnowledgeGraph, classes: tuple[str, ...] = ENCOUNTER_CLASSES) -> nx.Graph[str]:
    """People linked by shared encounters.

    Nodes: person IRIs with ``name``. Edges: ``weight`` (number of distinct encounters), ``events`` (their IRIs,
    sorted), ``types`` (event type -> count).
    """
    from officialdom.graph.saved import to_iri

    values = " ".join(to_iri(c).n3() for c in classes)  # each a checked IRI term, never pasted text
    result = kg.query(
        f"""SELECT DISTINCT ?event ?class ?a ?b ?na ?nb WHERE {{
              VALUES ?class {{ {values} }}
              ?event a ?class ; sem:hasActor ?a , ?b .
              ?a a schema:Person . ?b a schema:Person .
              FILTER(STR(?a) < STR(?b))
              OPTIONAL {{ ?a schema:name ?na }} OPTIONAL {{ ?b schema:name ?nb }}
            }}"""
    )
    g: nx.Graph[str] = nx.Graph()
    events: dict[tuple[str, str], set[str]] = defaultdict(set)
    types: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in result.rows:
        event, cls, a, b, na, nb = row
        sa, sb = str(a), str(b)
        g.add_node(sa, name=str(na) if na is not None else sa)
        g.add_node(sb, name=str(nb) if nb is not None else sb)
        events[(sa, sb)].add(str(event))
        types[(sa, sb)][qname(str(cls))].add(str(event))
    for pair, evs in events.items():
        g.add_edge(
            pair[0],
            pair[1],
            weight=len(evs),
            events=sorted(evs),
            types={t: len(e) for t, e in sorted(types[pair].items())},
        )
    return g


def typed_graph(kg: KnowledgeGraph, *, include_vocabulary: bool = False) -> nx.MultiDiGraph[str]:
    """Every node and edge: IRIs are nodes with ``types`` (qnames), a ``type`` (the first), ``label`` and their
    literal values by predicate qname; IRI-valued triples are edges keyed by predicate qname. The resolution
    graph's bookkeeping for its own updates (:data:`~officialdom.graph.resolution.BOOKKEEPING`) is left out."""
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    attrs: dict[str, dict[str, Any]] = defaultdict(dict)
    types: dict[str, list[str]] = defaultdict(list)
    edges: set[tuple[str, str, str]] = set()
    vocabulary = str(PREFIXES["od"]).rstrip("#")
    for s, p, o, graph in kg.store.quads():
        if not include_vocabulary and str(graph) == vocabulary:
            continue
        subject, predicate = str(s), str(p)
        if predicate in BOOKKEEPING:
            continue  # what incremental resolution keeps for itself
        if predicate == _TYPE:
            t = qname(str(o))
            if t not in types[subject]:
                types[subject].append(t)
            continue
        if isinstance(o, Literal):
            key = qname(predicate)
            value = term_value(o)
            current = attrs[subject].get(key)
            if current is None:
                attrs[subject][key] = value
            elif isinstance(current, list):
                if value not in current:
                    current.append(value)
            elif current != value:
                attrs[subject][key] = [current, value]
            if predicate in _LABELS and "label" not in attrs[subject]:
                attrs[subject]["label"] = str(o)
        elif isinstance(o, URIRef):
            edges.add((subject, str(o), qname(predicate)))
    for node in set(attrs) | set(types) | {e[0] for e in edges} | {e[1] for e in edges}:
        node_types = sorted(types.get(node, []))
        g.add_node(node, types=node_types, type=node_types[0] if node_types else None, **attrs.get(node, {}))
    for source, target, key in sorted(edges):
        g.add_edge(source, target, key=key, predicate=key)
    return g
