"""A SPARQL 1.1 Protocol endpoint over an Oxigraph store, safe to share.

Guarantees:

- **read-only** unless started with ``writable=True``: updates are refused with 403, and the store itself is
  opened read-only by the query processes;
- bound to **127.0.0.1** unless another host is named;
- every request has a **time limit**: queries are evaluated in worker processes, and a worker still busy at the
  deadline is killed (its query answered with 503) and replaced, so a runaway query (a cartesian product under
  ``ORDER BY`` or ``COUNT``) stops while the other workers keep answering. Oxigraph's own evaluation cannot be
  interrupted from Python: iterating lazy results with a deadline stops a plain cartesian ``SELECT`` but not
  an aggregate or a sort, which compute everything before the first row (see ``benchmarks/README.md``);
- a **result limit**: at most ``limit`` rows or triples are sent (the header ``X-Result-Truncated`` says when
  more were cut), and a worker whose memory passes ``memory_limit_mb`` is stopped like a late one;
- **no file-system access** through any route: the only routes are ``/`` (a description), ``/sparql`` and its
  aliases ``/query`` and ``/update``; federated ``SERVICE`` queries and ``LOAD`` updates are refused.

Queries see the union of all graphs as the default graph and have the project prefixes (``od:``,
``schema:``...) bound, as :meth:`officialdom.graph.Store.query` does. Results come as SPARQL JSON, XML, CSV or
TSV; ``CONSTRUCT`` and ``DESCRIBE`` as Turtle, N-Triples, JSON-LD or RDF/XML, chosen by the ``Accept`` header
or a ``format`` parameter.

>>> choose_format("select", "text/csv;q=0.5, application/sparql-results+xml", None)
'xml'
>>> choose_format("construct", None, "json-ld")
'jsonld'
>>> forbidden_keyword("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }")
'SERVICE'
>>> forbidden_keyword('SELECT * WHERE { ?s schema:name "Civil Service" }') is None
True
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import logging
import multiprocessing
import multiprocessing.connection
import os
import queue
import re
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from officialdom.errors import ServerError, StoreError
from officialdom.graph.stores.oxigraph import build_merge, query_options, update_with_merge
from officialdom.graph.vocab import PREFIXES

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_LIMIT",
    "DEFAULT_PORT",
    "DEFAULT_TIMEOUT",
    "SparqlServer",
    "choose_format",
    "forbidden_keyword",
    "serve",
]

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 30.0
"""Seconds a request may take before its worker is stopped."""
DEFAULT_LIMIT = 10_000
"""Rows (or triples) sent at most per answer."""
DEFAULT_MEMORY_MB = 4096
"""Resident memory (MiB) a query worker may reach before it is stopped (Linux only)."""
MAX_BODY = 64 * 1024 * 1024

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

# formats: name -> media type, per kind of answer
RESULT_MEDIA = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
}
GRAPH_MEDIA = {
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
_GRAPH_OX = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
_ACCEPT_RESULTS = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
_ACCEPT_GRAPH = {
    "text/turtle": "turtle",
    "application/turtle": "turtle",
    "application/x-turtle": "turtle",
    "text/n3": "turtle",  # Turtle is N3
    "application/n-triples": "ntriples",
    "application/ld+json": "jsonld",
    "application/x-json+ld": "jsonld",
    "application/json": "jsonld",
    "application/rdf+xml": "rdfxml",
    "application/xml": "rdfxml",
}
_FORMAT_PARAM = {  # the ``format``/``output`` parameter (SPARQLWrapper sends one): name -> (results, graph)
    "json": ("json", "jsonld"),
    "xml": ("xml", "rdfxml"),
    "csv": ("csv", None),
    "tsv": ("tsv", None),
    "turtle": (None, "turtle"),
    "ttl": (None, "turtle"),
    "n3": (None, "turtle"),
    "nt": (None, "ntriples"),
    "ntriples": (None, "ntriples"),
    "n-triples": (None, "ntriples"),
    "json-ld": (None, "jsonld"),
    "jsonld": (None, "jsonld"),
    "rdf": (None, "rdfxml"),
    "rdf+xml": (None, "rdfxml"),
    "rdfxml": (None, "rdfxml"),
}
_DEFAULT_FORMAT = {"select": "json", "ask": "json", "construct": "turtle"}


def choose_format(kind: str, accept: str | None, fmt: str | None) -> str | None:
    """The answer format for a ``select``, ``ask`` or ``construct`` result: from the ``format`` parameter when
    it names one that fits, else the best of the ``Accept`` header; None when nothing acceptable is offered."""
    table = _ACCEPT_GRAPH if kind == "construct" else _ACCEPT_RESULTS
    allowed = set(GRAPH_MEDIA) if kind == "construct" else ({"json", "xml"} if kind == "ask" else set(RESULT_MEDIA))
    if fmt:
        name = fmt.strip().lower()
        pair = _FORMAT_PARAM.get(name)
        chosen = (pair[1] if kind == "construct" else pair[0]) if pair else table.get(name.split(";")[0])
        if chosen in allowed:
            return chosen
    if not accept or not accept.strip():
        return _DEFAULT_FORMAT[kind]
    offers: list[tuple[float, int, str]] = []
    for index, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            offers.append((-quality, index, media.lower()))
    for _, _, media in sorted(offers):
        if media in ("*/*", "application/*", "text/*"):
            return _DEFAULT_FORMAT[kind]
        chosen = table.get(media)
        if chosen in allowed:
            return chosen
    return None


# Strings, IRIs and comments are blanked before looking for keywords, so "Civil Service" is no SERVICE.
_SKIP = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*",
    re.DOTALL,
)
_KEYWORD = re.compile(r"(?<![\w:?$-])(SERVICE|LOAD)(?![\w:-])", re.IGNORECASE)


def forbidden_keyword(text: str) -> str | None:
    """``SERVICE`` or ``LOAD`` when the request uses them (outside strings, IRIs and comments), else None."""
    found = _KEYWORD.search(_SKIP.sub(" ", text))
    return found.group(1).upper() if found else None


# -- serialisers of query results (pyoxigraph terms) ------------------------------------------------------------
def _json_term(term: Any) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value not in (XSD_STRING, RDF_LANG_STRING):
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": _json_term(term.subject),
                "predicate": _json_term(term.predicate),
                "object": _json_term(term.object),
            },
        }
    return {"type": "literal", "value": str(term)}


def _xml_term(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def _csv_value(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return str(term.value)
    return str(term)


def serialize_solutions(variables: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> bytes:
    """SELECT results (pyoxigraph terms, None for unbound) in ``json``, ``xml``, ``csv`` or ``tsv``."""
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows]
        data = {"head": {"vars": list(variables)}, "results": {"bindings": bindings}}
        return json.dumps(data, ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
        parts.append("<head>" + "".join(f"<variable name={quoteattr(v)}/>" for v in variables) + "</head><results>")
        for row in rows:
            cells = "".join(
                f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                for v, t in zip(variables, row, strict=True)
                if t is not None
            )
            parts.append(f"<result>{cells}</result>")
        parts.append("</results></sparql>\n")
        return "\n".join(parts).encode("utf-8")
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(variables)
        for row in rows:
            writer.writerow([_csv_value(t) for t in row])
        return buf.getvalue().encode("utf-8")
    if fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in variables)]
        for row in rows:
            lines.append("\t".join("" if t is None else str(t).replace("\t", "\\t") for t in row))
        return ("\n".join(lines) + "\n").encode("utf-8")
    raise ValueError(f"unknown results format {fmt!r}")


def serialize_boolean(value: bool, fmt: str) -> bytes:
    """An ASK answer in ``json`` or ``xml``."""
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value}).encode("utf-8")
    text = "true" if value else "false"
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
        f"<head/><boolean>{text}</boolean></sparql>\n"
    ).encode()


# -- the worker processes ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Request:
    op: str  # "query" or "update"
    text: str
    accept: str | None = None
    fmt: str | None = None
    limit: int = DEFAULT_LIMIT
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass
class _Reply:
    status: int
    body: bytes
    media: str = "text/plain; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


def _text(status: int, message: str) -> _Reply:
    return _Reply(status, (message.rstrip() + "\n").encode("utf-8"))


def _first_line(err: BaseException) -> str:
    text = str(err).strip() or type(err).__name__
    return text.splitlines()[0][:1000]


def _answer(store: ox.Store, request: _Request) -> _Reply:
    """Run one request against the store (in a worker process)."""
    if request.op == "update":
        try:
            update_with_merge(store, request.text)  # keeps the merge of the named graphs in the default graph
        except SyntaxError as err:
            return _text(400, f"the update does not parse: {_first_line(err)}")
        except (OSError, ValueError) as err:
            return _text(500, f"the update failed: {_first_line(err)}")
        return _Reply(204, b"")
    options: dict[str, Any] = query_options(store)  # the default graph: the merge of the named graphs
    if request.default_graphs:
        options.pop("use_default_graph_as_union", None)
        options["default_graph"] = [ox.NamedNode(g) for g in request.default_graphs]
    if request.named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in request.named_graphs]
    try:
        result = store.query(request.text, **options)
        if isinstance(result, ox.QueryBoolean):
            fmt = choose_format("ask", request.accept, request.fmt)
            if fmt is None:
                return _text(406, "an ASK answer comes as application/sparql-results+json or +xml")
            return _Reply(200, serialize_boolean(bool(result), fmt), RESULT_MEDIA[fmt])
        if isinstance(result, ox.QueryTriples):
            fmt = choose_format("construct", request.accept, request.fmt)
            if fmt is None:
                return _text(406, f"a graph comes as one of {', '.join(m.split(';')[0] for m in GRAPH_MEDIA.values())}")
            triples = _take(result, request.limit + 1)
            headers = _truncation(len(triples), request.limit)
            body = ox.serialize(triples[: request.limit], format=_GRAPH_OX[fmt], prefixes=PREFIXES)
            return _Reply(200, body or b"", GRAPH_MEDIA[fmt], headers)
        fmt = choose_format("select", request.accept, request.fmt)
        if fmt is None:
            return _text(406, f"results come as one of {', '.join(m.split(';')[0] for m in RESULT_MEDIA.values())}")
        variables = [v.value for v in result.variables]
        rows = [tuple(solution[v] for v in variables) for solution in _take(result, request.limit + 1)]
        headers = _truncation(len(rows), request.limit)
        return _Reply(200, serialize_solutions(variables, rows[: request.limit], fmt), RESULT_MEDIA[fmt], headers)
    except SyntaxError as err:
        return _text(400, f"the query does not parse: {_first_line(err)}")
    except (OSError, ValueError, TypeError) as err:
        return _text(400, f"the query failed: {_first_line(err)}")


def _take(iterator: Any, count: int) -> list[Any]:
    out = []
    for item in iterator:
        out.append(item)
        if len(out) >= count:
            break
    return out


def _truncation(found: int, limit: int) -> dict[str, str]:
    return {"X-Result-Truncated": str(limit)} if found > limit else {}


def _worker_main(conn: multiprocessing.connection.Connection, location: str, writable: bool) -> None:
    """A query worker: opens the store once, then answers requests until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server stops its workers itself
    try:
        store = ox.Store(location) if writable else ox.Store.read_only(location)
    except OSError as err:
        conn.send(("error", _first_line(err)))
        return
    conn.send(("ready", None))
    try:
        while True:
            try:
                request = conn.recv()
            except EOFError:
                break
            if request is None:
                break
            conn.send(_answer(store, request))
    finally:
        if writable:
            store.flush()


def _rss_mb(pid: int) -> float | None:
    """Resident memory of a process in MiB (Linux; None elsewhere)."""
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as fh:
            pages = int(fh.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


class _Worker:
    def __init__(self, context: Any, location: str, writable: bool) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, location, writable), daemon=True)
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> None:
        if not self.conn.poll(timeout):
            self.kill()
            raise ServerError(f"a query worker did not start within {timeout:.0f} s")
        try:
            status, detail = self.conn.recv()
        except (EOFError, OSError):
            status, detail = "error", f"the worker process exited with code {self.process.exitcode}"
        if status != "ready":
            self.kill()
            raise StoreError(f"cannot open the store for querying: {detail}")

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=10)

    def stop(self) -> None:
        with contextlib.suppress(OSError, BrokenPipeError):
            self.conn.send(None)
        self.process.join(timeout=10)
        if self.process.is_alive():
            self.kill()
        with contextlib.suppress(OSError):
            self.conn.close()


class _Pool:
    """Worker processes, each holding the store; a request takes an idle one, and one that runs late dies."""

    def __init__(self, location: str, *, size: int, writable: bool, timeout: float, memory_limit_mb: float) -> None:
        self.location = location
        self.writable = writable
        self.timeout = timeout
        self.memory_limit_mb = memory_limit_mb
        methods = multiprocessing.get_all_start_methods()
        self.context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        if "forkserver" in methods:
            self.context.set_forkserver_preload(["officialdom.server"])  # workers start in milliseconds
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.closed = False
        self.lock = threading.Lock()
        self.all: set[_Worker] = set()
        workers = [self._spawn() for _ in range(size)]
        try:
            for worker in workers:
                worker.wait_ready(120)
        except Exception:
            for worker in workers:
                worker.kill()
            raise
        for worker in workers:
            self.idle.put(worker)

    def _spawn(self) -> _Worker:
        worker = _Worker(self.context, self.location, self.writable)
        with self.lock:
            self.all.add(worker)
        return worker

    def _replace(self, dead: _Worker) -> None:
        dead.kill()
        with self.lock:
            self.all.discard(dead)
        if self.closed:
            return
        for attempt in range(3):
            worker = self._spawn()
            try:
                worker.wait_ready(120)
            except Exception as err:
                with self.lock:
                    self.all.discard(worker)
                log.error("cannot restart a query worker (attempt %d): %s", attempt + 1, err)
                time.sleep(1)
                continue
            if self.closed:
                worker.stop()
                return
            self.idle.put(worker)
            return

    def run(self, request: _Request) -> _Reply:
        started = time.monotonic()
        try:
            worker = self.idle.get(timeout=self.timeout)
        except queue.Empty:
            return _text(503, f"every query worker stayed busy for {self.timeout:g} s; try again later")
        try:
            worker.conn.send(request)
        except (OSError, BrokenPipeError):
            threading.Thread(target=self._replace, args=(worker,), daemon=True).start()
            return _text(500, "the query worker was lost; try again")
        deadline = started + self.timeout
        while True:
            remaining = deadline - time.monotonic()
            try:
                ready = remaining > 0 and worker.conn.poll(min(remaining, 0.25))
            except (OSError, EOFError):
                ready = False
                remaining = -1
            if ready:
                try:
                    reply: _Reply = worker.conn.recv()
                except (OSError, EOFError):
                    threading.Thread(target=self._replace, args=(worker,), daemon=True).start()
                    return _text(500, "the query worker died while answering; the query may be too large")
                self.idle.put(worker)
                return reply
            if remaining <= 0:
                threading.Thread(target=self._replace, args=(worker,), daemon=True).start()
                what = "update" if request.op == "update" else "query"
                return _text(
                    503,
                    f"the {what} ran past the time limit of {self.timeout:g} s and was stopped; "
                    "narrow it (more specific patterns, LIMIT) or ask for a longer --timeout",
                )
            rss = _rss_mb(worker.process.pid)
            if rss is not None and rss > self.memory_limit_mb:
                threading.Thread(target=self._replace, args=(worker,), daemon=True).start()
                return _text(
                    503,
                    f"the query used more than {self.memory_limit_mb:g} MiB and was stopped; narrow it "
                    "(more specific patterns, LIMIT)",
                )

    def close(self) -> None:
        self.closed = True
        with self.lock:
            workers = list(self.all)
            self.all.clear()
        for worker in workers:
            worker.stop()


# -- HTTP ----------------------------------------------------------------------------------------------------------
class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # connections waiting to be accepted (the default 5 drops bursts of clients)
    app: SparqlServer


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer
    protocol_version = "HTTP/1.1"
    timeout = 120  # seconds a client may stay silent on its connection
    server_version = "officialdom-sparql"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s - %s", self.address_string(), format % args)

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def _send(self, reply: _Reply, allow: str | None = None) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.media)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        if allow:
            self.send_header("Allow", allow)
        for key, value in reply.headers.items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD" and reply.body:
            self.wfile.write(reply.body)

    def _dispatch(self, method: str) -> None:
        try:
            reply = self._route(method)
        except Exception as err:  # a bug must not kill the connection thread silently
            log.exception("request failed")
            reply = _text(500, f"internal error: {type(err).__name__}")
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._send(reply, allow="GET, POST" if reply.status == 405 else None)

    def _route(self, method: str) -> _Reply:
        app = self.server.app
        parts = urlsplit(self.path)
        route = parts.path.rstrip("/") or "/"
        if route == "/":
            if method != "GET":
                return _text(405, "the description is read with GET")
            return _text(200, app.describe())
        if route not in ("/sparql", "/query", "/update"):
            return _text(404, f"no route {parts.path!r}; the endpoint is /sparql")
        params = parse_qs(parts.query, keep_blank_values=True)
        query: str | None = None
        update: str | None = None
        if method == "POST":
            length = self.headers.get("Content-Length")
            if length is None:
                return _text(411, "a POST needs a Content-Length")
            try:
                size = int(length)
            except ValueError:
                return _text(400, "a bad Content-Length")
            if size > MAX_BODY:
                return _text(413, f"the request is over {MAX_BODY // (1024 * 1024)} MiB")
            body = self.rfile.read(size)
            media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                return _text(400, "the request body is not UTF-8")
            if media == "application/sparql-query":
                query = text
            elif media == "application/sparql-update":
                update = text
            elif media in ("application/x-www-form-urlencoded", ""):
                for key, values in parse_qs(text, keep_blank_values=True).items():
                    params.setdefault(key, []).extend(values)
            else:
                return _text(
                    415,
                    f"unsupported Content-Type {media!r}; use application/sparql-query, "
                    "application/sparql-update or application/x-www-form-urlencoded",
                )
        query = query if query is not None else _single(params, "query")
        update = update if update is not None else _single(params, "update")
        if query is not None and update is not None:
            return _text(400, "give either a query or an update, not both")
        if update is not None:
            if method != "POST":
                return _text(405, "updates are sent with POST")
            if not app.writable:
                return _text(403, "this endpoint is read-only; updates are refused (start it with --writable)")
            if route == "/query":
                return _text(400, "send updates to /sparql or /update")
            keyword = forbidden_keyword(update)
            if keyword:
                return _text(403, f"{keyword} is not allowed on this endpoint")
            return app.pool.run(_Request("update", update))
        if query is None:
            return _text(400, "no query: pass query=... (GET or POST form) or POST application/sparql-query")
        if route == "/update":
            return _text(400, "send queries to /sparql or /query")
        keyword = forbidden_keyword(query)
        if keyword:
            return _text(403, f"{keyword} is not allowed on this endpoint: it queries only its own store")
        fmt = _single(params, "format") or _single(params, "output")
        request = _Request(
            "query",
            query,
            accept=self.headers.get("Accept"),
            fmt=fmt,
            limit=app.limit,
            default_graphs=tuple(params.get("default-graph-uri", [])),
            named_graphs=tuple(params.get("named-graph-uri", [])),
        )
        return app.pool.run(request)


def _single(params: dict[str, list[str]], key: str) -> str | None:
    values = params.get(key)
    return values[0] if values else None


# -- the server ----------------------------------------------------------------------------------------------------
_FILE_FORMATS = {
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
}


class SparqlServer:
    """A SPARQL endpoint over an Oxigraph store (``oxigraph:PATH``, a store folder, or an RDF file).

    ``start()`` opens the worker processes and the socket (``port=0`` picks a free port), ``serve_forever()``
    answers until ``close()``; as a context manager it starts and serves in a background thread::

        with SparqlServer("oxigraph:graph.db", port=0) as server:
            httpx.get(server.url, params={"query": "ASK { ?s ?p ?o }"})
    """

    def __init__(
        self,
        store: str | Path,
        *,
        host: str = DEFAULT_HOST,
        port: int = DEFAULT_PORT,
        writable: bool = False,
        timeout: float = DEFAULT_TIMEOUT,
        limit: int = DEFAULT_LIMIT,
        workers: int | None = None,
        memory_limit_mb: float = DEFAULT_MEMORY_MB,
    ) -> None:
        if timeout <= 0:
            raise ServerError("the timeout must be a positive number of seconds")
        if limit <= 0:
            raise ServerError("the result limit must be a positive number of rows")
        self.spec = str(store)
        self.host = host
        self.port = port
        self.writable = writable
        self.timeout = timeout
        self.limit = limit
        # a writable store has one owner: one worker answers in turn; read-only ones scale out
        self.workers = 1 if writable else max(1, workers or max(2, os.cpu_count() or 2))
        self.memory_limit_mb = memory_limit_mb
        self._temporary: str | None = None
        self._pool: _Pool | None = None
        self._http: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def pool(self) -> _Pool:
        """The worker processes (once started)."""
        if self._pool is None:
            raise ServerError("the server is not started")
        return self._pool

    @property
    def url(self) -> str:
        """The endpoint URL (``http://HOST:PORT/sparql``)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/sparql"

    def describe(self) -> str:
        """The text served at ``/``."""
        mode = "read-write" if self.writable else "read-only"
        return (
            f"officialdom SPARQL 1.1 endpoint ({mode})\n"
            f"query: GET or POST {self.url} (query=..., or a body of application/sparql-query)\n"
            + (
                f"update: POST {self.url} (update=..., or a body of application/sparql-update)\n"
                if self.writable
                else ""
            )
            + f"time limit: {self.timeout:g} s per request; at most {self.limit} rows or triples per answer\n"
            "results: SPARQL JSON, XML, CSV, TSV; graphs: Turtle, N-Triples, JSON-LD, RDF/XML\n"
            f"prefixes bound: {', '.join(sorted(PREFIXES))}\n"
        )

    def _location(self) -> str:
        spec = self.spec
        kind, _, rest = spec.partition(":")
        if kind in ("memory", "sparql") or (kind == "oxigraph" and not rest):
            raise ServerError(
                f"cannot serve {spec!r}: serve an Oxigraph store on disk (oxigraph:PATH) or an RDF file "
                "(.trig, .nq, .ttl, .nt, .jsonld)"
            )
        path = Path(rest if kind == "oxigraph" else spec)
        if path.is_file():
            if self.writable:
                raise ServerError(
                    f"{path} is a file, served read-only; to serve it writable, ingest it into a store first "
                    "(oxigraph:PATH)"
                )
            fmt = _FILE_FORMATS.get(path.suffix.lower())
            if fmt is None:
                raise ServerError(f"{path}: unknown RDF file kind; use .trig, .nq, .ttl, .nt or .jsonld")
            self._temporary = tempfile.mkdtemp(prefix="officialdom-serve-")
            try:
                loader = ox.Store(self._temporary)
                loader.bulk_load(path=str(path), format=fmt)
                build_merge(loader, clear=False)  # a file's own default graph (Turtle, N-Triples) stays
                loader.flush()
                del loader
            except (OSError, SyntaxError, ValueError) as err:
                raise StoreError(f"{path}: cannot load: {_first_line(err)}") from None
            return self._temporary
        if not self.writable and not (path / "CURRENT").exists():
            raise StoreError(
                f"no Oxigraph store at {path}; create one with officialdom ingest ... --store oxigraph:{path}"
            )
        return str(path)

    def start(self) -> SparqlServer:
        """Open the workers and bind the socket; returns the server (``url`` is then final)."""
        location = self._location()
        self._pool = _Pool(
            location,
            size=self.workers,
            writable=self.writable,
            timeout=self.timeout,
            memory_limit_mb=self.memory_limit_mb,
        )
        try:
            self._http = _HTTPServer((self.host, self.port), _Handler)
        except OSError as err:
            self._pool.close()
            raise ServerError(
                f"cannot listen on {self.host}:{self.port}: {err.strerror or err}; choose another --port"
            ) from None
        self._http.app = self
        self.port = int(self._http.server_address[1])
        return self

    def serve_forever(self) -> None:
        """Answer requests until :meth:`close` is called (from another thread or a signal handler)."""
        if self._http is None:
            self.start()
        assert self._http is not None
        self._http.serve_forever(poll_interval=0.2)

    def close(self) -> None:
        """Stop answering, stop the workers (flushing a writable store) and remove temporary files."""
        if self._http is not None:
            if self._thread is not None:
                self._http.shutdown()
                self._thread.join(timeout=10)
            self._http.server_close()
            self._http = None
        if self._pool is not None:
            self._pool.close()
            self._pool = None
        if self._temporary is not None:
            shutil.rmtree(self._temporary, ignore_errors=True)
            self._temporary = None

    def __enter__(self) -> SparqlServer:
        self.start()
        assert self._http is not None
        self._thread = threading.Thread(target=self._http.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def serve(
    store: str | Path,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    writable: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
    limit: int = DEFAULT_LIMIT,
    workers: int | None = None,
    on_ready: Any = None,
) -> None:
    """Serve ``store`` until interrupted (Ctrl-C or SIGTERM); ``on_ready(server)`` is called once listening."""
    server = SparqlServer(
        store, host=host, port=port, writable=writable, timeout=timeout, limit=limit, workers=workers
    ).start()

    def stop(signum: int, frame: Any) -> None:
        threading.Thread(target=server._http.shutdown if server._http else (lambda: None), daemon=True).start()

    previous = signal.signal(signal.SIGTERM, stop) if threading.current_thread() is threading.main_thread() else None
    try:
        if on_ready is not None:
            on_ready(server)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        server.close()
