"""Lexicons: the data files that the extraction rules read (titles, ranks, portfolios, countries...).

Every list lives in a tab-separated file under ``officialdom/extract/data`` (or a directory of the same files
given by the user); this module only parses them into lookup tables. Phrases are matched on words: case is
folded (except for acronyms written in capitals, such as "US" or "UN"), a final dot is dropped ("Gen." is
"gen"), hyphens separate words ("Secretary-General" is "secretary general").

>>> lex = Lexicon.load()
>>> lex.country_name("IR")
'Iran'
>>> lex.portfolio("interior")
'Interior'
>>> lex.ranks.match(["brig", "gen", "hossein"], 0)
(2, Rank(form='brig gen', canonical='Brigadier General', kind='military'))
"""

from __future__ import annotations

import csv
import re
import shutil
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Generic, TypeVar

from officialdom.errors import LexiconError

__all__ = [
    "AgencyInfo",
    "CityInfo",
    "CountryInfo",
    "Lexicon",
    "OrgInfo",
    "PhraseTable",
    "Rank",
    "TitleInfo",
    "TriggerInfo",
    "norm_word",
    "phrase_words",
]

T = TypeVar("T")

LEXICON_FILES = (
    "countries.tsv",
    "organizations.tsv",
    "titles.tsv",
    "title_modifiers.tsv",
    "portfolios.tsv",
    "ranks.tsv",
    "agencies.tsv",
    "agreement_kinds.tsv",
    "event_triggers.tsv",
    "light_verbs.tsv",
    "speech_cues.tsv",
    "cue_words.tsv",
    "institution_words.txt",
    "event_codes.tsv",
)

_ACRONYM_DOTS = re.compile(r"^(?:[^\W\d_]\.){2,}$")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


def norm_word(text: str) -> str:
    """The matching form of one word: lower case, typographic apostrophes made plain, a final dot dropped
    (kept in dotted acronyms such as "U.S.").

    >>> norm_word("Gen."), norm_word("U.S."), norm_word("Syria\u2019s")
    ('gen', 'u.s.', "syria's")
    """
    word = text.translate(_QUOTES).lower()
    if not word.isascii():
        word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    if _ACRONYM_DOTS.match(word):
        return word
    return word.rstrip(".") if len(word) > 1 else word


def phrase_words(phrase: str) -> tuple[str, ...]:
    """The words of a lexicon phrase, split on spaces and hyphens.

    >>> phrase_words("Commander-in-Chief")
    ('commander', 'in', 'chief')
    """
    return tuple(norm_word(w) for w in re.split(r"[\s\-\u2010\u2011\u2013]+", phrase.strip()) if w)


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "")
    return 1 < len(letters) <= 6 and letters.isalpha() and letters.isupper()


@dataclass
class PhraseTable(Generic[T]):
    """Longest-match lookup of word sequences.

    Entries written as capital acronyms ("US", "UN") match only tokens written the same way.

    >>> t: PhraseTable[str] = PhraseTable()
    >>> t.add("Prime Minister", "pm"); t.add("minister", "m"); t.add("US", "us")
    >>> t.match(["prime", "minister", "x"], 0)
    (2, 'pm')
    >>> t.match(["us"], 0, originals=["us"]) is None
    True
    """

    entries: dict[tuple[str, ...], list[tuple[tuple[str, ...] | None, T]]] = field(default_factory=dict)
    max_len: int = 0
    first_words: set[str] = field(default_factory=set)

    def add(self, phrase: str, value: T) -> None:
        """Add a phrase (case is folded unless it is an acronym in capitals)."""
        raw = re.split(r"[\s\-\u2010\u2011\u2013]+", phrase.strip())
        key = tuple(norm_word(w) for w in raw if w)
        if not key:
            return
        exact = tuple(w.translate(_QUOTES).rstrip(".") if not _ACRONYM_DOTS.match(w) else w for w in raw if w)
        case = exact if any(_is_acronym(w) for w in raw) else None
        self.first_words.add(key[0])
        bucket = self.entries.setdefault(key, [])
        if all(existing != (case, value) for existing in bucket):
            bucket.append((case, value))
        self.max_len = max(self.max_len, len(key))

    def get(self, phrase: str) -> T | None:
        """The value of a phrase given as text (case folded), or None."""
        bucket = self.entries.get(phrase_words(phrase))
        return bucket[0][1] if bucket else None

    def __contains__(self, phrase: str) -> bool:
        return phrase_words(phrase) in self.entries

    def match(
        self,
        words: Sequence[str | None],
        start: int,
        *,
        originals: Sequence[str] | None = None,
        stop: int | None = None,
    ) -> tuple[int, T] | None:
        """Longest entry starting at ``words[start]``: (number of positions used, value), or None.

        ``words`` holds normalised words, None for tokens to step over (hyphens, lone dots); the count of
        positions includes those stepped over. ``originals`` are the token texts, for case-sensitive entries;
        ``stop`` bounds the match (a sentence end).
        """
        limit = len(words) if stop is None else min(stop, len(words))
        if start >= limit or words[start] not in self.first_words:
            return None
        best: tuple[int, T] | None = None
        key: list[str] = []
        exact: list[str] = []
        pos = start
        while pos < limit and len(key) < self.max_len:
            word = words[pos]
            if word is None:
                pos += 1
                continue
            key.append(word)
            if originals is not None:
                o = originals[pos].translate(_QUOTES)
                exact.append(o if _ACRONYM_DOTS.match(o) else o.rstrip("."))
            bucket = self.entries.get(tuple(key))
            if bucket:
                for case, value in bucket:
                    if case is None or originals is None or tuple(exact) == case:
                        best = (pos + 1 - start, value)
                        break
            pos += 1
        return best

    def values(self) -> Iterator[T]:
        """Every value (with repeats)."""
        for bucket in self.entries.values():
            for _, value in bucket:
                yield value


@dataclass(frozen=True)
class CountryInfo:
    """A country: ISO alpha-2 code, name, other names, demonyms, capital, other cities."""

    code: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    cities: tuple[str, ...]


@dataclass(frozen=True)
class CityInfo:
    """A city and the country it is in."""

    name: str
    country: str
    capital: bool


@dataclass(frozen=True)
class OrgInfo:
    """An international or regional organisation, or a state's own body known by its name alone ("the Knesset",
    "the Kremlin"): ``country`` is that state's."""

    key: str
    name: str
    kind: str
    country: str | None


@dataclass(frozen=True)
class TitleInfo:
    """A title head: canonical role, category, whether it takes a portfolio, whether it may stand bare."""

    phrase: str
    role: str
    category: str
    portfolio: bool
    bare: bool
    plural: bool = False


@dataclass(frozen=True)
class Rank:
    """A rank or honorific and its canonical spelling."""

    form: str
    canonical: str
    kind: str


@dataclass(frozen=True)
class AgencyInfo:
    """A news agency, its country, and whether its unqualified officials are of that country."""

    name: str
    country: str
    home_officials: bool


@dataclass(frozen=True)
class TriggerInfo:
    """A word announcing an event."""

    form: str
    pos: str
    type: str
    subject_role: str
    object_role: str
    needs: str


def _rows(directory: Path, name: str) -> Iterator[list[str]]:
    path = directory / name
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if not row or not row[0].strip() or row[0].startswith("#"):
                    continue
                if row[0] == "code" and name == "countries.tsv":
                    continue
                if row[0] == "key" and name == "organizations.tsv":
                    continue
                yield [cell.strip() for cell in row] + [""] * 8
    except FileNotFoundError:
        raise LexiconError(
            f"lexicon file {path} is missing; a lexicon directory needs {', '.join(LEXICON_FILES)}"
        ) from None
    except UnicodeDecodeError as err:
        raise LexiconError(f"lexicon file {path} is not UTF-8 ({err.reason})") from None


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


@dataclass
class Lexicon:
    """Every lookup table the rules use, read from one directory of data files."""

    directory: Path
    countries: dict[str, CountryInfo] = field(default_factory=dict)
    country_forms: PhraseTable[str] = field(default_factory=PhraseTable)
    demonyms: PhraseTable[str] = field(default_factory=PhraseTable)
    cities: PhraseTable[CityInfo] = field(default_factory=PhraseTable)
    organizations: PhraseTable[OrgInfo] = field(default_factory=PhraseTable)
    titles: PhraseTable[TitleInfo] = field(default_factory=PhraseTable)
    modifiers: dict[str, str] = field(default_factory=dict)
    portfolios: PhraseTable[str] = field(default_factory=PhraseTable)
    ranks: PhraseTable[Rank] = field(default_factory=PhraseTable)
    agencies: PhraseTable[AgencyInfo] = field(default_factory=PhraseTable)
    agreement_kinds: PhraseTable[str] = field(default_factory=PhraseTable)
    verb_triggers: dict[str, TriggerInfo] = field(default_factory=dict)
    noun_triggers: PhraseTable[TriggerInfo] = field(default_factory=PhraseTable)
    light_verbs: dict[str, tuple[str, bool]] = field(default_factory=dict)
    speech_cues: dict[str, str] = field(default_factory=dict)
    cues: dict[str, frozenset[str]] = field(default_factory=dict)
    institution_words: frozenset[str] = frozenset()
    event_codes: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)

    @classmethod
    def load(cls, directory: str | Path | None = None) -> Lexicon:
        """Read the lexicon files of ``directory`` (the bundled ones when None)."""
        if directory is None:
            directory = Path(str(resources.files("officialdom.extract") / "data"))
        lex = cls(directory=Path(directory))
        lex._read()
        return lex

    def to_disk(self, path: str | Path) -> None:
        """Copy the lexicon files to ``path`` (a directory, created if needed)."""
        target = Path(path)
        target.mkdir(parents=True, exist_ok=True)
        for name in LEXICON_FILES:
            shutil.copyfile(self.directory / name, target / name)

    # -- reading ---------------------------------------------------------------------------------------------
    def _read(self) -> None:
        d = self.directory
        for row in _rows(d, "countries.tsv"):
            code, name, aliases, demonyms, capital, cities = row[:6]
            info = CountryInfo(code, name, _split(aliases), _split(demonyms), _split(capital), _split(cities))
            self.countries[code] = info
            for form in (name, *info.aliases):
                self.country_forms.add(form, code)
            for form in info.demonyms:
                self.demonyms.add(form, code)
            for city in info.capitals:
                self.cities.add(city, CityInfo(info.capitals[0], code, True))
            for city in info.cities:
                self.cities.add(city, CityInfo(city, code, False))
        for row in _rows(d, "organizations.tsv"):
            key, name, aliases, kind, country = row[:5]
            org = OrgInfo(key, name, kind, country or None)
            for form in (name, *_split(aliases)):
                self.organizations.add(form, org)
        for row in _rows(d, "titles.tsv"):
            phrase, role, category, portfolio, bare, plural = row[:6]
            title = TitleInfo(phrase, role, category, portfolio == "yes", bare != "no")
            self.titles.add(phrase, title)
            for form in _split(plural):
                self.titles.add(form, TitleInfo(phrase, role, category, portfolio == "yes", bare != "no", True))
        for row in _rows(d, "title_modifiers.tsv"):
            self.modifiers[norm_word(row[0])] = row[1]
        for row in _rows(d, "portfolios.tsv"):
            self.portfolios.add(row[0], row[1])
        for row in _rows(d, "ranks.tsv"):
            self.ranks.add(row[0], Rank(row[0], row[1], row[2]))
        for row in _rows(d, "agencies.tsv"):
            name, aliases, country, home = row[:4]
            agency = AgencyInfo(name, country, home == "yes")
            for form in (name, *_split(aliases)):
                self.agencies.add(form, agency)
        for row in _rows(d, "agreement_kinds.tsv"):
            self.agreement_kinds.add(row[0], row[1])
        for row in _rows(d, "event_triggers.tsv"):
            trig = TriggerInfo(row[0], row[1], row[2], row[3], row[4], row[5])
            if trig.pos == "VERB":
                self.verb_triggers[row[0]] = trig
            else:
                self.noun_triggers.add(row[0], trig)
        for row in _rows(d, "light_verbs.tsv"):
            self.light_verbs[row[0]] = (row[1], row[2] != "no")
        for row in _rows(d, "speech_cues.tsv"):
            self.speech_cues[row[0]] = row[1]
        cues: dict[str, set[str]] = {}
        for row in _rows(d, "cue_words.tsv"):
            cues.setdefault(row[1], set()).add(row[0].lower())
        self.cues = {kind: frozenset(words) for kind, words in cues.items()}
        for row in _rows(d, "event_codes.tsv"):
            self.event_codes[row[0]] = (row[1] or None, row[2] or None)
        words: set[str] = set()
        for row in _rows(d, "institution_words.txt"):
            words.add(norm_word(row[0]))
        for portfolio_words in self.portfolios.entries:
            words.update(portfolio_words)
        for org_words, bucket in self.organizations.entries.items():
            if all(info.country for _, info in bucket):
                continue  # ("the Kremlin", "the Great Khural": a state's own body lends no words to others' names)
            words.update(w for w in org_words if len(w) > 3)
        self.institution_words = frozenset(words)
        if not self.countries:
            raise LexiconError(f"{d / 'countries.tsv'} lists no country")

    # -- lookups ---------------------------------------------------------------------------------------------
    def cue(self, kind: str) -> frozenset[str]:
        """The cue words of a kind (``plan_verb``, ``topic_verb``... see ``cue_words.tsv``)."""
        return self.cues.get(kind, frozenset())

    def country_name(self, code: str | None) -> str | None:
        """The English short name of a country code."""
        if code is None:
            return None
        info = self.countries.get(code)
        return info.name if info else None

    def country_code(self, text: str) -> str | None:
        """The code of a country named by ``text`` (a name, alias or demonym), or None.

        >>> Lexicon.load().country_code("Iranian")
        'IR'
        """
        return self.country_forms.get(text) or self.demonyms.get(text) or self._code_of_name(text)

    def _code_of_name(self, text: str) -> str | None:
        key = text.strip().lower()
        for code, info in self.countries.items():
            if info.name.lower() == key:
                return code
        return None

    def city(self, text: str) -> CityInfo | None:
        """The city named by ``text``, or None."""
        return self.cities.get(text)

    def portfolio(self, text: str) -> str | None:
        """The canonical portfolio of a form ("home affairs" is "Interior"), or None."""
        return self.portfolios.get(text)
