"""The command line, run in-process with typer's runner."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import Dataset
from typer.testing import CliRunner

from officialdom.cli import app
from tests.conftest import ROOT, SEED_GOLD, SEED_TEXT

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [c.name or c.callback.__name__ for c in app.registered_commands]  # type: ignore[union-attr]
    assert commands
    for name in commands:
        assert re.search(rf"officialdom {name}\b", readme), f"officialdom {name} is not in the README"


def test_help_lists_the_commands() -> None:
    code, out, _ = run("--help")
    assert code == 0
    for name in ("extract", "evaluate", "query"):
        assert name in out


def test_bad_batch_reports_each_file_and_exits_3(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("President Ana Ruiz met Prime Minister Li Wei.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "legacy.txt").write_bytes("Le ministre a déclaré que la visite aura lieu.".encode("cp1252"))
    errors = tmp_path / "errors.json"
    code, out, err = run("extract", str(tmp_path), "--model", "blank", "--errors", str(errors))
    assert code == 3
    assert "empty.txt" in err and "the file is empty" in err
    assert "binary.txt" in err and "binary data" in err
    assert "legacy.txt" in err and "not valid UTF-8" in err
    lines = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert [rec["article"]["id"] for rec in lines] == ["good"]
    report = json.loads(errors.read_text())
    assert {r["record"].rsplit("/", 1)[-1] for r in report} >= {"empty.txt", "binary.txt", "legacy.txt"}


def test_success_exits_0_and_prints_a_summary(tmp_path: Path) -> None:
    src = tmp_path / "one.txt"
    src.write_text("President Ana Ruiz met Prime Minister Li Wei.", encoding="utf-8")
    code, out, err = run("extract", str(src), "--model", "blank")
    assert code == 0
    assert "articles processed" in err and "officials" in err
    record = json.loads(out)
    assert record["article"]["id"] == "one"


@pytest.mark.parametrize(
    ("fmt", "parser"), [("ttl", "turtle"), ("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")]
)
def test_rdf_formats(tmp_path: Path, fmt: str, parser: str) -> None:
    src = tmp_path / "one.txt"
    src.write_text("President Ana Ruiz met Prime Minister Li Wei.", encoding="utf-8")
    target = tmp_path / f"out.{fmt}"
    code, _, _ = run("extract", str(src), "--model", "blank", "-f", fmt, "-o", str(target), "--no-summary")
    assert code == 0
    ds = Dataset()
    ds.parse(target, format=parser)
    assert len(ds) > 10 or sum(len(g) for g in ds.graphs()) > 10


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run("extract", "x.txt", "-f", "xml")
    assert code == 2 and "--format must be one of" in err


@pytest.fixture(scope="module")
def seed_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SEED_TEXT.exists():
        pytest.skip("the shared seed article is not available")
    target = tmp_path_factory.mktemp("seed") / "seed.trig"
    code, _, err = run("extract", str(SEED_TEXT), "--date", "2015-12-01", "-f", "trig", "-o", str(target))
    assert code == 0, err
    return target


@pytest.mark.model
def test_query_table_csv_json(seed_graph: Path) -> None:
    q = "SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name"
    code, out, _ = run("query", str(seed_graph), q)
    assert code == 0 and "Adnan Mahmoud" in out
    code, out, _ = run("query", str(seed_graph), q, "--format", "csv")
    assert code == 0 and out.splitlines()[0] == "name" and len(out.splitlines()) == 6
    code, out, _ = run("query", str(seed_graph), q, "--format", "json")
    data = json.loads(out)
    assert len(data["results"]["bindings"]) == 5
    code, out, _ = run("query", str(seed_graph), "--saved", "officials", "--format", "csv")
    assert code == 0 and "Minister of Interior" in out


@pytest.mark.model
def test_query_from_file_and_errors(seed_graph: Path, tmp_path: Path) -> None:
    q = tmp_path / "count.rq"
    q.write_text("SELECT (COUNT(?e) AS ?n) WHERE { ?e a od:Meeting }", encoding="utf-8")
    code, out, _ = run("query", str(seed_graph), "--file", str(q), "--format", "csv")
    assert code == 0 and out.splitlines()[1] == "4"
    code, _, err = run("query", str(seed_graph), "SELECT ?x WHERE { ?x")
    assert code == 1 and "the query failed" in err
    code, _, err = run("query", str(tmp_path / "missing.trig"), "ASK {}")
    assert code == 1 and "no such file" in err


@pytest.mark.model
def test_evaluate_command(tmp_path: Path) -> None:
    if not SEED_TEXT.exists():
        pytest.skip("the shared seed article is not available")
    records = tmp_path / "seed.jsonl"
    code, _, _ = run("extract", str(SEED_TEXT), "--date", "2015-12-01", "-o", str(records))
    assert code == 0
    # the gold's id is the seed's file name
    code, out, _ = run("evaluate", str(records), "--gold", str(SEED_GOLD), "--json")
    assert code == 0
    report = json.loads(out)
    assert report["scores"]["officials/name+title+country"]["f1"] == 1.0
    assert report["scores"]["events/all"]["f1"] >= 0.9
    code, out, _ = run("evaluate", str(records), "--gold", str(SEED_GOLD))
    assert code == 0 and "officials/name" in out
