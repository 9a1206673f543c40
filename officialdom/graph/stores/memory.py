"""The in-memory store: an rdflib ``Dataset``, for quick notebook work."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from rdflib import Dataset, Graph, URIRef
from rdflib.query import Result

from officialdom.errors import QueryError, StoreError
from officialdom.graph.stores.base import Quad, QueryResult, Store
from officialdom.graph.vocab import PREFIXES

__all__ = ["MemoryStore", "result_from_rdflib"]


def result_from_rdflib(result: Result) -> QueryResult:
    """A :class:`QueryResult` from an rdflib query result."""
    if result.type == "ASK":
        return QueryResult(kind="ask", boolean=bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        g = Graph()
        for triple in result:
            g.add(triple)  # type: ignore[arg-type]
        return QueryResult(kind="construct", graph=g)
    variables = [str(v) for v in (result.vars or [])]
    rows = [tuple(row) for row in result]  # type: ignore[arg-type]
    return QueryResult(kind="select", variables=variables, rows=rows)  # type: ignore[arg-type]


class MemoryStore(Store):
    """rdflib ``Dataset`` in memory; queries see the union of all named graphs (``default_union``), which rdflib
    evaluates as a set: a triple held by several graphs is seen once. Nothing is stored in the default graph."""

    kind = "memory"

    def __init__(self, location: str = "") -> None:
        if location:
            raise StoreError("the memory store takes no location; use oxigraph:PATH for a store on disk")
        self.dataset = Dataset(default_union=True)
        for prefix, ns in PREFIXES.items():
            self.dataset.bind(prefix, ns, override=True)

    def replace_graph(self, graph: URIRef, quads: Iterable[Quad]) -> None:
        self.remove_graph(graph)
        g = self.dataset.graph(graph)
        for s, p, o, _ in quads:
            g.add((s, p, o))

    def patch_graph(self, graph: URIRef, remove: Sequence[Quad], add: Sequence[Quad]) -> None:
        g = self.dataset.graph(graph)
        for s, p, o, _ in remove:
            g.remove((s, p, o))
        for s, p, o, _ in add:
            g.add((s, p, o))

    def remove_graph(self, graph: URIRef) -> None:
        if graph in set(self.graphs()):
            self.dataset.remove_graph(self.dataset.graph(graph))

    def graphs(self) -> list[URIRef]:
        return sorted(
            URIRef(str(g.identifier)) for g in self.dataset.graphs() if isinstance(g.identifier, URIRef) and len(g)
        )

    def query(self, sparql: str) -> QueryResult:
        try:
            result = self.dataset.query(sparql, initNs=PREFIXES)
            return result_from_rdflib(result)
        except Exception as err:  # rdflib raises pyparsing and assorted errors
            raise QueryError(f"the query failed: {_first_line(err)}") from None

    def update(self, sparql: str) -> None:
        try:
            self.dataset.update(sparql, initNs=PREFIXES)
        except Exception as err:
            raise QueryError(f"the update failed: {_first_line(err)}") from None

    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        context = self.dataset.graph(graph) if graph is not None else None
        for s, p, o, g in self.dataset.quads((None, None, None, context)):
            gid = g.identifier if isinstance(g, Graph) else g
            if gid is None or not isinstance(gid, URIRef) or str(gid) == "urn:x-rdflib:default":
                continue
            yield (s, p, o, URIRef(str(gid)))

    def __len__(self) -> int:
        return sum(len(g) for g in self.dataset.graphs() if isinstance(g.identifier, URIRef))


def _first_line(err: BaseException) -> str:
    text = str(err).strip() or type(err).__name__
    return text.splitlines()[0][:500]
