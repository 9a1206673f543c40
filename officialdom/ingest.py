"""Ingesting a corpus into a knowledge graph: read, skip what is unchanged, extract, replace graphs.

Each article's graph carries a fingerprint of its text, metadata and the extractor; an article whose
fingerprint is already in the store is skipped, so ingesting the same corpus twice does nothing the second
time, and a changed article (same id, new text) replaces its graph.

After writing, the derived resolution graph (one node per real person and event across articles, see
:mod:`officialdom.graph.resolution`) is brought up to date: updated in place, re-deciding only what the changed
articles can affect, when the store had a current one; rebuilt from the article graphs otherwise. Both give the
same graph, so the store always ends the same whatever the order, the batches or the number of workers. Before
the first article graph changes, the resolution graph is marked stale (or dropped, when it was not current): a
run that is killed leaves no stale graph that looks current, and the next run rebuilds it.

>>> import spacy
>>> from officialdom import Article, Extractor, KnowledgeGraph
>>> kg, ex = KnowledgeGraph(), Extractor(spacy.blank("en"))
>>> docs = [Article(id="a", text="President Ana Ruiz spoke.")]
>>> ingest(docs, kg, ex).added, ingest(docs, kg, ex).unchanged
(1, 1)
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from rdflib import Literal, URIRef

from officialdom.errors import ExtractionError, RecordError
from officialdom.graph import KnowledgeGraph
from officialdom.graph.rdf import RESOLUTION_GRAPH, article_graph
from officialdom.graph.resolution import ResolutionReport, Touched, mark_stale, touched_by
from officialdom.graph.resolution import state as resolution_state
from officialdom.graph.resolution import update as update_resolution
from officialdom.model import Article, ArticleExtraction
from officialdom.readers import UnsupportedInputError

__all__ = [
    "IngestReport",
    "Pipeline",
    "ResolutionTracker",
    "error_entries",
    "fingerprint",
    "ingest",
    "known_fingerprints",
    "remove_articles",
]

FLUSH_EVERY = 500
"""Articles written between flushes of the store (Oxigraph keeps unflushed writes in memory)."""

LOOKUP_BATCH = 256
"""Articles whose fingerprints are looked up in one query: memory stays flat however large the store."""


class Pipeline(Protocol):
    """What ingest needs of an extractor: an :class:`~officialdom.extract.Extractor`, or a pool of them
    (:class:`~officialdom.parallel.ProcessExtractor`, :class:`~officialdom.parallel.DaskExtractor`)."""

    info: dict[str, str]

    def pipe(self, items: Iterable[Article | RecordError]) -> Iterator[ArticleExtraction | RecordError]:
        """Extract a stream of articles, in order; errors pass through."""
        ...


def count_records(inputs: Sequence[str]) -> int | None:
    """How many records ``inputs`` hold, for a progress bar: a line per JSON Lines record, an item per JSON
    list element, one per other file (directories walked as the readers walk them); None for standard input.

    >>> count_records(["-"]) is None
    True
    """
    from pathlib import Path

    from officialdom.readers import JSON_SUFFIXES, JSONL_SUFFIXES

    def count_file(path: Path) -> int:
        suffix = path.suffix.lower()
        try:
            if suffix in JSONL_SUFFIXES:
                with path.open("rb") as fh:
                    return max(1, sum(1 for line in fh if line.strip()))  # an empty file is one error
            if suffix in JSON_SUFFIXES:
                data = json.loads(path.read_bytes())
                return len(data) if isinstance(data, list) else 1
        except (OSError, ValueError):
            return 1
        return 1

    total = 0
    for name in inputs:
        if name == "-":
            return None
        path = Path(name)
        if path.is_dir():
            total += sum(
                count_file(child)
                for child in sorted(path.rglob("*"))
                if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts)
            )
        else:
            total += count_file(path)
    return total


def known_fingerprints(kg: KnowledgeGraph, ids: Sequence[str]) -> dict[str, str]:
    """The stored fingerprints of the articles ``ids`` (those in the store), in one query.

    >>> known_fingerprints(KnowledgeGraph(), ["a", "b"])
    {}
    """
    if not ids:
        return {}
    block = "VALUES ?id { " + " ".join(Literal(i).n3() for i in dict.fromkeys(ids)) + " }"
    result = kg.store.query(f"SELECT ?id ?f WHERE {{ {block} ?a od:articleId ?id ; od:fingerprint ?f }}")
    return {str(i): str(f) for i, f in result.rows}


def fingerprint(article: Article, extractor: dict[str, str] | None = None) -> str:
    """A hash of what an article's graph depends on: its text and metadata, and the extractor's versions."""
    data = json.dumps([article.to_dict(), extractor or {}], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


@dataclass
class IngestReport:
    """What an ingest did. ``processed + failed + skipped + unchanged`` is the number of input records."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: list[RecordError] = field(default_factory=list)
    skipped: list[RecordError] = field(default_factory=list)
    events: Counter[str] = field(default_factory=Counter)
    officials: int = 0
    resolution: ResolutionReport | None = None

    @property
    def processed(self) -> int:
        """Articles extracted and written (added or replaced)."""
        return self.added + self.replaced

    @property
    def total(self) -> int:
        """Every input record, whatever became of it."""
        return self.processed + len(self.failed) + len(self.skipped) + self.unchanged

    def to_dict(self) -> dict[str, object]:
        """JSON object of the report."""
        return {
            "added": self.added,
            "replaced": self.replaced,
            "unchanged": self.unchanged,
            "processed": self.processed,
            "failed": [{"record": e.record, "problem": e.problem, "kind": type(e).__name__} for e in self.failed],
            "skipped": [{"record": e.record, "problem": e.problem, "kind": type(e).__name__} for e in self.skipped],
            "total": self.total,
            "resolution": self.resolution.to_dict() if self.resolution is not None else None,
        }


def error_entries(failed: Iterable[RecordError], skipped: Iterable[RecordError] = ()) -> list[dict[str, str]]:
    """One JSON object per failed or skipped record: ``record`` (file, line or index, and the id when known),
    ``kind`` (the error class), ``problem`` and ``status`` (``failed`` or ``skipped``); what ``--errors`` writes.

    >>> from officialdom.errors import MalformedRecordError
    >>> error_entries([MalformedRecordError("feed.jsonl:3", "not valid JSON")])
    [{'record': 'feed.jsonl:3', 'kind': 'MalformedRecordError', 'problem': 'not valid JSON', 'status': 'failed'}]
    """
    return [
        {"record": e.record, "kind": type(e).__name__, "problem": e.problem, "status": status}
        for status, items in (("failed", failed), ("skipped", skipped))
        for e in items
    ]


INCREMENTAL_LIMIT = 2000
"""Changed articles up to which the resolution graph is updated in place rather than rebuilt from scratch."""


class ResolutionTracker:
    """Keeps the derived resolution graph right around changes to article graphs.

    Call :meth:`before_change` before each article graph is written or removed (with the graph's name) and
    :meth:`finish` at the end. When the store had a current resolution graph, it is marked stale before the first
    change and, at the end, updated in place from what the changes touched (one write, which also clears the
    mark); otherwise (no graph, an older layout, or a mark left by a run that was killed) it is dropped before the
    first change and rebuilt in full at the end. Either way a killed run never leaves a stale graph that looks
    current.
    """

    def __init__(self, kg: KnowledgeGraph) -> None:
        self.kg = kg
        self.state = resolution_state(kg)
        self.touched = Touched()
        self.written: list[URIRef] = []
        self.changed = False

    def before_change(self, graph: URIRef, *, existed: bool) -> None:
        """An article graph is about to be replaced (``existed``), added or removed."""
        if not self.changed:
            if self.state == "current":
                mark_stale(self.kg)
            else:
                self.kg.store.remove_graph(RESOLUTION_GRAPH)
            self.changed = True
        if self.state == "current" and existed:
            self.touched.update(touched_by(self.kg, [graph], before_change=True))
        self.written.append(graph)

    def finish(self, *, resolve: bool = True) -> ResolutionReport | None:
        """Bring the resolution graph up to date (when ``resolve``); returns what resolution did, or None when
        nothing needed doing."""
        if not resolve or (not self.changed and self.state == "current"):
            self.kg.store.flush()
            return None
        if self.changed and self.state == "current" and len(set(self.written)) <= INCREMENTAL_LIMIT:
            self.touched.update(touched_by(self.kg, self.written))
            report = update_resolution(self.kg, self.touched)
        else:
            report = self.kg.resolve_entities()
        self.kg.store.flush()
        return report


def remove_articles(kg: KnowledgeGraph, article_ids: Iterable[str], *, resolve: bool = True) -> list[str]:
    """Take articles out of ``kg`` (each with its graph) and, with ``resolve``, bring the resolution graph up to
    date; returns the ids that were not in the store."""
    missing: list[str] = []
    tracker = ResolutionTracker(kg)
    for article_id in article_ids:
        graph = article_graph(article_id)
        if not kg.store.has_graph(graph):
            missing.append(article_id)
            continue
        tracker.before_change(graph, existed=True)
        kg.remove(article_id)
    tracker.finish(resolve=resolve)
    return missing


def ingest(
    items: Iterable[Article | RecordError],
    kg: KnowledgeGraph,
    extractor: Pipeline,
    *,
    on_result: Callable[[Article | RecordError, str], None] | None = None,
    resolve: bool = True,
    flush_every: int = FLUSH_EVERY,
) -> IngestReport:
    """Extract every article whose fingerprint is not in ``kg`` yet and add it; report what became of each.

    ``extractor`` is an :class:`~officialdom.extract.Extractor` or a parallel pool of them (see
    :mod:`officialdom.parallel`). Items stream: fingerprints are looked up a batch at a time and each article's
    graph is written as soon as it is extracted, so memory stays flat and an interrupted ingest, run again,
    skips the articles it had finished. ``on_result(item, outcome)`` is called once per input record with
    ``added``, ``replaced``, ``unchanged``, ``failed`` or ``skipped`` (for progress bars and logs). The store is
    flushed every ``flush_every`` written articles: Oxigraph keeps unflushed writes in memory.

    With ``resolve`` (the default) the resolution graph is brought up to date at the end when any article
    changed (or when it is missing or stale): updated in place when the store had a current one and few articles
    changed, rebuilt from the article graphs otherwise (see :class:`ResolutionTracker`); ``report.resolution``
    says what it did.
    """
    report = IngestReport()
    pending: dict[str, tuple[Article, str, bool]] = {}
    tracker = ResolutionTracker(kg)

    def notify(item: Article | RecordError, outcome: str) -> None:
        if on_result is not None:
            on_result(item, outcome)

    def to_extract() -> Iterator[Article | RecordError]:
        iterator = iter(items)
        while batch := list(itertools.islice(iterator, LOOKUP_BATCH)):
            known = known_fingerprints(kg, [a.id for a in batch if isinstance(a, Article)])
            for item in batch:
                if isinstance(item, UnsupportedInputError):
                    report.skipped.append(item)
                    notify(item, "skipped")
                    continue
                if isinstance(item, RecordError):
                    report.failed.append(item)
                    notify(item, "failed")
                    continue
                digest = fingerprint(item, extractor.info)
                if known.get(item.id) == digest:
                    report.unchanged += 1
                    notify(item, "unchanged")
                    continue
                pending[item.id] = (item, digest, item.id in known)
                yield item

    for result, prepared in _extracted(extractor, kg, to_extract()):
        if isinstance(result, RecordError):
            report.failed.append(result)
            pending.pop(result.article_id if isinstance(result, ExtractionError) else result.record, None)
            notify(result, "failed")
            continue
        article, digest, existed = pending.pop(result.article.id)
        tracker.before_change(article_graph(article.id), existed=existed)
        _add(kg, result, digest, prepared)
        if existed:
            report.replaced += 1
        else:
            report.added += 1
        if report.processed % flush_every == 0:
            kg.store.flush()  # Oxigraph holds writes in memory until flushed: resident memory stays flat
        report.officials += len(result.officials)
        report.events.update(e.type for e in result.events)
        notify(article, "replaced" if existed else "added")
    report.resolution = tracker.finish(resolve=resolve)
    return report


def _extracted(
    extractor: Pipeline, kg: KnowledgeGraph, items: Iterable[Article | RecordError]
) -> Iterator[tuple[ArticleExtraction | RecordError, bytes | None]]:
    """The extractor's results, each with its graph already built by a worker process when the extractor can
    do that (``pipe_prepared``) and the store can load it (an Oxigraph store)."""
    pipe_prepared = getattr(extractor, "pipe_prepared", None)
    if pipe_prepared is not None and hasattr(kg.store, "replace_graph_prepared"):
        yield from pipe_prepared(items)
        return
    for result in extractor.pipe(items):
        yield result, None


def _add(kg: KnowledgeGraph, record: ArticleExtraction, digest: str, prepared: bytes | None = None) -> None:
    kg.add(record, fingerprint=digest, prepared=prepared)
