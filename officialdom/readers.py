"""Readers: text, JSON Lines, JSON, HTML files, directories and standard input become :class:`Article` records.

Readers stream: they yield one item per record, either an :class:`~officialdom.model.Article` or the
:class:`~officialdom.errors.InputError` that says why a record could not be read, so a batch goes on past bad
records and reports each one.

>>> import io
>>> items = list(read_stream(io.BytesIO(b'{"id": "a1", "text": "Hello."}\\n{"id": 2}\\n'), name="feed"))
>>> items[0].id, items[0].text
('a1', 'Hello.')
>>> print(items[1])
feed:2: record 2 has no "text" field; each JSON line needs "id" and "text"
"""

from __future__ import annotations

import datetime as dt
import html.parser
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from officialdom.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingInputError,
    InputError,
    InputTooLargeError,
    MalformedRecordError,
)
from officialdom.model import Article

__all__ = [
    "DEFAULT_MAX_BYTES",
    "TEXT_SUFFIXES",
    "ReadItem",
    "UnsupportedInputError",
    "article_from_record",
    "decode_bytes",
    "html_to_article",
    "read_articles",
    "read_path",
    "read_stream",
]

DEFAULT_MAX_BYTES = 10_000_000
TEXT_SUFFIXES = (".txt", ".text", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
JSON_SUFFIXES = (".json",)
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
KNOWN_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + JSON_SUFFIXES + HTML_SUFFIXES

ReadItem = Article | InputError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class UnsupportedInputError(InputError):
    """A file in a directory whose kind no reader handles; it is skipped, and reported as skipped."""


def decode_bytes(data: bytes, name: str, *, encoding: str = "utf-8") -> str:
    """Decode ``data`` as text, or raise an :class:`InputError` naming ``name`` and the problem.

    >>> decode_bytes("Caf\\u00e9".encode(), "a.txt")
    'Café'
    >>> decode_bytes(b"Caf\\xe9", "a.txt")
    Traceback (most recent call last):
    ...
    officialdom.errors.EncodingInputError: a.txt: not valid UTF-8 (byte 0xe9 at offset 3); convert the file to UTF-8 or give its encoding (--encoding cp1252)
    """
    if b"\x00" in data[:65536]:
        raise BinaryInputError(name, "binary data (NUL bytes), not text; give a text, JSONL or HTML file")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        bad = data[err.start : err.start + 1]
        raise EncodingInputError(
            name,
            f"not valid {encoding.upper() if encoding.lower() == 'utf-8' else encoding} "
            f"(byte 0x{bad.hex()} at offset {err.start}); convert the file to UTF-8 or give its encoding "
            "(--encoding cp1252)",
        ) from None
    except LookupError:
        raise InputError(name, f"unknown encoding {encoding!r}") from None
    text = text.removeprefix("\ufeff")
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise BinaryInputError(name, "binary data (many control characters), not text")
    return text


def _clean_text(text: str) -> str:
    """Normalise line ends and drop control characters other than tab and newline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(" ", text)


def _parse_date(value: Any, name: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            day = dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
        else:
            if day > dt.date.today() + dt.timedelta(days=1):
                raise MalformedRecordError(
                    name, f"date {value!r} is in the future; correct it, or leave it out to read dates as undated"
                )
            return day
    raise MalformedRecordError(name, f"date {value!r} is not an ISO date (YYYY-MM-DD)")


def article_from_record(
    record: Any,
    name: str,
    *,
    date: dt.date | None = None,
    source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Build an article from a JSON object with ``id`` and ``text`` (``date``, ``title``, ``source``, ``url``
    optional); ``date`` and ``source`` fill in what the record lacks.

    >>> article_from_record({"id": "x", "text": "Hi.", "date": "2015-12-01"}, "feed:1").date
    datetime.date(2015, 12, 1)
    """
    if not isinstance(record, dict):
        raise MalformedRecordError(name, f"expected a JSON object, got {type(record).__name__}")
    rid = record.get("id")
    if rid is None or (isinstance(rid, str) and not rid.strip()):
        raise MalformedRecordError(name, 'record has no "id"; each JSON line needs "id" and "text"')
    if not isinstance(rid, str | int):
        raise MalformedRecordError(name, f'"id" must be a string, got {type(rid).__name__}')
    rid = str(rid).strip()
    text = record.get("text")
    if text is None:
        raise MalformedRecordError(name, f'record {rid} has no "text" field; each JSON line needs "id" and "text"')
    if not isinstance(text, str):
        raise MalformedRecordError(name, f'record {rid}: "text" must be a string, got {type(text).__name__}')
    if len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        raise InputTooLargeError(
            f"{name} ({rid})", f"article is larger than the limit of {max_bytes:,} bytes; split it or raise --max-bytes"
        )
    text = _clean_text(text)
    if not text.strip():
        raise EmptyInputError(f"{name} ({rid})", "the article text is empty")
    meta: dict[str, str | None] = {}
    for key in ("title", "source", "url"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise MalformedRecordError(name, f'record {rid}: "{key}" must be a string')
        meta[key] = value or None
    return Article(
        id=rid,
        text=text,
        date=_parse_date(record.get("date"), f"{name} ({rid})") or date,
        source=meta["source"] or source,
        url=meta["url"],
        title=meta["title"],
    )


class _HTMLText(html.parser.HTMLParser):
    _SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "nav", "footer", "iframe"})
    _BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.meta: dict[str, str] = {}
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag == "meta":
            d = {k: v or "" for k, v in attrs}
            key = d.get("property") or d.get("name") or d.get("itemprop")
            if key and "content" in d:
                self.meta.setdefault(key.lower(), d["content"])
        if tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)


def html_to_article(
    markup: str, name: str, *, article_id: str, date: dt.date | None = None, source: str | None = None
) -> Article:
    """The visible text of an HTML page as an article (scripts, styles, navigation dropped); title, date
    and URL come from ``<title>`` and the usual ``<meta>`` tags.

    >>> a = html_to_article("<html><title>T</title><script>x()</script><p>Body text.</p></html>", "p.html",
    ...                     article_id="p")
    >>> a.title, a.text
    ('T', 'Body text.')
    """
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(parser.parts).split("\n")]
    text = "\n".join(line for line in lines if line)
    if not text:
        raise EmptyInputError(name, "the HTML page has no visible text")
    meta = parser.meta
    published = meta.get("article:published_time") or meta.get("datepublished") or meta.get("date")
    page_date = None
    if published:
        try:
            page_date = dt.date.fromisoformat(published[:10])
        except ValueError:
            page_date = None
    title = " ".join("".join(parser.title).split()) or meta.get("og:title") or None
    return Article(
        id=article_id,
        text=_clean_text(text),
        date=page_date or date,
        source=meta.get("og:site_name") or source,
        url=meta.get("og:url") or None,
        title=title,
    )


def _check_size(data: bytes, name: str, max_bytes: int) -> None:
    if len(data) > max_bytes:
        raise InputTooLargeError(
            name, f"{len(data):,} bytes is over the limit of {max_bytes:,}; split it or raise --max-bytes"
        )


def _text_article(
    data: bytes, name: str, article_id: str, *, date: dt.date | None, source: str | None, encoding: str, max_bytes: int
) -> Article:
    _check_size(data, name, max_bytes)
    if not data.strip():
        raise EmptyInputError(name, "the file is empty")
    text = _clean_text(decode_bytes(data, name, encoding=encoding))
    if not text.strip():
        raise EmptyInputError(name, "the file holds only white space")
    return Article(id=article_id, text=text, date=date, source=source)


def _json_lines(
    lines: Iterable[bytes],
    name: str,
    *,
    date: dt.date | None,
    source: str | None,
    encoding: str,
    max_bytes: int,
) -> Iterator[ReadItem]:
    for number, raw in enumerate(lines, start=1):
        where = f"{name}:{number}"
        if not raw.strip():
            continue
        try:
            if len(raw) > max_bytes:
                raise InputTooLargeError(
                    where, f"line of {len(raw):,} bytes is over the limit of {max_bytes:,}; raise --max-bytes"
                )
            line = decode_bytes(raw, where, encoding=encoding)
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise MalformedRecordError(where, f"not valid JSON ({err.msg} at column {err.colno})") from None
            yield article_from_record(record, where, date=date, source=source, max_bytes=max_bytes)
        except InputError as err:
            yield err


def read_stream(
    stream: IO[bytes],
    *,
    name: str = "<stdin>",
    date: dt.date | None = None,
    source: str | None = None,
    encoding: str = "utf-8",
    max_bytes: int = DEFAULT_MAX_BYTES,
    article_id: str = "stdin",
) -> Iterator[ReadItem]:
    """Read articles from a byte stream: JSON Lines when it starts with ``{``, otherwise one plain-text article."""
    head = stream.read(1)
    while head and head.isspace():
        head = stream.read(1)
    if head == b"{":
        first = head + stream.readline()
        yield from _json_lines(
            _chain_first(first, stream), name, date=date, source=source, encoding=encoding, max_bytes=max_bytes
        )
        return
    data = head + stream.read(max_bytes + 1)
    try:
        yield _text_article(data, name, article_id, date=date, source=source, encoding=encoding, max_bytes=max_bytes)
    except InputError as err:
        yield err


def _chain_first(first: bytes, stream: IO[bytes]) -> Iterator[bytes]:
    yield first
    yield from stream


def read_path(
    path: str | Path,
    *,
    date: dt.date | None = None,
    source: str | None = None,
    encoding: str = "utf-8",
    max_bytes: int = DEFAULT_MAX_BYTES,
    in_directory: bool = False,
) -> Iterator[ReadItem]:
    """Read the articles of one file or directory (``-`` is standard input).

    A directory is read recursively in name order; its files of unknown kind are reported as
    :class:`UnsupportedInputError` (skipped), hidden files are passed over.
    """
    if str(path) == "-":
        yield from read_stream(sys.stdin.buffer, date=date, source=source, encoding=encoding, max_bytes=max_bytes)
        return
    p = Path(path)
    name = str(p)
    if p.is_dir():
        for child in sorted(p.rglob("*")):
            if child.is_file() and not any(part.startswith(".") for part in child.relative_to(p).parts):
                yield from read_path(
                    child, date=date, source=source, encoding=encoding, max_bytes=max_bytes, in_directory=True
                )
        return
    if not p.exists():
        yield InputError(name, "no such file or directory")
        return
    suffix = p.suffix.lower()
    if in_directory and suffix not in KNOWN_SUFFIXES:
        yield UnsupportedInputError(name, f"skipped: files of kind {suffix or '(none)'!r} are not read")
        return
    try:
        if suffix in JSONL_SUFFIXES:
            with p.open("rb") as fh:
                yield from _json_lines(fh, name, date=date, source=source, encoding=encoding, max_bytes=max_bytes)
            return
        data = p.read_bytes()
        if suffix in JSON_SUFFIXES:
            yield from _json_document(data, name, date=date, source=source, encoding=encoding, max_bytes=max_bytes)
        elif suffix in HTML_SUFFIXES:
            _check_size(data, name, max_bytes)
            if not data.strip():
                raise EmptyInputError(name, "the file is empty")
            yield html_to_article(
                decode_bytes(data, name, encoding=encoding), name, article_id=p.stem, date=date, source=source
            )
        else:
            yield _text_article(data, name, p.stem, date=date, source=source, encoding=encoding, max_bytes=max_bytes)
    except InputError as err:
        yield err
    except OSError as err:
        yield InputError(name, f"cannot be read ({err.strerror or err})")


def _json_document(
    data: bytes, name: str, *, date: dt.date | None, source: str | None, encoding: str, max_bytes: int
) -> Iterator[ReadItem]:
    if not data.strip():
        raise EmptyInputError(name, "the file is empty")
    text = decode_bytes(data, name, encoding=encoding)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        raise MalformedRecordError(name, f"not valid JSON ({err.msg} at line {err.lineno})") from None
    records = doc if isinstance(doc, list) else [doc]
    for index, record in enumerate(records, start=1):
        try:
            yield article_from_record(record, f"{name}[{index}]", date=date, source=source, max_bytes=max_bytes)
        except InputError as err:
            yield err


def read_articles(
    paths: Iterable[str | Path],
    *,
    date: dt.date | None = None,
    source: str | None = None,
    encoding: str = "utf-8",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[ReadItem]:
    """Read every path in turn; a second article with an id already seen is reported, not read again.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "one.txt").write_text("Foreign Minister Jane Doe met her counterpart.")
    >>> _ = (d / "empty.txt").write_text("")
    >>> [type(x).__name__ for x in read_articles([d])]
    ['EmptyInputError', 'Article']
    """
    seen: dict[str, str] = {}
    for path in paths:
        for item in read_path(path, date=date, source=source, encoding=encoding, max_bytes=max_bytes):
            if isinstance(item, Article):
                if item.id in seen:
                    yield MalformedRecordError(
                        f"{path} ({item.id})", f"duplicate article id {item.id!r} (first read from {seen[item.id]})"
                    )
                    continue
                seen[item.id] = str(path)
            yield item
