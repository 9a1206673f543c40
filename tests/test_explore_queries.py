"""Saved queries with parameters, DataFrames and name resolution, over every store.

The graph is built by hand from records (no spaCy model), so every expected answer is known.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from officialdom import Article, ArticleExtraction, KnowledgeGraph
from officialdom.cli import app
from officialdom.errors import QueryError
from officialdom.graph.saved import PARAM_TYPES, bind_parameters, load_saved_queries, parse_saved_query
from officialdom.graph.stores import Store
from officialdom.model import Agreement, Event, Evidence, Organization, Person, Place, Statement, Tenure

HOSTILE = ["Mc'Hostile", 'say "hi"', "} DROP ALL {", "x } ; DELETE WHERE { ?s ?p ?o } #", "\\u0022>", "{{}}"]


def _ev(sentence: str, start: int, rule: str = "test") -> Evidence:
    return Evidence(sentence=sentence, start=start, end=start + len(sentence), rule=rule, confidence=0.9)


def _tenure(title: str, post: str, country: str, org: str | None, ev: Evidence, on: dt.date, **kw: object) -> Tenure:
    return Tenure(
        title=title,
        post=post,
        role=post,
        country=country,
        organization=org,
        rank=None,
        evidence=ev,
        attested_on=on,
        **kw,  # type: ignore[arg-type]
    )


def explore_records() -> list[ArticleExtraction]:
    """Three articles: Kenya and Ethiopia meet and sign in Nairobi; Ethiopia meets Ireland in Addis Ababa; an
    old article names Kimani a former ambassador."""
    kenya = Place(id="country:KE", name="Kenya", kind="country", code="KE")
    ethiopia = Place(id="country:ET", name="Ethiopia", kind="country", code="ET", aliases=("Abyssinia",))
    ireland = Place(id="country:IE", name="Ireland", kind="country", code="IE")
    nairobi = Place(id="place:nairobi", name="Nairobi", kind="place", country="Kenya")
    addis = Place(id="place:addis-ababa", name="Addis Ababa", kind="place", country="Ethiopia")
    mfa_ke = Organization(id="org:mfa-ke", name="Ministry of Foreign Affairs", country="Kenya", kind="national")

    s1 = (
        "Kenyan Foreign Affairs Cabinet Secretary Grace Kimani met Ethiopian Foreign Minister Tesfaye Alemu in Nairobi."
    )
    s2 = "The two ministers signed a memorandum of understanding on trade."
    s3 = '"Our partnership is strong," Kimani said.'
    d1 = dt.date(2023, 6, 13)
    kimani = Person(
        id="person:kimani",
        name="Grace Kimani",
        aliases=("Kimani", "Dr. Kimani"),
        titles=(
            _tenure(
                "Foreign Affairs Cabinet Secretary",
                "Cabinet Secretary for Foreign Affairs",
                "Kenya",
                "Ministry of Foreign Affairs",
                _ev(s1, 0),
                d1,
            ),
        ),
    )
    tesfaye = Person(
        id="person:tesfaye",
        name="Tesfaye Alemu",
        aliases=("Tesfaye",),
        titles=(_tenure("Foreign Minister", "Minister of Foreign Affairs", "Ethiopia", None, _ev(s1, 0), d1),),
    )
    a1 = ArticleExtraction(
        article=Article(id="k1", text=" ".join((s1, s2, s3)), date=d1, source="KNA", title="Kenya and Ethiopia"),
        entities=(kenya, ethiopia, nairobi, mfa_ke, kimani, tesfaye),
        events=(
            Event(
                id="e1",
                type="meeting",
                status="held",
                participants=("person:kimani", "person:tesfaye"),
                roles={"person:kimani": "host", "person:tesfaye": "guest"},
                place="place:nairobi",
                date=d1,
                date_text="Tuesday",
                topics=("trade",),
                evidence=_ev(s1, 0, "verb:meet"),
                confidence=0.9,
            ),
            Event(
                id="e2",
                type="signing",
                status="held",
                participants=("person:kimani", "person:tesfaye"),
                roles={"person:kimani": "signatory", "person:tesfaye": "signatory"},
                agreement="g1",
                evidence=_ev(s2, len(s1) + 1, "verb:sign"),
                confidence=0.9,
            ),
        ),
        agreements=(
            Agreement(
                id="g1",
                kind="Memorandum of Understanding",
                subject="trade",
                parties=("country:KE", "country:ET"),
                signatories=("person:kimani", "person:tesfaye"),
                topics=("trade",),
                date=d1,
                evidence=_ev(s2, len(s1) + 1, "noun:mou"),
            ),
        ),
        statements=(
            Statement(
                id="s1",
                speaker="person:kimani",
                text="Our partnership is strong,",
                cue="said",
                evidence=_ev(s3, len(s1) + len(s2) + 2),
                quote=True,
            ),
        ),
    )

    t1 = "Ethiopian Foreign Minister Tesfaye Alemu received Irish Foreign Minister Seán O'Neil in Addis Ababa."
    t2 = "O'Neil will meet Kimani next month."
    d2 = dt.date(2023, 7, 1)
    oneil = Person(
        id="person:oneil",
        name="Seán O'Neil",
        aliases=("O'Neil",),
        titles=(_tenure("Foreign Minister", "Minister for Foreign Affairs", "Ireland", None, _ev(t1, 0), d2),),
    )
    tesfaye2 = Person(
        id="person:tesfaye",
        name="Tesfaye Alemu",
        titles=(_tenure("Foreign Minister", "Minister of Foreign Affairs", "Ethiopia", None, _ev(t1, 0), d2),),
    )
    kimani2 = Person(
        id="person:kimani",
        name="Grace Kimani",
        titles=(
            _tenure(
                "Cabinet Secretary", "Cabinet Secretary for Foreign Affairs", "Kenya", None, _ev(t2, len(t1) + 1), d2
            ),
        ),
    )
    a2 = ArticleExtraction(
        article=Article(id="k2", text=f"{t1} {t2}", date=d2, source="ENA"),
        entities=(ethiopia, ireland, kenya, addis, oneil, tesfaye2, kimani2),
        events=(
            Event(
                id="e1",
                type="meeting",
                status="held",
                participants=("person:tesfaye", "person:oneil"),
                roles={"person:tesfaye": "host", "person:oneil": "guest"},
                place="place:addis-ababa",
                date=d2,
                evidence=_ev(t1, 0, "verb:receive"),
                confidence=0.9,
            ),
            Event(
                id="e2",
                type="meeting",
                status="planned",
                participants=("person:oneil", "person:kimani"),
                evidence=_ev(t2, len(t1) + 1, "verb:meet"),
                confidence=0.7,
            ),
        ),
    )

    u1 = "Grace Kimani, the former Kenyan ambassador to Ethiopia, spoke."
    d3 = dt.date(2015, 1, 5)
    kimani3 = Person(
        id="person:kimani",
        name="Grace Kimani",
        titles=(
            _tenure(
                "former ambassador to Ethiopia", "Ambassador to Ethiopia", "Kenya", None, _ev(u1, 0), d3, former=True
            ),
        ),
    )
    a3 = ArticleExtraction(article=Article(id="k3", text=u1, date=d3), entities=(kenya, ethiopia, kimani3))
    return [a1, a2, a3]


@pytest.fixture
def kg(store: Store) -> KnowledgeGraph:
    graph = KnowledgeGraph(store)
    graph.add_all(explore_records())
    return graph


# -- the files ---------------------------------------------------------------------------------------------------
EXPECTED = {
    "officials_of_country",
    "posts_of_person",
    "who_met_whom",
    "meetings_between_countries",
    "agreements_by_country_pair",
    "timeline",
    "most_connected",
    "event_evidence",
    "officials",
    "meetings",
    "agreements",
    "events",
    "statements",
}
REQUIRED_VALUES = {"country": "Kenya", "person": "Grace Kimani", "country_a": "Kenya", "country_b": "Ethiopia"}


def test_saved_query_files_document_themselves() -> None:
    saved = load_saved_queries()
    assert set(saved) >= EXPECTED
    for query in saved.values():
        assert query.description, query.name
        for p in query.params:
            assert p.type in PARAM_TYPES and p.description, (query.name, p.name)
            # a declared parameter is a variable the query uses
            assert re.search(rf"\?{p.name}\b", query.text.split("\n", len(query.params) + 5)[-1]), (query.name, p)


def test_header_parsing() -> None:
    spec = parse_saved_query(
        "x",
        "# Title line.\n# more text.\n# @param a (date, optional) First.\n#   continued.\n"
        "# @param b (literal, default held) Second.\nSELECT ?a WHERE { ?a ?b ?c }",
    )
    assert spec.description == "Title line. more text."
    a, b = spec.params
    assert (a.type, a.optional, a.required, a.description) == ("date", True, False, "First. continued.")
    assert (b.default, b.required) == ("held", False)
    with pytest.raises(QueryError, match="use one of"):
        parse_saved_query("y", "# @param a (number) A.\nSELECT * WHERE {}")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_saved_query_runs(kg: KnowledgeGraph, name: str) -> None:
    spec = load_saved_queries()[name]
    params = {p.name: REQUIRED_VALUES[p.name] for p in spec.params if p.required}
    frame = kg.query_saved(name, **params).to_dataframe()
    assert len(frame) > 0, name
    assert not any(c.startswith("_") for c in frame.columns)


# -- answers -----------------------------------------------------------------------------------------------------
def test_officials_of_a_country_as_of_a_date(kg: KnowledgeGraph) -> None:
    now = kg.officials_of("Kenya")
    assert list(now["name"]) == ["Grace Kimani"]  # the former ambassadorship is left out
    assert now.iloc[0]["post"] == "Cabinet Secretary for Foreign Affairs"
    assert now.iloc[0]["organization"] == "Ministry of Foreign Affairs"
    assert (now.iloc[0]["first_attested"], now.iloc[0]["last_attested"]) == (dt.date(2023, 6, 13), dt.date(2023, 7, 1))
    assert now.iloc[0]["articles"] == 2
    ethiopia = kg.officials_of("et", as_of="2023-06-30")  # ISO code, any case
    assert ethiopia.iloc[0]["name"] == "Tesfaye Alemu"
    assert ethiopia.iloc[0]["last_attested"] == dt.date(2023, 6, 13)  # the July attestation is after the date
    assert kg.officials_of("Ethiopia", as_of="2023-07-31").iloc[0]["last_attested"] == dt.date(2023, 7, 1)
    assert kg.officials_of("Kenya", as_of=dt.date(2020, 1, 1)).empty
    assert list(kg.officials_of("Abyssinia")["name"]) == ["Tesfaye Alemu"]  # an alternate name


def test_posts_of_a_person(kg: KnowledgeGraph) -> None:
    posts = kg.query_saved("posts_of_person", person="kimani").to_dataframe()  # an alias, lower case
    by_post = {r["post"]: r for r in posts.to_dict("records")}
    assert set(by_post) == {"Cabinet Secretary for Foreign Affairs", "Ambassador to Ethiopia"}
    assert by_post["Ambassador to Ethiopia"]["former"] == 1
    assert by_post["Cabinet Secretary for Foreign Affairs"]["former"] == 0
    assert "Kenyan Foreign Affairs Cabinet Secretary" in by_post["Cabinet Secretary for Foreign Affairs"]["evidence"]


def test_who_met_whom(kg: KnowledgeGraph) -> None:
    pairs = kg.who_met_whom()
    got = {frozenset((r["name_a"], r["name_b"])): r for r in pairs.to_dict("records")}
    assert set(got) == {frozenset(("Grace Kimani", "Tesfaye Alemu")), frozenset(("Tesfaye Alemu", "Seán O'Neil"))}
    kt = got[frozenset(("Grace Kimani", "Tesfaye Alemu"))]
    assert kt["encounters"] == 2  # the meeting and the signing
    assert kt["first"] == kt["last"] == dt.date(2023, 6, 13)
    assert kt["places"] == "Nairobi"
    assert set(kt["types"].split(", ")) == {"Meeting", "AgreementSigning"}
    planned = kg.who_met_whom(status="planned")
    assert {frozenset((r["name_a"], r["name_b"])) for r in planned.to_dict("records")} == {
        frozenset(("Grace Kimani", "Seán O'Neil"))
    }
    only = kg.who_met_whom(person="Seán O'Neil")
    assert len(only) == 1 and only.iloc[0]["places"] == "Addis Ababa"


def test_meetings_between_countries(kg: KnowledgeGraph) -> None:
    rows = kg.query_saved("meetings_between_countries", country_a="Kenya", country_b="ET").to_dataframe()
    assert set(rows["type"]) == {"Meeting", "AgreementSigning"}
    meeting = rows[rows["type"] == "Meeting"].iloc[0]
    assert meeting["side_a"] == "Grace Kimani" and meeting["side_b"] == "Tesfaye Alemu"
    assert meeting["place"] == "Nairobi" and "Nairobi" in meeting["evidence"]
    planned = kg.query_saved("meetings_between_countries", country_a="Kenya", country_b="Ireland").to_dataframe()
    assert list(planned["status"]) == ["planned"] and planned.iloc[0]["side_b"] == "Seán O'Neil"


def test_agreements_by_country_pair_and_topic(kg: KnowledgeGraph) -> None:
    rows = kg.query_saved("agreements_by_country_pair", topic="TRADE").to_dataframe()
    assert len(rows) == 1
    row = rows.iloc[0]
    assert {row["name_a"], row["name_b"]} == {"Kenya", "Ethiopia"}
    assert (row["agreements"], row["kinds"], row["first"]) == (1, "Memorandum of Understanding", dt.date(2023, 6, 13))
    assert kg.query_saved("agreements_by_country_pair", topic="fisheries").to_dataframe().empty
    assert kg.query_saved("agreements_by_country_pair", country="Ireland").to_dataframe().empty


def test_timeline_of_a_person(kg: KnowledgeGraph) -> None:
    line = kg.timeline("Grace Kimani")
    kinds = list(line["kind"])
    assert kinds[0] == "Post"  # 2015, the former ambassadorship
    assert {"Meeting", "AgreementSigning", "Statement", "Post"} <= set(kinds)
    meeting = line[(line["kind"] == "Meeting") & (line["status"] == "held")].iloc[0]
    assert (meeting["with"], meeting["place"], meeting["role"]) == ("Tesfaye Alemu", "Nairobi", "host")
    dates = [d for d in line["date"].where(line["date"].notna(), line["published"])]
    assert dates == sorted(dates)
    statement = line[line["kind"] == "Statement"].iloc[0]
    assert statement["description"] == "Our partnership is strong,"


def test_most_connected_and_evidence(kg: KnowledgeGraph) -> None:
    top = kg.query_saved("most_connected").to_dataframe()
    assert top.iloc[0]["name"] == "Tesfaye Alemu" and top.iloc[0]["counterparts"] == 2
    assert top.iloc[0]["country"] == "Ethiopia"
    evidence = kg.query_saved("event_evidence", type="meeting", person="Seán O'Neil").to_dataframe()
    assert len(evidence) == 2  # the meeting in Addis Ababa and the planned one
    for row in evidence.to_dict("records"):
        assert row["end"] - row["start"] == len(row["sentence"])
        assert "O'Neil" in row["participants"]


def test_dataframes_have_readable_columns(kg: KnowledgeGraph) -> None:
    officials = kg.officials()
    assert {"name", "post", "country", "organization", "title", "article"} <= set(officials.columns)
    assert "Grace Kimani" in set(officials["name"])
    assert {"name", "type", "place", "sentence"} <= set(kg.meetings().columns)
    assert {"kind", "party", "signatory", "topic"} <= set(kg.agreements().columns)
    assert set(kg.agreements()["party"]) == {"Kenya", "Ethiopia"}
    frame = kg.sparql("SELECT DISTINCT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name")
    assert isinstance(frame, pd.DataFrame)
    assert list(frame["name"]) == ["Grace Kimani", "Seán O'Neil", "Tesfaye Alemu"]


# -- parameters are data -----------------------------------------------------------------------------------------
def test_persons_resolve_by_name_alias_and_iri(kg: KnowledgeGraph) -> None:
    iri = "https://w3id.org/officialdom/id/person/grace-kimani-ke"
    assert [str(x) for x in kg.resolve("person", "GRACE KIMANI")] == [iri]
    assert [str(x) for x in kg.resolve("person", "dr. kimani")] == [iri]
    assert [str(x) for x in kg.resolve("person", iri)] == [iri]
    assert [str(x) for x in kg.resolve("person", f"<{iri}>")] == [iri]
    assert [str(x) for x in kg.resolve("person", "id:person/grace-kimani-ke")] == [iri]
    assert [str(x) for x in kg.resolve("person", "o'neil")] == ["https://w3id.org/officialdom/id/person/sean-o-neil-ie"]
    assert kg.resolve("person", "Kenya") == []  # a country is not a person


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_values_are_plain_data(kg: KnowledgeGraph, value: str) -> None:
    before = kg.canonical_nquads()
    # a literal parameter: matched as text, nothing found, nothing changed
    assert kg.query_saved("agreements_by_country_pair", topic=value).to_dataframe().empty
    assert kg.query_saved("who_met_whom", status=value).to_dataframe().empty
    # names that match nothing are reported with the value quoted
    with pytest.raises(QueryError, match="no person in the graph matches"):
        kg.query_saved("timeline", person=value)
    with pytest.raises(QueryError, match="no country in the graph matches"):
        kg.query_saved("officials_of_country", country=value)
    with pytest.raises(QueryError, match="not a date"):
        kg.query_saved("officials_of_country", country="Kenya", date=value)
    assert kg.canonical_nquads() == before


def test_hostile_iris_are_refused(kg: KnowledgeGraph) -> None:
    for value in ("https://x/> } DROP ALL { <y", "id:person/a b", 'https://x/"'):
        with pytest.raises(QueryError, match="not an IRI"):
            kg.query_saved("timeline", person=value)


def test_missing_and_unknown_parameters(kg: KnowledgeGraph) -> None:
    with pytest.raises(QueryError, match=r"needs country: country \(country, required\)"):
        kg.query_saved("officials_of_country")
    with pytest.raises(QueryError, match="has no parameter 'colour'; its parameters: country, date"):
        kg.query_saved("officials_of_country", country="Kenya", colour="red")
    with pytest.raises(QueryError, match="has no parameter 'x'; its parameters: none"):
        kg.query_saved("agreements", x="1")
    with pytest.raises(QueryError, match="no saved query 'nope'"):
        kg.query_saved("nope")


def test_same_answers_in_every_store(tmp_path: Path) -> None:
    memory, oxi = KnowledgeGraph("memory"), KnowledgeGraph(f"oxigraph:{tmp_path / 'db'}")
    for graph in (memory, oxi):
        graph.add_all(explore_records())

    def norm(frame: pd.DataFrame) -> list[tuple[str, ...]]:
        # GROUP_CONCAT has no order: compare the parts of joined values as sets
        def cell(value: object) -> str:
            return "|".join(sorted(re.split(r"; |\n|, ", str(value))))

        return sorted(tuple(cell(v) for v in row) for row in frame.itertuples(index=False))

    for name in sorted(EXPECTED):
        spec = load_saved_queries()[name]
        params = {p.name: REQUIRED_VALUES[p.name] for p in spec.params if p.required}
        a = memory.query_saved(name, **params).to_dataframe()
        b = oxi.query_saved(name, **params).to_dataframe()
        assert list(a.columns) == list(b.columns), name
        assert norm(a) == norm(b), name
    oxi.close()


# -- the command line --------------------------------------------------------------------------------------------
def test_cli_saved_query_with_params(tmp_path: Path) -> None:
    graph = KnowledgeGraph()
    graph.add_all(explore_records())
    store = str(graph.serialize("trig", tmp_path / "graph.trig") and tmp_path / "graph.trig")
    runner = CliRunner()
    result = runner.invoke(
        app, ["query", store, "--saved", "officials_of_country", "--param", "country=Kenya", "-f", "csv"]
    )
    assert result.exit_code == 0, result.stderr
    assert "Grace Kimani,Cabinet Secretary for Foreign Affairs" in result.stdout
    result = runner.invoke(app, ["query", store, "--saved", "timeline", "-p", "person=} DROP ALL {"])
    assert result.exit_code == 1 and "no person in the graph matches '} DROP ALL {'" in result.stderr
    result = runner.invoke(app, ["query", store, "--saved", "officials_of_country"])
    assert result.exit_code == 1 and "needs country" in result.stderr
    result = runner.invoke(app, ["query", store, "--saved", "officials", "--param", "country"])
    assert result.exit_code == 2 and "KEY=VALUE" in result.stderr
    result = runner.invoke(
        app, ["query", store, "--saved", "officials", "-p", "limit=2", "-p", "offset=1", "-f", "csv"]
    )
    assert result.exit_code == 0 and len(result.stdout.strip().splitlines()) == 3  # the header and a page of 2
    assert "the next page is --param offset=3, every row is --param limit=0" in result.stderr
    result = runner.invoke(app, ["query", store, "--saved", "officials", "-p", "limit=0", "-f", "csv"])
    assert result.exit_code == 0 and "next page" not in result.stderr
    assert len(result.stdout.strip().splitlines()) == 1 + len(graph.query_saved("officials", limit=0).rows)
    result = runner.invoke(app, ["query", store, "SELECT * WHERE { ?s ?p ?o }", "--param", "a=b"])
    assert result.exit_code == 2
    listing = runner.invoke(app, ["queries", "--json"])
    assert listing.exit_code == 0
    assert "officials_of_country" in listing.stdout and '"required": true' in listing.stdout
    one = runner.invoke(app, ["queries", "timeline"])
    assert one.exit_code == 0 and "--param person (person, required)" in one.stdout and "SELECT" in one.stdout


@pytest.mark.parametrize(
    ("name", "unit", "size"),
    [("events", "event", 1), ("meetings", "event", 1), ("statements", "statement", 1), ("officials", None, 2)],
)
def test_pages_cover_every_answer_once(kg: KnowledgeGraph, name: str, unit: str | None, size: int) -> None:
    everything = kg.query_saved(name, limit=0).to_dataframe()
    count = len(set(everything[unit])) if unit else len(everything)
    assert count >= (1 if name == "statements" else 3)  # the hand-made graph has one statement
    pages = [kg.query_saved(name, limit=size, offset=i).to_dataframe() for i in range(0, count + size, size)]
    assert len(pages[-1]) == 0
    rows = [row for page in pages for row in page.astype(object).fillna("").values.tolist()]
    assert rows == everything.astype(object).fillna("").values.tolist()  # every row once, in the same order
    if unit:  # a page holds whole units: all the rows of each event or statement
        assert [len(set(page[unit])) for page in pages[:-1]] == [1] * count


def test_limit_zero_means_every_row_and_the_values_marker_places_the_parameters() -> None:
    spec = parse_saved_query(
        "paged",
        "# Paged.\n# @param kind (literal, optional) Kind.\n# @param limit (integer, default 10) Rows.\n"
        "SELECT ?x WHERE {\n  { SELECT ?x WHERE {\n      # @values\n      ?x a ?kind .\n"
        "    } ORDER BY ?x LIMIT ?limit }\n}",
    )
    text = bind_parameters(spec, {"limit": 0}, lambda kind, name: [])
    assert "LIMIT" not in text
    assert re.search(r"WHERE \{\n  \{ SELECT \?x WHERE \{\n      VALUES \(\?kind\) \{ \(UNDEF\) \}\n      \?x a", text)
    assert "LIMIT 10" in bind_parameters(spec, {}, lambda kind, name: [])
