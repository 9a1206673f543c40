"""Linking to reference lists: the readers, the linker over every store, the CLI, and the measured precision."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from typer.testing import CliRunner

from officialdom import KnowledgeGraph
from officialdom.cli import app
from officialdom.errors import ReferenceListError
from officialdom.extract.lexicon import Lexicon
from officialdom.graph.linking import (
    LinkingCase,
    PersonProfile,
    PostSighting,
    entry_iri,
    link_profiles,
    linking_records,
    linking_test_set,
    measure_linking,
    name_match,
    person_profiles,
)
from officialdom.graph.rdf import LINKS_GRAPH, RESOLUTION_GRAPH, person_iri
from officialdom.graph.references import (
    ReferenceEntry,
    ReferenceRole,
    detect_format,
    read_countryinfo,
    read_gazetteer,
    read_phoenix,
    read_references,
)
from officialdom.graph.stores import Store
from officialdom.graph.validate import validate_store
from officialdom.graph.vocab import OD, SCHEMA, WD
from tests.conftest import SHARED

DATA = SHARED / "data"
COUNTRYINFO = DATA / "countryinfo" / "CountryInfo.120116.txt"
PHOENIX = DATA / "phoenix"
needs_countryinfo = pytest.mark.skipif(
    not COUNTRYINFO.exists(), reason=f"CountryInfo is read from {COUNTRYINFO}, which is not there"
)
needs_phoenix = pytest.mark.skipif(
    not (PHOENIX / "Phoenix.Countries.actors.txt").exists(),
    reason=f"the Phoenix dictionaries ({PHOENIX}) are not there",
)

GAZETTEER = """identifier,name,aliases,country,post,start,end
Q42,Douglas Adams,,GB,Writer,1952-03-11,2001-05-11
sy-1,Mohammed Ibrahim al-Shaar,Mohammad al-Shaar|Mohamad al-Sha'ar,Syria,Minister of Interior,2011-04-14,2018-11-26
sy-1,Mohammed Ibrahim al-Shaar,,SY,Commander of the Military Police,2001-01-01,2011-04-13
ir-1,Abdolreza Rahmani Fazli,,IR,Minister of Interior,2013-08-15,2021-08-25
ke-1,Peter Mwangi,,Kenya,Minister of Foreign Affairs,2014-01-01,2016-12-31
ke-2,Peter Mwangi,,Kenya,Minister of Foreign Affairs,2014-06-01,2017-12-31
"""


@pytest.fixture
def gazetteer_csv(tmp_path: Path) -> Path:
    path = tmp_path / "officials.csv"
    path.write_text(GAZETTEER, encoding="utf-8")
    return path


def _cases() -> list[LinkingCase]:
    day = dt.date(2015, 12, 1)
    return [
        LinkingCase("Mohammad Ibrahim al-Sha'ar", "SY", "Minister of Interior", day, "sy-1", "respelt"),
        LinkingCase("Abdolreza Rahmani Fazli", "IR", "Minister of Interior", day, "ir-1", "official name"),
        LinkingCase("Rahmani Fazli", "TR", "Minister of Interior", day, None, "other country"),
        LinkingCase("Peter Mwangi", "KE", "Minister of Foreign Affairs", day, None, "two entries fit"),
        LinkingCase("Joseph Mwangi", "KE", "Minister of Foreign Affairs", day, None, "other given name"),
    ]


def _kg(store: Store) -> KnowledgeGraph:
    lex = Lexicon.load()
    kg = KnowledgeGraph(store)
    kg.add_all(linking_records(_cases(), {c: i.name for c, i in lex.countries.items()}))
    return kg


# -- readers -------------------------------------------------------------------------------------------------
def test_gazetteer_csv(gazetteer_csv: Path) -> None:
    entries = {e.id: e for e in read_gazetteer(gazetteer_csv)}
    assert set(entries) == {"Q42", "sy-1", "ir-1", "ke-1", "ke-2"}
    shaar = entries["sy-1"]
    assert shaar.country == "SY" and shaar.aliases == ("Mohammad al-Shaar", "Mohamad al-Sha'ar")
    assert [r.post for r in shaar.roles] == ["Minister of Interior", "Commander of the Military Police"]
    assert shaar.roles[0].start == dt.date(2011, 4, 14)
    assert entries["Q42"].uri == str(WD["Q42"]) and entry_iri(entries["Q42"]) == WD["Q42"]
    assert str(entry_iri(shaar)).endswith("/ref/officials.csv/sy-1")


def test_gazetteer_json_and_jsonl(tmp_path: Path) -> None:
    doc = {
        "entries": [
            {
                "identifier": "x1",
                "name": "Jane Doe",
                "aliases": ["J. Doe"],
                "country": "KE",
                "posts": [{"post": "Minister of Foreign Affairs", "start": "2014", "end": "2016-06"}],
            }
        ]
    }
    (tmp_path / "g.json").write_text(json.dumps(doc), encoding="utf-8")
    (tmp_path / "g.jsonl").write_text("\n".join(json.dumps(e) for e in doc["entries"]), encoding="utf-8")
    for name in ("g.json", "g.jsonl"):
        [entry] = read_references(tmp_path / name)
        assert entry.aliases == ("J. Doe",)
        assert entry.roles == (
            ReferenceRole("Minister of Foreign Affairs", "KE", dt.date(2014, 1, 1), dt.date(2016, 6, 1)),
        )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name,country\nJane Doe,KE\n", "lacks identifier"),
        ("identifier,name,country\nx,Jane Doe,Narnia\n", "Narnia"),
        ("identifier,name,start\nx,Jane Doe,last spring\n", "not a date"),
        ("identifier,name\nx,\n", "needs an identifier and a name"),
    ],
)
def test_bad_gazetteer(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReferenceListError, match=message):
        read_gazetteer(path)


def test_missing_list_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ReferenceListError, match="no such reference list"):
        read_references(tmp_path / "none.csv")


@needs_countryinfo
def test_countryinfo_reader() -> None:
    assert detect_format(COUNTRYINFO) == "countryinfo"
    entries = read_countryinfo(COUNTRYINFO)
    assert len(entries) > 15000
    by_id = {e.id: e for e in entries}
    assad = by_id["SYR/BASHAR_AL-ASSAD"]
    assert assad.name == "Bashar al-Assad" and assad.country == "SY"
    assert ReferenceRole("President", "SY", dt.date(2000, 7, 17), None) in assad.roles
    jalali = by_id["AFG/ALI_AHMAD_JALALI"]  # a <Government> line: title paired with its dated code
    assert jalali.roles == (
        ReferenceRole("Minister of Interior", "AF", dt.date(2003, 10, 1), dt.date(2005, 10, 31), "AFGGOV"),
    )
    shar = by_id["SYR/BASHAR_AL_SHAR"]  # {A}{B} synonyms
    assert "Bashar Shaar" in shar.aliases
    assert by_id["ISR/ARIEL_SHARON"].country == "IL"  # the file's own alpha-2 column says IS


@needs_phoenix
def test_phoenix_reader() -> None:
    entries = read_phoenix(PHOENIX)
    by_id = {e.id: e for e in entries}
    lavrov = by_id["Countries/SERGEY_LAVROV_"]
    assert lavrov.kind == "person" and lavrov.country == "RU"
    assert "Sergei Lavrov" in lavrov.aliases
    assert ReferenceRole(None, "RU", dt.date(2004, 3, 9), None, "RUSGOV") in lavrov.roles
    assert by_id["Countries/ASSAD_FORCES_"].kind == "organization"
    assert by_id["International/KOFI_ANNAN_"].roles[0].code == "IGOUNO"


# -- matching ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Walid Muallem", "Walid Muallem", "exact"),
        ("Mohammed Ibrahim al-Shaar", "Muhammad Ibrahim Shaar", "transliteration"),
        ("Li Wei", "Wei Li", "word order"),
        ("Abdolreza Rahmani Fazli", "Abdolreza Fazli", "shortened"),
        ("A. R. Wardak", "Abdul Rahim Wardak", "initials"),
        ("Abdul Andreotti", "Abdul Razzaq A. Thahim", None),
        ("Peter Mwangi", "Joseph Mwangi", None),
    ],
)
def test_name_match(a: str, b: str, expected: str | None) -> None:
    assert name_match(a, b) == expected
    assert name_match(b, a) == expected


def test_ambiguous_and_country_conflict_give_no_link() -> None:
    day = dt.date(2015, 1, 1)
    role = ReferenceRole("Minister of Foreign Affairs", "KE", dt.date(2014, 1, 1), dt.date(2016, 1, 1))
    twins = [ReferenceEntry(f"ke-{i}", "Peter Mwangi", country="KE", roles=(role,)) for i in (1, 2)]
    person = PersonProfile("p", ("Peter Mwangi",), frozenset({"KE"}), (PostSighting("Foreign Minister", "KE", day),))
    report = link_profiles([person], twins)
    assert report.links == []
    assert [c for c, _ in report.ambiguous[0].candidates] == ["ke-1", "ke-2"]
    abroad = PersonProfile("q", ("Peter Mwangi",), frozenset({"UG"}))
    assert link_profiles([abroad], twins[:1]).links == []


# -- the linker on a store -----------------------------------------------------------------------------------
def test_link_writes_evidence_and_is_idempotent(store: Store, gazetteer_csv: Path) -> None:
    kg = _kg(store)
    entries = read_gazetteer(gazetteer_csv)
    report = kg.link(entries)
    linked = {link.node: link for link in report.links}
    shaar = str(person_iri("Mohammad Ibrahim al-Sha'ar", "SY"))
    fazli = str(person_iri("Abdolreza Rahmani Fazli", "IR"))
    assert set(linked) == {shaar, fazli}
    assert linked[shaar].entry.id == "sy-1" and linked[shaar].name_match == "transliteration"
    assert linked[shaar].date == dt.date(2015, 12, 1) and linked[shaar].reference_post == "Minister of Interior"
    assert [a.candidates[0][0] for a in report.ambiguous] == ["ke-1"]  # ke-1 and ke-2 fit equally
    rows = kg.query(
        f"""SELECT ?id ?reason ?confidence ?match WHERE {{ GRAPH {LINKS_GRAPH.n3()} {{
             ?p schema:sameAs ?e ; schema:identifier ?id .
             ?l a od:Link ; od:linkedEntity ?p ; od:referenceEntry ?e ; od:linkReason ?reason ;
                od:confidence ?confidence ; od:nameMatch ?match }} }}"""
    ).values()
    assert {r["id"] for r in rows} == {"sy-1", "ir-1"}
    assert all(0 < float(r["confidence"]) <= 1 and "country" in r["reason"] for r in rows)
    before = store.canonical_nquads([LINKS_GRAPH])
    kg.link(entries)
    assert store.canonical_nquads([LINKS_GRAPH]) == before  # the same run twice gives the same graph
    kg.link([e for e in entries if e.id != "sy-1"])  # a new run replaces the links graph
    assert "sy-1" not in store.canonical_nquads([LINKS_GRAPH])
    assert validate_store(store, graphs=[LINKS_GRAPH]).conforms


def test_links_attach_to_canonical_nodes(store: Store, gazetteer_csv: Path) -> None:
    kg = _kg(store)
    node = person_iri("Mohammad Ibrahim al-Sha'ar", "SY")
    canonical = URIRef("https://w3id.org/officialdom/id/person/canonical-shaar")
    store.replace_graph(RESOLUTION_GRAPH, [(node, OD.canonical, canonical, RESOLUTION_GRAPH)])
    [profile] = [p for p in person_profiles(store) if p.node == str(canonical)]
    assert profile.members == (str(node),) and profile.countries == {"SY"}
    kg.link(read_gazetteer(gazetteer_csv))
    assert (canonical, SCHEMA.identifier, Literal("sy-1"), LINKS_GRAPH) in set(store.quads(LINKS_GRAPH))
    assert not any(q[0] == node for q in store.quads(LINKS_GRAPH))


def test_cli_link_and_validate(tmp_path: Path, gazetteer_csv: Path) -> None:
    spec = f"oxigraph:{tmp_path / 'db'}"
    _kg(KnowledgeGraph(spec).store).close()
    runner = CliRunner()
    result = runner.invoke(app, ["link", "--gazetteer", str(gazetteer_csv), "--store", spec, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["linked"] == 2 and len(data["ambiguous"]) == 1
    result = runner.invoke(app, ["validate", spec])
    assert result.exit_code == 0, result.output
    bad = runner.invoke(app, ["link", "--gazetteer", str(tmp_path / "missing.csv"), "--store", spec])
    assert bad.exit_code == 1 and "no such reference list" in bad.output


# -- measured precision --------------------------------------------------------------------------------------
def test_test_set_is_deterministic_and_balanced() -> None:
    role = ReferenceRole("Minister of Finance", "KE", dt.date(2010, 1, 1), dt.date(2012, 1, 1))
    entries = [
        ReferenceEntry(f"e{i}", name, country=country, roles=(role,))
        for i, (name, country) in enumerate(
            [("Peter Kamau Mwangi", "KE"), ("Anna Wanjiru", "KE"), ("Luis Alberto Ruiz", "PE"), ("Maria Quispe", "PE")]
        )
    ]
    one = linking_test_set(entries, size=4, seed=1)
    assert one == linking_test_set(entries, size=4, seed=1)
    kinds = {c.kind for c in one}
    assert {"official name", "initials", "same name, other country", "name only"} <= kinds
    assert any(c.expected is None for c in one) and any(c.expected for c in one)


@needs_countryinfo
def test_measured_precision_on_countryinfo() -> None:
    """The floor behind docs/LINKING.md: a smaller draw of the same test set (``officialdom link-eval``)."""
    entries = read_countryinfo(COUNTRYINFO)
    cases = linking_test_set(entries, size=200, seed=0, countries=Lexicon.load().countries)
    score = measure_linking(entries, cases)
    assert score.cases > 1500 and score.positives > 1000
    assert score.precision >= 0.99, score.errors
    assert score.recall >= 0.95
    assert score.by_kind["not in the list"]["linked"] == 0
