"""Commands for reference lists and validation: ``link``, ``link-eval`` and ``validate`` (registered on the app).

Each is a thin shell over :mod:`officialdom.graph.linking`, :mod:`officialdom.graph.references` and
:mod:`officialdom.graph.validate`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from officialdom.cli import EXIT_ERROR, _fail, _open_graph, _open_kg, _store_option, app, err, out
from officialdom.config import DEFAULT_STORE
from officialdom.errors import OfficialdomError

__all__ = ["link", "link_eval", "validate"]

_REFERENCE_HELP = (
    "A reference list: a gazetteer (.csv, .tsv, .json, .jsonl; see docs/LINKING.md), a CountryInfo file, or "
    "Phoenix dictionaries (a *.actors.txt file or a folder of them). Repeat for several lists."
)


def _references(paths: list[Path], fmt: str | None) -> list[Any]:
    from officialdom.graph.references import read_references

    entries: list[Any] = []
    for path in paths:
        entries.extend(read_references(path, fmt))
    return entries


@app.command()
def link(
    gazetteer: Annotated[list[Path], typer.Option("--gazetteer", "-g", help=_REFERENCE_HELP)],
    store: Annotated[str, _store_option()] = DEFAULT_STORE,
    fmt: Annotated[
        str | None, typer.Option("--format", help="gazetteer, countryinfo or phoenix (default: detected).")
    ] = None,
    min_confidence: Annotated[float, typer.Option(help="Least confidence for a link.")] = 0.6,
    margin: Annotated[
        float, typer.Option(help="Entries within this much of the best make the person ambiguous (no link).")
    ] = 0.05,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Report the links without writing them.")] = False,
    report: Annotated[Path | None, typer.Option(help="Write the full report (links, ambiguities) as JSON.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Link the persons of a store to reference lists (schema:sameAs, schema:identifier).

    The links graph is replaced as a whole; each link records the matched names, country, post, dates and a
    confidence, and a person that two entries fit equally is left unlinked.
    """
    try:
        entries = _references(gazetteer, fmt)
    except OfficialdomError as error:
        raise _fail(str(error)) from None
    kg = _open_kg(store)
    try:
        result = kg.link(entries, min_confidence=min_confidence, margin=margin, write=not dry_run)
    except OfficialdomError as error:
        raise _fail(str(error)) from None
    finally:
        kg.close()
    data = result.to_dict()
    if report is not None:
        report.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    if as_json:
        out.print_json(json.dumps(data, ensure_ascii=False))
        return
    table = Table(title=f"officialdom link: {store}", show_header=False, title_justify="left")
    table.add_row("reference entries (persons)", str(result.entries))
    table.add_row("persons in the graph", str(result.persons))
    table.add_row("linked", str(data["linked"]))
    table.add_row("ambiguous (no link)", str(len(result.ambiguous)))
    table.add_row("best below the threshold", str(result.below_threshold))
    out.print(table)
    for item in result.links:
        out.print(
            f"  {item.name} -> {item.entry.name} [{item.entry.source} {item.entry.id}] {item.confidence:.2f}",
            highlight=False,
        )
    if dry_run:
        err.print("dry run: the links graph was not written", highlight=False)


@app.command("link-eval")
def link_eval(
    gazetteer: Annotated[list[Path], typer.Option("--gazetteer", "-g", help=_REFERENCE_HELP)],
    fmt: Annotated[
        str | None, typer.Option("--format", help="gazetteer, countryinfo or phoenix (default: detected).")
    ] = None,
    size: Annotated[int, typer.Option(help="How many entries to draw for the test set.")] = 1000,
    seed: Annotated[int, typer.Option(help="Seed of the draw (the same seed gives the same test set).")] = 0,
    min_confidence: Annotated[float, typer.Option(help="Least confidence for a link.")] = 0.6,
    margin: Annotated[float, typer.Option(help="Ambiguity margin.")] = 0.05,
    as_json: Annotated[bool, typer.Option("--json", help="Print the score as JSON (with every error).")] = False,
) -> None:
    """Measure linking precision and recall on a test set built from a reference list.

    The list's own names are rewritten as news writes them (respellings, initials, dropped middle names, word
    order), with hard negatives (other countries, other given names, people not in the list).
    """
    from officialdom.extract.lexicon import Lexicon
    from officialdom.graph.linking import linking_test_set, measure_linking

    try:
        entries = _references(gazetteer, fmt)
        cases = linking_test_set(entries, size=size, seed=seed, countries=Lexicon.load().countries)
        score = measure_linking(entries, cases, min_confidence=min_confidence, margin=margin)
    except OfficialdomError as error:
        raise _fail(str(error)) from None
    if as_json:
        out.print_json(json.dumps(score.to_dict(), ensure_ascii=False))
        return
    table = Table(title=f"linking on {score.cases} cases ({score.positives} with an answer)", title_justify="left")
    for column in ("kind of case", "cases", "linked", "correct"):
        table.add_column(column, justify="left" if column == "kind of case" else "right")
    for kind, counts in score.by_kind.items():
        table.add_row(kind, str(counts["cases"]), str(counts["linked"]), str(counts["correct"]))
    out.print(table)
    out.print(f"precision {score.precision:.4f}  recall {score.recall:.4f}", highlight=False)


@app.command()
def validate(
    store: Annotated[
        str, typer.Argument(envvar="OFFICIALDOM_STORE", help="A store (oxigraph:PATH) or an RDF file (.trig, .nq).")
    ] = DEFAULT_STORE,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    limit: Annotated[int, typer.Option(help="Print at most this many violations (0 for all).")] = 50,
) -> None:
    """Validate every graph of a store against the SHACL shapes; exit code 1 when something does not conform."""
    try:
        kg = _open_graph(store)
        report = kg.validate()
    except OfficialdomError as error:
        raise _fail(str(error)) from None
    if as_json:
        out.print_json(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        shown = report.violations if limit <= 0 else report.violations[:limit]
        for violation in shown:
            out.print(str(violation), highlight=False)
        if len(shown) < len(report.violations):
            out.print(f"... and {len(report.violations) - len(shown)} more (--limit 0 shows all)", highlight=False)
        verdict = "conforms" if report.conforms else f"does not conform: {len(report.violations)} violation(s)"
        err.print(f"{store}: {report.graphs} graph(s), {report.triples} triples: {verdict}", highlight=False)
    if not report.conforms:
        raise typer.Exit(EXIT_ERROR)
