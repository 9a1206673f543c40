"""Shared fixtures: the statistical pipeline is loaded once per session and only by tests marked ``model``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from officialdom import Article, ArticleExtraction, Extractor
from officialdom.extract.lexicon import Lexicon
from officialdom.graph.stores import Store, open_store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_TEXT = SHARED / "seed" / "sana-tehran-mou.txt"
SEED_GOLD = SHARED / "seed" / "sana-tehran-mou.gold.json"
SEED_DATE = dt.date(2015, 12, 1)  # a Tuesday, as in the vocabulary example
CORPUS = ROOT / "examples" / "corpus"


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return Lexicon.load()


@pytest.fixture(scope="session")
def blank_extractor() -> Extractor:
    """Rules on a blank English pipeline: tokenizer and sentencizer only, no statistical model."""
    return Extractor(spacy.blank("en"))


@pytest.fixture(scope="session")
def model_nlp() -> Language:
    from officialdom.extract import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extractor(model_nlp: Language) -> Extractor:
    return Extractor(model_nlp)


@pytest.fixture(scope="session")
def seed_article() -> Article:
    if not SEED_TEXT.exists():
        pytest.skip("the shared seed article is not available")
    return Article(id="sana-tehran-mou", text=SEED_TEXT.read_text(encoding="utf-8"), date=SEED_DATE)


@pytest.fixture(scope="session")
def seed_record(extractor: Extractor, seed_article: Article) -> ArticleExtraction:
    return extractor.extract(seed_article)


@pytest.fixture(params=["memory", "oxigraph"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """Every store kind, fresh for each test (Oxigraph on disk in a temporary folder)."""
    spec = "memory" if request.param == "memory" else f"oxigraph:{tmp_path / 'store'}"
    opened = open_store(spec)
    yield opened
    opened.close()
