r"""The visual graph: one self-contained, interactive HTML page (no network needed, no third-party code).

The page shows the :func:`~officialdom.graph.analytics.entity_graph` with a force-directed layout, a search box,
filters by type, country and date range, and a panel with the facts and evidence sentences of the node or link
clicked. In a notebook, a :class:`GraphView` displays inline.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("id:1", label="Jane </script> Doe", type="Person", kind="entity", countries=[], facts={}, evidence=[])
>>> page = render_html(g)
>>> "</script> Doe" in page, "Jane \\u003c/script\\u003e Doe" in page
(False, True)
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from officialdom.errors import ExportError

if TYPE_CHECKING:
    from officialdom.graph.kg import KnowledgeGraph

__all__ = ["GraphView", "graph_data", "graph_view", "render_html"]


def graph_data(g: nx.MultiDiGraph[str]) -> dict[str, list[dict[str, Any]]]:
    """The nodes and edges the page draws, as JSON-ready dicts."""
    nodes = []
    for node, data in g.nodes(data=True):
        item: dict[str, Any] = {
            "id": node,
            "label": str(data.get("label") or node),
            "type": str(data.get("type") or "Thing"),
            "kind": str(data.get("kind") or "entity"),
            "countries": list(data.get("countries", [])),
            "facts": data.get("facts", {}),
            "evidence": list(data.get("evidence", [])),
        }
        for key in ("date", "published"):
            if data.get(key):
                item[key] = str(data[key])
        nodes.append(item)
    edges = [
        {
            "source": source,
            "target": target,
            "relation": str(data.get("relation", key)),
            "label": str(data.get("label", data.get("relation", key))),
            "evidence": list(data.get("evidence", [])),
        }
        for source, target, key, data in g.edges(keys=True, data=True)
    ]
    return {"nodes": nodes, "edges": edges}


def _script_json(value: object) -> str:
    """JSON that is safe inside a ``<script>`` element: ``<``, ``>`` and ``&`` escaped as unicode escapes."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_html(g: nx.MultiDiGraph[str], title: str = "officialdom graph") -> str:
    """The page for a graph shaped like :func:`~officialdom.graph.analytics.entity_graph`, as one HTML string."""
    from officialdom.graph.viewpage import SCRIPT, STYLE, TEMPLATE

    page = TEMPLATE.replace("__STYLE__", STYLE).replace("__SCRIPT__", SCRIPT)
    page = page.replace("__TITLE__", html.escape(title))
    return page.replace("__DATA__", _script_json(graph_data(g)))


class GraphView:
    """An interactive page of the graph: ``save(path)`` writes it; in a notebook it displays inline."""

    def __init__(self, page: str, nodes: int, edges: int, height: int = 640) -> None:
        self.html = page
        self.nodes = nodes
        self.edges = edges
        self.height = height

    def save(self, path: str | Path) -> Path:
        """Write the page to ``path`` (one file that works offline) and return the path."""
        target = Path(path)
        try:
            target.write_text(self.html, encoding="utf-8")
        except OSError as error:
            raise ExportError(f"{target}: cannot write the page ({error.strerror})") from None
        return target

    def _repr_html_(self) -> str:
        """Inline display in Jupyter: the page in a sandboxed frame (scripts allowed, nothing else)."""
        return (
            f'<iframe srcdoc="{html.escape(self.html, quote=True)}" sandbox="allow-scripts" '
            f'style="width:100%;height:{self.height}px;border:1px solid #d8dce2" '
            f'title="officialdom graph: {self.nodes} nodes"></iframe>'
        )

    def __repr__(self) -> str:
        return f"<GraphView: {self.nodes} nodes, {self.edges} links>"


def graph_view(kg: KnowledgeGraph, title: str = "officialdom graph", height: int = 640) -> GraphView:
    """The visual graph of a knowledge graph (:func:`~officialdom.graph.analytics.entity_graph`)."""
    from officialdom.graph.analytics import entity_graph

    g = entity_graph(kg)
    return GraphView(render_html(g, title), g.number_of_nodes(), g.number_of_edges(), height)
