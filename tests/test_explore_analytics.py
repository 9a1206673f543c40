"""networkx analytics: projections, rankings, communities, ego networks and paths with their events."""

from __future__ import annotations

import networkx as nx
import pytest

from officialdom import KnowledgeGraph
from officialdom.errors import GraphError
from officialdom.graph import analytics as an
from tests.test_explore_queries import explore_records

KIMANI = "https://w3id.org/officialdom/id/person/grace-kimani-ke"
TESFAYE = "https://w3id.org/officialdom/id/person/tesfaye-alemu-et"
ONEIL = "https://w3id.org/officialdom/id/person/sean-o-neil-ie"


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    graph = KnowledgeGraph()
    graph.add_all(explore_records())
    return graph


def test_entity_graph_has_labels_facts_and_evidence(kg: KnowledgeGraph) -> None:
    g = an.entity_graph(kg)
    types = {d["type"] for _, d in g.nodes(data=True)}
    assert {"Person", "Country", "Place", "Organization", "Meeting", "AgreementSigning", "Agreement"} <= types
    kimani = g.nodes[KIMANI]
    assert kimani["label"] == "Grace Kimani" and kimani["countries"] == ["Kenya"]
    assert "Ambassador to Ethiopia (former)" in kimani["facts"]["posts"]
    assert set(kimani["facts"]["also known as"]) == {"Kimani", "Dr. Kimani"}
    assert any("Cabinet Secretary Grace Kimani" in s for s in kimani["evidence"])
    meeting = next(n for n, d in g.nodes(data=True) if d["type"] == "Meeting" and d.get("date") == "2023-06-13")
    data = g.nodes[meeting]
    assert data["label"] == "Meeting, 2023-06-13: Grace Kimani, Tesfaye Alemu"
    assert data["facts"]["topics"] == ["trade"] and data["facts"]["status"] == "held"
    assert set(data["countries"]) == {"Kenya", "Ethiopia"}
    relations = {d["relation"]: target for _, target, d in g.out_edges(meeting, data=True)}
    assert relations["host"] == KIMANI and relations["guest"] == TESFAYE
    assert g.nodes[relations["place"]]["label"] == "Nairobi"
    host_edge = g.edges[meeting, KIMANI, "host"]
    assert host_edge["evidence"] and "met Ethiopian Foreign Minister" in host_edge["evidence"][0]
    member = g.edges[KIMANI, _org(g), "member of"]
    assert member["label"] == "Foreign Affairs Cabinet Secretary"


def _org(g: nx.MultiDiGraph[str]) -> str:
    return next(n for n, d in g.nodes(data=True) if d["type"] == "Organization")


def test_entity_graph_is_the_same_each_time(kg: KnowledgeGraph) -> None:
    other = KnowledgeGraph()
    other.add_all(reversed(explore_records()))
    a, b = an.entity_graph(kg), an.entity_graph(other)
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


def test_projections(kg: KnowledgeGraph) -> None:
    people = an.people_graph(kg)
    assert set(people.nodes) == {KIMANI, TESFAYE, ONEIL}
    assert people.edges[KIMANI, TESFAYE]["weight"] == 2
    countries = an.country_graph(kg)
    assert countries.edges["Kenya", "Ethiopia"]["encounters"] == 2  # the meeting and the signing
    assert countries.edges["Kenya", "Ethiopia"]["agreements"] == 1
    assert countries.edges["Ethiopia", "Ireland"]["weight"] == 1
    assert not countries.has_edge("Kenya", "Ireland")  # only a planned meeting
    bipartite = an.person_org_graph(kg)
    assert nx.is_bipartite(bipartite)
    assert bipartite.nodes[KIMANI]["bipartite"] == 0 and bipartite.nodes[_org(an.entity_graph(kg))]["bipartite"] == 1
    assert bipartite.edges[KIMANI, _org(an.entity_graph(kg))]["posts"] == ["Foreign Affairs Cabinet Secretary"]


@pytest.mark.parametrize("measure", an.CENTRALITY_MEASURES)
def test_centrality_puts_the_broker_first(kg: KnowledgeGraph, measure: str) -> None:
    ranking = an.centrality(an.people_graph(kg), measure)
    assert list(ranking.columns) == ["rank", "node", "label", "score"]
    assert ranking.iloc[0]["label"] == "Tesfaye Alemu", ranking
    assert list(ranking["rank"]) == [1, 2, 3]


def test_centrality_rejects_unknown_measures() -> None:
    with pytest.raises(GraphError, match="use one of"):
        an.centrality(nx.Graph(), "fame")


def test_communities_are_seeded() -> None:
    g = nx.barbell_graph(5, 0)
    found = an.communities(g)
    assert found == an.communities(g)
    assert sorted(map(len, found)) == [5, 5]


def test_ego_network_and_shortest_path(kg: KnowledgeGraph) -> None:
    ego = kg.ego_network("Seán O'Neil", depth=1)
    assert set(ego.nodes) == {ONEIL, TESFAYE}
    assert set(kg.ego_network("o'neil", depth=2).nodes) == {ONEIL, TESFAYE, KIMANI}
    path = kg.shortest_path("Grace Kimani", "Seán O'Neil")
    assert list(path["step"]) == [1, 1, 2]
    assert set(path[path["step"] == 1]["type"]) == {"Meeting", "AgreementSigning"}
    last = path[path["step"] == 2].iloc[0]
    assert (last["from"], last["to"], last["place"]) == ("Tesfaye Alemu", "Seán O'Neil", "Addis Ababa")
    assert "received Irish Foreign Minister" in last["evidence"]


def test_graph_errors_are_clear(kg: KnowledgeGraph) -> None:
    with pytest.raises(GraphError, match="no node named 'Nobody'"):
        kg.shortest_path("Grace Kimani", "Nobody")
    g = nx.Graph()
    g.add_node("a", name="A")
    g.add_node("b", name="B")
    with pytest.raises(GraphError, match="no path between 'A' and 'B'"):
        an.shortest_path(g, "A", "B")
    g.add_node("c", name="A")
    with pytest.raises(GraphError, match="names 2 nodes"):
        an.find_node(g, "a ")
    with pytest.raises(GraphError, match="depth"):
        an.ego_network(g, "b", -1)
