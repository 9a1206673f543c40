"""Person names across spellings: folding, transliteration variants, initials, word order.

Pure Python (no spaCy, no rdflib): used by cross-article resolution and by linking to reference lists.

>>> name_key("Mohammed Khalil Al-Na'im") == name_key("Muhammad Khalil al-Naim")
True
>>> names_compatible("K. Raghunath Menon", "Raghunath Menon"), names_compatible("Peter Mwangi", "Joseph Mwangi")
(True, False)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

__all__ = [
    "PARTICLES",
    "fold",
    "name_key",
    "name_tokens",
    "names_compatible",
    "skeleton",
    "surname_key",
    "token_variant",
]

PARTICLES = frozenset(
    [
        "al",
        "el",
        "ul",
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
        "mr",
        "mrs",
        "ms",
        "dr",
    ]
)
"""Words left out of name keys: name particles, and courtesy titles that may stick to a name."""

LEADING_PARTICLES = frozenset({"al", "el", "ul", "mr", "mrs", "ms", "dr"})
"""Particles that are never a name of their own, even first ("Al Naim")."""

_VARIANTS: dict[str, str] = {}
for group in (
    "muhammad mohammad mohammed mohamed muhammed mohamad mohammod mehmet mahomed",
    "ahmad ahmed ahmet",
    "mahmoud mahmud mahmood mehmood",
    "hussein husein hussain husain hossein husayn hussien huseyin",
    "hassan hasan hasaan",
    "hasan hassan",
    "yusuf yousef youssef yousuf yusef",
    "abdullah abdallah abdulla",
    "abdulaziz abdelaziz abdul-aziz",
    "abdelrahman abdulrahman abdurrahman abderrahmane",
    "abdelkader abdulkadir abdelqader abdulqadir",
    "omar umar",
    "othman osman uthman usman",
    "khaled khalid",
    "said saeed saeid sayed",
    "saleh salih",
    "sulaiman suleiman sulayman suleyman soliman",
    "ibrahim ebrahim ibrahima",
    "ismail ismael esmail",
    "ali aly",
    "mustafa mostafa moustafa mustapha",
    "jafar jaafar jafer",
    "reza riza",
    "mohsen muhsin",
    "hamad hamed hamid",
    "nasser nasir naser",
    "rashid rashed",
    "abbas abas",
    "sergei sergey serguei",
    "alexei alexey aleksei aleksey",
    "yuri yury iouri",
    "dmitry dmitri dmitriy",
    "mikhail mikhael",
    "andrei andrey",
    "vladimir wladimir",
    "nikolai nikolay",
):
    words = group.split()
    for w in words:
        _VARIANTS.setdefault(w, words[0])


def fold(text: str) -> str:
    """Lower case without diacritics, apostrophes or hyphens (hyphens become spaces).

    >>> fold("Ferrández-Olmedo, Na\u2019im")
    'ferrandez olmedo naim'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u0131", "i").replace("\u00f8", "o").replace("\u00e6", "ae").replace("\u00df", "ss")
    text = re.sub(r"['\u2019\u2018`\u02bc\u02bf\u02be]", "", text.lower())
    text = re.sub(r"[^a-z0-9.]+", " ", text)
    return " ".join(text.split())


def token_variant(token: str) -> str:
    """The representative spelling of a folded name word ("mohammed" gives "muhammad")."""
    return _VARIANTS.get(token, token)


def name_tokens(name: str) -> tuple[str, ...]:
    """Folded words of a name, particles left out, transliteration variants unified, initials kept as
    letters ("k.").

    >>> name_tokens("Sheikh Dr. Mohammed bin Rashid Al Maktoum")
    ('sheikh', 'muhammad', 'rashid', 'maktoum')
    """
    words = []
    for index, word in enumerate(fold(re.sub(r"['\u2019]s$", "", name.strip())).split()):
        word = word.strip(".")
        if not word or (word in PARTICLES and (index > 0 or word in LEADING_PARTICLES)):
            continue  # a particle inside a name; at its start it may be the name itself ("Le Minh Khoa")
        words.append(token_variant(word))
    return tuple(words)


def name_key(name: str) -> tuple[str, ...]:
    """An order-free key of a full name: the sorted variant-folded words.

    >>> name_key("Li Wei") == name_key("Wei Li")
    True
    """
    return tuple(sorted(name_tokens(name)))


def skeleton(word: str) -> str:
    """Consonant skeleton of a folded word: first letter, then consonants without repeats ("naaim": "nm")."""
    if not word:
        return ""
    out = [word[0]]
    for c in word[1:]:
        if c in "aeiouyw" or c == out[-1]:
            continue
        out.append(c)
    return "".join(out)


def surname_key(name: str) -> str:
    """Blocking key of a name: the skeleton of its last word."""
    tokens = name_tokens(name)
    return skeleton(tokens[-1]) if tokens else ""


def _close(a: str, b: str) -> bool:
    """Two name words that are one spelling: equal, or the same skeleton within two edits ("Sherbiny",
    "Sherbini"), never two different names with the same consonants ("Harthy", "Herath")."""
    if a == b:
        return True
    if len(a) < 3 or len(b) < 3:
        return False
    return skeleton(a) == skeleton(b) and _edits(a, b) <= 2


def _edits(a: str, b: str) -> int:
    """Levenshtein distance."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _initial_fits(initial: str, words: Sequence[str]) -> bool:
    return len(initial) == 1 and any(w.startswith(initial) for w in words)


def names_compatible(a: str, b: str) -> bool:
    """True when two names can be one person's: the shorter name's words all appear in the longer one
    (spelling variants and initials allowed), in any order, and they share a family name.

    The test is symmetric. A single word matches a full name only through the full name's last word
    ("Mwangi" fits "Peter Mwangi"); two different given names never match ("Peter Mwangi", "Joseph Mwangi").
    """
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    if sorted(ta) == sorted(tb):
        return True  # the same words in another order
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    while len(long) > len(short) and len(long[0]) == 1 and len(short[0]) > 1:
        long = long[1:]  # "K. Raghunath Menon" is "Raghunath Menon" with an initial in front
    if len(short) == 1:
        return _close(short[0], long[-1]) or (len(long) > 1 and _close(short[0], long[0]) and len(short[0]) > 3)
    # the given names must agree (or the whole name be written the other way round: "Liang Haoran")
    first_fits = _close(short[0], long[0]) or _initial_fits(short[0], [long[0]]) or _initial_fits(long[0], [short[0]])
    reversed_order = len(short) == 2 and _close(short[0], long[-1]) and _close(short[-1], long[0])
    if not (first_fits or reversed_order):
        return False
    used: set[int] = set()
    for word in short:
        match = None
        for i, other in enumerate(long):
            if i in used:
                continue
            if _close(word, other) or _initial_fits(word, [other]) or _initial_fits(other, [word]):
                match = i
                break
        if match is None:
            return False
        used.add(match)
    # a family name in common: the last words, or the first (surname-first traditions)
    return any(_close(x, y) for x in (short[0], short[-1]) for y in (long[0], long[-1]))


def common_forms(names: Iterable[str]) -> list[str]:
    """The distinct names, longest first (the fullest form names the person)."""
    return sorted(set(names), key=lambda n: (-len(name_tokens(n)), n))
