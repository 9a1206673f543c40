"""The knowledge graph: articles' named graphs in a store, queried with SPARQL, seen as DataFrames and networks.

>>> import spacy
>>> from officialdom import Extractor
>>> ex = Extractor(spacy.blank("en"))
>>> rec = ex.extract("Foreign Minister Jane Doe met Interior Minister John Roe in Nairobi.", article_id="n1")
>>> kg = KnowledgeGraph()
>>> kg.add(rec)
>>> sorted(kg.officials()["name"])
['Jane Doe', 'John Roe']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from rdflib import Dataset, Graph, Literal, URIRef

from officialdom.errors import ExportError, QueryError
from officialdom.graph.rdf import (
    RESOLUTION_GRAPH,
    VOCABULARY_GRAPH,
    article_graph,
    article_iri,
    bind_prefixes,
    extraction_quads,
    vocabulary_quads,
)
from officialdom.graph.resolution import ResolutionReport
from officialdom.graph.stores import QueryResult, Store, open_store
from officialdom.graph.stores.base import Quad
from officialdom.graph.vocab import OD
from officialdom.model import ArticleExtraction

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd
    from matplotlib.figure import Figure

    from officialdom.graph.linking import LinkReport, ReferenceIndex
    from officialdom.graph.references import ReferenceEntry
    from officialdom.graph.validate import ValidationReport
    from officialdom.graph.view import GraphView

__all__ = ["RDF_FORMATS", "KnowledgeGraph", "nt_term", "prepare_graph", "saved_queries", "serialize_quads"]

RDF_FORMATS: dict[str, str] = {
    "ttl": "turtle",
    "turtle": "turtle",
    "trig": "trig",
    "nq": "nquads",
    "nquads": "nquads",
    "nt": "nt",
    "jsonld": "json-ld",
    "json-ld": "json-ld",
}
"""Output formats and their rdflib names (``ttl`` and ``nt`` merge the named graphs)."""


def saved_queries() -> dict[str, str]:
    """The saved queries shipped with officialdom: name -> SPARQL text."""
    folder = resources.files("officialdom.graph") / "queries"
    return {
        entry.name[:-3]: entry.read_text("utf-8")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".rq")
    }


_NT_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"}


def nt_term(term: Any) -> str:
    """A term as N-Triples/N-Quads write it (literals on one line, with escapes).

    >>> nt_term(Literal('two\\nlines "quoted"', lang="en"))
    '"two\\\\nlines \\\\"quoted\\\\""@en'
    """
    if isinstance(term, Literal):
        text = "".join(_NT_ESCAPES.get(c, c) for c in str(term))
        if term.language:
            return f'"{text}"@{term.language}'
        if term.datatype is not None and str(term.datatype) != "http://www.w3.org/2001/XMLSchema#string":
            return f'"{text}"^^<{term.datatype}>'
        return f'"{text}"'
    return str(term.n3())


def serialize_quads(quads: Iterable[tuple[Any, Any, Any, URIRef]], fmt: str) -> str:
    """Serialise quads in one of :data:`RDF_FORMATS`."""
    name = RDF_FORMATS.get(fmt)
    if name is None:
        raise ExportError(f"unknown RDF format {fmt!r}; use one of {', '.join(sorted(RDF_FORMATS))}")
    if name == "nquads":
        lines = sorted({f"{nt_term(s)} {nt_term(p)} {nt_term(o)} {nt_term(g)} ." for s, p, o, g in quads})
        return "\n".join(lines) + ("\n" if lines else "")
    if name in ("turtle", "nt"):
        graph = Graph()
        bind_prefixes(graph)
        for s, p, o, _ in quads:
            graph.add((s, p, o))
        return graph.serialize(format=name)
    ds = Dataset()
    bind_prefixes(ds)
    for s, p, o, g in quads:
        ds.graph(g).add((s, p, o))
    if name == "json-ld":
        from officialdom.graph.vocab import PREFIXES

        return ds.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True)
    return ds.serialize(format=name)


def prepare_graph(record: ArticleExtraction) -> bytes:
    """One article's graph, ready for ``KnowledgeGraph.add(record, prepared=...)``: built where the record was
    extracted (a worker process), so that the process writing to an Oxigraph store only loads it.

    >>> import spacy
    >>> from officialdom import Extractor
    >>> rec = Extractor(spacy.blank("en")).extract("Foreign Minister Jane Doe visited Nairobi.", article_id="n1")
    >>> kg = KnowledgeGraph("oxigraph:")
    >>> kg.add(rec, prepared=prepare_graph(rec))
    >>> list(kg.officials()["name"])
    ['Jane Doe']
    """
    from officialdom.graph.stores.oxigraph import prepared_nquads

    return prepared_nquads(extraction_quads(record))


class KnowledgeGraph:
    """Articles' graphs in a store (``memory``, ``oxigraph:PATH`` or a :class:`Store`).

    Adding an article replaces its named graph, so adding the same record twice changes nothing.
    """

    def __init__(self, store: str | Store = "memory") -> None:
        self.store = open_store(store)
        if not self.store.has_graph(VOCABULARY_GRAPH):
            self.store.replace_graph(VOCABULARY_GRAPH, vocabulary_quads())

    # -- writing ---------------------------------------------------------------------------------------------
    def add(self, record: ArticleExtraction, *, fingerprint: str | None = None, prepared: bytes | None = None) -> None:
        """Add (or replace) the named graph of one article; ``fingerprint`` records what it was made from.

        ``prepared`` is the article's graph as :func:`prepare_graph` made it (in the worker process that
        extracted the record): an Oxigraph store loads it instead of building the graph again; other stores
        build it from ``record``.
        """
        graph = article_graph(record.article.id)
        extra = self._fingerprint_quads(record, fingerprint)
        load = getattr(self.store, "replace_graph_prepared", None)
        if prepared is not None and load is not None:
            load(graph, prepared, extra)
            return
        self.store.replace_graph(graph, extraction_quads(record) + extra)

    @staticmethod
    def _fingerprint_quads(record: ArticleExtraction, fingerprint: str | None) -> list[Quad]:
        if fingerprint is None:
            return []
        graph = article_graph(record.article.id)
        return [(article_iri(record.article.id), OD.fingerprint, Literal(fingerprint), graph)]

    def fingerprints(self) -> dict[str, str]:
        """Article id -> fingerprint of the text and extractor its graph was made from."""
        result = self.store.query("SELECT ?id ?f WHERE { ?a od:articleId ?id ; od:fingerprint ?f }")
        return {str(i): str(f) for i, f in result.rows}

    def add_all(self, records: Iterable[ArticleExtraction]) -> int:
        """Add many records; returns how many were added."""
        count = 0
        for record in records:
            self.add(record)
            count += 1
        self.store.flush()
        return count

    def remove(self, article_id: str) -> bool:
        """Take an article's graph out; True if it was there."""
        graph = article_graph(article_id)
        present = self.store.has_graph(graph)
        self.store.remove_graph(graph)
        return present

    def articles(self) -> list[str]:
        """Ids of the articles in the graph."""
        result = self.store.query(
            "SELECT DISTINCT ?id WHERE { ?a a schema:NewsArticle ; od:articleId ?id } ORDER BY ?id"
        )
        return [str(row[0]) for row in result.rows]

    # -- reading ---------------------------------------------------------------------------------------------
    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL query (project prefixes pre-bound) over all articles."""
        return self.store.query(sparql)

    def query_saved(self, name: str, **params: Any) -> QueryResult:
        """Run one of :func:`saved_queries` by name, its declared parameters bound as RDF terms.

        ``kg.query_saved("officials_of_country", country="Iran", date="2015-12-31")``. Person and country
        parameters take a name (any case; alternate names and, for countries, ISO codes too) or an IRI. An unknown
        query or parameter, a missing one, or a name that matches nothing raises :class:`QueryError`.
        """
        from officialdom.graph.saved import bind_parameters, load_saved_queries

        queries = load_saved_queries()
        if name not in queries:
            raise QueryError(f"no saved query {name!r}; saved queries: {', '.join(sorted(queries))}")
        text = bind_parameters(queries[name], params, self.resolve)
        return self.query(text)

    def resolve(self, kind: str, text: str) -> list[URIRef]:
        """The IRIs of the persons or countries (``kind``) that ``text`` names, sorted.

        A person matches on ``schema:name`` or ``schema:alternateName``, a country also on its ISO code, ignoring
        case; text that looks like an IRI (``https://...``, ``id:person/...``) must name a node of that kind.
        """
        from officialdom.graph.saved import looks_like_iri, to_iri, values_block

        classes = {"person": "schema:Person", "country": "schema:Country"}
        if kind not in classes:
            raise QueryError(f"cannot resolve a {kind!r}; use person or country")
        labels = "schema:name|schema:alternateName" + ("|od:isoCode" if kind == "country" else "")
        if looks_like_iri(text):
            block = values_block(["x"], [(to_iri(text),)])  # a malformed IRI is refused, never pasted
            found = self.query(f"SELECT DISTINCT ?x WHERE {{ {block} ?x a {classes[kind]} }}")
        else:
            block = values_block(["v"], [(Literal(text),)])
            found = self.query(
                f"""SELECT DISTINCT ?x WHERE {{ {block}
                      ?x a {classes[kind]} ; {labels} ?label .
                      FILTER(LCASE(STR(?label)) = LCASE(STR(?v))) }}"""
            )
        return sorted({URIRef(str(row[0])) for row in found.rows if row[0] is not None})

    def sparql(self, sparql: str) -> pd.DataFrame:
        """A SELECT query's rows as a DataFrame."""
        return self.query(sparql).to_dataframe()

    def officials(self) -> pd.DataFrame:
        """Officials with their posts, countries, organisations and the articles that say so (every row: the saved
        query ``officials`` with ``limit=0``)."""
        return self.query_saved("officials", limit=0).to_dataframe()

    def meetings(self) -> pd.DataFrame:
        """One row per participant of each meeting, call, signing and press conference (every row)."""
        return self.query_saved("meetings", limit=0).to_dataframe()

    def agreements(self) -> pd.DataFrame:
        """Agreements with kinds, parties, signatories and topics (one row per combination)."""
        return self.query_saved("agreements").to_dataframe()

    def officials_of(self, country: str, as_of: str | dt.date | None = None) -> pd.DataFrame:
        """Officials of a country with their posts, as of a date (saved query ``officials_of_country``)."""
        return self.query_saved("officials_of_country", country=country, date=as_of).to_dataframe()

    def timeline(self, person: str) -> pd.DataFrame:
        """Everything a person did and every post they held, in date order (saved query ``timeline``).

        ``person`` is a name (any case, alternate names too) or an IRI.
        """
        return self.query_saved("timeline", person=person).to_dataframe()

    def who_met_whom(self, person: str | None = None, status: str = "held") -> pd.DataFrame:
        """Pairs of people with their number of encounters, dates and places (saved query ``who_met_whom``)."""
        return self.query_saved("who_met_whom", person=person, status=status).to_dataframe()

    def events(self) -> pd.DataFrame:
        """Every event with its participants, roles and evidence sentence (every row)."""
        return self.query_saved("events", limit=0).to_dataframe()

    def statements(self) -> pd.DataFrame:
        """Statements with speakers and evidence (every row)."""
        return self.query_saved("statements", limit=0).to_dataframe()

    def resolve_entities(self) -> ResolutionReport:
        """Recompute cross-article identity: one node per real person and event, post holdings over time
        (see :mod:`officialdom.graph.resolution`)."""
        from officialdom.graph.resolution import resolve

        return resolve(self)

    def post_holders(
        self, post: str, country: str | None = None, on: dt.date | str | None = None
    ) -> list[dict[str, object]]:
        """Who held a post ("Minister of Interior") of a country, with first and last attestations and the
        next holder; with ``on``, who held it on that date."""
        from officialdom.graph.resolution import post_holders

        return post_holders(self, post, country, on)

    def stats(self) -> dict[str, object]:
        """Counts: articles, officials, organisations, countries, places, events by type and status,
        agreements, statements."""
        counts: dict[str, object] = {}
        single = {
            "articles": "?x a schema:NewsArticle",
            "persons": "?x a schema:Person",
            "officials": "?x a schema:Person ; org:holds ?post",
            "organizations": "?x a org:Organization",
            "countries": "?x a schema:Country",
            "places": "?x a schema:City",
            "agreements": "?x a od:Agreement",
            "statements": "?x a schema:Quotation",
        }
        for key, pattern in single.items():
            result = self.store.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern} }}")
            counts[key] = int(str(result.rows[0][0])) if result.rows else 0
        result = self.store.query(
            """SELECT ?class ?status (COUNT(DISTINCT ?e) AS ?n) WHERE {
                 ?e a ?class ; od:status ?status . ?class rdfs:subClassOf sem:Event }
               GROUP BY ?class ?status ORDER BY ?class ?status"""
        )
        events: dict[str, dict[str, int]] = {}
        for cls, status, n in result.rows:
            name = str(cls).rsplit("#", 1)[-1]
            events.setdefault(name, {})[str(status)] = int(str(n))
        counts["events"] = events
        counts.update(self._resolution_counts())
        return counts

    def _resolution_counts(self) -> dict[str, int]:
        """Distinct people and events after cross-article resolution, merges made, duplicates folded."""
        graph = RESOLUTION_GRAPH.n3()
        result = self.store.query(
            f"""SELECT (COUNT(DISTINCT ?c) AS ?people) WHERE {{
                  GRAPH {graph} {{ ?p od:canonical ?c }} ?p a schema:Person }}"""
        )
        people = int(str(result.rows[0][0])) if result.rows else 0
        merges = self.store.query(f"SELECT (COUNT(?m) AS ?n) WHERE {{ GRAPH {graph} {{ ?m a od:Merge }} }}")
        events = self.store.query(
            f"""SELECT (COUNT(DISTINCT ?e) AS ?nodes) (COUNT(DISTINCT ?c) AS ?distinct) WHERE {{
                  GRAPH {graph} {{ ?e od:canonical ?c . ?c od:sourceCount ?n }} }}"""
        )
        nodes, distinct = (int(str(x)) for x in events.rows[0]) if events.rows else (0, 0)
        return {
            "people (resolved)": people,
            "merges": int(str(merges.rows[0][0])) if merges.rows else 0,
            "events (resolved)": distinct,
            "duplicate events folded": nodes - distinct,
        }

    # -- reference lists and validation -------------------------------------------------------------------
    def link(
        self,
        references: Iterable[ReferenceEntry] | ReferenceIndex,
        *,
        min_confidence: float = 0.6,
        margin: float = 0.05,
        write: bool = True,
    ) -> LinkReport:
        """Link the persons to reference entries, replacing the links graph (see :mod:`officialdom.graph.linking`).

        ``references`` come from :func:`officialdom.graph.references.read_references` (a gazetteer CSV/JSON,
        CountryInfo or Phoenix dictionaries).
        """
        from officialdom.graph.linking import link

        return link(self, references, min_confidence=min_confidence, margin=margin, write=write)

    def validate(self) -> ValidationReport:
        """Validate every named graph against the SHACL shapes (see :mod:`officialdom.graph.validate`)."""
        from officialdom.graph.validate import validate_store

        return validate_store(self)

    # -- networks --------------------------------------------------------------------------------------------
    def person_graph(self) -> nx.Graph[str]:
        """People linked by the encounters they share (see :func:`officialdom.graph.network.person_graph`)."""
        from officialdom.graph.network import person_graph

        return person_graph(self)

    def typed_graph(self) -> nx.MultiDiGraph[str]:
        """Every node and edge of the graph, typed (see :func:`officialdom.graph.network.typed_graph`)."""
        from officialdom.graph.network import typed_graph

        return typed_graph(self)

    def entity_graph(self) -> nx.MultiDiGraph[str]:
        """People, organisations, countries, places, events and agreements with labels, facts and evidence
        (see :func:`officialdom.graph.analytics.entity_graph`)."""
        from officialdom.graph.analytics import entity_graph

        return entity_graph(self)

    def country_graph(self) -> nx.Graph[str]:
        """Countries linked by encounters and agreements (see :func:`officialdom.graph.analytics.country_graph`)."""
        from officialdom.graph.analytics import country_graph

        return country_graph(self)

    def person_org_graph(self) -> nx.Graph[str]:
        """People and the organisations they hold posts in, bipartite
        (see :func:`officialdom.graph.analytics.person_org_graph`)."""
        from officialdom.graph.analytics import person_org_graph

        return person_org_graph(self)

    def ego_network(self, person: str, depth: int = 1) -> nx.Graph[str]:
        """The people within ``depth`` encounters of ``person`` (a name or an IRI), with their encounters."""
        from officialdom.graph.analytics import ego_network, people_graph, person_node

        graph = people_graph(self)
        return ego_network(graph, person_node(self, graph, person), depth)

    def shortest_path(self, source: str, target: str) -> pd.DataFrame:
        """The shortest chain of encounters between two officials, with the events along it
        (see :func:`officialdom.graph.analytics.path_events`)."""
        from officialdom.graph.analytics import path_events

        return path_events(self, source, target)

    # -- export ----------------------------------------------------------------------------------------------
    def export(self, fmt: str, destination: str | Path, *, context_url: bool = False) -> list[Path]:
        """Write the graph as ``ttl``, ``nt``, ``nq``, ``trig``, ``jsonld``, ``graphml``, ``gexf``, ``neo4j`` (a
        folder) or ``cytoscape``; returns the files written (see :mod:`officialdom.graph.export`)."""
        from officialdom.graph.export import export

        return export(self, fmt, destination, context_url=context_url)

    def view(self, title: str = "officialdom graph", height: int = 640) -> GraphView:
        """The interactive visual graph: ``.save("graph.html")`` writes one offline page; a notebook shows it."""
        from officialdom.graph.view import graph_view

        return graph_view(self, title=title, height=height)

    def plot(self, kind: str = "timeline", path: str | Path | None = None, **options: Any) -> Figure:
        """A ``timeline`` of encounters or a country ``heatmap`` (matplotlib); saved to ``path`` when given."""
        from officialdom.graph.plots import PLOTS, cooperation_heatmap, meetings_timeline, save_figure

        if kind not in PLOTS:
            from officialdom.errors import GraphError

            raise GraphError(f"unknown plot {kind!r}; use one of {', '.join(PLOTS)}")
        fig = meetings_timeline(self, **options) if kind == "timeline" else cooperation_heatmap(self, **options)
        if path is not None:
            save_figure(fig, str(path))
        return fig

    def serialize(self, fmt: str = "trig", destination: str | Path | None = None) -> str:
        """The graph in an RDF format; written to ``destination`` when given."""
        text = serialize_quads((q for q in self.store.quads() if q[3] != VOCABULARY_GRAPH), fmt)
        if destination is not None:
            Path(destination).write_text(text, encoding="utf-8")
        return text

    def canonical_nquads(self) -> str:
        """Sorted N-Quads of the articles' graphs: equal for equal graphs."""
        graphs = [g for g in self.store.graphs() if g != VOCABULARY_GRAPH]
        return self.store.canonical_nquads(graphs)

    def __len__(self) -> int:
        return len(self.store)

    def close(self) -> None:
        """Flush and close the store."""
        self.store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
