"""Measure extraction on every evaluation set and print the score tables of ``docs/QUALITY.md``.

    python eval/report.py                 # seed, sample corpus, development set, held-out set, PLOVER
    python eval/report.py --model NAME    # another installed spaCy pipeline

The seed article and the PLOVER records are read from ``../shared`` beside the repository when they are there
(pass ``--shared`` to point elsewhere); a set whose files are missing is left out. Nothing is tuned here: the
script only extracts and scores.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from officialdom import Extractor, read_articles
from officialdom.errors import RecordError
from officialdom.evaluate import EvaluationReport, evaluate, load_gold
from officialdom.model import ArticleExtraction

ROOT = Path(__file__).resolve().parent.parent

ROWS = [
    ("officials/name", "officials by name"),
    ("officials/name+title", "officials by name + title"),
    ("officials/name+title+country", "officials by name + title + country"),
    ("events/consult", "participant sets: meetings, visits, signings, phone calls"),
    ("events/all", "participant sets: all event types"),
    ("agreements", "agreements (kind + signatories)"),
    ("statements", "statements (speaker + content)"),
    ("statements/speakers", "statement speakers"),
]
ACCURACY = [
    ("events/status", "held vs planned right"),
    ("events/place", "place right"),
    ("agreements/parties", "agreement parties right"),
    ("agreements/topics", "agreement topics found"),
]


def _extract(extractor: Extractor, path: Path, date: dt.date | None = None) -> list[ArticleExtraction]:
    out = []
    for result in extractor.pipe(read_articles([str(path)], date=date)):
        if isinstance(result, RecordError):
            raise SystemExit(f"{path}: {result}")
        out.append(result)
    return out


def _cell(report: EvaluationReport, key: str) -> str:
    score = report.scores.get(key)
    if score is None or score.tp + score.fp + score.fn == 0:
        return "-"
    return f"{score.precision:.3f} / {score.recall:.3f} / **{score.f1:.3f}**"


def _accuracy(report: EvaluationReport, key: str) -> str:
    ok, total = report.accuracy.get(key, (0, 0))
    return f"{ok / total:.3f} ({ok}/{total})" if total else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: the installed English one)")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"), help="folder with seed/ and data/plover/")
    args = parser.parse_args()
    extractor = Extractor(args.model)
    shared = Path(args.shared)
    sets: list[tuple[str, Path, Path, dt.date | None]] = [
        (
            "seed",
            shared / "seed" / "sana-tehran-mou.txt",
            shared / "seed" / "sana-tehran-mou.gold.json",
            dt.date(2015, 12, 1),
        ),
        ("sample corpus", ROOT / "examples/corpus/articles.jsonl", ROOT / "examples/corpus/gold.jsonl", None),
        ("development set", ROOT / "eval/dev/articles.jsonl", ROOT / "eval/dev/gold.jsonl", None),
        ("held-out set", ROOT / "eval/heldout/articles.jsonl", ROOT / "eval/heldout/gold.jsonl", None),
    ]
    reports: list[tuple[str, EvaluationReport]] = []
    for name, articles, gold, date in sets:
        if not articles.exists() or not gold.exists():
            continue
        reports.append((name, evaluate(load_gold(gold), _extract(extractor, articles, date), extractor.lexicon)))
    print(f"Measured {dt.date.today().isoformat()} with `{extractor.info.get('model', args.model)}`.")
    print("Cells are precision / recall / **F1**.\n")
    print("| category | " + " | ".join(f"{n} ({r.articles})" for n, r in reports) + " |")
    print("|---|" + "---|" * len(reports))
    for key, label in ROWS:
        print(f"| {label} | " + " | ".join(_cell(r, key) for _, r in reports) + " |")
    for key, label in ACCURACY:
        print(f"| {label} | " + " | ".join(_accuracy(r, key) for _, r in reports) + " |")
    plover = shared / "data" / "plover" / "PLOVER_GSR_CAMEO.txt"
    if plover.exists():
        from officialdom.plover import country_codes, evaluate_plover, load_plover, plover_articles

        records = load_plover(plover)
        outs = [r for r in extractor.pipe(plover_articles(records)) if not isinstance(r, RecordError)]
        info = next(iter(sorted((shared / "data" / "countryinfo").glob("CountryInfo*.txt"))), None)
        report = evaluate_plover(records, outs, extractor.lexicon, country_codes(info, extractor.lexicon))
        print(f"\nPLOVER ({report.articles} CONSULT and AGREE records):\n")
        print("| category | precision / recall / **F1** |")
        print("|---|---|")
        for key in sorted(report.scores):
            print(f"| {key} | {_cell(report, key)} |")
        for key in sorted(report.accuracy):
            print(f"| {key} | {_accuracy(report, key)} |")


if __name__ == "__main__":
    main()
