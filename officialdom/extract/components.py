"""spaCy components of officialdom, registered as factories with versioned names.

=============================  ========================================================================
factory                        what it adds to ``doc._.od`` (an :class:`Annotations`)
=============================  ========================================================================
``officialdom_gazetteer_v1``   dateline, countries, demonyms, cities, international bodies
``officialdom_officials_v1``   titles, names with their titles and ranks, title-only mentions;
                               repairs ``doc.ents`` (names after titles become PERSON, ranks are no place)
``officialdom_coref_v1``       person clusters; every token that stands for a person is mapped to one
``officialdom_events_v1``      events, agreements and statements
=============================  ========================================================================

Each takes a ``lexicon`` setting: a directory of lexicon files, or empty for the bundled ones. The lexicon
is read when the component is made (never at import) and can be replaced in ``initialize``. The components
need a parser and sentence boundaries before them: any English spaCy pipeline with ``parser`` and ``ner``.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("sentencizer")
>>> for name in FACTORIES:
...     _ = nlp.add_pipe(name)
>>> doc = nlp("Interior Minister Gen. Jane Doe arrived in Nairobi.")
>>> [(m.text, m.ranks, m.title.text) for m in doc._.od.names]
[('Jane Doe', ['General'], 'Interior Minister')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from officialdom.extract.annotations import Annotations
from officialdom.extract.coref import CorefResolver
from officialdom.extract.events import EventFinder
from officialdom.extract.gazetteer import DocWords, find_dateline, find_places, source_country
from officialdom.extract.lexicon import Lexicon
from officialdom.extract.officials import OfficialsFinder

__all__ = [
    "FACTORIES",
    "GUARD",
    "CorefComponent",
    "EventsComponent",
    "GazetteerComponent",
    "OfficialsComponent",
    "SentenceGuardComponent",
    "abbreviations",
    "add_abbreviations",
    "ensure_extensions",
]

GUARD = "officialdom_sentence_guard_v1"
"""Runs before the parser: no sentence starts after a rank or title abbreviation ("Brig. Gen. X")."""

FACTORIES = (
    "officialdom_gazetteer_v1",
    "officialdom_officials_v1",
    "officialdom_coref_v1",
    "officialdom_events_v1",
)


def ensure_extensions() -> None:
    """Register the ``Doc`` extensions the components write (``od``, ``od_words``, ``od_meta``)."""
    if not Doc.has_extension("od"):
        Doc.set_extension("od", default=None)
    if not Doc.has_extension("od_words"):
        Doc.set_extension("od_words", default=None)
    if not Doc.has_extension("od_meta"):
        Doc.set_extension("od_meta", default=None)


def doc_annotations(doc: Doc) -> Annotations:
    """The document's :class:`Annotations`, made on first use."""
    ensure_extensions()
    ann = doc._.od
    if ann is None:
        ann = Annotations()
        doc._.od = ann
    return ann  # type: ignore[no-any-return]


def words_of(doc: Doc) -> DocWords:
    """The document's matching word forms, computed once."""
    ensure_extensions()
    words = doc._.od_words
    if words is None:
        words = DocWords.of(doc)
        doc._.od_words = words
    return words  # type: ignore[no-any-return]


class _LexiconComponent:
    """Shared plumbing: the lexicon, ``initialize``, ``to_disk``/``from_disk``."""

    def __init__(self, nlp: Language, name: str, lexicon: str) -> None:
        ensure_extensions()
        self.name = name
        self.lexicon_path = lexicon
        self.lex = Lexicon.load(lexicon or None)
        self._build()

    def _build(self) -> None:
        """Make the rule objects from ``self.lex``."""

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        lexicon: str | None = None,
    ) -> None:
        """Reload the lexicon, from ``lexicon`` when given."""
        if lexicon is not None:
            self.lexicon_path = lexicon
        self.lex = Lexicon.load(self.lexicon_path or None)
        self._build()

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the lexicon files to ``path``."""
        self.lex.to_disk(path)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> _LexiconComponent:
        """Read the lexicon files from ``path``."""
        self.lex = Lexicon.load(path)
        self.lexicon_path = str(path)
        self._build()
        return self


class SentenceGuardComponent(_LexiconComponent):
    """Keeps the parser from starting a sentence where news text never starts one: after a rank or title
    abbreviation ("Brig. Gen. X"), or anywhere but after closing punctuation or a line break (the parser
    otherwise splits names such as "Col. Nuwan | Bandara Herath"). Place it before the parser."""

    def _build(self) -> None:
        self.abbreviations = abbreviations(self.lex)
        self.name_abbreviations = {
            form for word in self.lex.cue("name_abbreviation") for form in name_abbreviation_forms(word)
        }

    def __call__(self, doc: Doc) -> Doc:
        dateline = find_dateline(doc, self.lex)
        after_dateline = None
        if dateline is not None:
            after_dateline = next((t.i for t in doc if t.idx >= dateline.end_char and not t.is_space), None)
        for tok in doc[1:]:
            if tok.i == after_dateline:
                tok.is_sent_start = True  # the dateline stands apart: it is no subject of the first sentence
                continue
            prev = doc[tok.i - 1]
            abbreviation = prev.text if prev.text != "." or prev.i == 0 else doc[prev.i - 1].text + "."
            after_abbreviation = abbreviation in self.abbreviations or (
                ".-" in abbreviation  # "Maj.-Gen.": each part an abbreviation
                and all(part + "." in self.abbreviations for part in abbreviation.rstrip(".").split(".-"))
            )
            if after_abbreviation and abbreviation in self.name_abbreviations:
                # "Ma. Lourdes Santos", "Md. Abdus Salam": a given name written short, when a name follows it (not
                # "... said Ma. The talks ...", Ma being a surname too)
                nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
                after_abbreviation = tok.text[:1].isupper() and nxt is not None and nxt.text[:1].isupper()
            closes = prev.text[-1:] in SENTENCE_END or "\n" in prev.whitespace_ or prev.is_space
            glued_initial = (  # "Ts.Tserenpuntsag", "Ch.Naranbaatar": a name glued to its initials
                prev.text == "."
                and not prev.whitespace_
                and prev.i > 0
                and not doc[prev.i - 1].whitespace_
                and doc[prev.i - 1].text.isalpha()
                and doc[prev.i - 1].text[:1].isupper()
                and len(doc[prev.i - 1].text) <= 3
                and tok.text[:1].isupper()
            )
            if after_abbreviation or not closes or glued_initial:
                tok.is_sent_start = False
            elif "\n\n" in prev.whitespace_ or (prev.is_space and "\n\n" in prev.text):
                tok.is_sent_start = True  # a new paragraph starts a new sentence
        return doc


CLOSING_QUOTES = frozenset({'"', "\u201d", "\u2019", "'"})
SENTENCE_END = frozenset(".!?:;\"\u201d\u2019')\u2026")


def abbreviations(lex: Lexicon) -> set[str]:
    """Rank and honorific abbreviations written with a dot, in the forms they take in text ("Brig.", "H.E.").

    A word of a rank form is an abbreviation when it is shorter than the word it stands for ("brig gen" for
    "Brigadier General") or the canonical form ends in a dot ("Dr.").
    """
    forms: set[str] = set()
    for rank in lex.ranks.values():
        if "." in rank.form:
            forms.update({rank.form.upper(), rank.form.capitalize()})
            continue
        words = rank.form.split()
        full = rank.canonical.split()
        if len(words) != len(full):
            continue
        for word, long in zip(words, full, strict=True):
            long_core = long.rstrip(".").lower()
            if (word != long_core and long_core.startswith(word[:1]) and len(word) < len(long_core)) or (
                long.endswith(".") and word == long_core
            ):
                forms.update({word.capitalize() + ".", word.upper() + "."})
    for word in lex.cue("name_abbreviation"):
        forms.update(name_abbreviation_forms(word))
    return forms


def name_abbreviation_forms(word: str) -> set[str]:
    """The written forms of a given name's abbreviation ("Md." and "MD." for "md").

    >>> sorted(name_abbreviation_forms("ma"))
    ['MA.', 'Ma.']
    """
    core = word.rstrip(".")
    return {core.capitalize() + ".", core.upper() + "."}


def add_abbreviations(nlp: Language, lex: Lexicon) -> None:
    """Teach the tokenizer the rank abbreviations of the lexicon, so that "Brig." stays one token, and the
    hyphenated verbs of the lexicon in all their forms, so that "co-chaired" is one verb for the parser."""
    forms = sorted(abbreviations(lex)) + sorted(
        variant for form in joined_verb_forms(lex) for variant in (form, form.capitalize())
    )
    for form in forms:
        tokenizer = nlp.tokenizer
        if isinstance(tokenizer, Tokenizer) and len(tokenizer(form)) > 1:
            tokenizer.add_special_case(form, [{"ORTH": form}])


def joined_verb_forms(lex: Lexicon) -> dict[str, str]:
    """The forms of the lexicon's hyphenated verbs ("co-chair"), each with its lemma.

    >>> forms = joined_verb_forms(Lexicon.load())
    >>> forms["co-chaired"], forms["co-hosting"], forms["co-organises"]
    ('co-chair', 'co-host', 'co-organise')
    """
    forms: dict[str, str] = {}
    for base in lex.cue("joined_verb"):
        stem = base[:-1] if base.endswith("e") else base
        for form in (base, base + "s", stem + "ed", stem + "ing"):
            forms[form] = base
    return forms


def set_joined_lemmas(doc: Doc, forms: dict[str, str]) -> None:
    """Give the hyphenated verbs kept whole by the tokenizer their lemma ("co-chaired": "co-chair"), which
    the model's lemmatizer does not know."""
    for tok in doc:
        base = forms.get(tok.lower_)
        if base is not None:
            tok.lemma_ = base


class GazetteerComponent(_LexiconComponent):
    """Finds the dateline, countries, demonyms, cities and international bodies."""

    def _build(self) -> None:
        self.joined = joined_verb_forms(self.lex)

    def __call__(self, doc: Doc) -> Doc:
        set_joined_lemmas(doc, self.joined)
        ann = doc_annotations(doc)
        words = words_of(doc)
        ann.dateline = find_dateline(doc, self.lex, words.text)
        meta = doc._.od_meta or {}
        source = meta.get("source")
        agency = self.lex.agencies.get(source) if source else None
        if agency is None and ann.dateline is not None:
            agency = ann.dateline.agency
        ann.agency = agency
        body = self.lex.organizations.get(str(source)) if source else None
        ann.international_source = body is not None and body.country is None
        if agency is None:
            ann.source_country = source_country(str(source) if source else None, self.lex)
        find_places(doc, self.lex, words, ann)
        return doc


class OfficialsComponent(_LexiconComponent):
    """Finds titles and names; repairs ``doc.ents`` from them."""

    def _build(self) -> None:
        self.finder = OfficialsFinder(self.lex)

    def __call__(self, doc: Doc) -> Doc:
        ann = doc_annotations(doc)
        self.finder.run(doc, words_of(doc), ann)
        self._repair_entities(doc, ann)
        return doc

    @staticmethod
    def _repair_entities(doc: Doc, ann: Annotations) -> None:
        people = [Span(doc, m.start, m.end, label="PERSON") for m in ann.names]
        blocked: set[int] = set()
        for m in ann.names:
            if m.rank_start is not None:
                blocked.update(range(m.rank_start, m.start))
            if m.title is not None:
                blocked.update(range(m.title.start, m.title.end))
        for t in ann.titles:
            blocked.update(range(t.start, t.end))
        for n in ann.nominals:
            blocked.update(range(n.start, n.end))
        places = [Span(doc, c.start, c.end, label="GPE") for c in ann.cities]
        places += [Span(doc, c.start, c.end, label="NORP" if c.demonym else "GPE") for c in ann.countries]
        orgs = [Span(doc, o.start, o.end, label="ORG") for o in ann.orgs]
        ours = filter_spans(people + places + orgs)
        taken = {i for span in ours for i in range(span.start, span.end)}
        kept = []
        for ent in doc.ents:
            if any(i in taken for i in range(ent.start, ent.end)):
                continue
            if ent.label_ in ("PERSON", "GPE", "LOC", "ORG", "NORP") and any(
                i in blocked for i in range(ent.start, ent.end)
            ):
                continue
            kept.append(ent)
        ann.blocked = blocked
        doc.ents = filter_spans(ours + kept)


class CorefComponent(_LexiconComponent):
    """Clusters the people of the article and maps every mention to them."""

    def _build(self) -> None:
        self.resolver = CorefResolver(self.lex)

    def __call__(self, doc: Doc) -> Doc:
        self.resolver.run(doc, words_of(doc), doc_annotations(doc))
        return doc


class EventsComponent(_LexiconComponent):
    """Finds events, agreements and statements."""

    def _build(self) -> None:
        self.finder = EventFinder(self.lex)

    def __call__(self, doc: Doc) -> Doc:
        self.finder.run(doc, words_of(doc), doc_annotations(doc))
        return doc


_CONFIG = {"lexicon": ""}


@Language.factory(  # type: ignore[operator]
    GUARD,
    default_config=_CONFIG,
    assigns=["token.is_sent_start"],
)
def make_sentence_guard(nlp: Language, name: str, lexicon: str) -> SentenceGuardComponent:
    """Factory of the sentence guard component."""
    return SentenceGuardComponent(nlp, name, lexicon)


@Language.factory(  # type: ignore[operator]
    "officialdom_gazetteer_v1",
    default_config=_CONFIG,
    assigns=["doc._.od"],
    requires=["token.is_sent_start"],
)
def make_gazetteer(nlp: Language, name: str, lexicon: str) -> GazetteerComponent:
    """Factory of the gazetteer component."""
    return GazetteerComponent(nlp, name, lexicon)


@Language.factory(  # type: ignore[operator]
    "officialdom_officials_v1",
    default_config=_CONFIG,
    assigns=["doc._.od", "doc.ents"],
    requires=["doc._.od", "token.is_sent_start"],
)
def make_officials(nlp: Language, name: str, lexicon: str) -> OfficialsComponent:
    """Factory of the officials component."""
    return OfficialsComponent(nlp, name, lexicon)


@Language.factory(  # type: ignore[operator]
    "officialdom_coref_v1",
    default_config=_CONFIG,
    assigns=["doc._.od"],
    requires=["doc._.od", "token.dep"],
)
def make_coref(nlp: Language, name: str, lexicon: str) -> CorefComponent:
    """Factory of the coreference component."""
    return CorefComponent(nlp, name, lexicon)


@Language.factory(  # type: ignore[operator]
    "officialdom_events_v1",
    default_config=_CONFIG,
    assigns=["doc._.od"],
    requires=["doc._.od", "token.dep", "token.lemma", "token.pos"],
)
def make_events(nlp: Language, name: str, lexicon: str) -> EventsComponent:
    """Factory of the events component."""
    return EventsComponent(nlp, name, lexicon)
