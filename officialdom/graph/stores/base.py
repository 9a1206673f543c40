"""The interface every store implements, and the result of a query."""

from __future__ import annotations

import csv
import io
import json
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Quad", "QueryResult", "Store", "term_value"]

Quad = tuple[Node, Node, Node, URIRef]


def term_value(term: Node | None) -> Any:
    """A plain Python value for a term: IRIs and strings as str, numbers, dates and booleans as such."""
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return value if not isinstance(value, Literal) else str(term)
    return str(term)


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype:
        out["datatype"] = str(term.datatype)
    return out


@dataclass
class QueryResult:
    """The answer to a query: rows of terms for SELECT, a boolean for ASK, a graph for CONSTRUCT/DESCRIBE."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    def __len__(self) -> int:
        if self.kind == "select":
            return len(self.rows)
        if self.graph is not None:
            return len(self.graph)
        return 1

    def __iter__(self) -> Iterator[tuple[Node | None, ...]]:
        return iter(self.rows)

    def values(self) -> list[dict[str, Any]]:
        """Rows as dicts of plain Python values."""
        return [{v: term_value(t) for v, t in zip(self.variables, row, strict=True)} for row in self.rows]

    def to_dataframe(self) -> pd.DataFrame:
        """Rows as a pandas DataFrame of plain values (one column per variable)."""
        import pandas as pd

        return pd.DataFrame(self.values(), columns=self.variables)

    def to_csv(self) -> str:
        """SPARQL CSV results (values only)."""
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        if self.kind == "ask":
            writer.writerow(["boolean"])
            writer.writerow(["true" if self.boolean else "false"])
            return buf.getvalue()
        writer.writerow(self.variables)
        for row in self.rows:
            writer.writerow(["" if t is None else str(t) for t in row])
        return buf.getvalue()

    def to_json(self) -> str:
        """SPARQL 1.1 Query Results JSON."""
        if self.kind == "ask":
            return json.dumps({"head": {}, "boolean": bool(self.boolean)})
        bindings = [
            {v: _json_term(t) for v, t in zip(self.variables, row, strict=True) if t is not None} for row in self.rows
        ]
        return json.dumps({"head": {"vars": self.variables}, "results": {"bindings": bindings}}, ensure_ascii=False)


class Store(ABC):
    """A quad store holding one named graph per article.

    Subclasses implement the abstract methods; everything else is built on them.
    """

    kind: str = "store"

    @abstractmethod
    def replace_graph(self, graph: URIRef, quads: Iterable[Quad]) -> None:
        """Replace the named graph ``graph`` by ``quads`` (all in that graph), in one step."""

    @abstractmethod
    def remove_graph(self, graph: URIRef) -> None:
        """Drop a named graph (nothing happens if it does not exist)."""

    def patch_graph(self, graph: URIRef, remove: Sequence[Quad], add: Sequence[Quad]) -> None:
        """Take the quads ``remove`` out of the named graph ``graph`` and put ``add`` in, in one step where the
        store has transactions (a quad in both ends up present). No blank nodes."""
        name = graph.n3()
        operations = []
        for quads, verb in ((remove, "DELETE"), (add, "INSERT")):
            lines = [f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o, _ in quads]
            for start in range(0, len(lines), 5000):
                body = "\n".join(lines[start : start + 5000])
                operations.append(f"{verb} DATA {{ GRAPH {name} {{\n{body}\n}} }}")
        if operations:
            self.update(" ;\n".join(operations))

    @abstractmethod
    def graphs(self) -> list[URIRef]:
        """The named graphs of the store."""

    @abstractmethod
    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL query over all the named graphs (their union, or their merge: each store says which),
        with the project prefixes pre-bound.

        Raises :class:`~officialdom.errors.QueryError` for a query that does not parse or fails.
        """

    def query_strings(self, sparql: str) -> list[tuple[str | None, ...]]:
        """The rows of a SELECT query as strings (IRIs, and literals' lexical forms): for code that needs only
        values, without building rdflib terms."""
        return [tuple(None if term is None else str(term) for term in row) for row in self.query(sparql).rows]

    @abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL update."""

    @abstractmethod
    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        """Every quad (of one graph when given), as rdflib terms."""

    def __len__(self) -> int:
        return sum(1 for _ in self.quads())

    def has_graph(self, graph: URIRef) -> bool:
        """True when the named graph holds something."""
        return graph in set(self.graphs())

    def canonical_nquads(self, graphs: Sequence[URIRef] | None = None) -> str:
        """Every quad as sorted N-Quads lines: equal for equal graphs (no blank nodes are written)."""
        lines = set()
        sources = [self.quads()] if graphs is None else [self.quads(g) for g in dict.fromkeys(graphs)]
        for quads in sources:
            for s, p, o, g in quads:
                lines.add(f"{s.n3()} {p.n3()} {o.n3()} {g.n3()} .")
        return "\n".join(sorted(lines)) + ("\n" if lines else "")

    def flush(self) -> None:  # noqa: B027 - optional hook, nothing to do for most stores
        """Make writes durable (stores on disk)."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release the store."""

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
