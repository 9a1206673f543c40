"""Network analytics over the knowledge graph: projections, rankings, communities, ego networks and paths.

The builders read a :class:`~officialdom.graph.kg.KnowledgeGraph` with SPARQL (any store); everything else is a
pure function over a networkx graph, so it works on any graph of the same shape.

* :func:`entity_graph`: the readable graph of people, organisations, countries, places, events and agreements,
  with labels, countries, dates, facts and evidence sentences (what the exports and the visual graph show).
* projections: :func:`people_graph` (people by shared encounters), :func:`country_graph` (countries by
  encounters and agreements), :func:`person_org_graph` (bipartite people and organisations they serve).
* :func:`centrality`, :func:`communities`, :func:`ego_network`, :func:`shortest_path`, :func:`path_events`.

>>> import networkx as nx
>>> g = nx.Graph()
>>> g.add_edge("a", "b", weight=2); g.add_edge("b", "c", weight=1)
>>> list(centrality(g, "degree")["node"])
['b', 'a', 'c']
>>> shortest_path(g, "a", "c")
['a', 'b', 'c']
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import networkx as nx

from officialdom.errors import GraphError
from officialdom.graph.stores.base import term_value

if TYPE_CHECKING:
    import pandas as pd

    from officialdom.graph.kg import KnowledgeGraph

__all__ = [
    "CENTRALITY_MEASURES",
    "ENTITY_TYPES",
    "EVENT_TYPES",
    "centrality",
    "communities",
    "country_graph",
    "ego_network",
    "entity_graph",
    "find_node",
    "path_events",
    "people_graph",
    "person_node",
    "person_org_graph",
    "shortest_path",
]

ENTITY_TYPES = ("Person", "Organization", "Country", "Place")
"""Types of the entity nodes of :func:`entity_graph`."""
EVENT_TYPES = ("Meeting", "Visit", "AgreementSigning", "PressConference", "PhoneCall", "Attendance", "Statement")
"""Types of the event nodes of :func:`entity_graph` (local names of the ``od:`` classes)."""
ENCOUNTERS = ("Meeting", "PhoneCall", "AgreementSigning", "PressConference", "Visit")
"""Event types that bring their participants together (used by :func:`country_graph`)."""

CENTRALITY_MEASURES = ("degree", "strength", "betweenness", "closeness", "eigenvector", "pagerank")
"""Measures :func:`centrality` knows: ``strength`` is the weighted degree."""


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _rows(kg: KnowledgeGraph, sparql: str) -> list[dict[str, Any]]:
    return kg.query(sparql).values()


# -- the entity graph ------------------------------------------------------------------------------------------
_ENTITIES = """
SELECT DISTINCT ?node ?type ?name WHERE {
  VALUES (?class ?type) { (schema:Person "Person") (org:Organization "Organization") (schema:Country "Country")
                          (schema:City "Place") (schema:Place "Place") }
  ?node a ?class .
  OPTIONAL { ?node schema:name ?name . }
}"""
_ALIASES = "SELECT DISTINCT ?node ?alias WHERE { ?node schema:alternateName ?alias }"
_ENTITY_COUNTRY = """
SELECT DISTINCT ?node ?country ?name WHERE {
  ?node schema:nationality|schema:areaServed|schema:containedInPlace ?country .
  ?country a schema:Country ; schema:name ?name .
}"""
_ISO = "SELECT DISTINCT ?node ?code WHERE { ?node a schema:Country ; od:isoCode ?code }"
_EVENTS = """
SELECT DISTINCT ?node ?class ?status ?date ?dateText ?published ?article ?text ?rule ?confidence WHERE {
  ?node a ?class ; prov:wasDerivedFrom ?articleNode .
  ?class rdfs:subClassOf sem:Event .
  ?articleNode od:articleId ?article .
  OPTIONAL { ?articleNode schema:datePublished ?published . }
  OPTIONAL { ?node od:status ?status . }
  OPTIONAL { ?node sem:hasTimeStamp ?date . }
  OPTIONAL { ?node od:dateText ?dateText . }
  OPTIONAL { ?node schema:text ?text . }
  OPTIONAL { ?node od:rule ?rule . }
  OPTIONAL { ?node od:confidence ?confidence . }
}"""
_AGREEMENTS = """
SELECT DISTINCT ?node ?name ?kind ?date ?published ?article WHERE {
  ?node a od:Agreement ; prov:wasDerivedFrom ?articleNode .
  ?articleNode od:articleId ?article .
  OPTIONAL { ?articleNode schema:datePublished ?published . }
  OPTIONAL { ?node schema:name ?name . }
  OPTIONAL { ?node od:agreementType/skos:prefLabel ?kind . }
  OPTIONAL { ?node schema:dateCreated ?date . }
}"""
_TOPICS = "SELECT DISTINCT ?node ?topic WHERE { ?node schema:about/skos:prefLabel ?topic }"
_EVIDENCE = """
SELECT DISTINCT ?node ?sentence ?start ?article WHERE {
  ?node od:evidence ?evidence ; prov:wasDerivedFrom/od:articleId ?article .
  ?evidence oa:hasTarget/oa:hasSelector ?quote , ?position .
  ?quote a oa:TextQuoteSelector ; oa:exact ?sentence .
  ?position a oa:TextPositionSelector ; oa:start ?start .
}"""
_POSTS = """
SELECT DISTINCT ?person ?tenure ?post ?title ?org ?attested ?former WHERE {
  ?tenure a org:Membership ; org:member ?person ; od:title ?title ; od:post/skos:prefLabel ?post .
  OPTIONAL { ?tenure org:organization ?org . }
  OPTIONAL { ?tenure od:attestedOn ?attested . }
  OPTIONAL { ?tenure od:former ?former . }
}"""
_LINKS = """
SELECT DISTINCT ?source ?relation ?target WHERE {
  {
    ?source ?property ?target . ?property rdfs:subPropertyOf sem:hasActor .
    BIND(STRAFTER(STR(?property), "#") AS ?relation)
  }
  UNION { ?source sem:hasPlace ?target . BIND("place" AS ?relation) }
  UNION { ?source od:visitedCountry ?target . BIND("visited country" AS ?relation) }
  UNION { ?source od:agreement ?target . BIND("agreement" AS ?relation) }
  UNION { ?source a od:Agreement ; od:party ?target . BIND("party" AS ?relation) }
  UNION { ?source a od:Agreement ; od:signatory ?target . BIND("signatory" AS ?relation) }
  UNION { ?source schema:locationCreated ?target . BIND("signed in" AS ?relation) }
  UNION { ?source schema:nationality ?target . BIND("nationality" AS ?relation) }
  UNION { ?source schema:areaServed ?target . BIND("serves" AS ?relation) }
  UNION { ?source schema:containedInPlace ?target . BIND("in" AS ?relation) }
}"""


def _first(values: Iterable[Any]) -> Any:
    items = sorted({str(v) for v in values if v is not None})
    return items[0] if items else None


def entity_graph(kg: KnowledgeGraph) -> nx.MultiDiGraph[str]:
    """People, organisations, countries, places, events and agreements, and the links between them.

    Nodes (IRIs) carry ``label``, ``type`` (``Person``, ``Meeting``, ``Agreement``...), ``kind`` (``entity``,
    ``event`` or ``agreement``), ``countries`` (country names, sorted), ``date`` and ``published`` (ISO strings
    or absent), ``facts`` (readable name -> value) and ``evidence`` (sentences, in article order). Edges are keyed
    by their ``relation`` (``host``, ``participant``, ``place``, ``party``, ``member of``...) and carry a ``label``
    and the ``evidence`` of the fact they come from. Nodes and edges are added in sorted order, so the same
    graph always gives the same exports.
    """
    names: dict[str, list[str]] = defaultdict(list)
    types: dict[str, str] = {}
    for row in _rows(kg, _ENTITIES):
        node = row["node"]
        # a node typed as a country and a place is a country; an organisation typed as a person stays a person
        if node not in types or ENTITY_TYPES.index(row["type"]) < ENTITY_TYPES.index(types[node]):
            types[node] = row["type"]
        if row["name"] is not None:
            names[node].append(row["name"])
    facts: dict[str, dict[str, Any]] = defaultdict(dict)
    countries: dict[str, set[str]] = defaultdict(set)
    dates: dict[str, dict[str, str]] = defaultdict(dict)
    evidence: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    for row in _rows(kg, _ALIASES):
        facts[row["node"]].setdefault("also known as", set()).add(row["alias"])
    for row in _rows(kg, _ENTITY_COUNTRY):
        countries[row["node"]].add(row["name"])
    for row in _rows(kg, _ISO):
        facts[row["node"]]["ISO code"] = row["code"]
    for node, t in types.items():
        if t == "Country":
            countries[node].update(names.get(node, []))
    kinds: dict[str, str] = dict.fromkeys(types, "entity")
    for row in _rows(kg, _EVENTS):
        node, cls = row["node"], _local(row["class"])
        if cls not in EVENT_TYPES:
            continue
        types[node], kinds[node] = cls, "event"
        info = facts[node]
        for key, column in (("status", "status"), ("date as written", "dateText"), ("quotation", "text")):
            if row[column] is not None:
                info[key] = row[column]
        if row["rule"] is not None:
            info["rule"] = row["rule"]
        if row["confidence"] is not None:
            info["confidence"] = float(row["confidence"])
        info.setdefault("article", set()).add(row["article"])
        if row["date"] is not None:
            dates[node]["date"] = str(row["date"])
        if row["published"] is not None:
            dates[node]["published"] = str(row["published"])
    for row in _rows(kg, _AGREEMENTS):
        node = row["node"]
        types[node], kinds[node] = "Agreement", "agreement"
        if row["name"] is not None:
            names[node].append(row["name"])
        info = facts[node]
        if row["kind"] is not None:
            info["kind"] = row["kind"]
        info.setdefault("article", set()).add(row["article"])
        if row["date"] is not None:
            dates[node]["date"] = str(row["date"])
        if row["published"] is not None:
            dates[node]["published"] = str(row["published"])
    for row in _rows(kg, _TOPICS):
        if row["node"] in types:
            facts[row["node"]].setdefault("topics", set()).add(row["topic"])
    for row in _rows(kg, _EVIDENCE):
        evidence[row["node"]].append((row["article"], int(row["start"]), row["sentence"]))

    g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for node in sorted(types):
        t = types[node]
        label = _first(names.get(node, [])) or (
            f"{t} {_local(node)}" if kinds[node] != "entity" else _local(node).replace("-", " ")
        )
        info = {k: sorted(v) if isinstance(v, set) else v for k, v in sorted(facts[node].items())}
        attrs: dict[str, Any] = {
            "label": label,
            "type": t,
            "kind": kinds[node],
            "countries": sorted(countries.get(node, set())),
            "facts": info,
            "evidence": [s for _, _, s in sorted(set(evidence.get(node, [])))],
        }
        attrs.update(dates.get(node, {}))
        g.add_node(node, **attrs)

    links: set[tuple[str, str, str, tuple[str, ...]]] = set()
    for row in _rows(kg, _LINKS):
        source, target, relation = row["source"], row["target"], row["relation"]
        if source in g and target in g and source != target:
            ev = tuple(g.nodes[source]["evidence"] if g.nodes[source]["kind"] != "entity" else ())
            links.add((source, target, relation, ev))
    posts: dict[str, list[str]] = defaultdict(list)
    for row in _rows(kg, _POSTS):
        person = row["person"]
        if person not in g:
            continue
        former = " (former)" if row["former"] else ""
        posts[person].append(f"{row['post']}{former}")
        if row["org"] is not None and row["org"] in g:
            ev = tuple(s for _, _, s in sorted(set(evidence.get(row["tenure"], []))))
            links.add((person, row["org"], "member of", (f"{row['title']}{former}", *ev)))
        for _, start, sentence in evidence.get(row["tenure"], []):
            evidence[person].append((row["tenure"], start, sentence))
    for person, items in posts.items():
        g.nodes[person]["facts"]["posts"] = sorted(set(items))
        g.nodes[person]["evidence"] = list(dict.fromkeys(s for _, _, s in sorted(set(evidence.get(person, [])))))
    # events and agreements take the countries of their participants and parties
    for source, target, relation, _ in links:
        if g.nodes[source]["kind"] != "entity" and relation not in ("place", "signed in"):
            g.nodes[source]["countries"] = sorted(set(g.nodes[source]["countries"]) | set(g.nodes[target]["countries"]))
    _name_events(g, links)
    seen: dict[tuple[str, str, str], list[str]] = {}
    for source, target, relation, ev in sorted(links):
        edge_key = (source, target, relation)
        if edge_key in seen:
            continue
        items = list(ev)
        label = relation
        if relation == "member of" and items:
            label = items.pop(0)
        seen[edge_key] = items
        g.add_edge(source, target, key=relation, relation=relation, label=label, evidence=items)
    return g


def _name_events(g: nx.MultiDiGraph[str], links: Iterable[tuple[str, str, str, tuple[str, ...]]]) -> None:
    """Readable labels for events without a name: "Meeting, 2022-11-08: Erdemir, Huseynova"."""
    actors: dict[str, set[str]] = defaultdict(set)
    for source, target, relation, _ in links:
        if g.nodes[source]["kind"] == "event" and relation not in (
            "place",
            "signed in",
            "agreement",
            "visited country",
        ):
            actors[source].add(g.nodes[target]["label"])
    for node, data in g.nodes(data=True):
        if data["kind"] != "event":
            continue
        who = sorted(actors.get(node, set()))
        names = ", ".join(who[:3]) + (f" and {len(who) - 3} more" if len(who) > 3 else "")
        head = data["type"] if data["type"] != "Statement" else "Statement"
        when = data.get("date")
        if data["type"] == "Statement":
            data["label"] = f"Statement by {names}" if names else data["label"]
        else:
            data["label"] = head + (f", {when}" if when else "") + (f": {names}" if names else "")


# -- projections -----------------------------------------------------------------------------------------------
_PEOPLE = """
SELECT DISTINCT ?event ?class ?a ?b ?na ?nb WHERE {{
  {values}
  VALUES ?class {{ od:Meeting od:PhoneCall od:AgreementSigning od:PressConference }}
  ?event a ?class ; od:status ?status ; sem:hasActor ?a , ?b .
  ?a a schema:Person . ?b a schema:Person .
  FILTER(STR(?a) < STR(?b))
  OPTIONAL {{ ?a schema:name ?na }} OPTIONAL {{ ?b schema:name ?nb }}
}}"""


def people_graph(kg: KnowledgeGraph, status: str | None = "held") -> nx.Graph[str]:
    """People linked by the encounters they shared (meetings, calls, signings, press conferences).

    Like :func:`officialdom.graph.network.person_graph` (nodes with ``name``; edges with ``weight``, ``events``
    and ``types``), but only encounters with ``status`` (``held`` by default; ``None`` for all).
    """
    from rdflib import Literal

    from officialdom.graph.network import qname
    from officialdom.graph.saved import values_block

    block = values_block(["status"], [(Literal(status) if status is not None else None,)])
    g: nx.Graph[str] = nx.Graph()
    events: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in kg.query(_PEOPLE.format(values=block)).values():
        a, b = row["a"], row["b"]
        g.add_node(a, name=row["na"] or a)
        g.add_node(b, name=row["nb"] or b)
        events[(a, b)][qname(row["class"])].add(row["event"])
    for (a, b), by_type in sorted(events.items()):
        every = set().union(*by_type.values())
        g.add_edge(a, b, weight=len(every), events=sorted(every), types={t: len(e) for t, e in sorted(by_type.items())})
    return g


def _actor_countries(g: nx.MultiDiGraph[str], node: str) -> set[str]:
    """Countries an event's actors stand for: a country actor itself, or a person's or organisation's country."""
    out: set[str] = set()
    for _, target, data in g.out_edges(node, data=True):
        if data["relation"] in ("place", "signed in", "agreement", "visited country"):
            continue
        out.update(g.nodes[target]["countries"])
    return out


def country_graph(source: KnowledgeGraph | nx.MultiDiGraph[str]) -> nx.Graph[str]:
    """Countries linked by the encounters between their people and by the agreements they are party to.

    Nodes are country names; edges carry ``encounters`` and ``agreements`` (counts), ``weight`` (their sum) and
    ``events`` (the IRIs behind them, sorted). Takes a knowledge graph or an :func:`entity_graph`.
    """
    g = source if isinstance(source, nx.MultiDiGraph) else entity_graph(source)
    out: nx.Graph[str] = nx.Graph()
    for node, data in g.nodes(data=True):
        if data["type"] == "Country":
            out.add_node(data["label"], iri=node)
    pairs: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: {"encounters": set(), "agreements": set()})
    for node in sorted(g.nodes):
        data = g.nodes[node]
        if data["type"] in ENCOUNTERS and data.get("facts", {}).get("status", "held") == "held":
            bucket = "encounters"
        elif data["type"] == "Agreement":
            bucket = "agreements"
        else:
            continue
        names = sorted(_actor_countries(g, node))
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                pairs[(a, b)][bucket].add(node)
    for (a, b), found in sorted(pairs.items()):
        for name in (a, b):
            if name not in out:
                out.add_node(name)
        out.add_edge(
            a,
            b,
            encounters=len(found["encounters"]),
            agreements=len(found["agreements"]),
            weight=len(found["encounters"]) + len(found["agreements"]),
            events=sorted(found["encounters"] | found["agreements"]),
        )
    return out


def person_org_graph(source: KnowledgeGraph | nx.MultiDiGraph[str]) -> nx.Graph[str]:
    """The bipartite graph of people (``bipartite=0``) and the organisations they hold posts in (``bipartite=1``).

    Edges carry ``posts`` (the titles, sorted).
    """
    g = source if isinstance(source, nx.MultiDiGraph) else entity_graph(source)
    out: nx.Graph[str] = nx.Graph()
    for source_node, target, data in sorted(g.edges(data=True), key=lambda e: (e[0], e[1], e[2]["label"])):
        if data["relation"] != "member of":
            continue
        for node, side in ((source_node, 0), (target, 1)):
            if node not in out:
                out.add_node(node, label=g.nodes[node]["label"], type=g.nodes[node]["type"], bipartite=side)
        if out.has_edge(source_node, target):
            out.edges[source_node, target]["posts"] = sorted({*out.edges[source_node, target]["posts"], data["label"]})
        else:
            out.add_edge(source_node, target, posts=[data["label"]])
    return out


# -- analytics -------------------------------------------------------------------------------------------------
def _label(g: nx.Graph[str], node: str) -> str:
    data = g.nodes[node]
    return str(data.get("label") or data.get("name") or node)


def find_node(g: nx.Graph[str], text: str) -> str:
    """The node that ``text`` names: the node itself, or its ``label``/``name`` or an alias (any case).

    >>> g = nx.Graph(); g.add_node("id:1", name="Jane Doe")
    >>> find_node(g, "jane doe")
    'id:1'
    """
    if text in g:
        return text
    wanted = text.strip().casefold()
    found = []
    for node, data in g.nodes(data=True):
        labels = {str(data.get("label", "")), str(data.get("name", ""))}
        labels.update(str(a) for a in data.get("facts", {}).get("also known as", []))
        if wanted in {lab.casefold() for lab in labels if lab}:
            found.append(node)
    if not found:
        raise GraphError(f"no node named {text!r} in the graph; give a name as it appears or the node's IRI")
    if len(found) > 1:
        raise GraphError(f"{text!r} names {len(found)} nodes ({', '.join(sorted(found))}); give the IRI instead")
    return found[0]


def centrality(g: nx.Graph[str], measure: str = "degree", *, weight: str | None = "weight") -> pd.DataFrame:
    """Nodes ranked by a centrality ``measure`` (one of :data:`CENTRALITY_MEASURES`).

    Returns a DataFrame with ``rank``, ``node``, ``label`` and ``score``, best first (ties by label).
    """
    import pandas as pd

    if measure not in CENTRALITY_MEASURES:
        raise GraphError(f"unknown centrality measure {measure!r}; use one of {', '.join(CENTRALITY_MEASURES)}")
    graph: nx.Graph[str] = nx.Graph(g) if g.is_multigraph() else g
    w = weight if weight and any(weight in d for _, _, d in graph.edges(data=True)) else None
    scores: Mapping[str, float]
    if graph.number_of_nodes() == 0:
        scores = {}
    elif measure == "degree":
        scores = nx.degree_centrality(graph)
    elif measure == "strength":
        scores = {n: float(d) for n, d in graph.degree(weight=w)}
    elif measure == "betweenness":
        scores = nx.betweenness_centrality(graph, weight=None)
    elif measure == "closeness":
        scores = nx.closeness_centrality(graph)
    elif measure == "eigenvector":
        try:
            scores = nx.eigenvector_centrality(graph, weight=w, max_iter=1000)
        except nx.PowerIterationFailedConvergence:
            raise GraphError("eigenvector centrality did not converge on this graph; try pagerank") from None
    else:
        scores = nx.pagerank(graph, weight=w)
    rows = sorted(((n, _label(graph, n), float(s)) for n, s in scores.items()), key=lambda r: (-round(r[2], 12), r[1]))
    frame = pd.DataFrame(rows, columns=["node", "label", "score"])
    frame.insert(0, "rank", range(1, len(frame) + 1))
    return frame


def communities(g: nx.Graph[str], *, seed: int = 0, weight: str | None = "weight") -> list[list[str]]:
    """Communities (Louvain, seeded so the answer is the same each time): lists of nodes, largest first."""
    graph: nx.Graph[str] = nx.Graph(g.to_undirected()) if g.is_directed() or g.is_multigraph() else g
    if graph.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(graph, weight=weight, seed=seed)
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c))


def ego_network(g: nx.Graph[str], center: str, depth: int = 1) -> nx.Graph[str]:
    """The nodes within ``depth`` steps of ``center`` (a node or a name, see :func:`find_node`), and their edges."""
    if depth < 0:
        raise GraphError(f"depth must be 0 or more, not {depth}")
    node = find_node(g, center)
    graph = g.to_undirected(as_view=True) if g.is_directed() else g
    kept = nx.single_source_shortest_path_length(graph, node, cutoff=depth)
    return g.subgraph(sorted(kept)).copy()


def shortest_path(g: nx.Graph[str], source: str, target: str) -> list[str]:
    """The nodes of a shortest path from ``source`` to ``target`` (nodes or names); fewest steps first, then
    the path that is first in sorted order, so the answer is the same each time."""
    a, b = find_node(g, source), find_node(g, target)
    graph = g.to_undirected(as_view=True) if g.is_directed() else g
    try:
        paths = sorted(nx.all_shortest_paths(graph, a, b))
    except nx.NetworkXNoPath:
        raise GraphError(f"no path between {_label(g, a)!r} and {_label(g, b)!r}: they are not connected") from None
    return [str(n) for n in paths[0]]


_EVENT_DETAILS = """
SELECT DISTINCT ?event ?class ?date ?place ?sentence ?start ?article WHERE {{
  {values}
  ?event a ?class ; prov:wasDerivedFrom/od:articleId ?article ;
         od:evidence/oa:hasTarget/oa:hasSelector ?quote , ?position .
  ?class rdfs:subClassOf sem:Event .
  ?quote a oa:TextQuoteSelector ; oa:exact ?sentence .
  ?position a oa:TextPositionSelector ; oa:start ?start .
  OPTIONAL {{ ?event sem:hasTimeStamp ?date . }}
  OPTIONAL {{ ?event sem:hasPlace/schema:name ?place . }}
}}"""


def person_node(kg: KnowledgeGraph, g: nx.Graph[str], text: str) -> str:
    """The node of ``g`` for a person named by ``text``: an IRI, a name or an alternate name (any case)."""
    if text in g:
        return text
    found = [str(iri) for iri in kg.resolve("person", text) if str(iri) in g]
    if len(found) == 1:
        return found[0]
    return find_node(g, text)


def path_events(kg: KnowledgeGraph, source: str, target: str) -> pd.DataFrame:
    """The shortest chain of encounters from one official to another, with the events along it.

    One row per step and event: ``step``, ``from``, ``to`` (names), ``event``, ``type``, ``date``, ``place``,
    ``evidence`` (the sentences, joined) and ``article``. Raises :class:`GraphError` when they never met,
    directly or through others.
    """
    import pandas as pd
    from rdflib import URIRef

    from officialdom.graph.saved import values_block

    g = people_graph(kg)
    path = shortest_path(g, person_node(kg, g, source), person_node(kg, g, target))
    steps = list(itertools.pairwise(path))
    wanted = sorted({e for a, b in steps for e in g.edges[a, b]["events"]})
    details: dict[str, dict[str, Any]] = {}
    if wanted:
        block = values_block(["event"], [(URIRef(e),) for e in wanted])
        for row in kg.query(_EVENT_DETAILS.format(values=block)).rows:
            event, cls, date, place, sentence, start, article = (term_value(t) for t in row)
            item = details.setdefault(
                event, {"type": _local(cls), "date": date, "place": place, "sentences": set(), "article": article}
            )
            item["sentences"].add((int(start), sentence))
    rows = []
    for i, (a, b) in enumerate(steps, start=1):
        for event in g.edges[a, b]["events"]:
            item = details.get(event, {})
            sentences = [s for _, s in sorted(item.get("sentences", set()))]
            rows.append(
                {
                    "step": i,
                    "from": _label(g, a),
                    "to": _label(g, b),
                    "event": event,
                    "type": item.get("type"),
                    "date": item.get("date"),
                    "place": item.get("place"),
                    "evidence": "\n".join(sentences),
                    "article": item.get("article"),
                }
            )
    return pd.DataFrame(rows, columns=["step", "from", "to", "event", "type", "date", "place", "evidence", "article"])
