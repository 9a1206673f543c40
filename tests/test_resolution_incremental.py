"""Incremental resolution: after every change (articles added one or a few at a time, replaced, removed, in
random orders) the resolution graph updated in place is exactly the one a rebuild from scratch gives."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
import random
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import pytest

from benchmarks.corpus import write_corpus
from officialdom import Article, ArticleExtraction, Extractor, KnowledgeGraph
from officialdom.errors import RecordError
from officialdom.graph.rdf import RESOLUTION_GRAPH
from officialdom.graph.resolution import canonical_people, state
from officialdom.graph.stores.oxigraph import OxigraphStore
from officialdom.ingest import ingest, remove_articles
from officialdom.model import Event, Evidence, Person, Tenure
from tests.conftest import CORPUS

DEV = CORPUS.parent.parent / "eval" / "dev"


class Replay:
    """A pipeline that hands back records extracted once (the ingest path is what is tested, not extraction)."""

    def __init__(self, records: Iterable[ArticleExtraction]) -> None:
        self.info = {"pipeline": "replay"}
        self.by_id = {r.article.id: r for r in records}

    def pipe(self, items: Iterable[Article | RecordError]) -> Iterator[ArticleExtraction | RecordError]:
        for item in items:
            yield item if isinstance(item, RecordError) else self.by_id[item.id]


def _renamed(record: ArticleExtraction, new_id: str) -> ArticleExtraction:
    """The same extraction under another article id (a second outlet carrying the same story)."""
    data = json.loads(json.dumps(record.to_dict()).replace(json.dumps(record.article.id)[1:-1], new_id))
    return ArticleExtraction.from_dict(data)


def _resolution(kg: KnowledgeGraph) -> str:
    return kg.store.canonical_nquads([RESOLUTION_GRAPH])


def _check(kg: KnowledgeGraph, step: str) -> None:
    assert state(kg) == "current", step
    updated = _resolution(kg)
    kg.resolve_entities()
    rebuilt = _resolution(kg)
    if updated != rebuilt:
        extra = sorted(set(updated.splitlines()) - set(rebuilt.splitlines()))[:5]
        missing = sorted(set(rebuilt.splitlines()) - set(updated.splitlines()))[:5]
        pytest.fail(f"{step}: the updated resolution graph differs; extra {extra}, missing {missing}")


def replay_changes(kg: KnowledgeGraph, records: Sequence[ArticleExtraction], seed: int) -> int:
    """Ingest a third at once, then the rest one or a few at a time, replacing and removing some on the way;
    checks the graph after each step and returns how many incremental updates it saw."""
    rng = random.Random(seed)
    order = list(records)
    rng.shuffle(order)
    first = len(order) // 3
    ingest([r.article for r in order[:first]], kg, Replay(order[:first]))
    _check(kg, "first batch")
    updates = 0
    done = list(order[:first])
    rest = order[first:]
    while rest:
        take = rest[: rng.choice([1, 1, 2, 3])]
        rest = rest[len(take) :]
        report = ingest([r.article for r in take], kg, Replay(take))
        assert report.resolution is not None and report.resolution.incremental
        updates += 1
        done += take
        _check(kg, f"added {[r.article.id for r in take]}")
        roll = rng.random()
        if roll < 0.25 and len(done) > 2:
            # an article replaced by what another one says (its people, events and posts all change)
            target, source = rng.sample(done, 2)
            changed = _renamed(source, target.article.id)
            changed = dataclasses.replace(changed, article=dataclasses.replace(changed.article, source="changed"))
            ingest([changed.article], kg, Replay([changed]))
            updates += 1
            _check(kg, f"replaced {target.article.id} by {source.article.id}")
        elif roll < 0.45 and len(done) > 2:
            gone = done.pop(rng.randrange(len(done)))
            remove_articles(kg, [gone.article.id])
            updates += 1
            _check(kg, f"removed {gone.article.id}")
    return updates


def _duplicated(records: list[ArticleExtraction], rng: random.Random, count: int) -> list[ArticleExtraction]:
    """Some stories carried by a second outlet, so that events fold and people recur."""
    picks = rng.sample(records, min(count, len(records)))
    return records + [_renamed(r, f"{r.article.id}-again") for r in picks]


@pytest.fixture(scope="module")
def synthetic_records(blank_extractor: Extractor, tmp_path_factory: pytest.TempPathFactory) -> list[ArticleExtraction]:
    path = write_corpus(tmp_path_factory.mktemp("incremental") / "articles.jsonl", 45, seed=3)
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    records = list(blank_extractor.extract_many([Article.from_dict(json.loads(line)) for line in lines]))
    return _duplicated(records, random.Random(3), 8)


@pytest.mark.parametrize("kind", ["memory", "oxigraph"])
def test_incremental_equals_rebuild_on_synthetic_news(
    kind: str, synthetic_records: list[ArticleExtraction], tmp_path: Path
) -> None:
    spec = "memory" if kind == "memory" else f"oxigraph:{tmp_path / 'db'}"
    with KnowledgeGraph(spec) as kg:
        assert replay_changes(kg, synthetic_records, seed=5) >= 20


# name variants that merge, that are ambiguous ("A. Rahman" fits two people), that differ by country, or that only
# a country tells apart; one-word names; a name without a country
PEOPLE = [
    ("Ahmad Rahman", "Bangladesh", "Foreign Minister", "Minister of Foreign Affairs", "Minister"),
    ("Amara Rahman", "Bangladesh", "Home Minister", "Minister of Home Affairs", "Minister"),
    ("A. Rahman", "Bangladesh", "Minister", "Minister", "Minister"),
    ("Rahman", "Bangladesh", "Minister", "Minister", "Minister"),
    ("Mohammad Ibrahim al-Rashid", "Syria", "Foreign Minister", "Minister of Foreign Affairs", "Minister"),
    ("Mohammed al-Rasheed", "Syria", "Foreign Minister", "Minister of Foreign Affairs", "Minister"),
    ("Mohammed al-Rashid", "Iraq", "Interior Minister", "Minister of Interior", "Minister"),
    ("Mohammed al-Rashid", None, "Minister", "Minister", "Minister"),
    ("al-Rashid", "Syria", "Minister", "Minister", "Minister"),
    ("Ayman Safadi", "Jordan", "Foreign Minister", "Minister of Foreign Affairs", "Minister"),
    ("Aiman al-Safadi", "Jordan", "Deputy Prime Minister", "Deputy Prime Minister", "Deputy Prime Minister"),
    ("Sameh Shoukry", "Egypt", "Foreign Minister", "Minister of Foreign Affairs", "Minister"),
    ("Sameh Shukri", "Egypt", "Foreign Minister", "Minister of Foreign Affairs", "Minister"),
    ("Badr Abdelatty", "Egypt", "Foreign Minister", "Minister of Foreign Affairs", "Minister"),
    ("Shoukry", None, "Ambassador", "Ambassador", "Ambassador"),
]


def _made_up(count: int, seed: int) -> list[ArticleExtraction]:
    """Hand-made article records: two to four of PEOPLE, their posts on the article's date (sometimes as
    former holders), and a meeting or call between them, held or planned, in one of two places or none."""
    rng = random.Random(seed)
    records = []
    for number in range(count):
        day = dt.date(2024, 3, 1) + dt.timedelta(days=rng.randrange(30))
        chosen = rng.sample(PEOPLE, rng.choice([2, 2, 3, 4]))
        evidence = Evidence(sentence="(made up)", start=0, end=10, rule="test", confidence=0.9)
        entities: list[Person] = []
        for name, country, title, post, role in chosen:
            tenure = Tenure(
                title=title,
                post=post,
                role=role,
                country=country,
                organization=None,
                rank=None,
                evidence=evidence,
                former=rng.random() < 0.15,
                attested_on=day,
            )
            slug = name.lower().replace(" ", "-").replace(".", "")
            entities.append(Person(id=f"person:{slug}-{country or 'none'}", name=name, titles=(tenure,)))
        event = Event(
            id="event:1",
            type=rng.choice(["meeting", "meeting", "phone_call"]),
            status=rng.choice(["held", "held", "planned"]),
            participants=tuple(e.id for e in entities),
            evidence=evidence,
            place=rng.choice([None, "Cairo", "Amman"]),
            date=rng.choice([day, None]),
        )
        article = Article(id=f"made-up-{number:03d}", text="(made up)", date=day, source="test")
        records.append(ArticleExtraction(article=article, entities=tuple(entities), events=(event,)))
    return records


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_incremental_equals_rebuild_on_hard_names(seed: int, tmp_path: Path) -> None:
    records = _duplicated(_made_up(45, seed), random.Random(seed), 6)
    with KnowledgeGraph(f"oxigraph:{tmp_path / 'db'}") as kg:
        assert replay_changes(kg, records, seed=seed) >= 15
        merged = kg.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {RESOLUTION_GRAPH.n3()} {{ ?m a od:Merge }} }}")
        folded = kg.query(f"SELECT ?n WHERE {{ GRAPH {RESOLUTION_GRAPH.n3()} {{ ?e od:sourceCount ?n }} }}")
        assert int(str(merged.rows[0][0])) >= 3  # the hard cases did happen
        assert max(int(str(row[0])) for row in folded.rows) >= 2


# a chain of spellings: each name is one edit pair from the next, so the five are one person only through the
# names between them (the first and the last are not compatible)
CHAIN = ["Omar Karamatan", "Omar Kerimatan", "Omar Kerimoton", "Omar Kurumoton", "Omar Kurumutun"]


def _one_person(number: int, name: str) -> ArticleExtraction:
    day = dt.date(2024, 5, 1 + number)
    evidence = Evidence(sentence="(made up)", start=0, end=10, rule="test", confidence=0.9)
    tenure = Tenure(
        title="Foreign Minister",
        post="Minister of Foreign Affairs",
        role="Minister",
        country="Syria",
        organization=None,
        rank=None,
        evidence=evidence,
        attested_on=day,
    )
    person = Person(id=f"person:{name.lower().replace(' ', '-')}", name=name, titles=(tenure,))
    article = Article(id=f"chain-{number}", text="(made up)", date=day, source="test")
    return ArticleExtraction(article=article, entities=(person,))


@pytest.mark.parametrize("gone", [0, 2, 4])
def test_an_update_re_decides_the_whole_group_of_a_changed_person(gone: int, tmp_path: Path) -> None:
    """Taking out one link of a chain changes the group (and the canonical node) of people far from it: the
    update must re-decide the whole earlier group, not only the changed node and its neighbours."""
    from officialdom.names import names_compatible

    assert all(names_compatible(a, b) for a, b in itertools.pairwise(CHAIN))
    assert not any(names_compatible(CHAIN[i], CHAIN[j]) for i in range(5) for j in range(i + 2, 5))
    records = [_one_person(i, name) for i, name in enumerate(CHAIN)]
    with KnowledgeGraph(f"oxigraph:{tmp_path / 'db'}") as kg:
        ingest([r.article for r in records], kg, Replay(records))
        assert len(set(canonical_people(kg).values())) == 1  # one person through the chain
        remove_articles(kg, [records[gone].article.id])
        _check(kg, f"removed {CHAIN[gone]}")
        ingest([records[gone].article], kg, Replay(records))
        _check(kg, f"added {CHAIN[gone]} back")
        assert len(set(canonical_people(kg).values())) == 1


@pytest.mark.model
def test_incremental_equals_rebuild_on_real_articles(extractor: Extractor, tmp_path: Path) -> None:
    articles = []
    for folder in (CORPUS, DEV):
        lines = (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines()
        articles += [Article.from_dict(json.loads(line)) for line in lines if line.strip()]
    records = _duplicated(list(extractor.extract_many(articles)), random.Random(1), 12)
    assert sum(len(r.events) for r in records) > 50
    for seed in (1, 2):
        with KnowledgeGraph(f"oxigraph:{tmp_path / f'db{seed}'}") as kg:
            assert replay_changes(kg, records, seed=seed) >= 15


def test_a_killed_update_leaves_a_mark_and_the_next_run_rebuilds(
    synthetic_records: list[ArticleExtraction], tmp_path: Path
) -> None:
    records = synthetic_records[:12]
    with KnowledgeGraph(f"oxigraph:{tmp_path / 'db'}") as kg:
        ingest([r.article for r in records[:10]], kg, Replay(records[:10]))
        assert state(kg) == "current"
        # articles written, resolution not updated: as if the run were killed before the end
        report = ingest([r.article for r in records[10:]], kg, Replay(records[10:]), resolve=False)
        assert report.resolution is None and state(kg) == "stale"
        # nothing left to write: the next run sees the mark and rebuilds in full
        report = ingest([r.article for r in records], kg, Replay(records))
        assert report.unchanged == 12 and report.resolution is not None and not report.resolution.incremental
        _check(kg, "after the rebuild")


def test_network_exports_leave_the_bookkeeping_out(synthetic_records: list[ArticleExtraction]) -> None:
    kg = KnowledgeGraph()
    ingest([r.article for r in synthetic_records[:10]], kg, Replay(synthetic_records[:10]))
    assert kg.query("ASK { ?p od:blockKey ?k ; od:resolutionRecord ?r ; od:cluster ?c }").boolean
    graph = kg.typed_graph()
    keys = {key for _, data in graph.nodes(data=True) for key in data}
    assert not keys & {"od:blockKey", "od:resolutionRecord", "od:ambiguous", "od:resolutionFormat"}
    assert not any(key in ("od:cluster", "od:eventKey") for _, _, key in graph.edges(keys=True))
    assert any(key == "od:canonical" for _, _, key in graph.edges(keys=True))


class CountingStore(OxigraphStore):
    """An Oxigraph store on disk that counts its flushes."""

    def __init__(self, location: str) -> None:
        super().__init__(location)
        self.flushes = 0

    def flush(self) -> None:
        self.flushes += 1
        super().flush()


def test_ingest_flushes_as_it_goes(synthetic_records: list[ArticleExtraction], tmp_path: Path) -> None:
    # Oxigraph keeps unflushed writes in memory: without flushes on the way, a long ingest grows without bound
    store = CountingStore(str(tmp_path / "db"))
    with KnowledgeGraph(store) as kg:
        ingest([r.article for r in synthetic_records[:12]], kg, Replay(synthetic_records[:12]), flush_every=5)
        assert store.flushes >= 3  # after the 5th and 10th articles, and at the end
