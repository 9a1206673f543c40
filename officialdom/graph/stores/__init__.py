"""Graph stores as named plugins, loaded only when asked for.

===================  ==========================================================
specification        store
===================  ==========================================================
``memory``           rdflib ``Dataset`` in memory (:mod:`.memory`)
``oxigraph:PATH``    Oxigraph on disk at PATH (:mod:`.oxigraph`); ``oxigraph:`` alone is in memory
``sparql:URL``       any SPARQL 1.1 Query/Update endpoint (:mod:`.sparql`)
===================  ==========================================================

>>> store = open_store("memory")
>>> store.kind
'memory'
"""

from __future__ import annotations

import importlib

from officialdom.errors import UnknownStoreError
from officialdom.graph.stores.base import QueryResult, Store

__all__ = ["STORES", "QueryResult", "Store", "open_store", "register_store"]

STORES: dict[str, str] = {
    "memory": "officialdom.graph.stores.memory:MemoryStore",
    "oxigraph": "officialdom.graph.stores.oxigraph:OxigraphStore",
    "sparql": "officialdom.graph.stores.sparql:SparqlStore",
}
"""Store kinds and the classes that implement them (``module:Class``), imported on first use."""


def register_store(kind: str, target: str) -> None:
    """Register a store plugin: ``kind`` is the prefix of the specification, ``target`` a ``module:Class``."""
    STORES[kind] = target


def open_store(spec: str | Store) -> Store:
    """Open a store from its specification (``memory``, ``oxigraph:PATH``...); a store is returned as it is."""
    if isinstance(spec, Store):
        return spec
    kind, _, location = spec.partition(":")
    target = STORES.get(kind)
    if target is None:
        known = ", ".join(f"{k}:" if k != "memory" else k for k in STORES)
        raise UnknownStoreError(f"unknown store {spec!r}; use one of {known} (for example oxigraph:graph.db)")
    module_name, _, class_name = target.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    store: Store = cls(location)
    return store
