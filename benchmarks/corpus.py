"""A generator of realistic synthetic news articles, for benchmarks at scale.

Articles read like wire copy from state news agencies: a dateline, talks or a visit between officials of two
countries, topics, a quotation or two, sometimes an agreement signed or a phone call, and background paragraphs.
People's names are drawn from name lists written for this generator; countries, demonyms and capitals come from
the project's lexicon, so the extractor sees the same variety as in real copy. The output is deterministic for
a given seed (about 250-400 words an article, like the sample corpus).

    python -m benchmarks.corpus 100000 corpus.jsonl --seed 1

>>> a, b = generate(2, seed=7)
>>> a["id"], a["id"] != b["id"], len(a["text"].split()) > 120
('synth-0000000', True, True)
>>> generate(1, seed=7)[0] == a
True
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["generate", "iter_articles", "write_corpus"]

# -- name lists (written for this generator) -----------------------------------------------------------------------
GIVEN = {
    "arabic": [
        "Khalid",
        "Faisal",
        "Omar",
        "Tariq",
        "Yousef",
        "Hamad",
        "Nasser",
        "Samir",
        "Walid",
        "Rashid",
        "Adel",
        "Fahad",
        "Ibrahim",
        "Mahmoud",
        "Karim",
        "Layla",
        "Huda",
        "Mona",
        "Rania",
        "Salma",
    ],
    "persian": ["Mohammad", "Ali", "Hossein", "Reza", "Mehdi", "Javad", "Hamid", "Abbas", "Maryam", "Fatemeh"],
    "east_asian": ["Wei", "Jun", "Haoran", "Mei", "Hiroshi", "Takeshi", "Yuki", "Min-jun", "Seo-yeon", "Jian"],
    "european": [
        "Anna",
        "Lukas",
        "Sofia",
        "Matteo",
        "Elena",
        "Jan",
        "Pierre",
        "Claire",
        "Henrik",
        "Ingrid",
        "Pavel",
        "Katarina",
        "Miguel",
        "Lucia",
        "Stefan",
        "Margit",
    ],
    "african": ["Amara", "Kwame", "Ngozi", "Tendai", "Abebe", "Fatou", "Moussa", "Chidi", "Zanele", "Kofi"],
    "latin": ["Alejandro", "Camila", "Diego", "Valentina", "Mateo", "Gabriela", "Rodrigo", "Isabela", "Andres"],
    "south_asian": ["Arjun", "Priya", "Rahul", "Sunita", "Imran", "Ayesha", "Vikram", "Nadia", "Rohan", "Farhan"],
}
FAMILY = {
    "arabic": [
        "Al-Harthy",
        "Al-Mansouri",
        "Haddad",
        "Nasrallah",
        "Al-Khatib",
        "Al-Qasimi",
        "Barakat",
        "Al-Saadi",
        "Khoury",
        "Al-Hashimi",
        "Al-Amin",
        "Saleh",
        "Al-Tamimi",
        "Darwish",
    ],
    "persian": ["Rahimi", "Karimi", "Moradi", "Jafari", "Hosseini", "Tavakoli", "Sadeghi", "Ahmadi", "Rostami"],
    "east_asian": ["Zhang", "Liu", "Chen", "Tanaka", "Yamamoto", "Kim", "Park", "Nguyen", "Wang", "Lee"],
    "european": [
        "Novak",
        "Lindqvist",
        "Moreau",
        "Rossi",
        "Schneider",
        "Kowalski",
        "Horvath",
        "Jansen",
        "Dubois",
        "Petrov",
        "Andersen",
        "Fischer",
        "Costa",
        "Varga",
    ],
    "african": ["Mensah", "Okafor", "Diallo", "Banda", "Tesfaye", "Mwangi", "Ndlovu", "Traore", "Osei"],
    "latin": ["Fernandez", "Morales", "Castillo", "Rojas", "Herrera", "Mendoza", "Vargas", "Ortega", "Silva"],
    "south_asian": ["Sharma", "Khan", "Patel", "Chaudhry", "Rao", "Siddiqui", "Iyer", "Qureshi", "Mehta"],
}
REGION_OF = {  # ISO code prefix groups -> name region
    "arabic": "AE BH DZ EG IQ JO KW LB LY MA OM PS QA SA SD SY TN YE",
    "persian": "IR AF TJ",
    "east_asian": "CN JP KR KP VN MN TW",
    "african": "NG GH KE ET ZA SN ML TZ UG ZW CM CI",
    "latin": "AR BR CL CO MX PE VE CU BO EC UY PY",
    "south_asian": "IN PK BD LK NP",
}
POSTS = [
    "Foreign Minister",
    "Minister of Foreign Affairs",
    "Defence Minister",
    "Interior Minister",
    "Minister of Trade",
    "Economy Minister",
    "Minister of Energy",
    "Health Minister",
    "Minister of Agriculture",
    "Prime Minister",
    "Deputy Foreign Minister",
    "Minister of Education",
]
HEADS = ["President", "Prime Minister", "Vice President"]
TOPICS = [
    "trade and investment",
    "energy cooperation",
    "security coordination",
    "counter-terrorism",
    "agriculture and food security",
    "health cooperation",
    "education and scientific research",
    "transport links",
    "tourism",
    "water resources",
    "climate change",
    "customs procedures",
    "the situation in the region",
    "migration",
    "defence industries",
    "digital economy",
]
AGENCIES = ["Meridian News Agency", "Continental Press", "Horizon Wire", "National News Service", "Gazette Wire"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
KINDS = ["memorandum of understanding", "agreement", "executive programme", "protocol", "cooperation agreement"]
QUOTES = [
    "relations between our two countries are developing steadily in all fields",
    "we are determined to raise the volume of trade to new levels",
    "this visit opens a new chapter in our bilateral cooperation",
    "security in the region is a shared responsibility",
    "our positions on regional issues are close and we will continue to coordinate",
    "the agreements signed today will benefit both our peoples",
    "dialogue is the only way to settle disputes in the region",
    "we welcome investment from our partners in the energy sector",
]
BACKGROUND = [
    "Trade between the two countries reached {amount} billion dollars last year, according to official figures.",
    "The two countries established diplomatic relations in {year} and have held regular consultations since.",
    "A joint economic committee is expected to meet later this year to follow up on the projects discussed.",
    "Officials said that a business forum would be held on the sidelines of the visit, bringing together more than "
    "{n} companies.",
    "The talks were attended by senior officials and the ambassadors of the two countries.",
    "Analysts said the meeting reflected a wider effort by both governments to diversify their partnerships.",
    "The ministry added that the two sides had agreed to exchange expertise and training programmes.",
    "Earlier this month, a delegation of businessmen visited the capital to explore opportunities in "
    "infrastructure and renewable energy.",
]


@dataclass(frozen=True)
class _Country:
    code: str
    name: str
    demonym: str
    capital: str


def _countries() -> list[_Country]:
    text = (resources.files("officialdom.extract") / "data" / "countries.tsv").read_text("utf-8")
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    out = []
    for row in csv.DictReader(rows, delimiter="\t"):
        demonyms = (row.get("demonyms") or "").split("|")
        capital = (row.get("capital") or "").split("|")[0]
        if row["name"] and demonyms[0] and capital:
            out.append(_Country(row["code"], row["name"], demonyms[0], capital))
    return out


def _region(code: str) -> str:
    for region, codes in REGION_OF.items():
        if code in codes.split():
            return region
    return "european"


class _Writer:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.countries = _countries()
        self.people: dict[tuple[str, str], str] = {}

    def person(self, country: _Country, post: str) -> str:
        """A stable name for (country, post): the same official recurs across articles, as in real copy."""
        key = (country.code, post)
        if key not in self.people or self.rng.random() < 0.02:  # now and then a new holder of the post
            region = _region(country.code)
            self.people[key] = f"{self.rng.choice(GIVEN[region])} {self.rng.choice(FAMILY[region])}"
        return self.people[key]

    def article(self, number: int) -> dict[str, Any]:
        rng = self.rng
        date = dt.date(2015, 1, 1) + dt.timedelta(days=number % 3650)
        first, second = rng.sample(self.countries, 2)
        post1 = rng.choice(POSTS)
        post2 = post1 if rng.random() < 0.6 else rng.choice(POSTS)
        name1, name2 = self.person(first, post1), self.person(second, post2)
        last1, last2 = name1.split()[-1], name2.split()[-1]
        agency = rng.choice(AGENCIES)
        weekday = WEEKDAYS[(date.weekday() - rng.randint(1, 3)) % 7]
        topics = rng.sample(TOPICS, 3)
        kind = rng.random()
        paragraphs = []
        dateline = f"{first.capital.upper()}, {date.strftime('%b')} {date.day} ({agency}) --"
        if kind < 0.45:
            paragraphs.append(
                f"{dateline} {first.name}'s {post1} {name1} held talks on {weekday} with {second.demonym} "
                f"{post2} {name2}, who arrived in {first.capital} on a {rng.randint(2, 4)}-day official visit."
            )
            title = f"{first.demonym}, {second.demonym} officials hold talks in {first.capital}"
        elif kind < 0.7:
            paragraphs.append(
                f"{dateline} {post1} {name1} received on {weekday} {second.name}'s {post2} {name2} and the "
                f"delegation accompanying him in {first.capital}."
            )
            title = f"{post1} {last1} receives {second.demonym} {post2.lower()}"
        elif kind < 0.85:
            paragraphs.append(
                f"{dateline} {first.demonym} {post1} {name1} received a phone call on {weekday} from his "
                f"{second.demonym} counterpart {name2}."
            )
            title = f"{first.demonym}, {second.demonym} ministers discuss ties by phone"
        else:
            head = rng.choice(HEADS)
            head_name = self.person(first, head)
            paragraphs.append(
                f"{dateline} {first.demonym} {head} {head_name} met {second.name}'s {post2} {name2} on {weekday} "
                f"in {first.capital}, in the presence of {post1} {name1}."
            )
            title = f"{head} {head_name.split()[-1]} meets {second.demonym} {post2.lower()}"
        paragraphs.append(
            f"The two sides discussed {topics[0]}, {topics[1]} and {topics[2]}, as well as the latest regional "
            f"and international developments, the {first.demonym} Foreign Ministry said in a statement."
        )
        if rng.random() < 0.35:
            paragraphs.append(
                f"Following the talks, {last1} and {last2} signed a {rng.choice(KINDS)} on cooperation in {topics[0]}."
            )
        quote1, quote2 = rng.sample(QUOTES, 2)
        paragraphs.append(f'"{quote1[0].upper()}{quote1[1:]}," {last1} told reporters after the meeting.')
        paragraphs.append(f'For his part, {last2} said that "{quote2}."')
        if rng.random() < 0.3:
            paragraphs.append(
                f"{last2} is also scheduled to meet {first.demonym} {rng.choice(HEADS)} "
                f"{self.person(first, 'President')} next week."
            )
        for template in rng.sample(BACKGROUND, rng.randint(3, 5)):
            paragraphs.append(
                template.format(amount=rng.randint(1, 40), year=rng.randint(1950, 2005), n=rng.randint(20, 200))
            )
        text = "\n\n".join(paragraphs)
        return {
            "id": f"synth-{number:07d}",
            "title": title,
            "date": date.isoformat(),
            "source": agency,
            "url": f"https://example.org/synth/{date.isoformat()}/{number}",
            "text": text,
        }


def iter_articles(count: int, *, seed: int = 1, start: int = 0) -> Iterator[dict[str, Any]]:
    """``count`` articles as JSON-ready dicts (``id``, ``title``, ``date``, ``source``, ``url``, ``text``)."""
    writer = _Writer(seed)
    for number in range(start + count):
        article = writer.article(number)
        if number >= start:
            yield article


def generate(count: int, *, seed: int = 1) -> list[dict[str, Any]]:
    """``count`` articles in a list (see :func:`iter_articles`)."""
    return list(iter_articles(count, seed=seed))


def write_corpus(path: str | Path, count: int, *, seed: int = 1) -> Path:
    """Write ``count`` articles to ``path`` as JSON Lines; returns the path."""
    target = Path(path)
    with target.open("w", encoding="utf-8") as fh:
        for article in iter_articles(count, seed=seed):
            fh.write(json.dumps(article, ensure_ascii=False) + "\n")
    return target


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m benchmarks.corpus COUNT PATH [--seed N]``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("path")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    write_corpus(args.path, args.count, seed=args.seed)
    sys.stderr.write(f"wrote {args.count} articles to {args.path}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
