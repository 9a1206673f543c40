"""Property-based tests: whatever bytes, text, markup or JSON come in, every record ends as an article (then an
extraction) or as an error that names it, never as a crash.

A normal run tries a few dozen examples per property; ``pytest -m long tests/test_fuzz.py`` runs the same
properties on 10,000 examples each (``FUZZ_EXAMPLES`` changes that number).
"""

from __future__ import annotations

import io
import json
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from officialdom import Article, ArticleExtraction, Extractor
from officialdom.errors import ExtractionError, InputError, RecordError
from officialdom.graph import extraction_quads, serialize_quads
from officialdom.graph.stores.oxigraph import OxigraphStore
from officialdom.graph.validate import validate_quads
from officialdom.readers import _bounded_lines, html_to_article, read_articles, read_stream

SHORT = 40
LONG = int(os.environ.get("FUZZ_EXAMPLES", "10000"))
SETTINGS = {
    "deadline": None,
    "derandomize": False,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
    "database": None,
}

# -- strategies -----------------------------------------------------------------------------------------------------
SPECIAL = [
    "\x00",
    "\x07",
    "\x1b[31m",
    "\r\n",
    "\r",
    "\t",
    "\x0c",
    "\x85",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\ufffd",
    "\u200b",
    "\u200d",
    "\u202e",  # right-to-left override
    "\u200f",
    "\u061c",
    "\ud800",  # lone surrogates (JSON can carry them)
    "\udfff",
    "\U0010ffff",
    "e\u0301\u0301\u0301",
    "👩‍👩‍👧‍👦",
    "وزير الخارجية محمد جواد ظريف",  # Arabic
    "שר החוץ",  # Hebrew
    "Министр иностранных дел Сергей Лавров",
    "外交部长王毅",
    "विदेश मंत्री",
    "Foreign Minister",
    "President",
    "Prime Minister Li Wei",
    "met",
    "said",
    "signed a memorandum of understanding",
    "in Tehran on Monday.",
    '"',
    "'",
    "{",
    "}",
    "\\",
    "\\u0022",
    "<script>",
    "&amp;",
    "Mr.",
    "Gen.",
    "al-",
    ".",
    "...",
    "—",
]

words = st.one_of(
    st.text(max_size=20),
    st.sampled_from(SPECIAL),
    st.text(alphabet="Aa-'.", min_size=200, max_size=3000),  # very long tokens
    st.from_regex(r"[A-Z][a-z]{1,9}", fullmatch=True),
)
texts = st.lists(words, max_size=40).flatmap(
    lambda parts: st.sampled_from([" ", "", "\n", " \u200f"]).map(lambda sep: sep.join(parts))
)


def _clean(text: str) -> bool:
    """No control characters but tab and newline, no lone surrogates, no carriage returns."""
    return not re.search(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]", text)


def _json_value() -> st.SearchStrategy[Any]:
    return st.one_of(texts, st.integers(), st.none(), st.booleans(), st.lists(st.integers(), max_size=2), st.floats())


records = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(texts, st.integers(), st.none(), st.just(""), st.just("dup")),
        "text": st.one_of(texts, texts, texts, _json_value()),
        "date": st.one_of(
            st.dates().map(str),
            st.just("2999-01-01"),
            st.just("Monday"),
            st.just("2015-02-30"),
            texts,
            st.integers(),
        ),
        "title": _json_value(),
        "source": _json_value(),
        "url": _json_value(),
    },
)


def _line(record: dict[str, Any], damage: int, ascii_only: bool) -> bytes:
    raw = json.dumps(record, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    if damage == 1:  # a truncated line
        raw = raw[: max(1, len(raw) // 2)]
    elif damage == 2:  # a byte that is not UTF-8
        raw = raw[:1] + b"\xff\xfe" + raw[1:]
    elif damage == 3:  # not an object
        raw = b"[" + raw + b"]"
    return raw.replace(b"\n", b" ")


jsonl_lines = st.lists(
    st.one_of(
        st.tuples(records, st.integers(0, 6), st.booleans()).map(lambda t: _line(*t)),
        st.binary(max_size=200).map(lambda b: b.replace(b"\n", b" ")),
    ),
    min_size=1,
    max_size=8,
)

SECRET = "SECRETCODE"
_tag = st.sampled_from(["p", "div", "span", "b", "article", "section", "li", "h1", "td", "a", "em", "nav"])
_script = st.tuples(
    st.sampled_from(["script", "SCRIPT", "Script", "style", "STYLE", "noscript", "template"]),
    st.sampled_from(["", ' type="text/javascript"', " async", ' src="x.js"', " data-x='<p>'"]),
    st.text(alphabet=" abc;(){}=+<>/!-\n", max_size=40),
    st.sampled_from(["", " ", "  \n"]),
).map(lambda t: f"<{t[0]}{t[1]}>{t[2]}{SECRET}{t[2]}</{t[0]}{t[3]}>")
_visible = texts.map(lambda s: s.replace("<", " ").replace("&", " ").replace(SECRET, ""))
_bits = st.sampled_from(
    ["&amp;", "&lt;p&gt;", "&#0;", "&#xD800;", "&#x202E;", "&nbsp;", "<br>", "<br/>", "<!-- c -->", "<hr>", "&bogus;"]
)
html_blocks = st.recursive(
    st.one_of(_visible, _script, _bits),
    lambda inner: st.tuples(_tag, st.lists(inner, max_size=4)).map(lambda t: f"<{t[0]}>{''.join(t[1])}</{t[0]}>"),
    max_leaves=12,
)
html_tail = st.sampled_from(["", "<scr", "<script", "</", "<!--", "<![CDATA[", "&", "&#", "<p", ">", "<script>x"])
html_pages = st.tuples(
    st.booleans(), st.text(max_size=20).map(lambda s: s.replace("<", " ")), st.lists(html_blocks, max_size=6), html_tail
).map(
    lambda t: (
        (f"<html><head><title>{t[1]}</title><style>{SECRET}</style></head>" if t[0] else "")
        + f"<body>{''.join(t[2])}{t[3]}"
    )
)


# -- the properties -------------------------------------------------------------------------------------------------
def check_stream(data: bytes) -> None:
    items = list(read_stream(io.BytesIO(data), name="fuzz"))
    assert items, "a stream gives at least one article or error"
    for item in items:
        assert isinstance(item, Article | InputError)
        if isinstance(item, Article):
            assert item.text.strip() and _clean(item.text)
        else:
            assert str(item).startswith("fuzz")


def check_jsonl(lines: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "feed.jsonl"
        path.write_bytes(b"\n".join(lines) + b"\n")
        items = list(read_articles([path]))
    expected = [n for n, line in enumerate(lines, start=1) if line.strip()]
    if not expected:  # a file without records is one error
        assert [type(i).__name__ for i in items] == ["EmptyInputError"]
        return
    assert len(items) == len(expected), "one article or one error per non-blank line"
    for number, item in zip(expected, items, strict=True):
        if isinstance(item, Article):
            assert item.id.strip() and item.text.strip()
            for value in (item.id, item.text, item.title or "", item.source or "", item.url or ""):
                assert _clean(value), repr(value)
        else:
            assert isinstance(item, InputError)
            assert f"feed.jsonl:{number}" in item.record, (item.record, number)
            assert item.problem


def check_bounded_lines(value: tuple[list[bytes], int]) -> None:
    """Lines cut at any size limit: each line once, with its true size, never more than the limit in memory."""
    lines, limit = value
    data = b"\n".join(lines)
    got = list(_bounded_lines(io.BytesIO(data), limit))
    expected = [line + b"\n" for line in lines[:-1]] + ([lines[-1]] if lines and lines[-1] else [])
    assert [size for _, size in got] == [len(line) for line in expected]
    for (head, size), line in zip(got, expected, strict=True):
        assert head == (line if size <= limit else line[: limit + 1])


def check_html(page: str) -> None:
    try:
        article = html_to_article(page, "page.html", article_id="page")
    except InputError as err:
        assert "page.html" in str(err)
        return
    assert SECRET not in article.text
    assert SECRET not in (article.title or "")
    assert article.text.strip() and _clean(article.text)


urls = st.one_of(
    st.none(),
    texts,
    st.tuples(st.sampled_from(["http://", "https://", "file://", "urn:x://"]), texts).map("".join),
    st.sampled_from(
        ["https://example.org/a?b=1#c", "http://[bad", "https://x/> } DROP ALL {", 'http://x/"'],
    ),
)
articles = st.tuples(texts, st.fixed_dictionaries({"id": texts, "url": urls, "title": texts, "source": texts}))


def check_extraction(extractor: Extractor, value: str | tuple[str, dict[str, Any]]) -> None:
    text, meta = (value, {"id": "fuzz"}) if isinstance(value, str) else value
    raw = json.dumps({**meta, "text": text}).encode()
    items = list(read_stream(io.BytesIO(raw), name="fuzz"))
    assert len(items) == 1
    article = items[0]
    if not isinstance(article, Article):
        assert isinstance(article, InputError)
        return
    results = list(extractor.pipe([article, InputError("next", "passes through")]))
    assert len(results) == 2 and isinstance(results[1], RecordError)
    result = results[0]
    if isinstance(result, ExtractionError):
        assert result.record == article.id and result.problem
        return
    assert isinstance(result, ArticleExtraction)
    for entity in result.entities:
        for mention in entity.mentions:
            assert article.text[mention.start : mention.end] == mention.text
    assert json.loads(json.dumps(result.to_dict(), ensure_ascii=False).encode("utf-8")) == json.loads(
        json.dumps(result.to_dict())
    )
    quads = extraction_quads(result)
    text_nq = serialize_quads(quads, "nq")
    text_nq.encode("utf-8")
    store = OxigraphStore()
    store.replace_graph(quads[0][3], quads)
    assert len(store) == len(set(quads))
    assert [str(row[0]) for row in store.query("SELECT ?id WHERE { ?a od:articleId ?id }").rows] == [article.id]


# -- default (short) and long runs ------------------------------------------------------------------------------------
def _variants(
    name: str, strategy: st.SearchStrategy[Any], body: Callable[..., None], *, extractor: str | None = None
) -> tuple[Any, Any]:
    def make(count: int) -> Any:
        if extractor is None:

            @settings(max_examples=count, **SETTINGS)  # type: ignore[arg-type]
            @given(value=strategy)
            def test(value: Any) -> None:
                body(value)

        else:

            @settings(max_examples=count, **SETTINGS)  # type: ignore[arg-type]
            @given(value=strategy)
            def test(value: Any, request: pytest.FixtureRequest) -> None:
                body(request.getfixturevalue(extractor), value)

        test.__name__ = name
        return test

    return make(SHORT), pytest.mark.long(make(LONG))


test_stream_of_bytes, test_stream_of_bytes_long = _variants(
    "test_stream_of_bytes",
    st.one_of(st.binary(max_size=400), texts.map(lambda t: t.encode("utf-8", "surrogatepass"))),
    check_stream,
)
test_jsonl, test_jsonl_long = _variants("test_jsonl", jsonl_lines, check_jsonl)
test_html, test_html_long = _variants("test_html", html_pages, check_html)
test_bounded_lines, test_bounded_lines_long = _variants(
    "test_bounded_lines",
    st.tuples(st.lists(st.binary(max_size=60).map(lambda b: b.replace(b"\n", b"")), max_size=6), st.integers(1, 40)),
    check_bounded_lines,
)
test_blank_extraction, test_blank_extraction_long = _variants(
    "test_blank_extraction", articles, check_extraction, extractor="blank_extractor"
)


@pytest.mark.model
@settings(max_examples=15, **SETTINGS)  # type: ignore[arg-type]
@given(text=texts)
def test_model_extraction(text: str, extractor: Extractor) -> None:
    check_extraction(extractor, text)


@pytest.mark.long
@pytest.mark.model
@settings(max_examples=max(200, LONG // 20), **SETTINGS)  # type: ignore[arg-type]
@given(text=texts)
def test_model_extraction_long(text: str, extractor: Extractor) -> None:
    check_extraction(extractor, text)


def test_extraction_result_validates(blank_extractor: Extractor) -> None:
    """A record from hostile text is still valid RDF under the shapes."""
    text = 'Foreign Minister Jane \u202eDoe\u202c met President Ana Ruiz "{} DROP ALL {" in Tehran on Monday.'
    record = blank_extractor.extract(Article(id='x } DROP ALL { "', text=text))
    assert validate_quads(extraction_quads(record)).conforms


CUT_SHORT = (
    "The talks ended.\n\nBy Mercy Achieng",
    "Karim Benali, 54, a former interior minister, was appointed prime minister, who",
    "Foreign Minister Ana Ruiz met her Kenyan counterpart, Mary Wanjiru, who heads the",
)


@pytest.mark.model
@pytest.mark.parametrize("text", CUT_SHORT)
def test_text_cut_short_after_any_word(text: str, extractor: Extractor) -> None:
    """An article may end anywhere: after a bare name (a byline), inside an apposition, before a clause."""
    words = text.split(" ")
    for n in range(1, len(words) + 1):
        check_extraction(extractor, " ".join(words[:n]))
