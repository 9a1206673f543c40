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

import codecs
import dataclasses
import datetime as dt
import html.parser
import io
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
_LINE_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


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
    bom = _bom_encoding(data)
    if bom is not None and encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
        encoding = bom  # a UTF-16 or UTF-32 file says so in its first bytes
    elif b"\x00" in data[:65536] and not encoding.lower().startswith(("utf-16", "utf16", "utf-32", "utf32")):
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


def _bom_encoding(data: bytes) -> str | None:
    """The encoding a UTF-16 or UTF-32 byte order mark at the start of ``data`` names (the codec drops the mark)."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _clean_text(text: str) -> str:
    """Normalise line ends, drop control characters other than tab and newline, and replace lone surrogates
    (which JSON escapes can carry, but no UTF-8 file or RDF store can hold) with U+FFFD."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _SURROGATE.sub("\ufffd", _CONTROL.sub(" ", text))


def _clean_field(text: str) -> str:
    """A one-line metadata value (id, title, source, URL): control characters and line breaks become spaces."""
    return _SURROGATE.sub("\ufffd", _LINE_CONTROL.sub(" ", text))


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
    rid = _clean_field(str(rid)).strip()
    if not rid:
        raise MalformedRecordError(name, '"id" holds only white space or control characters')
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
        meta[key] = _clean_field(value).strip() or None if value else None
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
        self._skip: list[str] = []  # the open elements whose content is not text (script, style, head...)
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag == "meta":
            d = {k: v or "" for k, v in attrs}
            key = d.get("property") or d.get("name") or d.get("itemprop")
            if key and "content" in d:
                self.meta.setdefault(key.lower(), d["content"])
        if tag == "body" and "head" in self._skip:
            # </head> is optional: the body starts where the head ends
            del self._skip[self._skip.index("head") :]
        if tag in self._SKIP:
            self._skip.append(tag)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self._SKIP:
            if tag in self._skip:  # close it and anything left open inside it
                del self._skip[len(self._skip) - 1 - self._skip[::-1].index(tag) :]
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <script/> or <br/>: an element without content
        if tag in self._SKIP or tag == "title":
            return
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        if self._in_title and all(tag == "head" for tag in self._skip):
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
    visible = _clean_text("".join(parser.parts))
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in visible.split("\n")]
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
    title = " ".join(_clean_field("".join(parser.title)).split()) or _clean_field(meta.get("og:title", "")).strip()
    return Article(
        id=article_id,
        text=text,
        date=page_date or date,
        source=_clean_field(meta.get("og:site_name", "")).strip() or source,
        url=_clean_field(meta.get("og:url", "")).strip() or None,
        title=title or None,
    )


def _check_size(data: bytes, name: str, max_bytes: int) -> None:
    if len(data) > max_bytes:
        raise InputTooLargeError(
            name, f"{len(data):,} bytes is over the limit of {max_bytes:,}; split it or raise --max-bytes"
        )


def _read_bounded(p: Path, name: str, max_bytes: int) -> bytes:
    """The bytes of a file, refused before reading when it is over the limit (memory stays bounded)."""
    size = p.stat().st_size
    if size > max_bytes:
        raise InputTooLargeError(
            name, f"{size:,} bytes is over the limit of {max_bytes:,}; split it or raise --max-bytes"
        )
    data = p.read_bytes()
    _check_size(data, name, max_bytes)  # the file may have grown since
    return data


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


_CHUNK = 1 << 20


def _bounded_lines(stream: IO[bytes], max_bytes: int, first: bytes = b"") -> Iterator[tuple[bytes, int]]:
    """Lines of a byte stream as ``(line, size)``; a line over ``max_bytes`` is read past in chunks and given
    cut short (its ``size`` says how long it was), so one huge line never sits in memory whole."""
    pending = first
    while True:
        if b"\n" in pending:
            line, _, pending = pending.partition(b"\n")
            yield line + b"\n", len(line) + 1
            continue
        more = stream.readline(max_bytes + 1 - len(pending)) if len(pending) <= max_bytes else b""
        if more:
            pending += more
            if pending.endswith(b"\n") or len(pending) <= max_bytes:
                continue
        if not more and len(pending) <= max_bytes:
            if pending:
                yield pending, len(pending)
            return
        # over the limit: skip to the end of the line, counting
        size = len(pending)
        head = pending[: max_bytes + 1]
        pending = b""
        while True:
            chunk = stream.readline(_CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if chunk.endswith(b"\n"):
                break
        yield head, size


Positioned = tuple[str, ReadItem]
"""An item with where it was read from (``file``, ``file:line`` or ``file[index]``)."""


def _json_lines(
    lines: Iterable[tuple[bytes, int]],
    name: str,
    *,
    date: dt.date | None,
    source: str | None,
    encoding: str,
    max_bytes: int,
) -> Iterator[Positioned]:
    for number, (raw, size) in enumerate(lines, start=1):
        where = f"{name}:{number}"
        if not raw.strip():
            continue
        try:
            if size > max_bytes:
                raise InputTooLargeError(
                    where, f"line of {size:,} bytes is over the limit of {max_bytes:,}; raise --max-bytes"
                )
            line = decode_bytes(raw, where, encoding=encoding)
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise MalformedRecordError(where, f"not valid JSON ({err.msg} at column {err.colno})") from None
            except RecursionError:
                raise MalformedRecordError(where, "JSON nested too deeply") from None
            yield where, article_from_record(record, where, date=date, source=source, max_bytes=max_bytes)
        except InputError as err:
            yield where, err


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
    for where, item in _stream_items(
        stream, name=name, date=date, source=source, encoding=encoding, max_bytes=max_bytes, article_id=article_id
    ):
        yield dataclasses.replace(item, origin=where) if isinstance(item, Article) and item.origin is None else item


def _stream_items(
    stream: IO[bytes],
    *,
    name: str,
    date: dt.date | None,
    source: str | None,
    encoding: str,
    max_bytes: int,
    article_id: str,
) -> Iterator[Positioned]:
    head = stream.read(1)
    skipped = b""
    while head and head.isspace():
        skipped += head
        head = stream.read(1)
    if head == b"{":
        lines = _bounded_lines(stream, max_bytes, first=skipped + head)
        yield from _json_lines(lines, name, date=date, source=source, encoding=encoding, max_bytes=max_bytes)
        return
    data = head + stream.read(max_bytes + 1)
    try:
        yield (
            name,
            _text_article(data, name, article_id, date=date, source=source, encoding=encoding, max_bytes=max_bytes),
        )
    except InputError as err:
        yield name, err


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
    for _, item in _path_items(
        path, date=date, source=source, encoding=encoding, max_bytes=max_bytes, in_directory=in_directory
    ):
        yield item


def _path_items(
    path: str | Path,
    *,
    date: dt.date | None,
    source: str | None,
    encoding: str,
    max_bytes: int,
    in_directory: bool = False,
) -> Iterator[Positioned]:
    if str(path) == "-":
        yield from _stream_items(
            sys.stdin.buffer,
            name="<stdin>",
            date=date,
            source=source,
            encoding=encoding,
            max_bytes=max_bytes,
            article_id="stdin",
        )
        return
    p = Path(path)
    name = str(p)
    if p.is_dir():
        for child in sorted(p.rglob("*")):
            if child.is_file() and not any(part.startswith(".") for part in child.relative_to(p).parts):
                yield from _path_items(
                    child, date=date, source=source, encoding=encoding, max_bytes=max_bytes, in_directory=True
                )
        return
    if not p.exists():
        yield name, InputError(name, "no such file or directory")
        return
    suffix = p.suffix.lower()
    if in_directory and suffix not in KNOWN_SUFFIXES:
        yield name, UnsupportedInputError(name, f"skipped: files of kind {suffix or '(none)'!r} are not read")
        return
    try:
        if suffix in JSONL_SUFFIXES:
            with p.open("rb") as fh:
                bom = _bom_encoding(fh.read(4))
                fh.seek(0)
                stream: IO[bytes] = fh
                if bom is not None and encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
                    # a UTF-16/32 file: its lines are not split at a newline byte; decode it whole, then read it
                    # as the UTF-8 lines it stands for
                    lines = _read_bounded(p, name, max_bytes).decode(bom, "replace").encode("utf-8", "replace")
                    stream = io.BytesIO(lines)
                found = False
                for entry in _json_lines(
                    _bounded_lines(stream, max_bytes),
                    name,
                    date=date,
                    source=source,
                    encoding=encoding,
                    max_bytes=max_bytes,
                ):
                    found = True
                    yield entry
            if not found:
                yield name, EmptyInputError(name, "the file holds no JSON lines")
            return
        data = _read_bounded(p, name, max_bytes)
        if suffix in JSON_SUFFIXES:
            yield from _json_document(data, name, date=date, source=source, encoding=encoding, max_bytes=max_bytes)
        elif suffix in HTML_SUFFIXES:
            if not data.strip():
                raise EmptyInputError(name, "the file is empty")
            yield (
                name,
                html_to_article(
                    decode_bytes(data, name, encoding=encoding), name, article_id=p.stem, date=date, source=source
                ),
            )
        else:
            yield (
                name,
                _text_article(data, name, p.stem, date=date, source=source, encoding=encoding, max_bytes=max_bytes),
            )
    except InputError as err:
        yield name, err
    except OSError as err:
        yield name, InputError(name, f"cannot be read ({err.strerror or err})")


def _json_document(
    data: bytes, name: str, *, date: dt.date | None, source: str | None, encoding: str, max_bytes: int
) -> Iterator[Positioned]:
    if not data.strip():
        raise EmptyInputError(name, "the file is empty")
    text = decode_bytes(data, name, encoding=encoding)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        raise MalformedRecordError(name, f"not valid JSON ({err.msg} at line {err.lineno})") from None
    except RecursionError:
        raise MalformedRecordError(name, "JSON nested too deeply") from None
    records = doc if isinstance(doc, list) else [doc]
    for index, record in enumerate(records, start=1):
        where = f"{name}[{index}]"
        try:
            yield where, article_from_record(record, where, date=date, source=source, max_bytes=max_bytes)
        except InputError as err:
            yield where, err


def read_articles(
    paths: Iterable[str | Path],
    *,
    date: dt.date | None = None,
    source: str | None = None,
    encoding: str = "utf-8",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[ReadItem]:
    """Read every path in turn; a second article with an id already seen is reported (with where each was
    read), not read again.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "one.txt").write_text("Foreign Minister Jane Doe met her counterpart.")
    >>> _ = (d / "empty.txt").write_text("")
    >>> [type(x).__name__ for x in read_articles([d])]
    ['EmptyInputError', 'Article']
    """
    seen: dict[str, str] = {}
    for path in paths:
        for where, item in _path_items(path, date=date, source=source, encoding=encoding, max_bytes=max_bytes):
            if isinstance(item, Article):
                if item.id in seen:
                    yield MalformedRecordError(
                        f"{where} ({item.id})", f"duplicate article id {item.id!r} (first read from {seen[item.id]})"
                    )
                    continue
                seen[item.id] = where
                if item.origin is None:
                    item = dataclasses.replace(item, origin=where)
            yield item
