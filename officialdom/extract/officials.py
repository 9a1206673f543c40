"""Officials from the text itself: title phrases, ranks and the names they introduce.

No list of people is used. A title phrase is parsed from the lexicon's title heads, portfolios, modifiers,
countries and demonyms ("Iranian Minister of Intelligence and National Security", "Syria's ambassador to
Tehran", "Commander of the Internal Security Forces in Iran"); the name is the run of name-like words after it
(or before it, in apposition: "Jane Doe, the Kenyan foreign minister,"). Names the statistical model finds
with no title are kept too, cleaned of ranks and titles; its labels never decide alone.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from officialdom.extract.annotations import (
    Annotations,
    CityMention,
    CountryMention,
    GroupMention,
    NameMention,
    NominalMention,
    OrgMention,
    TitleParse,
)
from officialdom.extract.gazetteer import DocWords, is_capitalized, source_country
from officialdom.extract.lexicon import Lexicon, OrgInfo, Rank, TitleInfo, norm_word, phrase_words

__all__ = ["OfficialsFinder", "normalize_post", "parse_title_text", "post_of_text", "post_organization"]

PARTICLES = frozenset(
    [
        "al",
        "el",
        "bin",
        "ibn",
        "bint",
        "binti",
        "abu",
        "abd",
        "van",
        "von",
        "de",
        "da",
        "del",
        "della",
        "di",
        "du",
        "dos",
        "do",
        "das",
        "la",
        "le",
        "ter",
        "der",
        "den",
        "zu",
        "ould",
        "wa",
        "y",
        "i",
        "ben",
        "bou",
        "st",
        "e",
        "mac",
        "oglu",
        "ogly",
        "kyzy",
        "gyzy",
        "qizi",
        "uulu",
    ]
)
DETERMINERS = frozenset({"the", "this", "that"})
POSSESSIVES = frozenset({"his", "her", "their", "its", "our"})
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}
MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
CONNECTORS = frozenset({"and", "&", "of", "for"})
GIVEN_NAME_AFTER = frozenset({"eng", "engr", "dr", "mr", "mrs", "ms", "prof"})  # honorifics of professions
HONORIFIC_APPOSITION = frozenset({"Hon.", "Rt Hon.", "Most Hon.", "H.E."})  # an honorific after a comma: the name
BOUNDARY_AFTER_NAME = frozenset({",", ".", ";", ":", ")", "and", "'s", "who", "-", "\u2013", "\u2014", "on", "in"})
PLACE_CATEGORIES = frozenset({"local", "head_of_government"})
DIRECTION_WORDS = frozenset({"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western"})
SEAT_CATEGORIES = frozenset({"legislator"})  # "Turkana North MP", "Ohio Senator": a constituency before the seat
OFFICE_WORDS = frozenset({"department", "office", "presidency", "cabinet", "chancellery", "secretariat"})
DIPLOMATS = frozenset({"diplomat"})
DIRECT_BODY = frozenset({"military", "agency", "police", "local"})
REGION_WORDS = frozenset({"state", "province", "county", "region", "governorate", "city", "district", "municipality",
                          "prefecture", "oblast", "emirate", "territory", "metropolitan"})  # fmt: skip
_NO_HEAD = TitleInfo("", "", "", False, False)


_BODY_NOUNS = frozenset({"committee", "subcommittee", "commission", "council", "ministry", "department", "agency",
                         "authority", "office", "board", "bureau", "directorate", "caucus", "group"})  # fmt: skip
_BEFORE_MONTH = frozenset({"in", "on", "since", "until", "till", "by", "from", "during", "last", "next", "this", "early",
                           "late", "mid", "of", "before", "after", "through", "throughout", "to"})  # fmt: skip
_RETIRED = {"retd", "retd.", "rtd", "rtd.", "ret", "ret.", "retired"}


def _portfolio_title(text: str) -> str:
    small = {"and", "of", "the", "for", "on", "in"}
    return " ".join(w if w in small else w[:1].upper() + w[1:] for w in text.split())


def normalize_post(title: TitleParse, lex: Lexicon) -> str:
    """The normalised post of a parsed title: "Interior Minister" gives "Minister of Interior",
    "ambassador to Tehran" gives "Ambassador to Iran", "UN Secretary-General" gives
    "Secretary-General of the United Nations", "Foreign Ministry Spokesman" gives "Spokesman of the Ministry
    of Foreign Affairs". Countries of service are not part of the post.
    """
    parts = " ".join(p[:1].upper() + p[1:] for p in title.parts)
    base = f"{parts} {title.head.role}".strip()
    pieces = [base]
    if title.head.portfolio and title.portfolio:
        pieces.append(f"{'of' if title.head.category == 'minister' else 'for'} {title.portfolio}")
    if title.scope:
        scope = title.scope
        pieces.append(f"without {scope[8:].title()}" if scope.startswith("without ") else f"for {scope}")
    if title.to_post:
        pieces.append(f"to the {title.to_post}")
    if title.head.category in DIPLOMATS and title.destination:
        pieces.append(f"to {lex.country_name(title.destination) or title.destination_text or title.destination}")
    elif title.head.category in DIPLOMATS and title.destination_text:
        pieces.append(f"in {title.destination_text}")  # "Consul in Vanimo": a post in a city the gazetteer lacks
    if title.org:
        pieces.append(f"of {title.org if title.org_is_place else _the(title.org)}")
    elif title.org_info is not None and not (
        title.head.portfolio and title.portfolio and title.head.category == "minister"
    ):
        pieces.append(f"of {_the(title.org_info.name)}")
    return " ".join(pieces)


def _ministry_name(text: str, lex: Lexicon) -> str:
    """A body named with its portfolio first ("Foreign Ministry") in the "Ministry of ..." form.

    >>> _ministry_name("Foreign Ministry", Lexicon.load())
    'Ministry of Foreign Affairs'
    """
    words = text.split()
    if len(words) > 1 and words[-1].lower() == "ministry":
        portfolio = lex.portfolio(" ".join(words[:-1]))
        if portfolio:
            return f"Ministry of {portfolio}"
    return text


def _acronym(word: str) -> bool:
    """ "ADB", "IsDB": two capitals or more, first of all.

    >>> _acronym("IsDB"), _acronym("Ghana")
    (True, False)
    """
    return word[:1].isupper() and sum(c.isupper() for c in word) >= 2 and word.isalpha()


def _the(name: str) -> str:
    """Organisation names take "the" after "of" ("Commander of the Internal Security Forces")."""
    if name.lower().startswith("the "):
        return name
    first = name.split()[0] if name.split() else ""
    if first.isupper() and len(first) <= 6:
        return name
    return f"the {name}"


def post_organization(title: TitleParse, lex: Lexicon) -> str | None:
    """The organisation a post belongs to: "Ministry of Interior" for an interior minister, the body named in
    the title ("Internal Security Forces"), or the international body ("United Nations")."""
    if title.org:
        return title.org[4:] if title.org.lower().startswith("the ") else title.org
    if title.org_info is not None:
        return title.org_info.name
    if title.head.portfolio and title.portfolio and title.head.category == "minister":
        return f"Ministry of {title.portfolio}"
    return None


def _portfolio_or_scope(title: TitleParse, tail: _Tail) -> bool:
    """Give a title its portfolio ("Minister for Trade") or, when it takes none or has one, its scope
    ("Deputy Chief of Naval Operations for Logistics"); False when both are taken."""
    if title.head.portfolio and title.portfolio is None:
        title.portfolio = tail.value if tail.kind == "portfolio" else _portfolio_title(tail.text)
        title.portfolio_text = tail.text
    elif title.scope is None:
        title.scope = tail.text.removeprefix("the ")
    else:
        return False
    return True


@dataclass
class _Tail:
    end: int
    kind: str
    value: str | None
    text: str
    countries: list[str]
    body_of: OrgInfo | None = None  # "the United Nations Support Mission": a body of the United Nations


class OfficialsFinder:
    """Finds titles, names and title-only mentions in a document and writes them to :class:`Annotations`."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    # -- entry point -----------------------------------------------------------------------------------------
    def run(self, doc: Doc, words: DocWords, ann: Annotations) -> None:
        """Find titles, names, nominal and group mentions sentence by sentence."""
        state = _State(doc, words, ann, self.lex)
        for sent in doc.sents:
            state.scan_sentence(sent.start, sent.end)
        state.add_model_names()
        state.attach_appositions()
        ann.names.sort(key=lambda n: n.start)
        ann.nominals.sort(key=lambda n: n.start)
        # a place word taken as a given name ("Aden Duale", "Jordan Bardella") names no place
        in_names = {i for n in ann.names if n.title is not None for i in range(n.start, n.end)}
        ann.countries = [c for c in ann.countries if c.start not in in_names]
        ann.cities = [c for c in ann.cities if c.start not in in_names]


class _State:
    def __init__(self, doc: Doc, words: DocWords, ann: Annotations, lex: Lexicon) -> None:
        self.doc = doc
        self.w = words
        self.ann = ann
        self.lex = lex
        self.country_at: dict[int, CountryMention] = {c.start: c for c in ann.countries}
        self.city_at: dict[int, CityMention] = {c.start: c for c in ann.cities}
        self.org_at: dict[int, OrgMention] = {o.start: o for o in ann.orgs}
        self.model_person: dict[int, int] = {}
        for ent in doc.ents:
            if ent.label_ == "PERSON" and not any(
                t.i > ent.start and t.text[:1].isupper() and t.lower_ in REGION_WORDS for t in ent
            ):  # ("Tak Province Mr": a region's name, not a person's)
                for i in range(ent.start, ent.end):
                    self.model_person[i] = ent.end
        self.used: set[int] = set()
        self._portfolio_start = 0
        self._portfolio_vocabulary: set[str] | None = None
        self.acronym_country = defined_acronyms(words.text or doc.text, lex)
        self.sent_end: dict[int, int] = {}
        self.pending_titles: list[tuple[TitleParse, int, int]] = []
        self.group_titles: list[tuple[TitleParse, GroupMention]] = []
        if ann.dateline is not None:
            for tok in doc:
                if tok.idx < ann.dateline.end_char:
                    self.used.add(tok.i)

    # -- small predicates ------------------------------------------------------------------------------------
    def norm(self, i: int) -> str | None:
        return self.w.norm[i] if 0 <= i < len(self.w.norm) else None

    def text(self, i: int) -> str:
        return self.doc[i].text if 0 <= i < len(self.doc) else ""

    def is_rank_start(self, i: int, stop: int) -> tuple[int, Rank] | None:
        if i >= stop or not is_capitalized(self.text(i)):
            return None
        text = self.text(i)
        if ".-" in text:
            # "Maj.-Gen.", written as one word: its parts make the rank
            parts = list(phrase_words(text))
            m = self.lex.ranks.match(parts, 0)
            if m is not None and m[0] == len(parts):
                return 1, m[1]
        return self.lex.ranks.match(self.w.norm, i, originals=self.w.orig, stop=stop)

    def gazetteer_at(self, i: int) -> bool:
        return i in self.country_at or i in self.city_at or i in self.org_at

    def is_name_word(self, i: int) -> bool:
        if not 0 <= i < len(self.doc):
            return False
        tok = self.doc[i]
        text = tok.text
        if not text or not is_capitalized(text):
            return False
        core = text.replace("'", "").replace("\u2019", "").replace(".", "").replace("-", "")
        if not core.isalpha():
            return False
        n = norm_word(text)
        if n in ("'s",) or n in WEEKDAYS:
            return False
        if text.isupper() and len(core) > 4 and self._in_capitals(i):
            return False  # "SPEAKER RECEIVES SIERRA LEONEAN COUNTERPART": a headline in capitals
        if n in MONTHS and not self._month_as_given_name(i):
            return False
        return not (text.isupper() and len(core) <= 4 and len(core) > 1 and i not in self.model_person)

    def _in_capitals(self, i: int) -> bool:
        """The word stands among words written all in capitals (a headline)."""
        near = [t for t in self.doc[max(0, i - 2) : i + 3] if t.i != i and t.text.isalpha() and len(t.text) > 2]
        return bool(near) and all(t.text.isupper() for t in near)

    def _month_as_given_name(self, i: int) -> bool:
        """A month's name followed by a capitalised word, with no number beside it, is a given name: "Jan Henrik
        Lindqvist", "June Okafor" (not "Jan. 5", "5 May", "May 2024")."""
        nxt = self.doc[i + 1] if i + 1 < len(self.doc) else None
        prev = self.doc[i - 1] if i > 0 else None
        return (
            nxt is not None
            and self.doc[i].whitespace_ != ""
            and nxt.text[:1].isupper()
            and nxt.text.isalpha()
            and norm_word(nxt.text) not in MONTHS
            and (prev is None or not (prev.like_num or prev.lower_ in _BEFORE_MONTH))
        )

    # -- names -----------------------------------------------------------------------------------------------
    def parse_name(self, k: int, stop: int, *, anchored: bool) -> tuple[int, int] | None:
        """The name starting at ``k``: (start, end) token positions, or None."""
        if k >= stop or k in self.used:
            return None
        first_is_particle = (
            self.norm(k) in PARTICLES and k + 1 < stop and (self.norm(k + 1) is None or self.is_name_word(k + 1))
        )
        if not (self.is_name_word(k) or first_is_particle):
            return None
        if self.lex.titles.match(self.w.norm, k, stop=stop) and not first_is_particle:
            m = self.lex.titles.match(self.w.norm, k, stop=stop)
            assert m is not None
            if m[1].bare or m[1].portfolio or m[1].category in ("head_of_state", "head_of_government"):
                return None
        if (
            self.gazetteer_at(k)
            and k not in self.model_person
            and not (anchored and self._place_as_given_name(k, stop))
        ):
            return None
        if self.norm(k) in self.lex.institution_words and k not in self.model_person and not first_is_particle:
            return None  # "Support Mission", "Unity": the rest of a body's name, not a person's
        end = k
        count = 0
        while end < stop and count < 8:
            n = self.norm(end)
            if n is None:
                end += 1
                continue
            if self.is_name_word(end):
                if end > k and self.gazetteer_at(end) and end not in self.model_person:
                    break
                if (
                    end > k
                    and (self.lex.titles.match(self.w.norm, end, stop=stop) is not None)
                    and (end not in self.model_person)
                ):
                    break
                if end > k and n in self.lex.institution_words and end not in self.model_person and not anchored:
                    break
                end += 1
                count += 1
                continue
            if (
                self.text(end) == "."
                and end > k
                and len(self.text(end - 1)) <= 3
                and not self.doc[end - 1].whitespace_
                and not self.doc[end].whitespace_
                and self.is_name_word(end + 1)
            ):
                end += 1  # "Ts.Tserenpuntsag": a name glued to its initials
                continue
            if n in PARTICLES and end + 1 < stop and (self.norm(end + 1) is None or self.is_name_word(end + 1)):
                end += 1
                continue
            if n in PARTICLES and end + 2 < stop and self.norm(end + 1) in PARTICLES and self.is_name_word(end + 2):
                end += 2  # "von der Leyen", "van den Berg"
                continue
            if (
                end > k + 1
                and self.norm(end - 1) is None
                and self.text(end).isalpha()
                and (not self.doc[end - 1].whitespace_ and not self.doc[end - 2].whitespace_)
            ):
                end += 1  # "Jae-hyun", "Hye-jin": a hyphenated given name goes on in lower case
                continue
            break
        while end > k and (self.norm(end - 1) is None or self.norm(end - 1) in PARTICLES):
            end -= 1
        if end <= k:
            return None
        if not any(
            self.norm(i) is not None
            and len(self.text(i)) > 1
            and (self.norm(i) not in self.lex.institution_words or i in self.model_person)
            and self.norm(i) not in PARTICLES
            for i in range(k, end)
        ):
            return None
        if self.lex.agreement_kinds.match(self.w.norm, k, stop=end) is not None and end - k == 1:
            return None
        if end - k == 1 and self.norm(k) in self.lex.institution_words and self.norm(end) in ("and", "at", "of", ","):
            return None  # "Minister of European Investments and Projects X": a body's word, whatever the model says
        if end - k == 1 and self.lex.titles.match(self.w.norm, k, stop=end) is not None:
            return None  # "... and Emergency Relief Coordinator, X": a title's last word is no name
        if (k in self.country_at or k in self.city_at) and self._gazetteer_end(k) >= end:
            return None  # "Azerbaijan", "Ho Chi Minh City" are places, whatever the model says
        return (k, end)

    def _place_as_given_name(self, k: int, stop: int) -> bool:
        """Right after a title, a one-word place followed by surnames that are no place is a given name:
        "Cabinet Secretary for Defence Aden Duale", "party president Jordan Bardella", "President Santiago Esono
        Ayingono"."""
        if self._gazetteer_end(k) != k + 1 and k not in self.org_at:
            return False
        nxt = k + 1
        m = nxt  # the surnames: up to three name words that are no place, title or body word
        while (
            m < stop
            and m - nxt < 3
            and self.is_name_word(m)
            and not self.gazetteer_at(m)
            and self.lex.titles.match(self.w.norm, m, stop=stop) is None
            and self.norm(m) not in self.lex.institution_words
        ):
            m += 1
        return m > nxt and (m >= stop or not self.is_name_word(m) or m in self.model_person)

    def _gazetteer_end(self, k: int) -> int:
        for table in (self.country_at, self.city_at):
            mention = table.get(k)
            if mention is not None:
                return mention.end
        return k

    def ranks_at(self, j: int, stop: int) -> tuple[list[str], int, int | None]:
        ranks: list[str] = []
        start = j if j < stop else None
        if self.norm(j) == "the" and self.is_rank_start(j + 1, stop) is not None:
            j += 1  # "Senator the Hon. X", "Prime Minister, the Most Hon. X"
        while True:
            if self.gazetteer_at(j):
                break  # "Sri Lanka" is a country, not the honorific "Sri"
            m = self.is_rank_start(j, stop)
            if m is None:
                break
            ranks.append(m[1].canonical)
            j += m[0]
            if j < stop and self.text(j) == "." and not self.doc[j - 1].whitespace_:
                j += 1  # "Maj.-Gen." split by the tokenizer before its last dot
            j = self._skip_retired(j, stop)
        return ranks, j, (start if ranks else None)

    def _skip_retired(self, j: int, stop: int) -> int:
        """Step over "(Retd)", "(retd.)", "(retired)" after a military rank: the rank is kept as written."""
        if self.norm(j) != "(":
            return j
        k = j + 1
        if k < stop and self.norm(k) in _RETIRED:
            k += 1
            while k < stop and self.norm(k) is None:
                k += 1
            if k < stop and self.norm(k) == ")":
                return k + 1
        return j

    # -- titles ----------------------------------------------------------------------------------------------
    def parse_title(self, i: int, stop: int) -> TitleParse | None:
        """The title phrase starting at ``i``, or None when there is no title head.

        A title is: [the | his | two | both] [country's | demonym | body or place]* [modifier]* [portfolio]*
        HEAD [designate] [of/for/to/in/from ...]*. A title followed by "'s" ("the UN Secretary-General's
        Special Envoy") lends its body and country to the title after it.
        """
        lex = self.lex
        n = self.norm(i)
        if (
            n is not None
            and n not in DETERMINERS
            and n not in POSSESSIVES
            and n not in NUMBERS
            and n not in lex.titles.first_words
            and n not in lex.portfolios.first_words
            and n not in lex.modifiers
            and i not in self.country_at
            and i not in self.org_at
            and i not in self.city_at
            and not is_capitalized(self.text(i))
        ):
            return None  # no title starts with this word
        if (
            i > 0
            and self.norm(i - 1) in ("in", "at")
            and (i in self.city_at or (i in self.country_at and not self.country_at[i].demonym))
        ):
            return None  # "received on Monday in Algiers Vietnamese Deputy Prime Minister X": where, not whose post
        j = i
        definite = False
        possessor = None
        number = None
        if n in DETERMINERS:
            definite = True
            j += 1
            if (
                self.norm(j) in REGION_WORDS | {"capital", "town"}
                and self.norm(j + 1) in ("'s", "'")
                and self._continues_title(j + 2, stop)
            ):
                j += 2  # "the city's Mayor": the place was named before
        elif n in POSSESSIVES:
            possessor = n
            j += 1
        n = self.norm(j)
        if n in NUMBERS and j < stop:
            number = NUMBERS[n]
            j += 1
            if n == "both" and self.norm(j) == "the":
                j += 1
        core_start = j
        pre = TitleParse(start=i, end=i, head=_NO_HEAD, text="")
        head: TitleInfo | None = None
        head_start = j
        steps = 0
        while j < stop and steps < 12:
            steps += 1
            if self.norm(j) is None:
                j += 1
                continue
            cm = self.country_at.get(j)
            if cm is not None and cm.demonym and self.norm(cm.end) == "and":
                other = self.country_at.get(cm.end + 1)
                if other is not None and other.demonym and self._continues_title(other.end, stop):
                    # "the Russian and Turkish foreign ministers": one post, two countries
                    pre.countries = [cm.code, other.code]
                    j = other.end
                    if not pre.parts and pre.portfolio is None and pre.org is None:
                        core_start = j
                    continue
            if cm is not None and (cm.demonym or cm.possessive or self._continues_title(cm.end, stop)):
                pre.country = pre.country or cm.code
                pre.country_how = pre.country_how or (
                    "demonym" if cm.demonym else "possessive" if cm.possessive else "modifier"
                )
                j = cm.end + (1 if cm.possessive else 0)
                if not pre.parts and pre.portfolio is None and pre.org is None:
                    core_start = j
                continue
            om = self.org_at.get(j)
            if om is not None and om.info is not None:
                end = om.end
                if self.text(end) == "(" and self.text(end + 2) == ")" and _acronym(self.text(end + 1)):
                    end += 3  # "Asian Development Bank (ADB) Vice-President"
                if self._continues_title(end, stop):
                    pre.org_info = om.info
                    j = end
                    continue
            t = lex.titles.match(self.w.norm, j, originals=self.w.orig, stop=stop)
            mod = self.norm(j)
            width = 1
            if (
                j + 3 < stop
                and self.text(j + 1) == "-"
                and not self.doc[j].whitespace_
                and not self.doc[j + 1].whitespace_
                and f"{mod}-{self.norm(j + 2)}" in lex.modifiers
            ):
                mod, width = f"{mod}-{self.norm(j + 2)}", 3  # "non-resident Ambassador": a modifier of two words
            if mod in lex.modifiers and self._continues_title(j + width, stop) and (t is None or not t[1].bare):
                kind = lex.modifiers[mod]
                if kind == "part":
                    pre.parts.append(mod)
                elif kind != "ignore":
                    pre.status = kind
                j += width
                continue
            p = lex.portfolios.match(self.w.norm, j, stop=stop)
            if t is not None:
                if p is not None and p[0] >= t[0]:
                    after = self.lex.titles.match(self.w.norm, j + p[0], stop=stop)
                    if after is not None and after[1].portfolio:
                        self._add_portfolio(pre, p[1], j, j + p[0])
                        j += p[0]
                        continue
                head = t[1]
                if (
                    head.category == "royal"
                    and j == i
                    and i > 0
                    and self.text(i - 1).rstrip(".").lower() in GIVEN_NAME_AFTER
                    and self.is_name_word(j + t[0])
                ):
                    return None  # "Eng. Sultan Hamad Al Mheiri", "Dr. Emir Kusturica": a given name, no royal title
                head_start = j
                j += t[0]
                break
            if (
                p is not None
                and self.norm(j + p[0]) in ("ministry", "department")
                and self._continues_title(j + p[0] + 1, stop)
            ):
                # "the foreign ministry spokeswoman", written in lower case
                self._set_prefix_body(pre, j, j + p[0] + 1)
                j += p[0] + 1
                continue
            if p is not None and self._continues_title(self._portfolio_list_end(j + p[0], stop), stop):
                self._add_portfolio(pre, p[1], j, j + p[0])
                j += p[0]
                # "International Relations and Cooperation Minister", "Planning and Investment Minister"
                while self.norm(j) in ("and", ",", "&") and j + 1 < stop:
                    q = lex.portfolios.match(self.w.norm, j + 1, stop=stop)
                    if q is None:
                        break
                    self._add_portfolio(pre, None, j + 1, j + 1 + q[0], joined=True)
                    j += 1 + q[0]
                continue
            acronym = self.acronym_country.get(self.text(j))
            if acronym is not None and self._continues_title(j + 1, stop):
                # "ROKN Chief of Naval Operations", the article having said "the Republic of Korea Navy (ROKN)"
                pre.org = pre.org or self.text(j)
                pre.country = pre.country or acronym
                pre.country_how = pre.country_how or "body"
                j += 1
                continue
            # a body or place before the head: "Foreign Ministry Spokesman", "Mombasa County Governor",
            # "the Royal Thai Armed Forces' Director"
            run_end = self._prefix_run(j, stop)
            if run_end > j:
                possessive = self.norm(run_end) in ("'s", "'")
                k = run_end + (1 if possessive else 0)
                if self._continues_title(k, stop):
                    self._set_prefix_body(pre, j, run_end, parent=possessive)
                    j = k
                    continue
            break
        if head is None:
            return None
        if pre.country_how == "capital" and head.category in PLACE_CATEGORIES:
            pre.country_how = "place"  # "Nairobi's governor": the city's own post
            pre.org, pre.org_is_place = self.doc[core_start:head_start].text.removesuffix("'s").strip(), True
        if head.plural and self._body_of_members(core_start, head_start):
            return None  # "the Council of Foreign Ministers": a body named after its members
        if pre.portfolio is not None and not head.portfolio:
            if head.category != "party" or not pre.portfolio_text or not is_capitalized(pre.portfolio_text):
                return None
            # "Labour leader": a party named like a portfolio
            pre.org, pre.portfolio, pre.portfolio_text = pre.portfolio_text, None, None
        if head.category == "counterpart" and possessor is None and not definite:
            return None
        title = pre
        title.head = head
        title.possessor = possessor
        title.number = number
        title.definite = definite
        core_end = j
        n = self.norm(j)
        if n is None and self.norm(j + 1) in ("designate", "elect") and j + 1 < stop:
            j += 1  # "Minister-designate", split at the hyphen
            n = self.norm(j)
        if n in ("designate", "elect") and j < stop:
            title.status = n
            j += 1
            core_end = j
        j, core_end = self._tails(title, j, core_end, stop)
        national = title.org_info or self.lex.organizations.get(title.org or "")
        if national is not None and national.country and not title.country:
            # "Kremlin spokesman", "Speaker of the Knesset": a state's own body gives its state
            title.country, title.country_how = national.country, "body"
        title.end = j
        title.text = self.doc[core_start:core_end].text if core_end > core_start else self.doc[i:j].text
        # "the UN Secretary-General's Special Envoy for Yemen": the second title, in the first one's body
        if j < stop and self.norm(j) == "'s" and not title.plural:
            inner = self.parse_title(j + 1, stop)
            if inner is not None and inner.possessor is None and not inner.definite:
                inner.org_info = inner.org_info or title.org_info
                inner.parent_org = inner.parent_org or title.org
                inner.country = inner.country or title.country
                inner.country_how = inner.country_how or title.country_how
                inner.start = i
                return inner
        return title

    def _add_portfolio(self, title: TitleParse, canonical: str | None, a: int, b: int, *, joined: bool = False) -> None:
        text = self.doc[a:b].text
        if joined and title.portfolio_text:
            title.portfolio_text = self.doc[self._portfolio_start : b].text
            title.portfolio = _portfolio_title(title.portfolio_text)
            return
        self._portfolio_start = a
        title.portfolio, title.portfolio_text = canonical or _portfolio_title(text), text

    def _prefix_run(self, j: int, stop: int) -> int:
        """End of a run naming a body or place before a title head ("Foreign Ministry", "Mombasa County",
        "Armed Forces of the Philippines"), or ``j`` when there is none. The run must hold an institution word,
        a city or a known body."""
        k = j
        substantive = False
        while k < stop:
            if self.norm(k) is None:
                k += 1
                continue
            n = self.norm(k)
            if n in ("of", "and", "&") and k > j:
                nxt = k + 1 + (1 if self.norm(k + 1) == "the" else 0)
                if nxt < stop and (
                    nxt in self.country_at
                    or nxt in self.city_at
                    or (is_capitalized(self.text(nxt)) and self.norm(nxt) in self.lex.institution_words)
                ):
                    k = nxt
                    continue
                break
            if not is_capitalized(self.text(k)):
                if (
                    k == j
                    and n in self.lex.cue("lower_case_body")
                    and self.lex.titles.match(self.w.norm, k + 1, stop=stop)
                ):
                    k += 1  # "army commander General X", "navy chief X"
                    substantive = True
                    continue
                break
            if k in self.city_at:
                k = self.city_at[k].end
                substantive = True
                continue
            if k in self.org_at:
                k = self.org_at[k].end
                substantive = True
                continue
            if k in self.country_at and not self.country_at[k].possessive:
                k = self.country_at[k].end
                continue
            place_end = self._place_before_local_head(k, stop) if k == j else k
            if place_end > k:
                # "Eskisehir Governor", "West Pokot Governor", "Turkana North MP": a place the gazetteer does not
                # know, named before a local post or a seat
                k = place_end
                substantive = True
                continue
            if (
                n in self.lex.institution_words
                and self.lex.titles.match(self.w.norm, k, stop=stop) is None
                and not (n in self.lex.modifiers and self.lex.titles.match(self.w.norm, k + 1, stop=stop) is not None)
            ):  # ("Piura Regional Governor": "Regional" says which governor, no body of Piura)
                k += 1
                substantive = True
                continue
            break
        return k if substantive else j

    def _place_before_local_head(self, k: int, stop: int) -> int:
        """End of one to three capitalised words naming a place before a local post or a seat ("Eskisehir
        Governor", "Tamil Nadu Chief Minister", "Turkana North Member of Parliament"), or ``k``."""
        if k > 0 and is_capitalized(self.text(k - 1)) and not self.doc[k].is_sent_start:
            return k
        lex = self.lex
        m, words = k, 0
        while m < stop and words < 3:
            n = self.norm(m) or ""
            if n in DIRECTION_WORDS and is_capitalized(self.text(m)):
                m, words = m + 1, words + 1  # "West Pokot", "Turkana North"
                continue
            if self.text(m) == "-" and m > k and not self.doc[m - 1].whitespace_ and not self.doc[m].whitespace_:
                m, words = m + 1, words - 1  # "Khyber-Pakhtunkhwa": the word after the hyphen joins the one before
                continue
            if (
                not (self.text(m).isalpha() and is_capitalized(self.text(m)))
                or n in lex.institution_words
                or n in lex.titles.first_words
                or n in lex.portfolios.first_words
                or n in lex.modifiers
                or m in self.country_at
                or m in self.org_at
            ):
                break
            m, words = m + 1, words + 1
        if all(self.norm(x) in DIRECTION_WORDS for x in range(k, m)) or (m - k == 1 and k in self.model_person):
            return k
        end = m
        t = lex.titles.match(self.w.norm, end, stop=stop)
        while (
            (t is None or t[1].category not in PLACE_CATEGORIES | SEAT_CATEGORIES)
            and end < stop
            and is_capitalized(self.text(end))
            and self.norm(end) in lex.institution_words
        ):
            end += 1  # "Karamoja Regional Police Commander" (not past "Regional Commissioner")
            t = lex.titles.match(self.w.norm, end, stop=stop)
        if t is None or t[1].category not in PLACE_CATEGORIES | SEAT_CATEGORIES:
            return k
        named_after = end + t[0] < len(self.doc) and is_capitalized(self.text(end + t[0]))
        if m - k > 1 and any(i in self.model_person for i in range(k, m)) and not named_after:
            # a name the model took for a person's: only when a name follows the post ("Tamil Nadu Chief
            # Minister K. Ilangovan"), not "Ruto Governor"
            return k
        return m

    def _set_prefix_body(self, title: TitleParse, a: int, b: int, *, parent: bool = False) -> None:
        start = a + (1 if self.norm(a) == "the" else 0)
        text = self.doc[start:b].text
        if parent:
            capital = self.city_at.get(start)
            if capital is not None and capital.city.capital and capital.end == b and title.country is None:
                # "Washington's special envoy", "Beijing's ambassador": the capital stands for its state
                title.country, title.country_how = capital.city.country, "capital"
                return
            title.parent_org = _ministry_name(text, self.lex)
            for k in range(a, b):
                cm = self.country_at.get(k)
                if cm is not None and title.country is None:
                    title.country, title.country_how = cm.code, "body"
            return
        city = self.city_at.get(a)
        unknown_place = (
            city is None
            and a not in self.country_at
            and a not in self.org_at
            and (
                (self.norm(a) or "") not in self.lex.institution_words
                or (  # "West Pokot"
                    self.norm(a) in DIRECTION_WORDS and b - a > 1 and self.norm(a + 1) not in self.lex.institution_words
                )
            )
        )
        if city is not None or unknown_place:
            title.org, title.org_is_place = text, True
            if city is not None:
                title.country = title.country or city.city.country
                title.country_how = title.country_how or "place"
            return
        title.org = _ministry_name(text.title() if text.islower() else text, self.lex)  # ("army commander")
        for k in range(a, b):
            info = self.org_at[k].info if k in self.org_at else None
            if info is not None and info.country is None:
                title.international = True
            cm = self.country_at.get(k)
            if cm is not None and title.country is None:
                title.country, title.country_how = cm.code, "body"

    def _tails(self, title: TitleParse, j: int, core_end: int, stop: int) -> tuple[int, int]:
        """Read the phrases after the head: of/for/to/in/from, "responsible for", or a body named directly
        ("Chairman Joint Chiefs of Staff Committee")."""
        head = title.head
        prefix_org = title.org is not None and not title.org_is_place
        for _ in range(3):
            n = self.norm(j)
            if j + 1 >= stop:
                break
            charge = (
                2
                if n in ("responsible", "charged") and self.norm(j + 1) in ("for", "with")
                else 3
                if n == "in" and self.norm(j + 1) == "charge" and self.norm(j + 2) == "of"
                else 0
            )
            if (
                n in ("'", "'s", "\u2019", "\u2019s")
                and (title.org is not None or title.org_info is not None)
                and self.parse_title(j + 1, stop) is None  # (not "the UN Secretary-General's Special Envoy")
            ):
                # "director-general of the Ministry of Foreign Affairs' Department of X": a unit of the body named
                unit = self.parse_tail(j + 1, stop, plural=False)
                if unit is not None and unit.kind == "org" and self.lex.organizations.get(unit.text) is None:
                    title.parent_org = title.org or (title.org_info.name if title.org_info else None)
                    title.org, title.org_info = unit.text, None
                    j = core_end = unit.end
                    continue
            if n == "on" and (title.to_post or head.category == "adviser") and title.scope is None:
                # "Special Assistant to the PM on Foreign Investment": the field the adviser covers
                tail = self.parse_tail(j + 1, stop, plural=False)
                if tail is not None and tail.kind == "portfolio":
                    title.scope = tail.text
                    j = core_end = tail.end
                    continue
            if n == "and" and head.phrase.endswith(" of state") and title.portfolio is None:
                # "Minister of State and Foreign Affairs": a senior minister's portfolio joined to the rank
                p = self.lex.portfolios.match(self.w.norm, j + 1, stop=stop)
                minister = self.lex.titles.get(head.phrase.split()[0])
                if p is not None and minister is not None:
                    end = self._portfolio_list_end(j + 1 + p[0], stop)
                    title.head = head = minister  # (the post reads as said: "Minister of State and Foreign Affairs")
                    self._add_portfolio(title, None, j - 1, end)
                    j = core_end = end
                    continue
            if n == "without" and self.norm(j + 1) == "portfolio":
                title.scope = "without portfolio"  # "Minister without Portfolio"
                j = core_end = j + 2
                continue
            if charge:
                # "Minister responsible for Trade", "Deputy Inspector-General of Police in charge of Operations"
                tail = self.parse_tail(j + charge, stop, plural=head.plural)
                if tail is None or tail.kind not in ("portfolio", "org") or not _portfolio_or_scope(title, tail):
                    break
                j = core_end = tail.end
                continue
            if n == "," and self.text(j + 1) in ("Ministry", "Department") and title.org is None:
                # "Secretary, Ministry of Electronics and Information Technology, X": the body after a comma
                tail = self.parse_tail(j + 1, stop, plural=False)
                if (
                    tail is not None
                    and tail.kind == "org"
                    and self.text(tail.end) == ","
                    and self.parse_name(tail.end + 1, stop, anchored=True) is not None
                ):
                    info = self.lex.organizations.get(tail.text)
                    title.org_info, title.org = info, None if info else tail.text
                    j = core_end = tail.end
                    continue
            if (
                n == "("
                and j + 2 < stop
                and self.text(j + 2) == ")"
                and is_capitalized(self.text(j + 1))
                and title.scope is None
                and title.org is None
                and self.country_at.get(j + 1) is None
            ):
                # "Secretary (East)": the desk the post covers ("of the ... Cooperation (OIC)": the body's acronym)
                if not self.text(j + 1).isupper():
                    title.scope = self.text(j + 1)
                j = core_end = j + 3
                continue
            if n not in ("of", "for", "to", "in", "at", "from"):
                if (
                    title.org is None
                    and head.category in DIRECT_BODY
                    and is_capitalized(self.text(j))
                    and (title.portfolio is None)
                    and self.is_rank_start(j, stop) is None
                    and self.lex.titles.match(self.w.norm, j, originals=self.w.orig, stop=stop) is None
                ):  # not "Army chief General X" nor "Police chief Inspector General X": a rank or a second title
                    tail = self.parse_tail(j, stop, plural=head.plural)
                    after = tail.end if tail is not None else j
                    if self.text(after) == "(" and self.text(after + 2) == ")":
                        after += 3  # "Chairman Higher Education Commission (HEC) Dr. X": the body's acronym
                    if (
                        tail is not None
                        and tail.kind in ("org", "city")
                        and (self.is_rank_start(after, stop) is not None or self.is_name_word(after))
                    ):
                        title.org, title.org_is_place = tail.text, tail.kind == "city"
                        j = core_end = tail.end
                        continue
                break
            tail = self.parse_tail(j + 1, stop, plural=head.plural or head.category == "counterpart")
            if n == "in" and head.category in DIPLOMATS and tail is None and title.destination is None:
                place_end = self._unknown_place_end(j + 1, stop)
                if place_end is not None:
                    # "Consul-General in Jayapura, X": a posting in a city the gazetteer does not know
                    title.destination_text = self.doc[j + 1 : place_end].text
                    j = core_end = place_end
                    continue
            if n == "for" and head.category in ("international", "diplomat") and tail is None:
                place_end = self._unknown_place_end(j + 1, stop)
                if place_end is not None:
                    # "the UN special envoy for the Great Lakes region, X": a region the gazetteer does not know
                    title.scope = self.doc[j + 1 : place_end].text
                    j = core_end = place_end
                    continue
            if (
                n == "of"
                and head.category in PLACE_CATEGORIES
                and (
                    tail is None
                    or tail.kind == "portfolio"
                    or all(self.norm(x) in (*DIRECTION_WORDS, "the") for x in range(j + 1, tail.end))
                )
            ):  # ("Governor of South Sulawesi": not a body named "South")
                place_end = self._unknown_place_end(j + 1, stop)
                if place_end is not None:
                    # "the Regional Governor of Puno, Edgar ...": a place the gazetteer does not know
                    title.org, title.org_is_place = self.doc[j + 1 : place_end].text, True
                    j = core_end = place_end
                    continue
            if tail is None:
                break
            if n == "from":
                if tail.kind != "country" or not (head.plural or head.category == "counterpart"):
                    break
                title.countries = tail.countries
                if len(tail.countries) == 1:
                    title.country, title.country_how = tail.value, "from"
                j = tail.end
                continue
            if n == "to" and head.category not in DIPLOMATS and head.category != "international":
                inner = self.parse_title(j + 1, stop)
                if inner is not None and not inner.plural and inner.head.category != "counterpart":
                    # "Senior Adviser to the President", "Minister Delegate to the Minister of Economy": the post
                    # this one serves, not a second person's
                    title.to_post = normalize_post(inner, self.lex)
                    title.country = title.country or inner.country
                    title.country_how = title.country_how or inner.country_how
                    j = core_end = inner.end
                    continue
            if n == "to" or (head.category in DIPLOMATS and n in ("in", "at", "for")):
                if head.category not in DIPLOMATS and head.category != "international":
                    break
                if tail.kind in ("country", "city"):
                    title.destination = tail.value
                    title.destination_text = tail.text
                elif tail.kind == "org":
                    info = self.lex.organizations.get(tail.text)
                    title.org = title.org or (None if info else tail.text)
                    title.org_info = title.org_info or info
                elif tail.kind == "portfolio" and n == "for":
                    title.scope = tail.text
                else:
                    break
                j = core_end = tail.end
                continue
            if n in ("in", "at"):
                if (
                    tail.kind == "org"
                    and title.org is None
                    and title.org_info is None
                    and (
                        n == "at"
                        or self.norm(tail.end - 1) in OFFICE_WORDS
                        or self._acronym_body(tail)
                        or self.norm(j + (2 if self.norm(j + 1) == "the" else 1)) in ("ministry", "department")
                    )
                ):
                    # "Minister in the Prime Minister's Department", "Minister of State in the Presidency",
                    # "Secretary of State at the Ministry of Commerce"
                    info = self.lex.organizations.get(tail.text.removeprefix("the "))
                    title.org_info, title.org = info, None if info else tail.text
                    for country in tail.countries:
                        title.country, title.country_how = title.country or country, title.country_how or "body"
                    j = core_end = tail.end
                    continue
                if n == "at" and tail.kind in ("org", "portfolio") and title.parent_org is None:
                    # "Director of Cabinet at the Presidency of the Republic": the body the unit belongs to
                    title.parent_org = tail.text.removeprefix("the ")
                    j = core_end = tail.end
                    continue
                if tail.kind != "country" or title.country:
                    break
                if title.org_info is not None or head.category == "international":
                    # "Head of the United Nations Support Mission in Libya": where the body works, not whom it serves
                    title.destination, title.destination_text = tail.value, tail.text
                    j = core_end = tail.end
                    continue
                title.country, title.country_how = tail.value, "in"
                j = tail.end
                continue
            # of / for
            if (
                tail.kind == "country"
                and n == "for"
                and (title.org_info is not None or title.international or head.category == "international")
            ):
                # "the African Union High Representative for Libya": the country the post deals with
                title.destination, title.destination_text = tail.value, tail.text
                j = core_end = tail.end
                continue
            if tail.kind == "country":
                if tail.countries and len(tail.countries) > 1:
                    title.countries = tail.countries
                else:
                    title.country, title.country_how = tail.value, "of"
                j = tail.end
                continue
            lexicon_body = tail.kind == "org" and self.lex.organizations.get(tail.text.removeprefix("the ")) is not None
            if n == "for" and tail.kind in ("portfolio", "org") and not lexicon_body:
                if not _portfolio_or_scope(title, tail):
                    break
                if tail.kind == "org" and len(tail.countries) == 1 and title.country is None:
                    # "the spokesman for the Chinese foreign ministry": the body's country
                    title.country, title.country_how = tail.countries[0], "body"
                j = core_end = tail.end
                continue
            if tail.kind == "portfolio" and head.portfolio and title.portfolio is None:
                title.portfolio, title.portfolio_text = tail.value, tail.text
                j = core_end = tail.end
                continue
            if (
                tail.kind == "portfolio"
                and not head.portfolio
                and n == "of"
                and head.category in ("agency", "diplomat")
                and title.org is None
                and title.org_info is None
                and is_capitalized(self.text(j + 1))
            ):
                # "Director of Political Affairs", "Director-General of Defence Strategy": the field a department
                # head runs
                title.org = tail.text
                j = core_end = tail.end
                continue
            if tail.kind == "org":
                info = self.lex.organizations.get(tail.text.removeprefix("the ").removeprefix("The "))
                if prefix_org and info is None and title.parent_org is None:
                    # "ROKN Chief of Naval Operations": the body before the head is the parent of the unit after it
                    title.parent_org, title.org = title.org, tail.text
                    prefix_org = False
                elif title.org is not None or title.org_info is not None:
                    # a second body: the first one named the post's unit, this one its parent
                    title.parent_org = tail.text if info is None else info.name
                    title.org_info = title.org_info or info
                else:
                    title.org_info = info or tail.body_of
                    title.org = None if info else tail.text
                    if head.portfolio and title.portfolio is None and info is None and head.category == "minister":
                        title.portfolio, title.portfolio_text, title.org = _portfolio_title(tail.text), tail.text, None
                for country in tail.countries:
                    if title.country is None:
                        title.country, title.country_how = country, "body"
                j = core_end = tail.end
                continue
            if tail.kind == "city" and head.category in PLACE_CATEGORIES:
                title.org = tail.text
                title.org_is_place = True
                title.country = title.country or tail.value
                title.country_how = title.country_how or "place"
                j = core_end = tail.end
                continue
            break
        return j, core_end

    def _body_of_members(self, core_start: int, head_start: int) -> bool:
        """True when "of" comes right before a plural head, but for portfolio words and modifiers: "Council of
        Foreign Ministers", "Committee of Permanent Representatives"."""
        k = head_start - 1
        while (
            k > core_start and self.norm(k) != "of" and (self.norm(k) in self.lex.modifiers or self._portfolio_word(k))
        ):
            k -= 1
        return k > core_start and self.norm(k) == "of"

    def _unknown_place_end(self, k: int, stop: int) -> int | None:
        """End of one to three capitalised words at ``k`` that close a local title before a comma, a rank or
        a name ("Governor of Puno, ..."), or None."""
        k = k + 1 if self.norm(k) == "the" else k  # "Akim of the Pavlodar region X"
        m = k
        while (
            m < stop
            and m - k < 3
            and is_capitalized(self.text(m))
            and self.text(m)[0].isalpha()
            # (the model may run a name from the title on: "[Khokim of Samarkand]"; not into a place named with
            # its direction: "Governor of South [Sulawesi]")
            and (not self._starts_person(m) or (m == k + 1 and self.norm(k) in DIRECTION_WORDS))
            and self.is_rank_start(m, stop) is None
            and self.lex.titles.match(self.w.norm, m, stop=stop) is None
        ):
            m += 1
        if m == k:
            return None
        while m < stop and self.norm(m) in REGION_WORDS and not is_capitalized(self.text(m)):
            m += 1  # "the Pavlodar region"
        if m >= stop or self.text(m) in (",", "(") or self._starts_person(m) or self.is_rank_start(m, stop) is not None:
            return m
        # "Chief Minister of Punjab Maryam Nawaz Sharif received": one word (and its "State", "Province"), then
        # a name of two to four words up to a word in lower case or a stop
        place_end = k + 1
        while place_end < stop and self.norm(place_end) in REGION_WORDS:
            place_end += 1
        name_end = place_end
        while name_end < stop and self.is_name_word(name_end) and not self.gazetteer_at(name_end):
            name_end += 1
        if 2 <= name_end - place_end <= 4 and (name_end >= stop or not is_capitalized(self.text(name_end))):
            return place_end
        return None

    def _continues_title(self, j: int, stop: int) -> bool:
        """True when a title head, portfolio or modifier comes at ``j`` (possibly after more modifiers)."""
        k = j
        for _ in range(5):
            if k >= stop:
                return False
            if self.norm(k) is None:
                k += 1
                continue
            if self.lex.titles.match(self.w.norm, k, originals=self.w.orig, stop=stop) is not None:
                return True
            p = self.lex.portfolios.match(self.w.norm, k, stop=stop)
            if p is not None:
                k += p[0]
                continue
            if self.norm(k) in self.lex.modifiers:
                k += 1
                continue
            om = self.org_at.get(k)
            if om is not None:
                k = om.end
                continue
            cm = self.country_at.get(k)
            if cm is not None and (cm.demonym or cm.possessive):
                k = cm.end + (1 if cm.possessive else 0)
                continue
            return False
        return False

    def parse_tail(self, j: int, stop: int, *, plural: bool) -> _Tail | None:
        """The object of "of", "for", "to" or "in" in a title ("its Ministry" read as "the Ministry")."""
        tail = self._parse_tail(j, stop, plural=plural)
        if tail is not None and self.norm(j) in ("its", "their"):
            tail.text = "the " + tail.text.split(" ", 1)[1] if " " in tail.text else tail.text
        return tail

    def _parse_tail(self, j: int, stop: int, *, plural: bool) -> _Tail | None:
        if j >= stop:
            return None
        start = j
        if self.norm(j) == "the" or (self.norm(j) in ("its", "their") and is_capitalized(self.text(j + 1))):
            j += 1  # ("the Permanent Secretary of its Ministry of Foreign Affairs": the country's, named before)
        cm = self.country_at.get(j)
        pair = self.country_at.get(cm.end + 1) if cm is not None and self.text(cm.end) == "-" else None
        if (
            cm is not None
            and pair is not None
            and not self.doc[cm.end - 1].whitespace_
            and not self.doc[cm.end].whitespace_
            and pair.end < stop
            and is_capitalized(self.text(pair.end))
            and self.norm(pair.end) in self.lex.institution_words
        ):
            # "the Japan-Jordan Parliamentary Friendship League": a body of two countries, named from the side of
            # the first (a friendship group of Japan's parliament)
            run_end = self._institution_run(pair.end, stop)
            return _Tail(run_end, "org", self.doc[j:run_end].text, self.doc[start:run_end].text, [cm.code])
        if (
            cm is not None
            and not cm.demonym
            and not cm.possessive
            and (
                cm.end < stop and is_capitalized(self.text(cm.end)) and self.norm(cm.end) in self.lex.institution_words
            )
        ):
            # "the Sri Lanka Navy": a body of the country
            run_end = self._institution_run(cm.end, stop)
            return _Tail(run_end, "org", self.doc[j:run_end].text, self.doc[start:run_end].text, [cm.code])
        if (
            cm is not None
            and not cm.possessive
            and cm.end < stop
            and not is_capitalized(self.text(cm.end))
            and self.text(cm.end).isalpha()
            and self.norm(cm.end) not in CONNECTORS
            and self.norm(cm.end) in self.lex.institution_words
        ):
            # "commander of the Myanmar air force", "chief of the Pakistani army": a body written in lower case
            run_end = cm.end
            while (
                run_end < stop
                and not is_capitalized(self.text(run_end))
                and self.norm(run_end) in self.lex.institution_words
            ):
                run_end += 1
            return _Tail(run_end, "org", self.doc[j:run_end].text, self.doc[start:run_end].text, [cm.code])
        if cm is not None and cm.possessive and not cm.demonym:
            # "Head of Indonesia's Halal Product Assurance Agency": a body of the country
            body = cm.end + 1 if self.norm(cm.end) in ("'s", "'") else cm.end
            run_end = self._institution_run(body, stop)
            if run_end > body:
                return _Tail(run_end, "org", self.doc[body:run_end].text, self.doc[body:run_end].text, [cm.code])
            p = self.lex.portfolios.match(self.w.norm, body, stop=stop)
            if p is not None and self.norm(body + p[0]) in ("ministry", "department"):
                # "at Japan's trade ministry": a ministry written in lower case
                end = body + p[0] + 1
                return _Tail(end, "org", f"Ministry of {p[1]}", f"Ministry of {p[1]}", [cm.code])
        if cm is not None and not cm.demonym:
            countries = [cm.code]
            end = cm.end
            if plural:
                k = end
                while k < stop:
                    n = self.norm(k)
                    if n in (",", "and") and k + 1 < stop:
                        nxt = k + 1 if self.norm(k + 1) != "and" else k + 2
                        nxt += 1 if self.norm(nxt) == "the" else 0  # "of the Kyrgyz Republic, the Republic of ..."
                        c2 = self.country_at.get(nxt)
                        if c2 is not None and not c2.demonym:
                            countries.append(c2.code)
                            k = end = c2.end
                            continue
                    break
            return _Tail(end, "country", cm.code, self.doc[start:end].text, countries)
        om = self.org_at.get(j)
        if om is not None and self.norm(om.end) in ("'s", "'"):
            # "Assistant Director of NATO's International Military Staff": a body of the organisation; "the
            # National Assembly's foreign affairs committee", written in lower case
            run_end = self._institution_run(om.end + 1, stop) if om.info is not None else om.end + 1
            if run_end == om.end + 1:
                run_end = self._lower_body_end(om.end + 1, stop)
            if run_end > om.end + 1:
                text = self.doc[om.end + 1 : run_end].text
                return _Tail(run_end, "org", text, text, [], om.info)
        if om is not None and om.info is not None:
            end = om.end
            post = self.lex.titles.match(self.w.norm, end, stop=stop) if is_capitalized(self.text(end)) else None
            if post is not None and not post[1].plural and post[1].category in ("international", "head_of_body"):
                # "Personal Envoy of the United Nations Secretary-General": the post the envoy serves
                run_end = end + post[0]
                return _Tail(run_end, "org", self.doc[j:run_end].text, self.doc[start:run_end].text, [], om.info)
            if end < stop and is_capitalized(self.text(end)) and self.norm(end) in self.lex.institution_words:
                # "the United Nations Support Mission in Libya": a body of the organisation
                run_end = self._institution_run(end, stop)
                return _Tail(run_end, "org", self.doc[j:run_end].text, self.doc[start:run_end].text, [], om.info)
            return _Tail(end, "org", om.info.name, self.doc[j:end].text, [])
        city = self.city_at.get(j)
        if city is not None:
            end = city.end
            # "Rabat-Salé-Kénitra region": a region named after its cities
            while (
                end + 1 < stop
                and self.text(end) == "-"
                and not self.doc[end - 1].whitespace_
                and is_capitalized(self.text(end + 1))
            ):
                end += 2
            # "Kano State", "Tehran Province": the city names a region
            while end < stop and self.norm(end) in REGION_WORDS and (is_capitalized(self.text(end)) or end > city.end):
                end += 1
            if (
                end == city.end
                and end + 1 < stop
                and self.norm(end) in REGION_WORDS
                and (is_capitalized(self.text(end + 1)) or self.text(end + 1) in (",", "("))
            ):
                end += 1  # "Governor of Savannakhet province Bounmy Phanthavong": the region's word in lower case
            if end < stop and is_capitalized(self.text(end)) and self.norm(end) in self.lex.institution_words:
                # "the Abu Dhabi Fund for Development": a body of the city
                run_end = self._institution_run(end, stop)
                return _Tail(
                    run_end, "org", self.doc[j:run_end].text, self.doc[start:run_end].text, [city.city.country]
                )
            return _Tail(end, "city", city.city.country, self.doc[j:end].text, [])
        # a portfolio written out ("of Foreign Affairs"), or a run of institution words
        run_end = self._institution_run(j, stop)
        whole = self.lex.portfolios.match(self.w.norm, j, stop=stop)
        if whole is not None and j + whole[0] > run_end and is_capitalized(self.text(j)):
            # "of Hajj and Umrah": a portfolio of the lexicon the model took for names
            end = j + whole[0]
            return _Tail(end, "portfolio", whole[1], self.doc[j:end].text, [])
        if run_end > j and self.norm(run_end) in ("'s", "'") and self.norm(start) == "the":
            body_end = self._lower_body_end(run_end + 1, stop)
            if body_end > run_end + 1:
                # "the Senate's foreign relations committee": a body of a body, written in lower case
                text = self.doc[run_end + 1 : body_end].text
                return _Tail(body_end, "org", text, text, [])
        if run_end > j:
            text = self.doc[j:run_end].text
            p = self.lex.portfolios.match(self.w.norm, j, stop=run_end)
            if p is not None and j + p[0] == run_end:
                listed = self._portfolio_list_end(run_end, stop)
                if listed > run_end:
                    # "for Economic Growth, Energy, and the Environment": portfolios listed together make one
                    text = self.doc[j:listed].text
                    return _Tail(listed, "portfolio", _portfolio_title(text), text, [])
                return _Tail(run_end, "portfolio", p[1], text, [])
            kind = "org" if self.norm(start) == "the" or not self._all_lower(j, run_end) else "portfolio"
            if kind == "portfolio" or (self.norm(start) != "the" and self._all_portfolio_words(j, run_end)):
                listed = self._portfolio_list_end(run_end, stop)
                text = self.doc[j:listed].text
                return _Tail(listed, "portfolio", _portfolio_title(text), text, [])
            countries = [self.country_at[k].code for k in range(j, run_end) if k in self.country_at]
            return _Tail(run_end, "org", text, self.doc[start:run_end].text, countries)
        shared = self._shared_affairs_end(j, stop)
        if shared is not None:
            # "for Humanitarian, Cultural and Social Affairs": fields listed before one "Affairs"
            text = self.doc[j:shared].text
            return _Tail(shared, "portfolio", text, text, [])
        p = self.lex.portfolios.match(self.w.norm, j, stop=stop)
        if p is not None:
            end = self._portfolio_list_end(j + p[0], stop)
            if end > j + p[0]:
                # "of Agriculture, Forestry and Fisheries": portfolios listed together make one
                text = self.doc[j:end].text
                return _Tail(end, "portfolio", _portfolio_title(text), text, [])
            return _Tail(j + p[0], "portfolio", p[1], self.doc[j : j + p[0]].text, [])
        # "for Ibero-America, Elena ...": capitalised words up to the comma before a name, or up to the country
        # served ("Minister of Strategic Industries of Ukraine X")
        k = j
        while k < stop and k - j < 5 and (is_capitalized(self.text(k)) or self.norm(k) is None):
            k += 1
        served = k + 2 if self.norm(k + 1) == "the" else k + 1
        if (
            k > j
            and k < stop
            and (
                self.text(k) == ","
                or (
                    self.norm(k) == "of"
                    and served in self.country_at
                    and not self.country_at[served].demonym
                    and self.parse_name(self.country_at[served].end, stop, anchored=True) is not None
                )
            )
            and k not in self.model_person
            and not any(i in self.model_person for i in range(j, k))
        ):
            return _Tail(k, "portfolio", self.doc[j:k].text, self.doc[j:k].text, [])
        return None

    def _shared_affairs_end(self, j: int, stop: int) -> int | None:
        """End of capitalised words listed with commas and "and" before one "Affairs" ("Humanitarian, Cultural
        and Social Affairs"), or None."""
        k = j
        listed = False
        while k < stop and k - j < 10:
            if not (is_capitalized(self.text(k)) and self.text(k).isalpha()) or k in self.model_person:
                return None
            if self.norm(k) == "affairs":
                return k + 1 if listed and k > j else None
            k += 1
            if self.norm(k) in (",", "and", "&"):
                listed = True
                k += 1
                if self.norm(k) in ("and", "&"):
                    k += 1
        return None

    def _acronym_body(self, tail: _Tail) -> bool:
        """A body named by its acronym alone ("in the MEA")."""
        words = tail.text.removeprefix("the ").split()
        return len(words) == 1 and 2 <= len(words[0]) <= 5 and words[0].isupper() and words[0].isalpha()

    def _lower_body_end(self, k: int, stop: int) -> int:
        """End of a body named in lower case from ``k``: portfolio words ending in a body's noun ("foreign
        affairs and unification committee"), or ``k``."""
        end = k
        m = k
        while m < stop and m - k < 8 and not is_capitalized(self.text(m)):
            n = self.norm(m)
            if n in _BODY_NOUNS and m > k:
                end = m + 1
                break
            if not (
                n in ("and", "&")
                or self._portfolio_word(m)
                or (self.text(m).isalpha() and self.doc[m].pos_ in ("NOUN", "ADJ", ""))
            ):
                break
            m += 1
        return end

    def _all_lower(self, a: int, b: int) -> bool:
        return all(not is_capitalized(self.text(i)) for i in range(a, b))

    def _portfolio_list_end(self, k: int, stop: int) -> int:
        """End of more portfolios joined by "and" or commas from ``k`` ("and Investment" in "Planning and
        Investment Minister"), or ``k``."""
        while self.norm(k) in ("and", ",", "&") and k + 1 < stop:
            nxt = k + 1
            if self.norm(k) == "," and self.norm(nxt) in ("and", "&"):
                nxt += 1  # "Economic Growth, Energy, and the Environment"
            q = self.lex.portfolios.match(self.w.norm, nxt, stop=stop)
            if q is None:
                if (
                    self.norm(k) == "and"
                    and nxt + 1 < stop
                    and self.text(nxt).isalpha()
                    and is_capitalized(self.text(nxt))
                    and nxt not in self.model_person
                    and self.norm(nxt) not in self.lex.titles.first_words
                    and self.is_name_word(nxt + 1)
                    and (nxt + 1 in self.model_person or self.is_name_word(nxt + 2))
                ):
                    k = nxt + 1  # "for Economic Diplomacy and Openness Eleni X": a field the lexicon lacks
                elif self.norm(k) == ",":
                    k = self._field_list_end(k, stop)
                break
            k = nxt + q[0]
        return k

    def _field_list_end(self, k: int, stop: int) -> int:
        """End of a list of fields the lexicon lacks, closed by "and" and then a comma (", Gender, Entertainment
        and Sport,", ", Convergence and the Evaluation of Public Policies,"), or ``k``. Its words are capitalised,
        one at least a portfolio word, and none of its items a name of two words or more the model found."""
        j = k
        closed = False
        fields = False
        while j < stop and self.norm(j) in (",", "and", "&") and not closed:
            closed = self.norm(j) in ("and", "&")
            j += 1
            if j < stop and self.norm(j) in ("and", "&"):
                closed = True
                j += 1
            a = j + 1 if self.norm(j) == "the" else j
            b = a
            while (
                b < stop
                and b - a < 5
                and (
                    (self.text(b).isalpha() and is_capitalized(self.text(b)))
                    or (self.norm(b) in ("of", "and") and b > a and is_capitalized(self.text(b + 1)))
                )
                and self.norm(b) not in self.lex.titles.first_words
                and self.is_rank_start(b, stop) is None
            ):
                if self.norm(b) == "and" and not closed:
                    break  # ("Trade, Industry and Sport": the list's closing "and")
                b += 1
            if b == a or (b - a >= 2 and all(t in self.model_person for t in range(a, b))):
                return k
            fields = fields or any(self._portfolio_word(t) for t in range(a, b))
            j = b
        if not closed or not fields or (j < stop and (self.norm(j) or self.text(j)) not in (",", ".", ")")):
            return k
        return j

    def _portfolio_word(self, i: int) -> bool:
        """True for a word of the lexicon's portfolios or institutions ("Cooperation", "Affairs")."""
        if self._portfolio_vocabulary is None:
            self._portfolio_vocabulary = {w for key in self.lex.portfolios.entries for w in key}
        n = self.norm(i)
        return n is not None and (n in self._portfolio_vocabulary or n in self.lex.institution_words)

    def _all_portfolio_words(self, a: int, b: int) -> bool:
        """True when a run is made of portfolios only ("Political Affairs, Peace and Security")."""
        k = a
        while k < b:
            if self.norm(k) in (",", "and", "&", None):
                k += 1
                continue
            m = self.lex.portfolios.match(self.w.norm, k, stop=b)
            if m is None:
                return False
            k += m[0]
        return True

    def _starts_person(self, k: int) -> bool:
        """True when the model's PERSON name starts at ``k``."""
        return k in self.model_person and (
            k == 0 or k - 1 not in self.model_person or self.model_person[k - 1] != self.model_person[k]
        )

    def _institution_run(self, j: int, stop: int) -> int:
        """End of the run of capitalised institution words at ``j`` ("Internal Security Forces",
        "Intelligence and National Security"); a following name is left out. A run of capitalised words that
        ends in an institution word ("Kano State") counts whole, and so do capitalised words the model does not
        take for a name right before the name it finds ("Minister of Hajj and Umrah Fahd ...")."""
        k = j
        last_inst = j
        while k < stop:
            n = self.norm(k)
            if n is None or (n == "'s" and k > j and k + 1 < stop and is_capitalized(self.text(k + 1))):
                k += 1  # "the Supreme People's Court"
                continue
            if (n in CONNECTORS or n in (",", "on")) and k > j:
                nxt = k + 1
                if self.norm(nxt) == "the":
                    nxt += 1
                if n == "of" and nxt in self.country_at and not self._country_names_body(nxt, stop):
                    break  # "the Verkhovna Rada of Ukraine": the country served ends the body
                if n == "," and self.is_rank_start(nxt, stop) is not None:
                    break  # "Minister of Interior, General Rashid ...": the rank starts the name
                if (
                    nxt < stop
                    and nxt not in self.model_person
                    and is_capitalized(self.text(nxt))
                    and (
                        self.norm(nxt) in self.lex.institution_words
                        or (nxt in self.country_at and n != "," and self._country_names_body(nxt, stop))
                        or nxt in self.org_at
                        or (n == "of" and self.lex.titles.match(self.w.norm, nxt, stop=stop) is not None)
                        or (n != "," and self._person_ahead(nxt, stop))
                        or (n in ("and", "&") and self._words_to_institution(nxt, stop))
                    )
                ):
                    k = nxt
                    continue
                break
            if (
                k == j
                and n in self.lex.institution_words
                and not is_capitalized(self.text(k))
                and k + 1 < stop
                and is_capitalized(self.text(k + 1))
                and self._institution_word(k + 1)
            ):
                k += 1  # "the provincial Party Committee"
                continue
            if not is_capitalized(self.text(k)) or not self.text(k)[0].isalpha():
                break
            if self._institution_word(k):
                k += 1
                last_inst = k
                continue
            if self.is_rank_start(k, stop) is not None or k in self.model_person:
                break
            title = self.lex.titles.match(self.w.norm, k, stop=stop)
            if title is not None and self.norm(k - 1) in ("of", "the") and (k > j or self.norm(k - 1) == "the"):
                k += title[0]  # "Special Representative of the Secretary-General"
                last_inst = k
                continue
            # a capitalised word outside the list: part of the name of the body only if an institution
            # word follows in the same run ("Kano State", "Quds Force"), or the model's name comes right after
            m = k
            while m < stop and (
                (
                    is_capitalized(self.text(m))
                    and not self._institution_word(m)
                    and (m not in self.model_person)
                    and (m == k or self.is_rank_start(m, stop) is None)
                )
                or (self.norm(m) == "'s" and m > k and m + 1 < stop and is_capitalized(self.text(m + 1)))
            ):
                m += 1
            if m > k and m - k <= 4 and self.is_rank_start(m, stop) is not None and self.norm(j - 1) == "the":
                last_inst = m  # "Spokesperson for the West Philippine Sea Commodore X": the rank starts the name
                break
            if m < stop and m - k <= 3 and is_capitalized(self.text(m)) and self._institution_word(m):
                k = m
                continue
            if m - k <= 3 and self._starts_person(m) and k > j:
                if last_inst == k and self.norm(k - 1) in self.lex.institution_words:
                    break  # "the Supreme People's Court Vu Thi Lan Anh": the body ended; the words start the name
                if any(self.norm(x) in ("and", "&") for x in range(j, k)):
                    # "Transport and Logistics Dagmawit Tesfaye Bekele": the conjunct after "and" is one word
                    # (more only in words of portfolios); the words after it start the name the model cut short
                    w = k + 1 if self.norm(k - 1) in ("and", "&") else k
                    while w < m and self._portfolio_word(w):
                        w += 1
                    m = w
                    if m == k:
                        break
                k = m
                last_inst = k
            break
        return last_inst

    def _words_to_institution(self, k: int, stop: int) -> bool:
        """True when one to three capitalised words at ``k`` lead to an institution word: "(the Africa and) Middle
        East Department"."""
        m = k
        while m < stop and m - k < 3 and is_capitalized(self.text(m)) and not self._institution_word(m):
            if m in self.model_person:
                return False
            m += 1
        return m > k and m < stop and is_capitalized(self.text(m)) and self._institution_word(m)

    def _institution_word(self, i: int) -> bool:
        """A word of the institution list, or an acronym of two to five capitals that is not a country's or a
        listed organisation's ("the Lao NA")."""
        if self.norm(i) in self.lex.institution_words:
            return True
        text = self.text(i)
        return (
            2 <= len(text) <= 5
            and text.isalpha()
            and text.isupper()
            and i not in self.country_at
            and i not in self.org_at
            and i not in self.model_person
            and self.is_rank_start(i, i + 1) is None
        )

    def _country_names_body(self, k: int, stop: int) -> bool:
        """A country inside a body's name goes on with an institution word ("the Sri Lanka Navy"); a country
        that ends the phrase ("Minister of Foreign Affairs of the Dominican Republic") is the country served."""
        end = self.country_at[k].end
        return end < stop and is_capitalized(self.text(end)) and self.norm(end) in self.lex.institution_words

    def _person_ahead(self, k: int, stop: int) -> bool:
        """True when the model's name starts within a few capitalised words from ``k``."""
        m = k
        while m < stop and m - k <= 3 and is_capitalized(self.text(m)) and m not in self.model_person:
            m += 1
        return m > k and self._starts_person(m)

    # -- scanning --------------------------------------------------------------------------------------------
    def scan_sentence(self, start: int, stop: int) -> None:
        i = start
        while i < stop:
            if i in self.used:
                i += 1
                continue
            title = self.parse_title(i, stop)
            if title is not None and title.plural and title.head.category != "group":
                end = self._names_after_plural(title, stop)
                if end is not None:
                    i = end
                    continue
            if title is not None and title.head.category != "group" and not title.plural:
                name = self._name_after_title(title, stop)
                if name is None and self.norm(title.end) == "and":
                    # two posts held together: "Deputy Prime Minister and Foreign Minister X"
                    second = self.parse_title(title.end + 1, stop)
                    if second is not None and not second.plural and second.head.category != "group":
                        found = self._name_after_title(second, stop)
                        if found is not None:
                            (ns, ne), ranks, rank_start = found
                            second.country = second.country or title.country
                            second.country_how = second.country_how or title.country_how
                            title.country = title.country or second.country
                            mention = self.add_name(ns, ne, ranks, rank_start, second, "title-before-name", 0.9)
                            mention.more_titles.append(title)
                            self.used.update(range(title.start, title.end + 1))
                            self.ann.titles += [title, second]
                            i = ne
                            continue
                if name is None:
                    # two titles in a row: "Foreign Ministry Spokesman Ambassador X"
                    second = self.parse_title(title.end, stop)
                    if second is not None and not second.plural and second.head.category != "group":
                        found = self._name_after_title(second, stop)
                        if found is not None:
                            (ns, ne), ranks, rank_start = found
                            mention = self.add_name(ns, ne, ranks, rank_start, title, "title-before-name", 0.9)
                            mention.more_titles.append(second)
                            self.used.update(range(second.start, second.end))
                            self.ann.titles += [title, second]
                            i = ne
                            continue
                if name is not None:
                    (ns, ne), ranks, rank_start = name
                    self._inherit_list_country(title, start)
                    self.add_name(ns, ne, ranks, rank_start, title, "title-before-name", 0.95)
                    self.ann.titles.append(title)
                    i = ne
                    # "Deputy Foreign Minister X of Russia"
                    if title.country is None and self.norm(ne) == "of":
                        cm = self.country_at.get(ne + 1)
                        if cm is not None and not cm.demonym:
                            title.country, title.country_how = cm.code, "of"
                            i = cm.end
                    continue
            if title is not None:
                self.add_nominal(title, stop)
                i = title.end
                continue
            ranks, k, rank_start = self.ranks_at(i, stop)
            if ranks and self.parse_title(k, stop) is not None:
                i = k  # "HE Vice Minister of ... X": the honorific stands before a title, not a name
                continue
            if ranks:
                span = self.parse_name(k, stop, anchored=True)
                if span is not None:
                    self.add_name(span[0], span[1], ranks, rank_start, None, "rank-before-name", 0.9)
                    i = span[1]
                    continue
            i += 1

    def _inherit_list_country(self, title: TitleParse, sentence_start: int) -> None:
        """ "Montenegrin President X, Prime Minister Y and Defence Minister Z": the titles of a list share the
        country the first one states."""
        if title.country or title.org_info is not None or title.international:
            return
        j = title.start - 1
        if j < sentence_start or self.norm(j) not in (",", "and"):
            return
        if self.norm(j) == "and" and j - 1 >= sentence_start and self.norm(j - 1) == ",":
            j -= 1
        previous = next((m for m in reversed(self.ann.names) if m.end == j), None)
        if previous is None or previous.title is None or previous.title.country is None:
            return
        if previous.title.destination is not None:
            return  # "Chilean Ambassador to Vietnam X and Director of the Americas Department Y": an envoy listed
            # with the officials of the country he is posted to
        k = min(previous.start, previous.title.start) - 1
        if k >= sentence_start and self.norm(k) in (",", "and"):
            earlier = next((m for m in reversed(self.ann.names) if m.end == k), None)
            if earlier is not None and earlier.title is not None and earlier.title.country is None:
                return  # "Minister A, Serbian Foreign Minister B, Minister C and Serbian Minister D": a mixed list,
                # where only some are given a country
        if previous.title.country_how in ("demonym", "possessive", "modifier", "list"):
            title.country, title.country_how = previous.title.country, "list"

    def _names_after_plural(self, title: TitleParse, stop: int) -> int | None:
        """Names listed after a plural title: "his counterparts from Senegal and Ghana, Mr X and Mrs Y",
        "Foreign Ministers X of Kenya and Y of Uganda". Each name gets the title in the singular, with its own
        country (stated after it, or by position in the title's list of countries)."""
        j = title.end
        if self.norm(j) == "of":
            # "the defence ministers of the two countries, X of Thailand and Y of Cambodia"
            k = j + 1 + (1 if self.norm(j + 1) == "the" else 0)
            if self.norm(k) in NUMBERS and self.norm(k + 1) in ("countries", "nations", "sides", "states"):
                j = k + 2
        if j < stop and self.text(j) == ",":
            j += 1
        found: list[tuple[int, int, list[str], int | None, str | None]] = []
        while j < stop:
            ranks, k, rank_start = self.ranks_at(j, stop)
            span = self.parse_name(k, stop, anchored=True)
            if span is None:
                break
            country = None
            end = span[1]
            if self.norm(end) in ("of", "from") and end + 1 < stop:
                cm = self.country_at.get(end + 1)
                if cm is not None and not cm.demonym:
                    country, end = cm.code, cm.end
            found.append((span[0], span[1], ranks, rank_start, country))
            j = end
            if self.norm(j) == "," and self.norm(j + 1) == "and":
                j += 2
            elif self.norm(j) in (",", "and"):
                j += 1
            else:
                break
        if len(found) < 2:
            return None
        nominal = NominalMention(
            title.start, title.end, title, True, len(found), self.doc[title.start : title.end].text
        )
        self.ann.nominals.append(nominal)
        for index, (ns, ne, ranks, rank_start, country) in enumerate(found):
            single = copy.copy(title)
            single.head = TitleInfo(
                title.head.phrase, title.head.role, title.head.category, title.head.portfolio, title.head.bare, False
            )
            single.countries = []
            if country is None and len(title.countries) == len(found):
                country = title.countries[index]
            if country is not None:
                single.country, single.country_how = country, "listed"
            nominal.members.append(self.add_name(ns, ne, ranks, rank_start, single, "title-list", 0.85))
            self.ann.titles.append(single)
        self.used.update(range(title.start, title.end))
        return found[-1][1]

    def _name_after_title(self, title: TitleParse, stop: int) -> tuple[tuple[int, int], list[str], int | None] | None:
        j = title.end
        # a short note in brackets after the title: "Deputy Chief of the Air Staff (Training) Air Marshal X"
        if j < stop and self.text(j) == "(":
            close = next((k for k in range(j + 1, min(stop, j + 6)) if self.text(k) == ")"), None)
            if close is not None:
                j = close + 1
        if (
            title.head.category == "counterpart"
            or title.head.bare
            or title.country
            or title.org
            or (title.org_info or title.portfolio or title.parts or title.destination or title.to_post)
        ):
            ranks, k, rank_start = self.ranks_at(j, stop)
            span = self.parse_name(k, stop, anchored=True)
            if span is not None and not self._starts_new_clause(span):
                return span, ranks, rank_start
        ranks, k, rank_start = self.ranks_at(j + 1, stop) if j < stop and self.text(j) == "," else ([], j, None)
        if (
            j < stop
            and self.text(j) == ","
            and (
                title.org
                or title.country
                or title.portfolio
                or title.org_info
                or title.scope
                or title.destination
                or title.destination_text
                or title.to_post
                or any(r in HONORIFIC_APPOSITION for r in ranks)  # "Prime Minister, the Most Hon. X"
            )
        ):
            span = self.parse_name(k, stop, anchored=True)
            after = span[1] if span is not None else stop
            if after < stop and self.norm(after) in self.lex.cue("postnominal") and self.text(after).isupper():
                after += 1  # "the Minister for Trade, Hon. X MP, signed": letters after the name
            after = self._skip_retired(after, stop)  # "the Minister of Defence, Maj.-Gen. X (rtd), says"
            if span is not None and (
                after >= stop
                or self.norm(after) in BOUNDARY_AFTER_NAME
                or self.text(after) in (".", ";")  # (a sentence's full stop has no matching form)
                or (self.doc[after].pos_ in ("VERB", "AUX"))
            ):
                return span, ranks, rank_start
            if span is None and title.org_info is None:
                found = self._name_after_body(title, j + 1, stop)
                if found is not None:
                    return found
        return None

    def _name_after_body(
        self, title: TitleParse, m: int, stop: int
    ) -> tuple[tuple[int, int], list[str], int | None] | None:
        """ "the Director-General of Defence Strategy, Indonesian Ministry of Defence, Maj.-Gen. X": the body of
        the post between two commas, then the name; the body's country is the post's."""
        start = m + (1 if self.norm(m) == "the" else 0)
        cm = self.country_at.get(start)
        body = cm.end + (1 if cm is not None and cm.possessive else 0) if cm is not None else start
        end = self._institution_run(body, stop)
        if end <= body or end >= stop or self.text(end) != "," or not self._institution_word(end - 1):
            return None
        ranks, k, rank_start = self.ranks_at(end + 1, stop)
        span = self.parse_name(k, stop, anchored=True)
        if span is None or not (span[1] >= stop or self.norm(span[1]) in BOUNDARY_AFTER_NAME):
            return None
        if cm is not None and title.country is None:
            title.country, title.country_how = cm.code, "body"
        return span, ranks, rank_start

    def _starts_new_clause(self, span: tuple[int, int]) -> bool:
        """A capitalised word after a title that is really a verb or the next sentence's start is no name."""
        tok = self.doc[span[0]]
        return tok.is_sent_start is True and span[0] != 0

    def add_name(
        self,
        start: int,
        end: int,
        ranks: list[str],
        rank_start: int | None,
        title: TitleParse | None,
        rule: str,
        confidence: float,
    ) -> NameMention:
        text = self.doc[start:end].text
        mention = NameMention(
            start=start,
            end=end,
            text=text,
            ranks=ranks,
            rank_start=rank_start,
            title=title,
            rule=rule,
            confidence=confidence,
        )
        self.ann.names.append(mention)
        self.used.update(range(start, end))
        if title is not None:
            self.used.update(range(title.start, title.end))
        if rank_start is not None:
            self.used.update(range(rank_start, start))
        return mention

    def add_nominal(self, title: TitleParse, stop: int) -> None:
        text = self.doc[title.start : title.end].text
        if title.plural and (title.countries or (title.country and title.number is None and not title.definite)):
            countries = title.countries or ([title.country] if title.country else [])
            post = normalize_post(title, self.lex)
            group = GroupMention(title.start, title.end, text, post, countries)
            self.ann.groups.append(group)
            self.group_titles.append((title, group))
            return
        if not (title.definite or title.possessor or title.number):
            self.pending_titles.append((title, title.start, stop))
            return
        self.ann.nominals.append(
            NominalMention(
                start=title.start,
                end=title.end,
                title=title,
                plural=title.plural or bool(title.number and title.number > 1),
                number=title.number if title.number else (None if title.plural else 1),
                text=text,
            )
        )

    def add_model_names(self) -> None:
        """The model's PERSON names that no title introduced: cleaned of ranks, titles and possessives."""
        covered: set[int] = set()
        for m in self.ann.names:
            covered.update(range(m.start, m.end))
        for ent in self.doc.ents:
            if ent.label_ != "PERSON":
                continue
            if any(i in covered for i in range(ent.start, ent.end)):
                continue
            stop = ent.sent.end
            ranks, k, rank_start = self.ranks_at(ent.start, stop)
            # titles inside the entity ("Minister Haddad")
            t = self.parse_title(k, min(stop, ent.end))
            title = None
            if t is not None and t.end < ent.end:
                title = t
                ranks2, k, rank2 = self.ranks_at(t.end, stop)
                ranks += ranks2
                rank_start = rank_start if rank_start is not None else rank2
            if any(i in self.used and i not in self.model_person for i in range(k, ent.end)):
                continue
            span = self.parse_name(k, max(ent.end, k + 1) if k < ent.end else k, anchored=False)
            if span is None:
                continue
            if span[0] == ent.start and not ranks and title is None:
                span = (self._given_names_left_out(span[0], ent.sent.start), span[1])
            rule = "model-title" if title else ("rank-before-name" if ranks else "model")
            self.add_name(span[0], span[1], ranks, rank_start, title, rule, 0.85 if title or ranks else 0.7)
            if title is not None:
                self.ann.titles.append(title)
            covered.update(range(span[0], span[1]))

    def _given_names_left_out(self, start: int, sent_start: int) -> int:
        """Start of a name whose given names the model left out: "and Salem Rashid [Al Dhaheri]," (one or two
        capitalised name words right before it, after a comma, "and" or "by"; a city's name among them only
        when a name word follows it)."""
        k = start
        while k - 1 > sent_start and start - k < 2:
            i = k - 1
            if not (
                self.is_name_word(i)
                and i not in self.used
                and self.is_rank_start(i, i + 1) is None
                and self.lex.titles.match(self.w.norm, i, stop=start) is None
                and self.norm(i) not in self.lex.institution_words
                and (
                    not self.gazetteer_at(i)
                    or (i + 1 < start and i + 1 not in self.city_at and i not in self.country_at)
                )
            ):
                break
            k = i
        if k < start and self.norm(k - 1) not in (",", "and", "by", ";"):
            return start
        return k

    def _relative_titles(self) -> None:
        """A post told in a relative clause right after a name with no title: "Amina Salum, who heads the
        Tanzania Revenue Authority," is Head of the Tanzania Revenue Authority."""
        for name in self.ann.names:
            k = name.end
            if name.title is not None or self.text(k) != "," or self.norm(k + 1) != "who":
                continue
            verb = self.doc[k + 2] if k + 2 < len(self.doc) else None
            word = RELATIVE_HEADS.get(verb.lower_) if verb is not None else None
            head = self.lex.titles.match([word], 0) if word else None
            if verb is None or head is None:
                continue
            stop = verb.sent.end
            tail = self.parse_tail(k + 3, stop, plural=False)
            if tail is None or tail.kind != "org":
                continue
            info = self.lex.organizations.get(tail.text.removeprefix("the ").removeprefix("The "))
            title = TitleParse(start=k + 2, end=tail.end, head=head[1], text=f"{head[1].role} of {tail.text}")
            title.org_info, title.org = info, None if info else tail.text
            if tail.countries:
                title.country, title.country_how = tail.countries[0], "body"
            name.title = title
            name.rule = "relative-clause"
            name.confidence = max(name.confidence, 0.8)
            self.ann.titles.append(title)

    def _group_appositions(self) -> None:
        """ "Antony Blinken and Wang Yi, the foreign ministers of the United States and China,": the post of
        each of the two names, with the countries in the order named."""
        names_by_end = {m.end: m for m in self.ann.names}
        for title, group in self.group_titles:
            comma = title.start - 1
            if comma < 1 or self.text(comma) != ",":
                continue
            second = names_by_end.get(comma)
            if second is None or second.title is not None:
                continue
            joint = (second.rank_start if second.rank_start is not None else second.start) - 1
            if self.norm(joint) != "and":
                continue
            first = names_by_end.get(joint)
            if first is None or first.title is not None:
                continue
            countries = list(group.countries)
            if len(countries) not in (1, 2):
                continue
            for index, name in enumerate((first, second)):
                own = copy.copy(title)
                own.countries = []
                own.country = countries[index] if len(countries) == 2 else countries[0]
                own.country_how = own.country_how or "apposition"
                name.title = own
                name.rule = "apposition"
                name.confidence = max(name.confidence, 0.8)
                self.ann.titles.append(own)
            self.ann.groups.remove(group)

    def _name_cut_short(self, k: int, names_by_start: dict[int, NameMention]) -> NameMention | None:
        """A name of the model's that starts a word or two after ``k``, where the words between are name words
        it left out: "the Ambassador of Uzbekistan to the Kingdom, Ulugbek [Rakhmatullaevich Kasimov]"."""
        for gap in (1, 2):
            name = names_by_start.get(k + gap)
            if name is None or name.rank_start is not None or name.title is not None:
                continue
            if all(
                self.is_name_word(i)
                and i not in self.used
                and not self.gazetteer_at(i)
                and self.is_rank_start(i, i + 1) is None
                and self.lex.titles.match(self.w.norm, i, stop=name.start) is None
                and self.norm(i) not in self.lex.institution_words
                for i in range(k, k + gap)
            ):
                name.start = k
                name.text = self.doc[k : name.end].text
                return name
        return None

    def _glued_given_name(self, k: int) -> bool:
        """True when a hyphen and a lower-case word are glued on at ``k`` ("Min" + "-seok")."""
        return (
            k + 1 < len(self.doc)
            and self.text(k) == "-"
            and not self.doc[k - 1].whitespace_
            and not self.doc[k].whitespace_
            and self.text(k + 1).isalpha()
            and self.text(k + 1).islower()
        )

    def _name_ending_at(self, end: int) -> NameMention | None:
        """A name the model did not find, right before the comma of an apposition ("Jane Doe, the ...")."""
        start = end
        while start > 0 and end - start < 6:
            prev = start - 1
            hyphenated = (
                prev >= 2
                and self.norm(prev - 1) is None
                and self.text(prev).isalpha()
                and not self.doc[prev - 1].whitespace_
                and not self.doc[prev - 2].whitespace_
            )  # "Young-soo": a hyphenated given name goes on in lower case
            if prev in self.used or not (
                self.is_name_word(prev) or self.norm(prev) in PARTICLES or (self.norm(prev) is None) or hyphenated
            ):
                break
            start = prev
        while start < end and self.norm(start) is None:
            start += 1
        if start >= end or (
            self.doc[start].is_sent_start
            and end - start < 2
            and not (start in self.model_person or self.doc[start].pos_ == "PROPN")
        ):
            return None  # ("However, the minister ...": a word opening the sentence; "Ruto, the Kenyan president,")
        for s in range(start, end):
            span = self.parse_name(s, end, anchored=True)
            if span is not None and span[1] == end:
                return self.add_name(span[0], span[1], [], None, None, "apposition", 0.85)
        return None

    def _predicate_post(self, title: TitleParse, start: int, names_by_end: dict[int, NameMention]) -> bool:
        """A post said of a name by a verb: "X is Kenya's foreign minister", "X was appointed prime minister",
        "X, who previously served as interior minister," (a post held before). Gives the name the post."""
        k = start - 1 if self.norm(start - 1) in ("a", "an") else start
        sentence_start = self.doc[start].sent.start
        for length in range(1, 6):
            a = k - length
            if a <= sentence_start:
                return False
            words = " ".join(self.doc[x].lower_ for x in range(a, k))
            former = words in self.lex.cue("former_link")
            if not (former or words in self.lex.cue("post_link")):
                continue
            end = a - 2 if self.norm(a - 1) == "who" and self.text(a - 2) == "," else a
            name = names_by_end.get(end) or next((m for m in self.ann.names if m.end == end), None)
            if name is None and self.text(end - 1) == ",":
                # "X, 54, a former interior minister, was appointed prime minister": past the apposition
                name = next((m for m in self.ann.names if m.title is not None and m.title.end == end - 1), None)
            if name is None and words not in self.lex.cue("former_link") and self.norm(end - 1) is not None:
                name = self._name_ending_at(end)  # a name the model missed: "Marek Zalewski becomes foreign minister"
            if name is None:
                continue  # "served as" may end a longer link: "X, who previously served as"
            if former:
                title = copy.copy(title)
                title.status = "former"
            if name.title is None or (name.title.status == "former" and not former):
                if name.title is not None:
                    name.more_titles.append(name.title)  # the post held now comes first
                name.title = title
                name.rule = "predicate"
                name.confidence = max(name.confidence, 0.85)
            else:
                name.more_titles.append(title)
            self.ann.titles.append(title)
            return True
        return False

    def _repair_list_pairing(self, name: NameMention, names_by_end: dict[int, NameMention]) -> None:
        """ "attended by A, Undersecretary of X, B, the Sultanate's Ambassador to Y, and C": in a list where each
        name is followed by its post, the post between A and B is A's, not B's; B's post follows B. Called when a
        post in apposition follows B, who holds the post written before the comma."""
        title = name.title
        if title is None or title.end + 1 != name.start or self.text(title.end) != ",":
            return
        if title.start < 1 or self.text(title.start - 1) != ",":
            return
        before = names_by_end.get(title.start - 1) or self._name_ending_at(title.start - 1)
        if before is None or before.title is not None:
            return
        before.title, before.rule = title, "apposition"
        name.title = None

    def attach_appositions(self) -> None:
        """Titles without a name after them that stand in apposition after a name: "Jane Doe, the Kenyan
        foreign minister," or "X, Minister of Health of Y,"."""
        names_by_end = {m.end: m for m in self.ann.names}
        keep: list[NominalMention] = []
        candidates: list[tuple[TitleParse, int]] = [(n.title, n.start) for n in self.ann.nominals if n.title]
        candidates += [(t, s) for t, s, _ in self.pending_titles]
        attached: set[int] = set()
        for title, start in candidates:
            if title.plural or title.head.category in ("group",):
                continue
            j = start - 1
            if j >= 0 and self.norm(j) == "is" and self.norm(j - 1) == "who":
                j -= 2
            if j >= 0 and self.norm(j) in ("a", "an") and not (title.head.bare and _bare(title)):
                j -= 1  # "Wang Yi, a member of the Political Bureau,": a post that needs its body
            if j < 0 or self.text(j) not in (",", "("):
                if title.head.category != "counterpart" and self._predicate_post(title, start, names_by_end):
                    attached.add(start)
                continue
            if j >= 2 and self.doc[j - 1].like_num and self.text(j - 2) == ",":
                j -= 2  # "Karim Benali, 54, a former interior minister,": the age between name and post
            name = names_by_end.get(j)
            if name is None and j >= 2 and names_by_end.get(j - 2) is not None and self._glued_given_name(j - 2):
                # "Choi Min-seok, first vice minister of trade,": the model's name cut at the hyphen goes on
                name = names_by_end.pop(j - 2)
                name.end, name.text = j, self.doc[name.start : j].text
                names_by_end[j] = name
            if name is None:
                name = self._name_ending_at(j)
            if name is not None and name.title is not None and not _bare(name.title):
                self._repair_list_pairing(name, names_by_end)
            if name is None or (name.title is not None and not _bare(name.title)):
                continue
            after = title.end
            stop = self.doc[start].sent.end
            if (
                after < stop
                and (self.norm(after) or self.text(after))
                not in (",", ".", ";", ")", "(", "and", "said", "who", ":", "at", "in")
                and (self.doc[after].pos_ not in ("VERB", "AUX"))
            ):
                continue
            if title.head.category == "counterpart" and title.possessor is None:
                continue
            if name.title is not None:
                # "Ambassador X, Assistant Secretary-General of the League": a second title
                name.more_titles.append(title)
                self.ann.titles.append(title)
                attached.add(start)
                continue
            name.title = title
            name.rule = "apposition"
            name.confidence = max(name.confidence, 0.9)
            self.ann.titles.append(title)
            attached.add(start)
        # "His Highness the Emir, Sheikh X,": a definite title, then the name in apposition
        names_by_start = {(m.rank_start if m.rank_start is not None else m.start): m for m in self.ann.names}
        for n in self.ann.nominals:
            lead = n.title
            if lead is None or n.plural or n.start in attached or lead.head.category in ("group", "counterpart"):
                continue
            comma = lead.end
            if self.text(comma) == "(" and comma + 2 < len(self.doc) and self.text(comma + 2) == ")":
                comma += 3  # "the Chairman of the National Hajj Commission (NAHCON), Alhaji X"
            if self.norm(comma) in ("limited", "ltd", "plc"):
                comma += 1  # "the Chief Executive of the X Company (XC) Limited, Y"
            if not (lead.definite or lead.possessor) or self.text(comma) != ",":
                continue
            name = names_by_start.get(comma + 1) or self._name_cut_short(comma + 1, names_by_start)
            if name is None:
                # "the African Union High Representative for Libya, former Malian Prime Minister X,": two posts
                name = next((m for m in self.ann.names if m.title is not None and m.title.start == comma + 1), None)
                if name is not None and not _bare(lead) and name.title is not lead:
                    name.more_titles.append(lead)
                    self.ann.titles.append(lead)
                    attached.add(n.start)
                    continue
                if name is None and not _bare(lead):
                    # "the Group Chief Executive Officer of the X Company, Olumide Bakare,": a name the model missed
                    span = self.parse_name(comma + 1, self.doc[comma].sent.end, anchored=True)
                    if (
                        span is not None
                        and span[1] - span[0] >= 2
                        and (self.norm(span[1]) or self.text(span[1])) in (",", ".", ";", "and", ")")
                    ):
                        name = self.add_name(span[0], span[1], [], None, None, "apposition", 0.8)
                if name is None:
                    continue
            if name.title is not None:
                continue
            after = name.end
            served = self.country_at.get(after + 1) if self.norm(after) == "of" else None
            if served is not None and not served.demonym and not lead.country:
                # "The minister, Rahim Karimov of Tajikistan, said"
                lead.country, lead.country_how = served.code, "of"
                after = served.end
            if after < len(self.doc) and (self.norm(after) or self.text(after)) not in (",", ".", ";", "and", ")"):
                continue
            name.title = lead
            name.rule = "apposition"
            name.confidence = max(name.confidence, 0.85)
            self.ann.titles.append(lead)
            attached.add(n.start)
        self._relative_titles()
        self._group_appositions()
        for n in self.ann.nominals:
            if n.start not in attached:
                keep.append(n)
        # titles that stand for no one named, and refer to no one before: "Taiwan's Vice Foreign Minister"
        for title, start, _ in self.pending_titles:
            if start not in attached and (title.country or title.org or title.org_info) and not title.plural:
                text = self.doc[title.start : title.end].text
                keep.append(NominalMention(title.start, title.end, title, False, 1, text, anaphoric=False))
        self.ann.nominals = sorted(keep, key=lambda n: n.start)


RELATIVE_HEADS = {
    **dict.fromkeys(("heads", "headed", "leads", "led"), "head"),
    **dict.fromkeys(("chairs", "chaired"), "chairman"),
    **dict.fromkeys(("directs", "directed"), "director"),
    **dict.fromkeys(("commands", "commanded"), "commander"),
}


def _bare(title: TitleParse) -> bool:
    """A title with nothing but its head ("Ambassador X"): a courtesy as much as a post."""
    return not (
        title.portfolio
        or title.org
        or title.org_info
        or title.destination
        or title.scope
        or title.parts
        or title.to_post
    )


def parse_title_text(text: str, lex: Lexicon, nlp: Language | None = None) -> TitleParse | None:
    """Parse a title given alone as text ("Interior Minister", "Ambassador to Iran") with the same rules as in
    running text; ``nlp`` is a tokenizer-only pipeline (a blank English one by default)."""
    from officialdom.extract.gazetteer import find_places

    nlp = nlp or spacy.blank("en")
    doc = nlp.make_doc(text)
    if not len(doc):
        return None
    for tok in doc:
        tok.is_sent_start = tok.i == 0
    ann = Annotations()
    words = DocWords.of(doc)
    find_places(doc, lex, words, ann)
    return _State(doc, words, ann, lex).parse_title(0, len(doc))


def post_of_text(text: str, lex: Lexicon, nlp: Language | None = None) -> str | None:
    """The normalised post of a title given as text.

    >>> lex = Lexicon.load()
    >>> post_of_text("Interior Minister", lex), post_of_text("ambassador to Tehran", lex)
    ('Minister of Interior', 'Ambassador to Iran')
    """
    title = parse_title_text(text, lex, nlp)
    return normalize_post(title, lex) if title is not None else None


_ACRONYM_DEFINITION = re.compile(
    r"((?:[A-Z][\w'\-]*|of|the|and|for|de|du|des|la)(?:[ ](?:[A-Z][\w'\-]*|of|the|and|for|de|du|des|la)){1,9})"
    r"[ ]\(([A-Z][A-Za-z]{1,7})\)"
)


def defined_acronyms(text: str, lex: Lexicon) -> dict[str, str]:
    """Acronyms the article defines for bodies of one country: "the Republic of Korea Navy (ROKN)" gives
    ROKN, South Korea. Acronyms of the lexicon's international bodies and of countries are left alone.

    >>> defined_acronyms("The Philippine Navy (PN) met the United Nations (UN).", Lexicon.load())
    {'PN': 'PH'}
    """
    found: dict[str, str] = {}
    for m in _ACRONYM_DEFINITION.finditer(text):
        long, short = m.group(1), m.group(2)
        if short in found or lex.organizations.get(short) is not None or lex.country_code(short) is not None:
            continue
        if lex.organizations.get(long.removeprefix("the ").removeprefix("The ")) is not None:
            continue
        code = source_country(long, lex)
        if code is not None:
            found[short] = code
    return found
