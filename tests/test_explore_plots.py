"""Plots: a timeline of encounters and a country-by-country cooperation heatmap, from the API and the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from officialdom import KnowledgeGraph
from officialdom.cli import app
from officialdom.errors import GraphError
from tests.test_explore_queries import explore_records


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    graph = KnowledgeGraph()
    graph.add_all(explore_records())
    return graph


def test_timeline_shows_people_and_encounters(kg: KnowledgeGraph) -> None:
    fig = kg.plot("timeline")
    ax = fig.axes[0]
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert sorted(names) == ["Grace Kimani", "Seán O'Neil", "Tesfaye Alemu"]
    points = sum(len(c.get_offsets()) for c in ax.collections)
    assert points == 2 + 2 + 2 + 2  # meeting and signing in Nairobi, meeting in Addis, the planned meeting
    assert {t.get_text() for t in ax.get_legend().get_texts()} == {"Meeting", "AgreementSigning"}
    assert len(kg.plot("timeline", people=1).axes[0].get_yticklabels()) == 1


def test_heatmap_counts_cooperation(kg: KnowledgeGraph) -> None:
    fig = kg.plot("heatmap")
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels == ["Ethiopia", "Ireland", "Kenya"]
    matrix = ax.images[0].get_array()
    e, i, k = 0, 1, 2
    assert matrix[e, k] == matrix[k, e] == 3  # two encounters and one agreement
    assert matrix[e, i] == 1 and matrix[i, k] == 0
    assert sorted(t.get_text() for t in ax.texts) == ["1", "1", "3", "3"]


def test_empty_graph_gives_a_figure_that_says_so() -> None:
    fig = KnowledgeGraph().plot("heatmap")
    assert "no cooperation" in fig.axes[0].texts[0].get_text()
    with pytest.raises(GraphError, match="timeline, heatmap"):
        KnowledgeGraph().plot("pie")


def test_cli_plot_writes_png(kg: KnowledgeGraph, tmp_path: Path) -> None:
    source = tmp_path / "graph.trig"
    kg.serialize("trig", source)
    runner = CliRunner()
    for kind in ("timeline", "heatmap"):
        target = tmp_path / f"{kind}.png"
        result = runner.invoke(app, ["plot", kind, str(source), "--plot", str(target)])
        assert result.exit_code == 0, result.stderr
        data = target.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    result = runner.invoke(app, ["plot", "pie", str(source)])
    assert result.exit_code == 2
    result = runner.invoke(app, ["plot", "timeline", str(source), "--plot", str(tmp_path / "no" / "x.png")])
    assert result.exit_code == 1 and "cannot save the plot" in result.stderr
