"""Every saved query gives the same answers on the sample corpus: in the memory store and in the Oxigraph store,
and as the reference (slower) formulation of the same query in ``tests/reference_queries``."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from officialdom import Extractor, KnowledgeGraph, read_articles
from officialdom.graph.saved import SavedQuery, bind_parameters, load_saved_queries
from officialdom.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = Path(__file__).resolve().parent / "reference_queries"

# What each query orders by, as a key of its projected values (rows equal on the key may come in any order).
ORDER: dict[str, Callable[[dict[str, Any]], tuple[Any, ...]]] = {
    "agreements": lambda r: (r["article"], r["agreement"]),
    "agreements_by_country_pair": lambda r: (r["name_a"], r["name_b"], r["topic_label"]),
    "event_evidence": lambda r: (r["article"], r["start"], r["event"]),
    "events": lambda r: (r["article"], r["event"], r["name"]),
    "meetings": lambda r: (r["article"], r["event"], r["name"]),
    "meetings_between_countries": lambda r: (r["date"], r["event"]),
    "most_connected": lambda r: (r["counterparts"], r["encounters"], r["name"]),
    "officials": lambda r: (r["name"], r["post"], r["article"]),
    "officials_of_country": lambda r: (r["name"], r["post"]),
    "posts_of_person": lambda r: (r["last_attested"], r["post"]),
    "statements": lambda r: (r["article"], r["name"]),
    "timeline": lambda r: (r["date"] or r["published"], r["kind"], r["item"]),
    "who_met_whom": lambda r: (r["encounters"], r["name_a"], r["name_b"]),
}


@pytest.fixture(scope="module")
def graphs(extractor: Extractor, tmp_path_factory: pytest.TempPathFactory) -> dict[str, KnowledgeGraph]:
    """The sample corpus, ingested into the memory store and into an Oxigraph store."""
    memory = KnowledgeGraph("memory")
    ingest(read_articles([str(ROOT / "examples" / "corpus" / "articles.jsonl")]), memory, extractor)
    oxigraph = KnowledgeGraph(f"oxigraph:{tmp_path_factory.mktemp('answers') / 'db'}")
    for graph in memory.store.graphs():
        oxigraph.store.replace_graph(graph, memory.store.quads(graph))
    return {"memory": memory, "oxigraph": oxigraph}


def _top(kg: KnowledgeGraph, pattern: str, count: int) -> list[str]:
    rows = kg.query(
        f"SELECT ?x (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ {pattern} }} }} GROUP BY ?x ORDER BY DESC(?n) ?x"
    ).rows
    return [str(r[0]) for r in rows[:count]]


def _cases(kg: KnowledgeGraph) -> list[tuple[str, dict[str, Any]]]:
    """Each saved query with its parameters left out and with values found in the corpus."""
    people = _top(kg, "?x a schema:Person ; org:holds ?post", 2)
    countries = _top(kg, "?x a schema:Country", 2)
    a, b = countries
    return [
        ("agreements", {}),
        ("agreements_by_country_pair", {}),
        ("agreements_by_country_pair", {"country": a}),
        ("agreements_by_country_pair", {"topic": "co"}),
        ("event_evidence", {}),
        ("event_evidence", {"type": "meeting"}),
        ("event_evidence", {"person": people[0]}),
        ("event_evidence", {"person": people[1], "type": "Visit"}),
        ("event_evidence", {"type": "Meeting", "limit": 5, "offset": 2}),
        ("events", {}),
        ("events", {"limit": 3, "offset": 2}),
        ("events", {"limit": 0, "offset": 4}),
        ("meetings", {}),
        ("meetings", {"limit": 2, "offset": 1}),
        ("meetings_between_countries", {"country_a": a, "country_b": b}),
        ("meetings_between_countries", {"country_a": b, "country_b": a}),
        ("most_connected", {}),
        ("most_connected", {"status": "planned"}),
        ("officials", {}),
        ("officials", {"limit": 5, "offset": 3}),
        ("officials_of_country", {"country": a}),
        ("officials_of_country", {"country": b, "date": "2015-12-31"}),
        ("posts_of_person", {"person": people[0]}),
        ("posts_of_person", {"person": people[1]}),
        ("statements", {}),
        ("statements", {"limit": 4, "offset": 4}),
        ("timeline", {"person": people[0]}),
        ("timeline", {"person": people[1]}),
        ("who_met_whom", {}),
        ("who_met_whom", {"person": people[0]}),
        ("who_met_whom", {"status": "planned"}),
    ]


def _cell(value: Any) -> str:
    """A value as text; the parts of a GROUP_CONCAT (which has no order) sorted."""
    return "|".join(sorted(re.split(r"; |\n|, ", str(value)))) if value is not None else ""


def _answer(kg: KnowledgeGraph, spec: SavedQuery, params: dict[str, Any]) -> tuple[list[Any], list[Any]]:
    """The rows as a sorted list (a multiset) and the sequence of their order keys."""
    result = kg.query(bind_parameters(spec, params, kg.resolve))
    values = result.values()
    rows = sorted(tuple(_cell(v) for v in row.values()) for row in values)
    key = ORDER[spec.name]
    keys = [tuple(_cell(k) for k in key(row)) for row in values]
    return rows, keys


def test_every_saved_query_is_checked() -> None:
    assert set(ORDER) == set(load_saved_queries())
    assert {p.stem for p in REFERENCE.glob("*.rq")} == set(load_saved_queries())


@pytest.mark.model
def test_saved_queries_give_the_same_answers(graphs: dict[str, KnowledgeGraph]) -> None:
    memory = graphs["memory"]
    shipped = load_saved_queries()
    answered = 0
    for name, params in _cases(memory):
        spec = shipped[name]
        text = (REFERENCE / f"{name}.rq").read_text(encoding="utf-8")
        reference = SavedQuery(name, text, "", spec.params)  # bound like the shipped query
        expected, _ = _answer(memory, reference, params)
        for kg in graphs.values():
            rows, keys = _answer(kg, spec, params)
            assert rows == expected, (name, params, kg.store.kind)
            assert keys == _answer(kg, reference, params)[1], (name, params, kg.store.kind)  # same order
        answered += bool(expected)
    assert answered >= 20  # nearly every case has something to answer on the corpus
