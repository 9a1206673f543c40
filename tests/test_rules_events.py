"""Event, agreement and statement rules on hand-built parses: no statistical model involved."""

from __future__ import annotations

import datetime as dt

import pytest

from officialdom import Article, Extractor
from tests.parsed import Row, event_people, parsed_record

# "Foreign Minister Jane Doe met her Kenyan counterpart John Roe in Nairobi on Monday ."
MEETING = [
    ("Foreign", 3, "compound", "PROPN", "Foreign"),
    ("Minister", 3, "compound", "PROPN", "Minister"),
    ("Jane", 3, "compound", "PROPN", "Jane"),
    ("Doe", 4, "nsubj", "PROPN", "Doe"),
    ("met", 4, "ROOT", "VERB", "meet"),
    ("her", 9, "poss", "PRON", "her"),
    ("Kenyan", 9, "amod", "ADJ", "Kenyan"),
    ("counterpart", 9, "compound", "NOUN", "counterpart"),
    ("John", 9, "compound", "PROPN", "John"),
    ("Roe", 4, "dobj", "PROPN", "Roe"),
    ("in", 4, "prep", "ADP", "in"),
    ("Nairobi", 10, "pobj", "PROPN", "Nairobi"),
    ("on", 4, "prep", "ADP", "on"),
    ("Monday", 12, "pobj", "PROPN", "Monday"),
    (".", 4, "punct", "PUNCT", "."),
]


def test_meeting_with_participants_place_and_date(blank_extractor: Extractor) -> None:
    article = Article(id="t", text="", date=dt.date(2020, 1, 8))  # a Wednesday
    rec = parsed_record(blank_extractor, MEETING, ents=[(13, 14, "DATE")], article=article)
    [meeting] = rec.events
    assert meeting.type == "meeting" and meeting.status == "held"
    assert sorted(rec.names(meeting.participants)) == ["Jane Doe", "John Roe"]
    assert rec.entity(meeting.place).name == "Nairobi"  # type: ignore[union-attr]
    assert meeting.date_text == "Monday" and meeting.date == dt.date(2020, 1, 6)
    assert (meeting.cameo, meeting.plover) == ("040", "CONSULT")
    assert meeting.evidence.sentence.startswith("Foreign Minister Jane Doe met")


def test_negated_meeting_is_not_reported(blank_extractor: Extractor) -> None:
    rows = [
        ("President", 2, "compound", "PROPN", "President"),
        ("Ana", 2, "compound", "PROPN", "Ana"),
        ("Ruiz", 5, "nsubj", "PROPN", "Ruiz"),
        ("did", 5, "aux", "AUX", "do"),
        ("not", 5, "neg", "PART", "not"),
        ("meet", 5, "ROOT", "VERB", "meet"),
        ("Prime", 8, "compound", "PROPN", "Prime"),
        ("Minister", 8, "compound", "PROPN", "Minister"),
        ("Lee", 5, "dobj", "PROPN", "Lee"),
        (".", 5, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows)
    assert rec.events == ()
    assert len(rec.officials) == 2


def test_planned_visit(blank_extractor: Extractor) -> None:
    rows = [
        ("President", 2, "compound", "PROPN", "President"),
        ("Ana", 2, "compound", "PROPN", "Ana"),
        ("Ruiz", 4, "nsubj", "PROPN", "Ruiz"),
        ("will", 4, "aux", "AUX", "will"),
        ("visit", 4, "ROOT", "VERB", "visit"),
        ("Beijing", 4, "dobj", "PROPN", "Beijing"),
        ("next", 7, "amod", "ADJ", "next"),
        ("week", 4, "npadvmod", "NOUN", "week"),
        (".", 4, "punct", "PUNCT", "."),
    ]
    article = Article(id="t", text="", date=dt.date(2020, 1, 8))
    rec = parsed_record(blank_extractor, rows, ents=[(6, 8, "DATE")], article=article)
    [visit] = rec.events
    assert (visit.type, visit.status) == ("visit", "planned")
    assert rec.names(visit.participants) == ["Ana Ruiz"]
    assert visit.roles == {visit.participants[0]: "visitor"}
    assert visit.country == "China"
    assert visit.date == dt.date(2020, 1, 13)


def test_signing_with_agreement(blank_extractor: Extractor) -> None:
    # "Trade Minister Ali Khan and his Nepali counterpart Ram Thapa signed a memorandum of understanding on
    #  energy cooperation including hydropower , transmission lines and training ."
    rows = [
        ("Trade", 3, "compound", "PROPN", "Trade"),  # 0
        ("Minister", 3, "compound", "PROPN", "Minister"),
        ("Ali", 3, "compound", "PROPN", "Ali"),
        ("Khan", 10, "nsubj", "PROPN", "Khan"),
        ("and", 3, "cc", "CCONJ", "and"),
        ("his", 9, "poss", "PRON", "his"),  # 5
        ("Nepali", 9, "amod", "ADJ", "Nepali"),
        ("counterpart", 9, "compound", "NOUN", "counterpart"),
        ("Ram", 9, "compound", "PROPN", "Ram"),
        ("Thapa", 3, "conj", "PROPN", "Thapa"),
        ("signed", 10, "ROOT", "VERB", "sign"),  # 10
        ("a", 12, "det", "DET", "a"),
        ("memorandum", 10, "dobj", "NOUN", "memorandum"),
        ("of", 12, "prep", "ADP", "of"),
        ("understanding", 13, "pobj", "NOUN", "understanding"),
        ("on", 12, "prep", "ADP", "on"),  # 15
        ("energy", 17, "compound", "NOUN", "energy"),
        ("cooperation", 15, "pobj", "NOUN", "cooperation"),
        ("including", 17, "prep", "VERB", "include"),
        ("hydropower", 18, "pobj", "NOUN", "hydropower"),
        (",", 19, "punct", "PUNCT", ","),  # 20
        ("transmission", 22, "compound", "NOUN", "transmission"),
        ("lines", 19, "conj", "NOUN", "line"),
        ("and", 22, "cc", "CCONJ", "and"),
        ("training", 22, "conj", "NOUN", "training"),
        (".", 10, "punct", "PUNCT", "."),  # 25
    ]
    rec = parsed_record(blank_extractor, rows)
    [signing] = rec.events
    assert signing.type == "signing"
    assert sorted(rec.names(signing.participants)) == ["Ali Khan", "Ram Thapa"]
    [agreement] = rec.agreements
    assert signing.agreement == agreement.id
    assert agreement.kind == "Memorandum of Understanding"
    assert agreement.subject == "energy cooperation"
    assert list(agreement.topics) == ["hydropower", "transmission lines", "training"]
    assert sorted(rec.names(agreement.signatories)) == ["Ali Khan", "Ram Thapa"]
    assert rec.names(agreement.parties) == ["Nepal"]  # Khan's country is not stated


def test_reported_statement(blank_extractor: Extractor) -> None:
    rows = [
        ("Minister", 1, "compound", "PROPN", "Minister"),
        ("Okafor", 2, "nsubj", "PROPN", "Okafor"),
        ("said", 2, "ROOT", "VERB", "say"),
        ("that", 6, "mark", "SCONJ", "that"),
        ("trade", 6, "nsubj", "NOUN", "trade"),
        ("will", 6, "aux", "AUX", "will"),
        ("grow", 2, "ccomp", "VERB", "grow"),
        (".", 2, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows)
    [statement] = rec.statements
    assert rec.names([statement.speaker]) == ["Okafor"]
    assert (statement.text, statement.cue, statement.quote) == ("trade will grow", "said", False)


def test_the_two_sides_stand_for_the_people_who_met(blank_extractor: Extractor) -> None:
    fixed = [
        *MEETING,
        ("The", 17, "det", "DET", "the"),  # 15
        ("two", 17, "nummod", "NUM", "two"),
        ("sides", 18, "nsubj", "NOUN", "side"),
        ("held", 18, "ROOT", "VERB", "hold"),
        ("a", 21, "det", "DET", "a"),
        ("press", 21, "compound", "NOUN", "press"),  # 20
        ("conference", 18, "dobj", "NOUN", "conference"),
        (".", 18, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, fixed)
    types = {e.type: e for e in rec.events}
    assert set(types) == {"meeting", "press_conference"}
    assert sorted(rec.names(types["press_conference"].participants)) == ["Jane Doe", "John Roe"]


# "Foreign Minister Ana Ruiz and her Chilean counterpart Luis Soto discussed trade in a telephone conversation ."
PHONE_IN_PP = [
    ("Foreign", 3, "compound", "PROPN", "Foreign"),
    ("Minister", 3, "compound", "PROPN", "Minister"),
    ("Ana", 3, "compound", "PROPN", "Ana"),
    ("Ruiz", 10, "nsubj", "PROPN", "Ruiz"),
    ("and", 3, "cc", "CCONJ", "and"),
    ("her", 7, "poss", "PRON", "her"),
    ("Chilean", 7, "amod", "ADJ", "Chilean"),
    ("counterpart", 9, "compound", "NOUN", "counterpart"),
    ("Luis", 9, "compound", "PROPN", "Luis"),
    ("Soto", 3, "conj", "PROPN", "Soto"),
    ("discussed", 10, "ROOT", "VERB", "discuss"),
    ("trade", 10, "dobj", "NOUN", "trade"),
    ("in", 11, "prep", "ADP", "in"),
    ("a", 15, "det", "DET", "a"),
    ("telephone", 15, "compound", "NOUN", "telephone"),
    ("conversation", 12, "pobj", "NOUN", "conversation"),
    (".", 10, "punct", "PUNCT", "."),
]


def test_an_event_noun_hung_on_the_object_belongs_to_the_verb(blank_extractor: Extractor) -> None:
    rec = parsed_record(blank_extractor, PHONE_IN_PP)
    [call] = [e for e in rec.events if e.type == "phone_call"]
    assert sorted(rec.names(call.participants)) == ["Ana Ruiz", "Luis Soto"]


# "Ana Ruiz and Luis Soto will continue promoting dialogue between the parties ."
PRACTICE = [
    ("Ana", 1, "compound", "PROPN", "Ana"),
    ("Ruiz", 6, "nsubj", "PROPN", "Ruiz"),
    ("and", 1, "cc", "CCONJ", "and"),
    ("Luis", 4, "compound", "PROPN", "Luis"),
    ("Soto", 1, "conj", "PROPN", "Soto"),
    ("will", 6, "aux", "AUX", "will"),
    ("continue", 6, "ROOT", "VERB", "continue"),
    ("promoting", 6, "xcomp", "VERB", "promote"),
    ("dialogue", 7, "dobj", "NOUN", "dialogue"),
    ("between", 8, "prep", "ADP", "between"),
    ("the", 11, "det", "DET", "the"),
    ("parties", 9, "pobj", "NOUN", "party"),
    (".", 6, "punct", "PUNCT", "."),
]


def test_an_event_word_naming_a_practice_is_no_event(blank_extractor: Extractor) -> None:
    rec = parsed_record(blank_extractor, PRACTICE)
    assert [e for e in rec.events if e.type == "meeting"] == []


def test_a_dateline_date_on_its_own_line_keeps_the_first_sentence_whole(blank_extractor: Extractor) -> None:
    text = "Lisbon, 23 January 2025\n\nThe President of Portugal, Ana Maria Costa, met Prime Minister Jorge Ferreira."
    rec = blank_extractor.extract(text, article_id="d")
    people = {p.name: p for p in rec.persons}
    assert set(people) == {"Ana Maria Costa", "Jorge Ferreira"}
    assert people["Ana Maria Costa"].titles[0].evidence.sentence.startswith("The President of Portugal")


# "Ana Ruiz and Luis Soto signed two agreements . The first , on trade , was signed by Maria Lopez and Jose Diaz ."
ORDINAL_AGREEMENT = [
    ("Ana", 1, "compound", "PROPN", "Ana"),
    ("Ruiz", 5, "nsubj", "PROPN", "Ruiz"),
    ("and", 1, "cc", "CCONJ", "and"),
    ("Luis", 4, "compound", "PROPN", "Luis"),
    ("Soto", 1, "conj", "PROPN", "Soto"),
    ("signed", 5, "ROOT", "VERB", "sign"),
    ("two", 7, "nummod", "NUM", "two"),
    ("agreements", 5, "dobj", "NOUN", "agreement"),
    (".", 5, "punct", "PUNCT", "."),
    ("The", 10, "det", "DET", "the"),
    ("first", 16, "nsubjpass", "ADJ", "first"),
    (",", 10, "punct", "PUNCT", ","),
    ("on", 10, "prep", "ADP", "on"),
    ("trade", 12, "pobj", "NOUN", "trade"),
    (",", 10, "punct", "PUNCT", ","),
    ("was", 16, "auxpass", "AUX", "be"),
    ("signed", 16, "ROOT", "VERB", "sign"),
    ("by", 16, "agent", "ADP", "by"),
    ("Maria", 19, "compound", "PROPN", "Maria"),
    ("Lopez", 17, "pobj", "PROPN", "Lopez"),
    ("and", 19, "cc", "CCONJ", "and"),
    ("Jose", 22, "compound", "PROPN", "Jose"),
    ("Diaz", 19, "conj", "PROPN", "Diaz"),
    (".", 16, "punct", "PUNCT", "."),
]


def test_an_ordinal_stands_for_one_of_the_agreements_just_named(blank_extractor: Extractor) -> None:
    people = [(0, 2, "PERSON"), (3, 5, "PERSON"), (18, 20, "PERSON"), (21, 23, "PERSON")]
    rec = parsed_record(blank_extractor, ORDINAL_AGREEMENT, ents=people)
    [first] = [a for a in rec.agreements if a.subject == "trade"]
    assert first.kind == "Agreement"
    assert sorted(rec.names(first.signatories)) == ["Jose Diaz", "Maria Lopez"]


# "Foreign Minister Li Wen met Ana Ruiz . Later , Li said this ."
FAMILY_NAME_FIRST = [
    ("Foreign", 3, "compound", "PROPN", "Foreign"),
    ("Minister", 3, "compound", "PROPN", "Minister"),
    ("Li", 3, "compound", "PROPN", "Li"),
    ("Wen", 4, "nsubj", "PROPN", "Wen"),
    ("met", 4, "ROOT", "VERB", "meet"),
    ("Ana", 6, "compound", "PROPN", "Ana"),
    ("Ruiz", 4, "dobj", "PROPN", "Ruiz"),
    (".", 4, "punct", "PUNCT", "."),
    ("Later", 11, "advmod", "ADV", "later"),
    (",", 11, "punct", "PUNCT", ","),
    ("Li", 11, "nsubj", "PROPN", "Li"),
    ("said", 11, "ROOT", "VERB", "say"),
    ("this", 11, "dobj", "PRON", "this"),
    (".", 11, "punct", "PUNCT", "."),
]


def test_a_family_name_written_first_joins_the_person(blank_extractor: Extractor) -> None:
    rec = parsed_record(blank_extractor, FAMILY_NAME_FIRST, ents=[(5, 7, "PERSON")])
    li = next(p for p in rec.persons if p.name == "Li Wen")
    assert len(li.mentions) == 2


def test_said_this_is_no_statement(blank_extractor: Extractor) -> None:
    rows = [
        ("Ana", 1, "compound", "PROPN", "Ana"),
        ("Ruiz", 2, "nsubj", "PROPN", "Ruiz"),
        ("said", 2, "ROOT", "VERB", "say"),
        ("this", 2, "dobj", "PRON", "this"),
        ("on", 2, "prep", "ADP", "on"),
        ("Monday", 4, "pobj", "PROPN", "Monday"),
        (".", 2, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(0, 2, "PERSON")])
    assert [p.name for p in rec.persons] == ["Ana Ruiz"]
    assert not rec.statements


# "Two diplomats said the ministers had met ." after "Foreign Minister Ana Ruiz met Trade Minister Luis Soto ."
UNNAMED_SOURCES = [
    ("Foreign", 3, "compound", "PROPN", "Foreign"),
    ("Minister", 3, "compound", "PROPN", "Minister"),
    ("Ana", 3, "compound", "PROPN", "Ana"),
    ("Ruiz", 4, "nsubj", "PROPN", "Ruiz"),
    ("met", 4, "ROOT", "VERB", "meet"),
    ("Trade", 8, "compound", "PROPN", "Trade"),
    ("Minister", 8, "compound", "PROPN", "Minister"),
    ("Luis", 8, "compound", "PROPN", "Luis"),
    ("Soto", 4, "dobj", "PROPN", "Soto"),
    (".", 4, "punct", "PUNCT", "."),
    ("Two", 11, "nummod", "NUM", "two"),
    ("diplomats", 12, "nsubj", "NOUN", "diplomat"),
    ("said", 12, "ROOT", "VERB", "say"),
    ("the", 14, "det", "DET", "the"),
    ("talks", 15, "nsubj", "NOUN", "talk"),
    ("went", 12, "ccomp", "VERB", "go"),
    ("well", 15, "advmod", "ADV", "well"),
    (".", 12, "punct", "PUNCT", "."),
]


def test_a_count_of_unnamed_people_is_not_the_people_named_before(blank_extractor: Extractor) -> None:
    rec = parsed_record(blank_extractor, UNNAMED_SOURCES)
    assert not rec.statements


# "The meeting was attended by Deputy Chairman of the Senate Ana Ruiz and Chair of the Committee Luis Soto ."
ATTENDED_BY_TWO = [
    ("The", 1, "det", "DET", "the"),
    ("meeting", 3, "nsubjpass", "NOUN", "meeting"),
    ("was", 3, "auxpass", "AUX", "be"),
    ("attended", 3, "ROOT", "VERB", "attend"),
    ("by", 3, "agent", "ADP", "by"),
    ("Deputy", 6, "compound", "PROPN", "Deputy"),
    ("Chairman", 4, "pobj", "PROPN", "Chairman"),
    ("of", 6, "prep", "ADP", "of"),
    ("the", 11, "det", "DET", "the"),
    ("Senate", 11, "compound", "PROPN", "Senate"),
    ("Ana", 11, "compound", "PROPN", "Ana"),
    ("Ruiz", 7, "pobj", "PROPN", "Ruiz"),
    ("and", 11, "cc", "CCONJ", "and"),
    ("Chair", 11, "conj", "PROPN", "Chair"),
    ("of", 13, "prep", "ADP", "of"),
    ("the", 18, "det", "DET", "the"),
    ("Committee", 18, "compound", "PROPN", "Committee"),
    ("Luis", 18, "compound", "PROPN", "Luis"),
    ("Soto", 14, "pobj", "PROPN", "Soto"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_people_joined_below_a_title_all_take_part(blank_extractor: Extractor) -> None:
    rec = parsed_record(blank_extractor, ATTENDED_BY_TWO, ents=[(10, 12, "PERSON"), (17, 19, "PERSON")])
    [attendance] = [e for e in rec.events if e.type == "attendance"]
    assert sorted(rec.names(attendance.participants)) == ["Ana Ruiz", "Luis Soto"]


# "Ambassador Ana Ruiz called on Minister Luis Soto ." with "on" left bare and the host as the verb's object
CALL_ON_BARE = [
    ("Ambassador", 2, "compound", "PROPN", "Ambassador"),
    ("Ana", 2, "compound", "PROPN", "Ana"),
    ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
    ("called", 3, "ROOT", "VERB", "call"),
    ("on", 3, "prep", "ADP", "on"),
    ("Minister", 7, "compound", "PROPN", "Minister"),
    ("Luis", 7, "compound", "PROPN", "Luis"),
    ("Soto", 3, "dobj", "PROPN", "Soto"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_call_on_with_the_host_parsed_as_object(blank_extractor: Extractor) -> None:
    rec = parsed_record(blank_extractor, CALL_ON_BARE)
    [meeting] = [e for e in rec.events if e.type == "meeting"]
    assert sorted(rec.names(meeting.participants)) == ["Ana Ruiz", "Luis Soto"]


def test_an_event_noun_deep_in_the_object_belongs_to_the_main_verb(blank_extractor: Extractor) -> None:
    # "... discussed trade and talks on reviving the deal in a telephone conversation ."
    rows = [*PHONE_IN_PP[:11]]
    rows += [
        ("trade", 10, "dobj", "NOUN", "trade"),
        ("and", 11, "cc", "CCONJ", "and"),
        ("talks", 11, "conj", "NOUN", "talk"),
        ("on", 13, "prep", "ADP", "on"),
        ("reviving", 14, "pcomp", "VERB", "revive"),
        ("the", 17, "det", "DET", "the"),
        ("deal", 15, "dobj", "NOUN", "deal"),
        ("in", 15, "prep", "ADP", "in"),
        ("a", 21, "det", "DET", "a"),
        ("telephone", 21, "compound", "NOUN", "telephone"),
        ("conversation", 18, "pobj", "NOUN", "conversation"),
        (".", 10, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows)
    [call] = [e for e in rec.events if e.type == "phone_call"]
    assert sorted(rec.names(call.participants)) == ["Ana Ruiz", "Luis Soto"]


def test_a_promise_to_act_is_an_agree_statement(blank_extractor: Extractor) -> None:
    rows = [
        ("Hungary", 1, "nsubj", "PROPN", "Hungary"),
        ("said", 1, "ROOT", "VERB", "say"),
        ("it", 4, "nsubj", "PRON", "it"),
        ("would", 4, "aux", "AUX", "would"),
        ("support", 1, "ccomp", "VERB", "support"),
        ("the", 6, "det", "DET", "the"),
        ("resolution", 4, "dobj", "NOUN", "resolution"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(0, 1, "GPE")])
    [promise] = [e for e in rec.events if e.plover == "AGREE"]
    assert promise.evidence.rule == "commitment:support"
    negated = [
        ("Hungary", 1, "nsubj", "PROPN", "Hungary"),
        ("said", 1, "ROOT", "VERB", "say"),
        ("it", 5, "nsubj", "PRON", "it"),
        ("would", 5, "aux", "AUX", "would"),
        ("not", 5, "neg", "PART", "not"),
        ("support", 1, "ccomp", "VERB", "support"),
        ("the", 7, "det", "DET", "the"),
        ("resolution", 5, "dobj", "NOUN", "resolution"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    refused = parsed_record(blank_extractor, negated, ents=[(0, 1, "GPE")])
    assert not [e for e in refused.events if e.plover == "AGREE"]


# "Chilean Foreign Minister Ana Ruiz and Peruvian Foreign Minister Luis Soto arrived in Quito ."
TWO_VISITORS = [
    ("Chilean", 4, "amod", "ADJ", "chilean"),
    ("Foreign", 4, "compound", "PROPN", "Foreign"),
    ("Minister", 4, "compound", "PROPN", "Minister"),
    ("Ana", 4, "compound", "PROPN", "Ana"),
    ("Ruiz", 11, "nsubj", "PROPN", "Ruiz"),
    ("and", 4, "cc", "CCONJ", "and"),
    ("Peruvian", 10, "amod", "ADJ", "peruvian"),
    ("Foreign", 10, "compound", "PROPN", "Foreign"),
    ("Minister", 10, "compound", "PROPN", "Minister"),
    ("Luis", 10, "compound", "PROPN", "Luis"),
    ("Soto", 4, "conj", "PROPN", "Soto"),
    ("arrived", 11, "ROOT", "VERB", "arrive"),
    ("in", 11, "prep", "ADP", "in"),
    ("Quito", 12, "pobj", "PROPN", "Quito"),
    (".", 11, "punct", "PUNCT", "."),
]


def test_visitors_of_different_countries_make_a_visit_each(blank_extractor: Extractor) -> None:
    rec = parsed_record(blank_extractor, TWO_VISITORS)
    visits = [e for e in rec.events if e.type == "visit"]
    assert sorted(rec.names(v.participants)[0] for v in visits) == ["Ana Ruiz", "Luis Soto"]
    assert all(len(v.participants) == 1 for v in visits)


def test_renewed_negotiations_between_countries_are_a_meeting(blank_extractor: Extractor) -> None:
    rows = [
        ("Chile", 3, "nsubj", "PROPN", "Chile"),
        ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru"),
        ("renewed", 3, "ROOT", "VERB", "renew"),
        ("negotiations", 3, "dobj", "NOUN", "negotiation"),
        ("today", 3, "npadvmod", "NOUN", "today"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    [meeting] = [e for e in rec.events if e.type == "meeting"]
    assert meeting.plover == "CONSULT"


def test_the_subject_of_an_agreement_gives_its_topics(blank_extractor: Extractor) -> None:
    rows = [
        ("Ana", 1, "compound", "PROPN", "Ana"),
        ("Ruiz", 2, "nsubj", "PROPN", "Ruiz"),
        ("signed", 2, "ROOT", "VERB", "sign"),
        ("an", 4, "det", "DET", "an"),
        ("agreement", 2, "dobj", "NOUN", "agreement"),
        ("on", 4, "prep", "ADP", "on"),
        ("cooperation", 5, "pobj", "NOUN", "cooperation"),
        ("in", 6, "prep", "ADP", "in"),
        ("fisheries", 7, "pobj", "NOUN", "fishery"),
        ("and", 8, "cc", "CCONJ", "and"),
        ("aquaculture", 8, "conj", "NOUN", "aquaculture"),
        (".", 2, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(0, 2, "PERSON")])
    [agreement] = rec.agreements
    assert agreement.subject == "cooperation in fisheries and aquaculture"
    assert list(agreement.topics) == ["fisheries", "aquaculture"]


def test_talks_during_a_visit_to_a_country_take_the_dateline_city(blank_extractor: Extractor) -> None:
    rows = [
        ("Madrid", 0, "ROOT", "PROPN", "Madrid"),
        ("-", 0, "punct", "PUNCT", "-"),
        ("Ana", 3, "compound", "PROPN", "Ana"),
        ("Ruiz", 4, "nsubj", "PROPN", "Ruiz"),
        ("arrived", 4, "ROOT", "VERB", "arrive"),
        ("in", 4, "prep", "ADP", "in"),
        ("Spain", 5, "pobj", "PROPN", "Spain"),
        (".", 4, "punct", "PUNCT", "."),
        ("Ruiz", 9, "nsubj", "PROPN", "Ruiz"),
        ("met", 9, "ROOT", "VERB", "meet"),
        ("Luis", 11, "compound", "PROPN", "Luis"),
        ("Soto", 9, "dobj", "PROPN", "Soto"),
        (".", 9, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(2, 4, "PERSON"), (10, 12, "PERSON")])
    [meeting] = [e for e in rec.events if e.type == "meeting"]
    assert rec.entity(meeting.place).name == "Madrid"  # type: ignore[union-attr]


def test_a_place_a_relative_clause_hangs_on(blank_extractor: Extractor) -> None:
    # "Ana Ruiz will travel to Lima , where she will meet Luis Soto ."
    rows = [
        ("Ana", 1, "compound", "PROPN", "Ana"),
        ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
        ("will", 3, "aux", "AUX", "will"),
        ("travel", 3, "ROOT", "VERB", "travel"),
        ("to", 3, "prep", "ADP", "to"),
        ("Lima", 4, "pobj", "PROPN", "Lima"),
        (",", 5, "punct", "PUNCT", ","),
        ("where", 10, "advmod", "SCONJ", "where"),
        ("she", 10, "nsubj", "PRON", "she"),
        ("will", 10, "aux", "AUX", "will"),
        ("meet", 5, "relcl", "VERB", "meet"),
        ("Luis", 12, "compound", "PROPN", "Luis"),
        ("Soto", 10, "dobj", "PROPN", "Soto"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(0, 2, "PERSON"), (11, 13, "PERSON")])
    [meeting] = [e for e in rec.events if e.type == "meeting"]
    assert rec.entity(meeting.place).name == "Lima"  # type: ignore[union-attr]


def test_a_verb_misparsed_as_an_adjective_still_has_its_object(blank_extractor: Extractor) -> None:
    # "Minister Ana Ruiz hosted Defence Minister Luis Soto ." with "hosted" parsed as a modifier of "Minister"
    rows = [
        ("Minister", 2, "compound", "PROPN", "Minister"),
        ("Ana", 2, "compound", "PROPN", "Ana"),
        ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
        ("hosted", 5, "amod", "VERB", "host"),
        ("Defence", 5, "compound", "PROPN", "Defence"),
        ("Minister", 7, "compound", "PROPN", "Minister"),
        ("Luis", 7, "compound", "PROPN", "Luis"),
        ("Soto", 7, "ROOT", "PROPN", "Soto"),
        (".", 7, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows)
    [meeting] = [e for e in rec.events if e.type == "meeting"]
    assert sorted(rec.names(meeting.participants)) == ["Ana Ruiz", "Luis Soto"]


def test_a_person_parsed_as_the_object_of_anothers_title_takes_part(blank_extractor: Extractor) -> None:
    # "Chief of Staff Ana Ruiz and Governor Luis Soto attended the meeting ." with "Soto" under "of"
    rows = [
        ("Chief", 10, "nsubj", "PROPN", "Chief"),
        ("of", 0, "prep", "ADP", "of"),
        ("Staff", 4, "compound", "PROPN", "Staff"),
        ("Ana", 4, "compound", "PROPN", "Ana"),
        ("Ruiz", 8, "nmod", "PROPN", "Ruiz"),
        ("and", 4, "cc", "CCONJ", "and"),
        ("Governor", 4, "conj", "PROPN", "Governor"),
        ("Luis", 8, "compound", "PROPN", "Luis"),
        ("Soto", 1, "pobj", "PROPN", "Soto"),
        ("also", 10, "advmod", "ADV", "also"),
        ("attended", 10, "ROOT", "VERB", "attend"),
        ("the", 12, "det", "DET", "the"),
        ("meeting", 10, "dobj", "NOUN", "meeting"),
        (".", 10, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(3, 5, "PERSON"), (7, 9, "PERSON")])
    [attendance] = [e for e in rec.events if e.type == "attendance"]
    assert sorted(rec.names(attendance.participants)) == ["Ana Ruiz", "Luis Soto"]


def test_meetings_of_the_same_people_in_different_places_stay_apart(blank_extractor: Extractor) -> None:
    rows = [
        ("Ana", 1, "compound", "PROPN", "Ana"),
        ("Ruiz", 2, "nsubj", "PROPN", "Ruiz"),
        ("met", 2, "ROOT", "VERB", "meet"),
        ("Luis", 4, "compound", "PROPN", "Luis"),
        ("Soto", 2, "dobj", "PROPN", "Soto"),
        ("in", 2, "prep", "ADP", "in"),
        ("Lima", 5, "pobj", "PROPN", "Lima"),
        (".", 2, "punct", "PUNCT", "."),
        ("Ruiz", 11, "nsubj", "PROPN", "Ruiz"),
        ("and", 8, "cc", "CCONJ", "and"),
        ("Soto", 8, "conj", "PROPN", "Soto"),
        ("met", 11, "ROOT", "VERB", "meet"),
        ("in", 11, "prep", "ADP", "in"),
        ("Quito", 12, "pobj", "PROPN", "Quito"),
        ("in", 11, "prep", "ADP", "in"),
        ("May", 14, "pobj", "PROPN", "May"),
        (".", 11, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(0, 2, "PERSON"), (3, 5, "PERSON")])
    meetings = [e for e in rec.events if e.type == "meeting"]
    assert sorted(rec.entity(m.place).name for m in meetings) == ["Lima", "Quito"]  # type: ignore[union-attr]


def test_the_occasion_on_whose_sidelines_people_meet_is_no_event_of_its_own(blank_extractor: Extractor) -> None:
    # "Ana Ruiz met Luis Soto on the sidelines of a session of the Security Council ."
    rows = [
        ("Ana", 1, "compound", "PROPN", "Ana"),
        ("Ruiz", 2, "nsubj", "PROPN", "Ruiz"),
        ("met", 2, "ROOT", "VERB", "meet"),
        ("Luis", 4, "compound", "PROPN", "Luis"),
        ("Soto", 2, "dobj", "PROPN", "Soto"),
        ("on", 2, "prep", "ADP", "on"),
        ("the", 7, "det", "DET", "the"),
        ("sidelines", 5, "pobj", "NOUN", "sideline"),
        ("of", 7, "prep", "ADP", "of"),
        ("a", 10, "det", "DET", "a"),
        ("session", 8, "pobj", "NOUN", "session"),
        ("of", 10, "prep", "ADP", "of"),
        ("the", 14, "det", "DET", "the"),
        ("Security", 14, "compound", "PROPN", "Security"),
        ("Council", 11, "pobj", "PROPN", "Council"),
        (".", 2, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(0, 2, "PERSON"), (3, 5, "PERSON")])
    assert [sorted(rec.names(e.participants)) for e in rec.events] == [["Ana Ruiz", "Luis Soto"]]


def test_the_meeting_held_with_someone_more_is_the_meeting_reported_before(blank_extractor: Extractor) -> None:
    # "Ana Ruiz met Luis Soto . The meeting , which also included Eva Diaz , was held in Lima ."
    rows = [
        ("Ana", 1, "compound", "PROPN", "Ana"),
        ("Ruiz", 2, "nsubj", "PROPN", "Ruiz"),
        ("met", 2, "ROOT", "VERB", "meet"),
        ("Luis", 4, "compound", "PROPN", "Luis"),
        ("Soto", 2, "dobj", "PROPN", "Soto"),
        (".", 2, "punct", "PUNCT", "."),
        ("The", 7, "det", "DET", "the"),
        ("meeting", 17, "nsubjpass", "NOUN", "meeting"),
        (",", 7, "punct", "PUNCT", ","),
        ("which", 11, "nsubj", "PRON", "which"),
        ("also", 11, "advmod", "ADV", "also"),
        ("included", 7, "relcl", "VERB", "include"),
        ("Eva", 13, "compound", "PROPN", "Eva"),
        ("Diaz", 11, "dobj", "PROPN", "Diaz"),
        (",", 7, "punct", "PUNCT", ","),
        ("was", 17, "auxpass", "AUX", "be"),
        ("then", 17, "advmod", "ADV", "then"),
        ("held", 17, "ROOT", "VERB", "hold"),
        ("in", 17, "prep", "ADP", "in"),
        ("Lima", 18, "pobj", "PROPN", "Lima"),
        (".", 17, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(0, 2, "PERSON"), (3, 5, "PERSON"), (12, 14, "PERSON")])
    [meeting] = [e for e in rec.events if e.type == "meeting"]
    assert sorted(rec.names(meeting.participants)) == ["Ana Ruiz", "Eva Diaz", "Luis Soto"]


def test_spoken_by_telephone_with_the_partner_hung_on_the_telephone(blank_extractor: Extractor) -> None:
    # "Ana Ruiz had spoken by telephone with Luis Soto ." as the small model parses it
    rows = [
        ("Ana", 1, "compound", "PROPN", "Ana"),
        ("Ruiz", 2, "nsubj", "PROPN", "Ruiz"),
        ("had", 2, "ROOT", "AUX", "have"),
        ("spoken", 2, "advcl", "VERB", "speak"),
        ("by", 3, "agent", "ADP", "by"),
        ("telephone", 4, "pobj", "NOUN", "telephone"),
        ("with", 5, "prep", "ADP", "with"),
        ("Luis", 8, "compound", "PROPN", "Luis"),
        ("Soto", 6, "pobj", "PROPN", "Soto"),
        (".", 2, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(0, 2, "PERSON"), (7, 9, "PERSON")])
    [call] = [e for e in rec.events if e.type == "phone_call"]
    assert sorted(rec.names(call.participants)) == ["Ana Ruiz", "Luis Soto"]


PLANNED_MEETING = [  # "A meeting between Ruiz and Lee had been planned", the start of the sentences below
    ("A", 1, "det", "DET", "a"),
    ("meeting", 8, "nsubjpass", "NOUN", "meeting"),
    ("between", 1, "prep", "ADP", "between"),
    ("Ruiz", 2, "pobj", "PROPN", "Ruiz"),
    ("and", 3, "cc", "CCONJ", "and"),
    ("Lee", 3, "conj", "PROPN", "Lee"),
    ("had", 8, "aux", "AUX", "have"),
    ("been", 8, "auxpass", "AUX", "be"),
    ("planned", 8, "ROOT", "VERB", "plan"),
]
PLANNED_PEOPLE = [(3, 4, "PERSON"), (5, 6, "PERSON")]


def test_a_meeting_called_off_is_not_reported(blank_extractor: Extractor) -> None:
    rows = [  # "A meeting between Ruiz and Lee had been planned for May, but it was called off."
        *PLANNED_MEETING,
        ("for", 8, "prep", "ADP", "for"),
        ("May", 9, "pobj", "PROPN", "May"),
        (",", 8, "punct", "PUNCT", ","),
        ("but", 8, "cc", "CCONJ", "but"),
        ("it", 15, "nsubjpass", "PRON", "it"),
        ("was", 15, "auxpass", "AUX", "be"),
        ("called", 8, "conj", "VERB", "call"),
        ("off", 15, "prt", "ADP", "off"),
        (".", 15, "punct", "PUNCT", "."),
    ]
    ents = PLANNED_PEOPLE
    assert parsed_record(blank_extractor, rows, ents).events == ()
    # the same sentence with the meeting still planned ("... for May, and it was confirmed.") is reported
    confirmed = [
        *rows[:12],
        ("and", 8, "cc", "CCONJ", "and"),
        *rows[13:15],
        ("confirmed", 8, "conj", "VERB", "confirm"),
    ]
    [meeting] = parsed_record(blank_extractor, [*confirmed, (".", 15, "punct", "PUNCT", ".")], ents).events
    assert meeting.status == "planned"


def test_a_meeting_called_off_under_a_reporting_verb_is_not_reported(blank_extractor: Extractor) -> None:
    rows = [  # "A meeting between Ruiz and Lee had been planned, but it was called off, officials said." as the
        # small model parses it: the cancelling clause under the reporting verb, which hangs on "planned"
        *PLANNED_MEETING,
        (",", 8, "punct", "PUNCT", ","),
        ("but", 8, "cc", "CCONJ", "but"),
        ("it", 13, "nsubjpass", "PRON", "it"),
        ("was", 13, "auxpass", "AUX", "be"),
        ("called", 17, "ccomp", "VERB", "call"),
        ("off", 13, "prt", "ADP", "off"),
        (",", 17, "punct", "PUNCT", ","),
        ("officials", 17, "nsubj", "NOUN", "official"),
        ("said", 8, "conj", "VERB", "say"),
        (".", 17, "punct", "PUNCT", "."),
    ]
    ents = PLANNED_PEOPLE
    assert parsed_record(blank_extractor, rows, ents).events == ()
    # a clause about something else that was called off leaves the meeting planned
    other = [*rows[:11], ("talks", 13, "nsubjpass", "NOUN", "talk"), *rows[12:]]
    assert [e.status for e in parsed_record(blank_extractor, other, ents).events if e.type == "meeting"] == ["planned"]


NEXT_MEETING = [  # "The next meeting will be held in Tokyo."
    ("The", 2, "det", "DET", "the"),
    ("next", 2, "amod", "ADJ", "next"),
    ("meeting", 5, "nsubjpass", "NOUN", "meeting"),
    ("will", 5, "aux", "AUX", "will"),
    ("be", 5, "auxpass", "AUX", "be"),
    ("held", 5, "ROOT", "VERB", "hold"),
    ("in", 5, "prep", "ADP", "in"),
    ("Tokyo", 6, "pobj", "PROPN", "Tokyo"),
    (".", 5, "punct", "PUNCT", "."),
]


def test_the_next_meeting_of_a_series_is_a_planned_meeting(blank_extractor: Extractor) -> None:
    [meeting] = parsed_record(blank_extractor, NEXT_MEETING, [(7, 8, "GPE")]).events
    assert (meeting.type, meeting.status, meeting.participants) == ("meeting", "planned", ())
    assert meeting.participant_description == "The next meeting"
    # "the meeting" alone refers to one reported before (here none): no event of its own
    the_meeting = [row for i, row in enumerate(NEXT_MEETING) if i != 1]
    the_meeting = [(w, h - 1 if h > 1 else h, d, p, lemma) for w, h, d, p, lemma in the_meeting]
    assert parsed_record(blank_extractor, the_meeting, [(6, 7, "GPE")]).events == ()


def test_the_session_someone_attended_is_the_occasion_not_a_meeting_of_its_own(blank_extractor: Extractor) -> None:
    rows = [  # "President Ana Ruiz attended the closing session of the Forum."
        ("President", 2, "compound", "PROPN", "President"),
        ("Ana", 2, "compound", "PROPN", "Ana"),
        ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
        ("attended", 3, "ROOT", "VERB", "attend"),
        ("the", 6, "det", "DET", "the"),
        ("closing", 6, "amod", "VERB", "close"),
        ("session", 3, "dobj", "NOUN", "session"),
        ("of", 6, "prep", "ADP", "of"),
        ("the", 9, "det", "DET", "the"),
        ("Forum", 7, "pobj", "PROPN", "Forum"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, [(1, 3, "PERSON"), (9, 10, "ORG")])
    assert [(e.type, rec.names(e.participants)) for e in rec.events] == [("attendance", ["Ana Ruiz"])]


PREPARATIONS_FOR_MEETING = [  # the parser hangs "to be held" on the main verb, not on "meeting"
    ("Officials", 1, "nsubj", "NOUN", "official"),
    ("reviewed", 1, "ROOT", "VERB", "review"),
    ("preparations", 14, "nsubjpass", "NOUN", "preparation"),
    ("for", 2, "prep", "ADP", "for"),
    ("the", 5, "det", "DET", "the"),
    ("meeting", 3, "pobj", "NOUN", "meeting"),
    ("of", 5, "prep", "ADP", "of"),
    ("the", 8, "det", "DET", "the"),
    ("Council", 6, "pobj", "PROPN", "Council"),
    ("of", 8, "prep", "ADP", "of"),
    ("Energy", 11, "compound", "PROPN", "Energy"),
    ("Ministers", 9, "pobj", "PROPN", "Ministers"),
    ("to", 14, "aux", "PART", "to"),
    ("be", 14, "auxpass", "AUX", "be"),
    ("held", 1, "ccomp", "VERB", "hold"),
    ("in", 14, "prep", "ADP", "in"),
    ("Lusaka", 15, "pobj", "PROPN", "Lusaka"),
    ("in", 14, "prep", "ADP", "in"),
    ("May", 17, "pobj", "PROPN", "May"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_meeting_to_be_held_is_planned_whatever_the_clause_hangs_on(blank_extractor: Extractor) -> None:
    """ "preparations for the meeting of the Council of Energy Ministers to be held in Lusaka": a meeting still to
    come, of a body named after its members (not "the ministers" met before)."""
    ents = [(7, 12, "ORG"), (16, 17, "GPE"), (18, 19, "DATE")]
    [meeting] = parsed_record(blank_extractor, PREPARATIONS_FOR_MEETING, ents).events
    assert (meeting.type, meeting.status, meeting.participants) == ("meeting", "planned", ())
    assert meeting.participant_description == "the meeting of the Council of Energy Ministers"
    assert meeting.place is not None and "lusaka" in meeting.place
    # without the clause, and with the outcome of the meeting reviewed, the body's meeting is one that was held
    rows = [(w, 1 if h > 12 else h, d, p, lemma) for w, h, d, p, lemma in PREPARATIONS_FOR_MEETING[:12]]
    rows[2] = ("outcomes", 1, "dobj", "NOUN", "outcome")
    rows[3] = ("of", 2, "prep", "ADP", "of")
    [held] = parsed_record(blank_extractor, [*rows, (".", 1, "punct", "PUNCT", ".")], ents[:1]).events
    assert held.status == "held"


def test_a_body_that_meets_is_a_meeting_with_no_one_named(blank_extractor: Extractor) -> None:
    rows = [  # "The Joint Permanent Commission will meet in Gaborone next month."
        ("The", 3, "det", "DET", "the"),
        ("Joint", 3, "compound", "PROPN", "Joint"),
        ("Permanent", 3, "compound", "PROPN", "Permanent"),
        ("Commission", 5, "nsubj", "PROPN", "Commission"),
        ("will", 5, "aux", "AUX", "will"),
        ("meet", 5, "ROOT", "VERB", "meet"),
        ("in", 5, "prep", "ADP", "in"),
        ("Gaborone", 6, "pobj", "PROPN", "Gaborone"),
        ("next", 9, "amod", "ADJ", "next"),
        ("month", 5, "npadvmod", "NOUN", "month"),
        (".", 5, "punct", "PUNCT", "."),
    ]
    ents = [(0, 4, "ORG"), (7, 8, "GPE"), (8, 10, "DATE")]
    [meeting] = parsed_record(blank_extractor, rows, ents).events
    assert (meeting.type, meeting.status, meeting.participants) == ("meeting", "planned", ())
    assert meeting.participant_description == "The Joint Permanent Commission"
    # "The delegation will meet in Gaborone": a group of people, not a body, and no one named: no event
    rows[1:3] = []
    rows = [(w, h - 2 if h > 2 else h, d, p, lemma) for w, h, d, p, lemma in rows]
    rows[1] = ("delegation", 3, "nsubj", "NOUN", "delegation")
    assert parsed_record(blank_extractor, rows, [(5, 6, "GPE")]).events == ()


WITNESSED_SIGNING = [
    # "President Ana Ruiz and President Jorge Salas witnessed the signing of a trade agreement by Trade Minister
    # Luis Pardo and Trade Minister Carla Mendes."
    ("President", 2, "compound", "PROPN", "President"),
    ("Ana", 2, "compound", "PROPN", "Ana"),
    ("Ruiz", 7, "nsubj", "PROPN", "Ruiz"),
    ("and", 2, "cc", "CCONJ", "and"),
    ("President", 6, "compound", "PROPN", "President"),
    ("Jorge", 6, "compound", "PROPN", "Jorge"),
    ("Salas", 2, "conj", "PROPN", "Salas"),
    ("witnessed", 7, "ROOT", "VERB", "witness"),
    ("the", 9, "det", "DET", "the"),
    ("signing", 7, "dobj", "NOUN", "signing"),
    ("of", 9, "prep", "ADP", "of"),
    ("a", 13, "det", "DET", "a"),
    ("trade", 13, "compound", "NOUN", "trade"),
    ("agreement", 10, "pobj", "NOUN", "agreement"),
    ("by", 13, "prep", "ADP", "by"),
    ("Trade", 16, "compound", "PROPN", "Trade"),
    ("Minister", 18, "compound", "PROPN", "Minister"),
    ("Luis", 18, "compound", "PROPN", "Luis"),
    ("Pardo", 14, "pobj", "PROPN", "Pardo"),
    ("and", 18, "cc", "CCONJ", "and"),
    ("Trade", 21, "compound", "PROPN", "Trade"),
    ("Minister", 23, "compound", "PROPN", "Minister"),
    ("Carla", 23, "compound", "PROPN", "Carla"),
    ("Mendes", 18, "conj", "PROPN", "Mendes"),
    (".", 7, "punct", "PUNCT", "."),
]
WITNESSED_ENTS = [(1, 3, "PERSON"), (5, 7, "PERSON"), (17, 19, "PERSON"), (22, 24, "PERSON")]


def test_witnesses_of_a_signing_attend_it_and_the_signatories_come_after_by(blank_extractor: Extractor) -> None:
    rec = parsed_record(blank_extractor, WITNESSED_SIGNING, WITNESSED_ENTS)
    found = {(e.type, frozenset(rec.names(e.participants))) for e in rec.events}
    assert found == {
        ("attendance", frozenset({"Ana Ruiz", "Jorge Salas"})),
        ("signing", frozenset({"Luis Pardo", "Carla Mendes"})),
    }
    # the parser may hang "by" and the names anywhere: the people after "by" still sign
    misparsed = list(WITNESSED_SIGNING)
    misparsed[14] = ("by", 7, "prep", "ADP", "by")
    misparsed[18] = ("Pardo", 7, "npadvmod", "PROPN", "Pardo")
    rec = parsed_record(blank_extractor, misparsed, WITNESSED_ENTS)
    [signing] = [e for e in rec.events if e.type == "signing"]
    assert set(rec.names(signing.participants)) == {"Luis Pardo", "Carla Mendes"}


def test_witnessing_something_other_than_an_occasion_is_no_attendance(blank_extractor: Extractor) -> None:
    rows = [
        *WITNESSED_SIGNING[:8],
        ("strong", 9, "amod", "ADJ", "strong"),
        ("growth", 7, "dobj", "NOUN", "growth"),
        (".", 7, "punct", "PUNCT", "."),
    ]
    assert parsed_record(blank_extractor, rows, WITNESSED_ENTS[:2]).events == ()


CO_CHAIRED = [  # "The Joint Committee will convene in Accra next month, co-chaired by ... Mensah and ... Diallo."
    ("The", 2, "det", "DET", "the"),
    ("Joint", 2, "compound", "PROPN", "Joint"),
    ("Committee", 4, "nsubj", "PROPN", "Committee"),
    ("will", 4, "aux", "AUX", "will"),
    ("convene", 4, "ROOT", "VERB", "convene"),
    ("in", 4, "prep", "ADP", "in"),
    ("Accra", 5, "pobj", "PROPN", "Accra"),
    ("next", 8, "amod", "ADJ", "next"),
    ("month", 4, "npadvmod", "NOUN", "month"),
    (",", 4, "punct", "PUNCT", ","),
    ("co", 4, "advcl", "VERB", "co"),
    ("-", 4, "advcl", "VERB", "-"),
    ("chaired", 4, "advcl", "VERB", "chair"),
    ("by", 12, "agent", "ADP", "by"),
    ("Trade", 15, "compound", "PROPN", "Trade"),
    ("Minister", 17, "compound", "PROPN", "Minister"),
    ("Kofi", 17, "compound", "PROPN", "Kofi"),
    ("Mensah", 13, "pobj", "PROPN", "Mensah"),
    ("and", 17, "cc", "CCONJ", "and"),
    ("Trade", 20, "compound", "PROPN", "Trade"),
    ("Minister", 22, "compound", "PROPN", "Minister"),
    ("Amadou", 22, "compound", "PROPN", "Amadou"),
    ("Diallo", 17, "conj", "PROPN", "Diallo"),
    (".", 4, "punct", "PUNCT", "."),
]


def test_a_body_meeting_chaired_by_people_named_after_it_is_theirs(blank_extractor: Extractor) -> None:
    """The participle's agents chair the meeting (the main clause's subject does not), and the body's meeting
    with no one named is that same meeting."""
    ents = [(0, 3, "ORG"), (6, 7, "GPE"), (7, 9, "DATE"), (16, 18, "PERSON"), (21, 23, "PERSON")]
    rec = parsed_record(blank_extractor, CO_CHAIRED, ents)
    [meeting] = rec.events
    assert (meeting.type, meeting.status) == ("meeting", "planned")
    assert set(rec.names(meeting.participants)) == {"Kofi Mensah", "Amadou Diallo"}
    assert meeting.place is not None and "accra" in meeting.place


NEXT_ROUND = [  # "Both sides agreed that the next round of the JPC would be held in Lome next year."
    ("Both", 1, "det", "DET", "both"),
    ("sides", 2, "nsubj", "NOUN", "side"),
    ("agreed", 2, "ROOT", "VERB", "agree"),
    ("that", 12, "mark", "SCONJ", "that"),
    ("the", 6, "det", "DET", "the"),
    ("next", 6, "amod", "ADJ", "next"),
    ("round", 12, "nsubjpass", "NOUN", "round"),
    ("of", 6, "prep", "ADP", "of"),
    ("the", 9, "det", "DET", "the"),
    ("JPC", 7, "pobj", "PROPN", "JPC"),
    ("would", 12, "aux", "AUX", "would"),
    ("be", 12, "auxpass", "AUX", "be"),
    ("held", 2, "ccomp", "VERB", "hold"),
    ("in", 12, "prep", "ADP", "in"),
    ("Lome", 13, "pobj", "PROPN", "Lome"),
    ("next", 16, "amod", "ADJ", "next"),
    ("year", 12, "npadvmod", "NOUN", "year"),
    (".", 2, "punct", "PUNCT", "."),
]


def test_the_next_round_of_a_body_is_a_planned_meeting(blank_extractor: Extractor) -> None:
    ents = [(9, 10, "ORG"), (14, 15, "GPE"), (15, 17, "DATE")]
    [meeting] = [e for e in parsed_record(blank_extractor, NEXT_ROUND, ents).events if e.type == "meeting"]
    assert (meeting.status, meeting.participants) == ("planned", ())
    assert meeting.participant_description == "the next round of the JPC"
    # a round that is neither counted nor next ("a round of the JPC") is no meeting of its own
    rows = [r if i != 5 else ("new", 6, "amod", "ADJ", "new") for i, r in enumerate(NEXT_ROUND)]
    assert [e for e in parsed_record(blank_extractor, rows, ents).events if e.type == "meeting"] == []


CO_CHAIR_SESSION = [  # "Trade Minister Ana Ruiz and Trade Minister Jorge Salas will co-chair the fourth session ..."
    ("Trade", 1, "compound", "PROPN", "Trade"),
    ("Minister", 3, "compound", "PROPN", "Minister"),
    ("Ana", 3, "compound", "PROPN", "Ana"),
    ("Ruiz", 10, "nsubj", "PROPN", "Ruiz"),
    ("and", 3, "cc", "CCONJ", "and"),
    ("Trade", 6, "compound", "PROPN", "Trade"),
    ("Minister", 8, "compound", "PROPN", "Minister"),
    ("Jorge", 8, "compound", "PROPN", "Jorge"),
    ("Salas", 3, "conj", "PROPN", "Salas"),
    ("will", 10, "aux", "AUX", "will"),
    ("co-chair", 10, "ROOT", "VERB", "co-chair"),
    ("the", 13, "det", "DET", "the"),
    ("fourth", 13, "amod", "ADJ", "fourth"),
    ("session", 10, "dobj", "NOUN", "session"),
    ("of", 13, "prep", "ADP", "of"),
    ("the", 17, "det", "DET", "the"),
    ("Joint", 17, "compound", "PROPN", "Joint"),
    ("Commission", 14, "pobj", "PROPN", "Commission"),
    ("in", 17, "prep", "ADP", "in"),
    ("Quito", 18, "pobj", "PROPN", "Quito"),
    (".", 10, "punct", "PUNCT", "."),
]


def test_hyphenated_verbs_stay_whole_and_co_chairs_hold_the_meeting(blank_extractor: Extractor) -> None:
    doc = blank_extractor.nlp("The session was co-chaired by the two ministers, who will co-host the next one.")
    assert [(t.text, t.lemma_) for t in doc if t.text.startswith("co-")] == [
        ("co-chaired", "co-chair"),
        ("co-host", "co-host"),
    ]
    ents = [(2, 4, "PERSON"), (7, 9, "PERSON"), (15, 18, "ORG"), (19, 20, "GPE")]
    rec = parsed_record(blank_extractor, CO_CHAIR_SESSION, ents)
    [meeting] = rec.events
    assert (meeting.type, meeting.status) == ("meeting", "planned")
    assert set(rec.names(meeting.participants)) == {"Ana Ruiz", "Jorge Salas"}


OPENED_BY_TWO = [  # "The forum was opened by ... Luis Pardo and ... Carla Mendes, who arrived in Quito on Monday."
    ("The", 1, "det", "DET", "the"),
    ("forum", 3, "nsubjpass", "NOUN", "forum"),
    ("was", 3, "auxpass", "AUX", "be"),
    ("opened", 3, "ROOT", "VERB", "open"),
    ("by", 3, "agent", "ADP", "by"),
    ("Foreign", 6, "compound", "PROPN", "Foreign"),
    ("Minister", 8, "compound", "PROPN", "Minister"),
    ("Luis", 8, "compound", "PROPN", "Luis"),
    ("Pardo", 4, "pobj", "PROPN", "Pardo"),
    ("and", 8, "cc", "CCONJ", "and"),
    ("Foreign", 11, "compound", "PROPN", "Foreign"),
    ("Minister", 13, "compound", "PROPN", "Minister"),
    ("Carla", 13, "compound", "PROPN", "Carla"),
    ("Mendes", 8, "conj", "PROPN", "Mendes"),
    (",", 13, "punct", "PUNCT", ","),
    ("who", 16, "nsubj", "PRON", "who"),
    ("arrived", 8, "relcl", "VERB", "arrive"),  # the parser hangs the clause on the first of the two
    ("in", 16, "prep", "ADP", "in"),
    ("Quito", 17, "pobj", "PROPN", "Quito"),
    ("on", 16, "prep", "ADP", "on"),
    ("Monday", 19, "pobj", "PROPN", "Monday"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_relative_clause_right_after_a_name_is_about_that_person(blank_extractor: Extractor) -> None:
    rec = parsed_record(blank_extractor, OPENED_BY_TWO, [(7, 9, "PERSON"), (12, 14, "PERSON"), (18, 19, "GPE")])
    [visit] = [e for e in rec.events if e.type == "visit"]
    assert rec.names(visit.participants) == ["Carla Mendes"]


RECEIVED_SEPARATELY = [
    # "Foreign Minister Ana Ruiz Vega will be received separately by His Highness the Emir, Sheikh Tamim Hamad,
    # and His Highness the Crown Prince, Sheikh Khalid Nasser, to discuss trade."
    ("Foreign", 1, "compound", "PROPN", "Foreign"),
    ("Minister", 4, "compound", "PROPN", "Minister"),
    ("Ana", 4, "compound", "PROPN", "Ana"),
    ("Ruiz", 4, "compound", "PROPN", "Ruiz"),
    ("Vega", 7, "nsubjpass", "PROPN", "Vega"),
    ("will", 7, "aux", "AUX", "will"),
    ("be", 7, "auxpass", "AUX", "be"),
    ("received", 7, "ROOT", "VERB", "receive"),
    ("separately", 7, "advmod", "ADV", "separately"),
    ("by", 7, "agent", "ADP", "by"),
    ("His", 11, "poss", "PRON", "his"),
    ("Highness", 9, "pobj", "PROPN", "Highness"),
    ("the", 13, "det", "DET", "the"),
    ("Emir", 11, "appos", "PROPN", "Emir"),
    (",", 13, "punct", "PUNCT", ","),
    ("Sheikh", 17, "compound", "PROPN", "Sheikh"),
    ("Tamim", 17, "compound", "PROPN", "Tamim"),
    ("Hamad", 13, "conj", "PROPN", "Hamad"),
    (",", 17, "punct", "PUNCT", ","),
    ("and", 17, "cc", "CCONJ", "and"),
    ("His", 21, "poss", "PRON", "his"),
    ("Highness", 7, "conj", "PROPN", "Highness"),  # hung on the verb: the agent's "and" is lost
    ("the", 24, "det", "DET", "the"),
    ("Crown", 24, "compound", "PROPN", "Crown"),
    ("Prince", 21, "appos", "PROPN", "Prince"),
    (",", 24, "punct", "PUNCT", ","),
    ("Sheikh", 28, "compound", "PROPN", "Sheikh"),
    ("Khalid", 28, "compound", "PROPN", "Khalid"),
    ("Nasser", 24, "appos", "PROPN", "Nasser"),
    (",", 21, "punct", "PUNCT", ","),
    ("to", 31, "aux", "PART", "to"),
    ("discuss", 7, "advcl", "VERB", "discuss"),
    ("trade", 31, "dobj", "NOUN", "trade"),
    (".", 7, "punct", "PUNCT", "."),
]


def test_received_separately_by_several_hosts_is_a_meeting_with_each(blank_extractor: Extractor) -> None:
    """His Highness is an honorific, not the guest's possession; the hosts are all the people named after
    "by", however the parser hangs them; the guest meets each of them."""
    ents = [(2, 5, "PERSON"), (16, 18, "PERSON"), (27, 29, "PERSON")]
    rec = parsed_record(blank_extractor, RECEIVED_SEPARATELY, ents)
    found = sorted((e.status, tuple(sorted(rec.names(e.participants)))) for e in rec.events)
    assert found == [
        ("planned", ("Ana Ruiz Vega", "Khalid Nasser")),
        ("planned", ("Ana Ruiz Vega", "Tamim Hamad")),
    ]


THEY_LEAVE = [
    # "Foreign Minister Ana Ruiz and Trade Minister Jorge Salas called on President Luis Pardo. They will leave
    # for Lima on Friday for talks with their Peruvian counterparts."
    ("Foreign", 1, "compound", "PROPN", "Foreign"),
    ("Minister", 6, "nmod", "PROPN", "Minister"),
    ("Ana", 3, "nmod", "PROPN", "Ana"),
    ("Ruiz", 6, "nmod", "PROPN", "Ruiz"),
    ("and", 3, "cc", "CCONJ", "and"),
    ("Trade", 6, "compound", "PROPN", "Trade"),
    ("Minister", 8, "compound", "PROPN", "Minister"),
    ("Jorge", 8, "compound", "PROPN", "Jorge"),
    ("Salas", 9, "nsubj", "PROPN", "Salas"),
    ("called", 9, "ROOT", "VERB", "call"),
    ("on", 9, "prep", "ADP", "on"),
    ("President", 13, "compound", "PROPN", "President"),
    ("Luis", 13, "compound", "PROPN", "Luis"),
    ("Pardo", 10, "pobj", "PROPN", "Pardo"),
    (".", 9, "punct", "PUNCT", "."),
    ("They", 17, "nsubj", "PRON", "they"),
    ("will", 17, "aux", "AUX", "will"),
    ("leave", 17, "ROOT", "VERB", "leave"),
    ("for", 17, "prep", "ADP", "for"),
    ("Lima", 18, "pobj", "PROPN", "Lima"),
    ("on", 17, "prep", "ADP", "on"),
    ("Friday", 20, "pobj", "PROPN", "Friday"),
    ("for", 17, "prep", "ADP", "for"),
    ("talks", 22, "pobj", "NOUN", "talk"),
    ("with", 23, "prep", "ADP", "with"),
    ("their", 27, "poss", "PRON", "their"),
    ("Peruvian", 27, "amod", "ADJ", "peruvian"),
    ("counterparts", 24, "pobj", "NOUN", "counterpart"),
    (".", 17, "punct", "PUNCT", "."),
]


def test_they_leave_for_a_city_for_talks(blank_extractor: Extractor) -> None:
    """They stands for the two people of the subject before; "leave for Lima" is a visit to Lima, and the
    talks they go for are theirs."""
    ents = [(2, 4, "PERSON"), (7, 9, "PERSON"), (12, 14, "PERSON"), (19, 20, "GPE"), (21, 22, "DATE")]
    rec = parsed_record(blank_extractor, THEY_LEAVE, ents)
    planned = {(e.type, frozenset(rec.names(e.participants))) for e in rec.events if e.status == "planned"}
    assert planned == {
        ("visit", frozenset({"Ana Ruiz", "Jorge Salas"})),
        ("meeting", frozenset({"Ana Ruiz", "Jorge Salas"})),
    }
    [visit] = [e for e in rec.events if e.type == "visit"]
    assert visit.place is not None and "lima" in visit.place


CONVENE_BODY = [  # "Special Envoy Ana Ruiz Vega will convene a meeting of the Joint Committee in Tunis next week."
    ("Special", 4, "compound", "PROPN", "Special"),
    ("Envoy", 4, "compound", "PROPN", "Envoy"),
    ("Ana", 3, "compound", "PROPN", "Ana"),
    ("Ruiz", 4, "compound", "PROPN", "Ruiz"),
    ("Vega", 6, "nsubj", "PROPN", "Vega"),
    ("will", 6, "aux", "AUX", "will"),
    ("convene", 6, "ROOT", "VERB", "convene"),
    ("a", 8, "det", "DET", "a"),
    ("meeting", 6, "dobj", "NOUN", "meeting"),
    ("of", 8, "prep", "ADP", "of"),
    ("the", 12, "det", "DET", "the"),
    ("Joint", 12, "compound", "PROPN", "Joint"),
    ("Committee", 9, "pobj", "PROPN", "Committee"),
    ("in", 12, "prep", "ADP", "in"),
    ("Tunis", 13, "pobj", "PROPN", "Tunis"),
    ("next", 16, "amod", "ADJ", "next"),
    ("week", 6, "npadvmod", "NOUN", "week"),
    (".", 6, "punct", "PUNCT", "."),
]


def test_one_person_convening_a_bodys_meeting_is_a_meeting(blank_extractor: Extractor) -> None:
    ents = [(2, 5, "PERSON"), (10, 13, "ORG"), (14, 15, "GPE"), (15, 17, "DATE")]
    rec = parsed_record(blank_extractor, CONVENE_BODY, ents)
    [meeting] = rec.events
    assert (meeting.type, meeting.status, rec.names(meeting.participants)) == ("meeting", "planned", ["Ana Ruiz Vega"])
    assert meeting.participant_description == "a meeting of the Joint Committee in Tunis"


DUE_TO_MEET = [  # "Foreign Minister Ana Ruiz Vega is due to meet President Jorge Salas Mena on Thursday."
    ("Foreign", 1, "compound", "PROPN", "Foreign"),
    ("Minister", 4, "compound", "PROPN", "Minister"),
    ("Ana", 4, "compound", "PROPN", "Ana"),
    ("Ruiz", 4, "compound", "PROPN", "Ruiz"),
    ("Vega", 5, "nsubj", "PROPN", "Vega"),
    ("is", 5, "ROOT", "AUX", "be"),
    ("due", 5, "acomp", "ADJ", "due"),
    ("to", 8, "aux", "PART", "to"),
    ("meet", 6, "xcomp", "VERB", "meet"),
    ("President", 12, "compound", "PROPN", "President"),
    ("Jorge", 12, "compound", "PROPN", "Jorge"),
    ("Salas", 12, "compound", "PROPN", "Salas"),
    ("Mena", 8, "dobj", "PROPN", "Mena"),
    ("on", 8, "prep", "ADP", "on"),
    ("Thursday", 13, "pobj", "PROPN", "Thursday"),
    (".", 5, "punct", "PUNCT", "."),
]

WAS_TO_MEET = [  # "Foreign Minister Ana Ruiz Vega postponed her visit to Lima, where she was to meet ... Mena."
    ("Foreign", 1, "compound", "PROPN", "Foreign"),
    ("Minister", 4, "compound", "PROPN", "Minister"),
    ("Ana", 4, "compound", "PROPN", "Ana"),
    ("Ruiz", 4, "compound", "PROPN", "Ruiz"),
    ("Vega", 5, "nsubj", "PROPN", "Vega"),
    ("postponed", 5, "ROOT", "VERB", "postpone"),
    ("her", 7, "poss", "PRON", "her"),
    ("visit", 5, "dobj", "NOUN", "visit"),
    ("to", 7, "prep", "ADP", "to"),
    ("Lima", 8, "pobj", "PROPN", "Lima"),
    (",", 9, "punct", "PUNCT", ","),
    ("where", 13, "advmod", "SCONJ", "where"),
    ("she", 13, "nsubj", "PRON", "she"),
    ("was", 9, "relcl", "AUX", "be"),
    ("to", 15, "aux", "PART", "to"),
    ("meet", 13, "xcomp", "VERB", "meet"),
    ("President", 19, "compound", "PROPN", "President"),
    ("Jorge", 19, "compound", "PROPN", "Jorge"),
    ("Salas", 19, "compound", "PROPN", "Salas"),
    ("Mena", 15, "dobj", "PROPN", "Mena"),
    (".", 5, "punct", "PUNCT", "."),
]


def test_due_to_meet_and_was_to_meet(blank_extractor: Extractor) -> None:
    """ "is due to meet": the subject of "is" meets, later; "where she was to meet X" on a trip called off: no
    meeting; on a trip made, a meeting arranged."""
    rec = parsed_record(blank_extractor, DUE_TO_MEET, [(2, 5, "PERSON"), (10, 13, "PERSON"), (14, 15, "DATE")])
    assert [(e.status, rec.names(e.participants)) for e in rec.events] == [
        ("planned", ["Ana Ruiz Vega", "Jorge Salas Mena"])
    ]
    ents = [(2, 5, "PERSON"), (9, 10, "GPE"), (17, 20, "PERSON")]
    assert parsed_record(blank_extractor, WAS_TO_MEET, ents).events == ()
    made = [row if i != 5 else ("began", 5, "ROOT", "VERB", "begin") for i, row in enumerate(WAS_TO_MEET)]
    rec = parsed_record(blank_extractor, made, ents)
    assert [e.status for e in rec.events if e.type == "meeting"] == ["planned"]


DISCUSSED_BY_PHONE = [
    # "Foreign Minister Ana Ruiz Vega and her Chilean counterpart Jorge Salas Mena discussed trade by phone on
    # Tuesday."
    ("Foreign", 1, "compound", "PROPN", "Foreign"),
    ("Minister", 4, "compound", "PROPN", "Minister"),
    ("Ana", 4, "compound", "PROPN", "Ana"),
    ("Ruiz", 4, "compound", "PROPN", "Ruiz"),
    ("Vega", 12, "nsubj", "PROPN", "Vega"),
    ("and", 4, "cc", "CCONJ", "and"),
    ("her", 8, "poss", "PRON", "her"),
    ("Chilean", 8, "amod", "ADJ", "chilean"),
    ("counterpart", 4, "conj", "NOUN", "counterpart"),
    ("Jorge", 11, "compound", "PROPN", "Jorge"),
    ("Salas", 11, "compound", "PROPN", "Salas"),
    ("Mena", 8, "appos", "PROPN", "Mena"),
    ("discussed", 12, "ROOT", "VERB", "discuss"),
    ("trade", 12, "dobj", "NOUN", "trade"),
    ("by", 12, "prep", "ADP", "by"),
    ("phone", 14, "pobj", "NOUN", "phone"),
    ("on", 12, "prep", "ADP", "on"),
    ("Tuesday", 16, "pobj", "PROPN", "Tuesday"),
    (".", 12, "punct", "PUNCT", "."),
]


def test_two_people_who_discussed_by_phone_had_a_call(blank_extractor: Extractor) -> None:
    ents = [(2, 5, "PERSON"), (7, 8, "NORP"), (9, 12, "PERSON"), (17, 18, "DATE")]
    rec = parsed_record(blank_extractor, DISCUSSED_BY_PHONE, ents)
    assert [(e.type, set(rec.names(e.participants))) for e in rec.events] == [
        ("phone_call", {"Ana Ruiz Vega", "Jorge Salas Mena"})
    ]
    # "discussed" alone tells what a meeting reported elsewhere was about
    in_person = [
        row if i not in (14, 15) else ("in", 12, "prep", "ADP", "in") for i, row in enumerate(DISCUSSED_BY_PHONE)
    ]
    in_person[15] = ("person", 14, "pobj", "NOUN", "person")
    assert parsed_record(blank_extractor, in_person, ents).events == ()


MET_DELEGATION = [  # "Foreign Minister Ana Ruiz Vega met with a delegation led by Senator Jorge Salas Mena."
    ("Foreign", 1, "compound", "PROPN", "Foreign"),
    ("Minister", 4, "compound", "PROPN", "Minister"),
    ("Ana", 4, "compound", "PROPN", "Ana"),
    ("Ruiz", 4, "compound", "PROPN", "Ruiz"),
    ("Vega", 5, "nsubj", "PROPN", "Vega"),
    ("met", 5, "ROOT", "VERB", "meet"),
    ("with", 5, "prep", "ADP", "with"),
    ("a", 8, "det", "DET", "a"),
    ("delegation", 6, "pobj", "NOUN", "delegation"),
    ("led", 8, "acl", "VERB", "lead"),
    ("by", 9, "agent", "ADP", "by"),
    ("Senator", 14, "compound", "PROPN", "Senator"),
    ("Jorge", 14, "compound", "PROPN", "Jorge"),
    ("Salas", 14, "compound", "PROPN", "Salas"),
    ("Mena", 10, "pobj", "PROPN", "Mena"),
    (".", 5, "punct", "PUNCT", "."),
]


def test_a_delegation_led_by_someone_is_met_in_its_head(blank_extractor: Extractor) -> None:
    rec = parsed_record(blank_extractor, MET_DELEGATION, [(2, 5, "PERSON"), (12, 15, "PERSON")])
    assert [rec.names(e.participants) for e in rec.events] == [["Ana Ruiz Vega", "Jorge Salas Mena"]]


DINNER_IN_HONOUR = [  # "Foreign Minister Ana Ruiz Vega hosted a dinner in honour of Trade Minister Jorge Salas Mena."
    ("Foreign", 1, "compound", "PROPN", "Foreign"),
    ("Minister", 4, "compound", "PROPN", "Minister"),
    ("Ana", 4, "compound", "PROPN", "Ana"),
    ("Ruiz", 4, "compound", "PROPN", "Ruiz"),
    ("Vega", 5, "nsubj", "PROPN", "Vega"),
    ("hosted", 5, "ROOT", "VERB", "host"),
    ("a", 7, "det", "DET", "a"),
    ("dinner", 5, "dobj", "NOUN", "dinner"),
    ("in", 7, "prep", "ADP", "in"),
    ("honour", 8, "pobj", "NOUN", "honour"),
    ("of", 9, "prep", "ADP", "of"),
    ("Trade", 12, "compound", "PROPN", "Trade"),
    ("Minister", 15, "compound", "PROPN", "Minister"),
    ("Jorge", 15, "compound", "PROPN", "Jorge"),
    ("Salas", 15, "compound", "PROPN", "Salas"),
    ("Mena", 10, "pobj", "PROPN", "Mena"),
    (".", 5, "punct", "PUNCT", "."),
]


def test_a_dinner_in_honour_of_a_guest_is_a_meeting_with_the_host(blank_extractor: Extractor) -> None:
    rec = parsed_record(blank_extractor, DINNER_IN_HONOUR, [(2, 5, "PERSON"), (13, 16, "PERSON")])
    [meeting] = rec.events
    assert rec.names(meeting.participants) == ["Ana Ruiz Vega", "Jorge Salas Mena"]
    assert [meeting.roles[p] for p in meeting.participants] == ["host", "guest"]


def test_according_to_an_official(blank_extractor: Extractor) -> None:
    rec = blank_extractor.extract("According to Foreign Minister Ana Ruiz Vega, the border will reopen next week.")
    assert [(rec.names([s.speaker])[0], s.text) for s in rec.statements] == [
        ("Ana Ruiz Vega", "the border will reopen next week")
    ]
    rec = blank_extractor.extract("The border will reopen next week, according to Foreign Minister Ana Ruiz Vega.")
    assert [s.text for s in rec.statements] == ["The border will reopen next week"]
    # a source that is no official is not a speaker
    assert blank_extractor.extract("According to Ana Ruiz Vega, the border will reopen next week.").statements == ()


TRAVEL_WHERE_MEET = [
    # "Foreign Minister Ana Ruiz Vega will travel to Lima next week, where she is expected to meet President Jorge
    # Salas Mena."
    ("Foreign", 1, "compound", "PROPN", "Foreign"),
    ("Minister", 4, "compound", "PROPN", "Minister"),
    ("Ana", 4, "compound", "PROPN", "Ana"),
    ("Ruiz", 4, "compound", "PROPN", "Ruiz"),
    ("Vega", 6, "nsubj", "PROPN", "Vega"),
    ("will", 6, "aux", "AUX", "will"),
    ("travel", 6, "ROOT", "VERB", "travel"),
    ("to", 6, "prep", "ADP", "to"),
    ("Lima", 7, "pobj", "PROPN", "Lima"),
    ("next", 10, "amod", "ADJ", "next"),
    ("week", 6, "npadvmod", "NOUN", "week"),
    (",", 6, "punct", "PUNCT", ","),
    ("where", 17, "advmod", "SCONJ", "where"),
    ("she", 15, "nsubjpass", "PRON", "she"),
    ("is", 15, "auxpass", "AUX", "be"),
    ("expected", 6, "advcl", "VERB", "expect"),
    ("to", 17, "aux", "PART", "to"),
    ("meet", 15, "xcomp", "VERB", "meet"),
    ("President", 21, "compound", "PROPN", "President"),
    ("Jorge", 21, "compound", "PROPN", "Jorge"),
    ("Salas", 21, "compound", "PROPN", "Salas"),
    ("Mena", 17, "dobj", "PROPN", "Mena"),
    (".", 6, "punct", "PUNCT", "."),
]

VISIT_TO_A_COUNTRY = [  # "... Vega arrived in Cambodia on Monday. She met Prime Minister Hun Sok Dara. Phnom Penh wants more trade."
    ("Foreign", 1, "compound", "PROPN", "Foreign"),
    ("Minister", 4, "compound", "PROPN", "Minister"),
    ("Ana", 4, "compound", "PROPN", "Ana"),
    ("Ruiz", 4, "compound", "PROPN", "Ruiz"),
    ("Vega", 5, "nsubj", "PROPN", "Vega"),
    ("arrived", 5, "ROOT", "VERB", "arrive"),
    ("in", 5, "prep", "ADP", "in"),
    ("Cambodia", 6, "pobj", "PROPN", "Cambodia"),
    ("on", 5, "prep", "ADP", "on"),
    ("Monday", 8, "pobj", "PROPN", "Monday"),
    (".", 5, "punct", "PUNCT", "."),
    ("She", 12, "nsubj", "PRON", "she"),
    ("met", 12, "ROOT", "VERB", "meet"),
    ("Prime", 14, "compound", "PROPN", "Prime"),
    ("Minister", 17, "compound", "PROPN", "Minister"),
    ("Hun", 17, "compound", "PROPN", "Hun"),
    ("Sok", 17, "compound", "PROPN", "Sok"),
    ("Dara", 12, "dobj", "PROPN", "Dara"),
    (".", 12, "punct", "PUNCT", "."),
    ("Phnom", 20, "compound", "PROPN", "Phnom"),
    ("Penh", 21, "nsubj", "PROPN", "Penh"),
    ("wants", 21, "ROOT", "VERB", "want"),
    ("more", 23, "amod", "ADJ", "more"),
    ("trade", 21, "dobj", "NOUN", "trade"),
    (".", 21, "punct", "PUNCT", "."),
]


def test_default_places_of_a_trip_and_of_a_visit_to_a_country(blank_extractor: Extractor) -> None:
    """A meeting planned on a trip takes the trip's place; talks during a visit to a country take the city of
    that country the article names."""
    ents = [(2, 5, "PERSON"), (8, 9, "GPE"), (9, 11, "DATE"), (19, 22, "PERSON")]
    rec = parsed_record(blank_extractor, TRAVEL_WHERE_MEET, ents)
    [meeting] = [e for e in rec.events if e.type == "meeting"]
    assert meeting.status == "planned" and meeting.place is not None and "lima" in meeting.place
    ents = [(2, 5, "PERSON"), (7, 8, "GPE"), (9, 10, "DATE"), (15, 18, "PERSON"), (19, 21, "GPE")]
    rec = parsed_record(blank_extractor, VISIT_TO_A_COUNTRY, ents)
    places = {e.type: e.place for e in rec.events}
    assert places["visit"] == "country:kh"
    assert places["meeting"] is not None and "phnom-penh" in places["meeting"]


def test_a_dateline_town_unknown_to_the_gazetteer_is_in_the_state_agencys_country() -> None:
    import spacy

    from officialdom.extract.gazetteer import find_dateline
    from officialdom.extract.lexicon import Lexicon

    lex = Lexicon.load()
    found = find_dateline(spacy.blank("en")("Puno, Oct. 23 (ANDINA). President Luis Pardo met ..."), lex)
    assert found is not None and found.city is not None
    assert (found.city.name, found.city.country, found.agency.name if found.agency else None) == (
        "Puno",
        "PE",
        "Andina",
    )
    # an international wire says nothing of where an unknown town is
    found = find_dateline(spacy.blank("en")("Smalltown, Oct 23 (Reuters) - The minister ..."), lex)
    assert found is not None and found.city is None


SIGNED_WITH_EACH = [
    # "Trade Minister Ana Ruiz Vega signed the agreements with Peru, Chile and Bolivia. The agreement with Peru was
    # signed by Trade Minister Luis Pardo Soto, the agreement with Chile by Trade Minister Jorge Salas Mena, and the
    # agreement with Bolivia by Trade Minister Pedro Lima Costa."
    ("Trade", 1, "compound", "PROPN", "Trade"),
    ("Minister", 4, "compound", "PROPN", "Minister"),
    ("Ana", 4, "compound", "PROPN", "Ana"),
    ("Ruiz", 4, "compound", "PROPN", "Ruiz"),
    ("Vega", 5, "nsubj", "PROPN", "Vega"),
    ("signed", 5, "ROOT", "VERB", "sign"),
    ("the", 7, "det", "DET", "the"),
    ("agreements", 5, "dobj", "NOUN", "agreement"),
    ("with", 7, "prep", "ADP", "with"),
    ("Peru", 8, "pobj", "PROPN", "Peru"),
    (",", 9, "punct", "PUNCT", ","),
    ("Chile", 9, "conj", "PROPN", "Chile"),
    ("and", 11, "cc", "CCONJ", "and"),
    ("Bolivia", 11, "conj", "PROPN", "Bolivia"),
    (".", 5, "punct", "PUNCT", "."),
    ("The", 16, "det", "DET", "the"),
    ("agreement", 20, "nsubjpass", "NOUN", "agreement"),
    ("with", 16, "prep", "ADP", "with"),
    ("Peru", 17, "pobj", "PROPN", "Peru"),
    ("was", 20, "auxpass", "AUX", "be"),
    ("signed", 20, "ROOT", "VERB", "sign"),
    ("by", 20, "agent", "ADP", "by"),
    ("Trade", 23, "compound", "PROPN", "Trade"),
    ("Minister", 26, "compound", "PROPN", "Minister"),
    ("Luis", 26, "compound", "PROPN", "Luis"),
    ("Pardo", 26, "compound", "PROPN", "Pardo"),
    ("Soto", 21, "pobj", "PROPN", "Soto"),
    (",", 26, "punct", "PUNCT", ","),
    ("the", 29, "det", "DET", "the"),
    ("agreement", 26, "appos", "NOUN", "agreement"),
    ("with", 29, "prep", "ADP", "with"),
    ("Chile", 30, "pobj", "PROPN", "Chile"),
    ("by", 29, "agent", "ADP", "by"),
    ("Trade", 34, "compound", "PROPN", "Trade"),
    ("Minister", 37, "compound", "PROPN", "Minister"),
    ("Jorge", 37, "compound", "PROPN", "Jorge"),
    ("Salas", 37, "compound", "PROPN", "Salas"),
    ("Mena", 32, "pobj", "PROPN", "Mena"),
    (",", 29, "punct", "PUNCT", ","),
    ("and", 29, "cc", "CCONJ", "and"),
    ("the", 41, "det", "DET", "the"),
    ("agreement", 29, "conj", "NOUN", "agreement"),
    ("with", 41, "prep", "ADP", "with"),
    ("Bolivia", 42, "pobj", "PROPN", "Bolivia"),
    ("by", 41, "prep", "ADP", "by"),
    ("Trade", 46, "compound", "PROPN", "Trade"),
    ("Minister", 49, "compound", "PROPN", "Minister"),
    ("Pedro", 49, "compound", "PROPN", "Pedro"),
    ("Lima", 49, "compound", "PROPN", "Lima"),
    ("Costa", 44, "pobj", "PROPN", "Costa"),
    (".", 20, "punct", "PUNCT", "."),
]


def test_agreements_signed_with_each_country_in_a_list_without_verbs(blank_extractor: Extractor) -> None:
    """Each agreement of the list has its own signatory after "by", and the minister who signed the agreements
    with the three countries signed each one; the summary is no signing of its own."""
    ents = [
        e
        for e in [
            (2, 5, "PERSON"),
            (9, 10, "GPE"),
            (11, 12, "GPE"),
            (13, 14, "GPE"),
            (18, 19, "GPE"),
            (22, 23, "ORG"),
            (24, 27, "PERSON"),
            (31, 32, "GPE"),
            (33, 34, "ORG"),
            (35, 38, "PERSON"),
            (43, 44, "GPE"),
            (45, 46, "ORG"),
            (47, 50, "PERSON"),
        ]
        if e[2] == "PERSON"
    ]
    rec = parsed_record(blank_extractor, SIGNED_WITH_EACH, ents)
    found = sorted(tuple(rec.names(e.participants)) for e in rec.events if e.type == "signing")
    assert found == [
        ("Ana Ruiz Vega", "Jorge Salas Mena"),
        ("Ana Ruiz Vega", "Luis Pardo Soto"),
        ("Ana Ruiz Vega", "Pedro Lima Costa"),
    ]
    assert len(rec.agreements) == 3
    # each signs for the country the agreement is "with"
    countries = {p.name: p.titles[0].country for p in rec.persons if p.titles}
    assert (countries["Luis Pardo Soto"], countries["Jorge Salas Mena"]) == ("Peru", "Chile")


RECEIVED_ABROAD = [
    # "Foreign Minister Ana Ruiz Vega will travel to Lima, where she will be received by President Jorge Salas Mena."
    ("Foreign", 1, "compound", "PROPN", "Foreign"),
    ("Minister", 4, "compound", "PROPN", "Minister"),
    ("Ana", 4, "compound", "PROPN", "Ana"),
    ("Ruiz", 4, "compound", "PROPN", "Ruiz"),
    ("Vega", 6, "nsubj", "PROPN", "Vega"),
    ("will", 6, "aux", "AUX", "will"),
    ("travel", 6, "ROOT", "VERB", "travel"),
    ("to", 6, "prep", "ADP", "to"),
    ("Lima", 7, "pobj", "PROPN", "Lima"),
    (",", 8, "punct", "PUNCT", ","),
    ("where", 14, "advmod", "SCONJ", "where"),
    ("she", 14, "nsubjpass", "PRON", "she"),
    ("will", 14, "aux", "AUX", "will"),
    ("be", 14, "auxpass", "AUX", "be"),
    ("received", 8, "relcl", "VERB", "receive"),
    ("by", 14, "agent", "ADP", "by"),
    ("President", 19, "compound", "PROPN", "President"),
    ("Jorge", 19, "compound", "PROPN", "Jorge"),
    ("Salas", 19, "compound", "PROPN", "Salas"),
    ("Mena", 15, "pobj", "PROPN", "Mena"),
    (".", 6, "punct", "PUNCT", "."),
]


TRAVEL_TO_MEET = [  # "Prime Minister Leclerc will travel to Lima to meet President Ana Quispe."
    ("Prime", 1, "compound", "PROPN", "Prime"),
    ("Minister", 2, "compound", "PROPN", "Minister"),
    ("Leclerc", 4, "nsubj", "PROPN", "Leclerc"),
    ("will", 4, "aux", "AUX", "will"),
    ("travel", 4, "ROOT", "VERB", "travel"),
    ("to", 4, "prep", "ADP", "to"),
    ("Lima", 5, "pobj", "PROPN", "Lima"),
    ("to", 8, "aux", "PART", "to"),
    ("meet", 4, "advcl", "VERB", "meet"),
    ("President", 11, "compound", "PROPN", "President"),
    ("Ana", 11, "compound", "PROPN", "Ana"),
    ("Quispe", 8, "dobj", "PROPN", "Quispe"),
    (".", 4, "punct", "PUNCT", "."),
]


@pytest.mark.parametrize(
    ("rows", "ents", "countries"),
    [
        (
            RECEIVED_ABROAD,
            [(2, 5, "PERSON"), (8, 9, "GPE"), (17, 20, "PERSON")],
            {"Ana Ruiz Vega": "Cuba", "Jorge Salas Mena": "Peru"},
        ),
        (
            TRAVEL_TO_MEET,
            [(2, 3, "PERSON"), (6, 7, "GPE"), (10, 12, "PERSON")],
            {"Leclerc": "Cuba", "Ana Quispe": "Peru"},
        ),
    ],
)
def test_a_host_abroad_is_of_the_place_not_of_the_home_country(
    blank_extractor: Extractor, rows: list[Row], ents: list[tuple[int, int, str]], countries: dict[str, str]
) -> None:
    """A Cuban agency's report: the minister is Cuban by default; the President who receives her in Lima, or whom
    the Prime Minister travels to Lima to meet, is Peruvian."""
    article = Article(id="t", text=" ".join(row[0] for row in rows), source="Prensa Latina")
    rec = parsed_record(blank_extractor, rows, ents, article=article)
    assert {p.name: p.titles[0].country for p in rec.persons} == countries


WHO_REITERATED = [
    # "Foreign Minister Ana Ruiz Vega met Speaker Jorge Salas Mena, who reiterated the parliament's commitment to
    # the elections."
    ("Foreign", 1, "compound", "PROPN", "Foreign"),
    ("Minister", 4, "compound", "PROPN", "Minister"),
    ("Ana", 4, "compound", "PROPN", "Ana"),
    ("Ruiz", 4, "compound", "PROPN", "Ruiz"),
    ("Vega", 5, "nsubj", "PROPN", "Vega"),
    ("met", 5, "ROOT", "VERB", "meet"),
    ("Speaker", 9, "compound", "PROPN", "Speaker"),
    ("Jorge", 9, "compound", "PROPN", "Jorge"),
    ("Salas", 9, "compound", "PROPN", "Salas"),
    ("Mena", 5, "dobj", "PROPN", "Mena"),
    (",", 9, "punct", "PUNCT", ","),
    ("who", 12, "nsubj", "PRON", "who"),
    ("reiterated", 9, "relcl", "VERB", "reiterate"),
    ("the", 14, "det", "DET", "the"),
    ("parliament", 16, "poss", "NOUN", "parliament"),
    ("'s", 14, "case", "PART", "'s"),
    ("commitment", 12, "dobj", "NOUN", "commitment"),
    ("to", 16, "prep", "ADP", "to"),
    ("the", 19, "det", "DET", "the"),
    ("elections", 17, "pobj", "NOUN", "election"),
    (".", 5, "punct", "PUNCT", "."),
]


def test_a_relative_clause_with_who_is_a_statement_of_its_antecedent(blank_extractor: Extractor) -> None:
    rec = parsed_record(blank_extractor, WHO_REITERATED, [(2, 5, "PERSON"), (7, 10, "PERSON")])
    assert [(rec.names([s.speaker])[0], s.text) for s in rec.statements] == [
        ("Jorge Salas Mena", "the parliament's commitment to the elections")
    ]


READY_TO_HOST = [
    # "President Ana Ruiz Vega is ready to host talks between President Jorge Salas Mena and President Pedro Costa
    # Ruiz."
    ("President", 3, "compound", "PROPN", "President"),
    ("Ana", 3, "compound", "PROPN", "Ana"),
    ("Ruiz", 3, "compound", "PROPN", "Ruiz"),
    ("Vega", 4, "nsubj", "PROPN", "Vega"),
    ("is", 4, "ROOT", "AUX", "be"),
    ("ready", 4, "acomp", "ADJ", "ready"),
    ("to", 7, "aux", "PART", "to"),
    ("host", 5, "xcomp", "VERB", "host"),
    ("talks", 7, "dobj", "NOUN", "talk"),
    ("between", 8, "prep", "ADP", "between"),
    ("President", 13, "compound", "PROPN", "President"),
    ("Jorge", 13, "compound", "PROPN", "Jorge"),
    ("Salas", 13, "compound", "PROPN", "Salas"),
    ("Mena", 9, "pobj", "PROPN", "Mena"),
    ("and", 13, "cc", "CCONJ", "and"),
    ("President", 18, "compound", "PROPN", "President"),
    ("Pedro", 18, "compound", "PROPN", "Pedro"),
    ("Costa", 18, "compound", "PROPN", "Costa"),
    ("Ruiz", 13, "conj", "PROPN", "Ruiz"),
    (".", 4, "punct", "PUNCT", "."),
]


def test_an_offer_to_host_talks_is_no_event(blank_extractor: Extractor) -> None:
    ents = [e for e in [(1, 4, "PERSON"), (11, 14, "PERSON"), (16, 19, "PERSON")] if e[2] == "PERSON"]
    assert [e.type for e in parsed_record(blank_extractor, READY_TO_HOST, ents).events if e.type == "meeting"] == []
    # the same talks set for later are planned
    planned = [row if row[0] != "ready" else ("set", row[1], row[2], "VERB", "set") for row in READY_TO_HOST]
    rec = parsed_record(blank_extractor, planned, ents)
    assert [e.status for e in rec.events if e.type == "meeting"] == ["planned"]


MET_WITH_VISITING = [
    # "Vice President Han Zheng met with visiting Vice President Mutale Nalumango in Beijing on Monday."
    ("Vice", 1, "compound", "PROPN", "Vice"),
    ("President", 3, "compound", "PROPN", "President"),
    ("Han", 3, "compound", "PROPN", "Han"),
    ("Zheng", 4, "nsubj", "PROPN", "Zheng"),
    ("met", 4, "ROOT", "VERB", "meet"),
    ("with", 4, "prep", "ADP", "with"),
    ("visiting", 5, "pcomp", "VERB", "visit"),
    ("Vice", 8, "compound", "PROPN", "Vice"),
    ("President", 10, "compound", "PROPN", "President"),
    ("Mutale", 10, "compound", "PROPN", "Mutale"),
    ("Nalumango", 6, "dobj", "PROPN", "Nalumango"),
    ("in", 6, "prep", "ADP", "in"),
    ("Beijing", 11, "pobj", "PROPN", "Beijing"),
    ("on", 4, "prep", "ADP", "on"),
    ("Monday", 13, "pobj", "PROPN", "Monday"),
    (".", 4, "punct", "PUNCT", "."),
]


def test_met_with_visiting_someone_in_a_city(blank_extractor: Extractor) -> None:
    """The parser makes "visiting" a verb with the guest as its object and the place under it."""
    rec = parsed_record(
        blank_extractor, MET_WITH_VISITING, [(2, 4, "PERSON"), (9, 11, "PERSON"), (12, 13, "GPE"), (14, 15, "DATE")]
    )
    [meeting] = rec.events
    assert rec.names(meeting.participants) == ["Han Zheng", "Mutale Nalumango"]
    assert meeting.place is not None and "beijing" in meeting.place


MET_HIGH_COMMISSIONER = [  # "Prime Minister Anwar Ibrahim met High Commissioner to Malaysia Danielle Heinecke."
    ("Prime", 1, "compound", "PROPN", "Prime"),
    ("Minister", 3, "compound", "PROPN", "Minister"),
    ("Anwar", 3, "compound", "PROPN", "Anwar"),
    ("Ibrahim", 4, "nsubj", "PROPN", "Ibrahim"),
    ("met", 4, "ROOT", "VERB", "meet"),
    ("High", 6, "compound", "PROPN", "High"),
    ("Commissioner", 4, "dobj", "PROPN", "Commissioner"),
    ("to", 4, "prep", "ADP", "to"),
    ("Malaysia", 10, "compound", "PROPN", "Malaysia"),
    ("Danielle", 10, "compound", "PROPN", "Danielle"),
    ("Heinecke", 7, "pobj", "PROPN", "Heinecke"),
    (".", 4, "punct", "PUNCT", "."),
]


def test_a_place_inside_a_post_is_not_where_the_event_is(blank_extractor: Extractor) -> None:
    rec = parsed_record(blank_extractor, MET_HIGH_COMMISSIONER, [(2, 4, "PERSON"), (8, 9, "GPE")])
    [meeting] = rec.events
    assert meeting.place is None


def test_a_dateline_city_then_the_agency_in_brackets() -> None:
    import spacy

    from officialdom.extract.gazetteer import find_dateline
    from officialdom.extract.lexicon import Lexicon

    found = find_dateline(spacy.blank("en")("ADDIS ABABA (ENA) - The State Minister met ..."), Lexicon.load())
    assert found is not None and found.city is not None and found.agency is not None
    assert (found.city.name, found.agency.name) == ("Addis Ababa", "ENA")


def test_a_dateline_city_with_its_country_in_square_brackets() -> None:
    import spacy

    from officialdom.extract.gazetteer import find_dateline
    from officialdom.extract.lexicon import Lexicon

    text = "Lodwar [Kenya], August 7 (KNA): The governor met ..."
    found = find_dateline(spacy.blank("en")(text), Lexicon.load())
    assert found is not None and found.city is not None and found.agency is not None
    assert (found.city.name, found.city.country, found.agency.name) == ("Lodwar", "KE", "KNA")
    assert text[found.end_char :].startswith("The governor")


RECEIVED_IN_PLACE_THE_ENVOY = [
    # "President Ana Ruiz received on Sunday in Lima the UN envoy, Jorge Salas."
    ("President", 2, "compound", "PROPN", "President"),
    ("Ana", 2, "compound", "PROPN", "Ana"),
    ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
    ("received", 3, "ROOT", "VERB", "receive"),
    ("on", 3, "prep", "ADP", "on"),
    ("Sunday", 4, "pobj", "PROPN", "Sunday"),
    ("in", 3, "prep", "ADP", "in"),
    ("Lima", 6, "pobj", "PROPN", "Lima"),
    ("the", 10, "det", "DET", "the"),
    ("UN", 10, "compound", "PROPN", "UN"),
    ("envoy", 7, "appos", "NOUN", "envoy"),
    (",", 10, "punct", "PUNCT", ","),
    ("Jorge", 13, "compound", "PROPN", "Jorge"),
    ("Salas", 10, "appos", "PROPN", "Salas"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_an_object_the_parser_hangs_on_the_place_before_it(blank_extractor: Extractor) -> None:
    ents = [(1, 3, "PERSON"), (5, 6, "DATE"), (7, 8, "GPE"), (12, 14, "PERSON")]
    rec = parsed_record(blank_extractor, RECEIVED_IN_PLACE_THE_ENVOY, ents)
    assert [(e.type, rec.names(e.participants)) for e in rec.events] == [("meeting", ["Ana Ruiz", "Jorge Salas"])]


AGREED_DURING_TALKS = [
    # "Prime Minister Shigeru Ishiba and President Lee Jae-myung agreed on Saturday to strengthen cooperation during
    # talks in Tokyo."
    ("Prime", 1, "compound", "PROPN", "Prime"),
    ("Minister", 3, "compound", "PROPN", "Minister"),
    ("Shigeru", 3, "compound", "PROPN", "Shigeru"),
    ("Ishiba", 10, "nsubj", "PROPN", "Ishiba"),
    ("and", 3, "cc", "CCONJ", "and"),
    ("President", 9, "compound", "PROPN", "President"),
    ("Lee", 9, "compound", "PROPN", "Lee"),
    ("Jae", 9, "compound", "PROPN", "Jae"),
    ("-", 9, "punct", "PUNCT", "-"),
    ("myung", 3, "conj", "PROPN", "myung"),
    ("agreed", 10, "ROOT", "VERB", "agree"),
    ("on", 10, "prep", "ADP", "on"),
    ("Saturday", 11, "pobj", "PROPN", "Saturday"),
    ("to", 14, "aux", "PART", "to"),
    ("strengthen", 10, "xcomp", "VERB", "strengthen"),
    ("cooperation", 14, "dobj", "NOUN", "cooperation"),
    ("during", 14, "prep", "ADP", "during"),
    ("talks", 16, "pobj", "NOUN", "talk"),
    ("in", 17, "prep", "ADP", "in"),
    ("Tokyo", 18, "pobj", "PROPN", "Tokyo"),
    (".", 10, "punct", "PUNCT", "."),
]


def test_talks_during_which_something_was_agreed_were_held(blank_extractor: Extractor) -> None:
    rec = parsed_record(
        blank_extractor, AGREED_DURING_TALKS, [(2, 4, "PERSON"), (6, 10, "PERSON"), (12, 13, "DATE"), (19, 20, "GPE")]
    )
    assert [e.status for e in rec.events if e.type == "meeting"] == ["held"]


CALL_ON_IN_A_CITY = [
    # "Foreign Minister Samuel Ablakwa paid a courtesy call on the President of Burkina Faso, Captain Ibrahim
    # Traore, in Ouagadougou."
    ("Foreign", 1, "compound", "PROPN", "Foreign"),
    ("Minister", 3, "compound", "PROPN", "Minister"),
    ("Samuel", 3, "compound", "PROPN", "Samuel"),
    ("Ablakwa", 4, "nsubj", "PROPN", "Ablakwa"),
    ("paid", 4, "ROOT", "VERB", "pay"),
    ("a", 7, "det", "DET", "a"),
    ("courtesy", 7, "amod", "ADJ", "courtesy"),
    ("call", 4, "dobj", "NOUN", "call"),
    ("on", 7, "prep", "ADP", "on"),
    ("the", 10, "det", "DET", "the"),
    ("President", 8, "pobj", "PROPN", "President"),
    ("of", 10, "prep", "ADP", "of"),
    ("Burkina", 13, "compound", "PROPN", "Burkina"),
    ("Faso", 11, "pobj", "PROPN", "Faso"),
    (",", 4, "punct", "PUNCT", ","),
    ("Captain", 17, "compound", "PROPN", "Captain"),
    ("Ibrahim", 17, "compound", "PROPN", "Ibrahim"),
    ("Traore", 7, "appos", "PROPN", "Traore"),
    (",", 17, "punct", "PUNCT", ","),
    ("in", 17, "prep", "ADP", "in"),
    ("Ouagadougou", 19, "pobj", "PROPN", "Ouagadougou"),
    (".", 4, "punct", "PUNCT", "."),
]


def test_a_place_hung_on_the_person_met_is_where_they_met(blank_extractor: Extractor) -> None:
    rec = parsed_record(blank_extractor, CALL_ON_IN_A_CITY, [(2, 4, "PERSON"), (17, 19, "PERSON"), (20, 21, "GPE")])
    [meeting] = rec.events
    assert meeting.place is not None and "ouagadougou" in meeting.place


TOOK_PART_ALONG_WITH = [
    # "Foreign Minister Ana Ruiz Vega took part in the ministerial meeting of the Movement, along with Trade
    # Minister Jorge Salas Mena."
    ("Foreign", 1, "compound", "PROPN", "Foreign"),
    ("Minister", 4, "compound", "PROPN", "Minister"),
    ("Ana", 4, "compound", "PROPN", "Ana"),
    ("Ruiz", 4, "compound", "PROPN", "Ruiz"),
    ("Vega", 5, "nsubj", "PROPN", "Vega"),
    ("took", 5, "ROOT", "VERB", "take"),
    ("part", 5, "dobj", "NOUN", "part"),
    ("in", 5, "prep", "ADP", "in"),
    ("the", 10, "det", "DET", "the"),
    ("ministerial", 10, "amod", "ADJ", "ministerial"),
    ("meeting", 7, "pobj", "NOUN", "meeting"),
    ("of", 10, "prep", "ADP", "of"),
    ("the", 13, "det", "DET", "the"),
    ("Movement", 11, "pobj", "PROPN", "Movement"),
    (",", 5, "punct", "PUNCT", ","),
    ("along", 5, "prep", "ADP", "along"),
    ("with", 15, "prep", "ADP", "with"),
    ("Trade", 18, "compound", "PROPN", "Trade"),
    ("Minister", 21, "compound", "PROPN", "Minister"),
    ("Jorge", 21, "compound", "PROPN", "Jorge"),
    ("Salas", 21, "compound", "PROPN", "Salas"),
    ("Mena", 16, "pobj", "PROPN", "Mena"),
    (".", 5, "punct", "PUNCT", "."),
]

ADDRESSED_SESSION = [  # "Foreign Minister Ana Ruiz Vega addressed the opening session of the Assembly."
    ("Foreign", 1, "compound", "PROPN", "Foreign"),
    ("Minister", 4, "compound", "PROPN", "Minister"),
    ("Ana", 4, "compound", "PROPN", "Ana"),
    ("Ruiz", 4, "compound", "PROPN", "Ruiz"),
    ("Vega", 5, "nsubj", "PROPN", "Vega"),
    ("addressed", 5, "ROOT", "VERB", "address"),
    ("the", 8, "det", "DET", "the"),
    ("opening", 8, "compound", "NOUN", "opening"),
    ("session", 5, "dobj", "NOUN", "session"),
    ("of", 8, "prep", "ADP", "of"),
    ("the", 11, "det", "DET", "the"),
    ("Assembly", 9, "pobj", "PROPN", "Assembly"),
    (".", 5, "punct", "PUNCT", "."),
]


def test_taking_part_along_with_someone_and_addressing_a_session(blank_extractor: Extractor) -> None:
    """The meeting taken part in is the occasion, not a meeting of its own; "along with" adds who came too;
    addressing a session is attending it."""
    rec = parsed_record(blank_extractor, TOOK_PART_ALONG_WITH, [(2, 5, "PERSON"), (19, 22, "PERSON")])
    assert [(e.type, rec.names(e.participants)) for e in rec.events] == [
        ("attendance", ["Ana Ruiz Vega", "Jorge Salas Mena"])
    ]
    rec = parsed_record(blank_extractor, ADDRESSED_SESSION, [(2, 5, "PERSON")])
    assert [(e.type, rec.names(e.participants)) for e in rec.events] == [("attendance", ["Ana Ruiz Vega"])]


def test_arrived_here_is_in_the_datelines_city(blank_extractor: Extractor) -> None:
    rows = [  # "LIMA - Foreign Minister Ana Ruiz Vega arrived here on Monday."
        ("LIMA", 0, "ROOT", "PROPN", "LIMA"),
        ("-", 0, "punct", "PUNCT", "-"),
        ("Foreign", 3, "compound", "PROPN", "Foreign"),
        ("Minister", 6, "compound", "PROPN", "Minister"),
        ("Ana", 6, "compound", "PROPN", "Ana"),
        ("Ruiz", 6, "compound", "PROPN", "Ruiz"),
        ("Vega", 7, "nsubj", "PROPN", "Vega"),
        ("arrived", 7, "ROOT", "VERB", "arrive"),
        ("here", 7, "advmod", "ADV", "here"),
        ("on", 7, "prep", "ADP", "on"),
        ("Monday", 9, "pobj", "PROPN", "Monday"),
        (".", 7, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, [(4, 7, "PERSON"), (10, 11, "DATE")])
    assert [(e.type, e.place) for e in rec.events] == [("visit", "place:lima-pe")]


QUOTED_AS_SAYING = [  # "Foreign Minister Ana Ruiz Vega was quoted as saying that the embassy would reopen."
    ("Foreign", 1, "compound", "PROPN", "Foreign"),
    ("Minister", 4, "compound", "PROPN", "Minister"),
    ("Ana", 4, "compound", "PROPN", "Ana"),
    ("Ruiz", 4, "compound", "PROPN", "Ruiz"),
    ("Vega", 6, "nsubjpass", "PROPN", "Vega"),
    ("was", 6, "auxpass", "AUX", "be"),
    ("quoted", 6, "ROOT", "VERB", "quote"),
    ("as", 6, "prep", "ADP", "as"),
    ("saying", 7, "pcomp", "VERB", "say"),
    ("that", 13, "mark", "SCONJ", "that"),
    ("the", 11, "det", "DET", "the"),
    ("embassy", 13, "nsubj", "NOUN", "embassy"),
    ("would", 13, "aux", "AUX", "would"),
    ("reopen", 8, "ccomp", "VERB", "reopen"),
    (".", 6, "punct", "PUNCT", "."),
]


def test_quoted_as_saying(blank_extractor: Extractor) -> None:
    rec = parsed_record(blank_extractor, QUOTED_AS_SAYING, [(2, 5, "PERSON")])
    assert [(rec.names([s.speaker])[0], s.text) for s in rec.statements] == [
        ("Ana Ruiz Vega", "the embassy would reopen")
    ]


def test_meeting_in_a_clause_after_a_preposition_has_the_main_subject(blank_extractor: Extractor) -> None:
    rows = [  # "Ana Ruiz told reporters after meeting Jorge Salas in Quito."
        ("Ana", 1, "compound", "PROPN", "Ana"),
        ("Ruiz", 2, "nsubj", "PROPN", "Ruiz"),
        ("told", 2, "ROOT", "VERB", "tell"),
        ("reporters", 2, "dobj", "NOUN", "reporter"),
        ("after", 2, "prep", "ADP", "after"),
        ("meeting", 4, "pcomp", "VERB", "meet"),
        ("Jorge", 7, "compound", "PROPN", "Jorge"),
        ("Salas", 5, "dobj", "PROPN", "Salas"),
        ("in", 5, "prep", "ADP", "in"),
        ("Quito", 8, "pobj", "PROPN", "Quito"),
        (".", 2, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, [(0, 2, "PERSON"), (6, 8, "PERSON"), (9, 10, "GPE")])
    assert [(e.type, rec.names(e.participants)) for e in rec.events] == [("meeting", ["Ana Ruiz", "Jorge Salas"])]


def test_what_follows_a_planned_meeting_is_planned_too(blank_extractor: Extractor) -> None:
    rows = [  # "Ana Ruiz is scheduled to meet Jorge Salas on Monday before travelling to Cusco to attend the forum."
        ("Ana", 1, "compound", "PROPN", "Ana"),
        ("Ruiz", 3, "nsubjpass", "PROPN", "Ruiz"),
        ("is", 3, "auxpass", "AUX", "be"),
        ("scheduled", 3, "ROOT", "VERB", "schedule"),
        ("to", 5, "aux", "PART", "to"),
        ("meet", 3, "xcomp", "VERB", "meet"),
        ("Jorge", 7, "compound", "PROPN", "Jorge"),
        ("Salas", 5, "dobj", "PROPN", "Salas"),
        ("on", 5, "prep", "ADP", "on"),
        ("Monday", 8, "pobj", "PROPN", "Monday"),
        ("before", 5, "prep", "ADP", "before"),
        ("travelling", 10, "pcomp", "VERB", "travel"),
        ("to", 11, "prep", "ADP", "to"),
        ("Cusco", 12, "pobj", "PROPN", "Cusco"),
        ("to", 15, "aux", "PART", "to"),
        ("attend", 11, "advcl", "VERB", "attend"),
        ("the", 17, "det", "DET", "the"),
        ("forum", 15, "dobj", "NOUN", "forum"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    ents = [(0, 2, "PERSON"), (6, 8, "PERSON"), (9, 10, "DATE"), (13, 14, "GPE")]
    rec = parsed_record(blank_extractor, rows, ents)
    assert [(e.status, rec.names(e.participants)) for e in rec.events if e.type == "attendance"] == [
        ("planned", ["Ana Ruiz"])
    ]
    assert [e.status for e in rec.events if e.type == "meeting"] == ["planned"]


def test_a_tour_inside_the_country_visited_is_a_leg_of_the_visit(blank_extractor: Extractor) -> None:
    rows = [  # "Ana Ruiz arrived in Manila on Monday. Ruiz will tour Cebu on Thursday."
        ("Ana", 1, "compound", "PROPN", "Ana"),
        ("Ruiz", 2, "nsubj", "PROPN", "Ruiz"),
        ("arrived", 2, "ROOT", "VERB", "arrive"),
        ("in", 2, "prep", "ADP", "in"),
        ("Manila", 3, "pobj", "PROPN", "Manila"),
        ("on", 2, "prep", "ADP", "on"),
        ("Monday", 5, "pobj", "PROPN", "Monday"),
        (".", 2, "punct", "PUNCT", "."),
        ("Ruiz", 10, "nsubj", "PROPN", "Ruiz"),
        ("will", 10, "aux", "AUX", "will"),
        ("tour", 10, "ROOT", "VERB", "tour"),
        ("Cebu", 10, "dobj", "PROPN", "Cebu"),
        ("on", 10, "prep", "ADP", "on"),
        ("Thursday", 12, "pobj", "PROPN", "Thursday"),
        (".", 10, "punct", "PUNCT", "."),
    ]
    ents = [(0, 2, "PERSON"), (4, 5, "GPE"), (6, 7, "DATE"), (8, 9, "PERSON"), (11, 12, "GPE"), (13, 14, "DATE")]
    rec = parsed_record(blank_extractor, rows, ents)
    assert [(e.type, e.status, e.place) for e in rec.events] == [("visit", "held", "place:manila-ph")]


def test_talks_told_after_a_series_of_phone_calls_are_those_calls(blank_extractor: Extractor) -> None:
    rows = [  # "LIMA - Ana Ruiz held a series of phone calls with regional counterparts. Ruiz spoke separately
        # with Jorge Salas and Mario Vega."
        ("LIMA", 3, "compound", "PROPN", "LIMA"),
        ("-", 3, "punct", "PUNCT", "-"),
        ("Ana", 3, "compound", "PROPN", "Ana"),
        ("Ruiz", 4, "nsubj", "PROPN", "Ruiz"),
        ("held", 4, "ROOT", "VERB", "hold"),
        ("a", 6, "det", "DET", "a"),
        ("series", 4, "dobj", "NOUN", "series"),
        ("of", 6, "prep", "ADP", "of"),
        ("phone", 9, "compound", "NOUN", "phone"),
        ("calls", 7, "pobj", "NOUN", "call"),
        ("with", 9, "prep", "ADP", "with"),
        ("regional", 12, "amod", "ADJ", "regional"),
        ("counterparts", 10, "pobj", "NOUN", "counterpart"),
        (".", 4, "punct", "PUNCT", "."),
        ("Ruiz", 15, "nsubj", "PROPN", "Ruiz"),
        ("spoke", 15, "ROOT", "VERB", "speak"),
        ("separately", 15, "advmod", "ADV", "separately"),
        ("with", 15, "prep", "ADP", "with"),
        ("Jorge", 19, "compound", "PROPN", "Jorge"),
        ("Salas", 17, "pobj", "PROPN", "Salas"),
        ("and", 19, "cc", "CCONJ", "and"),
        ("Mario", 22, "compound", "PROPN", "Mario"),
        ("Vega", 19, "conj", "PROPN", "Vega"),
        (".", 15, "punct", "PUNCT", "."),
    ]
    ents = [(2, 4, "PERSON"), (14, 15, "PERSON"), (18, 20, "PERSON"), (21, 23, "PERSON")]
    rec = parsed_record(blank_extractor, rows, ents)
    assert sorted((e.type, tuple(rec.names(e.participants)), e.place) for e in rec.events) == [
        ("phone_call", ("Ana Ruiz", "Jorge Salas"), None),
        ("phone_call", ("Ana Ruiz", "Mario Vega"), None),
    ]


LEAD_DELEGATION = [  # "Ana Ruiz will lead a delegation to Quito next week for meetings with Jorge Salas and Mario Vega."
    ("Ana", 1, "compound", "PROPN", "Ana"),
    ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
    ("will", 3, "aux", "AUX", "will"),
    ("lead", 3, "ROOT", "VERB", "lead"),
    ("a", 5, "det", "DET", "a"),
    ("delegation", 3, "dobj", "NOUN", "delegation"),
    ("to", 3, "prep", "ADP", "to"),
    ("Quito", 6, "pobj", "PROPN", "Quito"),
    ("next", 9, "amod", "ADJ", "next"),
    ("week", 3, "npadvmod", "NOUN", "week"),
    ("for", 3, "prep", "ADP", "for"),
    ("meetings", 10, "pobj", "NOUN", "meeting"),
    ("with", 11, "prep", "ADP", "with"),
    ("Jorge", 14, "compound", "PROPN", "Jorge"),
    ("Salas", 12, "pobj", "PROPN", "Salas"),
    ("and", 14, "cc", "CCONJ", "and"),
    ("Mario", 17, "compound", "PROPN", "Mario"),
    ("Vega", 14, "conj", "PROPN", "Vega"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_leading_a_delegation_somewhere_for_meetings(blank_extractor: Extractor) -> None:
    """A delegation led to a place is a trip; "meetings with X and Y" are one meeting each, with the traveller."""
    ents = [(0, 2, "PERSON"), (7, 8, "GPE"), (8, 10, "DATE"), (13, 15, "PERSON"), (16, 18, "PERSON")]
    rec = parsed_record(blank_extractor, LEAD_DELEGATION, ents)
    assert sorted((e.type, e.status, tuple(rec.names(e.participants))) for e in rec.events) == [
        ("meeting", "planned", ("Ana Ruiz", "Jorge Salas")),
        ("meeting", "planned", ("Ana Ruiz", "Mario Vega")),
        ("visit", "planned", ("Ana Ruiz",)),
    ]


def test_talks_measured_in_hours_before_a_signing_are_held_by_its_signatories(blank_extractor: Extractor) -> None:
    rows = [  # "The protocol was signed by Ana Ruiz and Jorge Salas after three hours of talks."
        ("The", 1, "det", "DET", "the"),
        ("protocol", 3, "nsubjpass", "NOUN", "protocol"),
        ("was", 3, "auxpass", "AUX", "be"),
        ("signed", 3, "ROOT", "VERB", "sign"),
        ("by", 3, "agent", "ADP", "by"),
        ("Ana", 6, "compound", "PROPN", "Ana"),
        ("Ruiz", 4, "pobj", "PROPN", "Ruiz"),
        ("and", 6, "cc", "CCONJ", "and"),
        ("Jorge", 9, "compound", "PROPN", "Jorge"),
        ("Salas", 6, "conj", "PROPN", "Salas"),
        ("after", 3, "prep", "ADP", "after"),
        ("three", 12, "nummod", "NUM", "three"),
        ("hours", 10, "pobj", "NOUN", "hour"),
        ("of", 12, "prep", "ADP", "of"),
        ("talks", 13, "pobj", "NOUN", "talk"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, [(5, 7, "PERSON"), (8, 10, "PERSON"), (11, 13, "TIME")])
    assert sorted((e.type, tuple(rec.names(e.participants))) for e in rec.events) == [
        ("meeting", ("Ana Ruiz", "Jorge Salas")),
        ("signing", ("Ana Ruiz", "Jorge Salas")),
    ]


def test_in_the_presence_of_is_attendance_and_ends_the_signatories(blank_extractor: Extractor) -> None:
    rows = [  # "The agreement was signed by Minister Ana Ruiz and Minister Jorge Salas in the presence of President
        # Mario Vega."
        ("The", 1, "det", "DET", "the"),
        ("agreement", 3, "nsubjpass", "NOUN", "agreement"),
        ("was", 3, "auxpass", "AUX", "be"),
        ("signed", 3, "ROOT", "VERB", "sign"),
        ("by", 3, "agent", "ADP", "by"),
        ("Minister", 7, "compound", "PROPN", "Minister"),
        ("Ana", 7, "compound", "PROPN", "Ana"),
        ("Ruiz", 4, "pobj", "PROPN", "Ruiz"),
        ("and", 7, "cc", "CCONJ", "and"),
        ("Minister", 11, "compound", "PROPN", "Minister"),
        ("Jorge", 11, "compound", "PROPN", "Jorge"),
        ("Salas", 7, "conj", "PROPN", "Salas"),
        ("in", 3, "prep", "ADP", "in"),
        ("the", 14, "det", "DET", "the"),
        ("presence", 12, "pobj", "NOUN", "presence"),
        ("of", 14, "prep", "ADP", "of"),
        ("President", 18, "compound", "PROPN", "President"),
        ("Mario", 18, "compound", "PROPN", "Mario"),
        ("Vega", 15, "pobj", "PROPN", "Vega"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, [(6, 8, "PERSON"), (10, 12, "PERSON"), (17, 19, "PERSON")])
    assert sorted((e.type, tuple(rec.names(e.participants))) for e in rec.events) == [
        ("attendance", ("Mario Vega",)),
        ("signing", ("Ana Ruiz", "Jorge Salas")),
    ]


def test_a_joint_briefing_after_a_signing_is_given_by_the_signatories(blank_extractor: Extractor) -> None:
    rows = [  # "Minister Ana Ruiz and Minister Jorge Salas signed the memorandum in Kyiv. Ruiz spoke at a joint
        # briefing after the signing."
        ("Minister", 2, "compound", "PROPN", "Minister"),
        ("Ana", 2, "compound", "PROPN", "Ana"),
        ("Ruiz", 7, "nsubj", "PROPN", "Ruiz"),
        ("and", 2, "cc", "CCONJ", "and"),
        ("Minister", 6, "compound", "PROPN", "Minister"),
        ("Jorge", 6, "compound", "PROPN", "Jorge"),
        ("Salas", 2, "conj", "PROPN", "Salas"),
        ("signed", 7, "ROOT", "VERB", "sign"),
        ("the", 9, "det", "DET", "the"),
        ("memorandum", 7, "dobj", "NOUN", "memorandum"),
        ("in", 9, "prep", "ADP", "in"),
        ("Kyiv", 10, "pobj", "PROPN", "Kyiv"),
        (".", 7, "punct", "PUNCT", "."),
        ("Ruiz", 14, "nsubj", "PROPN", "Ruiz"),
        ("spoke", 14, "ROOT", "VERB", "speak"),
        ("at", 14, "prep", "ADP", "at"),
        ("a", 18, "det", "DET", "a"),
        ("joint", 18, "amod", "ADJ", "joint"),
        ("briefing", 15, "pobj", "NOUN", "briefing"),
        ("after", 14, "prep", "ADP", "after"),
        ("the", 21, "det", "DET", "the"),
        ("signing", 19, "pobj", "NOUN", "signing"),
        (".", 14, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(
        blank_extractor, rows, [(1, 3, "PERSON"), (5, 7, "PERSON"), (11, 12, "GPE"), (13, 14, "PERSON")]
    )
    assert [(e.type, rec.names(e.participants)) for e in rec.events if e.type == "press_conference"] == [
        ("press_conference", ["Ana Ruiz", "Jorge Salas"])
    ]


def test_a_call_received_from_someone_the_parser_hangs_on_the_verb(blank_extractor: Extractor) -> None:
    rows = [  # "President Ana Ruiz received a phone call today from President Jorge Salas."
        ("President", 2, "compound", "PROPN", "President"),
        ("Ana", 2, "compound", "PROPN", "Ana"),
        ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
        ("received", 3, "ROOT", "VERB", "receive"),
        ("a", 6, "det", "DET", "a"),
        ("phone", 6, "compound", "NOUN", "phone"),
        ("call", 3, "dobj", "NOUN", "call"),
        ("today", 3, "npadvmod", "NOUN", "today"),
        ("from", 3, "prep", "ADP", "from"),
        ("President", 11, "compound", "PROPN", "President"),
        ("Jorge", 11, "compound", "PROPN", "Jorge"),
        ("Salas", 8, "pobj", "PROPN", "Salas"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, [(1, 3, "PERSON"), (7, 8, "DATE"), (10, 12, "PERSON")])
    assert [(e.type, rec.names(e.participants)) for e in rec.events] == [("phone_call", ["Ana Ruiz", "Jorge Salas"])]
    rows[11] = ("Salas", 3, "dobj", "PROPN", "Salas")  # the name as the verb's object: still the call, no meeting
    rows[8] = ("from", 11, "prep", "ADP", "from")
    rec = parsed_record(blank_extractor, rows, [(1, 3, "PERSON"), (7, 8, "DATE"), (10, 12, "PERSON")])
    assert [e.type for e in rec.events] == ["phone_call"]


def test_an_invitation_to_visit_on_a_date_is_a_planned_visit_by_the_one_invited(blank_extractor: Extractor) -> None:
    rows = [  # "President Ana Ruiz extended an invitation to President Jorge Salas to visit Lima."
        ("President", 2, "compound", "PROPN", "President"),
        ("Ana", 2, "compound", "PROPN", "Ana"),
        ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
        ("extended", 3, "ROOT", "VERB", "extend"),
        ("an", 5, "det", "DET", "an"),
        ("invitation", 3, "dobj", "NOUN", "invitation"),
        ("to", 3, "prep", "ADP", "to"),
        ("President", 9, "compound", "PROPN", "President"),
        ("Jorge", 9, "compound", "PROPN", "Jorge"),
        ("Salas", 6, "pobj", "PROPN", "Salas"),
        ("to", 11, "aux", "PART", "to"),
        ("visit", 3, "advcl", "VERB", "visit"),
        ("Lima", 11, "dobj", "PROPN", "Lima"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, [(1, 3, "PERSON"), (8, 10, "PERSON"), (12, 13, "GPE")])
    assert rec.events == ()  # an invitation with no date sets no trip
    dated = [*rows[:13], ("next", 14, "amod", "ADJ", "next"), ("month", 11, "npadvmod", "NOUN", "month"), rows[13]]
    dated[-1] = (".", 3, "punct", "PUNCT", ".")
    rec = parsed_record(
        blank_extractor, dated, [(1, 3, "PERSON"), (8, 10, "PERSON"), (12, 13, "GPE"), (13, 15, "DATE")]
    )
    assert [(e.type, e.status, rec.names(e.participants)) for e in rec.events] == [
        ("visit", "planned", ["Jorge Salas"])
    ]


SAID_IN_A_STATEMENT_THAT = [  # "Minister Ana Ruiz said in a statement that the border would reopen." (the clause
    # hung on "statement")
    ("Minister", 2, "compound", "PROPN", "Minister"),
    ("Ana", 2, "compound", "PROPN", "Ana"),
    ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
    ("said", 3, "ROOT", "VERB", "say"),
    ("in", 3, "prep", "ADP", "in"),
    ("a", 6, "det", "DET", "a"),
    ("statement", 4, "pobj", "NOUN", "statement"),
    ("that", 11, "mark", "SCONJ", "that"),
    ("the", 9, "det", "DET", "the"),
    ("border", 11, "nsubj", "NOUN", "border"),
    ("would", 11, "aux", "AUX", "would"),
    ("reopen", 6, "acl", "VERB", "reopen"),
    (".", 3, "punct", "PUNCT", "."),
]
OPENED_SAYING = [  # "Minister Ana Ruiz opened the plant, saying the border would reopen."
    ("Minister", 2, "compound", "PROPN", "Minister"),
    ("Ana", 2, "compound", "PROPN", "Ana"),
    ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
    ("opened", 3, "ROOT", "VERB", "open"),
    ("the", 5, "det", "DET", "the"),
    ("plant", 3, "dobj", "NOUN", "plant"),
    (",", 3, "punct", "PUNCT", ","),
    ("saying", 3, "advcl", "VERB", "say"),
    ("the", 9, "det", "DET", "the"),
    ("border", 11, "nsubj", "NOUN", "border"),
    ("would", 11, "aux", "AUX", "would"),
    ("reopen", 7, "ccomp", "VERB", "reopen"),
    (".", 3, "punct", "PUNCT", "."),
]


@pytest.mark.parametrize("rows", [SAID_IN_A_STATEMENT_THAT, OPENED_SAYING])
def test_what_was_said_in_a_statement_or_while_doing_something_else(
    blank_extractor: Extractor, rows: list[tuple[str, int, str, str, str]]
) -> None:
    rec = parsed_record(blank_extractor, rows, [(1, 3, "PERSON")])
    assert [(rec.names([s.speaker])[0], s.text) for s in rec.statements] == [("Ana Ruiz", "the border would reopen")]


def test_a_meeting_chaired_and_attended_by_others(blank_extractor: Extractor) -> None:
    rows = [  # "Foreign Minister Ana Ruiz chaired the ministerial meeting, attended by Trade Minister Jorge Salas."
        ("Foreign", 1, "compound", "PROPN", "Foreign"),
        ("Minister", 3, "compound", "PROPN", "Minister"),
        ("Ana", 3, "compound", "PROPN", "Ana"),
        ("Ruiz", 4, "nsubj", "PROPN", "Ruiz"),
        ("chaired", 4, "ROOT", "VERB", "chair"),
        ("the", 7, "det", "DET", "the"),
        ("ministerial", 7, "amod", "ADJ", "ministerial"),
        ("meeting", 4, "dobj", "NOUN", "meeting"),
        (",", 4, "punct", "PUNCT", ","),
        ("attended", 4, "advcl", "VERB", "attend"),
        ("by", 9, "agent", "ADP", "by"),
        ("Trade", 12, "compound", "PROPN", "Trade"),
        ("Minister", 14, "compound", "PROPN", "Minister"),
        ("Jorge", 14, "compound", "PROPN", "Jorge"),
        ("Salas", 10, "pobj", "PROPN", "Salas"),
        (".", 4, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, [(2, 4, "PERSON"), (13, 15, "PERSON")])
    assert [(e.type, rec.names(e.participants)) for e in rec.events] == [("meeting", ["Ana Ruiz", "Jorge Salas"])]


def test_leaving_on_a_day_in_the_present_progressive_is_a_trip_to_come(blank_extractor: Extractor) -> None:
    rows = [  # "Minister Ana Ruiz is leaving for Quito on Tuesday."
        ("Minister", 2, "compound", "PROPN", "Minister"),
        ("Ana", 2, "compound", "PROPN", "Ana"),
        ("Ruiz", 4, "nsubj", "PROPN", "Ruiz"),
        ("is", 4, "aux", "AUX", "be"),
        ("leaving", 4, "ROOT", "VERB", "leave"),
        ("for", 4, "prep", "ADP", "for"),
        ("Quito", 5, "pobj", "PROPN", "Quito"),
        ("on", 4, "prep", "ADP", "on"),
        ("Tuesday", 7, "pobj", "PROPN", "Tuesday"),
        (".", 4, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, [(1, 3, "PERSON"), (6, 7, "GPE"), (8, 9, "DATE")])
    assert [(e.type, e.status) for e in rec.events] == [("visit", "planned")]


def test_a_name_joined_to_a_countrys_possessive_signs_too(blank_extractor: Extractor) -> None:
    rows = [  # "Ruiz and Peru's Minister of Trade, Jorge Salas, signed a memorandum." (misparsed as a possessive)
        ("Ruiz", 4, "poss", "PROPN", "Ruiz"),
        ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru"),
        ("'s", 2, "case", "PART", "'s"),
        ("Minister", 11, "nsubj", "PROPN", "Minister"),
        ("of", 4, "prep", "ADP", "of"),
        ("Trade", 5, "pobj", "PROPN", "Trade"),
        (",", 4, "punct", "PUNCT", ","),
        ("Jorge", 9, "compound", "PROPN", "Jorge"),
        ("Salas", 4, "appos", "PROPN", "Salas"),
        (",", 4, "punct", "PUNCT", ","),
        ("signed", 11, "ROOT", "VERB", "sign"),
        ("a", 13, "det", "DET", "a"),
        ("memorandum", 11, "dobj", "NOUN", "memorandum"),
        (".", 11, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, [(0, 1, "PERSON"), (2, 3, "GPE"), (8, 10, "PERSON")])
    assert [(e.type, sorted(rec.names(e.participants))) for e in rec.events] == [("signing", ["Jorge Salas", "Ruiz"])]


def test_a_videoconference_between_two_is_a_call(blank_extractor: Extractor) -> None:
    rows = [  # "Minister Ana Ruiz held a videoconference with Minister Jorge Salas."
        ("Minister", 2, "compound", "PROPN", "Minister"),
        ("Ana", 2, "compound", "PROPN", "Ana"),
        ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
        ("held", 3, "ROOT", "VERB", "hold"),
        ("a", 5, "det", "DET", "a"),
        ("videoconference", 3, "dobj", "NOUN", "videoconference"),
        ("with", 5, "prep", "ADP", "with"),
        ("Minister", 9, "compound", "PROPN", "Minister"),
        ("Jorge", 9, "compound", "PROPN", "Jorge"),
        ("Salas", 6, "pobj", "PROPN", "Salas"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, [(1, 3, "PERSON"), (8, 10, "PERSON")])
    assert [(e.type, rec.names(e.participants)) for e in rec.events] == [("phone_call", ["Ana Ruiz", "Jorge Salas"])]


def test_met_with_each_one_said_with_again_is_a_meeting_each(blank_extractor: Extractor) -> None:
    rows = [  # "Minister Ana Ruiz met with President Jorge Salas, and with Prime Minister Mario Vega, as well as with
        # Governor Luis Soto."
        ("Minister", 2, "compound", "PROPN", "Minister"),
        ("Ana", 2, "compound", "PROPN", "Ana"),
        ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
        ("met", 3, "ROOT", "VERB", "meet"),
        ("with", 3, "prep", "ADP", "with"),
        ("President", 7, "compound", "PROPN", "President"),
        ("Jorge", 7, "compound", "PROPN", "Jorge"),
        ("Salas", 4, "pobj", "PROPN", "Salas"),
        (",", 3, "punct", "PUNCT", ","),
        ("and", 3, "cc", "CCONJ", "and"),
        ("with", 3, "prep", "ADP", "with"),
        ("Prime", 12, "compound", "PROPN", "Prime"),
        ("Minister", 14, "compound", "PROPN", "Minister"),
        ("Mario", 14, "compound", "PROPN", "Mario"),
        ("Vega", 10, "pobj", "PROPN", "Vega"),
        (",", 10, "punct", "PUNCT", ","),
        ("as", 18, "advmod", "ADV", "as"),
        ("well", 18, "advmod", "ADV", "well"),
        ("as", 10, "cc", "ADP", "as"),
        ("with", 10, "conj", "ADP", "with"),
        ("Governor", 22, "compound", "PROPN", "Governor"),
        ("Luis", 22, "compound", "PROPN", "Luis"),
        ("Soto", 19, "pobj", "PROPN", "Soto"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    ents = [(1, 3, "PERSON"), (6, 8, "PERSON"), (13, 15, "PERSON"), (21, 23, "PERSON")]
    rec = parsed_record(blank_extractor, rows, ents)
    assert sorted(tuple(rec.names(e.participants)) for e in rec.events) == [
        ("Ana Ruiz", "Jorge Salas"),
        ("Ana Ruiz", "Luis Soto"),
        ("Ana Ruiz", "Mario Vega"),
    ]


SAT_DOWN_WITH = [  # "Minister Ana Ruiz sat down with Minister Jorge Salas in Lima."
    ("Minister", 2, "compound", "PROPN", "Minister"),
    ("Ana", 2, "compound", "PROPN", "Ana"),
    ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
    ("sat", 3, "ROOT", "VERB", "sit"),
    ("down", 3, "prt", "ADP", "down"),
    ("with", 3, "prep", "ADP", "with"),
    ("Minister", 8, "compound", "PROPN", "Minister"),
    ("Jorge", 8, "compound", "PROPN", "Jorge"),
    ("Salas", 5, "pobj", "PROPN", "Salas"),
    ("in", 8, "prep", "ADP", "in"),
    ("Lima", 9, "pobj", "PROPN", "Lima"),
    (".", 3, "punct", "PUNCT", "."),
]
DURING_THE_VISIT = [  # "During the visit, Minister Ana Ruiz and Minister Jorge Salas signed an agreement."
    ("During", 11, "prep", "ADP", "during"),
    ("the", 2, "det", "DET", "the"),
    ("visit", 0, "pobj", "NOUN", "visit"),
    (",", 11, "punct", "PUNCT", ","),
    ("Minister", 6, "compound", "PROPN", "Minister"),
    ("Ana", 6, "compound", "PROPN", "Ana"),
    ("Ruiz", 11, "nsubj", "PROPN", "Ruiz"),
    ("and", 6, "cc", "CCONJ", "and"),
    ("Minister", 10, "compound", "PROPN", "Minister"),
    ("Jorge", 10, "compound", "PROPN", "Jorge"),
    ("Salas", 6, "conj", "PROPN", "Salas"),
    ("signed", 11, "ROOT", "VERB", "sign"),
    ("an", 13, "det", "DET", "an"),
    ("agreement", 11, "dobj", "NOUN", "agreement"),
    (".", 11, "punct", "PUNCT", "."),
]


def test_sitting_down_with_someone_is_a_meeting_and_during_the_visit_is_no_new_visit(
    blank_extractor: Extractor,
) -> None:
    rec = parsed_record(blank_extractor, SAT_DOWN_WITH, [(1, 3, "PERSON"), (7, 9, "PERSON"), (10, 11, "GPE")])
    assert [(e.type, rec.names(e.participants)) for e in rec.events] == [("meeting", ["Ana Ruiz", "Jorge Salas"])]
    rec = parsed_record(blank_extractor, DURING_THE_VISIT, [(5, 7, "PERSON"), (9, 11, "PERSON")])
    assert [e.type for e in rec.events] == ["signing"]


def test_a_warm_welcome_accorded_to_someone_is_a_meeting(blank_extractor: Extractor) -> None:
    rows = [  # "President Ana Ruiz accorded a warm welcome to Prime Minister Jorge Salas."
        ("President", 2, "compound", "PROPN", "President"),
        ("Ana", 2, "compound", "PROPN", "Ana"),
        ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
        ("accorded", 3, "ROOT", "VERB", "accord"),
        ("a", 6, "det", "DET", "a"),
        ("warm", 6, "amod", "ADJ", "warm"),
        ("welcome", 3, "dobj", "NOUN", "welcome"),
        ("to", 3, "dative", "ADP", "to"),
        ("Prime", 9, "compound", "PROPN", "Prime"),
        ("Minister", 11, "compound", "PROPN", "Minister"),
        ("Jorge", 11, "compound", "PROPN", "Jorge"),
        ("Salas", 7, "pobj", "PROPN", "Salas"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, [(1, 3, "PERSON"), (10, 12, "PERSON")])
    assert [(e.type, rec.names(e.participants), sorted(e.roles.values())) for e in rec.events] == [
        ("meeting", ["Ana Ruiz", "Jorge Salas"], ["guest", "host"])
    ]


def test_a_lone_word_with_no_title_is_no_visitor(blank_extractor: Extractor) -> None:
    rows = [  # "Kagame arrived in Kigali." / "Minister Kagame arrived in Kigali."
        ("Kagame", 1, "nsubj", "PROPN", "Kagame"),
        ("arrived", 1, "ROOT", "VERB", "arrive"),
        ("in", 1, "prep", "ADP", "in"),
        ("Kigali", 2, "pobj", "PROPN", "Kigali"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    assert parsed_record(blank_extractor, rows, [(0, 1, "PERSON"), (3, 4, "GPE")]).events == ()
    titled = [
        ("Minister", 1, "compound", "PROPN", "Minister"),
        *[(w, h + 1, d, p, lemma) for w, h, d, p, lemma in rows],
    ]
    rec = parsed_record(blank_extractor, titled, [(1, 2, "PERSON"), (4, 5, "GPE")])
    assert [(e.type, rec.names(e.participants)) for e in rec.events] == [("visit", ["Kagame"])]


def test_in_a_meeting_with_someone_the_clauses_subject_met_them(blank_extractor: Extractor) -> None:
    rows = [  # "In a meeting with Minister Ana Ruiz, President Jorge Salas said ties were strong."
        ("In", 11, "prep", "ADP", "in"),
        ("a", 2, "det", "DET", "a"),
        ("meeting", 0, "pobj", "NOUN", "meeting"),
        ("with", 2, "prep", "ADP", "with"),
        ("Minister", 6, "compound", "PROPN", "Minister"),
        ("Ana", 6, "compound", "PROPN", "Ana"),
        ("Ruiz", 3, "pobj", "PROPN", "Ruiz"),
        (",", 11, "punct", "PUNCT", ","),
        ("President", 10, "compound", "PROPN", "President"),
        ("Jorge", 10, "compound", "PROPN", "Jorge"),
        ("Salas", 11, "nsubj", "PROPN", "Salas"),
        ("said", 11, "ROOT", "VERB", "say"),
        ("ties", 13, "nsubj", "NOUN", "tie"),
        ("were", 11, "ccomp", "AUX", "be"),
        ("strong", 13, "acomp", "ADJ", "strong"),
        (".", 11, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, [(5, 7, "PERSON"), (9, 11, "PERSON")])
    assert [(e.type, rec.names(e.participants)) for e in rec.events] == [("meeting", ["Jorge Salas", "Ana Ruiz"])]
    assert [rec.names([s.speaker])[0] for s in rec.statements] == ["Jorge Salas"]


IN_A_CITY_FOR_TALKS = [  # "Minister Ana Ruiz is in Quito for talks with President Jorge Salas."
    ("Minister", 2, "compound", "PROPN", "Minister"),
    ("Ana", 2, "compound", "PROPN", "Ana"),
    ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
    ("is", 3, "ROOT", "AUX", "be"),
    ("in", 3, "prep", "ADP", "in"),
    ("Quito", 4, "pobj", "PROPN", "Quito"),
    ("for", 3, "prep", "ADP", "for"),
    ("talks", 6, "pobj", "NOUN", "talk"),
    ("with", 7, "prep", "ADP", "with"),
    ("President", 11, "compound", "PROPN", "President"),
    ("Jorge", 11, "compound", "PROPN", "Jorge"),
    ("Salas", 8, "pobj", "PROPN", "Salas"),
    (".", 3, "punct", "PUNCT", "."),
]
AT_THEIR_MEETING = [  # "Minister Ana Ruiz and Minister Jorge Salas reviewed ties at their meeting in Quito."
    ("Minister", 2, "compound", "PROPN", "Minister"),
    ("Ana", 2, "compound", "PROPN", "Ana"),
    ("Ruiz", 7, "nsubj", "PROPN", "Ruiz"),
    ("and", 2, "cc", "CCONJ", "and"),
    ("Minister", 6, "compound", "PROPN", "Minister"),
    ("Jorge", 6, "compound", "PROPN", "Jorge"),
    ("Salas", 2, "conj", "PROPN", "Salas"),
    ("reviewed", 7, "ROOT", "VERB", "review"),
    ("ties", 7, "dobj", "NOUN", "tie"),
    ("at", 8, "prep", "ADP", "at"),
    ("their", 11, "poss", "PRON", "their"),
    ("meeting", 9, "pobj", "NOUN", "meeting"),
    ("in", 11, "prep", "ADP", "in"),
    ("Quito", 12, "pobj", "PROPN", "Quito"),
    (".", 7, "punct", "PUNCT", "."),
]
EXCHANGED_VIEWS = [  # "Minister Ana Ruiz exchanged views with Minister Jorge Salas." ("with" hung on the views)
    ("Minister", 2, "compound", "PROPN", "Minister"),
    ("Ana", 2, "compound", "PROPN", "Ana"),
    ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
    ("exchanged", 3, "ROOT", "VERB", "exchange"),
    ("views", 3, "dobj", "NOUN", "view"),
    ("with", 4, "prep", "ADP", "with"),
    ("Minister", 8, "compound", "PROPN", "Minister"),
    ("Jorge", 8, "compound", "PROPN", "Jorge"),
    ("Salas", 5, "pobj", "PROPN", "Salas"),
    (".", 3, "punct", "PUNCT", "."),
]
COURTESY_VISIT_TO = [  # "Minister Ana Ruiz paid a courtesy visit to Minister Jorge Salas."
    ("Minister", 2, "compound", "PROPN", "Minister"),
    ("Ana", 2, "compound", "PROPN", "Ana"),
    ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
    ("paid", 3, "ROOT", "VERB", "pay"),
    ("a", 6, "det", "DET", "a"),
    ("courtesy", 6, "amod", "ADJ", "courtesy"),
    ("visit", 3, "dobj", "NOUN", "visit"),
    ("to", 6, "prep", "ADP", "to"),
    ("Minister", 10, "compound", "PROPN", "Minister"),
    ("Jorge", 10, "compound", "PROPN", "Jorge"),
    ("Salas", 7, "pobj", "PROPN", "Salas"),
    (".", 3, "punct", "PUNCT", "."),
]


@pytest.mark.parametrize(
    ("rows", "ents"),
    [
        (IN_A_CITY_FOR_TALKS, [(1, 3, "PERSON"), (5, 6, "GPE"), (10, 12, "PERSON")]),
        (AT_THEIR_MEETING, [(1, 3, "PERSON"), (5, 7, "PERSON"), (13, 14, "GPE")]),
        (EXCHANGED_VIEWS, [(1, 3, "PERSON"), (7, 9, "PERSON")]),
        (COURTESY_VISIT_TO, [(1, 3, "PERSON"), (9, 11, "PERSON")]),
    ],
)
def test_more_ways_of_telling_a_meeting(
    blank_extractor: Extractor, rows: list[tuple[str, int, str, str, str]], ents: list[tuple[int, int, str]]
) -> None:
    """ "is in Quito for talks with X", "at their meeting", "exchanged views with X", "a courtesy visit to X"."""
    rec = parsed_record(blank_extractor, rows, ents)
    assert [(e.type, sorted(rec.names(e.participants))) for e in rec.events if e.type != "visit"] == [
        ("meeting", ["Ana Ruiz", "Jorge Salas"])
    ]


def test_attendees_listed_with_semicolons(blank_extractor: Extractor) -> None:
    rows = [  # "The meeting was attended by Minister Ana Ruiz; Minister Jorge Salas; and Governor Luis Soto."
        ("The", 1, "det", "DET", "the"),
        ("meeting", 3, "nsubjpass", "NOUN", "meeting"),
        ("was", 3, "auxpass", "AUX", "be"),
        ("attended", 3, "ROOT", "VERB", "attend"),
        ("by", 3, "agent", "ADP", "by"),
        ("Minister", 7, "compound", "PROPN", "Minister"),
        ("Ana", 7, "compound", "PROPN", "Ana"),
        ("Ruiz", 4, "pobj", "PROPN", "Ruiz"),
        (";", 7, "punct", "PUNCT", ";"),
        ("Minister", 11, "compound", "PROPN", "Minister"),
        ("Jorge", 11, "compound", "PROPN", "Jorge"),
        ("Salas", 7, "conj", "PROPN", "Salas"),
        (";", 3, "punct", "PUNCT", ";"),
        ("and", 3, "cc", "CCONJ", "and"),
        ("Governor", 16, "compound", "PROPN", "Governor"),
        ("Luis", 16, "compound", "PROPN", "Luis"),
        ("Soto", 3, "conj", "PROPN", "Soto"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, [(6, 8, "PERSON"), (10, 12, "PERSON"), (15, 17, "PERSON")])
    assert [(e.type, rec.names(e.participants)) for e in rec.events] == [
        ("attendance", ["Ana Ruiz", "Jorge Salas", "Luis Soto"])
    ]


def test_at_the_end_of_a_visit_there_was_a_visit(blank_extractor: Extractor) -> None:
    rows = [  # "Minister Ana Ruiz left Quito at the end of a three-day visit."
        ("Minister", 2, "compound", "PROPN", "Minister"),
        ("Ana", 2, "compound", "PROPN", "Ana"),
        ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
        ("left", 3, "ROOT", "VERB", "leave"),
        ("Quito", 3, "dobj", "PROPN", "Quito"),
        ("at", 3, "prep", "ADP", "at"),
        ("the", 7, "det", "DET", "the"),
        ("end", 5, "pobj", "NOUN", "end"),
        ("of", 7, "prep", "ADP", "of"),
        ("a", 13, "det", "DET", "a"),
        ("three", 12, "nummod", "NUM", "three"),
        ("-", 12, "punct", "PUNCT", "-"),
        ("day", 13, "compound", "NOUN", "day"),
        ("visit", 8, "pobj", "NOUN", "visit"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, [(1, 3, "PERSON"), (4, 5, "GPE"), (10, 13, "DATE")])
    assert [(e.type, rec.names(e.participants), e.place) for e in rec.events] == [
        ("visit", ["Ana Ruiz"], "place:quito-ec")
    ]


def test_what_was_written_on_social_media_is_a_statement_a_post_of_photos_is_not(blank_extractor: Extractor) -> None:
    wrote = [  # "Minister Ana Ruiz wrote on X that the talks were fruitful."
        ("Minister", 2, "compound", "PROPN", "Minister"),
        ("Ana", 2, "compound", "PROPN", "Ana"),
        ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
        ("wrote", 3, "ROOT", "VERB", "write"),
        ("on", 3, "prep", "ADP", "on"),
        ("X", 4, "pobj", "NOUN", "x"),
        ("that", 9, "mark", "SCONJ", "that"),
        ("the", 8, "det", "DET", "the"),
        ("talks", 9, "nsubj", "NOUN", "talk"),
        ("were", 3, "ccomp", "AUX", "be"),
        ("fruitful", 9, "acomp", "ADJ", "fruitful"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, wrote, [(1, 3, "PERSON")])
    assert [(rec.names([s.speaker])[0], s.text) for s in rec.statements] == [("Ana Ruiz", "the talks were fruitful")]
    posted = [  # "Minister Ana Ruiz posted photos of the meeting."
        ("Minister", 2, "compound", "PROPN", "Minister"),
        ("Ana", 2, "compound", "PROPN", "Ana"),
        ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
        ("posted", 3, "ROOT", "VERB", "post"),
        ("photos", 3, "dobj", "NOUN", "photo"),
        ("of", 4, "prep", "ADP", "of"),
        ("the", 7, "det", "DET", "the"),
        ("meeting", 5, "pobj", "NOUN", "meeting"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    assert parsed_record(blank_extractor, posted, [(1, 3, "PERSON")]).statements == ()


def test_signatories_the_parser_hangs_on_the_occasion_sign_and_visit_not(blank_extractor: Extractor) -> None:
    """ "The accord is expected to be signed during the visit by A and B": A and B sign (a signing to come, its
    agreement the subject of "expected"); the visit is not theirs."""
    rows = [
        ("The", 1, "det", "DET", "the"),
        ("accord", 3, "nsubjpass", "NOUN", "accord"),
        ("is", 3, "auxpass", "AUX", "be"),
        ("expected", 3, "ROOT", "VERB", "expect"),
        ("to", 6, "aux", "PART", "to"),
        ("be", 6, "auxpass", "AUX", "be"),
        ("signed", 3, "xcomp", "VERB", "sign"),
        ("during", 6, "prep", "ADP", "during"),
        ("the", 9, "det", "DET", "the"),
        ("visit", 7, "pobj", "NOUN", "visit"),
        ("by", 9, "prep", "ADP", "by"),
        ("Mining", 12, "compound", "PROPN", "Mining"),
        ("Minister", 14, "compound", "PROPN", "Minister"),
        ("Tomas", 14, "compound", "PROPN", "Tomas"),
        ("Varga", 10, "pobj", "PROPN", "Varga"),
        ("and", 14, "cc", "CCONJ", "and"),
        ("Energy", 17, "compound", "PROPN", "Energy"),
        ("Minister", 19, "compound", "PROPN", "Minister"),
        ("Lena", 19, "compound", "PROPN", "Lena"),
        ("Holm", 14, "conj", "PROPN", "Holm"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(13, 15, "PERSON"), (18, 20, "PERSON")])
    names = {p.id: p.name for p in rec.persons}
    assert [(e.type, e.status, sorted(names[p] for p in e.participants)) for e in rec.events] == [
        ("signing", "planned", ["Lena Holm", "Tomas Varga"])
    ]
    [agreement] = rec.agreements
    assert agreement.kind == "Accord"


FRAMED_BY_A_PREPOSITION = [
    (
        [  # "At a joint press conference with Governor Ali Musa, Minister Omar Bello said the rescue was over."
            ("At", 13, "prep", "ADP", "at"),
            ("a", 4, "det", "DET", "a"),
            ("joint", 4, "amod", "ADJ", "joint"),
            ("press", 4, "compound", "NOUN", "press"),
            ("conference", 0, "pobj", "NOUN", "conference"),
            ("with", 4, "prep", "ADP", "with"),
            ("Governor", 8, "compound", "PROPN", "Governor"),
            ("Ali", 8, "compound", "PROPN", "Ali"),
            ("Musa", 5, "pobj", "PROPN", "Musa"),
            (",", 8, "punct", "PUNCT", ","),
            ("Minister", 12, "compound", "PROPN", "Minister"),
            ("Omar", 12, "compound", "PROPN", "Omar"),
            ("Bello", 13, "nsubj", "PROPN", "Bello"),
            ("said", 13, "ROOT", "VERB", "say"),
            ("the", 15, "det", "DET", "the"),
            ("rescue", 16, "nsubj", "NOUN", "rescue"),
            ("was", 13, "ccomp", "AUX", "be"),
            ("over", 16, "advmod", "ADV", "over"),
            (".", 13, "punct", "PUNCT", "."),
        ],
        [(7, 9, "PERSON"), (11, 13, "PERSON")],
        ("press_conference", "held", ["Ali Musa", "Omar Bello"]),
    ),
    (
        [  # "Envoy Mark Hale is expected in Lima for talks with President Ana Ruiz."
            ("Envoy", 2, "compound", "PROPN", "Envoy"),
            ("Mark", 2, "compound", "PROPN", "Mark"),
            ("Hale", 4, "nsubjpass", "PROPN", "Hale"),
            ("is", 4, "auxpass", "AUX", "be"),
            ("expected", 4, "ROOT", "VERB", "expect"),
            ("in", 4, "prep", "ADP", "in"),
            ("Lima", 5, "pobj", "PROPN", "Lima"),
            ("for", 4, "prep", "ADP", "for"),
            ("talks", 7, "pobj", "NOUN", "talk"),
            ("with", 8, "prep", "ADP", "with"),
            ("President", 12, "compound", "PROPN", "President"),
            ("Ana", 12, "compound", "PROPN", "Ana"),
            ("Ruiz", 9, "pobj", "PROPN", "Ruiz"),
            (".", 4, "punct", "PUNCT", "."),
        ],
        [(1, 3, "PERSON"), (6, 7, "GPE"), (11, 13, "PERSON")],
        ("meeting", "planned", ["Ana Ruiz", "Mark Hale"]),
    ),
]


@pytest.mark.parametrize(("rows", "ents", "event"), FRAMED_BY_A_PREPOSITION)
def test_the_doer_of_a_clause_takes_part_in_the_event_that_frames_it(
    blank_extractor: Extractor, rows: list[Row], ents: list[tuple[int, int, str]], event: tuple[str, str, list[str]]
) -> None:
    """ "At a joint press conference with X, Y said": Y gives it too; "Y is expected in Lima for talks with X": Y
    is to hold them."""
    rec = parsed_record(blank_extractor, rows, ents=ents)
    names = {p.id: p.name for p in rec.persons}
    assert [(e.type, e.status, sorted(names[p] for p in e.participants)) for e in rec.events] == [event]


def test_talks_joined_to_a_call_are_a_call(blank_extractor: Extractor) -> None:
    rows = [  # "Minister Sami Haddad called President Ana Ruiz, and later spoke with Minister Omar Bello."
        ("Minister", 2, "compound", "PROPN", "Minister"),
        ("Sami", 2, "compound", "PROPN", "Sami"),
        ("Haddad", 3, "nsubj", "PROPN", "Haddad"),
        ("called", 3, "ROOT", "VERB", "call"),
        ("President", 6, "compound", "PROPN", "President"),
        ("Ana", 6, "compound", "PROPN", "Ana"),
        ("Ruiz", 3, "dobj", "PROPN", "Ruiz"),
        (",", 3, "punct", "PUNCT", ","),
        ("and", 3, "cc", "CCONJ", "and"),
        ("later", 10, "advmod", "ADV", "later"),
        ("spoke", 3, "conj", "VERB", "speak"),
        ("with", 10, "prep", "ADP", "with"),
        ("Minister", 14, "compound", "PROPN", "Minister"),
        ("Omar", 14, "compound", "PROPN", "Omar"),
        ("Bello", 11, "pobj", "PROPN", "Bello"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(1, 3, "PERSON"), (5, 7, "PERSON"), (13, 15, "PERSON")])
    names = {p.id: p.name for p in rec.persons}
    assert [(e.type, sorted(names[p] for p in e.participants)) for e in rec.events] == [
        ("phone_call", ["Ana Ruiz", "Sami Haddad"]),
        ("phone_call", ["Omar Bello", "Sami Haddad"]),
    ]


def test_a_meals_guests_are_not_those_named_in_a_clause_about_it(blank_extractor: Extractor) -> None:
    """ "hosted a luncheon for A, at which the two discussed preparations for a visit by B": A is the guest; B's
    visit is one to come."""
    rows = [
        ("Minister", 2, "compound", "PROPN", "Minister"),
        ("Hsu", 2, "compound", "PROPN", "Hsu"),
        ("Ming", 3, "nsubj", "PROPN", "Ming"),
        ("hosted", 3, "ROOT", "VERB", "host"),
        ("a", 5, "det", "DET", "a"),
        ("luncheon", 3, "dobj", "NOUN", "luncheon"),
        ("for", 5, "prep", "ADP", "for"),
        ("Ambassador", 9, "compound", "PROPN", "Ambassador"),
        ("Ana", 9, "compound", "PROPN", "Ana"),
        ("Ruiz", 6, "pobj", "PROPN", "Ruiz"),
        (",", 9, "punct", "PUNCT", ","),
        ("at", 15, "prep", "ADP", "at"),
        ("which", 11, "pobj", "PRON", "which"),
        ("the", 14, "det", "DET", "the"),
        ("two", 15, "nsubj", "NUM", "two"),
        ("discussed", 9, "relcl", "VERB", "discuss"),
        ("preparations", 15, "dobj", "NOUN", "preparation"),
        ("for", 16, "prep", "ADP", "for"),
        ("a", 19, "det", "DET", "a"),
        ("visit", 17, "pobj", "NOUN", "visit"),
        ("by", 19, "prep", "ADP", "by"),
        ("Minister", 23, "compound", "PROPN", "Minister"),
        ("Jorge", 23, "compound", "PROPN", "Jorge"),
        ("Salas", 20, "pobj", "PROPN", "Salas"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(1, 3, "PERSON"), (8, 10, "PERSON"), (22, 24, "PERSON")])
    names = {p.id: p.name for p in rec.persons}
    assert [(e.type, e.status, sorted(names[p] for p in e.participants)) for e in rec.events] == [
        ("meeting", "held", ["Ana Ruiz", "Hsu Ming"]),
        ("visit", "planned", ["Jorge Salas"]),
    ]


VISIT_THEN_RECEIVES = [  # "Foreign Minister Ana Ruiz arrived in Lima on a visit. Ruiz will receive President Jorge Salas."
    ("Foreign", 1, "compound", "PROPN", "Foreign"),
    ("Minister", 3, "compound", "PROPN", "Minister"),
    ("Ana", 3, "compound", "PROPN", "Ana"),
    ("Ruiz", 4, "nsubj", "PROPN", "Ruiz"),
    ("arrived", 4, "ROOT", "VERB", "arrive"),
    ("in", 4, "prep", "ADP", "in"),
    ("Lima", 5, "pobj", "PROPN", "Lima"),
    ("on", 4, "prep", "ADP", "on"),
    ("a", 9, "det", "DET", "a"),
    ("visit", 7, "pobj", "NOUN", "visit"),
    (".", 4, "punct", "PUNCT", "."),
    ("Ruiz", 13, "nsubj", "PROPN", "Ruiz"),
    ("will", 13, "aux", "AUX", "will"),
    ("receive", 13, "ROOT", "VERB", "receive"),
    ("President", 16, "compound", "PROPN", "President"),
    ("Jorge", 16, "compound", "PROPN", "Jorge"),
    ("Salas", 13, "dobj", "PROPN", "Salas"),
    (".", 13, "punct", "PUNCT", "."),
]


def test_what_a_visitor_is_to_do_is_where_the_visit_is_and_the_visitor_hosts_no_one_of_the_place(
    blank_extractor: Extractor,
) -> None:
    """A Cuban agency's report: the minister on a visit to Lima is to receive the President there; she stays Cuban,
    he is Peruvian."""
    text = " ".join(row[0] for row in VISIT_THEN_RECEIVES)
    article = Article(id="t", text=text, source="Prensa Latina")
    ents = [(2, 4, "PERSON"), (6, 7, "GPE"), (15, 17, "PERSON")]
    rec = parsed_record(blank_extractor, VISIT_THEN_RECEIVES, ents, article=article)
    [meeting] = [e for e in rec.events if e.type == "meeting"]
    assert (meeting.status, meeting.place) == ("planned", "place:lima-pe")
    assert {p.name: p.titles[0].country for p in rec.persons} == {"Ana Ruiz": "Cuba", "Jorge Salas": "Peru"}


def test_a_farewell_call_is_a_meeting_and_a_tour_of_duty_no_trip(blank_extractor: Extractor) -> None:
    rows = [  # "Minister Ali Musa received a farewell call from Ambassador Jiang Wei, who is completing his tour of duty."
        ("Minister", 2, "compound", "PROPN", "Minister"),
        ("Ali", 2, "compound", "PROPN", "Ali"),
        ("Musa", 3, "nsubj", "PROPN", "Musa"),
        ("received", 3, "ROOT", "VERB", "receive"),
        ("a", 6, "det", "DET", "a"),
        ("farewell", 6, "compound", "NOUN", "farewell"),
        ("call", 3, "dobj", "NOUN", "call"),
        ("from", 6, "prep", "ADP", "from"),
        ("Ambassador", 10, "compound", "PROPN", "Ambassador"),
        ("Jiang", 10, "compound", "PROPN", "Jiang"),
        ("Wei", 7, "pobj", "PROPN", "Wei"),
        (",", 10, "punct", "PUNCT", ","),
        ("who", 14, "nsubj", "PRON", "who"),
        ("is", 14, "aux", "AUX", "be"),
        ("completing", 10, "relcl", "VERB", "complete"),
        ("his", 16, "poss", "PRON", "his"),
        ("tour", 14, "dobj", "NOUN", "tour"),
        ("of", 16, "prep", "ADP", "of"),
        ("duty", 17, "pobj", "NOUN", "duty"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(1, 3, "PERSON"), (9, 11, "PERSON")])
    names = {p.id: p.name for p in rec.persons}
    assert [(e.type, sorted(names[p] for p in e.participants)) for e in rec.events] == [
        ("meeting", ["Ali Musa", "Jiang Wei"])
    ]


def test_an_event_word_said_of_a_future_it_is_to_come(blank_extractor: Extractor) -> None:
    """ "X will visit Kuwait. It will be her first trip to the Gulf.": one trip, to come."""
    rows = [
        ("Minister", 2, "compound", "PROPN", "Minister"),
        ("Hala", 2, "compound", "PROPN", "Hala"),
        ("Mostafa", 4, "nsubj", "PROPN", "Mostafa"),
        ("will", 4, "aux", "AUX", "will"),
        ("visit", 4, "ROOT", "VERB", "visit"),
        ("Kuwait", 4, "dobj", "PROPN", "Kuwait"),
        (".", 4, "punct", "PUNCT", "."),
        ("It", 9, "nsubj", "PRON", "it"),
        ("will", 9, "aux", "AUX", "will"),
        ("be", 9, "ROOT", "AUX", "be"),
        ("her", 12, "poss", "PRON", "her"),
        ("first", 12, "amod", "ADJ", "first"),
        ("trip", 9, "attr", "NOUN", "trip"),
        ("to", 12, "prep", "ADP", "to"),
        ("the", 15, "det", "DET", "the"),
        ("Gulf", 13, "pobj", "PROPN", "Gulf"),
        (".", 9, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(1, 3, "PERSON"), (5, 6, "GPE")])
    assert [(e.type, e.status) for e in rec.events] == [("visit", "planned")]


def test_her_briefing_in_a_fronted_clause_is_the_speakers_after_it(blank_extractor: Extractor) -> None:
    """ "Speaking at her weekly press briefing, spokesperson X said ...": "her" is X, whoever was named before."""
    rows = [
        ("Ambassador", 1, "compound", "PROPN", "Ambassador"),
        ("Shah", 2, "nsubjpass", "PROPN", "Shah"),
        ("was", 3, "auxpass", "AUX", "be"),
        ("summoned", 3, "ROOT", "VERB", "summon"),
        (".", 3, "punct", "PUNCT", "."),
        ("Speaking", 15, "advcl", "VERB", "speak"),
        ("at", 5, "prep", "ADP", "at"),
        ("her", 10, "poss", "PRON", "her"),
        ("weekly", 10, "amod", "ADJ", "weekly"),
        ("press", 10, "compound", "NOUN", "press"),
        ("briefing", 6, "pobj", "NOUN", "briefing"),
        (",", 15, "punct", "PUNCT", ","),
        ("spokesperson", 14, "compound", "NOUN", "spokesperson"),
        ("Saima", 14, "compound", "PROPN", "Saima"),
        ("Qureshi", 15, "nsubj", "PROPN", "Qureshi"),
        ("said", 15, "ROOT", "VERB", "say"),
        ("the", 17, "det", "DET", "the"),
        ("talks", 18, "nsubj", "NOUN", "talk"),
        ("failed", 15, "ccomp", "VERB", "fail"),
        (".", 15, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(0, 2, "PERSON"), (13, 15, "PERSON")])
    names = {p.id: p.name for p in rec.persons}
    assert [(e.type, [names[p] for p in e.participants]) for e in rec.events if e.type != "statement"] == [
        ("press_conference", ["Saima Qureshi"])
    ]


def test_a_participle_after_the_object_is_the_objects_and_a_delegation_is_its_head(blank_extractor: Extractor) -> None:
    """ "received a delegation, currently visiting Peru, headed by Senator X": X's delegation visits; the parser
    hangs "visiting" on "received" and "headed" on "Peru"."""
    rows = [
        ("President", 2, "compound", "PROPN", "President"),
        ("Ana", 2, "compound", "PROPN", "Ana"),
        ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
        ("received", 3, "ROOT", "VERB", "receive"),
        ("a", 5, "det", "DET", "a"),
        ("delegation", 3, "dobj", "NOUN", "delegation"),
        (",", 5, "punct", "PUNCT", ","),
        ("currently", 8, "advmod", "ADV", "currently"),
        ("visiting", 3, "advcl", "VERB", "visit"),
        ("Peru", 8, "dobj", "PROPN", "Peru"),
        (",", 9, "punct", "PUNCT", ","),
        ("headed", 9, "acl", "VERB", "head"),
        ("by", 11, "agent", "ADP", "by"),
        ("Senator", 15, "compound", "PROPN", "Senator"),
        ("Jorge", 15, "compound", "PROPN", "Jorge"),
        ("Salas", 12, "pobj", "PROPN", "Salas"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(1, 3, "PERSON"), (9, 10, "GPE"), (14, 16, "PERSON")])
    names = {p.id: p.name for p in rec.persons}
    assert sorted((e.type, tuple(sorted(names[p] for p in e.participants))) for e in rec.events) == [
        ("meeting", ("Ana Ruiz", "Jorge Salas")),
        ("visit", ("Jorge Salas",)),
    ]


def test_the_two_are_the_two_of_the_event_told_just_before(blank_extractor: Extractor) -> None:
    rows = [  # "Minister Ana Ruiz met Minister Jorge Salas, and the two signed an agreement."
        ("Minister", 2, "compound", "PROPN", "Minister"),
        ("Ana", 2, "compound", "PROPN", "Ana"),
        ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
        ("met", 3, "ROOT", "VERB", "meet"),
        ("Minister", 6, "compound", "PROPN", "Minister"),
        ("Jorge", 6, "compound", "PROPN", "Jorge"),
        ("Salas", 3, "dobj", "PROPN", "Salas"),
        (",", 3, "punct", "PUNCT", ","),
        ("and", 3, "cc", "CCONJ", "and"),
        ("the", 10, "det", "DET", "the"),
        ("two", 11, "nsubj", "NUM", "two"),
        ("signed", 3, "conj", "VERB", "sign"),
        ("an", 13, "det", "DET", "an"),
        ("agreement", 11, "dobj", "NOUN", "agreement"),
        (".", 11, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(1, 3, "PERSON"), (5, 7, "PERSON")])
    names = {p.id: p.name for p in rec.persons}
    assert [(e.type, sorted(names[p] for p in e.participants)) for e in rec.events] == [
        ("meeting", ["Ana Ruiz", "Jorge Salas"]),
        ("signing", ["Ana Ruiz", "Jorge Salas"]),
    ]


def test_the_person_right_after_a_meeting_verb_is_its_object_when_the_parser_hangs_the_name_elsewhere(
    blank_extractor: Extractor,
) -> None:
    rows: list[Row] = [  # "Minister Ana Ruiz is scheduled to meet Minister of Trade Jorge Salas tomorrow."
        ("Minister", 2, "compound", "PROPN", "Minister"),
        ("Ana", 2, "compound", "PROPN", "Ana"),
        ("Ruiz", 4, "nsubjpass", "PROPN", "Ruiz"),
        ("is", 4, "auxpass", "AUX", "be"),
        ("scheduled", 4, "ROOT", "VERB", "schedule"),
        ("to", 6, "aux", "PART", "to"),
        ("meet", 4, "xcomp", "VERB", "meet"),
        ("Minister", 12, "nmod", "PROPN", "Minister"),  # the title hung on "tomorrow", the name on its "of"
        ("of", 7, "prep", "ADP", "of"),
        ("Trade", 8, "pobj", "PROPN", "Trade"),
        ("Jorge", 11, "compound", "PROPN", "Jorge"),
        ("Salas", 8, "pobj", "PROPN", "Salas"),
        ("tomorrow", 6, "npadvmod", "NOUN", "tomorrow"),
        (".", 4, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(1, 3, "PERSON"), (10, 12, "PERSON"), (12, 13, "DATE")])
    names = {p.id: p.name for p in rec.persons}
    assert [(e.type, e.status, [names[p] for p in e.participants]) for e in rec.events] == [
        ("meeting", "planned", ["Ana Ruiz", "Jorge Salas"])
    ]


def test_talks_a_state_visit_is_paid_for_are_the_visitors_talks(blank_extractor: Extractor) -> None:
    # "President Ana Ruiz will pay a state visit to Lima next week for talks with President Jorge Salas."
    rows: list[Row] = [
        ("President", 2, "compound", "PROPN", "President"),
        ("Ana", 2, "compound", "PROPN", "Ana"),
        ("Ruiz", 4, "nsubj", "PROPN", "Ruiz"),
        ("will", 4, "aux", "AUX", "will"),
        ("pay", 4, "ROOT", "VERB", "pay"),
        ("a", 7, "det", "DET", "a"),
        ("state", 7, "compound", "NOUN", "state"),
        ("visit", 4, "dobj", "NOUN", "visit"),
        ("to", 7, "prep", "ADP", "to"),
        ("Lima", 8, "pobj", "PROPN", "Lima"),
        ("next", 11, "amod", "ADJ", "next"),
        ("week", 4, "npadvmod", "NOUN", "week"),
        ("for", 4, "prep", "ADP", "for"),
        ("talks", 12, "pobj", "NOUN", "talk"),
        ("with", 13, "prep", "ADP", "with"),
        ("President", 17, "compound", "PROPN", "President"),
        ("Jorge", 17, "compound", "PROPN", "Jorge"),
        ("Salas", 14, "pobj", "PROPN", "Salas"),
        (".", 4, "punct", "PUNCT", "."),
    ]
    ents = [(1, 3, "PERSON"), (9, 10, "GPE"), (10, 12, "DATE"), (16, 18, "PERSON")]
    rec = parsed_record(blank_extractor, rows, ents=ents)
    names = {p.id: p.name for p in rec.persons}
    assert sorted((e.type, e.status, tuple(sorted(names[p] for p in e.participants))) for e in rec.events) == [
        ("meeting", "planned", ("Ana Ruiz", "Jorge Salas")),
        ("visit", "planned", ("Ana Ruiz",)),
    ]


ARRIVAL: list[Row] = [  # "Minister Ana Ruiz arrived in Lima on Sunday"
    ("Minister", 2, "compound", "PROPN", "Minister"),
    ("Ana", 2, "compound", "PROPN", "Ana"),
    ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
    ("arrived", 3, "ROOT", "VERB", "arrive"),
    ("in", 3, "prep", "ADP", "in"),
    ("Lima", 4, "pobj", "PROPN", "Lima"),
    ("on", 3, "prep", "ADP", "on"),
    ("Sunday", 6, "pobj", "PROPN", "Sunday"),
]


@pytest.mark.parametrize(
    ("rest", "host"),
    [
        (  # "... and was received at the airport by Minister Jorge Salas."
            [
                ("and", 3, "cc", "CCONJ", "and"),
                ("was", 10, "auxpass", "AUX", "be"),
                ("received", 3, "conj", "VERB", "receive"),
                ("at", 10, "prep", "ADP", "at"),
                ("the", 13, "det", "DET", "the"),
                ("airport", 11, "pobj", "NOUN", "airport"),
                ("by", 10, "agent", "ADP", "by"),
                ("Minister", 17, "compound", "PROPN", "Minister"),
                ("Jorge", 17, "compound", "PROPN", "Jorge"),
                ("Salas", 14, "pobj", "PROPN", "Salas"),
                (".", 3, "punct", "PUNCT", "."),
            ],
            (16, 18),
        ),
        (  # ". At the airport, the guest was greeted by Minister Jorge Salas."
            [
                (".", 3, "punct", "PUNCT", "."),
                ("At", 16, "prep", "ADP", "at"),
                ("the", 11, "det", "DET", "the"),
                ("airport", 9, "pobj", "NOUN", "airport"),
                (",", 16, "punct", "PUNCT", ","),
                ("the", 14, "det", "DET", "the"),
                ("guest", 16, "nsubjpass", "NOUN", "guest"),
                ("was", 16, "auxpass", "AUX", "be"),
                ("greeted", 16, "ROOT", "VERB", "greet"),
                ("by", 16, "agent", "ADP", "by"),
                ("Minister", 20, "compound", "PROPN", "Minister"),
                ("Jorge", 20, "compound", "PROPN", "Jorge"),
                ("Salas", 17, "pobj", "PROPN", "Salas"),
                (".", 16, "punct", "PUNCT", "."),
            ],
            (19, 21),
        ),
    ],
)
def test_a_welcome_on_arrival_is_a_meeting_of_the_welcomers_and_the_visitors(
    blank_extractor: Extractor, rest: list[Row], host: tuple[int, int]
) -> None:
    rows = ARRIVAL + rest
    rec = parsed_record(
        blank_extractor, rows, ents=[(1, 3, "PERSON"), (5, 6, "GPE"), (7, 8, "DATE"), (*host, "PERSON")]
    )
    names = {p.id: p.name for p in rec.persons}
    found = sorted((e.type, tuple(sorted(names[p] for p in e.participants))) for e in rec.events)
    assert found == [("meeting", ("Ana Ruiz", "Jorge Salas")), ("visit", ("Ana Ruiz",))]
    meeting = next(e for e in rec.events if e.type == "meeting")
    assert {names[p]: r for p, r in meeting.roles.items()} == {"Jorge Salas": "host", "Ana Ruiz": "guest"}


MEETING_MONDAY: list[Row] = [  # "Minister Ana Ruiz met Minister Jorge Salas on Monday."
    ("Minister", 2, "compound", "PROPN", "Minister"),
    ("Ana", 2, "compound", "PROPN", "Ana"),
    ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
    ("met", 3, "ROOT", "VERB", "meet"),
    ("Minister", 6, "compound", "PROPN", "Minister"),
    ("Jorge", 6, "compound", "PROPN", "Jorge"),
    ("Salas", 3, "dobj", "PROPN", "Salas"),
    ("on", 3, "prep", "ADP", "on"),
    ("Monday", 7, "pobj", "PROPN", "Monday"),
    (".", 3, "punct", "PUNCT", "."),
]


@pytest.mark.parametrize(
    "rest",
    [
        [  # "Also taking part were Minister Luis Vega and Ambassador Rosa Diaz."
            ("Also", 13, "advmod", "ADV", "also"),
            ("taking", 13, "csubj", "VERB", "take"),
            ("part", 11, "dobj", "NOUN", "part"),
            ("were", 13, "ROOT", "AUX", "be"),
        ],
        [  # "Among those taking part were Minister Luis Vega and Ambassador Rosa Diaz."
            ("Among", 14, "prep", "ADP", "among"),
            ("those", 10, "pobj", "PRON", "those"),
            ("taking", 11, "acl", "VERB", "take"),
            ("part", 12, "dobj", "NOUN", "part"),
            ("were", 14, "ROOT", "AUX", "be"),
        ],
    ],
)
def test_those_also_taking_part_with_no_occasion_named_join_the_meeting_just_told(
    blank_extractor: Extractor, rest: list[Row]
) -> None:
    verb = len(MEETING_MONDAY) + len(rest) - 1
    people: list[Row] = [
        ("Minister", verb + 3, "compound", "PROPN", "Minister"),
        ("Luis", verb + 3, "compound", "PROPN", "Luis"),
        ("Vega", verb, "nsubj", "PROPN", "Vega"),
        ("and", verb + 3, "cc", "CCONJ", "and"),
        ("Ambassador", verb + 7, "compound", "PROPN", "Ambassador"),
        ("Rosa", verb + 7, "compound", "PROPN", "Rosa"),
        ("Diaz", verb + 3, "conj", "PROPN", "Diaz"),
        (".", verb, "punct", "PUNCT", "."),
    ]
    rows = MEETING_MONDAY + rest + people
    ents = [
        (1, 3, "PERSON"),
        (5, 7, "PERSON"),
        (8, 9, "DATE"),
        (verb + 2, verb + 4, "PERSON"),
        (verb + 6, verb + 8, "PERSON"),
    ]
    rec = parsed_record(blank_extractor, rows, ents=ents)
    names = {p.id: p.name for p in rec.persons}
    assert [(e.type, [names[p] for p in e.participants]) for e in rec.events] == [
        ("meeting", ["Ana Ruiz", "Jorge Salas", "Luis Vega", "Rosa Diaz"])
    ]
    assert {names[p] for p, r in rec.events[0].roles.items() if r == "attendee"} == {"Luis Vega", "Rosa Diaz"}


def test_the_meeting_is_the_one_told_as_a_meeting_not_a_welcome_told_since(blank_extractor: Extractor) -> None:
    rows: list[Row] = [  # "Minister Ana Ruiz held a meeting with Minister Jorge Salas. Ruiz was welcomed by President
        # Luis Vega. The meeting, which also included Ambassador Rosa Diaz, was held behind closed doors."
        ("Minister", 2, "compound", "PROPN", "Minister"),
        ("Ana", 2, "compound", "PROPN", "Ana"),
        ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
        ("held", 3, "ROOT", "VERB", "hold"),
        ("a", 5, "det", "DET", "a"),
        ("meeting", 3, "dobj", "NOUN", "meeting"),
        ("with", 5, "prep", "ADP", "with"),
        ("Minister", 9, "compound", "PROPN", "Minister"),
        ("Jorge", 9, "compound", "PROPN", "Jorge"),
        ("Salas", 6, "pobj", "PROPN", "Salas"),
        (".", 3, "punct", "PUNCT", "."),
        ("Ruiz", 13, "nsubjpass", "PROPN", "Ruiz"),
        ("was", 13, "auxpass", "AUX", "be"),
        ("welcomed", 13, "ROOT", "VERB", "welcome"),
        ("by", 13, "agent", "ADP", "by"),
        ("President", 17, "compound", "PROPN", "President"),
        ("Luis", 17, "compound", "PROPN", "Luis"),
        ("Vega", 14, "pobj", "PROPN", "Vega"),
        (".", 13, "punct", "PUNCT", "."),
        ("The", 20, "det", "DET", "the"),
        ("meeting", 30, "nsubjpass", "NOUN", "meeting"),
        (",", 20, "punct", "PUNCT", ","),
        ("which", 24, "nsubj", "PRON", "which"),
        ("also", 24, "advmod", "ADV", "also"),
        ("included", 20, "relcl", "VERB", "include"),
        ("Ambassador", 27, "compound", "PROPN", "Ambassador"),
        ("Rosa", 27, "compound", "PROPN", "Rosa"),
        ("Diaz", 24, "dobj", "PROPN", "Diaz"),
        (",", 20, "punct", "PUNCT", ","),
        ("was", 30, "auxpass", "AUX", "be"),
        ("held", 30, "ROOT", "VERB", "hold"),
        ("behind", 30, "prep", "ADP", "behind"),
        ("closed", 33, "amod", "VERB", "close"),
        ("doors", 31, "pobj", "NOUN", "door"),
        (".", 30, "punct", "PUNCT", "."),
    ]
    ents = [(1, 3, "PERSON"), (8, 10, "PERSON"), (16, 18, "PERSON"), (26, 28, "PERSON")]
    rec = parsed_record(blank_extractor, rows, ents=ents)
    names = {p.id: p.name for p in rec.persons}
    assert sorted(tuple(names[p] for p in e.participants) for e in rec.events) == [
        ("Ana Ruiz", "Jorge Salas", "Rosa Diaz"),
        ("Luis Vega", "Ana Ruiz"),
    ]


def test_the_two_leaders_are_the_two_just_named_not_the_most_named(blank_extractor: Extractor) -> None:
    rows: list[Row] = [  # "Minister Ana Ruiz met Minister Jorge Salas. Ruiz thanked Salas. President Luis Vega called
        # President Rosa Diaz. The two leaders will meet."
        ("Minister", 2, "compound", "PROPN", "Minister"),
        ("Ana", 2, "compound", "PROPN", "Ana"),
        ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
        ("met", 3, "ROOT", "VERB", "meet"),
        ("Minister", 6, "compound", "PROPN", "Minister"),
        ("Jorge", 6, "compound", "PROPN", "Jorge"),
        ("Salas", 3, "dobj", "PROPN", "Salas"),
        (".", 3, "punct", "PUNCT", "."),
        ("Ruiz", 9, "nsubj", "PROPN", "Ruiz"),
        ("thanked", 9, "ROOT", "VERB", "thank"),
        ("Salas", 9, "dobj", "PROPN", "Salas"),
        (".", 9, "punct", "PUNCT", "."),
        ("President", 14, "compound", "PROPN", "President"),
        ("Luis", 14, "compound", "PROPN", "Luis"),
        ("Vega", 15, "nsubj", "PROPN", "Vega"),
        ("called", 15, "ROOT", "VERB", "call"),
        ("President", 18, "compound", "PROPN", "President"),
        ("Rosa", 18, "compound", "PROPN", "Rosa"),
        ("Diaz", 15, "dobj", "PROPN", "Diaz"),
        (".", 15, "punct", "PUNCT", "."),
        ("The", 22, "det", "DET", "the"),
        ("two", 22, "nummod", "NUM", "two"),
        ("leaders", 24, "nsubj", "NOUN", "leader"),
        ("will", 24, "aux", "AUX", "will"),
        ("meet", 24, "ROOT", "VERB", "meet"),
        (".", 24, "punct", "PUNCT", "."),
    ]
    ents = [
        (1, 3, "PERSON"),
        (5, 7, "PERSON"),
        (8, 9, "PERSON"),
        (10, 11, "PERSON"),
        (13, 15, "PERSON"),
        (17, 19, "PERSON"),
    ]
    rec = parsed_record(blank_extractor, rows, ents=ents)
    names = {p.id: p.name for p in rec.persons}
    planned = [sorted(names[p] for p in e.participants) for e in rec.events if e.status == "planned"]
    assert planned == [["Luis Vega", "Rosa Diaz"]]


def test_held_talks_when_the_tagger_takes_held_for_an_adjective(blank_extractor: Extractor) -> None:
    rows: list[Row] = [  # "Minister Ana Ruiz, held talks with Minister Jorge Salas."
        ("Minister", 2, "compound", "PROPN", "Minister"),
        ("Ana", 2, "compound", "PROPN", "Ana"),
        ("Ruiz", 4, "nsubj", "PROPN", "Ruiz"),
        (",", 2, "punct", "PUNCT", ","),
        ("held", 4, "ROOT", "ADJ", "held"),
        ("talks", 4, "dobj", "NOUN", "talk"),
        ("with", 4, "prep", "ADP", "with"),
        ("Minister", 9, "compound", "PROPN", "Minister"),
        ("Jorge", 9, "compound", "PROPN", "Jorge"),
        ("Salas", 6, "pobj", "PROPN", "Salas"),
        (".", 4, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(1, 3, "PERSON"), (8, 10, "PERSON")])
    assert event_people(rec) == [("meeting", ["Ana Ruiz", "Jorge Salas"])]


def test_those_accompanying_a_visitor_are_visitors_too(blank_extractor: Extractor) -> None:
    # "Minister Ana Ruiz, accompanied by Minister Jorge Salas, is paying an official visit to Peru."
    rows: list[Row] = [
        ("Minister", 2, "compound", "PROPN", "Minister"),
        ("Ana", 2, "compound", "PROPN", "Ana"),
        ("Ruiz", 11, "nsubj", "PROPN", "Ruiz"),
        (",", 2, "punct", "PUNCT", ","),
        ("accompanied", 2, "acl", "VERB", "accompany"),
        ("by", 4, "agent", "ADP", "by"),
        ("Minister", 8, "compound", "PROPN", "Minister"),
        ("Jorge", 8, "compound", "PROPN", "Jorge"),
        ("Salas", 5, "pobj", "PROPN", "Salas"),
        (",", 2, "punct", "PUNCT", ","),
        ("is", 11, "aux", "AUX", "be"),
        ("paying", 11, "ROOT", "VERB", "pay"),
        ("an", 14, "det", "DET", "an"),
        ("official", 14, "amod", "ADJ", "official"),
        ("visit", 11, "dobj", "NOUN", "visit"),
        ("to", 14, "prep", "ADP", "to"),
        ("Peru", 15, "pobj", "PROPN", "Peru"),
        (".", 11, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(1, 3, "PERSON"), (7, 9, "PERSON"), (16, 17, "GPE")])
    assert event_people(rec) == [("visit", ["Ana Ruiz", "Jorge Salas"])]
    assert set(rec.events[0].roles.values()) == {"visitor"}


AT_THE_HEAD_OF_A_DELEGATION: list[Row] = [  # "... arrived ... at the head of a delegation" (after ARRIVAL)
    ("at", 3, "prep", "ADP", "at"),
    ("the", 10, "det", "DET", "the"),
    ("head", 8, "pobj", "NOUN", "head"),
    ("of", 10, "prep", "ADP", "of"),
    ("a", 13, "det", "DET", "a"),
    ("delegation", 11, "pobj", "NOUN", "delegation"),
]


@pytest.mark.parametrize(
    "rest",
    [
        [  # "... at the head of a delegation that includes Minister Jorge Salas."
            *AT_THE_HEAD_OF_A_DELEGATION,
            ("that", 15, "nsubj", "PRON", "that"),
            ("includes", 13, "relcl", "VERB", "include"),
            ("Minister", 18, "compound", "PROPN", "Minister"),
            ("Jorge", 18, "compound", "PROPN", "Jorge"),
            ("Salas", 15, "dobj", "PROPN", "Salas"),
            (".", 3, "punct", "PUNCT", "."),
        ],
        [  # "... at the head of a delegation including Minister Jorge Salas."
            *AT_THE_HEAD_OF_A_DELEGATION,
            ("including", 13, "prep", "VERB", "include"),
            ("Minister", 17, "compound", "PROPN", "Minister"),
            ("Jorge", 17, "compound", "PROPN", "Jorge"),
            ("Salas", 14, "pobj", "PROPN", "Salas"),
            (".", 3, "punct", "PUNCT", "."),
        ],
        [  # ". The delegation includes Minister Jorge Salas."
            (".", 3, "punct", "PUNCT", "."),
            ("The", 10, "det", "DET", "the"),
            ("delegation", 11, "nsubj", "NOUN", "delegation"),
            ("includes", 11, "ROOT", "VERB", "include"),
            ("Minister", 14, "compound", "PROPN", "Minister"),
            ("Jorge", 14, "compound", "PROPN", "Jorge"),
            ("Salas", 11, "dobj", "PROPN", "Salas"),
            (".", 11, "punct", "PUNCT", "."),
        ],
    ],
)
def test_members_of_a_visitors_delegation_are_visitors_too(blank_extractor: Extractor, rest: list[Row]) -> None:
    rows = ARRIVAL + rest  # "Minister Ana Ruiz arrived in Lima on Sunday ..."
    salas = next(i for i, r in enumerate(rows) if r[0] == "Jorge")
    ents = [(1, 3, "PERSON"), (5, 6, "GPE"), (7, 8, "DATE"), (salas, salas + 2, "PERSON")]
    rec = parsed_record(blank_extractor, rows, ents=ents)
    assert event_people(rec) == [("visit", ["Ana Ruiz", "Jorge Salas"])]


def test_an_agreement_signed_by_a_and_b_in_a_participle_after_it(blank_extractor: Extractor) -> None:
    # "They witnessed two documents: a Memorandum on trade, signed by Minister Ana Ruiz and Minister
    rows: list[Row] = [
        # Jorge Salas."
        ("They", 1, "nsubj", "PRON", "they"),
        ("witnessed", 1, "ROOT", "VERB", "witness"),
        ("two", 3, "nummod", "NUM", "two"),
        ("documents", 1, "dobj", "NOUN", "document"),
        (":", 3, "punct", "PUNCT", ":"),
        ("a", 6, "det", "DET", "a"),
        ("Memorandum", 3, "appos", "PROPN", "Memorandum"),
        ("on", 6, "prep", "ADP", "on"),
        ("trade", 7, "pobj", "NOUN", "trade"),
        (",", 6, "punct", "PUNCT", ","),
        ("signed", 6, "acl", "VERB", "sign"),
        ("by", 10, "agent", "ADP", "by"),
        ("Minister", 14, "compound", "PROPN", "Minister"),
        ("Ana", 14, "compound", "PROPN", "Ana"),
        ("Ruiz", 11, "pobj", "PROPN", "Ruiz"),
        ("and", 14, "cc", "CCONJ", "and"),
        ("Minister", 18, "compound", "PROPN", "Minister"),
        ("Jorge", 18, "compound", "PROPN", "Jorge"),
        ("Salas", 14, "conj", "PROPN", "Salas"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(13, 15, "PERSON"), (17, 19, "PERSON")])
    names = {p.id: p.name for p in rec.persons}
    signings = [e for e in rec.events if e.type == "signing"]
    assert [[names[p] for p in e.participants] for e in signings] == [["Ana Ruiz", "Jorge Salas"]]
    assert [a.kind for a in rec.agreements] == ["Memorandum of Understanding"]


def test_the_document_signed_by_a_and_b_is_the_agreement_just_named(blank_extractor: Extractor) -> None:
    rows: list[Row] = [  # "Chile and Peru signed a memorandum on trade. The document was signed by Minister Ana Ruiz
        # and Minister Jorge Salas."
        ("Chile", 3, "nsubj", "PROPN", "Chile"),
        ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru"),
        ("signed", 3, "ROOT", "VERB", "sign"),
        ("a", 5, "det", "DET", "a"),
        ("memorandum", 3, "dobj", "NOUN", "memorandum"),
        ("on", 5, "prep", "ADP", "on"),
        ("trade", 6, "pobj", "NOUN", "trade"),
        (".", 3, "punct", "PUNCT", "."),
        ("The", 10, "det", "DET", "the"),
        ("document", 12, "nsubjpass", "NOUN", "document"),
        ("was", 12, "auxpass", "AUX", "be"),
        ("signed", 12, "ROOT", "VERB", "sign"),
        ("by", 12, "agent", "ADP", "by"),
        ("Minister", 16, "compound", "PROPN", "Minister"),
        ("Ana", 16, "compound", "PROPN", "Ana"),
        ("Ruiz", 13, "pobj", "PROPN", "Ruiz"),
        ("and", 16, "cc", "CCONJ", "and"),
        ("Minister", 20, "compound", "PROPN", "Minister"),
        ("Jorge", 20, "compound", "PROPN", "Jorge"),
        ("Salas", 16, "conj", "PROPN", "Salas"),
        (".", 12, "punct", "PUNCT", "."),
    ]
    ents = [(0, 1, "GPE"), (2, 3, "GPE"), (15, 17, "PERSON"), (19, 21, "PERSON")]
    rec = parsed_record(blank_extractor, rows, ents=ents)
    names = {p.id: p.name for p in rec.persons}
    named = [e for e in rec.events if e.type == "signing" and e.participants]
    assert [sorted(names[p] for p in e.participants) for e in named] == [["Ana Ruiz", "Jorge Salas"]]
    assert len(rec.agreements) == 1 and named[0].agreement == rec.agreements[0].id


def test_a_meeting_planned_and_then_called_off_in_the_same_sentence_is_not_reported(blank_extractor: Extractor) -> None:
    # "Minister Ana Ruiz was due to meet Minister Jorge Salas on Tuesday, but the meeting was cancelled."
    rows: list[Row] = [
        ("Minister", 2, "compound", "PROPN", "Minister"),
        ("Ana", 2, "compound", "PROPN", "Ana"),
        ("Ruiz", 3, "nsubj", "PROPN", "Ruiz"),
        ("was", 3, "ROOT", "AUX", "be"),
        ("due", 3, "acomp", "ADJ", "due"),
        ("to", 6, "aux", "PART", "to"),
        ("meet", 4, "xcomp", "VERB", "meet"),
        ("Minister", 9, "compound", "PROPN", "Minister"),
        ("Jorge", 9, "compound", "PROPN", "Jorge"),
        ("Salas", 6, "dobj", "PROPN", "Salas"),
        ("on", 6, "prep", "ADP", "on"),
        ("Tuesday", 10, "pobj", "PROPN", "Tuesday"),
        (",", 3, "punct", "PUNCT", ","),
        ("but", 3, "cc", "CCONJ", "but"),
        ("the", 15, "det", "DET", "the"),
        ("meeting", 17, "nsubjpass", "NOUN", "meeting"),
        ("was", 17, "auxpass", "AUX", "be"),
        ("cancelled", 3, "conj", "VERB", "cancel"),
        (".", 17, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(1, 3, "PERSON"), (8, 10, "PERSON"), (11, 12, "DATE")])
    assert [e for e in rec.events if e.type == "meeting"] == []


def test_concluding_her_visit_is_the_visit_under_way_not_one_to_come(blank_extractor: Extractor) -> None:
    rows: list[Row] = [  # "Minister Ana Ruiz will meet Minister Jorge Salas before concluding her visit."
        ("Minister", 2, "compound", "PROPN", "Minister"),
        ("Ana", 2, "compound", "PROPN", "Ana"),
        ("Ruiz", 4, "nsubj", "PROPN", "Ruiz"),
        ("will", 4, "aux", "AUX", "will"),
        ("meet", 4, "ROOT", "VERB", "meet"),
        ("Minister", 7, "compound", "PROPN", "Minister"),
        ("Jorge", 7, "compound", "PROPN", "Jorge"),
        ("Salas", 4, "dobj", "PROPN", "Salas"),
        ("before", 4, "prep", "ADP", "before"),
        ("concluding", 8, "pcomp", "VERB", "conclude"),
        ("her", 11, "poss", "PRON", "her"),
        ("visit", 9, "dobj", "NOUN", "visit"),
        (".", 4, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(1, 3, "PERSON"), (6, 8, "PERSON")])
    assert [(e.type, e.status) for e in rec.events] == [("meeting", "planned")]


def test_the_co_chairs_are_those_who_co_chaired_the_meeting_told_before(blank_extractor: Extractor) -> None:
    rows: list[Row] = [  # "The meeting was co-chaired by Minister Ana Ruiz and Minister Jorge Salas. The co-chairs
        # signed the protocol."
        ("The", 1, "det", "DET", "the"),
        ("meeting", 3, "nsubjpass", "NOUN", "meeting"),
        ("was", 3, "auxpass", "AUX", "be"),
        ("co-chaired", 3, "ROOT", "VERB", "co-chair"),
        ("by", 3, "agent", "ADP", "by"),
        ("Minister", 7, "compound", "PROPN", "Minister"),
        ("Ana", 7, "compound", "PROPN", "Ana"),
        ("Ruiz", 4, "pobj", "PROPN", "Ruiz"),
        ("and", 7, "cc", "CCONJ", "and"),
        ("Minister", 11, "compound", "PROPN", "Minister"),
        ("Jorge", 11, "compound", "PROPN", "Jorge"),
        ("Salas", 7, "conj", "PROPN", "Salas"),
        (".", 3, "punct", "PUNCT", "."),
        ("The", 14, "det", "DET", "the"),
        ("co-chairs", 15, "nsubj", "NOUN", "co-chair"),
        ("signed", 15, "ROOT", "VERB", "sign"),
        ("the", 17, "det", "DET", "the"),
        ("protocol", 15, "dobj", "NOUN", "protocol"),
        (".", 15, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(6, 8, "PERSON"), (10, 12, "PERSON")])
    names = {p.id: p.name for p in rec.persons}
    assert sorted((e.type, tuple(sorted(names[p] for p in e.participants))) for e in rec.events) == [
        ("meeting", ("Ana Ruiz", "Jorge Salas")),
        ("signing", ("Ana Ruiz", "Jorge Salas")),
    ]


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("memorandum of understanding", "Memorandum of Understanding"),
        ("agreed minutes", "Agreement"),
        ("letter of intent", "Letter of Intent"),
    ],
)
def test_agreement_kinds_from_the_lexicon(blank_extractor: Extractor, words: str, kind: str) -> None:
    norm = words.split()
    assert blank_extractor.lexicon.agreement_kinds.match(norm, 0) == (len(norm), kind)


def test_a_meeting_of_a_body_the_parser_took_for_a_clause(blank_extractor: Extractor) -> None:
    rows: list[Row] = [  # "Ghana will host a meeting of ECOWAS security chiefs in Accra."
        ("Ghana", 2, "nsubj", "PROPN", "Ghana"),
        ("will", 2, "aux", "AUX", "will"),
        ("host", 2, "ROOT", "VERB", "host"),
        ("a", 4, "det", "DET", "a"),
        ("meeting", 2, "dobj", "NOUN", "meeting"),
        ("of", 4, "prep", "ADP", "of"),
        ("ECOWAS", 5, "pcomp", "ADJ", "ECOWAS"),  # (the parser's: no pobj)
        ("security", 8, "compound", "NOUN", "security"),
        ("chiefs", 6, "dobj", "NOUN", "chief"),
        ("in", 6, "prep", "ADP", "in"),
        ("Accra", 9, "pobj", "PROPN", "Accra"),
        (".", 2, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(0, 1, "GPE"), (10, 11, "GPE")])
    assert [(e.type, e.status) for e in rec.events] == [("meeting", "planned")]


@pytest.mark.parametrize(
    ("det", "noun", "joined"),
    [("the", "meeting", True), ("the", "session", True), ("a", "ceremony", False)],
)
def test_one_who_also_took_part_in_the_meeting_just_told_is_its_participant(
    blank_extractor: Extractor, det: str, noun: str, joined: bool
) -> None:
    tail: list[Row] = [  # "... Minister Luis Vega also took part in the meeting."
        ("Minister", 12, "compound", "PROPN", "Minister"),
        ("Luis", 12, "compound", "PROPN", "Luis"),
        ("Vega", 14, "nsubj", "PROPN", "Vega"),
        ("also", 14, "advmod", "ADV", "also"),
        ("took", 14, "ROOT", "VERB", "take"),
        ("part", 14, "dobj", "NOUN", "part"),
        ("in", 14, "prep", "ADP", "in"),
        (det, 18, "det", "DET", det),
        (noun, 16, "pobj", "NOUN", noun),
        (".", 14, "punct", "PUNCT", "."),
    ]
    rows = [*MEETING_MONDAY, *tail]
    rec = parsed_record(
        blank_extractor, rows, ents=[(1, 3, "PERSON"), (5, 7, "PERSON"), (8, 9, "DATE"), (11, 13, "PERSON")]
    )
    names = {p.id: p.name for p in rec.persons}
    found = sorted((e.type, tuple(names[p] for p in e.participants)) for e in rec.events)
    if joined:
        assert found == [("meeting", ("Ana Ruiz", "Jorge Salas", "Luis Vega"))]
    else:
        assert found == [("attendance", ("Luis Vega",)), ("meeting", ("Ana Ruiz", "Jorge Salas"))]


def test_members_of_a_delegation_named_in_the_sentence_of_the_arrival_are_visitors(blank_extractor: Extractor) -> None:
    tail: list[
        Row
    ] = [  # "Minister Ana Ruiz arrived in Lima on Sunday and her delegation included Minister Jorge Salas."
        ("and", 3, "cc", "CCONJ", "and"),
        ("her", 10, "poss", "PRON", "her"),
        ("delegation", 11, "nsubj", "NOUN", "delegation"),
        ("included", 3, "conj", "VERB", "include"),
        ("Minister", 14, "compound", "PROPN", "Minister"),
        ("Jorge", 14, "compound", "PROPN", "Jorge"),
        ("Salas", 11, "dobj", "PROPN", "Salas"),
        (".", 11, "punct", "PUNCT", "."),
    ]
    rows = [*ARRIVAL, *tail]
    rec = parsed_record(
        blank_extractor, rows, ents=[(1, 3, "PERSON"), (5, 6, "GPE"), (7, 8, "DATE"), (13, 15, "PERSON")]
    )
    assert event_people(rec) == [("visit", ["Ana Ruiz", "Jorge Salas"])]


def test_words_of_one_described_as_an_analyst_are_no_officials_statement(blank_extractor: Extractor) -> None:
    # "Marlene Vogt, an analyst, said the trip was overdue. Minister Ana Ruiz said the talks went well."
    rows: list[Row] = [
        ("Marlene", 1, "compound", "PROPN", "Marlene"),
        ("Vogt", 6, "nsubj", "PROPN", "Vogt"),
        (",", 1, "punct", "PUNCT", ","),
        ("an", 4, "det", "DET", "an"),
        ("analyst", 1, "appos", "NOUN", "analyst"),
        (",", 1, "punct", "PUNCT", ","),
        ("said", 6, "ROOT", "VERB", "say"),
        ("the", 8, "det", "DET", "the"),
        ("trip", 9, "nsubj", "NOUN", "trip"),
        ("was", 6, "ccomp", "AUX", "be"),
        ("overdue", 9, "acomp", "ADJ", "overdue"),
        (".", 6, "punct", "PUNCT", "."),
        ("Minister", 14, "compound", "PROPN", "Minister"),
        ("Ana", 14, "compound", "PROPN", "Ana"),
        ("Ruiz", 15, "nsubj", "PROPN", "Ruiz"),
        ("said", 15, "ROOT", "VERB", "say"),
        ("the", 17, "det", "DET", "the"),
        ("talks", 18, "nsubj", "NOUN", "talk"),
        ("went", 15, "ccomp", "VERB", "go"),
        ("well", 18, "advmod", "ADV", "well"),
        (".", 15, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(0, 2, "PERSON"), (13, 15, "PERSON")])
    names = {p.id: p.name for p in rec.persons}
    assert [names[s.speaker] for s in rec.statements] == ["Ana Ruiz"]


TWO_SIDES: list[Row] = [
    ("Foreign", 1, "compound", "PROPN", "Foreign"),  # 0
    ("Minister", 3, "compound", "PROPN", "Minister"),  # 1
    ("Demeke", 3, "compound", "PROPN", "Demeke"),  # 2
    ("Alemu", 6, "nsubj", "PROPN", "Alemu"),  # 3
    ("of", 3, "prep", "ADP", "of"),  # 4
    ("Ethiopia", 4, "pobj", "PROPN", "Ethiopia"),  # 5
    ("met", 6, "ROOT", "VERB", "meet"),  # 6
    ("Cabinet", 8, "compound", "PROPN", "Cabinet"),  # 7
    ("Secretary", 10, "compound", "PROPN", "Secretary"),  # 8
    ("Jane", 10, "compound", "PROPN", "Jane"),  # 9
    ("Kamau", 6, "dobj", "PROPN", "Kamau"),  # 10
    ("of", 10, "prep", "ADP", "of"),  # 11
    ("Kenya", 11, "pobj", "PROPN", "Kenya"),  # 12
    (".", 6, "punct", "PUNCT", "."),  # 13
    ("Kamau", 16, "nsubjpass", "PROPN", "Kamau"),  # 14
    ("was", 16, "auxpass", "AUX", "be"),  # 15
    ("accompanied", 16, "ROOT", "VERB", "accompany"),  # 16
    ("by", 16, "agent", "ADP", "by"),  # 17
    ("Principal", 19, "compound", "PROPN", "Principal"),  # 18
    ("Secretary", 21, "compound", "PROPN", "Secretary"),  # 19
    ("Peter", 21, "compound", "PROPN", "Peter"),  # 20
    ("Otieno", 17, "pobj", "PROPN", "Otieno"),  # 21
    (".", 16, "punct", "PUNCT", "."),  # 22
    ("The", 25, "det", "DET", "the"),  # 23
    ("two", 25, "nummod", "NUM", "two"),  # 24
    ("sides", 26, "nsubj", "NOUN", "side"),  # 25
    ("signed", 26, "ROOT", "VERB", "sign"),  # 26
    ("a", 28, "det", "DET", "a"),  # 27
    ("memorandum", 26, "dobj", "NOUN", "memorandum"),  # 28
    (".", 26, "punct", "PUNCT", "."),  # 29
]


def test_the_two_sides_are_people_of_two_countries(blank_extractor: Extractor) -> None:
    # the two people named last serve one country and one of no known country: the sides are the two countries'
    ents = [(2, 4, "PERSON"), (5, 6, "GPE"), (9, 11, "PERSON"), (12, 13, "GPE"), (20, 22, "PERSON")]
    rec = parsed_record(blank_extractor, TWO_SIDES, ents=ents)
    signings = [people for kind, people in event_people(rec) if kind == "signing"]
    assert [sorted(p) for p in signings] == [["Demeke Alemu", "Jane Kamau"]]


RECEIVED_DELEGATION: list[Row] = [  # "Foreign Minister Ali Hassan received a delegation led by Trade Minister Juma
    # Said. The delegation included Ambassador Rose Wanjiku."
    ("Foreign", 1, "compound", "PROPN", "Foreign"),
    ("Minister", 3, "compound", "PROPN", "Minister"),
    ("Ali", 3, "compound", "PROPN", "Ali"),
    ("Hassan", 4, "nsubj", "PROPN", "Hassan"),
    ("received", 4, "ROOT", "VERB", "receive"),
    ("a", 6, "det", "DET", "a"),
    ("delegation", 4, "dobj", "NOUN", "delegation"),
    ("led", 6, "acl", "VERB", "lead"),
    ("by", 7, "agent", "ADP", "by"),
    ("Trade", 10, "compound", "PROPN", "Trade"),
    ("Minister", 12, "compound", "PROPN", "Minister"),
    ("Juma", 12, "compound", "PROPN", "Juma"),
    ("Said", 8, "pobj", "PROPN", "Said"),
    (".", 4, "punct", "PUNCT", "."),
    ("The", 15, "det", "DET", "the"),
    ("delegation", 16, "nsubj", "NOUN", "delegation"),
    ("included", 16, "ROOT", "VERB", "include"),
    ("Ambassador", 19, "compound", "PROPN", "Ambassador"),
    ("Rose", 19, "compound", "PROPN", "Rose"),
    ("Wanjiku", 16, "dobj", "PROPN", "Wanjiku"),
    (".", 16, "punct", "PUNCT", "."),
]


def test_members_of_a_delegation_received_at_a_meeting_take_part_in_it(blank_extractor: Extractor) -> None:
    rec = parsed_record(
        blank_extractor, RECEIVED_DELEGATION, ents=[(2, 4, "PERSON"), (11, 13, "PERSON"), (18, 20, "PERSON")]
    )
    assert event_people(rec) == [("meeting", ["Ali Hassan", "Juma Said", "Rose Wanjiku"])]


ALSO_TOOK_PART: list[Row] = [  # "Foreign Minister Ali Hassan held a working meeting with Trade Minister Juma Said, in
    # which Ambassador Rose Wanjiku also took part."
    ("Foreign", 1, "compound", "PROPN", "Foreign"),
    ("Minister", 3, "compound", "PROPN", "Minister"),
    ("Ali", 3, "compound", "PROPN", "Ali"),
    ("Hassan", 4, "nsubj", "PROPN", "Hassan"),
    ("held", 4, "ROOT", "VERB", "hold"),
    ("a", 7, "det", "DET", "a"),
    ("working", 7, "amod", "NOUN", "working"),
    ("meeting", 4, "dobj", "NOUN", "meeting"),
    ("with", 7, "prep", "ADP", "with"),
    ("Trade", 10, "compound", "PROPN", "Trade"),
    ("Minister", 12, "compound", "PROPN", "Minister"),
    ("Juma", 12, "compound", "PROPN", "Juma"),
    ("Said", 8, "pobj", "PROPN", "Said"),
    (",", 12, "punct", "PUNCT", ","),
    ("in", 20, "prep", "ADP", "in"),
    ("which", 14, "pobj", "PRON", "which"),
    ("Ambassador", 18, "compound", "PROPN", "Ambassador"),
    ("Rose", 18, "compound", "PROPN", "Rose"),
    ("Wanjiku", 20, "nsubj", "PROPN", "Wanjiku"),
    ("also", 20, "advmod", "ADV", "also"),
    ("took", 12, "relcl", "VERB", "take"),
    ("part", 20, "dobj", "NOUN", "part"),
    (".", 4, "punct", "PUNCT", "."),
]


@pytest.mark.parametrize("antecedent", [7, 12])
def test_those_who_also_took_part_in_which_join_the_meeting(blank_extractor: Extractor, antecedent: int) -> None:
    # the clause hangs on the meeting, or (as the parser may have it) on the last person named
    rows = list(ALSO_TOOK_PART)
    rows[20] = ("took", antecedent, "relcl", "VERB", "take")
    rec = parsed_record(blank_extractor, rows, ents=[(2, 4, "PERSON"), (11, 13, "PERSON"), (17, 19, "PERSON")])
    assert event_people(rec) == [("meeting", ["Ali Hassan", "Juma Said", "Rose Wanjiku"])]


HASSAN_MET_SAID: list[Row] = [  # "Minister Ali Hassan met Minister Juma Said." (the first sentence of several tests)
    ("Minister", 2, "compound", "PROPN", "Minister"),
    ("Ali", 2, "compound", "PROPN", "Ali"),
    ("Hassan", 3, "nsubj", "PROPN", "Hassan"),
    ("met", 3, "ROOT", "VERB", "meet"),
    ("Minister", 6, "compound", "PROPN", "Minister"),
    ("Juma", 6, "compound", "PROPN", "Juma"),
    ("Said", 3, "dobj", "PROPN", "Said"),
    (".", 3, "punct", "PUNCT", "."),
]


SIGNED_BEFORE_LEADERS: list[
    Row
] = [  # "Minister Ali Hassan met Minister Juma Said. Trade Minister Rose Wanjiku and Trade
    # Minister Peter Mwita signed a memorandum in the presence of both leaders." (A's name hung on B's title)
    *HASSAN_MET_SAID,
    ("Trade", 9, "compound", "PROPN", "Trade"),
    ("Minister", 14, "compound", "PROPN", "Minister"),
    ("Rose", 11, "nmod", "PROPN", "Rose"),
    ("Wanjiku", 14, "nmod", "PROPN", "Wanjiku"),
    ("and", 11, "cc", "CCONJ", "and"),
    ("Trade", 11, "conj", "PROPN", "Trade"),
    ("Minister", 16, "compound", "PROPN", "Minister"),
    ("Peter", 16, "compound", "PROPN", "Peter"),
    ("Mwita", 17, "nsubj", "PROPN", "Mwita"),
    ("signed", 17, "ROOT", "VERB", "sign"),
    ("a", 19, "det", "DET", "a"),
    ("memorandum", 17, "dobj", "NOUN", "memorandum"),
    ("in", 19, "prep", "ADP", "in"),
    ("the", 22, "det", "DET", "the"),
    ("presence", 20, "pobj", "NOUN", "presence"),
    ("of", 22, "prep", "ADP", "of"),
    ("both", 25, "det", "DET", "both"),
    ("leaders", 23, "pobj", "NOUN", "leader"),
    (".", 17, "punct", "PUNCT", "."),
]

LEADERS_PRESENT_FIRST: list[Row] = [  # "Minister Ali Hassan met Minister Juma Said. In the presence of both leaders,
    # Minister Rose Wanjiku signed a memorandum."
    *HASSAN_MET_SAID,
    ("In", 18, "prep", "ADP", "in"),
    ("the", 10, "det", "DET", "the"),
    ("presence", 8, "pobj", "NOUN", "presence"),
    ("of", 10, "prep", "ADP", "of"),
    ("both", 13, "det", "DET", "both"),
    ("leaders", 11, "pobj", "NOUN", "leader"),
    (",", 18, "punct", "PUNCT", ","),
    ("Minister", 17, "compound", "PROPN", "Minister"),
    ("Rose", 17, "compound", "PROPN", "Rose"),
    ("Wanjiku", 18, "nsubj", "PROPN", "Wanjiku"),
    ("signed", 18, "ROOT", "VERB", "sign"),
    ("a", 20, "det", "DET", "a"),
    ("memorandum", 18, "dobj", "NOUN", "memorandum"),
    (".", 18, "punct", "PUNCT", "."),
]


@pytest.mark.parametrize(
    ("rows", "ents", "signatories"),
    [
        (SIGNED_BEFORE_LEADERS, [(1, 3, "PERSON"), (5, 7, "PERSON"), (10, 12, "PERSON"), (15, 17, "PERSON")], 2),
        (LEADERS_PRESENT_FIRST, [(1, 3, "PERSON"), (5, 7, "PERSON"), (16, 18, "PERSON")], 1),
    ],
)
def test_those_in_whose_presence_a_signing_is_held_are_not_its_signatories(
    blank_extractor: Extractor, rows: list[Row], ents: list[tuple[int, int, str]], signatories: int
) -> None:
    found = dict(
        (kind, sorted(people)) for kind, people in event_people(parsed_record(blank_extractor, rows, ents=ents))
    )
    assert found["attendance"] == ["Ali Hassan", "Juma Said"]
    assert found["signing"] == ["Peter Mwita", "Rose Wanjiku"][2 - signatories :]


SIDES_THEN_SIGNATORIES: list[Row] = [  # "Minister Ali Hassan of Kenya met Minister Juma Said of Tanzania. The two sides
    # signed a memorandum. The document was signed by Rose Wanjiku and Peter Mwita."
    ("Minister", 2, "compound", "PROPN", "Minister"),
    ("Ali", 2, "compound", "PROPN", "Ali"),
    ("Hassan", 5, "nsubj", "PROPN", "Hassan"),
    ("of", 2, "prep", "ADP", "of"),
    ("Kenya", 3, "pobj", "PROPN", "Kenya"),
    ("met", 5, "ROOT", "VERB", "meet"),
    ("Minister", 8, "compound", "PROPN", "Minister"),
    ("Juma", 8, "compound", "PROPN", "Juma"),
    ("Said", 5, "dobj", "PROPN", "Said"),
    ("of", 8, "prep", "ADP", "of"),
    ("Tanzania", 9, "pobj", "PROPN", "Tanzania"),
    (".", 5, "punct", "PUNCT", "."),
    ("The", 14, "det", "DET", "the"),
    ("two", 14, "nummod", "NUM", "two"),
    ("sides", 15, "nsubj", "NOUN", "side"),
    ("signed", 15, "ROOT", "VERB", "sign"),
    ("a", 17, "det", "DET", "a"),
    ("memorandum", 15, "dobj", "NOUN", "memorandum"),
    (".", 15, "punct", "PUNCT", "."),
    ("The", 20, "det", "DET", "the"),
    ("document", 22, "nsubjpass", "NOUN", "document"),
    ("was", 22, "auxpass", "AUX", "be"),
    ("signed", 22, "ROOT", "VERB", "sign"),
    ("by", 22, "agent", "ADP", "by"),
    ("Rose", 25, "compound", "PROPN", "Rose"),
    ("Wanjiku", 23, "pobj", "PROPN", "Wanjiku"),
    ("and", 25, "cc", "CCONJ", "and"),
    ("Peter", 28, "compound", "PROPN", "Peter"),
    ("Mwita", 25, "conj", "PROPN", "Mwita"),
    (".", 22, "punct", "PUNCT", "."),
]


def test_a_signing_by_the_two_sides_told_again_with_its_signatories_is_one_signing(blank_extractor: Extractor) -> None:
    ents = [(1, 3, "PERSON"), (4, 5, "GPE"), (7, 9, "PERSON"), (10, 11, "GPE"), (24, 26, "PERSON"), (27, 29, "PERSON")]
    rec = parsed_record(blank_extractor, SIDES_THEN_SIGNATORIES, ents=ents)
    assert event_people(rec) == [("meeting", ["Ali Hassan", "Juma Said"]), ("signing", ["Rose Wanjiku", "Peter Mwita"])]


RECEIVED_IN_A_PERSON: list[Row] = [  # "Minister Ali Hassan received on Monday in Nairobi Tanzanian Minister Juma Said."
    # (the person parsed as the place received in)
    ("Minister", 2, "compound", "PROPN", "Minister"),
    ("Ali", 2, "compound", "PROPN", "Ali"),
    ("Hassan", 3, "nsubj", "PROPN", "Hassan"),
    ("received", 3, "ROOT", "VERB", "receive"),
    ("on", 3, "prep", "ADP", "on"),
    ("Monday", 4, "pobj", "PROPN", "Monday"),
    ("in", 3, "prep", "ADP", "in"),
    ("Nairobi", 11, "compound", "PROPN", "Nairobi"),
    ("Tanzanian", 9, "compound", "PROPN", "Tanzanian"),
    ("Minister", 11, "compound", "PROPN", "Minister"),
    ("Juma", 11, "compound", "PROPN", "Juma"),
    ("Said", 6, "pobj", "PROPN", "Said"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_person_parsed_as_the_place_of_a_reception_is_the_one_received(blank_extractor: Extractor) -> None:
    ents = [(1, 3, "PERSON"), (5, 6, "DATE"), (7, 8, "GPE"), (8, 9, "NORP"), (10, 12, "PERSON")]
    rec = parsed_record(blank_extractor, RECEIVED_IN_A_PERSON, ents=ents)
    assert event_people(rec) == [("meeting", ["Ali Hassan", "Juma Said"])]


TALKS_THEN_BRIEFING: list[Row] = [  # "Minister Ali Hassan held talks with Minister Juma Said and later held a press
    # conference. Ambassador Rose Wanjiku also took part in the talks."
    ("Minister", 2, "compound", "PROPN", "Minister"),
    ("Ali", 2, "compound", "PROPN", "Ali"),
    ("Hassan", 3, "nsubj", "PROPN", "Hassan"),
    ("held", 3, "ROOT", "VERB", "hold"),
    ("talks", 3, "dobj", "NOUN", "talk"),
    ("with", 4, "prep", "ADP", "with"),
    ("Minister", 8, "compound", "PROPN", "Minister"),
    ("Juma", 8, "compound", "PROPN", "Juma"),
    ("Said", 5, "pobj", "PROPN", "Said"),
    ("and", 3, "cc", "CCONJ", "and"),
    ("later", 11, "advmod", "ADV", "later"),
    ("held", 3, "conj", "VERB", "hold"),
    ("a", 14, "det", "DET", "a"),
    ("press", 14, "compound", "NOUN", "press"),
    ("conference", 11, "dobj", "NOUN", "conference"),
    (".", 3, "punct", "PUNCT", "."),
    ("Ambassador", 18, "compound", "PROPN", "Ambassador"),
    ("Rose", 18, "compound", "PROPN", "Rose"),
    ("Wanjiku", 20, "nsubj", "PROPN", "Wanjiku"),
    ("also", 20, "advmod", "ADV", "also"),
    ("took", 20, "ROOT", "VERB", "take"),
    ("part", 20, "dobj", "NOUN", "part"),
    ("in", 20, "prep", "ADP", "in"),
    ("the", 24, "det", "DET", "the"),
    ("talks", 22, "pobj", "NOUN", "talk"),
    (".", 20, "punct", "PUNCT", "."),
]


def test_who_also_took_part_in_the_talks_joins_the_talks_not_the_last_event_told(blank_extractor: Extractor) -> None:
    rec = parsed_record(
        blank_extractor, TALKS_THEN_BRIEFING, ents=[(1, 3, "PERSON"), (7, 9, "PERSON"), (17, 19, "PERSON")]
    )
    assert event_people(rec) == [
        ("meeting", ["Ali Hassan", "Juma Said", "Rose Wanjiku"]),
        ("press_conference", ["Ali Hassan"]),
    ]


ARRIVED_THEN_ACCOMPANIED: list[Row] = [  # "Minister Ali Hassan arrived in Dodoma for a visit. He is accompanied by
    # Minister Rose Wanjiku."
    ("Minister", 2, "compound", "PROPN", "Minister"),
    ("Ali", 2, "compound", "PROPN", "Ali"),
    ("Hassan", 3, "nsubj", "PROPN", "Hassan"),
    ("arrived", 3, "ROOT", "VERB", "arrive"),
    ("in", 3, "prep", "ADP", "in"),
    ("Dodoma", 4, "pobj", "PROPN", "Dodoma"),
    ("for", 3, "prep", "ADP", "for"),
    ("a", 8, "det", "DET", "a"),
    ("visit", 6, "pobj", "NOUN", "visit"),
    (".", 3, "punct", "PUNCT", "."),
    ("He", 12, "nsubjpass", "PRON", "he"),
    ("is", 12, "auxpass", "AUX", "be"),
    ("accompanied", 12, "ROOT", "VERB", "accompany"),
    ("by", 12, "agent", "ADP", "by"),
    ("Minister", 16, "compound", "PROPN", "Minister"),
    ("Rose", 16, "compound", "PROPN", "Rose"),
    ("Wanjiku", 13, "pobj", "PROPN", "Wanjiku"),
    (".", 12, "punct", "PUNCT", "."),
]

ARRIVED_THEN_ACCOMPANYING: list[Row] = [  # "Minister Ali Hassan arrived in Dodoma for a visit. Minister Rose Wanjiku,
    # who is accompanying Hassan, spoke."
    *ARRIVED_THEN_ACCOMPANIED[:10],
    ("Minister", 12, "compound", "PROPN", "Minister"),
    ("Rose", 12, "compound", "PROPN", "Rose"),
    ("Wanjiku", 19, "nsubj", "PROPN", "Wanjiku"),
    (",", 12, "punct", "PUNCT", ","),
    ("who", 16, "nsubj", "PRON", "who"),
    ("is", 16, "aux", "AUX", "be"),
    ("accompanying", 12, "relcl", "VERB", "accompany"),
    ("Hassan", 16, "dobj", "PROPN", "Hassan"),
    (",", 12, "punct", "PUNCT", ","),
    ("spoke", 19, "ROOT", "VERB", "speak"),
    (".", 19, "punct", "PUNCT", "."),
]


@pytest.mark.parametrize(
    ("rows", "ents", "visitors"),
    [
        (
            ARRIVED_THEN_ACCOMPANIED,
            [(1, 3, "PERSON"), (5, 6, "GPE"), (15, 17, "PERSON")],
            ["Ali Hassan", "Rose Wanjiku"],
        ),
        (
            ARRIVED_THEN_ACCOMPANYING,
            [(1, 3, "PERSON"), (5, 6, "GPE"), (11, 13, "PERSON"), (17, 18, "PERSON")],
            ["Ali Hassan", "Rose Wanjiku"],
        ),
        # "He was accompanied by ...", told alone in the past: hosts accompany guests round too
        (
            [*ARRIVED_THEN_ACCOMPANIED[:11], ("was", 12, "auxpass", "AUX", "be"), *ARRIVED_THEN_ACCOMPANIED[12:]],
            [(1, 3, "PERSON"), (5, 6, "GPE"), (15, 17, "PERSON")],
            ["Ali Hassan"],
        ),
    ],
)
def test_those_said_to_accompany_a_visitor_are_visitors(
    blank_extractor: Extractor, rows: list[Row], ents: list[tuple[int, int, str]], visitors: list[str]
) -> None:
    rec = parsed_record(blank_extractor, rows, ents=ents)
    assert [people for kind, people in event_people(rec) if kind == "visit"] == [visitors]


DENIED_REPORTS: list[Row] = [  # "The spokesman denied reports that Minister Ali Hassan would hold talks with Minister
    # Juma Said."
    ("The", 1, "det", "DET", "the"),
    ("spokesman", 2, "nsubj", "NOUN", "spokesman"),
    ("denied", 2, "ROOT", "VERB", "deny"),
    ("reports", 2, "dobj", "NOUN", "report"),
    ("that", 9, "mark", "SCONJ", "that"),
    ("Minister", 7, "compound", "PROPN", "Minister"),
    ("Ali", 7, "compound", "PROPN", "Ali"),
    ("Hassan", 9, "nsubj", "PROPN", "Hassan"),
    ("would", 9, "aux", "AUX", "would"),
    ("hold", 3, "acl", "VERB", "hold"),
    ("talks", 9, "dobj", "NOUN", "talk"),
    ("with", 10, "prep", "ADP", "with"),
    ("Minister", 14, "compound", "PROPN", "Minister"),
    ("Juma", 14, "compound", "PROPN", "Juma"),
    ("Said", 11, "pobj", "PROPN", "Said"),
    (".", 2, "punct", "PUNCT", "."),
]


@pytest.mark.parametrize("denied", [True, False])
def test_talks_denied_in_reports_are_not_reported(blank_extractor: Extractor, denied: bool) -> None:
    rows = list(DENIED_REPORTS)
    if not denied:
        rows[2] = ("confirmed", 2, "ROOT", "VERB", "confirm")
    rec = parsed_record(blank_extractor, rows, ents=[(6, 8, "PERSON"), (13, 15, "PERSON")])
    assert event_people(rec) == ([] if denied else [("meeting", ["Ali Hassan", "Juma Said"])])


ROUND_OF_TALKS: list[Row] = [  # "Minister Ali Hassan held a round of talks with Minister Juma Said."
    ("Minister", 2, "compound", "PROPN", "Minister"),
    ("Ali", 2, "compound", "PROPN", "Ali"),
    ("Hassan", 3, "nsubj", "PROPN", "Hassan"),
    ("held", 3, "ROOT", "VERB", "hold"),
    ("a", 5, "det", "DET", "a"),
    ("round", 3, "dobj", "NOUN", "round"),
    ("of", 5, "prep", "ADP", "of"),
    ("talks", 6, "pobj", "NOUN", "talk"),
    ("with", 7, "prep", "ADP", "with"),
    ("Minister", 11, "compound", "PROPN", "Minister"),
    ("Juma", 11, "compound", "PROPN", "Juma"),
    ("Said", 8, "pobj", "PROPN", "Said"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_round_of_talks_held_with_someone_is_a_meeting(blank_extractor: Extractor) -> None:
    rec = parsed_record(blank_extractor, ROUND_OF_TALKS, ents=[(1, 3, "PERSON"), (10, 12, "PERSON")])
    assert event_people(rec) == [("meeting", ["Ali Hassan", "Juma Said"])]


AGREED_TO_HOLD_A_SESSION: list[Row] = [  # "Minister Ali Hassan met Minister Juma Said. The two sides agreed to hold the
    # next session of the Joint Commission in Arusha."
    *HASSAN_MET_SAID,
    ("The", 10, "det", "DET", "the"),
    ("two", 10, "nummod", "NUM", "two"),
    ("sides", 11, "nsubj", "NOUN", "side"),
    ("agreed", 11, "ROOT", "VERB", "agree"),
    ("to", 13, "aux", "PART", "to"),
    ("hold", 11, "xcomp", "VERB", "hold"),
    ("the", 16, "det", "DET", "the"),
    ("next", 16, "amod", "ADJ", "next"),
    ("session", 13, "dobj", "NOUN", "session"),
    ("of", 16, "prep", "ADP", "of"),
    ("the", 20, "det", "DET", "the"),
    ("Joint", 20, "compound", "PROPN", "Joint"),
    ("Commission", 17, "pobj", "PROPN", "Commission"),
    ("in", 20, "prep", "ADP", "in"),
    ("Arusha", 21, "pobj", "PROPN", "Arusha"),
    (".", 11, "punct", "PUNCT", "."),
]


def test_a_session_of_a_body_the_sides_agreed_to_hold_is_the_bodys_in_the_place_named(
    blank_extractor: Extractor,
) -> None:
    ents = [(1, 3, "PERSON"), (5, 7, "PERSON"), (18, 21, "ORG"), (22, 23, "GPE")]
    rec = parsed_record(blank_extractor, AGREED_TO_HOLD_A_SESSION, ents=ents)
    planned = [e for e in rec.events if e.status == "planned"]
    assert [(e.type, e.participants) for e in planned] == [("meeting", ())]
    assert planned[0].participant_description is not None and "Joint Commission" in planned[0].participant_description
    assert planned[0].place is not None and "arusha" in planned[0].place


TOOK_PART_IN_THE_DELIBERATIONS: list[
    Row
] = [  # "Minister Ali Hassan met Minister Juma Said. Trade grew. Ambassador Rose
    # Wanjiku also took part in the deliberations."
    *HASSAN_MET_SAID,
    ("Trade", 9, "nsubj", "NOUN", "trade"),
    ("grew", 9, "ROOT", "VERB", "grow"),
    (".", 9, "punct", "PUNCT", "."),
    ("Ambassador", 13, "compound", "PROPN", "Ambassador"),
    ("Rose", 13, "compound", "PROPN", "Rose"),
    ("Wanjiku", 15, "nsubj", "PROPN", "Wanjiku"),
    ("also", 15, "advmod", "ADV", "also"),
    ("took", 15, "ROOT", "VERB", "take"),
    ("part", 15, "dobj", "NOUN", "part"),
    ("in", 15, "prep", "ADP", "in"),
    ("the", 19, "det", "DET", "the"),
    ("deliberations", 17, "pobj", "NOUN", "deliberation"),
    (".", 15, "punct", "PUNCT", "."),
]


def test_who_also_took_part_in_the_deliberations_joins_the_meeting_told_further_back(
    blank_extractor: Extractor,
) -> None:
    rec = parsed_record(
        blank_extractor, TOOK_PART_IN_THE_DELIBERATIONS, ents=[(1, 3, "PERSON"), (5, 7, "PERSON"), (12, 14, "PERSON")]
    )
    assert event_people(rec) == [("meeting", ["Ali Hassan", "Juma Said", "Rose Wanjiku"])]


ACCOMPANIED_TO_TALKS: list[Row] = [  # "Minister Ali Hassan, accompanied by Ambassador Rose Wanjiku, held talks with
    # Minister Juma Said."
    ("Minister", 2, "compound", "PROPN", "Minister"),
    ("Ali", 2, "compound", "PROPN", "Ali"),
    ("Hassan", 10, "nsubj", "PROPN", "Hassan"),
    (",", 2, "punct", "PUNCT", ","),
    ("accompanied", 2, "acl", "VERB", "accompany"),
    ("by", 4, "agent", "ADP", "by"),
    ("Ambassador", 8, "compound", "PROPN", "Ambassador"),
    ("Rose", 8, "compound", "PROPN", "Rose"),
    ("Wanjiku", 5, "pobj", "PROPN", "Wanjiku"),
    (",", 2, "punct", "PUNCT", ","),
    ("held", 10, "ROOT", "VERB", "hold"),
    ("talks", 10, "dobj", "NOUN", "talk"),
    ("with", 11, "prep", "ADP", "with"),
    ("Minister", 15, "compound", "PROPN", "Minister"),
    ("Juma", 15, "compound", "PROPN", "Juma"),
    ("Said", 12, "pobj", "PROPN", "Said"),
    (".", 10, "punct", "PUNCT", "."),
]


def test_one_who_comes_with_a_party_to_talks_takes_part_in_them(blank_extractor: Extractor) -> None:
    rec = parsed_record(
        blank_extractor, ACCOMPANIED_TO_TALKS, ents=[(1, 3, "PERSON"), (7, 9, "PERSON"), (14, 16, "PERSON")]
    )
    assert [(kind, sorted(people)) for kind, people in event_people(rec)] == [
        ("meeting", ["Ali Hassan", "Juma Said", "Rose Wanjiku"])
    ]


SPOKE_BY_PHONE_WITH_TWO: list[Row] = [  # "Envoy Hana Kovacevic spoke by phone Saturday with Minister Ahmed Moneim and
    # Minister Ayse Demirtas." (the phone hung on the day)
    ("Envoy", 2, "compound", "PROPN", "Envoy"),
    ("Hana", 2, "compound", "PROPN", "Hana"),
    ("Kovacevic", 3, "nsubj", "PROPN", "Kovacevic"),
    ("spoke", 3, "ROOT", "VERB", "speak"),
    ("by", 3, "prep", "ADP", "by"),
    ("phone", 6, "compound", "NOUN", "phone"),
    ("Saturday", 4, "pobj", "PROPN", "Saturday"),
    ("with", 3, "prep", "ADP", "with"),
    ("Minister", 10, "compound", "PROPN", "Minister"),
    ("Ahmed", 10, "compound", "PROPN", "Ahmed"),
    ("Moneim", 7, "pobj", "PROPN", "Moneim"),
    ("and", 10, "cc", "CCONJ", "and"),
    ("Minister", 14, "compound", "PROPN", "Minister"),
    ("Ayse", 14, "compound", "PROPN", "Ayse"),
    ("Demirtas", 10, "conj", "PROPN", "Demirtas"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_one_who_spoke_by_phone_with_two_people_made_a_call_to_each(blank_extractor: Extractor) -> None:
    ents = [(1, 3, "PERSON"), (6, 7, "DATE"), (9, 11, "PERSON"), (13, 15, "PERSON")]
    rec = parsed_record(blank_extractor, SPOKE_BY_PHONE_WITH_TWO, ents=ents)
    assert event_people(rec) == [
        ("phone_call", ["Hana Kovacevic", "Ahmed Moneim"]),
        ("phone_call", ["Hana Kovacevic", "Ayse Demirtas"]),
    ]


NO_WORDS_REPORTED: dict[str, tuple[list[Row], list[tuple[int, int, str]]]] = {
    "called on X to discuss": (
        [
            ("Minister", 2, "compound", "PROPN", "Minister"),
            ("Ali", 2, "compound", "PROPN", "Ali"),
            ("Hassan", 3, "nsubj", "PROPN", "Hassan"),
            ("called", 3, "ROOT", "VERB", "call"),
            ("on", 3, "prep", "ADP", "on"),
            ("Minister", 7, "compound", "PROPN", "Minister"),
            ("Juma", 7, "compound", "PROPN", "Juma"),
            ("Said", 4, "pobj", "PROPN", "Said"),
            ("to", 9, "aux", "PART", "to"),
            ("discuss", 3, "xcomp", "VERB", "discuss"),
            ("trade", 9, "dobj", "NOUN", "trade"),
            (".", 3, "punct", "PUNCT", "."),
        ],
        [(1, 3, "PERSON"), (6, 8, "PERSON")],
    ),
    "expressed these views while": (
        [
            ("Minister", 2, "compound", "PROPN", "Minister"),
            ("Ali", 2, "compound", "PROPN", "Ali"),
            ("Hassan", 3, "nsubj", "PROPN", "Hassan"),
            ("expressed", 3, "ROOT", "VERB", "express"),
            ("these", 5, "det", "DET", "these"),
            ("views", 3, "dobj", "NOUN", "view"),
            ("while", 7, "mark", "SCONJ", "while"),
            ("receiving", 3, "advcl", "VERB", "receive"),
            ("Minister", 10, "compound", "PROPN", "Minister"),
            ("Juma", 10, "compound", "PROPN", "Juma"),
            ("Said", 7, "dobj", "PROPN", "Said"),
            (".", 3, "punct", "PUNCT", "."),
        ],
        [(1, 3, "PERSON"), (9, 11, "PERSON")],
    ),
    "welcomed her with honours": (
        [
            ("Minister", 2, "compound", "PROPN", "Minister"),
            ("Ali", 2, "compound", "PROPN", "Ali"),
            ("Hassan", 3, "nsubj", "PROPN", "Hassan"),
            ("welcomed", 3, "ROOT", "VERB", "welcome"),
            ("her", 3, "dobj", "PRON", "she"),
            ("with", 3, "prep", "ADP", "with"),
            ("military", 7, "amod", "ADJ", "military"),
            ("honours", 5, "pobj", "NOUN", "honour"),
            (".", 3, "punct", "PUNCT", "."),
        ],
        [(1, 3, "PERSON")],
    ),
}


NO_WORDS_REPORTED["with the two sides pledging"] = (
    [  # "Minister Ali Hassan met Minister Juma Said, with the two sides pledging to deepen ties."
        ("Minister", 2, "compound", "PROPN", "Minister"),
        ("Ali", 2, "compound", "PROPN", "Ali"),
        ("Hassan", 3, "nsubj", "PROPN", "Hassan"),
        ("met", 3, "ROOT", "VERB", "meet"),
        ("Minister", 6, "compound", "PROPN", "Minister"),
        ("Juma", 6, "compound", "PROPN", "Juma"),
        ("Said", 3, "dobj", "PROPN", "Said"),
        (",", 3, "punct", "PUNCT", ","),
        ("with", 3, "prep", "ADP", "with"),
        ("the", 11, "det", "DET", "the"),
        ("two", 11, "nummod", "NUM", "two"),
        ("sides", 12, "nsubj", "NOUN", "side"),
        ("pledging", 8, "pcomp", "VERB", "pledge"),
        ("to", 14, "aux", "PART", "to"),
        ("deepen", 12, "xcomp", "VERB", "deepen"),
        ("ties", 14, "dobj", "NOUN", "tie"),
        (".", 3, "punct", "PUNCT", "."),
    ],
    [(1, 3, "PERSON"), (5, 7, "PERSON")],
)


@pytest.mark.parametrize("case", sorted(NO_WORDS_REPORTED))
def test_a_visit_a_welcome_or_words_told_elsewhere_are_no_statement(blank_extractor: Extractor, case: str) -> None:
    rows, ents = NO_WORDS_REPORTED[case]
    assert parsed_record(blank_extractor, rows, ents=ents).statements == ()


def test_a_companion_the_parser_hangs_on_the_traveller_is_still_a_companion(blank_extractor: Extractor) -> None:
    rows: list[Row] = [  # "Minister Ali Hassan arrived in Dodoma for a visit. He is accompanied by Minister Rose
        # Wanjiku." with the name hung on "He" and the title alone under "by"
        *ARRIVED_THEN_ACCOMPANIED[:14],
        ("Minister", 13, "pobj", "PROPN", "Minister"),
        ("Rose", 16, "compound", "PROPN", "Rose"),
        ("Wanjiku", 10, "appos", "PROPN", "Wanjiku"),
        (".", 12, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(blank_extractor, rows, ents=[(1, 3, "PERSON"), (5, 6, "GPE"), (15, 17, "PERSON")])
    assert [people for kind, people in event_people(rec) if kind == "visit"] == [["Ali Hassan", "Rose Wanjiku"]]


RECEIVED_AFTER_TIME_AND_PLACE: list[Row] = [  # "The Minister, Ali Hassan, received on Monday, at the ministry, Minister
    # Juma Said." with the verb parsed as a clause on the first minister and the second hung on him too
    ("The", 1, "det", "DET", "the"),
    ("Minister", 1, "ROOT", "PROPN", "Minister"),
    (",", 1, "punct", "PUNCT", ","),
    ("Ali", 4, "compound", "PROPN", "Ali"),
    ("Hassan", 1, "appos", "PROPN", "Hassan"),
    (",", 1, "punct", "PUNCT", ","),
    ("received", 1, "acl", "VERB", "receive"),
    ("on", 6, "prep", "ADP", "on"),
    ("Monday", 7, "pobj", "PROPN", "Monday"),
    (",", 6, "punct", "PUNCT", ","),
    ("at", 6, "prep", "ADP", "at"),
    ("the", 12, "det", "DET", "the"),
    ("ministry", 10, "pobj", "NOUN", "ministry"),
    (",", 1, "punct", "PUNCT", ","),
    ("Minister", 16, "compound", "PROPN", "Minister"),
    ("Juma", 16, "compound", "PROPN", "Juma"),
    ("Said", 1, "appos", "PROPN", "Said"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_the_one_named_after_a_receptions_time_and_place_is_the_one_received(blank_extractor: Extractor) -> None:
    ents = [(3, 5, "PERSON"), (8, 9, "DATE"), (15, 17, "PERSON")]
    rec = parsed_record(blank_extractor, RECEIVED_AFTER_TIME_AND_PLACE, ents=ents)
    assert event_people(rec) == [("meeting", ["Ali Hassan", "Juma Said"])]


DELEGATION_OF_MINISTERS: list[Row] = [  # "Prime Minister Milica Djordjevic arrived in Szeged at the head of a
    # delegation of ministers, including Minister Zoran Milankovic."
    ("Prime", 1, "compound", "PROPN", "Prime"),
    ("Minister", 3, "compound", "PROPN", "Minister"),
    ("Milica", 3, "compound", "PROPN", "Milica"),
    ("Djordjevic", 4, "nsubj", "PROPN", "Djordjevic"),
    ("arrived", 4, "ROOT", "VERB", "arrive"),
    ("in", 4, "prep", "ADP", "in"),
    ("Szeged", 5, "pobj", "PROPN", "Szeged"),
    ("at", 4, "prep", "ADP", "at"),
    ("the", 9, "det", "DET", "the"),
    ("head", 7, "pobj", "NOUN", "head"),
    ("of", 9, "prep", "ADP", "of"),
    ("a", 12, "det", "DET", "a"),
    ("delegation", 10, "pobj", "NOUN", "delegation"),
    ("of", 12, "prep", "ADP", "of"),
    ("ministers", 13, "pobj", "NOUN", "minister"),
    (",", 14, "punct", "PUNCT", ","),
    ("including", 14, "prep", "VERB", "include"),
    ("Minister", 19, "compound", "PROPN", "Minister"),
    ("Zoran", 19, "compound", "PROPN", "Zoran"),
    ("Milankovic", 16, "pobj", "PROPN", "Milankovic"),
    (".", 4, "punct", "PUNCT", "."),
]


def test_members_of_a_delegation_of_ministers_the_visitor_heads_are_visitors(blank_extractor: Extractor) -> None:
    rec = parsed_record(
        blank_extractor, DELEGATION_OF_MINISTERS, ents=[(2, 4, "PERSON"), (6, 7, "GPE"), (18, 20, "PERSON")]
    )
    assert event_people(rec) == [("visit", ["Milica Djordjevic", "Zoran Milankovic"])]


MEETING_BROUGHT_TOGETHER: list[Row] = [  # "Minister Ali Hassan chaired the meeting. The meeting brought together
    # Minister Juma Said and Minister Rose Wanjiku."
    ("Minister", 2, "compound", "PROPN", "Minister"),
    ("Ali", 2, "compound", "PROPN", "Ali"),
    ("Hassan", 3, "nsubj", "PROPN", "Hassan"),
    ("chaired", 3, "ROOT", "VERB", "chair"),
    ("the", 5, "det", "DET", "the"),
    ("meeting", 3, "dobj", "NOUN", "meeting"),
    (".", 3, "punct", "PUNCT", "."),
    ("The", 8, "det", "DET", "the"),
    ("meeting", 9, "nsubj", "NOUN", "meeting"),
    ("brought", 9, "ROOT", "VERB", "bring"),
    ("together", 9, "advmod", "ADV", "together"),
    ("Minister", 13, "compound", "PROPN", "Minister"),
    ("Juma", 13, "compound", "PROPN", "Juma"),
    ("Said", 9, "dobj", "PROPN", "Said"),
    ("and", 13, "cc", "CCONJ", "and"),
    ("Minister", 17, "compound", "PROPN", "Minister"),
    ("Rose", 17, "compound", "PROPN", "Rose"),
    ("Wanjiku", 13, "conj", "PROPN", "Wanjiku"),
    (".", 9, "punct", "PUNCT", "."),
]


def test_those_the_meeting_told_before_brought_together_take_part_in_it(blank_extractor: Extractor) -> None:
    rec = parsed_record(
        blank_extractor, MEETING_BROUGHT_TOGETHER, ents=[(1, 3, "PERSON"), (12, 14, "PERSON"), (16, 18, "PERSON")]
    )
    assert event_people(rec) == [("meeting", ["Ali Hassan", "Juma Said", "Rose Wanjiku"])]


DELEGATION_WELCOMED: list[Row] = [  # "Romanian Minister Ioana Constantinescu arrived in Ruse for a visit, accompanied
    # by Minister Mihai Dobrescu. The Romanian delegation was welcomed by Mayor Plamen Stoyanov."
    ("Romanian", 1, "compound", "PROPN", "Romanian"),
    ("Minister", 3, "compound", "PROPN", "Minister"),
    ("Ioana", 3, "compound", "PROPN", "Ioana"),
    ("Constantinescu", 4, "nsubj", "PROPN", "Constantinescu"),
    ("arrived", 4, "ROOT", "VERB", "arrive"),
    ("in", 4, "prep", "ADP", "in"),
    ("Ruse", 5, "pobj", "PROPN", "Ruse"),
    ("for", 4, "prep", "ADP", "for"),
    ("a", 9, "det", "DET", "a"),
    ("visit", 7, "pobj", "NOUN", "visit"),
    (",", 4, "punct", "PUNCT", ","),
    ("accompanied", 4, "advcl", "VERB", "accompany"),
    ("by", 11, "agent", "ADP", "by"),
    ("Minister", 15, "compound", "PROPN", "Minister"),
    ("Mihai", 15, "compound", "PROPN", "Mihai"),
    ("Dobrescu", 12, "pobj", "PROPN", "Dobrescu"),
    (".", 4, "punct", "PUNCT", "."),
    ("The", 19, "det", "DET", "the"),
    ("Romanian", 19, "amod", "ADJ", "romanian"),
    ("delegation", 21, "nsubjpass", "NOUN", "delegation"),
    ("was", 21, "auxpass", "AUX", "be"),
    ("welcomed", 21, "ROOT", "VERB", "welcome"),
    ("by", 21, "agent", "ADP", "by"),
    ("Mayor", 25, "compound", "PROPN", "Mayor"),
    ("Plamen", 25, "compound", "PROPN", "Plamen"),
    ("Stoyanov", 22, "pobj", "PROPN", "Stoyanov"),
    (".", 21, "punct", "PUNCT", "."),
]


def test_a_delegation_welcomed_is_all_its_visitors(blank_extractor: Extractor) -> None:
    ents = [(0, 1, "NORP"), (2, 4, "PERSON"), (6, 7, "GPE"), (14, 16, "PERSON"), (18, 19, "NORP"), (24, 26, "PERSON")]
    rec = parsed_record(blank_extractor, DELEGATION_WELCOMED, ents=ents)
    meetings = [sorted(people) for kind, people in event_people(rec) if kind == "meeting"]
    assert meetings == [["Ioana Constantinescu", "Mihai Dobrescu", "Plamen Stoyanov"]]


SIGNED_AFTER_TWO_APPOSITIONS: list[Row] = [  # "Spain's Minister of Industry, María Ortega, and Mexico's Secretary of
    # Economy, Raquel Garza, signed on Tuesday a memorandum." with the verb hung on the last name
    ("Spain", 2, "poss", "PROPN", "Spain"),
    ("'s", 0, "case", "PART", "'s"),
    ("Minister", 2, "ROOT", "PROPN", "Minister"),
    ("of", 2, "prep", "ADP", "of"),
    ("Industry", 3, "pobj", "PROPN", "Industry"),
    (",", 2, "punct", "PUNCT", ","),
    ("María", 7, "compound", "PROPN", "María"),
    ("Ortega", 2, "appos", "PROPN", "Ortega"),
    (",", 7, "punct", "PUNCT", ","),
    ("and", 7, "cc", "CCONJ", "and"),
    ("Mexico", 12, "poss", "PROPN", "Mexico"),
    ("'s", 10, "case", "PART", "'s"),
    ("Secretary", 7, "conj", "PROPN", "Secretary"),
    ("of", 12, "prep", "ADP", "of"),
    ("Economy", 13, "pobj", "PROPN", "Economy"),
    (",", 12, "punct", "PUNCT", ","),
    ("Raquel", 17, "compound", "PROPN", "Raquel"),
    ("Garza", 12, "appos", "PROPN", "Garza"),
    (",", 17, "punct", "PUNCT", ","),
    ("signed", 17, "acl", "VERB", "sign"),
    ("on", 19, "prep", "ADP", "on"),
    ("Tuesday", 20, "pobj", "PROPN", "Tuesday"),
    ("a", 23, "det", "DET", "a"),
    ("memorandum", 19, "dobj", "NOUN", "memorandum"),
    (".", 2, "punct", "PUNCT", "."),
]


def test_a_verb_hung_on_the_last_of_two_named_officials_is_done_by_both(blank_extractor: Extractor) -> None:
    ents = [(0, 1, "GPE"), (6, 8, "PERSON"), (10, 11, "GPE"), (16, 18, "PERSON"), (21, 22, "DATE")]
    rec = parsed_record(blank_extractor, SIGNED_AFTER_TWO_APPOSITIONS, ents=ents)
    assert [(kind, sorted(people)) for kind, people in event_people(rec)] == [
        ("signing", ["María Ortega", "Raquel Garza"])
    ]


JOINED_AT_THE_MEETING: list[
    Row
] = [  # "Minister Ali Hassan joined his counterparts at the meeting, which was chaired by
    # Minister Juma Said and also brought together Ambassador Rose Wanjiku."
    ("Minister", 2, "compound", "PROPN", "Minister"),
    ("Ali", 2, "compound", "PROPN", "Ali"),
    ("Hassan", 3, "nsubj", "PROPN", "Hassan"),
    ("joined", 3, "ROOT", "VERB", "join"),
    ("his", 5, "poss", "PRON", "his"),
    ("counterparts", 3, "dobj", "NOUN", "counterpart"),
    ("at", 3, "prep", "ADP", "at"),
    ("the", 8, "det", "DET", "the"),
    ("meeting", 6, "pobj", "NOUN", "meeting"),
    (",", 8, "punct", "PUNCT", ","),
    ("which", 12, "nsubjpass", "PRON", "which"),
    ("was", 12, "auxpass", "AUX", "be"),
    ("chaired", 8, "relcl", "VERB", "chair"),
    ("by", 12, "agent", "ADP", "by"),
    ("Minister", 16, "compound", "PROPN", "Minister"),
    ("Juma", 16, "compound", "PROPN", "Juma"),
    ("Said", 13, "pobj", "PROPN", "Said"),
    ("and", 12, "cc", "CCONJ", "and"),
    ("also", 19, "advmod", "ADV", "also"),
    ("brought", 12, "conj", "VERB", "bring"),
    ("together", 19, "advmod", "ADV", "together"),
    ("Ambassador", 23, "compound", "PROPN", "Ambassador"),
    ("Rose", 23, "compound", "PROPN", "Rose"),
    ("Wanjiku", 19, "dobj", "PROPN", "Wanjiku"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_those_who_joined_a_meeting_its_chair_and_those_it_brought_together_take_part(
    blank_extractor: Extractor,
) -> None:
    rec = parsed_record(
        blank_extractor, JOINED_AT_THE_MEETING, ents=[(1, 3, "PERSON"), (15, 17, "PERSON"), (22, 24, "PERSON")]
    )
    assert [(kind, sorted(people)) for kind, people in event_people(rec)] == [
        ("meeting", ["Ali Hassan", "Juma Said", "Rose Wanjiku"])
    ]


RETREAT_BROUGHT_TOGETHER: list[Row] = [  # "Minister Ali Hassan hosted a retreat. The retreat brought together the
    # ministers, including Minister Juma Said and Minister Rose Wanjiku."
    ("Minister", 2, "compound", "PROPN", "Minister"),
    ("Ali", 2, "compound", "PROPN", "Ali"),
    ("Hassan", 3, "nsubj", "PROPN", "Hassan"),
    ("hosted", 3, "ROOT", "VERB", "host"),
    ("a", 5, "det", "DET", "a"),
    ("retreat", 3, "dobj", "NOUN", "retreat"),
    (".", 3, "punct", "PUNCT", "."),
    ("The", 8, "det", "DET", "the"),
    ("retreat", 9, "nsubj", "NOUN", "retreat"),
    ("brought", 9, "ROOT", "VERB", "bring"),
    ("together", 9, "advmod", "ADV", "together"),
    ("the", 12, "det", "DET", "the"),
    ("ministers", 9, "dobj", "NOUN", "minister"),
    (",", 12, "punct", "PUNCT", ","),
    ("including", 12, "prep", "VERB", "include"),
    ("Minister", 17, "compound", "PROPN", "Minister"),
    ("Juma", 17, "compound", "PROPN", "Juma"),
    ("Said", 14, "pobj", "PROPN", "Said"),
    ("and", 17, "cc", "CCONJ", "and"),
    ("Minister", 21, "compound", "PROPN", "Minister"),
    ("Rose", 21, "compound", "PROPN", "Rose"),
    ("Wanjiku", 17, "conj", "PROPN", "Wanjiku"),
    (".", 9, "punct", "PUNCT", "."),
]


def test_a_retreat_and_those_it_brought_together_including_named_ministers(blank_extractor: Extractor) -> None:
    rec = parsed_record(
        blank_extractor, RETREAT_BROUGHT_TOGETHER, ents=[(1, 3, "PERSON"), (16, 18, "PERSON"), (20, 22, "PERSON")]
    )
    assert event_people(rec) == [("meeting", ["Ali Hassan", "Juma Said", "Rose Wanjiku"])]


TOLD_AT_A_BRIEFING: list[Row] = [  # "Spokeswoman Yelena Korshunova told reporters at a weekly briefing that the talks
    # went well."
    ("Spokeswoman", 2, "compound", "PROPN", "Spokeswoman"),
    ("Yelena", 2, "compound", "PROPN", "Yelena"),
    ("Korshunova", 3, "nsubj", "PROPN", "Korshunova"),
    ("told", 3, "ROOT", "VERB", "tell"),
    ("reporters", 3, "dobj", "NOUN", "reporter"),
    ("at", 3, "prep", "ADP", "at"),
    ("a", 8, "det", "DET", "a"),
    ("weekly", 8, "amod", "ADJ", "weekly"),
    ("briefing", 5, "pobj", "NOUN", "briefing"),
    ("that", 12, "dobj", "PRON", "that"),
    ("the", 11, "det", "DET", "the"),
    ("talks", 12, "nsubj", "NOUN", "talk"),
    ("went", 8, "relcl", "VERB", "go"),
    ("well", 12, "advmod", "ADV", "well"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_spokesperson_who_speaks_at_a_weekly_briefing_gives_it(blank_extractor: Extractor) -> None:
    rec = parsed_record(blank_extractor, TOLD_AT_A_BRIEFING, ents=[(1, 3, "PERSON")])
    assert event_people(rec) == [("press_conference", ["Yelena Korshunova"])]
