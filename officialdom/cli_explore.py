"""Commands for exploring a graph: ``queries``, ``export``, ``view`` and ``plot`` (registered on the main app).

Each is a thin shell over :mod:`officialdom.graph` functions that notebooks call too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from officialdom.cli import _fail, _open_graph, app, err, out
from officialdom.config import DEFAULT_STORE
from officialdom.errors import OfficialdomError

__all__ = ["export", "plot", "queries", "view"]

_GRAPH_HELP = "An RDF file (.trig, .nq, .ttl, .jsonld) or a store (oxigraph:PATH)."


def _graph(target: str) -> Any:
    try:
        return _open_graph(target)
    except OfficialdomError as error:
        raise _fail(str(error)) from None


@app.command()
def queries(
    name: Annotated[str | None, typer.Argument(help="Show this saved query in full (its SPARQL too).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the saved queries with their parameters (run one with: query GRAPH --saved NAME --param K=V)."""
    from officialdom.graph.saved import load_saved_queries

    saved = load_saved_queries()
    if name is not None and name not in saved:
        raise _fail(f"no saved query {name!r}; saved queries: {', '.join(sorted(saved))}", 2)
    chosen = [saved[name]] if name else list(saved.values())
    if as_json:
        items = [
            {
                "name": q.name,
                "description": q.description,
                "params": [
                    {
                        "name": p.name,
                        "type": p.type,
                        "required": p.required,
                        "default": p.default,
                        "description": p.description,
                    }
                    for p in q.params
                ],
            }
            for q in chosen
        ]
        out.print_json(json.dumps(items, ensure_ascii=False))
        return
    if name is not None:
        out.print(saved[name].usage(), highlight=False)
        out.print(saved[name].text, highlight=False, markup=False)
        return
    table = Table(title="saved queries", title_justify="left", show_lines=True)
    table.add_column("name", no_wrap=True)
    table.add_column("what it answers")
    table.add_column("--param", overflow="fold")
    for q in chosen:
        table.add_row(q.name, q.description, "\n".join(p.usage() for p in q.params) or "-")
    out.print(table)


@app.command()
def export(
    graph: Annotated[str, typer.Argument(envvar="OFFICIALDOM_STORE", help=_GRAPH_HELP)] = DEFAULT_STORE,
    fmt: Annotated[
        str,
        typer.Option("--format", "-f", help="ttl, nt, nq, trig, jsonld, graphml, gexf, neo4j (a folder) or cytoscape."),
    ] = "trig",
    output: Annotated[Path, typer.Option("--output", "-o", help="The file to write (a folder for neo4j).")] = Path(
        "graph.out"
    ),
    context_url: Annotated[
        bool, typer.Option("--context-url", help="JSON-LD: refer to the published @context instead of inlining it.")
    ] = False,
) -> None:
    """Export a graph for triple stores (RDF), Gephi (GraphML, GEXF), Neo4j (CSV) or Cytoscape (JSON)."""
    from officialdom.graph.export import EXPORT_FORMATS
    from officialdom.graph.export import export as run_export

    if fmt not in EXPORT_FORMATS:
        raise _fail(f"--format must be one of {', '.join(EXPORT_FORMATS)}", 2)
    kg = _graph(graph)
    try:
        written = run_export(kg, fmt, output, context_url=context_url)
    except OfficialdomError as error:
        raise _fail(str(error)) from None
    finally:
        kg.close()
    for path in written:
        err.print(f"wrote {path} ({path.stat().st_size:,} bytes)", highlight=False)


@app.command()
def view(
    graph: Annotated[str, typer.Argument(envvar="OFFICIALDOM_STORE", help=_GRAPH_HELP)] = DEFAULT_STORE,
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML page to write.")] = Path("graph.html"),
    title: Annotated[str, typer.Option(help="The page's title.")] = "officialdom graph",
) -> None:
    """Write the graph as one interactive HTML page that works offline: search, filters, facts and evidence."""
    from officialdom.graph.view import graph_view

    kg = _graph(graph)
    try:
        page = graph_view(kg, title=title)
        page.save(output)
    except OfficialdomError as error:
        raise _fail(str(error)) from None
    finally:
        kg.close()
    err.print(f"wrote {output}: {page.nodes} nodes, {page.edges} links; open it in a browser", highlight=False)


@app.command()
def plot(
    kind: Annotated[str, typer.Argument(help="timeline (encounters over time) or heatmap (country by country).")],
    graph: Annotated[str, typer.Argument(envvar="OFFICIALDOM_STORE", help=_GRAPH_HELP)] = DEFAULT_STORE,
    output: Annotated[
        Path, typer.Option("--plot", "--output", "-o", help="The image to write (.png, .svg or .pdf).")
    ] = Path("plot.png"),
    top: Annotated[int | None, typer.Option(help="How many people (timeline) or countries (heatmap) to show.")] = None,
) -> None:
    """Draw a timeline of encounters or a country-by-country cooperation heatmap to an image."""
    from officialdom.graph.plots import PLOTS, save_plot

    if kind not in PLOTS:
        raise _fail(f"the plot must be one of {', '.join(PLOTS)}", 2)
    options: dict[str, Any] = {}
    if top is not None:
        options["people" if kind == "timeline" else "countries"] = top
    kg = _graph(graph)
    try:
        save_plot(kg, kind, str(output), **options)
    except OfficialdomError as error:
        raise _fail(str(error)) from None
    finally:
        kg.close()
    err.print(f"wrote {output}", highlight=False)
