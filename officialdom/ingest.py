"""Ingesting a corpus into a knowledge graph: read, skip what is unchanged, extract, replace graphs.

Each article's graph carries a fingerprint of its text, metadata and the extractor; an article whose
fingerprint is already in the store is skipped, so ingesting the same corpus twice does nothing the second
time, and a changed article (same id, new text) replaces its graph.

>>> import spacy
>>> from officialdom import Article, Extractor, KnowledgeGraph
>>> kg, ex = KnowledgeGraph(), Extractor(spacy.blank("en"))
>>> docs = [Article(id="a", text="President Ana Ruiz spoke.")]
>>> ingest(docs, kg, ex).added, ingest(docs, kg, ex).unchanged
(1, 1)
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from officialdom.errors import RecordError
from officialdom.extract import Extractor
from officialdom.graph import KnowledgeGraph
from officialdom.model import Article, ArticleExtraction
from officialdom.readers import UnsupportedInputError

__all__ = ["IngestReport", "fingerprint", "ingest"]


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
            "skipped": [{"record": e.record, "problem": e.problem} for e in self.skipped],
            "total": self.total,
        }


def ingest(
    items: Iterable[Article | RecordError],
    kg: KnowledgeGraph,
    extractor: Extractor,
    *,
    on_result: Callable[[Article | RecordError, str], None] | None = None,
) -> IngestReport:
    """Extract every article whose fingerprint is not in ``kg`` yet and add it; report what became of each.

    ``on_result(item, outcome)`` is called once per input record with ``added``, ``replaced``, ``unchanged``,
    ``failed`` or ``skipped`` (for progress bars and logs).
    """
    report = IngestReport()
    known = kg.fingerprints()
    pending: dict[str, tuple[Article, str]] = {}

    def notify(item: Article | RecordError, outcome: str) -> None:
        if on_result is not None:
            on_result(item, outcome)

    def to_extract() -> Iterator[Article | RecordError]:
        for item in items:
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
            pending[item.id] = (item, digest)
            yield item

    for result in extractor.pipe(to_extract()):
        if isinstance(result, RecordError):
            report.failed.append(result)
            pending.pop(result.record, None)
            notify(result, "failed")
            continue
        article, digest = pending.pop(result.article.id)
        existed = result.article.id in known
        _add(kg, result, digest)
        known[result.article.id] = digest
        if existed:
            report.replaced += 1
        else:
            report.added += 1
        report.officials += len(result.officials)
        report.events.update(e.type for e in result.events)
        notify(article, "replaced" if existed else "added")
    kg.store.flush()
    return report


def _add(kg: KnowledgeGraph, record: ArticleExtraction, digest: str) -> None:
    kg.add(record, fingerprint=digest)
