"""A resolution test set: officials of the gold files, rewritten as news writes them, with hard negatives.

Each gold official becomes several person records under different spellings (transliteration variants,
dropped middle names, initials, word order, particles, diacritics, country sometimes unstated); hard negatives
share a surname but not a given name, or a whole name but not a country. Pairwise precision and recall of
:func:`officialdom.graph.resolution.same_person` joined transitively are measured against the known answer.

>>> people = [{"name": "Mohammad Ibrahim al-Rashid", "country": "SY", "role": "minister"}]
>>> records, truth = build_test_set(people)
>>> len(records) > 4, len(set(truth.values()))
(True, 3)
"""

from __future__ import annotations

import itertools
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from officialdom.graph.resolution import PersonRecord, _person_groups
from officialdom.names import PARTICLES, fold

__all__ = ["PairScore", "build_test_set", "score_resolution", "variants"]

_SPELLINGS = {
    "mohammad": ["Mohammed", "Muhammad"],
    "mohammed": ["Mohammad", "Muhammad"],
    "muhammad": ["Mohammed"],
    "ahmed": ["Ahmad"],
    "ahmad": ["Ahmed"],
    "hossein": ["Hussein"],
    "hussein": ["Husayn"],
    "mahmoud": ["Mahmud"],
    "yusuf": ["Yousef"],
    "khaled": ["Khalid"],
    "khalid": ["Khaled"],
    "omar": ["Umar"],
    "sergei": ["Sergey"],
    "alexei": ["Alexey"],
    "said": ["Saeed"],
}


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def variants(name: str) -> list[str]:
    """Spellings of a name news agencies use.

    >>> variants("Mohammad Ibrahim al-Rashid")[:3]
    ['Mohammad al-Rashid', 'Mohammed Ibrahim al-Rashid', 'Mohammad Ibrahim Al Rashid']
    """
    words = name.split()
    out: list[str] = []
    core = [w for w in words if fold(w) not in PARTICLES]
    if len(words) >= 3:
        out.append(" ".join([words[0], words[-1]]))  # middle names dropped
    for i, w in enumerate(words):
        options = _SPELLINGS.get(fold(w))
        if options:
            out.append(" ".join([*words[:i], options[0], *words[i + 1 :]]))
            break
    last = words[-1]
    if "-" in last and fold(last.split("-")[0]) in PARTICLES:
        out.append(" ".join([*words[:-1], last.replace("-", " ").title()]))
    if _strip_accents(name) != name:
        out.append(_strip_accents(name))
    if len(core) >= 3:
        out.append(" ".join([f"{core[0][0]}.", *core[1:]]))  # an initial
    if len(core) == 2:
        out.append(f"{core[1]} {core[0]}")  # order of names
    return [v for v in dict.fromkeys(out) if v != name]


@dataclass
class PairScore:
    """Pairwise precision and recall of a clustering."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """Predicted same-person pairs that are right."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """True same-person pairs that were found."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def build_test_set(people: Sequence[Mapping[str, str | None]]) -> tuple[list[PersonRecord], dict[str, str]]:
    """Person records and the true identity of each (record IRI -> person key)."""
    records: list[PersonRecord] = []
    truth: dict[str, str] = {}

    def add(iri: str, name: str, country: str | None, role: str | None, who: str) -> None:
        records.append(
            PersonRecord(iri, {name}, {country} if country else set(), {role} if role else set(), set(), {iri})
        )
        truth[iri] = who

    given_names = ("Youssef", "Karim", "Nadia", "Pavel", "Amara", "Chen", "Lucia", "Tunde", "Irina", "Omid")
    for index, person in enumerate(people):
        name = str(person["name"])
        country = person.get("country")
        role = (person.get("role") or "official").lower()
        who = f"p{index}"
        add(f"{who}/original", name, country, role, who)
        for k, variant in enumerate(variants(name)):
            # every other variant is seen in an article that does not state the country
            add(f"{who}/variant{k}", variant, country if k % 2 == 0 else None, role, who)
        words = name.split()
        if len(words) >= 2:
            other_given = given_names[index % len(given_names)]
            if fold(other_given) == fold(words[0]):
                other_given = given_names[(index + 1) % len(given_names)]
            # hard negatives: another given name with the same surname, in the same country and role ...
            add(f"{who}/negative-given", " ".join([other_given, *words[1:]]), country, role, f"{who}-neg1")
            if country:
                # ... and the same surname in another country
                elsewhere = "ZZ" if country != "ZZ" else "YY"
                add(f"{who}/negative-country", f"{other_given} {words[-1]}", elsewhere, role, f"{who}-neg2")
    return records, truth


def score_resolution(records: Iterable[PersonRecord], truth: Mapping[str, str]) -> PairScore:
    """Resolve the records as the knowledge graph does and count right and wrong pairs."""
    by_iri = {r.iri: r for r in records}
    groups, _ = _person_groups(by_iri)
    predicted: dict[str, list[str]] = defaultdict(list)
    for iri in by_iri:
        predicted[groups.canonical[iri]].append(iri)
    pairs_predicted = {tuple(sorted(p)) for g in predicted.values() for p in itertools.combinations(g, 2)}
    actual: dict[str, list[str]] = defaultdict(list)
    for iri, who in truth.items():
        actual[who].append(iri)
    pairs_true = {tuple(sorted(p)) for g in actual.values() for p in itertools.combinations(g, 2)}
    tp = len(pairs_predicted & pairs_true)
    return PairScore(tp=tp, fp=len(pairs_predicted - pairs_true), fn=len(pairs_true - pairs_predicted))
