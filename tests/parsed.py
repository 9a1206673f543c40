"""Hand-built parsed documents for rule tests: words with heads, labels, parts of speech and lemmas."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from officialdom import Article, ArticleExtraction, Extractor
from officialdom.extract.records import doc_to_extraction

Row = tuple[str, int, str, str, str]  # word, head index, dependency, part of speech, lemma


def parsed_doc(
    extractor: Extractor, rows: Sequence[Row], ents: Sequence[tuple[int, int, str]] = (), article: Article | None = None
) -> Doc:
    """A Doc with the given parse, run through the officialdom components of ``extractor`` (not its model), with
    the source and date of ``article`` when given."""
    words = [r[0] for r in rows]
    spaces = [not (i + 1 < len(rows) and rows[i + 1][0] in (".", ",", "'s", ":")) for i in range(len(rows))]
    labels = ["O"] * len(rows)
    for start, end, label in ents:
        labels[start] = f"B-{label}"
        for i in range(start + 1, end):
            labels[i] = f"I-{label}"
    doc = Doc(
        extractor.nlp.vocab,
        words=words,
        spaces=spaces,
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        lemmas=[r[4] for r in rows],
        ents=labels,
    )
    if article is not None:
        doc._.od_meta = {"source": article.source, "date": article.date}
    for name, proc in extractor.nlp.pipeline:
        if name.startswith("officialdom_") and name != "officialdom_sentence_guard_v1":
            doc = proc(doc)
    return doc


def parsed_record(
    extractor: Extractor, rows: Sequence[Row], ents: Sequence[tuple[int, int, str]] = (), article: Article | None = None
) -> ArticleExtraction:
    doc = parsed_doc(extractor, rows, ents, article)
    article = article or Article(id="t", text=doc.text)
    return doc_to_extraction(doc, article, extractor.lexicon)


def event_people(record: ArticleExtraction) -> list[tuple[str, list[str]]]:
    """The type of each event of ``record`` and the names of its participants, in order."""
    names = {p.id: p.name for p in record.persons}
    return [(e.type, [names[p] for p in e.participants]) for e in record.events]
