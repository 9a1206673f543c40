"""Saved SPARQL queries (``queries/*.rq``) with declared, typed parameters bound as RDF terms.

A saved query documents itself in its header comments: the first comment lines describe it, and each
parameter is declared on a line of its own::

    # Officials serving a country, with their posts, as of a date.
    # @param country (country) The country: a name ("Iran"), an ISO code ("IR") or an IRI.
    # @param date (date, optional) Only tenures attested on or before this date (YYYY-MM-DD).
    # @param status (literal, default held) Only events with this status.

Types: ``literal`` (a string), ``iri``, ``date`` (``YYYY-MM-DD``), ``integer``, ``person`` (a name, matched
case-insensitively on ``schema:name`` or ``schema:alternateName``, or an IRI) and ``country`` (a name, an
alternate name, an ISO code or an IRI). Values become RDF terms (rdflib's ``.n3()``) in a ``VALUES`` block put at
the start of the query's outer ``WHERE`` group (or where a line ``# @values`` stands in the query, for a query
that filters inside a sub-select); an optional parameter left out is ``UNDEF`` there, so the query tests it with
``BOUND``. An ``integer`` parameter may instead stand after ``LIMIT`` or ``OFFSET`` (``LIMIT ?limit``):
its value is written there as a whole number (the clause is left out when there is none, and ``LIMIT`` also when
the value is 0, which means no limit), which lets a query that can answer with many rows be read a page at a
time. User text is never pasted into a query.

>>> spec = parse_saved_query("demo", '''# Names of a person.
... # @param person (person) Who.
... SELECT ?name WHERE { ?person schema:name ?name }''')
>>> spec.description, [p.name for p in spec.params]
('Names of a person.', ['person'])
>>> print(values_block(["x"], [(Literal("O'Neil } DROP ALL {"),)]))
VALUES (?x) { ("O'Neil } DROP ALL {") }
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from rdflib import Literal, URIRef
from rdflib.term import Node

from officialdom.errors import QueryError
from officialdom.graph.vocab import PREFIXES, XSD

__all__ = [
    "PARAM_TYPES",
    "SavedQuery",
    "SavedQueryParam",
    "bind_parameters",
    "load_saved_queries",
    "parse_saved_query",
    "to_iri",
    "values_block",
]

PARAM_TYPES = ("literal", "iri", "date", "integer", "person", "country")
"""The parameter types a saved query can declare."""

_PARAM_LINE = re.compile(r"^#\s*@param\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(([^)]*)\)\s*(.*)$")
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_VALUES_MARKER = re.compile(r"^([ \t]*)#[ \t]*@values[ \t]*$", re.MULTILINE)
_MODIFIER = re.compile(r"\b(LIMIT|OFFSET)\s+\?([A-Za-z_][A-Za-z0-9_]*)\b", re.IGNORECASE)
_BAD_IRI_CHARS = re.compile(r'[\s\x00-\x20\x7f<>"{}|\\^`]')


@dataclass(frozen=True)
class SavedQueryParam:
    """A declared parameter: name, type, description; ``required`` unless optional or defaulted."""

    name: str
    type: str
    description: str = ""
    optional: bool = False
    default: str | None = None

    @property
    def required(self) -> bool:
        """True when the caller must give a value."""
        return not self.optional and self.default is None

    def usage(self) -> str:
        """One line of documentation: ``country (country, required): The country...``."""
        state = "required" if self.required else (f"default {self.default}" if self.default else "optional")
        return f"{self.name} ({self.type}, {state}): {self.description}".rstrip(": ")


@dataclass(frozen=True)
class SavedQuery:
    """A saved query: its name, description, declared parameters and SPARQL text."""

    name: str
    text: str
    description: str = ""
    params: tuple[SavedQueryParam, ...] = field(default_factory=tuple)

    def usage(self) -> str:
        """The description and one line per parameter."""
        lines = [f"{self.name}: {self.description}"]
        lines += [f"  --param {p.usage()}" for p in self.params]
        return "\n".join(lines)


def parse_saved_query(name: str, text: str) -> SavedQuery:
    """Read the header comments of a saved query: description lines, then ``# @param`` lines."""
    description: list[str] = []
    params: list[SavedQueryParam] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            if stripped:
                break
            continue
        match = _PARAM_LINE.match(stripped)
        if match is None:
            body = stripped.lstrip("#").strip()
            if body and not params:
                description.append(body)
            elif body and params:  # a continuation of the last parameter's description
                last = params[-1]
                params[-1] = SavedQueryParam(
                    last.name, last.type, f"{last.description} {body}".strip(), last.optional, last.default
                )
            continue
        pname, spec, doc = match.groups()
        parts = [p.strip() for p in spec.split(",") if p.strip()]
        if not parts or parts[0] not in PARAM_TYPES:
            raise QueryError(
                f"saved query {name!r}: parameter {pname!r} has type {spec!r}; use one of {', '.join(PARAM_TYPES)}"
            )
        optional = "optional" in parts[1:]
        default = None
        for part in parts[1:]:
            if part.startswith("default "):
                default = part[len("default ") :].strip()
        params.append(SavedQueryParam(pname, parts[0], doc.strip(), optional, default))
    return SavedQuery(name=name, text=text, description=" ".join(description), params=tuple(params))


def load_saved_queries() -> dict[str, SavedQuery]:
    """Every saved query shipped in ``officialdom/graph/queries``, by name."""
    folder = resources.files("officialdom.graph") / "queries"
    out: dict[str, SavedQuery] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            out[name] = parse_saved_query(name, entry.read_text("utf-8"))
    return out


def to_iri(value: str) -> URIRef:
    """An IRI from user text: a full IRI or a prefixed name with a project prefix (``id:person/x``).

    >>> to_iri("id:country/IR")
    rdflib.term.URIRef('https://w3id.org/officialdom/id/country/IR')
    >>> to_iri("<bad> iri")
    Traceback (most recent call last):
    ...
    officialdom.errors.QueryError: '<bad> iri' is not an IRI: it has spaces or one of <>"{}|\\^`
    """
    text = value.strip()
    if text.startswith("<") and text.endswith(">") and not _BAD_IRI_CHARS.search(text[1:-1]):
        text = text[1:-1]
    prefix, sep, rest = text.partition(":")
    if sep and prefix in PREFIXES and not rest.startswith("//"):
        text = PREFIXES[prefix] + rest
    if _BAD_IRI_CHARS.search(text):
        raise QueryError(f'{value!r} is not an IRI: it has spaces or one of <>"{{}}|\\^`')
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", text):
        raise QueryError(f"{value!r} is not an IRI: give a full IRI (https://...) or a prefixed name (id:...)")
    return URIRef(text)


def looks_like_iri(value: str) -> bool:
    """True for text that names an IRI rather than a label: ``http(s)://...``, ``urn:...``, ``<...>``, ``id:...``.

    >>> looks_like_iri("id:person/jane-doe"), looks_like_iri("Jane Doe"), looks_like_iri("Iran")
    (True, False, False)
    """
    text = value.strip()
    if text.startswith("<") and text.endswith(">"):
        return True
    prefix, sep, _ = text.partition(":")
    return bool(sep) and (prefix in ("http", "https", "urn") or prefix in PREFIXES)


def values_block(variables: Sequence[str], rows: Sequence[Sequence[Node | None]]) -> str:
    """A SPARQL ``VALUES`` block; each term serialised by rdflib (``None`` is ``UNDEF``)."""
    head = " ".join(f"?{v}" for v in variables)
    body = " ".join("(" + " ".join("UNDEF" if t is None else t.n3() for t in row) + ")" for row in rows)
    return f"VALUES ({head}) {{ {body} }}"


Resolver = Callable[[str, str], list[URIRef]]
"""Finds the IRIs a name stands for: ``resolver(kind, text)`` with kind ``person`` or ``country``."""


def _term(param: SavedQueryParam, value: Any, resolve: Resolver) -> list[Node]:
    """The RDF terms one value stands for (several when a name matches several nodes)."""
    if param.type == "date":
        if isinstance(value, dt.datetime):
            value = value.date()
        if not isinstance(value, dt.date):
            try:
                value = dt.date.fromisoformat(str(value).strip())
            except ValueError:
                raise QueryError(
                    f"parameter {param.name!r}: {str(value)!r} is not a date; write it as YYYY-MM-DD"
                ) from None
        return [Literal(value.isoformat(), datatype=XSD.date)]
    if param.type == "integer":
        try:
            number = int(str(value).strip())
        except ValueError:
            raise QueryError(f"parameter {param.name!r}: {str(value)!r} is not a whole number") from None
        return [Literal(number)]
    if param.type == "literal":
        return [Literal(str(value))]
    if param.type == "iri":
        return [to_iri(str(value))]
    text = str(value).strip()
    if not text:
        raise QueryError(f"parameter {param.name!r} is empty; give a {param.type} name or IRI")
    found = resolve(param.type, text)
    if not found:
        hint = "schema:name or schema:alternateName" if param.type == "person" else "name, alternate name or ISO code"
        raise QueryError(
            f"parameter {param.name!r}: no {param.type} in the graph matches {text!r} (by {hint}, ignoring case); "
            f"check the spelling or give an IRI"
        )
    return list(found)


def _body_start(text: str) -> int:
    """Offset of the first line that is not a comment or blank (where the query itself starts)."""
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.strip() and not line.strip().startswith("#"):
            return offset
        offset += len(line)
    return offset


def bind_parameters(query: SavedQuery, params: Mapping[str, Any], resolve: Resolver) -> str:
    """The SPARQL text of ``query`` with ``params`` bound in a ``VALUES`` block.

    Raises :class:`QueryError` for an unknown or missing parameter, a value of the wrong type, or a name that
    matches nothing.
    """
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(params) - set(declared))
    if unknown:
        known = ", ".join(declared) or "none"
        raise QueryError(
            f"saved query {query.name!r} has no parameter {', '.join(map(repr, unknown))}; its parameters: {known}"
        )
    missing = [p for p in query.params if p.required and params.get(p.name) is None]
    if missing:
        docs = "; ".join(p.usage() for p in missing)
        raise QueryError(f"saved query {query.name!r} needs {', '.join(p.name for p in missing)}: {docs}")
    if not query.params:
        return query.text
    text = query.text
    modifiers = {m.group(2) for m in _MODIFIER.finditer(text, _body_start(text))}
    columns: list[list[Node | None]] = []
    bound: list[SavedQueryParam] = []
    for p in query.params:
        value = params.get(p.name)
        if value is None and p.default is not None:
            value = p.default
        if p.name in modifiers:
            text = _set_modifier(query, p, value, text)
            continue
        columns.append([None] if value is None else list(_term(p, value, resolve)))
        bound.append(p)
    if not bound:
        return text
    rows = [tuple(r) for r in itertools.product(*columns)]
    block = values_block([p.name for p in bound], rows)
    marker = _VALUES_MARKER.search(text, _body_start(text))
    if marker is not None:
        return f"{text[: marker.start()]}{marker.group(1)}{block}{text[marker.end() :]}"
    match = _WHERE.search(text, _body_start(text))
    if match is None:
        raise QueryError(f"saved query {query.name!r} declares parameters but has no 'WHERE {{' to bind them in")
    return f"{text[: match.end()]}\n  {block}{text[match.end() :]}"


def _set_modifier(query: SavedQuery, param: SavedQueryParam, value: Any, text: str) -> str:
    """``text`` with ``LIMIT ?param`` or ``OFFSET ?param`` written with the value (a whole number, 0 or more),
    or left out when there is none (and ``LIMIT`` when it is 0: no limit)."""
    if param.type != "integer":
        raise QueryError(f"saved query {query.name!r}: {param.name!r} after LIMIT or OFFSET must be an integer")
    if value is None:
        return _modifier_of(param.name).sub("", text)
    number = int(str(_term(param, value, lambda kind, name: [])[0]))
    if number < 0:
        raise QueryError(f"parameter {param.name!r}: {number} is negative; give 0 or more")

    def written(match: re.Match[str]) -> str:
        if number == 0 and match.group(1).upper() == "LIMIT":
            return ""  # LIMIT 0 would answer nothing: a limit of 0 means no limit
        return f"{match.group(1)} {number}"

    return _modifier_of(param.name).sub(written, text)


def _modifier_of(name: str) -> re.Pattern[str]:
    return re.compile(rf"\b(LIMIT|OFFSET)\s+\?{re.escape(name)}\b", re.IGNORECASE)
