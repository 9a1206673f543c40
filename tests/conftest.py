"""Shared fixtures: the statistical pipeline is loaded once per session and only by tests marked ``model``."""

from __future__ import annotations

import datetime as dt
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
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


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_http(url: str, process: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    """Wait until ``url`` answers (any HTTP status), or fail if ``process`` exits or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with code {process.returncode} before answering {url}")
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"no answer from {url} after {timeout} s")


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real ``oxigraph serve`` process (PyPI package ``oxigraph``) on 127.0.0.1; yields its query URL."""
    binary = shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph-server")
    process = subprocess.Popen(
        [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_http(f"http://127.0.0.1:{port}/", process)
        yield f"http://127.0.0.1:{port}/query"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(params=["memory", "oxigraph", pytest.param("sparql", marks=pytest.mark.server)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """Every store kind, fresh for each test (Oxigraph on disk in a temporary folder; a SPARQL endpoint served
    by a real Oxigraph server process, emptied before each test)."""
    if request.param == "sparql":
        url = request.getfixturevalue("oxigraph_server")
        opened = open_store(f"sparql:{url}")
        opened.update("CLEAR ALL")
    else:
        spec = "memory" if request.param == "memory" else f"oxigraph:{tmp_path / 'store'}"
        opened = open_store(spec)
    yield opened
    opened.close()
