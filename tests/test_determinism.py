"""Ingesting is idempotent and deterministic: twice, in another order, in batches, with other numbers of workers,
or after removing and re-adding, the store ends with the same graph, the derived resolution graph included."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from officialdom import Article, Extractor, KnowledgeGraph, read_articles
from officialdom.cli import app
from officialdom.graph.rdf import RESOLUTION_GRAPH
from officialdom.ingest import ingest, remove_articles
from officialdom.parallel import ProcessExtractor
from tests.conftest import CORPUS

ARTICLES = CORPUS / "articles.jsonl"
runner = CliRunner()


def _corpus() -> list[Article]:
    items = [a for a in read_articles([ARTICLES]) if isinstance(a, Article)]
    assert len(items) == 14
    return items


def _graph(batches: list[list[Article]], extractor: object, store: str = "memory") -> str:
    kg = KnowledgeGraph(store)
    try:
        for batch in batches:
            ingest(batch, kg, extractor)  # type: ignore[arg-type]
        return kg.canonical_nquads()
    finally:
        kg.close()


@pytest.fixture(scope="module")
def reference(blank_extractor: Extractor) -> str:
    text = _graph([_corpus()], blank_extractor)
    assert RESOLUTION_GRAPH.n3() in text, "ingest rebuilds the resolution graph"
    assert "canonical" in text
    return text


def test_ingest_runs_resolution(blank_extractor: Extractor) -> None:
    kg = KnowledgeGraph()
    report = ingest(_corpus(), kg, blank_extractor)
    assert report.resolution is not None and report.resolution.people > 0
    assert kg.store.has_graph(RESOLUTION_GRAPH)
    again = ingest(_corpus(), kg, blank_extractor)
    assert again.unchanged == 14 and again.resolution is None  # nothing changed, nothing to redo
    bare = KnowledgeGraph()
    assert ingest(_corpus(), bare, blank_extractor, resolve=False).resolution is None
    assert not bare.store.has_graph(RESOLUTION_GRAPH)


def test_twice_reversed_in_batches_and_interleaved(reference: str, blank_extractor: Extractor, tmp_path: Path) -> None:
    articles = _corpus()
    assert _graph([articles, articles], blank_extractor) == reference
    assert _graph([articles[::-1]], blank_extractor) == reference
    assert _graph([articles[7:], articles[:7]], blank_extractor) == reference
    assert _graph([[a] for a in articles[::2] + articles[1::2]], blank_extractor) == reference
    assert _graph([articles[::-1], articles], blank_extractor, f"oxigraph:{tmp_path / 'db'}") == reference


def test_other_numbers_of_workers(reference: str) -> None:
    for workers in (2,):
        with ProcessExtractor("blank", workers, shard_size=3) as pool:
            assert _graph([_corpus()[::-1]], pool) == reference


def test_remove_then_add_back(reference: str, blank_extractor: Extractor) -> None:
    articles = _corpus()
    kg = KnowledgeGraph()
    ingest(articles, kg, blank_extractor)
    gone = [articles[0].id, articles[5].id]
    assert remove_articles(kg, [*gone, "no-such-article"]) == ["no-such-article"]
    assert kg.canonical_nquads() == _graph([[a for a in articles if a.id not in gone]], blank_extractor)
    ingest(articles, kg, blank_extractor)
    assert kg.canonical_nquads() == reference


def test_cli_ingest_and_remove_keep_resolution_current(
    reference: str, blank_extractor: Extractor, tmp_path: Path
) -> None:
    one = f"oxigraph:{tmp_path / 'one'}"
    common = ["--model", "blank", "--no-progress"]
    assert runner.invoke(app, ["ingest", str(ARTICLES), "--store", one, *common]).exit_code == 0
    with KnowledgeGraph(one) as kg:
        assert kg.canonical_nquads() == reference
    first = _corpus()[0].id
    result = runner.invoke(app, ["remove", first, "--store", one])
    assert result.exit_code == 0, result.output
    with KnowledgeGraph(one) as kg:
        assert kg.canonical_nquads() == _graph([[a for a in _corpus() if a.id != first]], blank_extractor)
    assert runner.invoke(app, ["ingest", str(ARTICLES), "--store", one, *common]).exit_code == 0
    with KnowledgeGraph(one) as kg:
        assert kg.canonical_nquads() == reference


@pytest.mark.model
def test_with_the_model_order_does_not_matter(extractor: Extractor) -> None:
    articles = _corpus()
    forward = _graph([articles], extractor)
    assert RESOLUTION_GRAPH.n3() in forward
    assert _graph([articles[::-1][:5], articles[::-1][5:]], extractor) == forward
