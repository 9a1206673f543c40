"""Parallel and distributed extraction: worker processes, a real Dask LocalCluster, shards, resume, progress."""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import re
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from benchmarks.corpus import write_corpus
from officialdom import Article, Extractor, KnowledgeGraph, read_articles
from officialdom.cli import app
from officialdom.errors import RecordError
from officialdom.graph.stores import open_store
from officialdom.ingest import count_records, ingest
from officialdom.parallel import (
    DaskExtractor,
    ProcessExtractor,
    dask_client,
    extract_to_nquads,
    ingest_distributed,
    load_nquads,
    shards,
)
from tests.conftest import CORPUS

ARTICLES = CORPUS / "articles.jsonl"


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """120 generated articles (benchmarks/corpus.py), with one bad line in the middle."""
    path = tmp_path_factory.mktemp("synthetic") / "articles.jsonl"
    write_corpus(path, 120, seed=3)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(60, '{"id": "broken", "text": \n')
    path.write_text("".join(lines), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def reference(synthetic: Path, blank_extractor: Extractor) -> str:
    """The single-process graph of the synthetic corpus (rules only)."""
    kg = KnowledgeGraph()
    report = ingest(read_articles([str(synthetic)]), kg, blank_extractor)
    assert report.added == 120 and len(report.failed) == 1
    return kg.canonical_nquads()


def test_shards() -> None:
    assert list(shards([], 3)) == []
    assert [len(s) for s in shards(range(10), 4)] == [4, 4, 2]
    with pytest.raises(ValueError):
        list(shards([1], 0))


def test_count_records(synthetic: Path, tmp_path: Path) -> None:
    assert count_records([str(ARTICLES)]) == 14
    assert count_records([str(synthetic)]) == 121
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("President Ana Ruiz spoke.", encoding="utf-8")
    (folder / "b.json").write_text(json.dumps([{"id": "x", "text": "y"}, {"id": "z", "text": "w"}]), encoding="utf-8")
    (folder / ".hidden.txt").write_text("skipped", encoding="utf-8")
    assert count_records([str(folder), str(ARTICLES)]) == 17


def test_worker_processes_give_the_single_process_graph(synthetic: Path, reference: str) -> None:
    with ProcessExtractor("blank", 2, shard_size=8) as pool:
        assert pool.info["model"].startswith("en_")
        kg = KnowledgeGraph()
        report = ingest(read_articles([str(synthetic)]), kg, pool)
        results = list(
            pool.pipe([Article(id="late", text="President Ana Ruiz spoke."), *read_articles([str(ARTICLES)])])
        )
    assert report.added == 120 and [e.record for e in report.failed] == [f"{synthetic}:61"]
    assert kg.canonical_nquads() == reference
    assert [r.article.id for r in results][:2] == ["late", "kuna-kuwait-oman-talks"]  # input order


def test_worker_processes_build_the_graphs_an_oxigraph_store_loads(
    synthetic: Path, reference: str, tmp_path: Path, blank_extractor: Extractor
) -> None:
    kg = KnowledgeGraph(f"oxigraph:{tmp_path / 'db'}")
    first = next(a for a in read_articles([str(synthetic)]) if isinstance(a, Article))
    changed = [Article(id=first.id, text="Foreign Minister Ana Ruiz of Chile visited Oman.")]
    with ProcessExtractor("blank", 2, shard_size=8) as pool:
        report = ingest(read_articles([str(synthetic)]), kg, pool)
        assert report.added == 120 and kg.canonical_nquads() == reference
        prepared = list(pool.pipe_prepared([changed[0], RecordError("bad", "no text")]))
        assert isinstance(prepared[0][1], bytes) and prepared[1][1] is None
        replaced = ingest(changed, kg, pool)  # a graph already in the store: replaced, not loaded
    assert replaced.replaced == 1
    single = KnowledgeGraph()
    ingest(read_articles([str(synthetic)]), single, blank_extractor)
    ingest(changed, single, blank_extractor)
    assert kg.canonical_nquads() == single.canonical_nquads()


def _interrupted_ingest(corpus: str, store: str, after: int) -> None:
    """Ingest until ``after`` articles are written, then die as a killed process does (SIGKILL)."""
    kg = KnowledgeGraph(store)
    written = 0

    def on_result(item: Any, outcome: str) -> None:
        nonlocal written
        if outcome == "added":
            written += 1
            if written == after:
                os.kill(os.getpid(), signal.SIGKILL)

    ingest(read_articles([corpus]), kg, Extractor("blank"), on_result=on_result)


def test_resume_after_a_kill(synthetic: Path, reference: str, tmp_path: Path, blank_extractor: Extractor) -> None:
    store = f"oxigraph:{tmp_path / 'db'}"
    child = multiprocessing.get_context("spawn").Process(target=_interrupted_ingest, args=(str(synthetic), store, 45))
    child.start()
    child.join(timeout=300)
    assert child.exitcode == -signal.SIGKILL
    kg = KnowledgeGraph(store)
    report = ingest(read_articles([str(synthetic)]), kg, blank_extractor)
    assert (report.unchanged, report.added) == (45, 75)  # nothing finished is redone
    assert kg.canonical_nquads() == reference
    kg.close()


def test_cli_ingest_and_extract_with_workers(synthetic: Path, reference: str, tmp_path: Path) -> None:
    runner = CliRunner()
    store = f"oxigraph:{tmp_path / 'db'}"
    result = runner.invoke(app, ["ingest", str(synthetic), "--store", store, "--model", "blank", "--workers", "2"])
    assert result.exit_code == 3, result.output  # the broken line is a partial failure
    assert re.search(r"added\s*│\s*120\b", result.output), result.output
    kg = KnowledgeGraph(store)
    assert kg.canonical_nquads() == reference
    kg.close()
    again = runner.invoke(app, ["ingest", str(synthetic), "--store", store, "--model", "blank", "--workers", "2"])
    assert re.search(r"unchanged\s*│\s*120\b", again.output), again.output
    assert re.search(r"added\s*│\s*0\b", again.output)

    single = runner.invoke(app, ["extract", str(ARTICLES), "--model", "blank", "--no-summary"])
    pooled = runner.invoke(app, ["extract", str(ARTICLES), "--model", "blank", "--no-summary", "--workers", "2"])
    assert single.exit_code == pooled.exit_code == 0
    assert pooled.stdout == single.stdout and len(single.stdout.splitlines()) == 14


# -- Dask ------------------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """A real Dask LocalCluster of two worker processes."""
    with dask_client("local", 2) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        yield client


@pytest.mark.model
def test_dask_local_cluster_gives_the_single_process_graph(cluster: Any, extractor: Extractor) -> None:
    expected = KnowledgeGraph()
    ingest(read_articles([str(ARTICLES)]), expected, extractor)
    distributed = DaskExtractor(cluster, shard_size=3)
    assert distributed.info == extractor.info
    kg = KnowledgeGraph()
    report = ingest(read_articles([str(ARTICLES)]), kg, distributed)
    assert report.added == 14
    assert kg.canonical_nquads() == expected.canonical_nquads()
    assert len(kg.store) > 1000


@pytest.mark.model
def test_dask_shards_to_nquads_then_bulk_load(cluster: Any, extractor: Extractor, tmp_path: Path) -> None:
    expected = KnowledgeGraph()
    expected.add_all(extractor.extract_many(read_articles([str(ARTICLES)])))
    summaries = extract_to_nquads(read_articles([str(ARTICLES)]), tmp_path / "shards", cluster, shard_size=4)
    files = sorted((tmp_path / "shards").glob("shard-*.nq"))
    assert [s.articles for s in summaries] == [4, 4, 4, 2] and len(files) == 4
    for spec in ("memory", f"oxigraph:{tmp_path / 'db'}"):
        kg = KnowledgeGraph(spec)
        loaded = load_nquads(kg.store, files)
        assert loaded == sum(s.quads for s in summaries)
        load_nquads(kg.store, files[:2])  # loading a shard again replaces its graphs: nothing changes
        assert kg.canonical_nquads() == expected.canonical_nquads(), spec
        kg.close()


@pytest.mark.model
@pytest.mark.server
def test_dask_workers_write_to_a_remote_store(cluster: Any, extractor: Extractor, oxigraph_server: str) -> None:
    store = f"sparql:{oxigraph_server}"
    with open_store(store) as remote:
        remote.update("CLEAR ALL")
    expected = KnowledgeGraph()
    ingest(read_articles([str(ARTICLES)]), expected, extractor)
    outcomes: list[str] = []
    # half first (the resolution graph is built), then all: the second run updates it in place
    first = ingest_distributed(itertools.islice(read_articles([str(ARTICLES)]), 7), store, cluster, shard_size=5)
    assert first.added == 7 and first.resolution is not None and not first.resolution.incremental
    report = ingest_distributed(
        read_articles([str(ARTICLES)]), store, cluster, shard_size=5, on_result=lambda _, o: outcomes.append(o)
    )
    assert report.added == 7 and outcomes.count("added") == 7 and outcomes.count("unchanged") == 7
    assert report.resolution is not None and report.resolution.incremental
    with KnowledgeGraph(store) as written:
        assert written.canonical_nquads() == expected.canonical_nquads()
    again = ingest_distributed(read_articles([str(ARTICLES)]), store, cluster)
    assert (again.unchanged, again.added) == (14, 0)


def test_cli_extract_dask_local_writes_shards(tmp_path: Path, blank_extractor: Extractor) -> None:
    out = tmp_path / "shards"
    out.mkdir()
    result = CliRunner().invoke(
        app,
        ["extract", str(ARTICLES), "--model", "blank", "--dask", "local", "--workers", "2", "-f", "nq", "-o", str(out)],
    )
    assert result.exit_code == 0, result.output
    assert "14 articles" in result.output
    expected = KnowledgeGraph()
    expected.add_all(blank_extractor.extract_many(read_articles([str(ARTICLES)])))
    kg = KnowledgeGraph()
    load_nquads(kg.store, sorted(out.glob("*.nq")))
    assert kg.canonical_nquads() == expected.canonical_nquads()


def test_benchmark_script_smoke(tmp_path: Path) -> None:
    """The benchmark script runs end to end at tiny sizes (no timing is asserted, only that it reports)."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    output, readme = tmp_path / "results.json", tmp_path / "README.md"
    command = [sys.executable, "-m", "benchmarks.run", "--quick", "--output", str(output), "--readme", str(readme)]
    command += ["--work", str(tmp_path / "work")]
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    results = json.loads(output.read_text(encoding="utf-8"))
    assert {"extraction", "workers", "queries", "stream", "add_one"} <= set(results)
    assert results["stream"]["resume_unchanged"] + results["stream"]["resume_added"] == 200
    assert results["stream"]["resume_unchanged"] >= 100
    text = readme.read_text(encoding="utf-8")
    assert "<!-- results:start -->" in text and "| `officials` |" in text
