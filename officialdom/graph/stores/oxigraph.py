"""The Oxigraph store: pyoxigraph on disk (or in memory), for fast SPARQL over large graphs."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from officialdom.errors import QueryError, StoreError
from officialdom.graph.stores.base import Quad, QueryResult, Store
from officialdom.graph.vocab import PREFIXES

__all__ = [
    "MERGE_MARKER",
    "OxigraphStore",
    "build_merge",
    "from_ox",
    "has_merge",
    "prepared_nquads",
    "query_options",
    "to_ox",
    "update_with_merge",
]

logger = logging.getLogger(__name__)


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


def _rows(solutions: ox.QuerySolutions) -> list[tuple[Node | None, ...]]:
    """Solutions as rows of rdflib terms, each distinct term converted once (rows repeat names, types and dates:
    this is most of the time a large answer takes)."""
    converted: dict[object, Node | None] = {}
    rows = []
    for solution in solutions:
        row: list[Node | None] = []
        for term in solution:
            if term is None:
                row.append(None)
                continue
            value = converted.get(term)
            if value is None:
                value = converted[term] = from_ox(term)
            row.append(value)
        rows.append(tuple(row))
    return rows


class OxigraphStore(Store):
    """Oxigraph on disk at ``location`` (created if needed), or in memory when ``location`` is empty.

    Each article is a named graph, and the store's **default graph holds the RDF merge of all the named graphs**
    (each triple once). Queries run over that default graph with set semantics; ``GRAPH ?g { ... }`` patterns
    still see the named graphs. (Querying the union of the named graphs instead, pyoxigraph 0.5 counts a triple
    once per graph that holds it, so a description repeated in thousands of articles multiplies the rows of every
    join on it.) Every write keeps the merge right, in the same transaction as the write itself:

    * :meth:`replace_graph` of a new graph is one ``extend`` (the quads and their copies in the merge); of an
      existing graph one SPARQL update of several operations (the triples only that graph held leave the merge,
      the graph is dropped, the new quads and their copies go in). pyoxigraph applies an update as one
      transaction, so an article is all in or all out, merge included. (Graphs with blank nodes are the exception:
      ``INSERT DATA`` would rename them, so those are replaced in two steps.)
    * :meth:`remove_graph` is one update (the merge, then the graph).
    * :meth:`bulk_extend` (used by :func:`officialdom.parallel.load_nquads`) writes each quad next to its copy in
      the merge; like pyoxigraph's bulk loader it is not one transaction.
    * :meth:`update` runs the caller's update and a resync of the merge in the same transaction
      (:func:`update_with_merge`): of the graphs the update names, when it names every graph it writes (an article
      replaced through ``officialdom serve --writable``: well under a second, mostly rdflib parsing the update to
      find them), of the whole merge otherwise (about 15 s on 1,000,000 quads). The default graph is reserved for
      the merge: an update should write into named graphs (``GRAPH <g> { ... }``); triples it writes into the
      default graph alone are dropped by the resync.

    The merge never leaves the store: :meth:`quads`, :meth:`graphs`, :meth:`canonical_nquads`, ``len()`` and so
    every export, count and dump see the named graphs only. An empty named graph, :data:`MERGE_MARKER`, records
    that the default graph is the merge; a store made before (named graphs, empty default graph) gets its merge
    built once when it is opened (:func:`build_merge`).
    """

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
            if not has_merge(self._store):
                build_merge(self._store)
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
        self._replace_items(name, items)

    def replace_graph_prepared(self, graph: URIRef, data: bytes, extra: Iterable[Quad] = ()) -> None:
        """Replace one named graph by the N-Quads of :func:`prepared_nquads` (made where the graph was built, a
        worker process) and the quads ``extra``. A new graph is loaded natively in one transaction, quads and
        merge together; a graph already there is replaced as by :meth:`replace_graph`."""
        name = ox.NamedNode(str(graph))
        extra_items = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o, _ in extra]  # type: ignore[arg-type]
        try:
            if not self.store.contains_named_graph(name) and has_merge(self.store):
                tail = ox.serialize(_with_merge(extra_items), format=ox.RdfFormat.N_QUADS) or b""
                self.store.load(data + tail, format=ox.RdfFormat.N_QUADS)  # one transaction
                return
            parsed = ox.parse(data, format=ox.RdfFormat.N_QUADS)
            items = [q for q in parsed if isinstance(q.graph_name, ox.NamedNode)] + extra_items
        except SyntaxError as err:
            raise StoreError(f"cannot read the prepared graph {graph}: {err}") from None
        except OSError as err:
            raise StoreError(f"cannot write to the Oxigraph store: {err}") from None
        if any(q.graph_name != name for q in items):
            raise StoreError(f"the prepared graph {graph} holds quads of another graph")
        self._replace_items(name, items)

    def _replace_items(self, name: ox.NamedNode, items: list[ox.Quad]) -> None:
        try:
            if not self.store.contains_named_graph(name):
                self.store.extend(_with_merge(items))  # one transaction
            elif any(isinstance(t, ox.BlankNode) for q in items for t in (q.subject, q.object)):
                self.store.update(_forget_graph(name))
                self.store.extend(_with_merge(items))
            else:
                triples = " ".join(f"{q.subject} {q.predicate} {q.object} ." for q in items)
                self.store.update(f"{_forget_graph(name)} ;\nINSERT DATA {{ GRAPH {name} {{ {triples} }} {triples} }}")
        except OSError as err:
            raise StoreError(f"cannot write to the Oxigraph store: {err}") from None

    def remove_graph(self, graph: URIRef) -> None:
        name = ox.NamedNode(str(graph))
        if self.store.contains_named_graph(name):
            try:
                self.store.update(_forget_graph(name))
            except OSError as err:
                raise StoreError(f"cannot write to the Oxigraph store: {err}") from None

    def patch_graph(self, graph: URIRef, remove: Sequence[Quad], add: Sequence[Quad]) -> None:
        """One update, so one transaction: the quads ``remove`` leave the graph and, when no other graph holds
        their triple, the merge; the quads ``add`` go into the graph and the merge."""
        name = ox.NamedNode(str(graph))
        gone = " ".join(f"{to_ox(s)} {to_ox(p)} {to_ox(o)} ." for s, p, o, _ in remove)
        new = " ".join(f"{to_ox(s)} {to_ox(p)} {to_ox(o)} ." for s, p, o, _ in add)
        operations = []
        if remove:
            rows = " ".join(f"({to_ox(s)} {to_ox(p)} {to_ox(o)})" for s, p, o, _ in remove)
            operations += [
                f"DELETE DATA {{ GRAPH {name} {{ {gone} }} }}",
                f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES (?s ?p ?o) {{ {rows} }} ?s ?p ?o "
                "FILTER NOT EXISTS { GRAPH ?h { ?s ?p ?o } } }",
            ]
        if add:
            operations.append(f"INSERT DATA {{ GRAPH {name} {{ {new} }} {new} }}")
        if not operations:
            return
        try:
            self.store.update(" ;\n".join(operations))
        except OSError as err:
            raise StoreError(f"cannot write to the Oxigraph store: {err}") from None

    def replace_graph_quads(self, name: ox.NamedNode, items: Sequence[ox.Quad]) -> None:
        """Replace one named graph by pyoxigraph quads: the old graph out, then the new one in with its part of
        the merge in one transaction, so that an article is whole or absent at every moment (a load killed
        half-way leaves no partial article whose fingerprint would make a resumed run skip it)."""
        try:
            if self.store.contains_named_graph(name):
                self.store.update(_forget_graph(name))
            self.store.extend(_with_merge(ox.Quad(q.subject, q.predicate, q.object, name) for q in items))
        except OSError as err:
            raise StoreError(f"cannot write to the Oxigraph store: {err}") from None

    def bulk_extend(self, quads: Iterable[ox.Quad]) -> None:
        """Add quads with pyoxigraph's bulk loader (fast, not one transaction), each with its copy in the merge.

        Quads of the default graph are skipped: the default graph is the merge.
        """
        try:
            self.store.bulk_extend(_with_merge(q for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)))
        except OSError as err:
            raise StoreError(f"cannot write to the Oxigraph store: {err}") from None

    def graphs(self) -> list[URIRef]:
        return sorted(
            URIRef(g.value) for g in self.store.named_graphs() if isinstance(g, ox.NamedNode) and g != MERGE_MARKER
        )

    def query(self, sparql: str) -> QueryResult:
        try:
            result = self.store.query(sparql, **query_options(self.store))
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
        return QueryResult(kind="select", variables=variables, rows=_rows(result))

    def query_strings(self, sparql: str) -> list[tuple[str | None, ...]]:
        try:
            result = self.store.query(sparql, **query_options(self.store))
        except (SyntaxError, OSError, ValueError) as err:
            raise QueryError(f"the query failed: {str(err).splitlines()[0][:500]}") from None
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("query_strings takes a SELECT query")
        return [tuple(None if term is None else term.value for term in solution) for solution in result]  # type: ignore[union-attr]

    def update(self, sparql: str) -> None:
        """Run a SPARQL update and resync the merge, in one transaction (see the class documentation)."""
        try:
            update_with_merge(self.store, sparql)
        except (SyntaxError, OSError, ValueError) as err:
            raise QueryError(f"the update failed: {str(err).splitlines()[0][:500]}") from None

    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        name = ox.NamedNode(str(graph)) if graph is not None else None
        for q in self.store.quads_for_pattern(None, None, None, name):
            if not isinstance(q.graph_name, ox.NamedNode):
                continue  # the default graph: the merge
            yield (
                from_ox(q.subject),  # type: ignore[misc]
                from_ox(q.predicate),  # type: ignore[misc]
                from_ox(q.object),  # type: ignore[misc]
                URIRef(q.graph_name.value),
            )

    def __len__(self) -> int:
        """Quads in the named graphs (the merge not counted)."""
        result = self.store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert isinstance(result, ox.QuerySolutions)
        return sum(int(row[0].value) for row in result)  # type: ignore[union-attr]

    def flush(self) -> None:
        if self.location and self._store is not None:
            self._store.flush()

    def close(self) -> None:
        """Flush and release the store (and its lock on the folder)."""
        self.flush()
        self._store = None


# -- the merge of the named graphs in the default graph ------------------------------------------------------------
MERGE_MARKER = ox.NamedNode("urn:x-officialdom:default-graph-is-the-merge")
"""An empty named graph whose presence says that the store's default graph holds the merge of its named graphs."""

_ONE_TRANSACTION = 5_000_000  # quads up to which the merge is built in one update (memory grows with it)

_RESYNC = (
    "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } } ;\n"
    "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o } } ;\n"
    f"CREATE SILENT GRAPH {MERGE_MARKER}"
)


def prepared_nquads(quads: Iterable[Quad]) -> bytes:
    """The N-Quads that :meth:`OxigraphStore.replace_graph_prepared` loads: each quad of one named graph followed
    by its triple in the default graph (the merge). Building them is most of the cost of writing an article, so
    a worker process that extracted the article can do it.

    >>> from rdflib import Literal, URIRef
    >>> g = URIRef("https://example.org/graph")
    >>> print(prepared_nquads([(URIRef("https://example.org/s"), URIRef("https://example.org/p"), Literal("o"), g)]).decode())
    <https://example.org/s> <https://example.org/p> "o" <https://example.org/graph> .
    <https://example.org/s> <https://example.org/p> "o" .
    <BLANKLINE>
    """
    items = (ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g)) for s, p, o, g in quads)  # type: ignore[arg-type]
    return ox.serialize(_with_merge(items), format=ox.RdfFormat.N_QUADS) or b""


def _with_merge(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
    """Each quad followed by its triple in the default graph."""
    default = ox.DefaultGraph()
    for q in quads:
        yield q
        yield ox.Quad(q.subject, q.predicate, q.object, default)


def _forget_graph(name: ox.NamedNode) -> str:
    """Update operations that take the triples only ``name`` holds out of the merge, then drop ``name``."""
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {name} {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != {name}) }} }} ;\n"
        f"DROP SILENT GRAPH {name}"
    )


def has_merge(store: ox.Store) -> bool:
    """True when the default graph of ``store`` is kept as the merge of its named graphs."""
    return bool(store.contains_named_graph(MERGE_MARKER))


def build_merge(store: ox.Store, *, clear: bool = True) -> None:
    """Make the default graph of ``store`` the merge of its named graphs and mark it so: a store made before the
    merge existed is migrated this way when opened (about 45 s and 1 GiB of memory for 1,000,000 quads, in one
    transaction; past 5,000,000 quads with the bulk loader, which is not one transaction but starts again from
    the beginning if interrupted, as the marker is written last). ``clear=False`` keeps what the default graph
    already holds (a Turtle file served read-only, whose triples are all there)."""
    logger.info("building the merge of the named graphs in the default graph")
    if len(store) <= _ONE_TRANSACTION:
        store.update(
            ("CLEAR SILENT DEFAULT ;\n" if clear else "")
            + f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} ;\nCREATE SILENT GRAPH {MERGE_MARKER}"
        )
        return
    if clear:
        store.clear_graph(ox.DefaultGraph())
    store.bulk_extend(
        ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
        for q in store.quads_for_pattern(None, None, None)
        if not isinstance(q.graph_name, ox.DefaultGraph)
    )
    store.add_graph(MERGE_MARKER)


def query_options(store: ox.Store) -> dict[str, Any]:
    """Keyword arguments for ``store.query``: the default graph when it is the merge, the union of the named
    graphs otherwise (a store opened read-only before its migration); the project prefixes bound."""
    options: dict[str, Any] = {"prefixes": PREFIXES}
    if not has_merge(store):
        options["use_default_graph_as_union"] = True
    return options


def update_with_merge(store: ox.Store, sparql: str) -> None:
    """Run ``sparql`` (an update, project prefixes bound) and keep the merge right, in one transaction; a store
    without the merge just runs the update.

    When the update names every graph it writes (``INSERT DATA``/``DELETE DATA``/``DELETE WHERE`` with
    ``GRAPH <iri>``, ``DROP``/``CLEAR``/``CREATE GRAPH <iri>``, templates under ``GRAPH <iri>`` or ``WITH <iri>``...),
    only those graphs are resynced: the triples only they held leave the merge before the update, their triples
    go back in after it (milliseconds per article graph). Otherwise (``GRAPH ?g`` in a template, ``DROP ALL``,
    ``MOVE``, writes to the default graph, or text rdflib cannot parse) the whole merge is resynced after the
    update (about 15 s on 1,000,000 quads).
    """
    if not has_merge(store):
        store.update(sparql, prefixes=PREFIXES)
        return
    touched = _touched_graphs(sparql)
    if touched is None:
        before, after = "", _RESYNC
    elif not touched:
        before, after = "", f"CREATE SILENT GRAPH {MERGE_MARKER}"
    else:
        graphs = " ".join(str(g) for g in touched)
        listed = ", ".join(str(g) for g in touched)
        before = (
            f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES ?t {{ {graphs} }} GRAPH ?t {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h NOT IN ({listed})) }} }} ;\n"
        )
        after = (
            f"INSERT {{ ?s ?p ?o }} WHERE {{ VALUES ?t {{ {graphs} }} GRAPH ?t {{ ?s ?p ?o }} }} ;\n"
            f"CREATE SILENT GRAPH {MERGE_MARKER}"
        )
    try:  # after a comment or a final ";" alike, a new line and ";" starts the next operation...
        store.update(f"{before}{sparql}\n;\n{after}", prefixes=PREFIXES)
    except SyntaxError:
        try:  # ...unless the update already ends with ";"
            store.update(f"{before}{sparql}\n{after}", prefixes=PREFIXES)
        except SyntaxError:
            store.update(sparql, prefixes=PREFIXES)  # raises the caller's own syntax error, if it has one
            store.update(_RESYNC)


def _touched_graphs(sparql: str) -> list[ox.NamedNode] | None:
    """The named graphs an update writes, when it names them all and writes nothing else; None otherwise."""
    from rdflib.plugins.sparql.algebra import translateUpdate
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        operations = translateUpdate(parseUpdate(sparql), initNs=PREFIXES).algebra
    except Exception:  # rdflib raises pyparsing and assorted errors: resync everything
        return None
    found: set[str] = set()

    def graph(term: object) -> bool:
        if isinstance(term, URIRef):
            found.add(str(term))
            return True
        return False

    for op in operations:
        name = op.name
        if name in ("InsertData", "DeleteData", "DeleteWhere"):
            if dict.get(op, "triples") or not all(graph(g) for g in (dict.get(op, "quads") or {})):
                return None
        elif name == "Modify":
            with_graph = dict.get(op, "withClause")
            for key in ("delete", "insert"):
                template = dict.get(op, key)  # CompValue.get gives the key itself when it is missing
                if not template:
                    continue
                if dict.get(template, "triples") and not graph(with_graph):
                    return None
                if not all(graph(g) for g in (dict.get(template, "quads") or {})):
                    return None
        elif name in ("Clear", "Drop", "Create", "Load"):
            if not graph(dict.get(op, "graphiri")):
                return None
        elif name in ("Add", "Move", "Copy"):
            if not all(graph(g) for g in dict.get(op, "graph") or [None]):
                return None
        else:
            return None
    try:
        return [ox.NamedNode(g) for g in sorted(found)]
    except ValueError:
        return None
