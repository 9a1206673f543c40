from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from officialdom.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingInputError,
    InputError,
    InputTooLargeError,
    MalformedRecordError,
)
from officialdom.model import Article
from officialdom.readers import UnsupportedInputError, decode_bytes, read_articles, read_path, read_stream


def test_text_file_with_date_and_source(tmp_path: Path) -> None:
    path = tmp_path / "visit.txt"
    path.write_text("Foreign Minister Jane Doe arrived in Nairobi.\r\n", encoding="utf-8")
    [article] = list(read_path(path, date=dt.date(2020, 1, 2), source="KNA"))
    assert isinstance(article, Article)
    assert article.id == "visit"
    assert article.date == dt.date(2020, 1, 2)
    assert article.source == "KNA"
    assert "\r" not in article.text


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "One.", "date": "2021-03-04", "title": "T", "url": "https://e.org/a"}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"text": "no id"}),
        json.dumps({"id": "c", "text": "Three.", "date": "yesterday"}),
        "",
        json.dumps({"id": "d", "text": "   "}),
        json.dumps({"id": "e", "text": "Five."}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_path(path))
    assert [type(i).__name__ for i in items] == [
        "Article",
        "MalformedRecordError",
        "MalformedRecordError",
        "MalformedRecordError",
        "MalformedRecordError",
        "EmptyInputError",
        "Article",
    ]
    assert items[0].date == dt.date(2021, 3, 4)  # type: ignore[union-attr]
    assert str(items[1]).startswith(f"{path}:2: not valid JSON")
    assert 'no "text" field' in str(items[2])
    assert 'no "id"' in str(items[3])
    assert "not an ISO date" in str(items[4])


def test_bad_files_are_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("President Ana Ruiz met Prime Minister Li Wei.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "legacy.txt").write_bytes("Le ministre a déclaré.".encode("cp1252"))
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    items = list(read_articles([tmp_path]))
    by_kind = {type(i).__name__: i for i in items}
    assert set(by_kind) == {
        "Article",
        "BinaryInputError",
        "EmptyInputError",
        "EncodingInputError",
        "UnsupportedInputError",
    }
    assert "binary.txt" in str(by_kind["BinaryInputError"])
    assert "legacy.txt" in str(by_kind["EncodingInputError"])
    assert "0xe9" in str(by_kind["EncodingInputError"])
    assert isinstance(by_kind["UnsupportedInputError"], UnsupportedInputError)


def test_legacy_encoding_can_be_named(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Le ministre a déclaré.".encode("cp1252"))
    [article] = list(read_path(path, encoding="cp1252"))
    assert isinstance(article, Article) and "déclaré" in article.text


def test_duplicate_ids_are_reported(tmp_path: Path) -> None:
    one = tmp_path / "one.jsonl"
    one.write_text(json.dumps({"id": "x", "text": "A."}) + "\n" + json.dumps({"id": "x", "text": "B."}) + "\n")
    items = list(read_articles([one]))
    assert isinstance(items[0], Article)
    assert isinstance(items[1], MalformedRecordError) and "duplicate article id 'x'" in str(items[1])


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    [item] = list(read_path(path, max_bytes=100))
    assert isinstance(item, InputTooLargeError) and "over the limit" in str(item)


def test_html_keeps_visible_text_only(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Talks</title><meta property='article:published_time' content='2019-05-06T10:00'>"
        "<script>alert('x')</script></head><body><nav>Home</nav><p>The minister met <b>envoys</b>.</p>"
        "<style>p{}</style></body></html>",
        encoding="utf-8",
    )
    [article] = list(read_path(path))
    assert isinstance(article, Article)
    assert article.title == "Talks"
    assert article.date == dt.date(2019, 5, 6)
    assert article.text == "The minister met envoys."


def test_json_list(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"id": "a", "text": "A."}, {"id": "b", "text": 3}]), encoding="utf-8")
    items = list(read_path(path))
    assert isinstance(items[0], Article)
    assert isinstance(items[1], MalformedRecordError) and "must be a string" in str(items[1])


def test_stream_text_and_jsonl() -> None:
    [article] = list(read_stream(io.BytesIO(b"  Plain text here."), date=dt.date(2020, 1, 1)))
    assert isinstance(article, Article) and article.id == "stdin" and article.text.strip() == "Plain text here."
    items = list(read_stream(io.BytesIO(b'{"id": "1", "text": "x"}\n{"id": "2", "text": "y"}\n')))
    assert [i.id for i in items if isinstance(i, Article)] == ["1", "2"]


def test_missing_path() -> None:
    [item] = list(read_path("/nonexistent/file.txt"))
    assert isinstance(item, InputError) and "no such file" in str(item)


@pytest.mark.parametrize(
    ("data", "error"),
    [(b"\x00\x01binary", BinaryInputError), (b"caf\xe9", EncodingInputError)],
)
def test_decode_errors_name_the_record(data: bytes, error: type[InputError]) -> None:
    with pytest.raises(error) as info:
        decode_bytes(data, "rec-7")
    assert str(info.value).startswith("rec-7: ")


def test_empty_error_is_an_input_error() -> None:
    assert issubclass(EmptyInputError, InputError)


def test_future_dates_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "f", "text": "Text.", "date": "2999-01-01"}) + "\n", encoding="utf-8")
    [item] = list(read_path(path))
    assert isinstance(item, MalformedRecordError) and "in the future" in str(item) and "(f)" in str(item)
