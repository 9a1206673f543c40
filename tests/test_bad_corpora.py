"""Bad corpora through the command line: every bad record is named with its file and line, the batch goes on,
``--errors`` writes one entry per failed or skipped record, and the summary adds up to the input."""

from __future__ import annotations

import codecs
import json
import re
import tracemalloc
from pathlib import Path

import pytest
from typer.testing import CliRunner

from officialdom import Article, KnowledgeGraph, read_articles
from officialdom.cli import app
from officialdom.errors import InputTooLargeError
from officialdom.ingest import count_records

runner = CliRunner()
GOOD = "Foreign Minister Jane Doe met Interior Minister John Roe in Nairobi on Monday."


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def _count(label: str, text: str) -> int:
    match = re.search(rf"{label}\s*│\s*(\d+)", text)
    assert match, f"no {label!r} in:\n{text}"
    return int(match.group(1))


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, int, dict[str, str]]:
    """A folder of bad inputs and a few good ones; returns it, the number of input records, and for each bad
    record (by the position it must be reported at) a fragment of the expected problem."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \n\t \n")
    (folder / "empty.jsonl").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 16)
    (folder / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (folder / "legacy.txt").write_bytes("Le ministre a déclaré « oui ».".encode("cp1252"))
    (folder / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + GOOD.replace("Jane", "Zoë").encode("utf-16-le"))
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    lines = [
        json.dumps({"id": "a1", "text": GOOD, "date": "2015-12-01"}),
        '{"id": "a2", "text": "President Ana Ruiz met',  # truncated
        json.dumps({"id": "a1", "text": "A second article with the same id."}),  # duplicate
        json.dumps({"id": "a3", "text": GOOD}),  # no date: fine
        json.dumps({"id": "a4", "text": GOOD, "date": "2999-01-01"}),  # future
        json.dumps({"id": "a5", "text": GOOD, "date": "last Tuesday"}),  # not a date
        json.dumps({"id": "a6", "text": ""}),
        json.dumps({"id": "a7"}),
        json.dumps(["not", "an", "object"]),
        "",  # blank lines are not records
        json.dumps({"id": "a8", "text": GOOD.replace("Nairobi", "Montréal")}, ensure_ascii=False)
        .encode("cp1252")
        .decode("latin-1"),
    ]
    feed = folder / "feed.jsonl"
    feed.write_bytes("\n".join(lines).encode("latin-1") + b"\n")
    (folder / "page.html").write_text(
        "<html><head><title>Talks</title><script>var SECRET1 = 1;</script><style>.SECRET2{}</style>"
        "<body><p>Prime Minister Li Wei received President Ana Ruiz.</p><script type='x'>SECRET3()</script>"
        "<noscript>SECRET4</noscript><SCRIPT>SECRET5</SCRIPT></body></html>",
        encoding="utf-8",
    )
    (folder / "utf16.jsonl").write_bytes(
        codecs.BOM_UTF16_LE + (json.dumps({"id": "w1", "text": GOOD}) + "\n").encode("utf-16-le")
    )
    problems = {
        "empty.txt": "the file is empty",
        "blank.txt": "the file is empty",
        "empty.jsonl": "no JSON lines",
        "binary.txt": "binary data",
        "image.html": "binary data",
        "legacy.txt": "not valid UTF-8",
        "notes.pdf": "skipped",
        "feed.jsonl:2": "not valid JSON",
        "feed.jsonl:3 (a1)": "duplicate article id 'a1' (first read from",
        "feed.jsonl:5 (a4)": "in the future",
        "feed.jsonl:6 (a5)": "not an ISO date",
        "feed.jsonl:7 (a6)": "empty",
        "feed.jsonl:8": 'no "text" field',
        "feed.jsonl:9": "expected a JSON object",
        "feed.jsonl:11": "not valid UTF-8",
    }
    total = 6 + 1 + 1 + 10 + 1 + 1  # files, pdf, empty.jsonl, feed records, page, utf16.jsonl
    return folder, total, problems


def _check_report(entries: list[dict[str, str]], problems: dict[str, str]) -> None:
    for entry in entries:
        assert set(entry) >= {"record", "kind", "problem", "status"}
    for where, fragment in problems.items():
        found = [e for e in entries if e["record"].endswith(where)]
        assert len(found) == 1, (where, entries)
        assert fragment in found[0]["problem"] or fragment == found[0]["status"], (where, found)


def test_extract_reports_every_bad_record_and_goes_on(corpus: tuple[Path, int, dict[str, str]], tmp_path: Path) -> None:
    folder, total, problems = corpus
    assert abs(count_records([str(folder)]) - total) <= 1  # the progress bar's estimate (UTF-16 lines count odd)
    report = tmp_path / "errors.json"
    code, out, err = run("extract", str(folder), "--model", "blank", "--errors", str(report))
    assert code == 3
    records = [json.loads(line) for line in out.splitlines() if line.strip()]
    ids = sorted(r["article"]["id"] for r in records)
    assert ids == ["a1", "a3", "page", "utf16", "w1"]
    entries = json.loads(report.read_text(encoding="utf-8"))
    _check_report(entries, problems)
    processed, failed, skipped = (_count(k, err) for k in ("articles processed", "articles failed", "files skipped"))
    assert (processed, failed + skipped) == (len(records), len(entries))
    assert processed + failed + skipped == total
    for where in problems:
        assert where.split(" ")[0] in err  # each problem is printed with its position
    page = next(r for r in records if r["article"]["id"] == "page")
    assert "SECRET" not in json.dumps(page)
    assert page["article"]["title"] == "Talks"
    utf16 = next(r for r in records if r["article"]["id"] == "utf16")
    assert any(e["name"] == "Zoë Doe" for e in utf16["entities"]), utf16["entities"]
    assert next(r for r in records if r["article"]["id"] == "a3")["article"]["date"] is None


def test_ingest_reports_the_same_and_adds_up(corpus: tuple[Path, int, dict[str, str]], tmp_path: Path) -> None:
    folder, total, problems = corpus
    report = tmp_path / "errors.json"
    store = f"oxigraph:{tmp_path / 'db'}"
    code, _, err = run(
        "ingest", str(folder), "--store", store, "--model", "blank", "--errors", str(report), "--no-progress"
    )
    assert code == 3
    entries = json.loads(report.read_text(encoding="utf-8"))
    _check_report(entries, problems)
    added, failed, skipped = (_count(k, err) for k in ("added", "failed", "skipped"))
    assert added + failed + skipped == total == _count("input records", err)
    kg = KnowledgeGraph(store)
    try:
        assert sorted(kg.articles()) == ["a1", "a3", "page", "utf16", "w1"]
        assert "SECRET" not in kg.serialize("nq")
    finally:
        kg.close()


def test_legacy_encoding_named_on_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "legacy.txt").write_bytes("Le ministre Jean Dupré a déclaré.".encode("cp1252"))
    (tmp_path / "latin.jsonl").write_bytes(
        json.dumps({"id": "l1", "text": "Señor Pérez habló."}, ensure_ascii=False).encode("latin-1")
    )
    code, out, _ = run("extract", str(tmp_path), "--model", "blank", "--encoding", "cp1252", "--no-summary")
    assert code == 0
    texts = {json.loads(line)["article"]["id"] for line in out.splitlines()}
    assert texts == {"legacy", "l1"}


def test_a_50_mb_article_is_refused_with_bounded_memory(tmp_path: Path) -> None:
    big_text = tmp_path / "big.txt"
    big_line = tmp_path / "big.jsonl"
    word = b"Minister Jane Doe met officials. "
    with big_text.open("wb") as fh:
        for _ in range(50 * 1024 * 1024 // len(word) + 1):
            fh.write(word)
    with big_line.open("wb") as fh:
        fh.write(b'{"id": "huge", "text": "')
        for _ in range(50 * 1024 * 1024 // len(word) + 1):
            fh.write(word)
        fh.write(b'"}\n' + json.dumps({"id": "after", "text": GOOD}).encode() + b"\n")
    tracemalloc.start()
    try:
        items = list(read_articles([big_text, big_line]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [type(i).__name__ for i in items] == ["InputTooLargeError", "InputTooLargeError", "Article"]
    assert isinstance(items[0], InputTooLargeError) and items[0].record == str(big_text)
    assert isinstance(items[1], InputTooLargeError) and items[1].record == f"{big_line}:1"
    assert "over the limit of 10,000,000" in items[1].problem
    assert isinstance(items[2], Article) and items[2].id == "after"
    assert peak < 25 * 1024 * 1024, f"reading used {peak / 1e6:.0f} MB"

    report = tmp_path / "errors.json"
    code, out, err = run("extract", str(big_line), "--model", "blank", "--errors", str(report))
    assert code == 3 and "big.jsonl:1" in err and "--max-bytes" in err
    assert [json.loads(line)["article"]["id"] for line in out.splitlines()] == ["after"]
    assert [e["kind"] for e in json.loads(report.read_text())] == ["InputTooLargeError"]


def test_an_article_too_long_for_the_pipeline_is_an_error_not_a_crash(tmp_path: Path) -> None:
    feed = tmp_path / "long.jsonl"
    feed.write_text(
        json.dumps({"id": "long", "text": "Minister Jane Doe spoke. " * 60_000})
        + "\n"
        + json.dumps({"id": "short", "text": GOOD})
        + "\n",
        encoding="utf-8",
    )
    report = tmp_path / "errors.json"
    code, out, _ = run("extract", str(feed), "--model", "blank", "--errors", str(report))
    assert [json.loads(line)["article"]["id"] for line in out.splitlines()] == ["short"]
    entries = json.loads(report.read_text())
    # the record names the file and line the article was read from, and its id
    assert code == 3 and [e["record"] for e in entries] == [f"{feed}:1 (long)"]
    assert entries[0]["kind"] == "ExtractionError"
