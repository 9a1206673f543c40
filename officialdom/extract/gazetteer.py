"""Countries, demonyms, cities, international bodies and the dateline, found from the lexicon.

The statistical model's GPE/ORG labels are not needed for these: a name in the lexicon is found whatever the
model says, and a word the model calls a place ("Brig") is not a place unless the lexicon knows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from officialdom.extract.annotations import Annotations, CityMention, CountryMention, Dateline, OrgMention
from officialdom.extract.lexicon import CityInfo, Lexicon, norm_word

__all__ = ["DocWords", "find_dateline", "find_places", "is_capitalized", "source_country"]

_ATTACHED = {"-", "\u2010", "\u2011"}

_DATELINE = re.compile(
    r"""^\s*
    (?P<city>[A-Z][A-Za-z\u00c0-\u024f'.\- ]{1,40}?)\s*
    (?:\[(?P<region>[^\]\n]{2,40})\]\s*)?                                       # "New Delhi [India]"
    (?:,\s*
      (?:(?P<date>(?:(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8})
         (?:,?\s+\d{4})?)[ \t]*)?                                               # optional date
      (?:\((?P<agency1>[^)\n]{2,40})\)|(?P<agency2>[A-Z][^\W\d_]{1,15}(?:[ \t][A-Z][^\W\d_]+){0,3}))?  # agency or country
      \s*(?:[-\u2013\u2014]+\s*|:\s*|\.-\s*|(?<=\))\.\s+|(?=\s)\s)
    | \s*\((?P<agency3>[^)\n]{2,40})\)\s*(?:[-\u2013\u2014]+\s*|:\s*)          # "ADDIS ABABA (ENA) - "
    | \s*[-\u2013\u2014]+\s+                                                     # "Pretoria - "
    | [ \t]*:\s+                                                                  # "ISLAMABAD: "
    | [ \t]*\n\s*                                                                 # "ANKARA" on a line
    )""",
    re.VERBOSE,
)


_BYLINE = re.compile(r"\s*By [^\n]{1,60}\n\s*")
_LEADING_AGENCY = re.compile(r"\s*\((?P<agency>[^)\n]{2,20})\)\s*[-\u2013\u2014]+\s*")  # "(ANSA) - ROME, FEB 18 - "
_SOURCE_WORDS = re.compile(r"[^\W\d_][\w'.\-]*")
_MISSION_WORDS = {"embassy", "consulate", "high", "permanent", "mission", "consulate-general"}


def is_capitalized(text: str) -> bool:
    """True when the word starts with a capital letter.

    >>> is_capitalized("Tehran"), is_capitalized("al"), is_capitalized("'s")
    (True, False, False)
    """
    return bool(text) and text[0].isupper()


@dataclass
class DocWords:
    """Matching forms of a document's tokens: ``norm[i]`` is None for a hyphen inside a word or a lone dot
    after an abbreviation, which phrase matching steps over."""

    norm: list[str | None]
    orig: list[str]
    text: str = ""

    @classmethod
    def of(cls, doc: Doc) -> DocWords:
        """Build the word forms of ``doc`` (and its text, which ``Doc.text`` rebuilds on every call)."""
        orig = [t.text for t in doc]
        spaces = [t.whitespace_ for t in doc]
        last = len(orig) - 1
        norm: list[str | None] = []
        seen: dict[str, str] = {}
        for i, text in enumerate(orig):
            prev_attached = i > 0 and not spaces[i - 1]
            if (text in _ATTACHED and prev_attached and spaces[i] == "") or (
                text == "." and prev_attached and i < last and spaces[i]
            ):
                norm.append(None)
                continue
            form = seen.get(text)
            if form is None:
                form = seen[text] = norm_word(text)
            norm.append(form)
        return cls(norm=norm, orig=orig, text="".join(t + w for t, w in zip(orig, spaces, strict=True)))


def find_dateline(doc: Doc, lex: Lexicon, text: str | None = None) -> Dateline | None:
    """The dateline at the head of the text, if there is one.

    >>> import spacy
    >>> d = find_dateline(spacy.blank("en")("Tehran, SANA- The minister met..."), Lexicon.load())
    >>> d.city.name, d.agency.name
    ('Tehran', 'SANA')
    """
    offset = 0
    text = doc.text if text is None else text
    byline = _BYLINE.match(text)
    if byline is not None:
        offset = byline.end()  # "By Staff Reporter" on a line of its own, above the dateline
    leading = _LEADING_AGENCY.match(text, offset)
    if leading is not None:
        offset = leading.end()
    head = text[offset : offset + 160]
    m = _DATELINE.match(head)
    if not m:
        return None
    city_text = m.group("city").strip().rstrip(".")
    city = lex.city(city_text)
    region = lex.country_code(m.group("region")) if m.group("region") else None
    if region is not None and (city is None or city.country != region):
        # "New Delhi [India]": the bracket says whose city it is
        city = CityInfo(name=city_text.title() if city_text.isupper() else city_text, country=region, capital=False)
    code = lex.country_code(city_text) if city is None else None
    if code is not None and lex.countries[code].capitals:
        city = lex.city(lex.countries[code].capitals[0])  # "KUWAIT, Nov 18": the capital
    if "," not in m.group(0) and city is None:
        return None  # without a comma only a known city makes a dateline
    agency_text = (m.group("agency1") or m.group("agency2") or m.group("agency3") or "").strip() or None
    if agency_text is None and leading is not None:
        agency_text = leading.group("agency").strip()
    agency = lex.agencies.get(agency_text) if agency_text else None
    if agency_text and agency is None:
        first = agency_text.split()[0]
        agency = lex.agencies.get(first)
    if agency is None and agency_text and m.group("agency2"):
        country = lex.country_code(agency_text)
        if country is not None:
            # "TRABZON, Türkiye": a city the gazetteer does not know, in a country it does
            agency_text = None
            if city is None or city.country != country:
                city = CityInfo(
                    name=city_text.title() if city_text.isupper() else city_text, country=country, capital=False
                )
    if city is None and agency is None:
        return None
    if city is None and lex.country_code(city_text) is None and len(city_text.split()) > 3:
        return None
    if (
        city is None
        and agency is not None
        and agency.home_officials
        and lex.country_code(city_text) is None
        and all(w[:1].isupper() for w in city_text.split())
    ):
        # "Puno, Oct. 23 (ANDINA)": a town the gazetteer does not know, in the state agency's country
        city = CityInfo(
            name=city_text.title() if city_text.isupper() else city_text, country=agency.country, capital=False
        )
    return Dateline(
        city=city,
        city_text=city_text,
        agency=agency,
        agency_text=agency_text,
        date_text=m.group("date"),
        end_char=offset + m.end(),
    )


def source_country(source: str | None, lex: Lexicon) -> str | None:
    """The country a source that is no known agency speaks for, when its name says so: "Ministry of Foreign
    Affairs of Thailand", "Verkhovna Rada of Ukraine". A mission abroad ("Embassy of India, Dhaka") reports on
    its host country: the country of the city it names, if any. None when no single country is named, or
    when the source is an international body.

    >>> lex = Lexicon.load()
    >>> source_country("Ministry of Foreign Affairs of Thailand", lex), source_country("High Commission of India, Dhaka", lex)
    ('TH', 'BD')
    >>> source_country("Reuters", lex) is None
    True
    """
    if not source:
        return None
    body = lex.organizations.get(source)
    if body is not None:
        return body.country  # a state's own body ("Kremlin") is of its state; an international one of none
    words = _SOURCE_WORDS.findall(source)
    countries: set[str] = set()
    cities: set[str] = set()
    i = 0
    while i < len(words):
        for size in range(min(5, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + size])
            if not phrase[:1].isupper():
                continue
            code = lex.country_forms.get(phrase) or lex.demonyms.get(phrase)
            city = lex.city(phrase) if code is None else None
            if code is not None:
                countries.add(code)
            elif city is not None:
                cities.add(city.country)
            else:
                continue
            i += size - 1
            break
        i += 1
    if words and norm_word(words[0]) in _MISSION_WORDS:
        return next(iter(cities)) if len(cities) == 1 else None
    return next(iter(countries)) if len(countries) == 1 else None


def find_places(doc: Doc, lex: Lexicon, words: DocWords, ann: Annotations) -> None:
    """Fill ``ann.countries``, ``ann.cities`` and ``ann.orgs`` (lexicon bodies) from the lexicon."""
    persons = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1]
    for sent in doc.sents:
        i = sent.start
        while i < sent.end:
            tok = doc[i]
            if not (is_capitalized(tok.text) or (tok.text[:1].isdigit() is False and tok.text.isupper())):
                i += 1
                continue
            best: tuple[int, str, object] | None = None
            for kind, table in (
                ("country", lex.country_forms),
                ("org", lex.organizations),
                ("city", lex.cities),
                ("demonym", lex.demonyms),
            ):
                m = table.match(words.norm, i, originals=words.orig, stop=sent.end)
                if m and kind == "org":
                    # "United Nations High Commissioner for Refugees" names a body and holds a title: keep the
                    # body before the title head ("United Nations")
                    head = next(
                        (h for h in range(i + 1, i + m[0]) if lex.titles.match(words.norm, h, stop=i + m[0])), None
                    )
                    if head is not None:
                        m = table.match(words.norm, i, originals=words.orig, stop=head)
                if m and (best is None or m[0] > best[0]):
                    best = (m[0], kind, m[1])
            if best is None:
                i += 1
                continue
            length, kind, value = best
            end = i + length
            if any(s < i and end <= e and kind != "org" for s, e in persons):
                # "Michael Jordan": a place's name inside a person's name
                i += 1
                continue
            if kind == "country":
                poss = end < sent.end and norm_word(doc[end].text) == "'s"
                ann.countries.append(CountryMention(i, end, str(value), possessive=poss))
            elif kind == "demonym":
                ann.countries.append(CountryMention(i, end, str(value), demonym=True))
            elif kind == "city":
                ann.cities.append(CityMention(i, end, value))  # type: ignore[arg-type]
            else:
                info = value
                ann.orgs.append(OrgMention(i, end, info.name, info=info))  # type: ignore[attr-defined,arg-type]
            i = end
    _home_country_by_form(doc, lex, ann, words)


_STATE_FORMS = frozenset({"kingdom", "sultanate", "emirate", "state", "republic", "principality"})


def _home_country_by_form(doc: Doc, lex: Lexicon, ann: Annotations, words: DocWords) -> None:
    """ "the Kingdom", "the Sultanate": the article's home country (its agency's, its dateline's), when its long
    name is of that form ("Kingdom of Saudi Arabia"); "the country's": the country the story is told from (its
    dateline's, else the home country)."""
    home = (
        ann.agency.country
        if ann.agency is not None
        else ann.dateline.city.country
        if ann.dateline is not None and ann.dateline.city is not None
        else ann.source_country
    )
    story = ann.dateline.city.country if ann.dateline is not None and ann.dateline.city is not None else home
    if story is not None:
        # "the country's economy minister": the country the story is told from
        for i in range(1, len(words.norm) - 1):
            if words.norm[i] == "country" and words.norm[i - 1] == "the" and words.norm[i + 1] == "'s":
                ann.countries.append(CountryMention(i, i + 1, story, possessive=True))
    info = lex.countries.get(home) if home else None
    if info is None:
        ann.countries.sort(key=lambda c: c.start)
        return
    forms = {a.split()[0].lower() for a in info.aliases if len(a.split()) > 2 and a.split()[1] == "of"}
    taken = {i for c in ann.countries for i in range(c.start, c.end)} | {
        i for c in ann.cities for i in range(c.start, c.end)
    }
    for tok in doc[1:]:
        n = tok.lower_
        if n not in _STATE_FORMS or n not in forms or tok.i in taken or not is_capitalized(tok.text):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if doc[tok.i - 1].lower_ != "the" or (nxt is not None and (nxt.lower_ == "of" or is_capitalized(nxt.text))):
            continue
        poss = nxt is not None and norm_word(nxt.text) == "'s"
        ann.countries.append(CountryMention(tok.i, tok.i + 1, info.code, possessive=poss))
    ann.countries.sort(key=lambda c: c.start)
