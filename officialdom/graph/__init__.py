"""The knowledge graph: RDF vocabulary, records to RDF, stores, networks and exports.

This package builds on :mod:`officialdom.extract` and :mod:`officialdom.model`; nothing below depends on it.
"""

from officialdom.graph.kg import RDF_FORMATS, KnowledgeGraph, saved_queries, serialize_quads
from officialdom.graph.rdf import article_graph, article_iri, extraction_quads
from officialdom.graph.stores import QueryResult, Store, open_store

__all__ = [
    "RDF_FORMATS",
    "KnowledgeGraph",
    "QueryResult",
    "Store",
    "article_graph",
    "article_iri",
    "extraction_quads",
    "open_store",
    "saved_queries",
    "serialize_quads",
]
