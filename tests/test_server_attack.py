"""The endpoint under load and attack: a served store (``officialdom serve`` in its own process) keeps answering
many clients without errors, refuses every kind of update when read-only, stops a runaway query at the time limit
while answering others, and reads no file whatever the path, IRI or clause."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from benchmarks.load import run_load
from officialdom import Extractor, KnowledgeGraph, read_articles
from officialdom.ingest import ingest
from tests.conftest import CORPUS

pytestmark = pytest.mark.server

TIMEOUT = 3.0
NAMES = "SELECT DISTINCT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, blank_extractor: Extractor) -> Iterator[tuple[str, str]]:
    """``officialdom serve`` over the sample corpus in a process of its own; yields its URL and the store."""
    path = tmp_path_factory.mktemp("attack") / "db"
    with KnowledgeGraph(f"oxigraph:{path}") as kg:
        ingest(read_articles([CORPUS / "articles.jsonl"]), kg, blank_extractor)
        before = kg.canonical_nquads()
    command = [sys.executable, "-c", "from officialdom.cli import main; main()", "serve", f"oxigraph:{path}"]
    command += ["--port", "0", "--timeout", str(TIMEOUT), "--workers", "2"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env={**os.environ, "COLUMNS": "200"})
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        found = re.search(r"(http://127\.0\.0\.1:\d+/sparql)", line)
        assert found, line
        yield found.group(1), before
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    with KnowledgeGraph(f"oxigraph:{path}") as kg:
        assert kg.canonical_nquads() == before, "the served store changed"


def _raw(url: str, target: str) -> bytes:
    """Send a request line as given (no client normalisation of ``..`` or escapes); the whole answer."""
    port = int(url.split(":")[2].split("/")[0])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        answer = b""
        while chunk := conn.recv(65536):
            answer += chunk
    return answer


def test_short_load_from_many_clients_has_no_errors(served: tuple[str, str]) -> None:
    report = run_load(served[0], clients=10, seconds=5)
    assert report["requests"] > 0
    assert report["errors"] == 0, report["error_kinds"]


def test_every_kind_of_update_is_refused(served: tuple[str, str]) -> None:
    url = served[0]
    base = url.rsplit("/", 1)[0]
    attempts = [
        httpx.post(url, data={"update": "DROP ALL"}),
        httpx.post(url, data={"update": "INSERT DATA { <http://x/a> <http://x/b> 'c' }"}),
        httpx.post(url, content=b"CLEAR ALL", headers={"Content-Type": "application/sparql-update"}),
        httpx.post(f"{base}/update", data={"update": "DELETE WHERE { ?s ?p ?o }"}),
        httpx.post(f"{base}/query", data={"update": "CLEAR DEFAULT"}),
        httpx.get(url, params={"update": "DROP ALL"}),
        httpx.post(url, data={"update": "LOAD <file:///etc/passwd>"}),
    ]
    for response in attempts:
        assert response.status_code in (403, 405), (response.status_code, response.text)
    # an update sent as a query does not parse as one
    assert httpx.get(url, params={"query": "DROP ALL"}).status_code == 400
    answer = httpx.get(url, params={"query": NAMES}, headers={"Accept": "application/sparql-results+json"})
    assert answer.status_code == 200 and answer.json()["results"]["bindings"]


def test_runaway_cartesian_product_stops_while_others_are_answered(served: tuple[str, str]) -> None:
    url = served[0]
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    outcome: dict[str, object] = {}

    def send() -> None:
        started = time.monotonic()
        response = httpx.get(url, params={"query": runaway}, timeout=60)
        outcome["answer"] = (response.status_code, response.text, time.monotonic() - started)

    thread = threading.Thread(target=send)
    thread.start()
    time.sleep(0.3)
    answered = 0
    while thread.is_alive():
        assert httpx.get(url, params={"query": "ASK { ?s ?p ?o }"}, timeout=30).status_code == 200
        answered += 1
        time.sleep(0.2)
    thread.join()
    status, text, elapsed = outcome["answer"]  # type: ignore[misc]
    assert status == 503 and "time limit" in str(text)
    assert TIMEOUT <= float(elapsed) < TIMEOUT + 5  # type: ignore[arg-type]
    assert answered >= 3


@pytest.mark.parametrize(
    "target",
    [
        "/etc/passwd",
        "/../../etc/passwd",
        "/sparql/../../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/..%2f..%2f..%2fetc%2fpasswd",
        "/..\\..\\etc\\passwd",
        "//etc/passwd",
        "/./././etc/passwd",
        "/sparql/%2e%2e/%2e%2e/etc/passwd",
        "file:///etc/passwd",
        "http://127.0.0.1/../../etc/passwd",
        "/static/../../../etc/passwd",
        "/favicon.ico",
    ],
)
def test_no_path_reaches_a_file(served: tuple[str, str], target: str) -> None:
    answer = _raw(served[0], target)
    assert answer.startswith((b"HTTP/1.1 404", b"HTTP/1.1 400", b"HTTP/1.0 400")), answer[:200]
    assert b"root:" not in answer


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }",
        "SELECT * WHERE { GRAPH <file:///etc/passwd> { ?s ?p ?o } }",
        "CONSTRUCT { ?s ?p ?o } FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
        "DESCRIBE <file:///etc/passwd>",
    ],
)
def test_file_iris_in_from_and_graph_name_nothing(served: tuple[str, str], query: str) -> None:
    response = httpx.get(served[0], params={"query": query}, timeout=30)
    assert response.status_code == 200, response.text
    assert "root:" not in response.text
    assert "bindings" not in response.text or '"bindings": []' in response.text


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <file:///etc/passwd> { ?s ?p ?o } }",
        "SELECT * WHERE { service <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?x ?y ?z . SERVICE SILENT <file:///etc/passwd> { ?s ?p ?o } }",
        "SELECT * WHERE {}SERVICE<file:///etc/passwd>{?s ?p ?o}",
        "SELECT * WHERE { \\u0053ERVICE <file:///etc/passwd> { ?s ?p ?o } }",
    ],
)
def test_service_is_refused(served: tuple[str, str], query: str) -> None:
    response = httpx.get(served[0], params={"query": query}, timeout=30)
    assert response.status_code in (400, 403), response.text
    assert "root:" not in response.text


def test_graph_uris_in_the_protocol_read_no_file(served: tuple[str, str]) -> None:
    for key in ("default-graph-uri", "named-graph-uri"):
        response = httpx.get(
            served[0], params={"query": "SELECT * WHERE { ?s ?p ?o }", key: "file:///etc/passwd"}, timeout=30
        )
        assert response.status_code == 200 and "root:" not in response.text


@pytest.mark.long
def test_long_load(served: tuple[str, str]) -> None:
    """The full load test (50 clients for 30 s); run it with ``-m long``. Figures in benchmarks/README.md."""
    report = run_load(served[0], clients=50, seconds=30)
    print(report)
    assert report["errors"] == 0, report["error_kinds"]


def test_store_is_intact_after_the_attacks(served: tuple[str, str], tmp_path: Path) -> None:
    response = httpx.get(served[0], params={"query": NAMES}, headers={"Accept": "text/csv"}, timeout=30)
    assert response.status_code == 200 and response.text.startswith("name\r\n")
