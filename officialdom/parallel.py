"""Extraction past one process: worker processes on one machine, or article shards on a Dask cluster.

Every worker loads its spaCy pipeline once and extracts shards of articles; results come back in input order,
so a parallel run gives exactly the graph of a single-process run. Both pools have the ``pipe(items)`` and
``info`` of :class:`~officialdom.extract.Extractor`, so :func:`officialdom.ingest.ingest` and the CLI take them
in its place:

- :class:`ProcessExtractor`: ``workers`` processes on this machine (``--workers N``);
- :class:`DaskExtractor`: shards mapped over a Dask distributed cluster (``--dask ADDRESS`` or ``--dask local``
  for a :class:`distributed.LocalCluster`); each worker loads the pipeline once, through a worker plugin.

For graphs past one machine, :func:`extract_to_nquads` has the Dask workers write one N-Quads file per shard
(on storage they share), or write straight into a remote store (``sparql:URL``) with :func:`ingest_distributed`;
:func:`load_nquads` bulk-loads shard files into any store, each article's graph replacing the old one.

>>> list(shards(range(5), 2))
[[0, 1], [2, 3], [4]]
"""

from __future__ import annotations

import contextlib
import importlib
import itertools
import multiprocessing
import queue
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from officialdom.errors import ExtractionError, ModelError, OfficialdomError, RecordError, StoreError
from officialdom.model import Article, ArticleExtraction

if TYPE_CHECKING:
    from distributed import Client

    from officialdom.extract import Extractor
    from officialdom.graph.stores import Store
    from officialdom.ingest import IngestReport

__all__ = [
    "DaskExtractor",
    "ProcessExtractor",
    "ShardSummary",
    "dask_client",
    "extract_to_nquads",
    "ingest_distributed",
    "load_nquads",
    "shards",
]

T = TypeVar("T")
Item = Article | RecordError
Result = ArticleExtraction | RecordError

DEFAULT_SHARD_SIZE = 32
"""Articles per shard sent to a worker process."""
DEFAULT_DASK_SHARD_SIZE = 256
"""Articles per Dask task."""


def shards(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last one shorter)."""
    if size < 1:
        raise ValueError("a shard holds at least one item")
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _extractor(model: str | None, options: dict[str, Any]) -> Extractor:
    from officialdom.extract import Extractor

    return Extractor(model, **options)


# -- worker processes on one machine ------------------------------------------------------------------------------
def _process_worker(model: str | None, options: dict[str, Any], tasks: Any, results: Any, alive: Any) -> None:
    """A worker process: loads the pipeline once, then extracts shards until it receives None, or until
    ``alive`` (the read end of a pipe whose write end only the parent holds) says the parent is gone."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    try:
        extractor = _extractor(model, options)
    except OfficialdomError as err:
        results.put(("error", -1, str(err)))
        return
    except Exception as err:
        results.put(("error", -1, f"{type(err).__name__}: {err}"))
        return
    results.put(("ready", -1, extractor.info))
    while True:
        try:
            task = tasks.get(timeout=1.0)
        except queue.Empty:
            if alive.poll():
                # End of file: the parent is gone (killed) and nobody will read the results; do not wait at exit
                # for results still queued in a full pipe.
                results.cancel_join_thread()
                return
            continue
        if task is None:
            return
        number, shard, prepare = task
        done: list[Any] = list(extractor.pipe(shard))
        if prepare:
            done = [(r, _prepared(r)) for r in done]
        results.put(("done", number, done))


def _prepared(result: Result) -> bytes | None:
    """The article's graph made ready for the store (see :func:`~officialdom.graph.kg.prepare_graph`), or None
    for an error."""
    from officialdom.graph.kg import prepare_graph

    return prepare_graph(result) if isinstance(result, ArticleExtraction) else None


class ProcessExtractor:
    """Extraction in ``workers`` processes on this machine, each loading the pipeline ``model`` once.

    ``pipe(items)`` streams: at most two shards per worker are in flight, and results come in input order.
    Use it as a context manager (or call :meth:`close`) to stop the processes.
    """

    def __init__(
        self,
        model: str | None = None,
        workers: int = 2,
        *,
        shard_size: int = DEFAULT_SHARD_SIZE,
        batch_size: int = 16,
        start_timeout: float = 300.0,
    ) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.model = model
        self.workers = workers
        self.shard_size = shard_size
        methods = multiprocessing.get_all_start_methods()
        context: Any = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        self._tasks: Any = context.Queue()
        self._results: Any = context.Queue()
        alive, self._alive = context.Pipe(duplex=False)  # only this process holds the write end
        self._processes = [
            context.Process(
                target=_process_worker,
                args=(model, {"batch_size": batch_size}, self._tasks, self._results, alive),
                daemon=True,
            )
            for _ in range(workers)
        ]
        for process in self._processes:
            process.start()
        alive.close()
        self.info: dict[str, str] = {}
        try:
            for _ in range(workers):
                status, _, detail = self._get(start_timeout)
                if status == "error":
                    raise ModelError(f"an extraction worker could not load its pipeline: {detail}")
                self.info = detail
        except BaseException:
            self.close()
            raise
        self._busy = False

    def _get(self, timeout: float) -> tuple[str, int, Any]:
        """The next message of a worker; raises when a worker died or nothing came in ``timeout`` seconds."""
        waited = 0.0
        while True:
            try:
                message: tuple[str, int, Any] = self._results.get(timeout=1.0)
                return message
            except queue.Empty:
                waited += 1.0
            dead = [p for p in self._processes if p.exitcode not in (None, 0)]
            if dead:
                raise ModelError(
                    f"an extraction worker process died (exit code {dead[0].exitcode}); "
                    "it may have run out of memory: try fewer --workers"
                )
            if waited >= timeout:
                raise ModelError(f"no extraction worker answered within {timeout:.0f} s")

    def pipe(self, items: Iterable[Item]) -> Iterator[Result]:
        """Extract a stream of articles in the worker processes; results (and errors) in input order."""
        for result, _ in self._run(items, prepare=False):
            yield result

    def pipe_prepared(self, items: Iterable[Item]) -> Iterator[tuple[Result, bytes | None]]:
        """Like :meth:`pipe`, each result with its article's graph made ready for an Oxigraph store by the worker
        (``KnowledgeGraph.add(record, prepared=...)``; None for an error), which takes that work off the process
        that writes."""
        yield from self._run(items, prepare=True)

    def _run(self, items: Iterable[Item], prepare: bool) -> Iterator[tuple[Result, bytes | None]]:
        if self._busy:
            raise RuntimeError("this ProcessExtractor is already running a pipe")
        self._busy = True
        try:
            for result in self._pipe(items, prepare):
                yield result if prepare else (result, None)
        finally:
            self._busy = False

    def _pipe(self, items: Iterable[Item], prepare: bool) -> Iterator[Any]:
        numbered = enumerate(shards(items, self.shard_size))
        in_flight = 0
        next_out = 0
        ready: dict[int, list[Result]] = {}
        exhausted = False
        while True:
            while not exhausted and in_flight < 2 * self.workers:
                task = next(numbered, None)
                if task is None:
                    exhausted = True
                    break
                self._tasks.put((*task, prepare))
                in_flight += 1
            if in_flight == 0:
                return
            _, number, results = self._get(timeout=3600.0)
            ready[number] = results
            in_flight -= 1
            while next_out in ready:
                yield from ready.pop(next_out)
                next_out += 1

    def close(self) -> None:
        """Stop the worker processes."""
        for process in self._processes:
            if process.is_alive():
                with contextlib.suppress(Exception):
                    self._tasks.put(None)
        for process in self._processes:
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
                process.join(timeout=5)
        for q in (self._tasks, self._results):
            q.close()
            q.cancel_join_thread()
        self._alive.close()

    def __enter__(self) -> ProcessExtractor:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


# -- Dask ---------------------------------------------------------------------------------------------------------
def _pipeline_plugin(model: str | None, options: dict[str, Any]) -> Any:
    """A Dask worker plugin that loads the pipeline once per worker process (also on workers that join later)."""
    worker_plugin: Any = importlib.import_module("distributed").WorkerPlugin

    class PipelinePlugin(worker_plugin):  # type: ignore[misc]
        def __init__(self) -> None:
            self.extractor: Extractor | None = None

        def setup(self, worker: Any) -> None:
            self.extractor = _extractor(model, options)

        def teardown(self, worker: Any) -> None:
            self.extractor = None

    return PipelinePlugin()


def _plugin_name(model: str | None) -> str:
    return f"officialdom-pipeline-{model or 'default'}"


def _worker_extractor(model: str | None) -> Extractor:
    from distributed import get_worker

    plugin: Any = get_worker().plugins.get(_plugin_name(model))
    if plugin is None or plugin.extractor is None:  # a worker that joined oddly: load here, once
        raise ModelError(f"the Dask worker has no pipeline {model or 'default'}; register it with DaskExtractor")
    extractor: Extractor = plugin.extractor
    return extractor


def _dask_info(model: str | None) -> dict[str, str]:
    return dict(_worker_extractor(model).info)


def _dask_extract(model: str | None, shard: list[Item]) -> list[Result]:
    return list(_worker_extractor(model).pipe(shard))


@contextlib.contextmanager
def dask_client(address: str, workers: int | None = None) -> Iterator[Client]:
    """A Dask client: ``address`` of a scheduler (``tcp://host:8786``), or ``local`` for a LocalCluster of
    ``workers`` single-threaded processes on this machine (closed on exit)."""
    try:
        distributed: Any = importlib.import_module("distributed")
    except ImportError:
        raise ModelError("Dask is not installed; pip install 'officialdom[dask]'") from None
    Client, LocalCluster = distributed.Client, distributed.LocalCluster  # noqa: N806
    if address == "local":
        import os

        cluster = LocalCluster(
            n_workers=workers or os.cpu_count() or 2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
        )
        client = Client(cluster)
        try:
            yield client
        finally:
            client.close()
            cluster.close()
        return
    try:
        client = Client(address, timeout="30s")
    except (OSError, TimeoutError) as err:
        raise ModelError(f"cannot reach the Dask scheduler at {address}: {err}; is it running?") from None
    try:
        yield client
    finally:
        client.close()


class DaskExtractor:
    """Extraction mapped over article shards on a Dask cluster; ``pipe`` keeps input order.

    ``client`` is a :class:`distributed.Client`; every worker loads ``model`` once (a worker plugin, also set
    up on workers that join later).
    """

    def __init__(
        self,
        client: Client,
        model: str | None = None,
        *,
        shard_size: int = DEFAULT_DASK_SHARD_SIZE,
        batch_size: int = 16,
        max_in_flight: int | None = None,
    ) -> None:
        self.client = client
        self.model = model
        self.shard_size = shard_size
        plugin = _pipeline_plugin(model, {"batch_size": batch_size})
        try:
            client.register_plugin(plugin, name=_plugin_name(model))
        except Exception as err:
            raise ModelError(f"the Dask workers could not load the pipeline: {type(err).__name__}: {err}") from None
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        self.max_in_flight = max_in_flight or 2 * workers
        self.info: dict[str, str] = client.submit(_dask_info, model, pure=False).result()

    def pipe(self, items: Iterable[Item]) -> Iterator[Result]:
        """Extract a stream of articles on the cluster; results (and errors) in input order."""
        pending: list[Any] = []
        for shard in shards(items, self.shard_size):
            pending.append(self.client.submit(_dask_extract, self.model, shard, pure=False))
            while len(pending) >= self.max_in_flight:
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()


@dataclass
class ShardSummary:
    """What one shard task did: articles written, failures, and where (a file or a store)."""

    shard: int
    target: str
    articles: int = 0
    quads: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)


def _shard_to_nquads(model: str | None, number: int, shard: list[Item], folder: str) -> ShardSummary:
    import pyoxigraph as ox

    from officialdom.graph.rdf import extraction_quads
    from officialdom.graph.stores.oxigraph import to_ox

    path = Path(folder) / f"shard-{number:06d}.nq"
    summary = ShardSummary(number, str(path))
    quads: list[ox.Quad] = []
    for result in _worker_extractor(model).pipe(shard):
        if isinstance(result, RecordError):
            summary.failed.append((result.record, result.problem))
            continue
        found = extraction_quads(result)
        quads.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g)) for s, p, o, g in found)  # type: ignore[arg-type]
        summary.articles += 1
        summary.quads += len(set(found))
    temporary = path.with_suffix(".nq.part")
    ox.serialize(quads, str(temporary), ox.RdfFormat.N_QUADS)
    temporary.replace(path)  # a shard file is complete or absent
    return summary


def extract_to_nquads(
    items: Iterable[Item],
    folder: str | Path,
    client: Client,
    model: str | None = None,
    *,
    shard_size: int = DEFAULT_DASK_SHARD_SIZE,
) -> list[ShardSummary]:
    """Map extraction over shards on the cluster, each worker writing ``folder/shard-NNNNNN.nq``.

    ``folder`` must be reachable by every worker under the same path (local disk for a LocalCluster, shared
    storage for a cluster). Returns one summary per shard; load the files with :func:`load_nquads`.
    """
    Path(folder).mkdir(parents=True, exist_ok=True)
    DaskExtractor(client, model, shard_size=shard_size)  # registers the pipeline on the workers
    futures = [
        client.submit(_shard_to_nquads, model, number, shard, str(folder), pure=False)
        for number, shard in enumerate(shards(items, shard_size))
    ]
    summaries: list[ShardSummary] = [future.result() for future in futures]
    return summaries


def _shard_to_store(model: str | None, number: int, shard: list[tuple[Article, str]], spec: str) -> ShardSummary:
    from officialdom.graph import KnowledgeGraph

    summary = ShardSummary(number, spec)
    digests = {item.id: digest for item, digest in shard}
    kg = KnowledgeGraph(spec)
    try:
        for result in _worker_extractor(model).pipe(item for item, _ in shard):
            if isinstance(result, RecordError):
                summary.failed.append((result.record, result.problem))
                continue
            kg.add(result, fingerprint=digests[result.article.id])
            summary.articles += 1
        kg.store.flush()
    finally:
        kg.close()
    return summary


def ingest_distributed(
    items: Iterable[Item],
    store: str,
    client: Client,
    model: str | None = None,
    *,
    shard_size: int = DEFAULT_DASK_SHARD_SIZE,
    on_result: Callable[[Item, str], None] | None = None,
    resolve: bool = True,
) -> IngestReport:
    """Ingest on the cluster: each worker extracts its shard and writes it straight into ``store`` (a remote
    store every worker can reach, such as ``sparql:URL``).

    As with :func:`officialdom.ingest.ingest`, articles whose fingerprint is in the store already are skipped
    (so an interrupted run resumes), ``on_result(item, outcome)`` hears of every input record, and with
    ``resolve`` the resolution graph is brought up to date at the end (see
    :class:`~officialdom.ingest.ResolutionTracker`).
    """
    from officialdom.graph import KnowledgeGraph
    from officialdom.graph.rdf import article_graph
    from officialdom.ingest import IngestReport, ResolutionTracker, fingerprint, known_fingerprints
    from officialdom.readers import UnsupportedInputError

    if store.split(":", 1)[0] != "sparql":
        raise StoreError(
            f"Dask workers cannot share the store {store!r}; give a remote store (sparql:URL), or write "
            "per-shard N-Quads (extract_to_nquads) and load them (load_nquads)"
        )
    extractor = DaskExtractor(client, model, shard_size=shard_size)
    report = IngestReport()

    def notify(item: Item, outcome: str) -> None:
        if on_result is not None:
            on_result(item, outcome)

    kg = KnowledgeGraph(store)
    tracker = ResolutionTracker(kg)
    futures: dict[Any, list[tuple[Article, str, bool]]] = {}
    try:
        for number, shard in enumerate(shards(items, shard_size)):
            known = known_fingerprints(kg, [a.id for a in shard if isinstance(a, Article)])
            todo: list[tuple[Article, str, bool]] = []
            for item in shard:
                if isinstance(item, UnsupportedInputError):
                    report.skipped.append(item)
                    notify(item, "skipped")
                elif isinstance(item, RecordError):
                    report.failed.append(item)
                    notify(item, "failed")
                else:
                    digest = fingerprint(item, extractor.info)
                    if known.get(item.id) == digest:
                        report.unchanged += 1
                        notify(item, "unchanged")
                    else:
                        todo.append((item, digest, item.id in known))
            for article, _, existed in todo:
                tracker.before_change(article_graph(article.id), existed=existed)  # before any graph changes
            if todo:
                shard_items = [(article, digest) for article, digest, _ in todo]
                futures[client.submit(_shard_to_store, model, number, shard_items, store, pure=False)] = todo
        as_completed: Any = importlib.import_module("distributed").as_completed
        for future in as_completed(list(futures)):
            summary: ShardSummary = future.result()
            failed = dict(summary.failed)
            for article, _, existed in futures.pop(future):
                if article.id in failed:
                    error = ExtractionError.of(article.id, article.origin, failed[article.id])
                    report.failed.append(error)
                    notify(error, "failed")
                    continue
                if existed:
                    report.replaced += 1
                else:
                    report.added += 1
                notify(article, "replaced" if existed else "added")
        report.resolution = tracker.finish(resolve=resolve)
    finally:
        kg.close()
    return report


# -- bulk loading ---------------------------------------------------------------------------------------------------
def load_nquads(store: Store, paths: Sequence[str | Path]) -> int:
    """Load N-Quads files into ``store``: each named graph they hold replaces the store's graph of that name
    (so loading a shard twice changes nothing). Returns the number of quads loaded.

    Each graph is written in one transaction (on Oxigraph: its own, with its part of the merge in the default
    graph), so that a load killed half-way leaves only whole articles.
    """
    import pyoxigraph as ox
    from rdflib import URIRef

    from officialdom.graph.stores.oxigraph import OxigraphStore, from_ox

    total = 0
    for path in paths:
        try:
            parsed = ox.Dataset(ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))
        except (OSError, SyntaxError, ValueError) as err:
            raise StoreError(f"{path}: cannot read as N-Quads: {str(err).splitlines()[0]}") from None
        names = sorted({q.graph_name.value for q in parsed if isinstance(q.graph_name, ox.NamedNode)})
        if isinstance(store, OxigraphStore):
            for name in names:  # one transaction a graph: a killed load leaves whole articles only
                items = list(parsed.quads_for_graph_name(ox.NamedNode(name)))
                store.replace_graph_quads(ox.NamedNode(name), items)
                total += len(items)
            continue
        for name in names:
            graph = URIRef(name)
            quads = [
                (from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), graph)
                for q in parsed.quads_for_graph_name(ox.NamedNode(name))
            ]
            store.replace_graph(graph, quads)  # type: ignore[arg-type]
            total += len(quads)
    store.flush()
    return total
