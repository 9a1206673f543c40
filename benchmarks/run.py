"""Benchmarks of officialdom at scale; writes ``results.json`` and the results table of ``README.md``.

Every figure is a ratio of two measurements taken in the same run on the same machine, or a measured quantity
(throughput, memory); nothing here is asserted by the test suite. Run from the repository root::

    python -m benchmarks.run                      # the full run (about an hour on 2 cores)
    python -m benchmarks.run --quick              # tiny sizes, rules-only pipeline: a smoke test

Benchmarks (see README.md for what each measures):

1. extraction: end-to-end extraction throughput / raw ``nlp.pipe`` throughput of the same model, same texts;
2. workers: ingest throughput with 2 worker processes / with 1 process;
3. queries: every saved query on a graph of >= 1,000,000 triples, Oxigraph store / rdflib memory store;
4. add-one: adding one article to a store of N articles / to an empty store;
5. streaming: ingesting N articles: resident memory every 10,000 articles, an interruption half-way, the resume.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import queue
import resource
import shutil
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks.corpus import iter_articles, write_corpus

HERE = Path(__file__).resolve().parent
START, END = "<!-- results:start -->", "<!-- results:end -->"


def _rss_mb(pid: int | None = None) -> float:
    """Resident memory of a process in MiB (Linux /proc)."""
    try:
        with open(f"/proc/{pid or os.getpid()}/statm", encoding="ascii") as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return float("nan")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _articles(path: Path) -> list[Any]:
    from officialdom import read_articles

    return [a for a in read_articles([str(path)])]


# -- 1. extraction vs raw nlp.pipe --------------------------------------------------------------------------------
def bench_extraction(corpus: Path, model: str | None, batch_size: int = 16, rounds_of: int = 3) -> dict[str, Any]:
    """Articles per second: the officialdom pipeline (records out) and the bare model, on the same texts, in
    ``rounds_of`` alternating rounds (the median round is reported, every round's ratio kept)."""
    from officialdom import Extractor, read_articles
    from officialdom.extract import load_pipeline

    articles = _articles(corpus)
    texts = [a.text for a in articles]
    raw = load_pipeline(model)
    extractor = Extractor(model, batch_size=batch_size)
    for _ in raw.pipe(texts[:batch_size], batch_size=batch_size):  # warm up both
        pass
    list(extractor.pipe(articles[:batch_size]))
    # Rounds alternate the two so that a change of load on the machine falls on both; the median round counts.
    rounds: list[tuple[float, float, int]] = []
    for _ in range(rounds_of):
        started = time.perf_counter()
        for _ in raw.pipe(texts, batch_size=batch_size):
            pass
        raw_seconds = time.perf_counter() - started
        started = time.perf_counter()
        records = sum(1 for _ in extractor.pipe(read_articles([str(corpus)])))  # reading included
        end_seconds = time.perf_counter() - started
        rounds.append((raw_seconds, end_seconds, records))
    ratios = sorted(r / e for r, e, _ in rounds)
    raw_seconds, end_seconds, records = sorted(rounds, key=lambda x: x[0] / x[1])[len(rounds) // 2]
    return {
        "articles": len(articles),
        "words": sum(len(t.split()) for t in texts),
        "model": extractor.info["model"],
        "raw_per_s": len(texts) / raw_seconds,
        "end_to_end_per_s": records / end_seconds,
        "ratio": raw_seconds / end_seconds,
        "ratios": ratios,
    }


# -- 2. workers -------------------------------------------------------------------------------------------------------
def bench_workers(
    corpus: Path, model: str | None, scratch: Path, workers: int = 2, rounds_of: int = 3
) -> dict[str, Any]:
    """Ingest throughput into a fresh Oxigraph store: ``workers`` processes vs one (pipelines loaded before timing),
    in ``rounds_of`` alternating rounds; the ratio is the median round's (the machine is noisy)."""
    from officialdom import Extractor, KnowledgeGraph, read_articles
    from officialdom.ingest import ingest
    from officialdom.parallel import ProcessExtractor

    def timed(extractor: Any, name: str) -> tuple[float, int]:
        shutil.rmtree(scratch / name, ignore_errors=True)  # a fresh store: a store left by a run would skip all
        kg = KnowledgeGraph(f"oxigraph:{scratch / name}")
        started = time.perf_counter()
        report = ingest(read_articles([str(corpus)]), kg, extractor)
        seconds = time.perf_counter() - started
        kg.close()
        return seconds, report.added

    single = Extractor(model)
    list(single.pipe(_articles(corpus)[:16]))
    rounds = []
    with ProcessExtractor(model, workers) as pool:
        for _ in range(rounds_of):
            one_seconds, count = timed(single, "one")
            many_seconds, count_many = timed(pool, "many")
            assert count == count_many
            rounds.append((one_seconds / many_seconds, one_seconds, many_seconds))
    ratio, one_seconds, many_seconds = sorted(rounds)[len(rounds) // 2]
    return {
        "articles": count,
        "workers": workers,
        "cpus": os.cpu_count(),
        "one_per_s": count / one_seconds,
        "many_per_s": count / many_seconds,
        "ratio": ratio,
        "ratios": [r[0] for r in rounds],
    }


# -- 3. saved queries on >= 1M triples ---------------------------------------------------------------------------------
def build_graph(corpus_source: Callable[[int], Path], target: int, model: str | None, store: Path) -> dict[str, Any]:
    """An Oxigraph store of at least ``target`` triples from generated articles (ingested with 2 workers)."""
    from officialdom import KnowledgeGraph, read_articles
    from officialdom.ingest import ingest
    from officialdom.parallel import ProcessExtractor

    kg = KnowledgeGraph(f"oxigraph:{store}")
    count = max(50, target // 230)
    started = time.perf_counter()
    with ProcessExtractor(model, 2) as pool:
        while len(kg.store) < target:
            ingest(read_articles([str(corpus_source(count))]), kg, pool)
            count = int(count * 1.1) + 10
    result = {"triples": len(kg.store), "articles": len(kg.articles()), "seconds": time.perf_counter() - started}
    kg.close()
    return result


def _parameters(kg: Any) -> dict[str, dict[str, str]]:
    """IRIs for the saved queries' parameters: the official and the two countries named in the most articles
    (counted graph by graph, which stays cheap on a large store)."""
    people = kg.query(
        "SELECT ?p (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?p a schema:Person ; org:holds ?post } } "
        "GROUP BY ?p ORDER BY DESC(?n) ?p LIMIT 1"
    ).rows
    countries = kg.query(
        "SELECT ?c (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?c a schema:Country } } "
        "GROUP BY ?c ORDER BY DESC(?n) ?c LIMIT 2"
    ).rows
    person = str(people[0][0]) if people else "nobody"
    first = str(countries[0][0]) if countries else "Nowhere"
    second = str(countries[1][0]) if len(countries) > 1 else first
    return {"person": {"person": person}, "country": {"country": first}, "pair": {"a": first, "b": second}}


def saved_query_texts(kg: Any) -> tuple[dict[str, str], dict[str, str]]:
    """Every saved query, its parameters bound (as RDF terms) to values found in the graph; and the queries
    answered a page at a time, bound the same way but asked for every row (``limit`` 0)."""
    from officialdom.graph.saved import bind_parameters, load_saved_queries

    values = _parameters(kg)
    shipped: dict[str, str] = {}
    every_row: dict[str, str] = {}
    for name, spec in sorted(load_saved_queries().items()):
        params: dict[str, str] = {}
        for param in getattr(spec, "params", []):
            if not param.required:
                continue
            if param.type == "person":
                params[param.name] = values["person"]["person"]
            elif param.type == "country":
                taken = [v for k, v in params.items() if k != param.name]
                pair = values["pair"]
                params[param.name] = pair["b"] if pair["a"] in taken else pair["a"]
            elif param.type == "date":
                params[param.name] = "2030-01-01"
            elif param.type == "integer":
                params[param.name] = "10"
            else:
                params[param.name] = "held"
        shipped[name] = bind_parameters(spec, params, kg.resolve)
        if any(p.name == "limit" for p in getattr(spec, "params", [])):
            every_row[name] = bind_parameters(spec, {**params, "limit": "0"}, kg.resolve)
    return shipped, every_row


ENGINES = {
    "oxigraph": "Oxigraph, the merge of the named graphs in the default graph (as `KnowledgeGraph` queries it)",
    "rdflib": "rdflib `Dataset` in memory (union of the named graphs)",
}


class _StoppedError(Exception):
    """Raised inside a query worker when its query runs past the time or memory cap."""


def _query_worker(
    engine: str, location: str, queries: list[tuple[str, str]], repeats: int, out: Any, cap: float, memory_cap_mb: float
) -> None:
    """Answer ``queries`` on one engine in this (child) process: ``loaded``, then one message per query.

    A query past ``cap`` seconds or ``memory_cap_mb`` is stopped inside this process (a signal raises in the
    evaluation, which for rdflib is Python code), so the next query runs without loading the graph again; the
    parent still kills a worker that does not answer (an evaluation stuck in native code).
    """
    import threading

    from officialdom.graph.stores.memory import MemoryStore
    from officialdom.graph.stores.oxigraph import OxigraphStore

    reason = {"why": ""}

    def stop(signum: int, frame: Any) -> None:
        reason["why"] = reason["why"] or f"> {cap:.0f} s"
        raise _StoppedError(reason["why"])

    started = time.perf_counter()
    run: Callable[[str], int]
    if engine == "rdflib":
        from rdflib import Dataset

        store = MemoryStore()
        parsed = Dataset()
        parsed.parse(location, format="nquads")
        for s, p, o, g in parsed.quads((None, None, None, None)):
            store.dataset.graph(getattr(g, "identifier", g)).add((s, p, o))
        del parsed

        def run(text: str) -> int:
            return len(store.query(text))
    else:
        oxi = OxigraphStore(location)

        def run(text: str) -> int:
            return len(oxi.query(text))

    signal.signal(signal.SIGALRM, stop)
    signal.signal(signal.SIGUSR1, stop)
    running = threading.Event()

    def watch_memory() -> None:
        while True:
            time.sleep(0.5)
            if running.is_set() and _rss_mb() > memory_cap_mb:
                reason["why"] = f"> {memory_cap_mb / 1024:.0f} GiB"
                os.kill(os.getpid(), signal.SIGUSR1)
                time.sleep(2)

    threading.Thread(target=watch_memory, daemon=True).start()
    out.put(("loaded", time.perf_counter() - started, 0, _rss_mb(), None))
    for name, text in queries:
        reason["why"] = ""
        times: list[float] = []
        count = 0
        try:
            running.set()
            signal.setitimer(signal.ITIMER_REAL, cap)
            begun = time.perf_counter()
            count = run(text)  # the first run warms the caches; a slow one is the measurement
            times = [time.perf_counter() - begun]
            if times[0] < 5:
                times = []
                for _ in range(repeats):
                    signal.setitimer(signal.ITIMER_REAL, cap)
                    begun = time.perf_counter()
                    count = run(text)
                    times.append(time.perf_counter() - begun)
            stopped = None
        except Exception:  # the store may wrap the exception raised by the signal in its own
            if not reason["why"]:
                raise
            stopped = reason["why"]
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            running.clear()
        out.put((name, statistics.median(times) if stopped is None else None, count, _rss_mb(), stopped))


def _run_engine(
    engine: str, location: str, queries: dict[str, str], cap: float, memory_cap_mb: float, repeats: int
) -> tuple[dict[str, dict[str, Any]], float | None]:
    """Every query on ``engine`` in a child process; a query over ``cap`` seconds or ``memory_cap_mb`` is
    stopped (inside the child, or by killing it when it does not answer; a new one then goes on with the next
    query)."""
    context = multiprocessing.get_context("spawn")
    remaining = list(queries.items())
    rows: dict[str, dict[str, Any]] = {}
    load_seconds = None
    while remaining:
        out: Any = context.Queue()
        child = context.Process(
            target=_query_worker, args=(engine, location, remaining, repeats, out, cap, memory_cap_mb), daemon=True
        )
        child.start()
        _, load_seconds, _, _, _ = out.get(timeout=3600)
        while remaining:
            name = remaining[0][0]
            begun = time.monotonic()
            message = None
            reason = None
            while message is None and reason is None:
                try:
                    message = out.get(timeout=0.5)
                except queue.Empty:
                    if not child.is_alive():
                        reason = "crashed"
                    elif _rss_mb(child.pid) > 1.5 * memory_cap_mb:
                        reason = f"> {memory_cap_mb / 1024:.0f} GiB"
                    elif time.monotonic() - begun > (cap + 60) * (repeats + 1):
                        reason = f"> {cap:.0f} s"
            remaining.pop(0)
            if message is None:
                rows[name] = {"seconds": None, "stopped": reason}
                child.kill()
                child.join()
                break
            _, seconds, count, _, stopped = message
            rows[name] = (
                {"seconds": seconds, "rows": count} if stopped is None else {"seconds": None, "stopped": stopped}
            )
        else:
            child.kill()
            child.join()
    return rows, load_seconds


def bench_queries(
    store_path: Path, scratch: Path, cap: float, memory_cap_mb: float = 6144, repeats: int = 3
) -> dict[str, Any]:
    """Each saved query on each engine (Oxigraph as shipped, rdflib): median of ``repeats`` warm runs, in child
    processes stopped at ``cap`` seconds or ``memory_cap_mb``. Opening the store migrates a store made before
    the merge was kept in the default graph (timed as ``migration_s``)."""
    import collections

    import pyoxigraph as ox

    from officialdom import KnowledgeGraph

    started = time.perf_counter()
    kg = KnowledgeGraph(f"oxigraph:{store_path}")
    migration_s = time.perf_counter() - started
    texts, every = saved_query_texts(kg)
    quads = len(kg.store)
    kg.close()
    del kg
    source = ox.Store.read_only(str(store_path))
    named = [q for q in source.quads_for_pattern(None, None, None) if isinstance(q.graph_name, ox.NamedNode)]
    counts = collections.Counter((q.subject, q.predicate, q.object) for q in named)
    dump = scratch / "graph.nq"  # the named graphs only: the merge in the default graph is Oxigraph's own
    with dump.open("wb") as fh:
        ox.serialize(named, fh, ox.RdfFormat.N_QUADS)
    del source, named
    locations = {"oxigraph": str(store_path), "rdflib": str(dump)}
    engines: dict[str, Any] = {}
    for engine, location in locations.items():
        rows, load_seconds = _run_engine(engine, location, texts, cap, memory_cap_mb, repeats)
        engines[engine] = {"load_s": load_seconds, "queries": rows}
    every_row, _ = _run_engine("oxigraph", str(store_path), every, cap, memory_cap_mb, repeats)
    table: dict[str, dict[str, Any]] = {}
    for name in texts:
        row: dict[str, Any] = {e: engines[e]["queries"][name] for e in engines}
        base = row["rdflib"]["seconds"]
        for engine in ("oxigraph",):
            mine = row[engine]["seconds"]
            if mine and base:
                row[f"speedup_{engine}"] = base / mine
            elif mine and not base:
                row[f"speedup_{engine}"] = -cap / mine  # negative: a lower bound (rdflib stopped)
            else:
                row[f"speedup_{engine}"] = None
        table[name] = row
    return {
        "quads": quads,
        "triples": len(counts),
        "triples_in_100_graphs_or_more": sum(1 for n in counts.values() if n >= 100),
        "largest_repeat": max(counts.values()),
        "migration_s": migration_s,
        "cap_s": cap,
        "memory_cap_mb": memory_cap_mb,
        "engines": {e: {"load_s": engines[e]["load_s"], "what": ENGINES[e]} for e in engines},
        "queries": table,
        "every_row": every_row,
    }


# -- 4. adding one article ---------------------------------------------------------------------------------------------
def bench_add_one(big_store: Path, scratch: Path, model: str | None, samples: int = 15) -> dict[str, Any]:
    """Seconds to ingest one new article (reading, fingerprint look-up, extraction, writing, flush) into the big
    store and into an empty one; medians over ``samples`` articles, alternating the stores."""
    from officialdom import Extractor, KnowledgeGraph
    from officialdom.ingest import ingest, remove_articles

    extractor = Extractor(model)
    fresh = [replace(a, id=f"added-{a.id}") for a in _articles_from_dicts(iter_articles(samples * 2, seed=999))]
    big = KnowledgeGraph(f"oxigraph:{big_store}")
    empty_path = scratch / "empty"
    big_articles = len(big.articles())
    list(extractor.pipe(fresh[:4]))
    big_times, empty_times = [], []
    for index in range(samples):
        for kg_times, target in ((big_times, big), (empty_times, None)):
            if target is None:
                shutil.rmtree(empty_path, ignore_errors=True)
                kg = KnowledgeGraph(f"oxigraph:{empty_path}")
            else:
                kg = target
            article = fresh[index * 2 + (0 if target is big else 1)]
            started = time.perf_counter()
            report = ingest([article], kg, extractor)
            kg_times.append(time.perf_counter() - started)
            assert report.added == 1
            if target is None:
                kg.close()
    remove_articles(big, [article.id for article in fresh[::2][:samples]])  # the store as it was
    big.close()
    big_s, empty_s = statistics.median(big_times), statistics.median(empty_times)
    return {"store_articles": big_articles, "big_s": big_s, "empty_s": empty_s, "ratio": big_s / empty_s}


def _articles_from_dicts(items: Iterator[dict[str, Any]]) -> Iterator[Any]:
    from officialdom.model import Article

    for item in items:
        yield Article.from_dict(item)


# -- 5. streaming, interruption, resume ------------------------------------------------------------------------------
def _stream_worker(
    corpus: str, store: str, model: str | None, workers: int, kill_at: int | None, every: int, out: Any
) -> None:
    from officialdom import Extractor, KnowledgeGraph, read_articles
    from officialdom.ingest import ingest
    from officialdom.parallel import ProcessExtractor

    kg = KnowledgeGraph(store)
    done = 0
    started = time.perf_counter()
    pool = ProcessExtractor(model, workers) if workers > 1 else Extractor(model)
    out.put(("start", 0, time.perf_counter() - started, _rss_mb(), 0.0))

    def on_result(item: Any, outcome: str) -> None:
        nonlocal done
        done += 1
        if done % every == 0:
            pids = [p.pid for p in getattr(pool, "_processes", [])]
            out.put(("sample", done, time.perf_counter() - started, _rss_mb(), sum(_rss_mb(p) for p in pids)))
        if kill_at is not None and outcome == "added" and done >= kill_at:
            out.put(("killed", done, time.perf_counter() - started, _rss_mb(), _peak_mb()))
            out.close()
            out.join_thread()  # the message is in the pipe before the process dies
            os.kill(os.getpid(), signal.SIGKILL)

    report = ingest(read_articles([corpus]), kg, pool, on_result=on_result)
    seconds = time.perf_counter() - started
    out.put(
        ("done", report.total, seconds, _peak_mb(), json.dumps([report.added, report.unchanged, len(report.failed)]))
    )
    if isinstance(pool, ProcessExtractor):
        pool.close()
    kg.close()


def bench_stream(corpus: Path, count: int, store: Path, model: str | None, workers: int = 2) -> dict[str, Any]:
    """Ingest ``count`` articles in a child process that is killed (SIGKILL) half-way, then resume."""
    context = multiprocessing.get_context("spawn")
    every = min(10_000, max(1, count // 10))  # articles between memory samples
    phases = []
    for kill_at in (count // 2, None):
        out: Any = context.Queue()
        child = context.Process(
            target=_stream_worker, args=(str(corpus), f"oxigraph:{store}", model, workers, kill_at, every, out)
        )
        child.start()
        samples = []
        while True:
            try:
                message = out.get(timeout=5)
            except queue.Empty:
                if not child.is_alive():
                    raise RuntimeError(f"the ingest process died (exit code {child.exitcode})") from None
                continue
            samples.append(message)
            if message[0] in ("killed", "done"):
                break
        child.join()
        phases.append({"exit_code": child.exitcode, "messages": samples})
    first, second = phases
    killed = next(m for m in first["messages"] if m[0] == "killed")
    done = next(m for m in second["messages"] if m[0] == "done")
    added, unchanged, failed = json.loads(done[4])
    memory = [
        {"articles": m[1], "main_rss_mb": round(m[3], 1), "workers_rss_mb": round(m[4], 1), "phase": phase}
        for phase, info in (("before the kill", first), ("resume", second))
        for m in info["messages"]
        if m[0] == "sample"
    ]
    rates = [m for m in first["messages"] if m[0] == "sample"]
    rate = (rates[-1][1] - rates[0][1]) / (rates[-1][2] - rates[0][2]) if len(rates) > 1 else None
    return {
        "articles": count,
        "killed_after": killed[1],
        "kill_exit_code": first["exit_code"],
        "resume_added": added,
        "resume_unchanged": unchanged,
        "resume_failed": failed,
        "resume_seconds": done[2],
        "peak_rss_mb_resume": done[3],
        "rate_per_s": rate,
        "every": every,
        "memory": memory,
    }


# -- README ------------------------------------------------------------------------------------------------------------
def _fmt(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:,.{digits}f}"


def render(results: dict[str, Any]) -> str:
    """The results section of README.md (markdown)."""
    lines = [START, ""]
    env = results["environment"]
    lines.append(
        f"Measured {env['date']} on {env['machine']} ({env['cpus']} CPUs, Python {env['python']}), "
        f"model `{env['model']}`{' (quick run: tiny sizes)' if env['quick'] else ''}."
    )
    lines.append("")
    lines.append("| benchmark | measured | target | result |")
    lines.append("|---|---|---|---|")
    ex = results.get("extraction")
    if ex:
        lines.append(
            f"| extraction throughput / raw `nlp.pipe` ({ex['articles']} articles, {ex['words']:,} words) | "
            f"{_fmt(ex['end_to_end_per_s'], 1)} / {_fmt(ex['raw_per_s'], 1)} articles/s = **{_fmt(ex['ratio'])}**"
            + (
                f" (median of {len(ex['ratios'])} alternating rounds: {', '.join(_fmt(r) for r in ex['ratios'])})"
                if ex.get("ratios")
                else ""
            )
            + " | "
            f">= 0.85 | {'met' if ex['ratio'] >= 0.85 else 'not met'} |"
        )
    wk = results.get("workers")
    if wk:
        lines.append(
            f"| {wk['workers']} workers / 1 worker, ingest into Oxigraph ({wk['articles']} articles) | "
            f"{_fmt(wk['many_per_s'], 1)} / {_fmt(wk['one_per_s'], 1)} articles/s = **{_fmt(wk['ratio'])}**"
            + (
                f" (median of {len(wk['ratios'])} alternating rounds: {', '.join(_fmt(r) for r in wk['ratios'])})"
                if wk.get("ratios")
                else ""
            )
            + f" | >= 1.7 | {'met' if wk['ratio'] >= 1.7 else 'not met'} |"
        )
    qu = results.get("queries")
    if qu:
        for engine in [e for e in ENGINES if e != "rdflib" and all(e in r for r in qu["queries"].values())]:
            rows = qu["queries"].values()
            times = [r[engine]["seconds"] for r in rows]
            speedups = [r[f"speedup_{engine}"] for r in rows]
            answered = all(x is not None for x in times)
            slowest = max(times) if answered else None
            least = min((abs(x) for x in speedups if x is not None), default=None)
            met = answered and all(x is not None and abs(x) >= 10 for x in speedups) and (slowest or 0) < 1
            lines.append(
                f"| saved queries on {qu['quads']:,} quads ({qu['triples']:,} distinct triples), rdflib / "
                f"{ENGINES[engine]} | {sum(x is not None for x in times)} of {len(times)} answered within "
                f"{qu['cap_s']:.0f} s and {qu['memory_cap_mb'] / 1024:.0f} GiB; smallest speed-up "
                f"**{_fmt(least, 1)}x**; slowest {_fmt(slowest, 3)} s | every query >= 10x and < 1 s | "
                f"{'met' if met else 'not met'} |"
            )
    ad = results.get("add_one")
    if ad:
        lines.append(
            f"| adding one article to {ad['store_articles']:,} articles / to an empty store | "
            f"{_fmt(ad['big_s'] * 1000, 1)} / {_fmt(ad['empty_s'] * 1000, 1)} ms = **{_fmt(ad['ratio'])}** | <= 3 | "
            f"{'met' if ad['ratio'] <= 3 else 'not met'} |"
        )
    st = results.get("stream")
    if st:
        first_phase = [m for m in st["memory"] if m["phase"] == "before the kill"]
        main = [m["main_rss_mb"] for m in st["memory"]]
        growth = (
            (first_phase[-1]["main_rss_mb"] - first_phase[0]["main_rss_mb"])
            / (first_phase[-1]["articles"] - first_phase[0]["articles"])
            * 10_000
            if len(first_phase) > 1
            else None
        )
        lines.append(
            f"| streaming ingest of {st['articles']:,} articles: resident memory of the ingesting process | "
            f"{_fmt(min(main) if main else None, 0)}-{_fmt(max(main) if main else None, 0)} MiB; growth "
            f"**{_fmt(growth, 1)} MiB per 10,000 articles** (peak {_fmt(st['peak_rss_mb_resume'], 0)} MiB) | flat | "
            "reported |"
        )
        lines.append(
            f"| interrupted (SIGKILL) after {st['killed_after']:,} articles, then resumed | resumed run: "
            f"{st['resume_unchanged']:,} unchanged (skipped), {st['resume_added']:,} added, in "
            f"{_fmt(st['resume_seconds'], 0)} s | nothing redone | "
            f"{'met' if st['resume_unchanged'] + st['resume_added'] == st['articles'] else 'not met'} |"
        )
    lines.append("")
    loads = {
        k: results[k]["load"] for k in ("extraction", "workers", "queries") if k in results and "load" in results[k]
    }
    if loads:
        lines.append(
            "Load average (1 min) before and after each benchmark, as other work on the machine skews ratios: "
            + ", ".join(f"{k} {v[0]:.2f} -> {v[1]:.2f}" for k, v in loads.items())
            + "."
        )
        lines.append("")
    if qu:
        lines.append(
            f"Saved queries: {qu['quads']:,} quads, {qu['triples']:,} distinct triples, "
            f"{qu['triples_in_100_graphs_or_more']:,} of them in 100 article graphs or more (one in "
            f"{qu['largest_repeat']:,}). Seconds, median of 3 warm runs (the first run alone when it passes 5 s), each engine in "
            f"its own process, stopped past {qu['cap_s']:.0f} s or {qu['memory_cap_mb'] / 1024:.0f} GiB; "
            "rdflib loaded the graph in "
            f"{_fmt(qu['engines']['rdflib']['load_s'], 0)} s"
            + (
                f"; opening the store built before this release (its merge built once) took "
                f"{_fmt(qu['migration_s'], 0)} s."
                if qu.get("migration_s") is not None
                else "."
            )
        )
        lines.append("")
        lines.append("| query | rows | Oxigraph | rdflib | speed-up |")
        lines.append("|---|---|---|---|---|")

        def cell(entry: dict[str, Any]) -> str:
            return _fmt(entry["seconds"], 3) if entry["seconds"] is not None else f"stopped ({entry['stopped']})"

        def ratio(value: float | None) -> str:
            if value is None:
                return "-"
            return f">= {abs(value):,.1f}x" if value < 0 else f"{value:,.1f}x"

        for name, row in qu["queries"].items():
            count = next((row[e]["rows"] for e in ENGINES if row[e].get("rows") is not None), "-")
            lines.append(
                f"| `{name}` | {count} | {cell(row['oxigraph'])} | {cell(row['rdflib'])} | "
                f"{ratio(row['speedup_oxigraph'])} |"
            )
        lines.append("")
        if qu.get("every_row"):
            lines.append(
                "The listing queries answer a page at a time (1,000 events, statements or rows by default, the page "
                "chosen before the details are matched). Asked for every row (`limit` 0), on Oxigraph:"
            )
            lines.append("")
            lines.append("| query, every row | rows | Oxigraph |")
            lines.append("|---|---|---|")
            for name, entry in qu["every_row"].items():
                lines.append(f"| `{name}` | {entry.get('rows', '-')} | {cell(entry)} |")
            lines.append("")
    if st and st["memory"]:
        lines.append(
            f"Streaming ingest ({st['articles']:,} articles, 2 worker processes, about "
            f"{_fmt(st['rate_per_s'], 0)} articles/s, pipeline `{st.get('model', '?')}`): resident memory every "
            f"{st['every']:,} articles"
        )
        lines.append("")
        lines.append("| phase | articles read | ingesting process MiB | worker processes MiB (sum) |")
        lines.append("|---|---|---|---|")
        for m in st["memory"]:
            lines.append(f"| {m['phase']} | {m['articles']:,} | {m['main_rss_mb']} | {m['workers_rss_mb']} |")
        lines.append("")
    lines.append(END)
    return "\n".join(lines)


def write_readme(results: dict[str, Any], readme: Path) -> None:
    """Replace the results section of ``readme`` (between the markers) by :func:`render`."""
    text = readme.read_text(encoding="utf-8") if readme.exists() else f"# Benchmarks\n\n{START}\n{END}\n"
    if START not in text or END not in text:
        text = text.rstrip() + f"\n\n{START}\n{END}\n"
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    readme.write_text(head + render(results) + tail, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks (see the module docstring)."""
    parser = argparse.ArgumentParser(description="officialdom benchmarks")
    parser.add_argument("--quick", action="store_true", help="tiny sizes and the rules-only pipeline (smoke test)")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: the small English one)")
    parser.add_argument("--stream-model", default=None, help="pipeline for the streaming and add-one benchmarks")
    parser.add_argument("--articles", type=int, default=600, help="articles for the throughput ratios")
    parser.add_argument("--triples", type=int, default=1_000_000, help="size of the graph for the queries")
    parser.add_argument("--stream", type=int, default=100_000, help="articles for the streaming ingest")
    parser.add_argument("--cap", type=float, default=300.0, help="seconds an rdflib query may take")
    parser.add_argument("--only", default="", help="comma-separated subset: extraction,workers,queries,stream,add_one")
    parser.add_argument(
        "--add-store", default=None, help="the big store for add_one alone (default: the streaming benchmark's)"
    )
    parser.add_argument("--graph", default=None, help="reuse this Oxigraph store (>= --triples) for the queries")
    parser.add_argument("--work", default=None, help="folder for corpora and stores (default: a temporary one)")
    parser.add_argument("--output", default=str(HERE / "results.json"))
    parser.add_argument("--readme", default=str(HERE / "README.md"))
    args = parser.parse_args(argv)
    if args.quick:
        args.model = args.model or "blank"
        args.articles, args.triples, args.stream, args.cap = 24, 2000, 200, 60.0
    stream_model = args.stream_model or args.model
    only = {x for x in args.only.split(",") if x} or {"extraction", "workers", "queries", "stream"}
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="officialdom-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    output = Path(args.output)
    results: dict[str, Any] = json.loads(output.read_text()) if output.exists() and not args.quick else {}

    from officialdom.extract import Extractor

    results["environment"] = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{platform.system()} {platform.machine()}",
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "model": Extractor(args.model).info["model"],
        "quick": args.quick,
    }

    def log(message: str) -> None:
        sys.stderr.write(f"[{time.strftime('%H:%M:%S')}] {message}\n")
        sys.stderr.flush()

    def save() -> None:
        output.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
        write_readme(results, Path(args.readme))

    try:
        small = write_corpus(work / "small.jsonl", args.articles, seed=5)
        if "extraction" in only:
            log("extraction vs raw nlp.pipe")
            load = os.getloadavg()[0]
            results["extraction"] = bench_extraction(small, args.model, rounds_of=1 if args.quick else 3)
            results["extraction"]["load"] = [load, os.getloadavg()[0]]
            save()
        if "workers" in only:
            log("2 workers vs 1")
            load = os.getloadavg()[0]
            results["workers"] = bench_workers(small, args.model, work, rounds_of=1 if args.quick else 3)
            results["workers"]["load"] = [load, os.getloadavg()[0]]
            save()
        if "queries" in only:
            graph = Path(args.graph) if args.graph else work / "graph"
            if not args.graph:
                log(f"building a graph of {args.triples:,} triples")
                results["graph_build"] = build_graph(
                    lambda n: write_corpus(work / f"graph-{n}.jsonl", n, seed=11), args.triples, args.model, graph
                )
            log("saved queries: Oxigraph vs rdflib")
            load = os.getloadavg()[0]
            results["queries"] = bench_queries(graph, work, args.cap)
            results["queries"]["load"] = [load, os.getloadavg()[0]]
            save()
        if "stream" in only:
            log(f"streaming ingest of {args.stream:,} articles")
            corpus = write_corpus(work / "stream.jsonl", args.stream, seed=21)
            store = work / "stream-store"
            shutil.rmtree(store, ignore_errors=True)
            results["stream"] = bench_stream(corpus, args.stream, store, stream_model)
            results["stream"]["model"] = Extractor(stream_model).info["model"]
            results["stream"]["load"] = os.getloadavg()[0]
            save()
            log("adding one article: big store vs empty store")
            results["add_one"] = bench_add_one(store, work, stream_model, samples=5 if args.quick else 15)
            results["add_one"]["model"] = Extractor(stream_model).info["model"]
            save()
        elif "add_one" in only:
            big = Path(args.add_store) if args.add_store else work / "stream-store"
            log(f"adding one article: {big} vs an empty store")
            results["add_one"] = bench_add_one(big, work, stream_model, samples=5 if args.quick else 15)
            results["add_one"]["model"] = Extractor(stream_model).info["model"]
            save()
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    log(f"wrote {output} and {args.readme}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
