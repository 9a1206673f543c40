"""The Oxigraph store keeps the RDF merge of its named graphs in its default graph, and nowhere else."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from officialdom import KnowledgeGraph
from officialdom.errors import StoreError
from officialdom.graph.stores.oxigraph import MERGE_MARKER, OxigraphStore, has_merge, prepared_nquads
from officialdom.parallel import load_nquads

EX = "http://example.org/"
SHARED = (URIRef(EX + "iran"), URIRef(EX + "name"), Literal("Iran", lang="en"))


def _quads(graph: str, *triples: tuple[URIRef, URIRef, object]) -> list[tuple[object, ...]]:
    return [(s, p, o, URIRef(EX + graph)) for s, p, o in triples]


def _t(n: int) -> tuple[URIRef, URIRef, Literal]:
    return (URIRef(f"{EX}s{n}"), URIRef(EX + "p"), Literal(f'v{n} "quoted"\nline'))


def _default(store: ox.Store) -> set[tuple[str, str, str]]:
    return {
        (str(q.subject), str(q.predicate), str(q.object))
        for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())
    }


def _merge(store: ox.Store) -> set[tuple[str, str, str]]:
    return {
        (str(q.subject), str(q.predicate), str(q.object))
        for q in store.quads_for_pattern(None, None, None)
        if isinstance(q.graph_name, ox.NamedNode)
    }


def assert_merged(store: OxigraphStore) -> None:
    assert has_merge(store.store)
    assert _default(store.store) == _merge(store.store)


@pytest.fixture
def oxi(tmp_path: Path) -> Iterator[OxigraphStore]:
    store = OxigraphStore(str(tmp_path / "db"))
    yield store
    store.close()


def test_replace_and_remove_keep_the_merge(oxi: OxigraphStore) -> None:
    oxi.replace_graph(URIRef(EX + "a"), _quads("a", SHARED, _t(1), _t(2)))  # type: ignore[arg-type]
    oxi.replace_graph(URIRef(EX + "b"), _quads("b", SHARED, _t(2), _t(3)))  # type: ignore[arg-type]
    assert_merged(oxi)
    assert len(_default(oxi.store)) == 4  # each triple once
    # a changed article: _t(1) is held by no other graph and leaves the merge, _t(2) stays (b holds it)
    oxi.replace_graph(URIRef(EX + "a"), _quads("a", SHARED, _t(4)))  # type: ignore[arg-type]
    assert_merged(oxi)
    assert (f"<{EX}s1>", f"<{EX}p>", str(ox.Literal('v1 "quoted"\nline'))) not in _default(oxi.store)
    oxi.remove_graph(URIRef(EX + "b"))
    assert_merged(oxi)
    oxi.remove_graph(URIRef(EX + "a"))
    assert_merged(oxi)
    assert _default(oxi.store) == set()
    assert oxi.graphs() == []


def test_prepared_graphs_keep_the_merge(oxi: OxigraphStore) -> None:
    fingerprint = [(URIRef(EX + "article"), URIRef(EX + "fingerprint"), Literal("f1"), URIRef(EX + "a"))]
    oxi.replace_graph_prepared(URIRef(EX + "a"), prepared_nquads(_quads("a", SHARED, _t(1))), fingerprint)  # type: ignore[arg-type]
    oxi.replace_graph_prepared(URIRef(EX + "b"), prepared_nquads(_quads("b", SHARED, _t(2))))  # type: ignore[arg-type]
    assert_merged(oxi)
    assert (f"<{EX}article>", f"<{EX}fingerprint>", '"f1"') in _default(oxi.store)
    # a graph already there is replaced, as replace_graph does: _t(1) leaves the merge, SHARED stays (b holds it)
    oxi.replace_graph_prepared(URIRef(EX + "a"), prepared_nquads(_quads("a", SHARED, _t(3))))  # type: ignore[arg-type]
    assert_merged(oxi)
    assert len(_default(oxi.store)) == 3
    assert {str(q.object) for q in oxi.store.quads_for_pattern(None, None, None, ox.NamedNode(EX + "a"))} == {
        '"Iran"@en',
        str(ox.Literal('v3 "quoted"\nline')),
    }
    with pytest.raises(StoreError, match="holds quads of another graph"):
        oxi.replace_graph_prepared(URIRef(EX + "a"), prepared_nquads(_quads("c", _t(4))))  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="cannot read the prepared graph"):
        oxi.replace_graph_prepared(URIRef(EX + "a"), b"<not n-quads")
    assert_merged(oxi)


def test_queries_see_each_triple_once(oxi: OxigraphStore) -> None:
    for name in "abc":
        oxi.replace_graph(URIRef(EX + name), _quads(name, SHARED, _t(ord(name))))  # type: ignore[arg-type]
    count = oxi.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ <{EX}iran> ?p ?o }}")
    assert int(str(count.rows[0][0])) == 1
    per_graph = oxi.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ <{EX}iran> ?p ?o }} }}")
    assert int(str(per_graph.rows[0][0])) == 3


def test_blank_nodes_are_replaced_too(oxi: OxigraphStore) -> None:
    from rdflib import BNode

    node = BNode("n1")
    oxi.replace_graph(URIRef(EX + "a"), _quads("a", (node, URIRef(EX + "p"), Literal("x"))))  # type: ignore[arg-type]
    oxi.replace_graph(URIRef(EX + "a"), _quads("a", (node, URIRef(EX + "p"), Literal("y"))))  # type: ignore[arg-type]
    assert_merged(oxi)
    assert len(list(oxi.quads())) == 1


def test_bulk_load_keeps_the_merge(oxi: OxigraphStore, tmp_path: Path) -> None:
    oxi.replace_graph(URIRef(EX + "a"), _quads("a", SHARED, _t(1)))  # type: ignore[arg-type]
    shard = tmp_path / "shard.nq"
    lines = [f"{ox.NamedNode(EX + 'a')} {ox.NamedNode(EX + 'p')} {ox.Literal('new')} {ox.NamedNode(EX + 'a')} ."]
    lines += [f'<{EX}iran> <{EX}name> "Iran"@en <{EX}b> .']
    shard.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert load_nquads(oxi, [shard]) == 2
    assert_merged(oxi)
    assert _t(1)[0] not in {q[0] for q in oxi.quads()}  # graph a was replaced
    assert oxi.graphs() == [URIRef(EX + "a"), URIRef(EX + "b")]


@pytest.mark.parametrize(
    "update",
    [
        f"INSERT DATA {{ GRAPH <{EX}c> {{ <{EX}s9> <{EX}p> 'nine' }} }}",
        f"DELETE DATA {{ GRAPH <{EX}a> {{ <{EX}iran> <{EX}name> 'Iran'@en }} }}",
        f"DELETE WHERE {{ GRAPH ?g {{ <{EX}iran> ?p ?o }} }}",
        f"DROP GRAPH <{EX}b>",
        "DROP ALL",
        f"CLEAR DEFAULT ; INSERT DATA {{ <{EX}x> <{EX}y> <{EX}z> }}",  # the default graph is the merge
        f"MOVE <{EX}a> TO <{EX}c> # a comment at the end",
        f"COPY <{EX}a> TO <{EX}c> ;",
        f"DROP SILENT GRAPH <{EX}a> ;\nINSERT DATA {{ GRAPH <{EX}a> {{ <{EX}s> <{EX}p> 'x' . <{EX}iran> <{EX}name> 'Iran'@en }} }}",
        f"DELETE WHERE {{ GRAPH <{EX}b> {{ ?s ?p ?o }} }}",
        f"WITH <{EX}b> DELETE {{ ?s ?p ?o }} INSERT {{ ?s ?p 'again' }} WHERE {{ ?s ?p ?o }}",
    ],
)
def test_updates_keep_the_merge(oxi: OxigraphStore, update: str) -> None:
    oxi.replace_graph(URIRef(EX + "a"), _quads("a", SHARED, _t(1)))  # type: ignore[arg-type]
    oxi.replace_graph(URIRef(EX + "b"), _quads("b", SHARED, _t(2)))  # type: ignore[arg-type]
    oxi.update(update)
    assert_merged(oxi)


def test_a_bad_update_changes_nothing(oxi: OxigraphStore) -> None:
    from officialdom.errors import QueryError

    oxi.replace_graph(URIRef(EX + "a"), _quads("a", SHARED))  # type: ignore[arg-type]
    with pytest.raises(QueryError, match="the update failed"):
        oxi.update("INSERT DATA { GRAPH <x:g> { <x:a> <x:b> ")
    assert_merged(oxi)


def test_an_old_store_is_migrated_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "old"
    old = ox.Store(str(path))  # as stores were written before the merge: named graphs, empty default graph
    for name in "ab":
        old.extend(
            [
                ox.Quad(
                    ox.NamedNode(EX + "iran"), ox.NamedNode(EX + "name"), ox.Literal("Iran"), ox.NamedNode(EX + name)
                ),
                ox.Quad(ox.NamedNode(EX + name), ox.NamedNode(EX + "p"), ox.Literal(name), ox.NamedNode(EX + name)),
            ]
        )
    old.flush()
    del old
    store = OxigraphStore(str(path))
    assert_merged(store)
    assert len(_default(store.store)) == 3
    assert len(store) == 4
    store.close()
    reopened = ox.Store.read_only(str(path))
    assert has_merge(reopened)


def test_the_merge_never_leaves_the_store(tmp_path: Path) -> None:
    kg = KnowledgeGraph(f"oxigraph:{tmp_path / 'db'}")
    kg.store.replace_graph(URIRef(EX + "a"), _quads("a", SHARED, _t(1)))  # type: ignore[arg-type]
    kg.store.replace_graph(URIRef(EX + "b"), _quads("b", SHARED))  # type: ignore[arg-type]
    assert MERGE_MARKER.value not in {str(g) for g in kg.store.graphs()}
    assert all(isinstance(q[3], URIRef) and str(q[3]).startswith(("http", "https")) for q in kg.store.quads())
    named = sum(1 for _ in kg.store.quads())
    assert len(kg.store) == named == len(kg)  # the merge is not counted
    nquads = kg.serialize("nq")
    assert nquads.count(f"<{EX}iran>") == 2  # once per article graph, never in the default graph
    assert all(line.count("<") >= 3 for line in nquads.splitlines())
    assert kg.canonical_nquads().count(f"<{EX}iran>") == 2
    out = kg.export("trig", tmp_path / "out.trig")
    assert "default-graph-is-the-merge" not in out[0].read_text(encoding="utf-8")
    kg.close()


@pytest.mark.parametrize(
    ("update", "graphs"),
    [
        (f"DROP SILENT GRAPH <{EX}a> ;\nINSERT DATA {{ GRAPH <{EX}a> {{ <{EX}s> <{EX}p> 'x' }} }}", [EX + "a"]),
        (f"DELETE WHERE {{ GRAPH <{EX}b> {{ ?s ?p ?o }} }}", [EX + "b"]),
        (f"WITH <{EX}w> DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }}", [EX + "w"]),
        (f"MOVE <{EX}a> TO <{EX}c>", [EX + "a", EX + "c"]),
        ("DROP ALL", None),
        (f"DELETE WHERE {{ GRAPH ?g {{ <{EX}iran> ?p ?o }} }}", None),
        (f"INSERT DATA {{ <{EX}x> <{EX}y> <{EX}z> }}", None),
        ("not sparql", None),
    ],
)
def test_updates_resync_only_the_graphs_they_name(update: str, graphs: list[str] | None) -> None:
    from officialdom.graph.stores.oxigraph import _touched_graphs

    found = _touched_graphs(update)
    assert (None if found is None else [g.value for g in found]) == graphs


def test_a_load_stopped_half_way_leaves_whole_graphs(
    oxi: OxigraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each graph is written in its own transaction: when writing stops at the second graph of a shard, the
    first is whole and the second absent, never half there."""
    shard = tmp_path / "shard.nq"
    lines = [f'<{EX}s{i}> <{EX}p> "a{i}" <{EX}a> .' for i in range(5)]
    lines += [f'<{EX}s{i}> <{EX}p> "b{i}" <{EX}b> .' for i in range(5)]
    shard.write_text("\n".join(lines) + "\n", encoding="utf-8")
    real = OxigraphStore.replace_graph_quads
    calls: list[str] = []

    def stop_at_second(self: OxigraphStore, name: ox.NamedNode, items: list[ox.Quad]) -> None:
        calls.append(name.value)
        if len(calls) == 2:
            raise KeyboardInterrupt  # the process stopped here
        real(self, name, items)

    monkeypatch.setattr(OxigraphStore, "replace_graph_quads", stop_at_second)
    with pytest.raises(KeyboardInterrupt):
        load_nquads(oxi, [shard])
    assert oxi.graphs() == [URIRef(EX + "a")]
    assert len(list(oxi.quads(URIRef(EX + "a")))) == 5
    assert_merged(oxi)
