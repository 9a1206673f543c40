"""Acceptance on the bundled sample corpus with the statistical model: the floors the README states."""

from __future__ import annotations

import json

import pytest

from officialdom import Article, ArticleExtraction, Extractor
from officialdom.evaluate import EvaluationReport, evaluate, load_gold
from tests.conftest import CORPUS

pytestmark = pytest.mark.model

FLOORS = {
    "officials/name+title+country": 0.98,
    "events/all": 0.90,
    "events/consult": 0.90,
    "agreements": 0.85,
    "statements": 0.95,
    "statements/speakers": 0.97,
}


@pytest.fixture(scope="module")
def corpus() -> list[Article]:
    lines = (CORPUS / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [Article.from_dict(json.loads(line)) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def records(extractor: Extractor, corpus: list[Article]) -> list[ArticleExtraction]:
    return list(extractor.extract_many(corpus))


@pytest.fixture(scope="module")
def report(records: list[ArticleExtraction]) -> EvaluationReport:
    return evaluate(load_gold(CORPUS / "gold.jsonl"), records)


def test_the_corpus_is_varied(corpus: list[Article]) -> None:
    assert len(corpus) >= 12
    assert len({a.source for a in corpus}) >= 10


@pytest.mark.parametrize(("category", "floor"), sorted(FLOORS.items()))
def test_scores_hold_their_floor(report: EvaluationReport, category: str, floor: float) -> None:
    assert report.scores[category].f1 >= floor, report.scores[category]


def test_held_vs_planned(report: EvaluationReport) -> None:
    right, total = report.accuracy["events/status"]
    assert total >= 40 and right / total >= 0.9


def test_evidence_points_into_the_text(records: list[ArticleExtraction], corpus: list[Article]) -> None:
    texts = {a.id: a.text for a in corpus}
    for rec in records:
        text = texts[rec.article.id]
        for ev in rec.events:
            assert text[ev.evidence.start : ev.evidence.end] == ev.evidence.sentence
        for person in rec.persons:
            for mention in person.mentions:
                assert text[mention.start : mention.end] == mention.text


DEV = CORPUS.parent.parent / "eval" / "dev"
DEV_FLOORS = {
    "officials/name+title+country": 0.95,
    "events/all": 0.90,
    "events/consult": 0.90,
    "agreements": 0.84,
    "statements/speakers": 0.97,
}


@pytest.fixture(scope="module")
def dev_report(extractor: Extractor) -> EvaluationReport:
    lines = (DEV / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    articles = [Article.from_dict(json.loads(line)) for line in lines if line.strip()]
    return evaluate(load_gold(DEV / "gold.jsonl"), extractor.extract_many(articles))


@pytest.mark.parametrize(("category", "floor"), sorted(DEV_FLOORS.items()))
def test_development_set_scores_hold_their_floor(dev_report: EvaluationReport, category: str, floor: float) -> None:
    """The development set's scores (docs/QUALITY.md) less a margin: a guard against regressions."""
    assert dev_report.scores[category].f1 >= floor, dev_report.scores[category]
