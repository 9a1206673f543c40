"""Plots where people would rather look than read: a timeline of meetings and a cooperation heatmap.

Both return a matplotlib :class:`~matplotlib.figure.Figure` (made without pyplot, so nothing global changes);
``fig.savefig("out.png")`` writes it, and a notebook shows it inline.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from officialdom.errors import ExportError, GraphError

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from officialdom.graph.kg import KnowledgeGraph

__all__ = ["PLOTS", "cooperation_heatmap", "meetings_timeline", "save_figure", "save_plot"]

PLOTS = ("timeline", "heatmap")
"""The plots :func:`save_plot` knows."""

_TIMELINE = """
SELECT DISTINCT ?event ?class ?date ?published ?person ?name WHERE {
  VALUES ?class { od:Meeting od:PhoneCall od:AgreementSigning od:PressConference od:Visit }
  ?event a ?class ; sem:hasActor ?person ; prov:wasDerivedFrom ?article .
  ?person a schema:Person ; schema:name ?name .
  OPTIONAL { ?event sem:hasTimeStamp ?date . }
  OPTIONAL { ?article schema:datePublished ?published . }
}"""

_COLOURS = {
    "Meeting": "#f0a030",
    "PhoneCall": "#c0ca33",
    "AgreementSigning": "#9b59b6",
    "PressConference": "#16a3b8",
    "Visit": "#e67e22",
}


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _figure(width: float, height: float) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=100, layout="constrained")


def meetings_timeline(kg: KnowledgeGraph, *, people: int = 25, title: str = "Encounters over time") -> Figure:
    """Encounters (meetings, calls, signings, press conferences, visits) of the most active people over time.

    One row per person (the ``people`` with most encounters), one marker per encounter coloured by type, and a
    line joining the participants of each encounter. Filled markers use the event's own date; hollow ones fall
    back to its article's date.
    """
    from matplotlib.lines import Line2D

    events: dict[str, dict[str, Any]] = {}
    for row in kg.query(_TIMELINE).values():
        item = events.setdefault(
            row["event"], {"type": row["class"].rsplit("#", 1)[-1], "date": None, "dated": False, "people": {}}
        )
        own, published = _as_date(row["date"]), _as_date(row["published"])
        if own is not None:
            item["date"], item["dated"] = own, True
        elif item["date"] is None and published is not None:
            item["date"] = published
        item["people"][row["person"]] = row["name"]
    events = {k: v for k, v in events.items() if v["date"] is not None}
    counts: dict[str, int] = defaultdict(int)
    names: dict[str, str] = {}
    for item in events.values():
        for person, name in item["people"].items():
            counts[person] += 1
            names[person] = name
    chosen = sorted(counts, key=lambda p: (-counts[p], names[p]))[:people]
    rows = {p: i for i, p in enumerate(sorted(chosen, key=lambda p: names[p].casefold(), reverse=True))}
    fig = _figure(11, max(3.0, 0.32 * len(rows) + 1.6))
    ax = fig.add_subplot()
    ax.set_title(title)
    if not rows:
        ax.text(0.5, 0.5, "no dated encounters in the graph", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    used: set[str] = set()
    for _, item in sorted(events.items(), key=lambda kv: (kv[1]["date"], kv[0])):
        ys = sorted(rows[p] for p in item["people"] if p in rows)
        if not ys:
            continue
        colour = _COLOURS.get(item["type"], "#777777")
        used.add(item["type"])
        if len(ys) > 1:
            ax.plot([item["date"], item["date"]], [ys[0], ys[-1]], color=colour, alpha=0.5, linewidth=1.5)
        ax.scatter(
            [item["date"]] * len(ys),
            ys,
            s=46,
            color=colour if item["dated"] else "white",
            edgecolors=colour,
            linewidths=1.5,
            zorder=3,
        )
    ax.set_yticks(list(rows.values()), [names[p] for p in rows])
    ax.grid(axis="x", alpha=0.3)
    ax.set_xlabel("date (hollow: the article's date)")
    fig.autofmt_xdate()
    handles = [Line2D([], [], marker="o", linestyle="", color=_COLOURS[t], label=t) for t in _COLOURS if t in used]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    return fig


def cooperation_heatmap(
    kg: KnowledgeGraph, *, countries: int = 25, title: str = "Cooperation between countries"
) -> Figure:
    """A country-by-country matrix of encounters between their people plus agreements between them.

    The ``countries`` with most cooperation are shown; each cell is annotated with its count.
    """
    import numpy as np

    from officialdom.graph.analytics import country_graph

    g = country_graph(kg)
    strength = {n: sum(d["weight"] for _, _, d in g.edges(n, data=True)) for n in g}
    chosen = sorted((n for n in g if strength[n] > 0), key=lambda n: (-strength[n], n))[:countries]
    chosen.sort()
    fig = _figure(max(5.0, 0.42 * len(chosen) + 3), max(4.0, 0.42 * len(chosen) + 2))
    ax = fig.add_subplot()
    ax.set_title(title)
    if not chosen:
        ax.text(0.5, 0.5, "no cooperation between countries in the graph", ha="center", va="center")
        ax.set_axis_off()
        return fig
    index = {n: i for i, n in enumerate(chosen)}
    matrix = np.zeros((len(chosen), len(chosen)), dtype=int)
    for a, b, data in g.edges(data=True):
        if a in index and b in index:
            matrix[index[a], index[b]] = matrix[index[b], index[a]] = data["weight"]
    image = ax.imshow(matrix, cmap="Blues", vmin=0)
    ax.set_xticks(range(len(chosen)), chosen, rotation=60, ha="right")
    ax.set_yticks(range(len(chosen)), chosen)
    top = matrix.max() or 1
    for i in range(len(chosen)):
        for j in range(len(chosen)):
            if matrix[i, j]:
                colour = "white" if matrix[i, j] > top / 2 else "#1d2733"
                ax.text(j, i, str(matrix[i, j]), ha="center", va="center", color=colour, fontsize=8)
    fig.colorbar(image, ax=ax, shrink=0.8, label="encounters + agreements")
    return fig


def save_plot(kg: KnowledgeGraph, kind: str, path: str, **options: Any) -> str:
    """Draw plot ``kind`` (``timeline`` or ``heatmap``) and save it to ``path`` (PNG, SVG or PDF by suffix)."""
    if kind not in PLOTS:
        raise GraphError(f"unknown plot {kind!r}; use one of {', '.join(PLOTS)}")
    fig = meetings_timeline(kg, **options) if kind == "timeline" else cooperation_heatmap(kg, **options)
    save_figure(fig, path)
    return path


def save_figure(fig: Figure, path: str) -> None:
    """Save a figure (format by suffix: .png, .svg, .pdf); errors become :class:`ExportError`."""
    try:
        fig.savefig(path, metadata={"Software": None} if str(path).lower().endswith(".png") else None)
    except (OSError, ValueError) as error:
        raise ExportError(f"{path}: cannot save the plot ({error}); check the folder and the suffix") from None
