"""The scorer itself, on records built by hand."""

from __future__ import annotations

from officialdom.evaluate import evaluate
from officialdom.model import Article, ArticleExtraction, Event, Evidence

TEXT = "The third session was held. The next session will be held in Vilnius."


def _event(eid: str, status: str, sentence: str) -> Event:
    start = TEXT.index(sentence)
    evidence = Evidence(sentence, start, start + len(sentence), "test", 1.0)
    return Event(
        id=eid,
        type="meeting",
        status=status,  # type: ignore[arg-type]
        participants=(),
        evidence=evidence,
        participant_description=sentence.split(" was")[0].split(" will")[0],
    )


def test_an_unnamed_event_is_paired_with_one_of_the_same_status() -> None:
    rec = ArticleExtraction(
        article=Article(id="a", text=TEXT),
        events=(
            _event("e1", "held", "The third session was held."),
            _event("e2", "planned", "The next session will be held in Vilnius."),
        ),
    )
    gold = [{"id": "a", "events": [{"type": "meeting", "status": "planned", "participants": []}]}]
    report = evaluate(gold, [rec])
    assert report.accuracy["events/status"] == (1, 1)
    assert (report.scores["events/all"].tp, report.scores["events/all"].fp) == (1, 1)


def test_a_wrong_place_is_listed_with_the_errors() -> None:
    rec = ArticleExtraction(
        article=Article(id="a", text=TEXT),
        events=(_event("e2", "planned", "The next session will be held in Vilnius."),),
    )
    gold = [{"id": "a", "events": [{"type": "meeting", "status": "planned", "participants": [], "place": "Vilnius"}]}]
    report = evaluate(gold, [rec])
    assert report.accuracy["events/place"] == (0, 1)
    [error] = [e for e in report.errors if e["category"] == "events/place"]
    assert (error["article"], error["kind"], error["item"]["place"], error["item"]["system"]) == (
        "a",
        "wrong",
        "Vilnius",
        None,
    )
