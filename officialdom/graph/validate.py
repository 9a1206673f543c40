"""Validation of graphs against the SHACL shapes of the vocabulary (``graph/shapes/officialdom.ttl``, pyshacl).

Each named graph the project writes (one per article, and the derived links graph) is self-contained, so the
shapes are checked graph by graph; a violation names the graph it is in.

>>> from rdflib import Graph, Literal, URIRef
>>> from officialdom.graph.vocab import OD, RDF
>>> g = Graph()
>>> g.add((URIRef("https://example.org/e1"), RDF.type, OD.Meeting))
<Graph identifier=... (<class 'rdflib.graph.Graph'>)>
>>> report = validate_graph(g)
>>> report.conforms, sorted({v.path for v in report.violations})[:3]
(False, ['od:confidence', 'od:evidence', 'od:rule'])
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Any

from rdflib import Graph, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from officialdom.errors import OfficialdomError
from officialdom.graph.rdf import VOCABULARY_GRAPH, bind_prefixes
from officialdom.graph.vocab import PREFIXES

if TYPE_CHECKING:
    from officialdom.graph.kg import KnowledgeGraph
    from officialdom.graph.stores import Store

__all__ = ["ValidationReport", "Violation", "shapes_graph", "validate_graph", "validate_quads", "validate_store"]


@functools.cache
def _shapes_text() -> str:
    return (resources.files("officialdom.graph") / "shapes" / "officialdom.ttl").read_text("utf-8")


def shapes_graph() -> Graph:
    """The SHACL shapes of the vocabulary (a fresh graph each call)."""
    g = Graph()
    g.parse(data=_shapes_text(), format="turtle")
    return g


def _short(term: Node | None) -> str | None:
    if term is None:
        return None
    text = str(term)
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if text.startswith(ns) and len(text) > len(ns):
            return f"{prefix}:{text[len(ns) :]}"
    return text


@dataclass(frozen=True, slots=True)
class Violation:
    """One result of validation: the node, the property path, what is wrong, and where."""

    focus: str
    path: str | None
    message: str
    severity: str = "Violation"
    shape: str | None = None
    value: str | None = None
    graph: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON object of the violation."""
        return {
            "focus": self.focus,
            "path": self.path,
            "message": self.message,
            "severity": self.severity,
            "shape": self.shape,
            "value": self.value,
            "graph": self.graph,
        }

    def __str__(self) -> str:
        where = f" [{self.graph}]" if self.graph else ""
        path = f" {self.path}" if self.path else ""
        value = f" (value {self.value})" if self.value else ""
        return f"{self.severity}: {self.focus}{path}: {self.message}{value}{where}"


@dataclass
class ValidationReport:
    """The outcome of validating one or more graphs: whether they conform, and every violation."""

    conforms: bool = True
    violations: list[Violation] = field(default_factory=list)
    graphs: int = 0
    triples: int = 0

    def __bool__(self) -> bool:
        return self.conforms

    def merge(self, other: ValidationReport) -> None:
        """Add another report's results to this one."""
        self.conforms = self.conforms and other.conforms
        self.violations.extend(other.violations)
        self.graphs += other.graphs
        self.triples += other.triples

    def to_dict(self) -> dict[str, Any]:
        """JSON object of the report."""
        return {
            "conforms": self.conforms,
            "graphs": self.graphs,
            "triples": self.triples,
            "violations": [v.to_dict() for v in self.violations],
        }


def _violations(results: Graph, graph_name: str | None) -> Iterator[Violation]:
    for result in sorted(results.subjects(SH.resultSeverity, None), key=str):
        focus = results.value(result, SH.focusNode)
        message = results.value(result, SH.resultMessage)
        severity = results.value(result, SH.resultSeverity)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        shape = results.value(result, SH.sourceShape)
        component = results.value(result, SH.sourceConstraintComponent)
        text = str(message) if message is not None else (_short(component) or "constraint not met")
        yield Violation(
            focus=_short(focus) or "",
            path=_short(path) if isinstance(path, URIRef) else (None if path is None else str(path)),
            message=text,
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
            shape=_short(shape) if isinstance(shape, URIRef) else None,
            value=None if value is None else str(value)[:200],
            graph=graph_name,
        )


def validate_graph(data: Graph, *, shapes: Graph | None = None, name: str | None = None) -> ValidationReport:
    """Validate one RDF graph against the shapes (the project's by default); ``name`` labels its violations."""
    try:
        from pyshacl import validate
    except ImportError as err:  # pragma: no cover - pyshacl is a dependency
        raise OfficialdomError("validation needs pyshacl; install it with pip install pyshacl") from err
    conforms, results, _ = validate(
        data,
        shacl_graph=shapes if shapes is not None else shapes_graph(),
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
    )
    assert isinstance(results, Graph)
    violations = sorted(_violations(results, name), key=lambda v: (v.graph or "", v.focus, v.path or "", v.message))
    return ValidationReport(conforms=bool(conforms), violations=violations, graphs=1, triples=len(data))


def validate_quads(quads: Iterable[tuple[Node, Node, Node, URIRef]]) -> ValidationReport:
    """Validate quads graph by graph (as :func:`~officialdom.graph.rdf.extraction_quads` gives them)."""
    by_graph: dict[URIRef, Graph] = {}
    for s, p, o, g in quads:
        if g not in by_graph:
            by_graph[g] = Graph()
            bind_prefixes(by_graph[g])
        by_graph[g].add((s, p, o))
    report = ValidationReport()
    shapes = shapes_graph()
    for name in sorted(by_graph):
        report.merge(validate_graph(by_graph[name], shapes=shapes, name=_short(name)))
    return report


def validate_store(graph: KnowledgeGraph | Store, *, graphs: Iterable[URIRef] | None = None) -> ValidationReport:
    """Validate every named graph of a store (or of a knowledge graph) but the vocabulary, one at a time."""
    from officialdom.graph.stores import Store

    store = graph if isinstance(graph, Store) else graph.store
    names = sorted(g for g in (graphs if graphs is not None else store.graphs()) if g != VOCABULARY_GRAPH)
    report = ValidationReport()
    shapes = shapes_graph()
    for name in names:
        data = Graph()
        bind_prefixes(data)
        for s, p, o, _ in store.quads(name):
            data.add((s, p, o))
        report.merge(validate_graph(data, shapes=shapes, name=_short(name)))
    return report
