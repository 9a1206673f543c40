"""Scoring extraction against gold annotations (the gold format of ``docs/GOLD.md``).

Categories: officials by name, by name and title, by name, title and country; events by type with their
participant sets (and per type); held-vs-planned right on matched events; agreements (kind and
signatories); statements (speaker and first words) and statement speakers. Each gives precision, recall
and F1, and lists what was missed and what was extra.

>>> s = Score(tp=3, fp=1, fn=0)
>>> (s.precision, s.recall, round(s.f1, 3))
(0.75, 1.0, 0.857)
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import spacy

from officialdom.errors import EvaluationError
from officialdom.extract.coref import name_key
from officialdom.extract.lexicon import Lexicon
from officialdom.extract.officials import parse_title_text, post_of_text
from officialdom.model import ArticleExtraction, Person

__all__ = [
    "EvaluationReport",
    "Score",
    "evaluate",
    "load_gold",
    "names_match",
]

CONSULT_TYPES = ("meeting", "visit", "signing", "phone_call")


@dataclass
class Score:
    """Counts of true positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        """Add another score's counts."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, float | int]:
        """Counts and rates."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class EvaluationReport:
    """Scores per category and the errors behind them."""

    scores: dict[str, Score] = field(default_factory=dict)
    accuracy: dict[str, tuple[int, int]] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)
    articles: int = 0

    def score(self, name: str) -> Score:
        """The score of a category (made empty on first use)."""
        return self.scores.setdefault(name, Score())

    def count(self, name: str, right: bool) -> None:
        """Count one judged item of an accuracy figure."""
        ok, total = self.accuracy.get(name, (0, 0))
        self.accuracy[name] = (ok + int(right), total + 1)

    def error(self, article: str, category: str, kind: str, item: Any) -> None:
        """Record a miss (``kind="missed"``) or a false positive (``kind="extra"``)."""
        self.errors.append({"article": article, "category": category, "kind": kind, "item": item})

    def to_dict(self) -> dict[str, Any]:
        """JSON object of the report."""
        return {
            "articles": self.articles,
            "scores": {k: v.to_dict() for k, v in sorted(self.scores.items())},
            "accuracy": {
                k: {"right": ok, "total": total, "accuracy": round(ok / total, 4) if total else None}
                for k, (ok, total) in sorted(self.accuracy.items())
            },
            "errors": self.errors,
        }


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Gold objects from a JSON file (one object or a list) or a JSON Lines file."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as err:
        raise EvaluationError(f"{p}: cannot read the gold file ({err.strerror or err})") from None
    stripped = text.lstrip()
    try:
        if stripped.startswith("["):
            data = json.loads(text)
        elif p.suffix in (".jsonl", ".ndjson"):
            data = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            try:
                data = [json.loads(text)]
            except json.JSONDecodeError:
                data = [json.loads(line) for line in text.splitlines() if line.strip()]
    except json.JSONDecodeError as err:
        raise EvaluationError(f"{p}: not valid JSON ({err.msg} at line {err.lineno})") from None
    for index, obj in enumerate(data):
        if not isinstance(obj, dict) or "id" not in obj:
            raise EvaluationError(f'{p}: gold object {index + 1} has no "id"')
    return list(data)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def names_match(gold: str, person: Person) -> bool:
    """True when a gold name is the person's name or one of its forms (case, particles and diacritics aside).

    >>> names_match("Omar Khalid al-Farouk", Person(id="p", name="Omar Khalid Al-Farouk"))
    True
    """
    g = tuple(_fold(w) for w in name_key(gold))
    forms = [person.name, *person.aliases]
    for form in forms:
        s = tuple(_fold(w) for w in name_key(form))
        if g == s:
            return True
    s = tuple(_fold(w) for w in name_key(person.name))
    return len(g) >= 2 and len(s) >= 2 and g[-1] == s[-1] and (set(g) <= set(s) or set(s) <= set(g))


class _Titles:
    """Normalises title strings with the extraction's own title parser."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.nlp = spacy.blank("en")
        self.cache: dict[str, str] = {}
        self.parsed: dict[str, dict[str, str] | None] = {}

    def post(self, title: str | None) -> str:
        if not title:
            return ""
        if title not in self.cache:
            self.cache[title] = _fold(post_of_text(title, self.lex, self.nlp) or title)
        return self.cache[title]

    def parts(self, title: str | None) -> dict[str, str] | None:
        """The components of a title: role, portfolio, destination, scope, body (folded)."""
        if not title:
            return None
        if title not in self.parsed:
            t = parse_title_text(title, self.lex, self.nlp)
            self.parsed[title] = (
                None
                if t is None
                else {
                    "role": _fold(" ".join([*t.parts, t.head.role])),
                    "portfolio": _fold(t.portfolio or ""),
                    "destination": t.destination or "",
                    "scope": _fold(t.scope or ""),
                    "body": _fold((t.org or (t.org_info.name if t.org_info else "")).removeprefix("the ")),
                }
            )
        return self.parsed[title]

    def fits(self, gold: str | None, stated: str, post: str) -> bool:
        """True when a system title says at least what the gold title says: the same role, and the gold's
        portfolio, destination, scope and body where the gold states them."""
        want = self.post(gold)
        if want and want in (self.post(post), self.post(stated)):
            return True
        g, s = self.parts(gold), self.parts(stated) or self.parts(post)
        if g is None or s is None or g["role"] != s["role"]:
            return False
        return all(not g[key] or g[key] == s[key] for key in ("portfolio", "destination", "scope")) and (
            not g["body"] or not s["body"] or s["body"].startswith(g["body"]) or g["body"].startswith(s["body"])
        )


def _country(lex: Lexicon, name: str | None) -> str | None:
    if not name:
        return None
    return lex.country_code(name) or _fold(name)


def _align_people(gold: Sequence[Mapping[str, Any]], persons: Sequence[Person]) -> dict[str, Person]:
    """Gold official name -> system person, one to one, exact forms first."""
    pairs: dict[str, Person] = {}
    used: set[str] = set()
    for strict in (True, False):
        for g in gold:
            name = g["name"]
            if name in pairs:
                continue
            for p in persons:
                if p.id in used:
                    continue
                ok = (
                    tuple(_fold(w) for w in name_key(name)) == tuple(_fold(w) for w in name_key(p.name))
                    if strict
                    else names_match(name, p) or any(names_match(a, p) for a in g.get("aliases", ()))
                )
                if ok:
                    pairs[name] = p
                    used.add(p.id)
                    break
    return pairs


def evaluate(
    gold: Iterable[Mapping[str, Any]], system: Iterable[ArticleExtraction], lex: Lexicon | None = None
) -> EvaluationReport:
    """Score system records against gold objects, matched by article id.

    Articles in the gold without a system record count as all missed; system records without gold are left out.
    """
    lex = lex or Lexicon.load()
    titles = _Titles(lex)
    by_id = {rec.article.id: rec for rec in system}
    report = EvaluationReport()
    for g in gold:
        report.articles += 1
        rec = by_id.get(str(g["id"]))
        _evaluate_article(g, rec, lex, titles, report)
    return report


def _evaluate_article(
    g: Mapping[str, Any], rec: ArticleExtraction | None, lex: Lexicon, titles: _Titles, report: EvaluationReport
) -> None:
    aid = str(g["id"])
    gold_officials = list(g.get("officials", ()))
    officials = rec.officials if rec else []
    persons = rec.persons if rec else []
    align = _align_people(gold_officials, officials)
    align_all = dict(align)
    for name, person in _align_people([o for o in gold_officials if o["name"] not in align], persons).items():
        align_all[name] = person
    # officials
    for level in ("name", "name+title", "name+title+country"):
        score = report.score(f"officials/{level}")
        matched_ids: set[str] = set()
        for o in gold_officials:
            aligned = align.get(o["name"])
            ok = aligned is not None
            if ok and level != "name":
                assert aligned is not None
                fitting = [t for t in aligned.titles if titles.fits(o.get("title"), t.title, t.post)]
                ok = bool(fitting)
                if ok and level == "name+title+country":
                    wanted_country = _country(lex, o.get("country"))
                    ok = any(_country(lex, t.country) == wanted_country for t in fitting)
            if ok:
                score.tp += 1
                assert aligned is not None
                matched_ids.add(aligned.id)
            else:
                score.fn += 1
                detail = {"name": o["name"], "title": o.get("title"), "country": o.get("country")}
                if aligned is not None:
                    detail["system"] = [
                        {"post": t.post, "title": t.title, "country": t.country} for t in aligned.titles
                    ]
                report.error(aid, f"officials/{level}", "missed", detail)
        for p in officials:
            if p.id not in matched_ids:
                score.fp += 1
                report.error(
                    aid,
                    f"officials/{level}",
                    "extra",
                    {"name": p.name, "titles": [{"post": t.post, "country": t.country} for t in p.titles]},
                )
    # events
    names = {p.id: p.name for p in persons}
    to_gold = {p.id: name for name, p in align_all.items()}
    sys_events = [e for e in (rec.events if rec else ()) if e.type != "statement"]
    gold_events = [e for e in g.get("events", ()) if e.get("type") != "statement"]

    def participant_set(ids: Iterable[str]) -> frozenset[str]:
        return frozenset(to_gold.get(i, names.get(i, i)) for i in ids)

    def country_set(ids: Iterable[str]) -> frozenset[str | None]:
        return frozenset(_country(lex, i.split(":", 1)[1].upper() if i.startswith("country:") else i) for i in ids)

    used: set[int] = set()
    for ge in gold_events:
        gset = frozenset(ge.get("participants", ()))
        gcountries = frozenset(_country(lex, c) for c in ge.get("countries", ()))
        match = None
        for index, se in enumerate(sys_events):
            if index in used or se.type != ge.get("type"):
                continue
            if gset:
                ok = participant_set(se.participants) == gset
            else:
                ok = not se.participants and (
                    not gcountries or country_set(se.countries) == gcountries or bool(se.participant_description)
                )
            if ok and (match is None or se.status == ge.get("status", "held")):
                match = index  # an event of the same status is the better partner
                if se.status == ge.get("status", "held"):
                    break
        for key in ("events/all", f"events/{ge.get('type')}") + (
            ("events/consult",) if ge.get("type") in CONSULT_TYPES else ()
        ):
            score = report.score(key)
            if match is None:
                score.fn += 1
            else:
                score.tp += 1
        if match is None:
            report.error(aid, "events", "missed", {k: ge.get(k) for k in ("type", "status", "participants", "place")})
            continue
        used.add(match)
        se = sys_events[match]
        report.count("events/status", se.status == ge.get("status", "held"))
        if ge.get("place"):
            place = rec.entity(se.place) if rec and se.place else None
            right = place is not None and _fold(place.name) == _fold(ge["place"])
            report.count("events/place", right)
            if not right:
                detail = {"type": ge.get("type"), "participants": ge.get("participants"), "place": ge["place"]}
                report.error(aid, "events/place", "wrong", {**detail, "system": place.name if place else None})
    for index, se in enumerate(sys_events):
        if index in used:
            continue
        for key in ("events/all", f"events/{se.type}") + (("events/consult",) if se.type in CONSULT_TYPES else ()):
            report.score(key).fp += 1
        report.error(
            aid,
            "events",
            "extra",
            {
                "type": se.type,
                "status": se.status,
                "participants": sorted(participant_set(se.participants)),
                "sentence": se.evidence.sentence[:160],
            },
        )
    # agreements
    score = report.score("agreements")
    sys_agreements = list(rec.agreements if rec else ())
    used = set()
    for ga in g.get("agreements", ()):
        gsign = frozenset(ga.get("signatories", ()))
        match = None
        for index, sa in enumerate(sys_agreements):
            if index in used or _fold(sa.kind) != _fold(ga.get("kind", "")):
                continue
            if participant_set(sa.signatories) == gsign or not gsign:
                match = index
                break
        if match is None:
            score.fn += 1
            report.error(aid, "agreements", "missed", {k: ga.get(k) for k in ("kind", "subject", "signatories")})
            continue
        used.add(match)
        score.tp += 1
        sa = sys_agreements[match]
        gparties = {_country(lex, p) for p in ga.get("parties", ())}
        sparties = {_country(lex, _entity_name(rec, p)) for p in sa.parties}
        report.count("agreements/parties", gparties == sparties)
        for topic in ga.get("topics", ()):
            report.count("agreements/topics", _topic_found(topic, [*sa.topics, *([sa.subject] if sa.subject else [])]))
    for index, sa in enumerate(sys_agreements):
        if index not in used:
            score.fp += 1
            report.error(aid, "agreements", "extra", {"kind": sa.kind, "subject": sa.subject})
    # statements
    score = report.score("statements")
    speakers = report.score("statements/speakers")
    sys_statements = list(rec.statements if rec else ())
    used = set()
    for gs in g.get("statements", ()):
        start = _fold(gs.get("starts_with", ""))
        match = None
        for index, ss in enumerate(sys_statements):
            if index in used or participant_set([ss.speaker]) != frozenset([gs["speaker"]]):
                continue
            if start in _fold(f"{ss.cue} {ss.text}") or _fold(ss.text)[:40] in _fold(gs.get("starts_with", "")):
                match = index
                break
        if match is None:
            score.fn += 1
            report.error(aid, "statements", "missed", dict(gs))
        else:
            used.add(match)
            score.tp += 1
    for index, ss in enumerate(sys_statements):
        if index not in used:
            score.fp += 1
            report.error(
                aid,
                "statements",
                "extra",
                {"speaker": next(iter(participant_set([ss.speaker]))), "text": ss.text[:100]},
            )
    gold_speakers = {gs["speaker"] for gs in g.get("statements", ())}
    sys_speakers = {next(iter(participant_set([ss.speaker]))) for ss in sys_statements}
    speakers.tp += len(gold_speakers & sys_speakers)
    speakers.fn += len(gold_speakers - sys_speakers)
    speakers.fp += len(sys_speakers - gold_speakers)


def _entity_name(rec: ArticleExtraction | None, entity_id: str) -> str:
    ent = rec.entity(entity_id) if rec is not None else None
    return ent.name if ent is not None else entity_id


_STOP = frozenset({"of", "the", "and", "in", "on", "for", "a", "an", "to", "from", "with", "by", "all", "forms"})


def _stem(word: str) -> str:
    for suffix in ("ing", "ies", "es", "s", "ion"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _topic_found(topic: str, topics: Sequence[str]) -> bool:
    """A gold topic is found when a system topic shares most of its content words (stemmed)."""
    want = {_stem(w) for w in _fold(topic).split() if w not in _STOP}
    if not want:
        return False
    for t in topics:
        have = {_stem(w) for w in _fold(t).split() if w not in _STOP}
        if len(want & have) >= max(1, (len(want) + 1) // 2):
            return True
    return False


def format_report(report: EvaluationReport) -> list[tuple[str, str, str, str, str]]:
    """Rows (category, precision, recall, F1, counts) for a table."""
    rows = []
    for name, s in sorted(report.scores.items()):
        rows.append((name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", f"{s.tp}/{s.fp}/{s.fn}"))
    for name, (ok, total) in sorted(report.accuracy.items()):
        rows.append((name, "", "", f"{ok / total:.3f}" if total else "-", f"{ok}/{total} right"))
    return rows
