"""Evaluation on PLOVER gold-standard records (CONSULT with its modes, and AGREE).

Each record is one news sentence with the event type, the mode and the source and target actors (text,
country code, sector). The sentence is extracted as an article and scored:

* ``plover/type``: the record's event type is found (an event whose PLOVER type is the record's);
* ``plover/mode``: for CONSULT records with a mode (visit, phone, host), the mode of the event found;
* ``plover/officials``: every actor that names a person with a title ("Russian President Boris Yeltsin") is
  an official of the extraction, with the actor's country (recall only: PLOVER codes the actors of one event,
  not every official a sentence names);
* ``plover/countries``: the countries of the actors are among the countries the extracted events involve.

The data is read where it lies (``../shared/data/plover``); country codes are mapped with CountryInfo when it
is beside it.

>>> recs = parse_plover('[{"id": "x", "event": "CONSULT", "mode": "phone", "text": "A met B.", '
...                     '"source": [{"actorText": "A", "code": "USA"}], "target": ""}]')
>>> recs[0].event, recs[0].mode, recs[0].actors[0].code
('CONSULT', 'phone', 'USA')
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from officialdom.errors import EvaluationError
from officialdom.evaluate import EvaluationReport
from officialdom.extract.lexicon import Lexicon
from officialdom.model import Article, ArticleExtraction, Person, Place
from officialdom.names import fold

__all__ = [
    "PloverActor",
    "PloverRecord",
    "country_codes",
    "evaluate_plover",
    "load_plover",
    "parse_plover",
    "plover_articles",
]

EVALUATED = ("CONSULT", "AGREE")
MODES = {"visit": ("visit",), "phone": ("phone_call",), "host": ("meeting", "visit")}


@dataclass(frozen=True)
class PloverActor:
    """A source or target actor: its text, country code (ISO alpha-3 or CAMEO) and sector."""

    text: str
    code: str | None
    sector: str | None
    role: str


@dataclass
class PloverRecord:
    """One gold-standard sentence."""

    id: str
    event: str
    mode: str | None
    text: str
    date: dt.date | None
    actors: list[PloverActor] = field(default_factory=list)


def parse_plover(data: str) -> list[PloverRecord]:
    """Records of a PLOVER gold-standard file (a JSON array)."""
    try:
        items = json.loads(data)
    except json.JSONDecodeError as err:
        raise EvaluationError(f"the PLOVER file is not valid JSON ({err.msg} at line {err.lineno})") from None
    records = []
    for item in items:
        if not isinstance(item, dict) or "text" not in item or "event" not in item:
            continue
        actors = []
        for role in ("source", "target"):
            value = item.get(role)
            if isinstance(value, list):
                for actor in value:
                    if isinstance(actor, dict) and actor.get("actorText"):
                        actors.append(
                            PloverActor(str(actor["actorText"]), actor.get("code"), actor.get("sector"), role)
                        )
        try:
            date = dt.date.fromisoformat(str(item.get("date", ""))[:10])
        except ValueError:
            date = None
        text = str(item["text"]).strip().strip("{}")
        records.append(PloverRecord(str(item.get("id")), str(item["event"]), item.get("mode"), text, date, actors))
    return records


def load_plover(path: str | Path) -> list[PloverRecord]:
    """Read a PLOVER gold-standard file."""
    try:
        return parse_plover(Path(path).read_text(encoding="utf-8"))
    except OSError as err:
        raise EvaluationError(f"{path}: cannot read the PLOVER file ({err.strerror or err})") from None


def country_codes(countryinfo: str | Path | None, lex: Lexicon) -> dict[str, str]:
    """ISO alpha-3 (and CAMEO) country codes -> the lexicon's alpha-2 codes, from CountryInfo when given."""
    codes: dict[str, str] = {"JAP": "JP"}
    if countryinfo is None or not Path(countryinfo).exists():
        return codes
    text = Path(countryinfo).read_text(encoding="utf-8", errors="replace")
    pattern = r"<CountryCode>([A-Z]{3})</CountryCode>\s*<CountryName>([^<]+)</CountryName>"
    for code, name in re.findall(pattern, text):
        iso2 = lex.country_code(name.strip().title().replace("_", " "))
        if iso2:
            codes.setdefault(code, iso2)
    return codes


def _actor_country(actor: PloverActor, codes: dict[str, str], lex: Lexicon) -> str | None:
    if actor.code and actor.code in codes:
        return codes[actor.code]
    for word in re.findall(r"[A-Z][\w.'-]+(?:\s[A-Z][\w'-]+)?", actor.text):
        code = lex.country_code(word)
        if code:
            return code
    return None


def _names_in(actor: PloverActor, person: Person) -> bool:
    text = fold(actor.text)
    return any(fold(form) and fold(form) in text for form in (person.name, *person.aliases))


def _is_person_actor(actor: PloverActor, lex: Lexicon) -> bool:
    """An actor written as a person: a title and a capitalised name that is no country or body."""
    words = actor.text.replace("'s", "").split()
    names = [
        w
        for w in words
        if w[:1].isupper()
        and not lex.country_code(w)
        and fold(w) not in lex.institution_words
        and lex.titles.get(w) is None
        and lex.ranks.get(w) is None
        and not w.isupper()
    ]
    has_title = any(lex.titles.get(w) is not None for w in words)
    return has_title and len(names) >= 2


def _event_countries(rec: ArticleExtraction) -> set[str]:
    codes: set[str] = set()
    for ent in rec.entities:
        if isinstance(ent, Person):
            for tenure in ent.titles:
                if tenure.country:
                    codes.add(tenure.country)
    for ev in rec.events:
        place = rec.entity(ev.place) if ev.place else None
        if isinstance(place, Place):
            codes.add(place.name if place.kind == "country" else (place.country or ""))
        if ev.country:
            codes.add(ev.country)
        for cid in ev.countries:
            country = rec.entity(cid)
            if country is not None:
                codes.add(country.name)
    return {c for c in codes if c}


def evaluate_plover(
    records: Sequence[PloverRecord],
    extractions: Iterable[ArticleExtraction],
    lex: Lexicon,
    codes: dict[str, str],
) -> EvaluationReport:
    """Score extractions of the records' sentences (matched by id)."""
    by_id = {rec.article.id: rec for rec in extractions}
    report = EvaluationReport()
    for record in records:
        if record.event not in EVALUATED:
            continue
        report.articles += 1
        rec = by_id.get(record.id)
        if rec is None:
            continue
        found = {e.plover for e in rec.events if e.plover}
        score = report.score("plover/type")
        if record.event in found:
            score.tp += 1
        else:
            score.fn += 1
            report.error(record.id, "plover/type", "missed", {"event": record.event, "text": record.text[:160]})
        for other in sorted(found - {record.event}):
            score.fp += 1
            report.error(record.id, "plover/type", "extra", {"event": other, "text": record.text[:160]})
        per_type = report.score(f"plover/type/{record.event}")
        per_type.tp += int(record.event in found)
        per_type.fn += int(record.event not in found)
        if record.event == "CONSULT" and record.mode in MODES and "CONSULT" in found:
            types = {e.type for e in rec.events if e.plover == "CONSULT"}
            report.count("plover/mode", bool(types & set(MODES[record.mode])))
        countries = _event_countries(rec)
        officials = rec.officials
        for actor in record.actors:
            wanted = lex.country_name(_actor_country(actor, codes, lex))
            if wanted:
                report.count("plover/countries", wanted in countries)
            if _is_person_actor(actor, lex):
                person = next((p for p in officials if _names_in(actor, p)), None)
                ok = person is not None and (wanted is None or wanted in {t.country for t in person.titles})
                s = report.score("plover/officials")
                if ok:
                    s.tp += 1
                else:
                    s.fn += 1
                    report.error(record.id, "plover/officials", "missed", {"actor": actor.text, "country": wanted})
    return report


def plover_articles(records: Iterable[PloverRecord]) -> list[Article]:
    """The records' sentences as articles (CONSULT and AGREE only)."""
    return [
        Article(id=r.id, text=r.text, date=r.date, source="PLOVER")
        for r in records
        if r.event in EVALUATED and r.text.strip()
    ]
