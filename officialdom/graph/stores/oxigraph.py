"""The Oxigraph store: pyoxigraph on disk (or in memory), for fast SPARQL over large graphs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from officialdom.errors import QueryError, StoreError
from officialdom.graph.stores.base import Quad, QueryResult, Store
from officialdom.graph.vocab import PREFIXES

__all__ = ["OxigraphStore", "from_ox", "to_ox"]


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise StoreError(f"cannot store the term {term!r}")


def from_ox(term: object) -> Node | None:
    """A pyoxigraph term as an rdflib term."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    raise StoreError(f"cannot read the term {term!r}")


class OxigraphStore(Store):
    """Oxigraph on disk at ``location`` (created if needed), or in memory when ``location`` is empty."""

    kind = "oxigraph"

    def __init__(self, location: str = "") -> None:
        self.location = location
        self._store: ox.Store | None
        try:
            if location:
                Path(location).mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(location)
            else:
                self._store = ox.Store()
        except OSError as err:
            raise StoreError(
                f"cannot open the Oxigraph store at {location!r}: {err}. Is another process using it?"
            ) from None

    @property
    def store(self) -> ox.Store:
        """The pyoxigraph store (raises once closed)."""
        if self._store is None:
            raise StoreError(f"the Oxigraph store at {self.location!r} is closed")
        return self._store

    def replace_graph(self, graph: URIRef, quads: Iterable[Quad]) -> None:
        name = ox.NamedNode(str(graph))
        items = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o, _ in quads]  # type: ignore[arg-type]
        try:
            if self.store.contains_named_graph(name):
                self.store.remove_graph(name)
            self.store.extend(items)
        except OSError as err:
            raise StoreError(f"cannot write to the Oxigraph store: {err}") from None

    def remove_graph(self, graph: URIRef) -> None:
        name = ox.NamedNode(str(graph))
        if self.store.contains_named_graph(name):
            self.store.remove_graph(name)

    def graphs(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))

    def query(self, sparql: str) -> QueryResult:
        try:
            result = self.store.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)
        except (SyntaxError, OSError, ValueError) as err:
            raise QueryError(f"the query failed: {str(err).splitlines()[0][:500]}") from None
        if isinstance(result, ox.QueryBoolean):
            return QueryResult(kind="ask", boolean=bool(result))
        if isinstance(result, ox.QueryTriples):
            g = Graph()
            for t in result:
                g.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))  # type: ignore[arg-type]
            return QueryResult(kind="construct", graph=g)
        variables = [v.value for v in result.variables]
        rows = [tuple(from_ox(sol[v]) for v in variables) for sol in result]
        return QueryResult(kind="select", variables=variables, rows=rows)

    def update(self, sparql: str) -> None:
        try:
            self.store.update(sparql, prefixes=PREFIXES)
        except (SyntaxError, OSError, ValueError) as err:
            raise QueryError(f"the update failed: {str(err).splitlines()[0][:500]}") from None

    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        name = ox.NamedNode(str(graph)) if graph is not None else None
        for q in self.store.quads_for_pattern(None, None, None, name):
            if not isinstance(q.graph_name, ox.NamedNode):
                continue
            yield (
                from_ox(q.subject),  # type: ignore[misc]
                from_ox(q.predicate),  # type: ignore[misc]
                from_ox(q.object),  # type: ignore[misc]
                URIRef(q.graph_name.value),
            )

    def __len__(self) -> int:
        return len(self.store)

    def flush(self) -> None:
        if self.location and self._store is not None:
            self._store.flush()

    def close(self) -> None:
        """Flush and release the store (and its lock on the folder)."""
        self.flush()
        self._store = None
