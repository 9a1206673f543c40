"""The SPARQL endpoint (``officialdom serve``): protocol, formats, a real client, read-only, timeout, bind address."""

from __future__ import annotations

import csv
import io
import json
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
import pyoxigraph as ox
import pytest
from rdflib import Graph
from SPARQLWrapper import JSON, JSONLD, POST, TURTLE, XML, SPARQLWrapper

from officialdom import Article, Extractor, KnowledgeGraph
from officialdom.errors import ServerError, StoreError
from officialdom.ingest import ingest
from officialdom.server import SparqlServer, choose_format, forbidden_keyword

pytestmark = pytest.mark.server

ARTICLES = [
    Article(id="n1", text="Foreign Minister Jane Doe met Interior Minister John Roe in Nairobi."),
    Article(id="n2", text="President Ana Ruiz received Foreign Minister Jane Doe in Lima."),
    Article(id="n3", text="Prime Minister Li Wei received a phone call from President Ana Ruiz."),
]
NAMES = "SELECT DISTINCT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name"
# every triple against every triple against every triple: far more work than the time limit allows
CARTESIAN_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
CARTESIAN_SORT = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?i ?f ?c LIMIT 3"
TIMEOUT = 2.0


def _build_store(path: Path, extractor: Extractor) -> KnowledgeGraph:
    kg = KnowledgeGraph(f"oxigraph:{path}")
    ingest(ARTICLES, kg, extractor)
    kg.close()
    memory = KnowledgeGraph("memory")
    ingest(ARTICLES, memory, extractor)
    return memory


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory, blank_extractor: Extractor) -> tuple[Path, KnowledgeGraph]:
    path = tmp_path_factory.mktemp("served") / "db"
    return path, _build_store(path, blank_extractor)


@pytest.fixture(scope="module")
def server(store_path: tuple[Path, KnowledgeGraph]) -> Iterator[SparqlServer]:
    with SparqlServer(f"oxigraph:{store_path[0]}", port=0, timeout=TIMEOUT, limit=50, workers=2) as running:
        yield running


@pytest.fixture(scope="module")
def expected_names(store_path: tuple[Path, KnowledgeGraph]) -> list[str]:
    names = [str(row[0]) for row in store_path[1].query(NAMES).rows]
    assert len(names) >= 4
    return names


def _get(server: SparqlServer, query: str, accept: str | None = None, **params: str) -> httpx.Response:
    headers = {"Accept": accept} if accept else {}
    return httpx.get(server.url, params={"query": query, **params}, headers=headers, timeout=30)


# -- protocol and formats ----------------------------------------------------------------------------------------
def test_select_by_get_and_post_in_every_results_format(server: SparqlServer, expected_names: list[str]) -> None:
    response = _get(server, NAMES)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/sparql-results+json"
    data = response.json()
    assert data["head"]["vars"] == ["name"]
    assert [b["name"]["value"] for b in data["results"]["bindings"]] == expected_names

    form = httpx.post(server.url, data={"query": NAMES}, headers={"Accept": "application/sparql-results+xml"})
    assert form.status_code == 200 and form.headers["content-type"] == "application/sparql-results+xml"
    parsed = ox.parse_query_results(form.content, ox.QueryResultsFormat.XML)
    assert [s["name"].value for s in parsed] == expected_names  # type: ignore[union-attr]

    body = httpx.post(
        server.url, content=NAMES.encode(), headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"}
    )
    assert body.status_code == 200 and body.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(body.text)))
    assert rows[0] == ["name"] and [r[0] for r in rows[1:]] == expected_names

    tsv = _get(server, NAMES, "text/tab-separated-values")
    parsed = ox.parse_query_results(tsv.content, ox.QueryResultsFormat.TSV)
    assert [s["name"].value for s in parsed] == expected_names  # type: ignore[union-attr]


def test_construct_as_turtle_ntriples_and_jsonld(server: SparqlServer, store_path: tuple[Path, KnowledgeGraph]) -> None:
    query = "CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }"
    expected = store_path[1].query(query).graph
    assert expected is not None and len(expected) >= 4
    for accept, fmt in (("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld")):
        response = _get(server, query, accept)
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith(accept)
        graph = Graph().parse(data=response.text, format=fmt)
        assert graph.isomorphic(expected), fmt
    describe = _get(server, "DESCRIBE ?p WHERE { ?p schema:name 'Jane Doe'@en }", format="turtle")
    assert describe.status_code == 200 and len(Graph().parse(data=describe.text, format="turtle")) > 3


def test_ask_and_negotiation(server: SparqlServer) -> None:
    assert _get(server, "ASK { ?p a schema:Person }").json() == {"head": {}, "boolean": True}
    assert _get(server, "ASK { ?p a schema:Person }", "text/csv").status_code == 406
    assert choose_format("select", "text/html, */*;q=0.1", None) == "json"
    assert choose_format("select", "text/csv;q=0.2, text/tab-separated-values;q=0.9", None) == "tsv"
    assert choose_format("construct", "application/sparql-results+json", None) is None
    assert choose_format("construct", None, "json") == "jsonld"


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
def test_sparqlwrapper_client(server: SparqlServer, expected_names: list[str]) -> None:
    client = SPARQLWrapper(server.url)
    client.setQuery(NAMES)
    client.setReturnFormat(JSON)
    results = client.query().convert()
    assert [b["name"]["value"] for b in results["results"]["bindings"]] == expected_names  # type: ignore[index,call-overload]

    client.setReturnFormat(XML)
    client.setMethod(POST)
    document = client.query().convert()
    assert len(document.getElementsByTagName("result")) == len(expected_names)  # type: ignore[union-attr]

    client.setQuery("CONSTRUCT { ?p schema:name ?n } WHERE { ?p schema:name ?n }")
    client.setReturnFormat(TURTLE)
    turtle = client.query().convert()
    assert len(Graph().parse(data=turtle, format="turtle")) >= len(expected_names)  # type: ignore[arg-type]
    client.setReturnFormat(JSONLD)
    graph = client.query().convert()
    assert isinstance(graph, Graph) and len(graph) >= len(expected_names)

    client.setQuery("ASK { ?p schema:name 'Ana Ruiz'@en }")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True  # type: ignore[index,call-overload]


def test_result_limit(server: SparqlServer) -> None:
    response = _get(server, "SELECT * WHERE { ?s ?p ?o }")
    assert len(response.json()["results"]["bindings"]) == 50
    assert response.headers["x-result-truncated"] == "50"
    small = _get(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 3")
    assert len(small.json()["results"]["bindings"]) == 3 and "x-result-truncated" not in small.headers
    triples = _get(server, "CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples")
    assert len(triples.text.strip().splitlines()) == 50


def test_bad_queries_are_400(server: SparqlServer) -> None:
    response = _get(server, "SELECT ?x WHERE { ?x ")
    assert response.status_code == 400 and "does not parse" in response.text
    assert httpx.get(server.url).status_code == 400  # no query at all


# -- guarantees ----------------------------------------------------------------------------------------------------
def test_read_only_refuses_updates(server: SparqlServer, expected_names: list[str]) -> None:
    for request in (
        lambda: httpx.post(server.url, data={"update": "CLEAR ALL"}),
        lambda: httpx.post(server.url, content=b"DROP ALL", headers={"Content-Type": "application/sparql-update"}),
        lambda: httpx.post(server.url.replace("/sparql", "/update"), data={"update": "CLEAR ALL"}),
    ):
        response = request()
        assert response.status_code == 403 and "read-only" in response.text
    assert [b["name"]["value"] for b in _get(server, NAMES).json()["results"]["bindings"]] == expected_names


def test_runaway_query_stops_at_the_timeout_while_others_are_answered(server: SparqlServer) -> None:
    outcome: dict[str, object] = {}

    def runaway(query: str, key: str) -> None:
        started = time.monotonic()
        response = _get(server, query)
        outcome[key] = (response.status_code, response.text, time.monotonic() - started)

    thread = threading.Thread(target=runaway, args=(CARTESIAN_COUNT, "count"))
    thread.start()
    time.sleep(0.3)
    fast = []
    while thread.is_alive():  # the other worker keeps answering while the runaway runs
        started = time.monotonic()
        assert _get(server, "ASK { ?s ?p ?o }").status_code == 200
        fast.append(time.monotonic() - started)
        time.sleep(0.2)
    thread.join()
    status, text, elapsed = outcome["count"]  # type: ignore[misc]
    assert status == 503 and "time limit" in text
    assert TIMEOUT <= elapsed < TIMEOUT + 3
    assert fast and max(fast) < 1.5

    runaway(CARTESIAN_SORT, "sort")  # a sort computes everything before the first row: stopped all the same
    status, text, elapsed = outcome["sort"]  # type: ignore[misc]
    assert status == 503 and elapsed < TIMEOUT + 3
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # the killed workers are replaced
        if _get(server, "ASK { ?s ?p ?o }").status_code == 200 and len(server.pool.all) == server.workers:
            break
        time.sleep(0.2)
    assert _get(server, "ASK { ?s ?p ?o }").status_code == 200
    assert len(server.pool.all) == server.workers


def _outward_address() -> str | None:
    """An address of this machine that is not loopback (no packet is sent), if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))
            address = str(probe.getsockname()[0])
        except OSError:
            return None
    return None if address.startswith("127.") or address == "0.0.0.0" else address


def test_bound_to_loopback_by_default(server: SparqlServer) -> None:
    assert server.host == "127.0.0.1" and server.url.startswith("http://127.0.0.1:")
    outward = _outward_address()
    if outward is None:
        pytest.skip("this machine has no address other than loopback")
    with pytest.raises(OSError), socket.create_connection((outward, server.port), timeout=2):
        pass


def test_no_file_is_reachable(server: SparqlServer) -> None:
    for path in ("/etc/passwd", "/../../../../etc/passwd", "/sparql/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd"):
        with socket.create_connection(("127.0.0.1", server.port), timeout=5) as conn:
            conn.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
            answer = b""
            while chunk := conn.recv(65536):
                answer += chunk
        assert answer.startswith(b"HTTP/1.1 404"), path
        assert b"root:" not in answer
    service = _get(server, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }")
    assert service.status_code == 403 and "SERVICE" in service.text
    assert forbidden_keyword("SELECT ?service WHERE { ?service schema:name 'LOAD' }") is None
    graph = _get(server, "SELECT * WHERE { ?s ?p ?o }", **{"default-graph-uri": "file:///etc/passwd"})
    assert graph.status_code == 200 and graph.json()["results"]["bindings"] == []


def test_writable_server_accepts_updates_and_keeps_them(tmp_path: Path, blank_extractor: Extractor) -> None:
    path = tmp_path / "db"
    _build_store(path, blank_extractor)
    with SparqlServer(path, port=0, writable=True, timeout=10) as running:
        assert running.workers == 1
        insert = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/x> schema:name 'X' } }"
        assert httpx.post(running.url, data={"update": insert}).status_code == 204
        assert _get(running, "ASK { ?x schema:name 'X' }").json()["boolean"] is True
        load = httpx.post(running.url, data={"update": "LOAD <file:///etc/hostname>"})
        assert load.status_code == 403 and "LOAD" in load.text
    reopened = ox.Store.read_only(str(path))
    assert reopened.query("ASK { GRAPH ?g { ?x <https://schema.org/name> 'X' } }")


def test_serving_an_rdf_file(tmp_path: Path, store_path: tuple[Path, KnowledgeGraph]) -> None:
    trig = tmp_path / "graph.trig"
    store_path[1].serialize("trig", trig)
    with SparqlServer(trig, port=0) as running:
        assert _get(running, "ASK { ?p a schema:Person }").json()["boolean"] is True
    with pytest.raises(ServerError, match="read-only"):
        SparqlServer(trig, writable=True).start()


def test_what_cannot_be_served(tmp_path: Path) -> None:
    with pytest.raises(ServerError, match="oxigraph:PATH"):
        SparqlServer("memory").start()
    with pytest.raises(StoreError, match="no Oxigraph store"):
        SparqlServer(f"oxigraph:{tmp_path / 'missing'}").start()
    with pytest.raises(ServerError, match="timeout"):
        SparqlServer(tmp_path, timeout=0)


def test_cli_serve(store_path: tuple[Path, KnowledgeGraph], expected_names: list[str]) -> None:
    command = [sys.executable, "-c", "from officialdom.cli import main; main()"]
    command += ["serve", f"oxigraph:{store_path[0]}", "--port", "0"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env={**os.environ, "COLUMNS": "200"})
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        found = re.search(r"(http://127\.0\.0\.1:\d+/sparql)", line)
        assert found, line
        response = httpx.get(found.group(1), params={"query": NAMES, "format": "json"}, timeout=30)
        assert [b["name"]["value"] for b in response.json()["results"]["bindings"]] == expected_names
        assert httpx.post(found.group(1), data={"update": "CLEAR ALL"}).status_code == 403
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    assert process.returncode == 0
    assert json.dumps(expected_names)  # the store is intact after the server stopped
