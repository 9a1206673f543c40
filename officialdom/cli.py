"""The ``officialdom`` command: a thin shell over the library.

Exit codes: 0 everything worked; 1 an error stopped the command (bad query, store, model); 2 a usage error;
3 partial failure (some records could not be read or extracted; the others were processed and each failure
was reported).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import ProgressColumn, Task
from rich.table import Table
from rich.text import Text

from officialdom.config import DEFAULT_STORE
from officialdom.errors import OfficialdomError, RecordError
from officialdom.model import ArticleExtraction
from officialdom.readers import DEFAULT_MAX_BYTES, UnsupportedInputError, read_articles

__all__ = ["app", "main"]

app = typer.Typer(
    name="officialdom",
    help="Officials, posts and encounters from news articles, as a queryable knowledge graph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)

EXIT_ERROR = 1
EXIT_PARTIAL = 3

EXTRACT_FORMATS = ("jsonl", "ttl", "trig", "nq", "jsonld")


def _fail(message: str, code: int = EXIT_ERROR) -> typer.Exit:
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(code)


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _fail(f"--date {value!r} is not an ISO date (YYYY-MM-DD)", 2) from None


class _Batch:
    """Counts what a batch did, for the summary and the exit code."""

    def __init__(self) -> None:
        self.processed = 0
        self.failed: list[RecordError] = []
        self.skipped: list[RecordError] = []
        self.officials = 0
        self.persons = 0
        self.events: Counter[str] = Counter()
        self.agreements = 0
        self.statements = 0

    def take(self, item: ArticleExtraction | RecordError) -> ArticleExtraction | None:
        if isinstance(item, UnsupportedInputError):
            self.skipped.append(item)
            err.print(f"[yellow]skipped[/] {item}", highlight=False)
            return None
        if isinstance(item, RecordError):
            self.failed.append(item)
            err.print(f"[red]failed[/] {item}", highlight=False)
            return None
        self.processed += 1
        self.officials += len(item.officials)
        self.persons += len(item.persons)
        self.events.update(e.type for e in item.events)
        self.agreements += len(item.agreements)
        self.statements += len(item.statements)
        return item

    def summary(self) -> None:
        table = Table(title="officialdom: summary", show_header=False, title_justify="left")
        table.add_row("articles processed", str(self.processed))
        table.add_row("articles failed", str(len(self.failed)))
        table.add_row("files skipped", str(len(self.skipped)))
        table.add_row("officials", str(self.officials))
        table.add_row("persons (all)", str(self.persons))
        for kind, count in sorted(self.events.items()):
            table.add_row(f"events: {kind}", str(count))
        table.add_row("events (all)", str(sum(self.events.values())))
        table.add_row("agreements", str(self.agreements))
        table.add_row("statements", str(self.statements))
        err.print(table)

    def errors_report(self) -> list[dict[str, str]]:
        from officialdom.ingest import error_entries

        return error_entries(self.failed, self.skipped)

    @property
    def exit_code(self) -> int:
        if self.failed:
            return EXIT_PARTIAL
        return 0


def _records(
    inputs: list[str],
    *,
    model: str | None,
    date: dt.date | None,
    source: str | None,
    encoding: str,
    max_bytes: int,
    batch: _Batch,
    workers: int = 1,
    dask: str | None = None,
) -> Iterator[ArticleExtraction]:
    items = read_articles(inputs, date=date, source=source, encoding=encoding, max_bytes=max_bytes)
    with _pipeline(model, workers, dask) as extractor:
        for result in extractor.pipe(items):
            rec = batch.take(result)
            if rec is not None:
                yield rec


@contextlib.contextmanager
def _pipeline(model: str | None, workers: int, dask: str | None) -> Iterator[Any]:
    """The extractor: in this process, in ``workers`` processes, or on a Dask cluster (``local`` or an address)."""
    if workers < 1:
        raise _fail("--workers must be at least 1", 2)
    if dask is not None:
        from officialdom.parallel import DaskExtractor, dask_client

        with dask_client(dask, workers if workers > 1 else None) as client:
            yield DaskExtractor(client, model)
    elif workers > 1:
        from officialdom.parallel import ProcessExtractor

        with ProcessExtractor(model, workers) as pool:
            yield pool
    else:
        from officialdom.extract import Extractor

        yield Extractor(model)


def _workers_option() -> Any:
    return typer.Option(help="Extraction processes on this machine (each loads the pipeline once).")


def _dask_option() -> Any:
    return typer.Option(
        help="Extract on a Dask cluster: the scheduler address (tcp://HOST:8786), or local for a LocalCluster "
        "of --workers processes."
    )


@app.command()
def extract(
    inputs: Annotated[
        list[str], typer.Argument(help="Files (.txt, .jsonl, .json, .html), directories, or - for stdin.")
    ],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, ttl, trig, nq or jsonld.")] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of standard output.")
    ] = None,
    date: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD) for texts that have none.")] = None,
    source: Annotated[str | None, typer.Option(help="Source (outlet) for texts that have none.")] = None,
    model: Annotated[
        str | None, typer.Option(help="Installed spaCy pipeline to use (default: the small English one).")
    ] = None,
    encoding: Annotated[str, typer.Option(help="Encoding of the input files.")] = "utf-8",
    max_bytes: Annotated[int, typer.Option(help="Largest article accepted, in bytes.")] = DEFAULT_MAX_BYTES,
    errors: Annotated[Path | None, typer.Option(help="Write a JSON report of failed and skipped records here.")] = None,
    summary: Annotated[bool, typer.Option(help="Print a summary to standard error.")] = True,
    workers: Annotated[int, _workers_option()] = 1,
    dask: Annotated[str | None, _dask_option()] = None,
) -> None:
    """Extract officials, events, agreements and statements from articles.

    With --dask, --format nq and an --output folder, the Dask workers write one N-Quads file per shard there.
    """
    if fmt not in EXTRACT_FORMATS:
        raise _fail(f"--format must be one of {', '.join(EXTRACT_FORMATS)}", 2)
    if dask is not None and fmt == "nq" and output is not None and output.is_dir():
        _extract_shards(inputs, output, model=model, dask=dask, workers=workers, date=_date(date), source=source)
        return
    batch = _Batch()
    try:
        records = _records(
            inputs,
            model=model,
            date=_date(date),
            source=source,
            encoding=encoding,
            max_bytes=max_bytes,
            batch=batch,
            workers=workers,
            dask=dask,
        )
        sink = output.open("w", encoding="utf-8") if output else sys.stdout
        try:
            if fmt == "jsonl":
                for rec in records:
                    sink.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
            else:
                from officialdom.graph import extraction_quads, serialize_quads

                quads = [q for rec in records for q in extraction_quads(rec)]
                sink.write(serialize_quads(quads, fmt))
        finally:
            if output:
                sink.close()
    except OfficialdomError as error:
        raise _fail(str(error)) from None
    if errors is not None:
        errors.write_text(json.dumps(batch.errors_report(), indent=2, ensure_ascii=False), encoding="utf-8")
    if summary:
        batch.summary()
        if output:
            err.print(f"wrote {output}", highlight=False)
    raise typer.Exit(batch.exit_code)


def _extract_shards(
    inputs: list[str],
    folder: Path,
    *,
    model: str | None,
    dask: str,
    workers: int,
    date: dt.date | None,
    source: str | None,
) -> None:
    """extract --dask ... --format nq --output FOLDER: the workers write one N-Quads file per shard."""
    from officialdom.parallel import dask_client, extract_to_nquads

    try:
        items = read_articles(inputs, date=date, source=source)
        with dask_client(dask, workers if workers > 1 else None) as client:
            summaries = extract_to_nquads(items, folder, client, model)
    except OfficialdomError as error:
        raise _fail(str(error)) from None
    failed = [f for s in summaries for f in s.failed]
    for record, problem in failed:
        err.print(f"[red]failed[/] {record}: {problem}", highlight=False)
    err.print(
        f"wrote {len(summaries)} shard file(s) to {folder}: {sum(s.articles for s in summaries)} articles, "
        f"{sum(s.quads for s in summaries)} quads, {len(failed)} failed",
        highlight=False,
    )
    raise typer.Exit(EXIT_PARTIAL if failed else 0)


class _RateColumn(ProgressColumn):
    """Articles per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.1f} articles/s" if speed else "- articles/s", style="progress.data.speed")


def _store_option() -> Any:
    return typer.Option(
        "--store",
        "-s",
        envvar="OFFICIALDOM_STORE",
        help="The store: oxigraph:PATH (on disk) or memory.",
    )


def _open_kg(store: str) -> Any:
    from officialdom.graph import KnowledgeGraph

    try:
        return KnowledgeGraph(store)
    except OfficialdomError as error:
        raise _fail(str(error)) from None


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories or - for stdin.")],
    store: Annotated[str, _store_option()] = DEFAULT_STORE,
    date: Annotated[str | None, typer.Option(help="Publication date for texts that have none.")] = None,
    source: Annotated[str | None, typer.Option(help="Source for texts that have none.")] = None,
    model: Annotated[str | None, typer.Option(help="Installed spaCy pipeline to use.")] = None,
    encoding: Annotated[str, typer.Option(help="Encoding of the input files.")] = "utf-8",
    max_bytes: Annotated[int, typer.Option(help="Largest article accepted, in bytes.")] = DEFAULT_MAX_BYTES,
    errors: Annotated[Path | None, typer.Option(help="Write a JSON report of failed and skipped records here.")] = None,
    workers: Annotated[int, _workers_option()] = 1,
    dask: Annotated[str | None, _dask_option()] = None,
    progress: Annotated[bool, typer.Option(help="Show a progress bar with rate and time left.")] = True,
    resolve: Annotated[
        bool,
        typer.Option(help="Bring the cross-article resolution graph up to date after writing (when anything changed)."),
    ] = True,
) -> None:
    """Add articles to a persistent store: unchanged articles are skipped, changed ones replaced.

    An interrupted ingest, run again, skips what it had finished. With --dask and a remote store
    (sparql:URL) the Dask workers write into the store themselves. Afterwards the resolution graph (one node per
    real person and event) is brought up to date: updated in place for what changed when the store had one,
    rebuilt from the article graphs otherwise.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn, TimeRemainingColumn

    from officialdom.ingest import count_records, error_entries
    from officialdom.ingest import ingest as run_ingest

    kg = _open_kg(store)
    bar = Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        _RateColumn(),
        TimeElapsedColumn(),
        "eta",
        TimeRemainingColumn(),
        console=err,
        disable=not progress,
    )
    try:
        items = read_articles(inputs, date=_date(date), source=source, encoding=encoding, max_bytes=max_bytes)
        task = bar.add_task("ingest", total=count_records(inputs) if progress else None)

        def show(item: Any, outcome: str) -> None:
            bar.advance(task)
            if outcome in ("failed", "skipped"):
                colour = "red" if outcome == "failed" else "yellow"
                bar.console.print(f"[{colour}]{outcome}[/] {item}", highlight=False)

        with bar:
            if dask is not None and store.startswith("sparql:"):
                from officialdom.parallel import dask_client, ingest_distributed

                kg.close()
                with dask_client(dask, workers if workers > 1 else None) as client:
                    report = ingest_distributed(items, store, client, model, on_result=show, resolve=resolve)
            else:
                with _pipeline(model, workers, dask) as extractor:
                    report = run_ingest(items, kg, extractor, on_result=show, resolve=resolve)
    except OfficialdomError as error:
        raise _fail(str(error)) from None
    finally:
        kg.close()
    if errors is not None:
        entries = error_entries(report.failed, report.skipped)
        errors.write_text(json.dumps(entries, indent=2, ensure_ascii=False), encoding="utf-8")
    table = Table(title=f"officialdom ingest into {store}", show_header=False, title_justify="left")
    for key in ("added", "replaced", "unchanged"):
        table.add_row(key, str(getattr(report, key)))
    table.add_row("failed", str(len(report.failed)))
    table.add_row("skipped", str(len(report.skipped)))
    table.add_row("input records", str(report.total))
    if report.resolution is not None and report.resolution.incremental:
        counts = report.resolution.to_dict()
        table.add_row(
            "resolution",
            f"updated in place ({counts['person_nodes']} person nodes, {counts['event_nodes']} event nodes re-decided)",
        )
    elif report.resolution is not None:
        counts = report.resolution.to_dict()
        table.add_row("people (resolved)", str(counts["people"]))
        table.add_row("events (resolved)", str(counts["distinct_events"]))
    err.print(table)
    raise typer.Exit(EXIT_PARTIAL if report.failed else 0)


@app.command()
def remove(
    article_ids: Annotated[list[str], typer.Argument(help="Ids of the articles to take out.")],
    store: Annotated[str, _store_option()] = DEFAULT_STORE,
    resolve: Annotated[
        bool, typer.Option(help="Bring the cross-article resolution graph up to date afterwards.")
    ] = True,
) -> None:
    """Take articles out of a store, with everything only they supported (the resolution graph is updated)."""
    from officialdom.ingest import remove_articles

    kg = _open_kg(store)
    try:
        missing = remove_articles(kg, article_ids, resolve=resolve)
    except OfficialdomError as error:
        raise _fail(str(error)) from None
    finally:
        kg.close()
    for article_id in missing:
        err.print(f"[yellow]not in the store:[/] {article_id}", highlight=False)
    err.print(f"removed {len(article_ids) - len(missing)} article(s)", highlight=False)
    raise typer.Exit(EXIT_PARTIAL if missing else 0)


@app.command()
def stats(
    store: Annotated[
        str, typer.Argument(envvar="OFFICIALDOM_STORE", help="The store (oxigraph:PATH).")
    ] = DEFAULT_STORE,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Counts of a store: articles, officials, organisations, countries, events by type and status..."""
    kg = _open_kg(store)
    try:
        counts = kg.stats()
    except OfficialdomError as error:
        raise _fail(str(error)) from None
    finally:
        kg.close()
    if as_json:
        out.print_json(json.dumps(counts))
        return
    table = Table(title=f"officialdom stats: {store}", show_header=False, title_justify="left")
    for key, value in counts.items():
        if isinstance(value, dict):
            for name, by_status in value.items():
                detail = ", ".join(f"{s} {n}" for s, n in sorted(by_status.items()))
                table.add_row(f"{key}: {name}", f"{sum(by_status.values())} ({detail})")
        else:
            table.add_row(key, str(value))
    out.print(table)


def _system_records(path: Path, *, model: str | None, date: dt.date | None) -> list[ArticleExtraction]:
    """Records from a JSONL of records, or extracted from a file of articles."""
    first = ""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                first = line
                break
    try:
        head = json.loads(first) if first.strip().startswith("{") else None
    except json.JSONDecodeError:
        head = None
    if isinstance(head, dict) and "entities" in head and "article" in head:
        with path.open(encoding="utf-8") as fh:
            return [ArticleExtraction.from_dict(json.loads(line)) for line in fh if line.strip()]
    batch = _Batch()
    return list(
        _records(
            [str(path)], model=model, date=date, source=None, encoding="utf-8", max_bytes=DEFAULT_MAX_BYTES, batch=batch
        )
    )


@app.command()
def evaluate(
    system: Annotated[
        Path | None, typer.Argument(help="Records (JSONL from extract) or articles to extract (with --gold).")
    ] = None,
    gold: Annotated[Path | None, typer.Option(help="Gold file: a JSON object, a JSON list or JSON Lines.")] = None,
    plover: Annotated[Path | None, typer.Option(help="A PLOVER gold-standard file (JSON array) to score on.")] = None,
    countryinfo: Annotated[
        Path | None, typer.Option(help="CountryInfo file, for PLOVER country codes (default: beside --plover).")
    ] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline when articles are given.")] = None,
    date: Annotated[str | None, typer.Option(help="Date for articles that have none.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full report as JSON.")] = False,
    show_errors: Annotated[bool, typer.Option("--errors/--no-errors", help="List misses and false positives.")] = True,
) -> None:
    """Score extraction against gold annotations (--gold) or PLOVER records (--plover): precision, recall and
    F1 per category."""
    from officialdom.evaluate import evaluate as run_evaluation
    from officialdom.evaluate import format_report, load_gold

    if (gold is None) == (plover is None) or (gold is not None and system is None):
        raise _fail("give SYSTEM with --gold GOLD, or --plover FILE alone", 2)
    try:
        if plover is not None:
            report = _evaluate_plover(plover, countryinfo, model)
        else:
            assert gold is not None and system is not None
            gold_items = load_gold(gold)
            records = _system_records(system, model=model, date=_date(date))
            report = run_evaluation(gold_items, records)
    except OfficialdomError as error:
        raise _fail(str(error)) from None
    if as_json:
        out.print_json(json.dumps(report.to_dict(), ensure_ascii=False))
        return
    table = Table(title=f"evaluation on {report.articles} articles", title_justify="left")
    for column in ("category", "precision", "recall", "F1", "tp/fp/fn"):
        table.add_column(column, justify="left" if column == "category" else "right")
    for row in format_report(report):
        table.add_row(*row)
    out.print(table)
    if show_errors and report.errors:
        out.print("[bold]misses and false positives[/]")
        for e in report.errors:
            out.print(
                f"  {e['article']}  {e['category']}  {e['kind']}: {json.dumps(e['item'], ensure_ascii=False)}",
                highlight=False,
            )


def _evaluate_plover(path: Path, countryinfo: Path | None, model: str | None) -> Any:
    from officialdom.extract import Extractor
    from officialdom.plover import country_codes, evaluate_plover, load_plover, plover_articles

    records = load_plover(path)
    extractor = Extractor(model)
    results = [r for r in extractor.pipe(plover_articles(records)) if isinstance(r, ArticleExtraction)]
    if countryinfo is None:
        countryinfo = path.resolve().parent.parent / "countryinfo" / "CountryInfo.120116.txt"
    return evaluate_plover(records, results, extractor.lexicon, country_codes(countryinfo, extractor.lexicon))


def _open_graph(target: str) -> Any:
    """A KnowledgeGraph over a store spec or an RDF file loaded into memory."""
    from rdflib import Dataset, URIRef

    from officialdom.graph import KnowledgeGraph
    from officialdom.graph.stores import STORES, open_store

    kind = target.split(":", 1)[0]
    if kind in STORES and (":" in target or target == "memory"):
        return KnowledgeGraph(open_store(target))
    path = Path(target)
    if path.is_dir():
        return KnowledgeGraph(open_store(f"oxigraph:{path}"))
    if not path.exists():
        raise _fail(f"{target}: no such file, directory or store (use oxigraph:PATH for a store)")
    suffix = path.suffix.lower()
    fmt = {
        ".trig": "trig",
        ".nq": "nquads",
        ".ttl": "turtle",
        ".nt": "nt",
        ".jsonld": "json-ld",
        ".json": "json-ld",
    }.get(suffix)
    if fmt is None:
        raise _fail(f"{target}: unknown RDF file kind {suffix!r} (.trig, .nq, .ttl, .nt, .jsonld)")
    ds = Dataset()
    try:
        ds.parse(path, format=fmt)
    except Exception as error:
        raise _fail(f"{target}: cannot parse as {fmt}: {str(error).splitlines()[0]}") from None
    kg = KnowledgeGraph("memory")
    default = URIRef("urn:x-rdflib:default")
    by_graph: dict[Any, list[Any]] = {}
    for s, p, o, g in ds.quads((None, None, None, None)):
        gid = getattr(g, "identifier", g)
        name = URIRef(str(gid)) if gid is not None and str(gid) != str(default) else URIRef("urn:officialdom:default")
        by_graph.setdefault(name, []).append((s, p, o, name))
    for name, quads in by_graph.items():
        kg.store.replace_graph(name, quads)
    return kg


@app.command()
def query(
    graph: Annotated[str, typer.Argument(help="An RDF file (.trig, .nq, .ttl, .jsonld) or a store (oxigraph:PATH).")],
    sparql: Annotated[
        str | None, typer.Argument(help="The SPARQL query (prefixes od:, schema:, org:... are bound).")
    ] = None,
    file: Annotated[Path | None, typer.Option("--file", help="Read the query from this file.")] = None,
    saved: Annotated[str | None, typer.Option(help="Run a saved query by name.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    param: Annotated[
        list[str] | None,
        typer.Option("--param", "-p", help="A parameter of a saved query, KEY=VALUE (repeat for more)."),
    ] = None,
) -> None:
    """Run a SPARQL query and print the answer as a table, CSV or JSON."""
    from officialdom.graph import saved_queries

    sources = [x for x in (sparql, file, saved) if x is not None]
    if len(sources) != 1:
        raise _fail("give exactly one of: a query, --file or --saved", 2)
    params: dict[str, str] = {}
    for item in param or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise _fail(f"--param {item!r} is not KEY=VALUE (for example --param country=Iran)", 2)
        params[key.strip()] = value
    if params and saved is None:
        raise _fail("--param goes with --saved NAME (list the saved queries with: officialdom queries)", 2)
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except OSError as error:
            raise _fail(f"{file}: cannot read ({error.strerror})", 2) from None
    elif saved is not None:
        queries = saved_queries()
        if saved not in queries:
            raise _fail(
                f"no saved query {saved!r}; saved queries: {', '.join(sorted(queries))} "
                "(see their parameters with: officialdom queries)",
                2,
            )
        text = queries[saved]
    else:
        assert sparql is not None
        text = sparql
    if fmt not in ("table", "csv", "json"):
        raise _fail("--format must be table, csv or json", 2)
    try:
        kg = _open_graph(graph)
        try:
            result = kg.query_saved(saved, **params) if saved is not None else kg.query(text)
        finally:
            kg.close()  # release the store's lock, also when the query fails
    except OfficialdomError as error:
        raise _fail(str(error)) from None
    if saved is not None:
        _page_hint(saved, params, len(result.rows))
    if fmt == "csv":
        sys.stdout.write(result.to_csv())
    elif fmt == "json":
        if result.kind == "construct" and result.graph is not None:
            sys.stdout.write(result.graph.serialize(format="json-ld"))
        else:
            sys.stdout.write(result.to_json() + "\n")
    elif result.kind == "ask":
        out.print("true" if result.boolean else "false")
    elif result.kind == "construct" and result.graph is not None:
        sys.stdout.write(result.graph.serialize(format="turtle"))
    else:
        table = Table(show_lines=False)
        for var in result.variables:
            table.add_column(var, overflow="fold")
        for row in result.rows:
            table.add_row(*("" if t is None else str(t) for t in row))
        out.print(table)
        err.print(f"{len(result.rows)} rows", highlight=False)


def _page_hint(name: str, params: dict[str, str], rows: int) -> None:
    """On stderr, how to read the next page when a saved query answered a page at a time and the page may be
    full."""
    from officialdom.graph.saved import load_saved_queries

    declared = {p.name: p for p in load_saved_queries()[name].params}
    if "limit" not in declared or "offset" not in declared:
        return
    try:
        limit = int(params.get("limit", declared["limit"].default or 0))
        offset = int(params.get("offset", declared["offset"].default or 0))
    except ValueError:
        return
    if limit > 0 and rows >= limit:
        err.print(
            f"{name} answers a page at a time (limit {limit}, offset {offset}): the next page is "
            f"--param offset={offset + limit}, every row is --param limit=0",
            highlight=False,
        )


def main() -> None:
    """Entry point of the ``officialdom`` command."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()

from officialdom import (  # noqa: E402  (the modules register commands)
    cli_explore,  # noqa: F401
    cli_link,  # noqa: F401
    cli_serve,  # noqa: F401
)
