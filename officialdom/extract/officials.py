"""Officials from the text itself: title phrases, ranks and the names they introduce.

No list of people is used. A title phrase is parsed from the lexicon's title heads, portfolios, modifiers,
countries and demonyms ("Iranian Minister of Intelligence and National Security", "Syria's ambassador to
Tehran", "Commander of the Internal Security Forces in Iran"); the name is the run of name-like words after it
(or before it, in apposition: "Jane Doe, the Kenyan foreign minister,"). Names the statistical model finds
with no title are kept too, cleaned of ranks and titles; its labels never decide alone.
"""

from __future__ import annotations

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
from officialdom.extract.gazetteer import DocWords, is_capitalized
from officialdom.extract.lexicon import Lexicon, Rank, TitleInfo, norm_word

__all__ = ["OfficialsFinder", "normalize_post", "parse_title_text", "post_of_text", "post_organization"]

PARTICLES = frozenset(
    [
        "al",
        "el",
        "bin",
        "ibn",
        "bint",
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
        "das",
        "la",
        "le",
        "ter",
        "ould",
        "wa",
        "y",
        "ben",
        "bou",
        "st",
        "e",
        "mac",
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
BOUNDARY_AFTER_NAME = frozenset({",", ".", ";", ":", ")", "and", "'s", "who", "-", "\u2013", "\u2014", "on", "in"})
PLACE_CATEGORIES = frozenset({"local"})
DIPLOMATS = frozenset({"diplomat"})


def _portfolio_title(text: str) -> str:
    small = {"and", "of", "the", "for", "on", "in"}
    return " ".join(w if w in small else w[:1].upper() + w[1:] for w in text.split())


def normalize_post(title: TitleParse, lex: Lexicon) -> str:
    """The normalised post of a parsed title: "Interior Minister" gives "Minister of Interior",
    "ambassador to Tehran" gives "Ambassador to Iran", "UN Secretary-General" gives
    "Secretary-General of the United Nations". Countries of service are not part of the post.
    """
    parts = " ".join(p[:1].upper() + p[1:] for p in title.parts)
    role = title.head.role
    base = f"{parts} {role}".strip()
    if title.head.portfolio and title.portfolio:
        return f"{base} of {title.portfolio}"
    if title.head.category in DIPLOMATS and title.destination:
        dest = lex.country_name(title.destination) or title.destination_text or title.destination
        return f"{base} to {dest}"
    if title.org_info is not None:
        return f"{base} of {_the(title.org_info.name)}"
    if title.org:
        return f"{base} of {title.org if title.org_is_place else _the(title.org)}"
    return base


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
    if title.org_info is not None:
        return title.org_info.name
    if title.org:
        return title.org[4:] if title.org.lower().startswith("the ") else title.org
    if title.head.portfolio and title.portfolio and title.head.category == "minister":
        return f"Ministry of {title.portfolio}"
    return None


@dataclass
class _Tail:
    end: int
    kind: str
    value: str | None
    text: str
    countries: list[str]


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
            if ent.label_ == "PERSON":
                for i in range(ent.start, ent.end):
                    self.model_person[i] = ent.end
        self.used: set[int] = set()
        self.sent_end: dict[int, int] = {}
        self.pending_titles: list[tuple[TitleParse, int, int]] = []
        if ann.dateline is not None:
            for tok in doc:
                if tok.idx < ann.dateline.end_char:
                    self.used.add(tok.i)

    # -- small predicates ------------------------------------------------------------------------------------
    def norm(self, i: int) -> str | None:
        return self.w.norm[i] if 0 <= i < len(self.w.norm) else None

    def text(self, i: int) -> str:
        return self.doc[i].text

    def is_rank_start(self, i: int, stop: int) -> tuple[int, Rank] | None:
        if i >= stop or not is_capitalized(self.text(i)):
            return None
        return self.lex.ranks.match(self.w.norm, i, originals=self.w.orig, stop=stop)

    def gazetteer_at(self, i: int) -> bool:
        return i in self.country_at or i in self.city_at or i in self.org_at

    def is_name_word(self, i: int) -> bool:
        tok = self.doc[i]
        text = tok.text
        if not text or not is_capitalized(text):
            return False
        core = text.replace("'", "").replace("\u2019", "").replace(".", "").replace("-", "")
        if not core.isalpha():
            return False
        n = norm_word(text)
        if n in ("'s",) or n in MONTHS or n in WEEKDAYS:
            return False
        return not (text.isupper() and len(core) <= 4 and len(core) > 1 and i not in self.model_person)

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
        if self.gazetteer_at(k) and k not in self.model_person:
            return None
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
            if n in PARTICLES and end + 1 < stop and (self.norm(end + 1) is None or self.is_name_word(end + 1)):
                end += 1
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
        return (k, end)

    def ranks_at(self, j: int, stop: int) -> tuple[list[str], int, int | None]:
        ranks: list[str] = []
        start = j if j < stop else None
        while True:
            m = self.is_rank_start(j, stop)
            if m is None:
                break
            ranks.append(m[1].canonical)
            j += m[0]
        return ranks, j, (start if ranks else None)

    # -- titles ----------------------------------------------------------------------------------------------
    def parse_title(self, i: int, stop: int) -> TitleParse | None:
        """The title phrase starting at ``i``, or None when there is no title head."""
        lex = self.lex
        j = i
        definite = False
        possessor = None
        number = None
        n = self.norm(j)
        if n in DETERMINERS:
            definite = True
            j += 1
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
        country: str | None = None
        country_how: str | None = None
        org_info = None
        parts: list[str] = []
        status: str | None = None
        portfolio: str | None = None
        portfolio_text: str | None = None
        head: TitleInfo | None = None
        head_start = j
        steps = 0
        while j < stop and steps < 10:
            steps += 1
            if self.norm(j) is None:
                j += 1
                continue
            cm = self.country_at.get(j)
            if cm is not None and head is None and (cm.demonym or cm.possessive or self._continues_title(cm.end, stop)):
                country = cm.code
                country_how = "demonym" if cm.demonym else "possessive" if cm.possessive else "modifier"
                j = cm.end + (1 if cm.possessive else 0)
                core_start = j if not parts and portfolio is None else core_start
                continue
            om = self.org_at.get(j)
            if om is not None and om.info is not None and self._continues_title(om.end, stop):
                org_info = om.info
                j = om.end
                continue
            t = lex.titles.match(self.w.norm, j, originals=self.w.orig, stop=stop)
            mod = self.norm(j)
            if (
                mod in lex.modifiers
                and self._continues_title(j + 1, stop)
                and (t is None or t[0] == 1 or not t[1].bare)
            ):
                kind = lex.modifiers[mod]
                if kind == "part":
                    parts.append(mod)
                elif kind != "ignore":
                    status = kind
                j += 1
                continue
            if t is not None:
                p = lex.portfolios.match(self.w.norm, j, stop=stop)
                if p is not None and p[0] >= t[0]:
                    after = self.lex.titles.match(self.w.norm, j + p[0], stop=stop)
                    if after is not None and after[1].portfolio:
                        portfolio, portfolio_text = p[1], self.doc[j : j + p[0]].text
                        j += p[0]
                        continue
                head = t[1]
                head_start = j
                j += t[0]
                break
            p = lex.portfolios.match(self.w.norm, j, stop=stop)
            if p is not None and self._continues_title(j + p[0], stop):
                portfolio, portfolio_text = p[1], self.doc[j : j + p[0]].text
                j += p[0]
                continue
            break
        if head is None:
            return None
        if portfolio is not None and not head.portfolio:
            return None
        if head.category == "counterpart" and possessor is None and not definite:
            return None
        del head_start
        title = TitleParse(
            start=i,
            end=j,
            head=head,
            text="",
            parts=parts,
            portfolio=portfolio,
            portfolio_text=portfolio_text,
            country=country,
            country_how=country_how,
            org_info=org_info,
            status=status,
            possessor=possessor,
            number=number,
            definite=definite,
        )
        core_end = j
        # designate / elect after the head
        n = self.norm(j)
        if n in ("designate", "elect") and j < stop:
            title.status = n
            j += 1
            core_end = j
        # tails: of / for / to / in
        for _ in range(3):
            n = self.norm(j)
            if j + 1 >= stop or n not in ("of", "for", "to", "in", "at"):
                break
            tail = self.parse_tail(j + 1, stop, plural=head.plural)
            if tail is None:
                break
            if n == "to" or (head.category in DIPLOMATS and n in ("in", "at", "for")):
                if head.category not in DIPLOMATS and head.category != "international":
                    break
                if tail.kind in ("country", "city"):
                    title.destination = tail.value
                    title.destination_text = tail.text
                elif tail.kind == "org":
                    title.org = title.org or tail.text
                    info = self.lex.organizations.get(tail.text)
                    title.org_info = title.org_info or info
                else:
                    break
                j = tail.end
                core_end = j
                continue
            if n == "in" or n == "at":
                if tail.kind != "country" or title.country:
                    break
                title.country, title.country_how = tail.value, "in"
                j = tail.end
                continue
            # of / for
            if tail.kind == "country":
                if tail.countries and len(tail.countries) > 1:
                    title.countries = tail.countries
                else:
                    title.country, title.country_how = tail.value, "of"
                j = tail.end
                continue
            if tail.kind == "portfolio" and head.portfolio and title.portfolio is None:
                title.portfolio, title.portfolio_text = tail.value, tail.text
                j = tail.end
                core_end = j
                continue
            if tail.kind == "org" and title.org is None and title.org_info is None:
                info = self.lex.organizations.get(tail.text.removeprefix("the ").removeprefix("The "))
                title.org_info = info
                title.org = None if info else tail.text
                if head.portfolio and title.portfolio is None and info is None and head.category == "minister":
                    title.portfolio, title.portfolio_text, title.org = _portfolio_title(tail.text), tail.text, None
                j = tail.end
                core_end = j
                continue
            if tail.kind == "city" and head.category in PLACE_CATEGORIES:
                title.org = tail.text
                title.org_is_place = True
                title.country = title.country or tail.value
                title.country_how = title.country_how or "place"
                j = tail.end
                core_end = j
                continue
            break
        title.end = j
        title.text = self.doc[core_start:core_end].text if core_end > core_start else self.doc[i:j].text
        return title

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
            return False
        return False

    def parse_tail(self, j: int, stop: int, *, plural: bool) -> _Tail | None:
        """The object of "of", "for", "to" or "in" in a title."""
        if j >= stop:
            return None
        start = j
        if self.norm(j) == "the":
            j += 1
        cm = self.country_at.get(j)
        if cm is not None and not cm.demonym:
            countries = [cm.code]
            end = cm.end
            if plural:
                k = end
                while k < stop:
                    n = self.norm(k)
                    if n in (",", "and") and k + 1 < stop:
                        nxt = k + 1 if self.norm(k + 1) != "and" else k + 2
                        c2 = self.country_at.get(nxt)
                        if c2 is not None and not c2.demonym:
                            countries.append(c2.code)
                            k = end = c2.end
                            continue
                    break
            return _Tail(end, "country", cm.code, self.doc[start:end].text, countries)
        om = self.org_at.get(j)
        if om is not None and om.info is not None:
            end = om.end
            return _Tail(end, "org", om.info.name, self.doc[j:end].text, [])
        city = self.city_at.get(j)
        if city is not None:
            end = city.end
            # "Kano State", "Tehran Province": the city names a region
            while end < stop and is_capitalized(self.text(end)) and self.norm(end) in self.lex.institution_words:
                end += 1
            return _Tail(end, "city", city.city.country, self.doc[j:end].text, [])
        # a portfolio written out ("of Foreign Affairs"), or a run of institution words
        run_end = self._institution_run(j, stop)
        if run_end > j:
            text = self.doc[j:run_end].text
            p = self.lex.portfolios.match(self.w.norm, j, stop=run_end)
            if p is not None and j + p[0] == run_end:
                return _Tail(run_end, "portfolio", p[1], text, [])
            kind = "org" if self.norm(start) == "the" or not self._all_lower(j, run_end) else "portfolio"
            if kind == "portfolio":
                return _Tail(run_end, "portfolio", _portfolio_title(text), text, [])
            return _Tail(run_end, "org", text, self.doc[start:run_end].text, [])
        p = self.lex.portfolios.match(self.w.norm, j, stop=stop)
        if p is not None:
            return _Tail(j + p[0], "portfolio", p[1], self.doc[j : j + p[0]].text, [])
        return None

    def _all_lower(self, a: int, b: int) -> bool:
        return all(not is_capitalized(self.text(i)) for i in range(a, b))

    def _institution_run(self, j: int, stop: int) -> int:
        """End of the run of capitalised institution words at ``j`` ("Internal Security Forces",
        "Intelligence and National Security"); a following name is left out. A run of capitalised words that
        ends in an institution word ("Kano State") counts whole."""
        k = j
        last_inst = j
        while k < stop:
            n = self.norm(k)
            if n is None:
                k += 1
                continue
            if n in CONNECTORS and k > j:
                nxt = k + 1
                if self.norm(nxt) == "the":
                    nxt += 1
                if (
                    nxt < stop
                    and is_capitalized(self.text(nxt))
                    and (self.norm(nxt) in self.lex.institution_words or nxt in self.country_at)
                ):
                    k = nxt
                    continue
                break
            if not is_capitalized(self.text(k)) or not self.text(k)[0].isalpha():
                break
            if n in self.lex.institution_words:
                k += 1
                last_inst = k
                continue
            if self.is_rank_start(k, stop) is not None:
                break
            # a capitalised word outside the list: part of the name of the body only if an institution
            # word follows in the same run ("Kano State", "Quds Force")
            m = k
            while m < stop and is_capitalized(self.text(m)) and self.norm(m) not in self.lex.institution_words:
                m += 1
            if m < stop and m - k <= 2 and is_capitalized(self.text(m)) and self.norm(m) in self.lex.institution_words:
                if k in self.model_person and self.model_person[k] >= m:
                    break
                k = m
                continue
            break
        return last_inst

    # -- scanning --------------------------------------------------------------------------------------------
    def scan_sentence(self, start: int, stop: int) -> None:
        i = start
        while i < stop:
            if i in self.used:
                i += 1
                continue
            title = self.parse_title(i, stop)
            if title is not None and title.head.category != "group" and not title.plural:
                name = self._name_after_title(title, stop)
                if name is not None:
                    (ns, ne), ranks, rank_start = name
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
            if ranks:
                span = self.parse_name(k, stop, anchored=True)
                if span is not None:
                    self.add_name(span[0], span[1], ranks, rank_start, None, "rank-before-name", 0.9)
                    i = span[1]
                    continue
            i += 1

    def _name_after_title(self, title: TitleParse, stop: int) -> tuple[tuple[int, int], list[str], int | None] | None:
        j = title.end
        if (
            title.head.category == "counterpart"
            or title.head.bare
            or title.country
            or title.org
            or (title.org_info or title.portfolio or title.parts or title.destination)
        ):
            ranks, k, rank_start = self.ranks_at(j, stop)
            span = self.parse_name(k, stop, anchored=True)
            if span is not None and not self._starts_new_clause(span):
                return span, ranks, rank_start
        if j < stop and self.text(j) == "," and (title.org or title.country or title.portfolio or title.org_info):
            ranks, k, rank_start = self.ranks_at(j + 1, stop)
            span = self.parse_name(k, stop, anchored=True)
            if span is not None and (
                span[1] >= stop
                or self.norm(span[1]) in BOUNDARY_AFTER_NAME
                or (self.doc[span[1]].pos_ in ("VERB", "AUX"))
            ):
                return span, ranks, rank_start
        return None

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
            rule = "model-title" if title else ("rank-before-name" if ranks else "model")
            self.add_name(span[0], span[1], ranks, rank_start, title, rule, 0.85 if title or ranks else 0.7)
            if title is not None:
                self.ann.titles.append(title)
            covered.update(range(span[0], span[1]))

    def _name_ending_at(self, end: int) -> NameMention | None:
        """A name the model did not find, right before the comma of an apposition ("Jane Doe, the ...")."""
        start = end
        while start > 0 and end - start < 6:
            prev = start - 1
            if prev in self.used or not (
                self.is_name_word(prev) or self.norm(prev) in PARTICLES or (self.norm(prev) is None)
            ):
                break
            start = prev
        while start < end and self.norm(start) is None:
            start += 1
        if start >= end or (self.doc[start].is_sent_start and end - start < 2):
            return None
        for s in range(start, end):
            span = self.parse_name(s, end, anchored=True)
            if span is not None and span[1] == end:
                return self.add_name(span[0], span[1], [], None, None, "apposition", 0.85)
        return None

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
            if j < 0 or self.text(j) not in (",", "("):
                continue
            name = names_by_end.get(j)
            if name is None:
                name = self._name_ending_at(j)
            if name is None or name.title is not None:
                continue
            after = title.end
            stop = self.doc[start].sent.end
            if (
                after < stop
                and self.norm(after) not in (",", ".", ";", ")", "and", "said", "who", ":")
                and (self.doc[after].pos_ not in ("VERB", "AUX"))
            ):
                continue
            if title.head.category == "counterpart" and title.possessor is None:
                continue
            name.title = title
            name.rule = "apposition"
            name.confidence = max(name.confidence, 0.9)
            self.ann.titles.append(title)
            attached.add(start)
        for n in self.ann.nominals:
            if n.start not in attached:
                keep.append(n)
        self.ann.nominals = keep


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
