"""A remote store: any SPARQL 1.1 Query/Update endpoint (Oxigraph server, Fuseki, Virtuoso, GraphDB, Neptune...).

``sparql:URL`` names the query endpoint. Updates go to the same URL, except that a URL ending in ``/query``
(Oxigraph's and Fuseki's layout) sends them to the sibling ``/update``; give ``update_url`` for other layouts.

Queries see the union of the named graphs: the request carries Oxigraph's ``union-default-graph`` parameter
(other servers ignore it; configure them to use the union as the default graph: Virtuoso does by default,
Fuseki/TDB2 with ``tdb2:unionDefaultGraph true``). Nothing is written to the endpoint's default graph, and no
merge of the named graphs is kept there (unlike :class:`~officialdom.graph.stores.oxigraph.OxigraphStore`): how
the union counts a triple held by several graphs is the server's (Oxigraph 0.5 counts it once per graph). Terms
are written with rdflib's ``.n3()`` serialisation, so no user text is ever pasted into an update as it is.

>>> SparqlStore("http://127.0.0.1:7878/query").update_url
'http://127.0.0.1:7878/update'
>>> SparqlStore("http://127.0.0.1:8000/sparql").update_url
'http://127.0.0.1:8000/sparql'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import httpx
import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.term import Node

from officialdom.errors import QueryError, StoreError
from officialdom.graph.stores.base import Quad, QueryResult, Store
from officialdom.graph.stores.oxigraph import from_ox
from officialdom.graph.vocab import PREFIXES

__all__ = ["DEFAULT_TIMEOUT", "SparqlStore", "prefix_declarations"]

DEFAULT_TIMEOUT = 120.0
"""Seconds to wait for an endpoint's answer."""

_ACCEPT = (
    "application/sparql-results+json, application/sparql-results+xml;q=0.9, "
    "text/tab-separated-values;q=0.8, application/n-triples;q=0.9, text/turtle;q=0.8, application/rdf+xml;q=0.5"
)
_RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_RDF_FORMATS = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
_INSERT_CHUNK = 5000  # triples per INSERT DATA operation within one request


def prefix_declarations() -> str:
    """``PREFIX`` lines for the project prefixes (constants, prepended to queries sent to an endpoint).

    >>> "PREFIX od: <https://w3id.org/officialdom/ns#>" in prefix_declarations()
    True
    """
    return "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())


def _message(response: httpx.Response) -> str:
    text = response.text.strip() or response.reason_phrase
    return f"{text.splitlines()[0][:500]} (HTTP {response.status_code})"


class SparqlStore(Store):
    """A SPARQL 1.1 endpoint as a store: queries over HTTP, each article graph replaced in one update request."""

    kind = "sparql"

    def __init__(self, location: str, *, update_url: str | None = None, timeout: float = DEFAULT_TIMEOUT) -> None:
        if not location.startswith(("http://", "https://")):
            raise StoreError(
                f"sparql:{location} is not an HTTP endpoint; use sparql:http://HOST:PORT/PATH "
                "(for example sparql:http://127.0.0.1:7878/query)"
            )
        self.url = location
        if update_url is None:
            update_url = location[: -len("/query")] + "/update" if location.endswith("/query") else location
        self.update_url = update_url
        self._prefixes = prefix_declarations()
        self._client = httpx.Client(timeout=timeout, follow_redirects=False)

    # -- HTTP ------------------------------------------------------------------------------------------------
    def _post(self, url: str, data: dict[str, str], accept: str | None = None) -> httpx.Response:
        headers = {"Accept": accept} if accept else {}
        try:
            return self._client.post(url, data=data, headers=headers)
        except httpx.TimeoutException:
            raise StoreError(
                f"the SPARQL endpoint {url} did not answer in time; try again or raise the timeout"
            ) from None
        except httpx.HTTPError as err:
            raise StoreError(f"cannot reach the SPARQL endpoint {url}: {err}; is the server running?") from None

    def query(self, sparql: str) -> QueryResult:
        response = self._post(self.url, {"query": self._prefixes + sparql, "union-default-graph": ""}, accept=_ACCEPT)
        if response.status_code >= 400:
            kind = QueryError if response.status_code < 500 else StoreError
            raise kind(f"the query failed: {_message(response)}")
        media = response.headers.get("content-type", "").split(";")[0].strip().lower()
        try:
            if media in _RESULT_FORMATS:
                parsed = ox.parse_query_results(response.content, _RESULT_FORMATS[media])
                if isinstance(parsed, ox.QueryBoolean):
                    return QueryResult(kind="ask", boolean=bool(parsed))
                variables = [v.value for v in parsed.variables]
                rows: list[tuple[Node | None, ...]] = [tuple(from_ox(sol[v]) for v in variables) for sol in parsed]
                return QueryResult(kind="select", variables=variables, rows=rows)
            if media in _RDF_FORMATS:
                graph = Graph()
                for quad in ox.parse(response.content, _RDF_FORMATS[media]):
                    graph.add((from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object)))  # type: ignore[arg-type]
                return QueryResult(kind="construct", graph=graph)
        except (SyntaxError, ValueError) as err:
            raise StoreError(f"the endpoint {self.url} sent an answer that does not parse: {err}") from None
        raise StoreError(f"the endpoint {self.url} answered in an unsupported format {media!r}")

    def update(self, sparql: str) -> None:
        response = self._post(self.update_url, {"update": self._prefixes + sparql})
        if response.status_code >= 400:
            kind = QueryError if response.status_code < 500 else StoreError
            raise kind(f"the update failed: {_message(response)}")

    # -- the Store interface ---------------------------------------------------------------------------------
    def replace_graph(self, graph: URIRef, quads: Iterable[Quad]) -> None:
        name = graph.n3()
        triples = [f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o, _ in quads]
        operations = [f"DROP SILENT GRAPH {name}"]
        for start in range(0, len(triples), _INSERT_CHUNK):
            body = "\n".join(triples[start : start + _INSERT_CHUNK])
            operations.append(f"INSERT DATA {{ GRAPH {name} {{\n{body}\n}} }}")
        self.update(" ;\n".join(operations))

    def remove_graph(self, graph: URIRef) -> None:
        self.update(f"DROP SILENT GRAPH {graph.n3()}")

    def graphs(self) -> list[URIRef]:
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(URIRef(str(row[0])) for row in result.rows if isinstance(row[0], URIRef))

    def has_graph(self, graph: URIRef) -> bool:
        result = self.query(f"ASK {{ GRAPH {graph.n3()} {{ ?s ?p ?o }} }}")
        return bool(result.boolean)

    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        if graph is not None:
            text = f"SELECT ?s ?p ?o WHERE {{ GRAPH {graph.n3()} {{ ?s ?p ?o }} }}"
            for s, p, o in self.query(text).rows:
                yield (s, p, o, graph)  # type: ignore[misc]
            return
        for s, p, o, g in self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows:
            if isinstance(g, URIRef):
                yield (s, p, o, g)  # type: ignore[misc]

    def __len__(self) -> int:
        result = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(str(result.rows[0][0])) if result.rows else 0

    def close(self) -> None:
        """Close the HTTP connections."""
        self._client.close()
