"""Reference lists of officials, read into one record type: a gazetteer (CSV or JSON), CountryInfo, Phoenix.

Every reader gives :class:`ReferenceEntry` records: an identifier, a name and its aliases, a country (ISO 3166
alpha-2 code) and the roles held (post, country, start and end dates). The linker
(:mod:`officialdom.graph.linking`) matches the persons of the graph against them.

The gazetteer format (documented in ``docs/LINKING.md``) is a CSV file with the columns ``identifier, name,
aliases, country, post, start, end`` (``aliases`` separated by ``|``; several rows with one identifier are
several posts of one person), or the same objects in a JSON list or JSON Lines file:

>>> import io
>>> rows = io.StringIO("identifier,name,aliases,country,post,start,end\\n"
...                    "sy-fm-1,Walid Muallem,Walid al-Moallem,Syria,Minister of Foreign Affairs,2006-02-11,\\n")
>>> [entry] = read_gazetteer_csv(rows, source="example")
>>> entry.id, entry.name, entry.aliases, entry.country
('sy-fm-1', 'Walid Muallem', ('Walid al-Moallem',), 'SY')
>>> entry.roles[0].covers(dt.date(2015, 12, 1))
True

CountryInfo (``CountryInfo.120116.txt``, Philip A. Schrodt, CC BY-SA 3.0) and the Phoenix actor dictionaries
(``Phoenix.*.actors.txt``, Open Event Data Alliance, MIT) are read where they lie, at run time: they are never
copied into this repository.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import functools
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from officialdom.errors import ReferenceListError
from officialdom.names import PARTICLES, fold, name_tokens, names_compatible, skeleton

if TYPE_CHECKING:
    from officialdom.extract.lexicon import Lexicon

__all__ = [
    "REFERENCE_FORMATS",
    "ReferenceEntry",
    "ReferenceRole",
    "country_code",
    "detect_format",
    "display_name",
    "merge_duplicates",
    "parse_date",
    "read_countryinfo",
    "read_gazetteer",
    "read_gazetteer_csv",
    "read_gazetteer_json",
    "read_phoenix",
    "read_references",
]

REFERENCE_FORMATS = ("gazetteer", "countryinfo", "phoenix")
"""The formats :func:`read_references` reads."""

GAZETTEER_COLUMNS = ("identifier", "name", "aliases", "country", "post", "start", "end")
"""The columns of a gazetteer CSV (``identifier`` and ``name`` are required; ``kind`` and ``uri`` optional)."""

_TITLE_WORDS = frozenset(
    [
        "acting",
        "minister",
        "ministers",
        "foreign",
        "president",
        "vice",
        "prime",
        "premier",
        "ambassador",
        "secretary",
        "chairman",
        "chairwoman",
        "governor",
        "king",
        "queen",
        "deputy",
        "spokesman",
        "spokeswoman",
        "mr",
        "mrs",
        "ms",
        "dr",
        "leader",
        "chief",
        "commander",
        "senator",
        "general",
        "sheikh",
        "emir",
        "former",
        "interim",
        "sir",
        "lord",
        "dame",
    ]
)
"""Words that are titles, not names: stripped from the front of list names, and aliases made of them dropped."""

_GROUP_WORDS = frozenset(
    [
        "forces",
        "force",
        "army",
        "government",
        "regime",
        "ministry",
        "party",
        "front",
        "council",
        "committee",
        "organization",
        "organisation",
        "brigade",
        "brigades",
        "movement",
        "union",
        "bank",
        "agency",
        "commission",
        "court",
        "association",
        "group",
        "foundation",
        "institute",
        "observatory",
        "nations",
        "police",
        "militia",
        "rebels",
        "office",
        "authority",
        "assembly",
        "parliament",
        "department",
        "league",
        "alliance",
        "coalition",
        "people",
        "republic",
        "kingdom",
        "state",
        "states",
        "program",
        "programme",
        "fund",
        "network",
        "service",
    ]
)
"""Words that mark a Phoenix entry (or alias) as a group rather than a person."""


# -- records -----------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ReferenceRole:
    """A post a reference entry held: the title as the list gives it, the country served, and the dates.

    A missing ``start`` or ``end`` leaves that side open.

    >>> role = ReferenceRole("Minister of Interior", "SY", dt.date(2011, 4, 14), None)
    >>> role.covers(dt.date(2015, 12, 1)), role.covers(dt.date(2010, 1, 1))
    (True, False)
    """

    post: str | None
    country: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    code: str | None = None

    def covers(self, day: dt.date, slack_days: int = 0) -> bool:
        """True when ``day`` falls inside the role's dates (widened by ``slack_days`` on each side)."""
        slack = dt.timedelta(days=slack_days)
        if self.start is not None and day < self.start - slack:
            return False
        return not (self.end is not None and day > self.end + slack)

    @property
    def dated(self) -> bool:
        """True when the role has a start or an end date."""
        return self.start is not None or self.end is not None

    def to_dict(self) -> dict[str, Any]:
        """JSON object of the role."""
        return {
            "post": self.post,
            "country": self.country,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "code": self.code,
        }


@dataclass(frozen=True, slots=True)
class ReferenceEntry:
    """One entry of a reference list: a person (or a group, for Phoenix) with names, country and roles.

    ``id`` is the identifier within its list (a Wikidata QID for a gazetteer that has them;
    ``SYR/BASHAR_AL-ASSAD`` for CountryInfo); ``source`` names the list; ``uri`` is an IRI that stands for the
    same entity elsewhere (``http://www.wikidata.org/entity/Q...``), when the list gives one.
    """

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    roles: tuple[ReferenceRole, ...] = ()
    kind: str = "person"
    source: str = "gazetteer"
    uri: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The name, then the aliases."""
        return (self.name, *self.aliases)

    @property
    def countries(self) -> frozenset[str]:
        """Every country the entry is tied to: its own and those of its roles."""
        found = {r.country for r in self.roles if r.country}
        if self.country:
            found.add(self.country)
        return frozenset(found)

    def to_dict(self) -> dict[str, Any]:
        """JSON object of the entry (the gazetteer JSON format, with ``roles`` for the posts)."""
        return {
            "identifier": self.id,
            "name": self.name,
            "aliases": list(self.aliases),
            "country": self.country,
            "kind": self.kind,
            "source": self.source,
            "uri": self.uri,
            "roles": [r.to_dict() for r in self.roles],
        }


# -- helpers -----------------------------------------------------------------------------------------------
def parse_date(text: str, *, two_digit_pivot: int = 30) -> dt.date | None:
    """A date from ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``YYYYMMDD`` or ``YYMMDD`` text; None when empty.

    Days past the end of the month (CountryInfo writes ``20030931``) are moved to its last day; two-digit
    years up to ``two_digit_pivot`` are 20xx, the others 19xx. Raises ``ValueError`` for anything else.

    >>> parse_date("20030931"), parse_date("000717"), parse_date("1994"), parse_date("2015-12")
    (datetime.date(2003, 9, 30), datetime.date(2000, 7, 17), datetime.date(1994, 1, 1), datetime.date(2015, 12, 1))
    """
    text = text.strip()
    if not text:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text)
    if m:
        year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    elif re.fullmatch(r"\d{8}", text):
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:])
    elif re.fullmatch(r"\d{6}", text):
        yy = int(text[:2])
        year, month, day = (2000 + yy if yy <= two_digit_pivot else 1900 + yy), int(text[2:4]), int(text[4:])
    else:
        raise ValueError(f"{text!r} is not a date (use YYYY-MM-DD, YYYY-MM, YYYY or YYYYMMDD)")
    if not 1 <= month <= 12 or year < 1000:
        raise ValueError(f"{text!r} is not a date (month {month})")
    day = min(max(day, 1), calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)


def display_name(raw: str) -> str:
    """A readable name from a list's upper-case, underscore-joined form.

    >>> display_name("MOHAMMAD_KHALIL_AL-NAIM_"), display_name("RAVAN_A.G._FARHADI_")
    ('Mohammad Khalil al-Naim', 'Ravan A.G. Farhadi')
    """
    words: list[str] = []
    for word in raw.replace("_", " ").split():
        parts = word.split("-")
        out: list[str] = []
        for i, part in enumerate(parts):
            low = part.lower()
            if low in PARTICLES and (i < len(parts) - 1 or len(parts) == 1) and words + out:
                out.append(low)
            else:
                out.append(part[:1].upper() + part[1:].lower() if not re.fullmatch(r"(?:\w\.)+", part) else part)
        words.append("-".join(out))
    return " ".join(words)


def _strip_titles(name: str) -> str:
    """Leading title words taken off a list name ("Foreign Minister Abdullah" gives "Abdullah")."""
    words = name.split()
    i = 0
    while i < len(words) - 1 and all(w in _TITLE_WORDS for w in fold(words[i]).replace(".", " ").split()):
        i += 1
    return " ".join(words[i:])


def _is_title_only(name: str) -> bool:
    words = fold(name).replace(".", " ").split()
    return not words or any(w in _TITLE_WORDS for w in words) or any(w in _GROUP_WORDS for w in words)


def country_code(text: str | None, *, where: str = "") -> str | None:
    """The ISO 3166 alpha-2 code of a country given as a code or an English name or demonym (the lexicon's).

    >>> country_code("Syria"), country_code("ir"), country_code(None)
    ('SY', 'IR', None)
    """
    if text is None or not text.strip():
        return None
    lex = _default_lexicon()
    value = text.strip()
    if re.fullmatch(r"[A-Za-z]{2}", value) and value.upper() in lex.countries:
        return value.upper()
    code = lex.country_code(value)
    if code is None:
        place = f"{where}: " if where else ""
        raise ReferenceListError(
            f"{place}country {value!r} is not known; give an ISO 3166 alpha-2 code (SY) or an English name (Syria)"
        )
    return code


@functools.cache
def _default_lexicon() -> Lexicon:
    """The bundled lexicon, read once (it is never changed after reading)."""
    from officialdom.extract.lexicon import Lexicon

    return Lexicon.load()


# -- gazetteer -----------------------------------------------------------------------------------------------
def _split_aliases(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else re.split(r"[|;]", str(value))
    return tuple(dict.fromkeys(str(a).strip() for a in items if str(a).strip()))


def _gazetteer_uri(identifier: str, uri: str | None) -> str | None:
    if uri:
        return uri
    if re.fullmatch(r"Q\d+", identifier):
        return f"http://www.wikidata.org/entity/{identifier}"
    return None


def _entries_from_rows(rows: Iterable[tuple[str, Mapping[str, Any]]], source: str) -> list[ReferenceEntry]:
    merged: dict[str, ReferenceEntry] = {}
    for where, row in rows:
        identifier = str(row.get("identifier") or row.get("id") or "").strip()
        name = str(row.get("name") or "").strip()
        if not identifier or not name:
            raise ReferenceListError(f"{where}: a gazetteer entry needs an identifier and a name")
        country = country_code(row.get("country"), where=where)
        posts = row.get("posts")
        if posts is None:
            posts = [row] if any(row.get(k) for k in ("post", "start", "end")) else []
        if not isinstance(posts, list):
            raise ReferenceListError(f"{where}: 'posts' must be a list of objects")
        roles = []
        for post in posts:
            if not isinstance(post, Mapping):
                raise ReferenceListError(f"{where}: 'posts' must be a list of objects")
            try:
                start = parse_date(str(post.get("start") or ""))
                end = parse_date(str(post.get("end") or ""))
            except ValueError as err:
                raise ReferenceListError(f"{where}: {err}") from None
            post_country = country_code(post.get("country"), where=where) if post is not row else country
            roles.append(
                ReferenceRole(str(post.get("post") or "").strip() or None, post_country or country, start, end)
            )
        entry = ReferenceEntry(
            id=identifier,
            name=name,
            aliases=tuple(a for a in _split_aliases(row.get("aliases")) if a != name),
            country=country,
            roles=tuple(roles),
            kind=str(row.get("kind") or "person").strip(),
            source=source,
            uri=_gazetteer_uri(identifier, str(row.get("uri") or "").strip() or None),
        )
        old = merged.get(identifier)
        if old is not None:
            aliases = tuple(dict.fromkeys(a for a in (*old.aliases, entry.name, *entry.aliases) if a != old.name))
            entry = replace(old, aliases=aliases, roles=old.roles + entry.roles, country=old.country or country)
        merged[identifier] = entry
    return list(merged.values())


def read_gazetteer_csv(fh: IO[str], *, source: str = "gazetteer", delimiter: str = ",") -> list[ReferenceEntry]:
    """Entries of a gazetteer CSV (see :data:`GAZETTEER_COLUMNS`); rows with one identifier are merged."""
    reader = csv.DictReader(fh, delimiter=delimiter)
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in ("identifier", "name") if c not in header and not (c == "identifier" and "id" in header)]
    if missing:
        raise ReferenceListError(
            f"{source}: the CSV header lacks {', '.join(missing)}; expected columns {', '.join(GAZETTEER_COLUMNS)}"
        )
    rows = ((f"{source} line {reader.line_num}", {(k or "").strip(): v for k, v in row.items()}) for row in reader)
    return _entries_from_rows(rows, source)


def read_gazetteer_json(data: Any, *, source: str = "gazetteer") -> list[ReferenceEntry]:
    """Entries of a parsed gazetteer JSON document: a list of objects, or ``{"entries": [...]}``."""
    if isinstance(data, Mapping):
        data = data.get("entries")
    if not isinstance(data, list) or not all(isinstance(x, Mapping) for x in data):
        raise ReferenceListError(f"{source}: a JSON gazetteer is a list of objects (or {{'entries': [...]}})")
    return _entries_from_rows(((f"{source} entry {i + 1}", obj) for i, obj in enumerate(data)), source)


def read_gazetteer(path: str | Path) -> list[ReferenceEntry]:
    """Entries of a gazetteer file: ``.csv``, ``.tsv``, ``.json`` or ``.jsonl``."""
    path = Path(path)
    source = path.name
    text = _read_text(path)
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv", ".txt"):
        return read_gazetteer_csv(io.StringIO(text), source=source, delimiter="\t" if suffix == ".tsv" else ",")
    if suffix == ".jsonl":
        items = []
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    items.append(json.loads(line))
                except json.JSONDecodeError as err:
                    raise ReferenceListError(f"{source} line {n}: not JSON ({err.msg})") from None
        return read_gazetteer_json(items, source=source)
    if suffix == ".json":
        try:
            return read_gazetteer_json(json.loads(text), source=source)
        except json.JSONDecodeError as err:
            raise ReferenceListError(f"{source}: not JSON ({err.msg} at line {err.lineno})") from None
    raise ReferenceListError(f"{source}: unknown gazetteer file kind {suffix!r}; use .csv, .tsv, .json or .jsonl")


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        raise ReferenceListError(f"{path}: no such reference list") from None
    except OSError as err:
        raise ReferenceListError(f"{path}: cannot read ({err.strerror})") from None


# -- CountryInfo ---------------------------------------------------------------------------------------------
_CI_BRACKET = re.compile(r"\[([^\]]*)\]")
_CI_RANGE = re.compile(r"^\s*(?:([A-Z0-9]{3,})\s+)?(?:(\d{6,8})\s*-\s*(\d{6,8})|>\s*(\d{6,8})|<\s*(\d{6,8}))\s*$")


def _ci_period(text: str) -> tuple[str | None, dt.date | None, dt.date | None] | None:
    """(code, start, end) of a CountryInfo bracket, None for birth/death brackets and unreadable ones."""
    m = _CI_RANGE.match(text)
    if not m:
        return None
    code, a, b, after, before = m.groups()
    try:
        if a:
            return code, parse_date(a), parse_date(b)
        if after:
            return code, parse_date(after), None
        return code, None, parse_date(before)
    except ValueError:
        return None


def _singular(title: str) -> str:
    """'Prime ministers' gives 'Prime minister', 'Heads of the supreme council' 'Head of the supreme council'."""
    words = display_name(title).split() if "_" in title else title.split()
    cut = next((i for i, w in enumerate(words) if w.lower() in ("of", "for", "to")), len(words))
    i = cut - 1
    if i >= 0:
        w = words[i]
        if w.lower().endswith("men"):
            words[i] = w[:-3] + w[-3:].replace("men", "man")
        elif w.lower().endswith("s") and not w.lower().endswith("ss") and len(w) > 3:
            words[i] = w[:-1]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def _split_titles(comment: str, n: int) -> list[str]:
    parts = [p.strip().strip('"').strip() for p in comment.split(" & ")]
    parts = [re.sub(r'\s*"[^"]*"\s*', " ", p).strip() for p in parts if p]
    if len(parts) > n:  # an '&' inside a title ("Small & Medium-Sized Enterprises"): keep the whole
        return [comment.strip()]
    return parts


def read_countryinfo(path: str | Path) -> list[ReferenceEntry]:
    """Persons of a CountryInfo file: the ``<Leaders>`` and ``<Government>`` blocks of each ``<Country>``.

    A name written twice in one country (a leader also listed in the government) is one entry; the ``{A}{B}``
    synonym form gives aliases; duplicates are merged (:func:`merge_duplicates`). Identifiers are ``ISO3/NAME`` (``SYR/WALID_AL-MUALLIM``). Titles of
    ``<Government>`` lines are paired with their date brackets when their numbers agree; otherwise every
    bracket gets the titles joined.
    """
    path = Path(path)
    text = _read_text(path)
    if "<Country>" not in text:
        raise ReferenceListError(f"{path}: not a CountryInfo file (no <Country> block)")
    body = text.split("-->", 1)[1] if text.lstrip().startswith("<!--") else text
    blocks = re.findall(r"<Country>(.*?)</Country>", body, flags=re.S)
    codes: dict[str, str] = {}  # the file's three-letter codes -> ISO alpha-2, for role codes such as CYPGOVJUD
    for block in blocks:
        iso3, country = _countryinfo_country(block)
        if country and re.fullmatch(r"[A-Z]{3}", iso3):
            codes.setdefault(iso3, country)
    entries: list[ReferenceEntry] = []
    for block in blocks:
        entries.extend(_countryinfo_block(block, codes))
    return merge_duplicates(entries)


def _tag(block: str, tag: str) -> str | None:
    m = re.search(rf"<{re.escape(tag)}>(.*?)</{re.escape(tag)}>", block, flags=re.S)
    return m.group(1).strip() if m else None


def _countryinfo_country(block: str) -> tuple[str, str | None]:
    """The block's three-letter code (or its name when it has none) and its ISO alpha-2 code."""
    code_match = re.search(r"[A-Z]{3}", _tag(block, "CountryCode") or "")
    iso3 = code_match.group(0) if code_match else (_tag(block, "CountryName") or "XXX").strip("_ ").replace(" ", "_")
    alpha2 = (_tag(block, "ISO3166-alpha2") or "").strip()
    # the country's name first: the file's own alpha-2 column has errors (Israel "IS", Myanmar "MZ")
    country = _try_country(display_name(_tag(block, "CountryName") or "")) or (
        alpha2 if re.fullmatch(r"[A-Z]{2}", alpha2) else None
    )
    return iso3, country


def _countryinfo_block(block: str, codes: Mapping[str, str]) -> list[ReferenceEntry]:
    iso3, country = _countryinfo_country(block)
    people: dict[str, dict[str, Any]] = {}

    def person(raw_names: list[str]) -> dict[str, Any]:
        names = [_strip_titles(display_name(n)) for n in raw_names if n.strip("_ ")]
        key = fold(names[0])
        found = people.get(key)
        if found is None:
            found = people[key] = {"raw": raw_names[0].strip("_ "), "names": [], "roles": []}
        for n in names:
            if n not in found["names"]:
                found["names"].append(n)
        return found

    leaders = _tag(block, "Leaders") or ""
    for tag, inner in re.findall(r"<([^/>][^>]*)>(.*?)</\1>", leaders, flags=re.S):
        title = _singular(tag.strip())
        for line in inner.splitlines():
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            raw = _names_of(line)
            if not raw:
                continue
            entry = person(raw)
            for bracket in _CI_BRACKET.findall(line):
                period = _ci_period(bracket)
                if period is not None:
                    entry["roles"].append(ReferenceRole(title, country, period[1], period[2]))
    government = _tag(block, "Government") or ""
    for line in government.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "[" not in line:
            continue
        head, _, comment = line.partition("#")
        raw = _names_of(head)
        if not raw:
            continue
        periods = [p for p in (_ci_period(b) for b in _CI_BRACKET.findall(head)) if p is not None]
        titles = _split_titles(comment, len(periods)) if comment.strip() else []
        entry = person(raw)
        line_codes = list(dict.fromkeys(p[0] for p in periods))
        for i, (code, start, end) in enumerate(periods):
            post: str | None
            if len(titles) == len(periods):
                post = titles[i]
            elif len(titles) == len(line_codes):
                post = titles[line_codes.index(code)]
            else:
                post = " & ".join(titles) or None
            role_country = codes.get(code[:3]) if code else None
            entry["roles"].append(ReferenceRole(post, role_country or country, start, end, code))
    out = []
    for found in people.values():
        name, *aliases = found["names"]
        role_countries = sorted({r.country for r in found["roles"] if r.country})
        out.append(
            ReferenceEntry(
                id=f"{iso3}/{found['raw']}",
                name=name,
                aliases=tuple(aliases),
                country=country or (role_countries[0] if len(role_countries) == 1 else None),
                roles=tuple(found["roles"]),
                source="countryinfo",
            )
        )
    return out


def _names_of(text: str) -> list[str]:
    """The raw names at the start of a CountryInfo line: ``NAME_`` or ``{NAME_}{OTHER_}``."""
    head = text.split("[", 1)[0].strip()
    if head.startswith("{"):
        return [n.strip() for n in re.findall(r"\{([^}]*)\}", head) if n.strip("_ ")]
    return [head] if head.strip("_ ") else []


# -- Phoenix -------------------------------------------------------------------------------------------------
_PX_CODE = re.compile(r"\[\s*([A-Z0-9-]+)\s*([^\]]*)\]")


def _px_role(code: str, dates: str, alpha2: Mapping[str, str]) -> ReferenceRole | None:
    if not re.fullmatch(r"[A-Z]{3,}", code):
        return None
    dates = dates.strip()
    start = end = None
    try:
        if dates.startswith(">"):
            start = parse_date(dates[1:])
        elif dates.startswith("<"):
            end = parse_date(dates[1:])
        elif "-" in dates:
            a, _, b = dates.partition("-")
            start, end = parse_date(a), parse_date(b)
        elif dates:
            start = parse_date(dates)
    except ValueError:
        start = end = None
    return ReferenceRole(None, alpha2.get(code[:3]), start, end, code)


def read_phoenix(paths: str | Path | Iterable[str | Path]) -> list[ReferenceEntry]:
    """Actors of Phoenix (TABARI) dictionaries: ``Phoenix.*.actors.txt`` files, or a folder of them.

    An entry is a name line, ``+`` lines of synonyms, and role codes ``[SYRGOV >000717]`` (country, sector, dates)
    on the name line or on indented lines below it. Country sections (``SYRIA_ [SYR]``) give the three-letter
    codes, mapped to ISO alpha-2 codes through their names. Entries whose name has a group word (forces,
    government, front...) are groups (``kind="organization"``); the others persons. Identifiers are
    ``FILE/NAME`` (``Countries/BASHAR_AL_ASSAD_``).
    """
    if isinstance(paths, (str, Path)):
        root = Path(paths)
        files = sorted(root.glob("*.actors.txt")) if root.is_dir() else [root]
    else:
        files = [Path(p) for p in paths]
    if not files:
        raise ReferenceListError(f"{paths}: no Phoenix actor files (*.actors.txt) there")
    texts = [(f, _read_text(f)) for f in files]
    alpha2: dict[str, str] = {}
    for _, text in texts:
        alpha2.update(_phoenix_country_codes(text))
    entries: list[ReferenceEntry] = []
    for f, text in texts:
        entries.extend(_phoenix_entries(f, text, alpha2))
    return merge_duplicates(entries)


def _phoenix_country_codes(text: str) -> dict[str, str]:
    """Three-letter code -> ISO alpha-2 code, from the country section lines (``SYRIA_ [SYR]``) and synonyms."""
    found: dict[str, str] = {}
    current: str | None = None
    for line in text.splitlines():
        m = re.match(r"^([A-Z][A-Z_'\-.]+?)_?\s+\[([A-Z]{3})\]\s*(#.*)?$", line)
        if m:
            current = m.group(2)
            code = _try_country(display_name(m.group(1)))
            if code:
                found[current] = code
            continue
        if line.startswith("+") and current and current not in found:
            code = _try_country(display_name(line[1:].split("#", 1)[0].strip()))
            if code:
                found[current] = code
        elif line and not line.startswith(("+", "#", "\t", " ")):
            current = None
    return found


def _try_country(name: str) -> str | None:
    try:
        return country_code(name)
    except ReferenceListError:
        return None


@dataclass
class _PxEntry:
    raw: str
    comment: str
    synonyms: list[str] = field(default_factory=list)
    codes: list[tuple[str, str]] = field(default_factory=list)


def _phoenix_entries(path: Path, text: str, alpha2: Mapping[str, str]) -> Iterator[ReferenceEntry]:
    stem = path.name.removeprefix("Phoenix.").removesuffix(".actors.txt")
    section: str | None = None
    current: _PxEntry | None = None
    seen: set[str] = set()

    def finish(item: _PxEntry | None) -> ReferenceEntry | None:
        if item is None or not item.codes:
            return None
        name = _strip_titles(display_name(item.raw))
        roles = [r for r in (_px_role(c, d, alpha2) for c, d in item.codes) if r is not None]
        words = fold(name).replace(".", " ").split()
        group = any(w in _GROUP_WORDS for w in words) or not words
        countries = [r.country for r in roles if r.country and r.code and r.code[3:6] in ("GOV", "MIL", "ELI")]
        country = countries[0] if countries else (alpha2.get(section) if section else None)
        aliases = [
            a
            for a in dict.fromkeys(_strip_titles(display_name(s)) for s in item.synonyms)
            if a and a != name and not _is_title_only(a)
        ]
        ident = f"{stem}/{item.raw}"
        if ident in seen:
            return None
        seen.add(ident)
        return ReferenceEntry(
            id=ident,
            name=name,
            aliases=tuple(aliases),
            country=country,
            roles=tuple(roles),
            kind="organization" if group else "person",
            source="phoenix",
        )

    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0] in " \t":
            if current is not None:
                current.codes.extend(_PX_CODE.findall(line.split("#", 1)[0]))
            continue
        if line.startswith("+"):
            if current is not None:
                current.synonyms.append(line[1:].split("#", 1)[0].strip())
            continue
        done = finish(current)
        if done is not None:
            yield done
        head, _, comment = line.partition("#")
        m = re.match(r"^([A-Z][A-Z_'\-.]+?)_?\s+\[([A-Z]{3})\]\s*$", head.strip())
        if m and m.group(2) in alpha2:
            section, current = m.group(2), None
            continue
        raw = head.split("[", 1)[0].strip()
        current = _PxEntry(raw=raw, comment=comment.strip())
        current.codes.extend(_PX_CODE.findall(head))
    done = finish(current)
    if done is not None:
        yield done


# -- duplicates ----------------------------------------------------------------------------------------------
def _same_role(a: ReferenceRole, b: ReferenceRole) -> bool:
    """One post (same title, or same role code when there is no title) at overlapping (or adjoining) dates."""
    if a.post and b.post:
        if fold(a.post) != fold(b.post):
            return False
    elif not (a.code and a.code == b.code):
        return False
    if not (a.dated and b.dated):
        return False
    start = max(a.start or dt.date.min, b.start or dt.date.min)
    end = min(a.end or dt.date.max, b.end or dt.date.max)
    return start <= end or (start - end).days <= _SAME_ROLE_GAP_DAYS


_SAME_ROLE_GAP_DAYS = 62
"""Lists date posts by the month: one post held by two names with at most this gap is one tenure."""


def merge_duplicates(entries: Iterable[ReferenceEntry]) -> list[ReferenceEntry]:
    """Entries that are one person, merged: the same identifier, or (in one list and country) names that can be
    one person's holding the same post at overlapping dates ("Celso Amorim" and "Celso Luiz Nunes Amorim", both
    Minister of Foreign Relations in 2004). The first entry keeps its identifier; the others' names become aliases.

    >>> role = ReferenceRole("Minister of Foreign Relations", "BR", dt.date(2003, 1, 1), dt.date(2010, 12, 31))
    >>> a = ReferenceEntry("BRA/CELSO_AMORIM", "Celso Amorim", country="BR", roles=(role,), source="x")
    >>> b = ReferenceEntry("BRA/CELSO_LUIZ_NUNES_AMORIM", "Celso Luiz Nunes Amorim", country="BR", roles=(role,),
    ...                    source="x")
    >>> [(e.id, e.aliases) for e in merge_duplicates([a, b])]
    [('BRA/CELSO_AMORIM', ('Celso Luiz Nunes Amorim',))]
    """
    items = list(entries)
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    by_id: dict[tuple[str, str], int] = {}
    groups: dict[tuple[str, str | None, str], list[int]] = {}
    for i, e in enumerate(items):
        key = (e.source, e.id)
        if key in by_id:
            union(by_id[key], i)
        else:
            by_id[key] = i
        tokens = name_tokens(e.name)
        if e.kind == "person" and tokens:
            groups.setdefault((e.source, e.country, skeleton(tokens[-1])), []).append(i)
    for members in groups.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if find(i) == find(j):
                    continue
                a, b = items[i], items[j]
                if any(_same_role(r, q) for r in a.roles for q in b.roles) and names_compatible(a.name, b.name):
                    union(i, j)
    merged: dict[int, ReferenceEntry] = {}
    for i, e in enumerate(items):
        root = find(i)
        first = merged.get(root)
        if first is None:
            merged[root] = e
            continue
        names = [n for n in dict.fromkeys((*first.aliases, *e.names)) if n != first.name]
        roles = tuple(dict.fromkeys((*first.roles, *e.roles)))
        merged[root] = replace(first, aliases=tuple(names), roles=roles, country=first.country or e.country)
    return [merged[k] for k in sorted(merged)]


# -- any format ----------------------------------------------------------------------------------------------
def detect_format(path: str | Path) -> str:
    """``countryinfo``, ``phoenix`` or ``gazetteer``, from the file's name and first lines."""
    path = Path(path)
    if path.is_dir():
        if any(path.glob("*.actors.txt")):
            return "phoenix"
        raise ReferenceListError(f"{path}: a folder of reference lists must hold Phoenix *.actors.txt files")
    if path.name.endswith(".actors.txt"):
        return "phoenix"
    if path.suffix.lower() in (".csv", ".tsv", ".json", ".jsonl"):
        return "gazetteer"
    try:
        with path.open(encoding="utf-8", errors="replace") as fh:
            head = fh.read(4096)
    except OSError as err:
        raise ReferenceListError(f"{path}: cannot read ({err.strerror})") from None
    if "CountryInfo" in head or "<Country>" in head:
        return "countryinfo"
    if "TABARI" in head or re.search(r"^\s+\[[A-Z]{3,}", head, flags=re.M):
        return "phoenix"
    return "gazetteer"


def read_references(path: str | Path, fmt: str | None = None) -> list[ReferenceEntry]:
    """Entries of a reference list in any format (``fmt`` one of :data:`REFERENCE_FORMATS`, or detected)."""
    fmt = fmt or detect_format(path)
    if fmt == "countryinfo":
        return read_countryinfo(path)
    if fmt == "phoenix":
        return read_phoenix(path)
    if fmt == "gazetteer":
        return read_gazetteer(path)
    raise ReferenceListError(f"unknown reference format {fmt!r}; use one of {', '.join(REFERENCE_FORMATS)}")
