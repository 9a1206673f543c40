"""Rules for officials, on a blank English pipeline (tokenizer and sentencizer only): no statistical model."""

from __future__ import annotations

import pytest

from officialdom import Extractor
from officialdom.extract.lexicon import Lexicon
from officialdom.extract.officials import post_of_text
from officialdom.model import Article, Person
from tests.parsed import Row, parsed_doc, parsed_record


def people(extractor: Extractor, text: str) -> dict[str, Person]:
    rec = extractor.extract(text, article_id="t")
    return {p.name: p for p in rec.persons}


def with_model_name(extractor: Extractor, text: str, start: int, end: int) -> list[Person]:
    """The persons of ``text`` when the statistical model would have tagged tokens ``start:end`` as a
    PERSON (the blank pipeline tags nothing): for rules that repair the model's cut-short names."""
    from spacy.tokens import Span

    from officialdom.extract.records import doc_to_extraction

    doc = extractor.nlp.make_doc(text)
    doc.ents = [Span(doc, start, end, label="PERSON")]
    for _, proc in extractor.nlp.pipeline:
        doc = proc(doc)
    return doc_to_extraction(doc, Article(id="m", text=text), extractor.lexicon).persons


@pytest.mark.parametrize(
    ("text", "name", "post", "country", "rank"),
    [
        (
            "Interior Minister Gen. Kamal Haddad arrived in Cairo.",
            "Kamal Haddad",
            "Minister of Interior",
            None,  # a city alone says where, not whose
            "General",
        ),
        ("Egypt's ambassador to Nairobi Samir Fawzi attended.", "Samir Fawzi", "Ambassador to Kenya", "Egypt", None),
        (
            "He met Commander of the Border Guard in Kenya, Maj. Gen. Peter Otieno, on Monday.",
            "Peter Otieno",
            "Commander of the Border Guard",
            "Kenya",
            "Major General",
        ),
        (
            "Pakistani Minister of Water Resources Ayesha Khan spoke.",
            "Ayesha Khan",
            "Minister of Water Resources",
            "Pakistan",
            None,
        ),
        (
            "Jane Wanjiru, the Kenyan foreign minister, said talks went well.",
            "Jane Wanjiru",
            "Minister of Foreign Affairs",
            "Kenya",
            None,
        ),
        (
            "UN Secretary-General Maria Santos Oliveira spoke.",
            "Maria Santos Oliveira",
            "Secretary-General of the United Nations",
            None,
            None,
        ),
        (
            "Deputy Foreign Minister Sergei Pavlovich Lebedev of Russia spoke.",
            "Sergei Pavlovich Lebedev",
            "Deputy Minister of Foreign Affairs",
            "Russia",
            None,
        ),
        ("Governor of Kano State Abdullahi Musa spoke.", "Abdullahi Musa", "Governor of Kano State", "Nigeria", None),
        (
            "Ahmed Salem, Minister of Health of Mauritania, spoke.",
            "Ahmed Salem",
            "Minister of Health",
            "Mauritania",
            None,
        ),
        (
            "Chairman of the Minsk Oblast Executive Committee Viktor Osipenko met them.",
            "Viktor Osipenko",
            "Chairman of the Minsk Oblast Executive Committee",
            "Belarus",
            None,
        ),
        (
            "Chairman of the municipal People's Committee Pham Minh Duc signed it.",
            "Pham Minh Duc",
            "Chairman of the municipal People's Committee",
            None,
            None,
        ),
        (
            "It was signed by Minister of Strategic Industries of Ukraine Taras Hnatyuk.",
            "Taras Hnatyuk",
            "Minister of Strategic Industries",
            "Ukraine",
            None,
        ),
        (
            "Chairman of the Mazhilis Askar Temirbekov spoke.",
            "Askar Temirbekov",
            "Chairman of the Mazhilis",
            "Kazakhstan",  # a state's own body known by its name alone
            None,
        ),
        (
            "She met IMF Mission Chief for Ghana Laura Bentivoglio-Hart on Monday.",
            "Laura Bentivoglio-Hart",
            "Chief of IMF Mission",
            None,  # the country a body's mission deals with is not the one it serves
            None,
        ),
        (
            "He spoke with Islamic Development Bank (IsDB) Vice-President Omar Bashir Haidari.",
            "Omar Bashir Haidari",
            "Vice President of the Islamic Development Bank",
            None,
            None,
        ),
        (
            "Washington's special envoy for Lebanon, Mark Hollis, is expected in Beirut.",
            "Mark Hollis",
            "Special Envoy to Lebanon",
            "United States",  # a capital with "'s" stands for its state
            None,
        ),
        ("Nairobi's governor Amos Kibet met him.", "Amos Kibet", "Governor of Nairobi", "Kenya", None),
        ("Kremlin spokesman Dmitry Peskov said so.", "Dmitry Peskov", "Spokesman of the Kremlin", "Russia", None),
        (
            "Hiroshi Tanimura, Chairman of the Japan-Jordan Parliamentary Friendship League, spoke.",
            "Hiroshi Tanimura",
            "Chairman of the Japan-Jordan Parliamentary Friendship League",
            "Japan",  # a friendship group is named from its own parliament's side
            None,
        ),
        ("Speaker of the Knesset Yuli Edelstein met him.", "Yuli Edelstein", "Speaker of the Knesset", "Israel", None),
        (  # a state's own body lends no words to other names ("Great" of "the State Great Khural")
            "The U.N. special envoy for the Great Lakes region, Henrik Solvberg, said so.",
            "Henrik Solvberg",
            "Special Envoy for the Great Lakes region of the United Nations",
            None,
            None,
        ),
        (
            "Lt. Col. Tran Duc Minh, spokesman of the Ministry of Defence, spoke.",
            "Tran Duc Minh",
            "Spokesman of the Ministry of Defence",
            None,
            "Lieutenant Colonel",
        ),
    ],
)
def test_title_forms(
    blank_extractor: Extractor, text: str, name: str, post: str, country: str | None, rank: str | None
) -> None:
    found = people(blank_extractor, text)
    assert name in found, found.keys()
    [tenure] = found[name].titles
    assert tenure.post == post
    assert tenure.country == country
    assert tenure.rank == rank
    assert text[tenure.evidence.start : tenure.evidence.end] == tenure.evidence.sentence


def test_ranks_and_honorifics_are_kept_apart_from_the_name(blank_extractor: Extractor) -> None:
    found = people(blank_extractor, "H.E. Sheikh Saud bin Nasser Al Qasimi received the envoy.")
    person = found["Saud bin Nasser Al Qasimi"]
    assert person.honorifics == ("H.E.", "Sheikh")
    assert not person.titles


def test_malaysian_honorifics_between_a_post_and_the_name(blank_extractor: Extractor) -> None:
    text = "The Minister of Trade of Malaysia, YB Datuk Seri Dr. Azman Shah bin Ibrahim, arrived on Monday."
    person = people(blank_extractor, text)["Azman Shah bin Ibrahim"]
    assert (person.titles[0].post, person.honorifics) == ("Minister of Trade", ("YB", "Datuk Seri", "Dr."))


def test_former_and_acting(blank_extractor: Extractor) -> None:
    found = people(blank_extractor, "Acting Prime Minister Nguyen Van Thanh met former President Juan Carlos Pérez.")
    assert found["Nguyen Van Thanh"].titles[0].qualifier == "acting"
    assert not found["Nguyen Van Thanh"].titles[0].former
    former = found["Juan Carlos Pérez"].titles[0]
    assert former.former and former.post == "President"


def test_counterpart_takes_the_post_and_its_own_country(blank_extractor: Extractor) -> None:
    found = people(blank_extractor, "Foreign Minister Jane Doe met her Kenyan counterpart John Roe in Nairobi.")
    roe = found["John Roe"].titles[0]
    assert (roe.post, roe.country, roe.evidence.rule) == ("Minister of Foreign Affairs", "Kenya", "counterpart")


def test_state_agency_gives_its_country_to_unqualified_officials(blank_extractor: Extractor) -> None:
    rec = blank_extractor.extract("Nairobi, KNA - Health Minister Mary Achieng opened the clinic.", article_id="k")
    [person] = rec.persons
    assert person.titles[0].country == "Kenya"
    assert "agency-country" in person.titles[0].evidence.rule


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("SEOUL, Nov. 21 (Yonhap) -- Foreign Minister Kim Ji-ho met the envoy.", "South Korea"),
        ("PARIS, May 2 (AFP) - Foreign Minister Anne Morel met the envoy.", "France"),
        ("LIBREVILLE, May 2 (AFP) - Foreign Minister Anne Morel met the envoy.", None),
    ],
)
def test_an_agency_writing_from_home_gives_its_country(blank_extractor: Extractor, text: str, country: str) -> None:
    """An agency that is not the state's gives its country to unqualified officials only from a dateline at home:
    an international wire writing from abroad does not say whose they are."""
    [person] = blank_extractor.extract(text, article_id="y").persons
    assert person.titles[0].country == country


def test_surnames_and_titles_join_one_person(blank_extractor: Extractor) -> None:
    text = "Trade Minister Gen. Omar al-Farouk met envoys. Later, Gen. Farouk spoke. Al-Farouk said trade would grow."
    rec = blank_extractor.extract(text, article_id="s")
    [person] = rec.persons
    assert person.name == "Omar al-Farouk"
    assert set(person.aliases) >= {"Farouk", "Al-Farouk"}
    assert len(person.mentions) == 3


def test_two_people_sharing_a_surname_in_different_countries_stay_apart(blank_extractor: Extractor) -> None:
    text = "Kenyan Foreign Minister Peter Mwangi met Ugandan Trade Minister Joseph Mwangi."
    rec = blank_extractor.extract(text, article_id="m")
    assert sorted(p.name for p in rec.persons) == ["Joseph Mwangi", "Peter Mwangi"]


@pytest.mark.parametrize(
    ("title", "post"),
    [
        ("Interior Minister", "Minister of Interior"),
        ("Minister of the Interior", "Minister of Interior"),
        ("Home Affairs Minister", "Minister of Interior"),
        ("Minister of Foreign Affairs", "Minister of Foreign Affairs"),
        ("ambassador to Tehran", "Ambassador to Iran"),
        ("Ambassador to Iran", "Ambassador to Iran"),
        ("Secretary-General of the United Nations", "Secretary-General of the United Nations"),
        ("UN Secretary General", "Secretary-General of the United Nations"),
        ("Deputy Prime Minister", "Deputy Prime Minister"),
        ("Commander of the Internal Security Forces", "Commander of the Internal Security Forces"),
        ("Minister of Foreign Affairs and Expatriates", "Minister of Foreign Affairs and Expatriates"),
        ("Ambassador Extraordinary and Plenipotentiary to Mongolia", "Ambassador to Mongolia"),
        ("International Trade Minister", "Minister of International Trade"),
        ("Minister Delegate for Overseas Territories", "Minister Delegate of Overseas Territories"),
        ("Presidential Spokeswoman", "Presidential Spokeswoman"),
        ("Amuru Resident District Commissioner", "Resident District Commissioner of Amuru"),
        (
            "Minister of Commerce, Industry and Investment Promotion",
            "Minister of Commerce, Industry and Investment Promotion",
        ),
    ],
)
def test_post_normalisation(lexicon: Lexicon, title: str, post: str) -> None:
    assert post_of_text(title, lexicon) == post


def test_no_title_no_official(blank_extractor: Extractor) -> None:
    rec = blank_extractor.extract("The weather in Nairobi was fine on Monday.", article_id="w")
    assert rec.officials == []


def test_a_ministry_release_gives_its_country_to_unqualified_officials(blank_extractor: Extractor) -> None:
    text = "The ministry announces that Mr. Arturo Blanco Ruiz, Minister of Foreign Affairs, visited Lima."
    rec = blank_extractor.extract(text, article_id="r", source="Ministry of Foreign Affairs of Ecuador")
    [person] = rec.persons
    assert (person.titles[0].country, "source-country" in person.titles[0].evidence.rule) == ("Ecuador", True)


def test_an_ambassador_of_another_country_is_posted_where_the_article_is_written(blank_extractor: Extractor) -> None:
    text = (
        "HANOI, May 3 - Ambassador Lucía Fernández Ortega of Chile and Ambassador Tran Quoc Bao presented "
        "their credentials. Vietnam's Ambassador to Japan, Le Minh Chau, also attended."
    )
    found = people(blank_extractor, text)
    posts = {name: (p.titles[0].post, p.titles[0].country) for name, p in found.items()}
    assert posts == {
        "Lucía Fernández Ortega": ("Ambassador to Vietnam", "Chile"),
        "Tran Quoc Bao": ("Ambassador", "Vietnam"),  # the home country's own envoy: posted we are not told where
        "Le Minh Chau": ("Ambassador to Japan", "Vietnam"),
    }


def test_an_ambassador_in_a_sentence_framed_by_a_city_is_posted_there(blank_extractor: Extractor) -> None:
    text = (
        "WASHINGTON, March 15 (UPI) -- The talks went well. "
        "In Lima, Peru's Foreign Ministry summoned Bolivia's ambassador, German Quispe Arancibia, on Wednesday."
    )
    assert people(blank_extractor, text)["German Quispe Arancibia"].titles[0].post == "Ambassador to Peru"


def test_a_mission_abroad_reports_on_its_host_country(blank_extractor: Extractor) -> None:
    text = "The ambassador called on Minister of Commerce Mr. Tomas Okello Ayo in Kampala."
    rec = blank_extractor.extract(text, article_id="m", source="Embassy of Kenya, Kampala")
    [person] = rec.persons
    assert person.titles[0].country == "Uganda"


def test_a_byline_above_the_dateline_does_not_hide_it(blank_extractor: Extractor) -> None:
    text = "By Staff Reporter\n\nNAIROBI: Health Minister Mary Achieng opened the clinic."
    [person] = blank_extractor.extract(text, article_id="b", source="The Daily Courier").persons
    assert person.titles[0].country == "Kenya"


def test_a_body_named_once_with_its_country_keeps_it(blank_extractor: Extractor) -> None:
    text = (
        "Speaker of the National Assembly of Zambia Grace Mwila Banda met the delegation. "
        "Deputy Speaker of the National Assembly Peter Chanda Mulenga also attended."
    )
    found = people(blank_extractor, text)
    assert found["Peter Chanda Mulenga"].titles[0].country == "Zambia"


def test_a_body_every_country_has_lends_no_country(blank_extractor: Extractor) -> None:
    text = (
        "Israeli army spokesman Avi Cohen said the strikes hit launchers. "
        "President Elias Karam met army commander General Antoine Khoury."
    )
    assert people(blank_extractor, text)["Antoine Khoury"].titles[0].country != "Israel"


def test_the_country_served_ends_the_body_before_the_name(blank_extractor: Extractor) -> None:
    text = "Chairman of the Supreme Council of Moldova Andrei Vasile Rusu arrived."
    person = people(blank_extractor, text)["Andrei Vasile Rusu"]
    assert person.titles[0].country == "Moldova"


def test_retired_rank_and_a_portfolio_of_the_lexicon(blank_extractor: Extractor) -> None:
    text = (
        "The ceremony was attended by Minister of Hajj and Umrah Dr. Karim Saleh Al-Otaibi "
        "and Pakistan's Ambassador to Saudi Arabia Lt. Gen. (Retd) Imran Tariq Qureshi."
    )
    found = people(blank_extractor, text)
    assert found["Karim Saleh Al-Otaibi"].titles[0].post == "Minister of Hajj and Umrah"
    assert found["Imran Tariq Qureshi"].titles[0].rank == "Lieutenant General"


def test_a_coordinated_portfolio_leaves_the_given_name_to_the_person(blank_extractor: Extractor) -> None:
    text = "The deal was signed by Minister of Transport and Logistics Almaz Tesfaye Bekele on Monday."
    [person] = with_model_name(blank_extractor, text, 11, 13)  # the model's "Tesfaye Bekele"
    assert person.name == "Almaz Tesfaye Bekele"
    assert person.titles[0].post == "Minister of Transport and Logistics"


def test_a_lower_case_ministry_before_a_title(blank_extractor: Extractor) -> None:
    text = "In Mombasa, the foreign ministry spokeswoman, Amina Wanjiku Otieno, said trade would grow."
    [person] = blank_extractor.extract(text, article_id="l").persons
    assert (person.name, person.titles[0].post) == (
        "Amina Wanjiku Otieno",
        "Spokeswoman of the Ministry of Foreign Affairs",
    )


def test_an_acronym_the_article_defines_gives_its_country(blank_extractor: Extractor) -> None:
    text = (
        "MANILA - The Philippine Navy (PN) hosted the Republic of Korea Navy (ROKN). "
        "ROKN Chief of Naval Operations Adm. Han Min-jun arrived on Monday."
    )
    person = people(blank_extractor, text)["Han Min-jun"]
    assert person.titles[0].country == "South Korea"


def test_an_envoy_to_the_home_country_is_not_given_it(blank_extractor: Extractor) -> None:
    text = "Nairobi, KNA - Ambassador to Kenya Lars Eriksson Holm met Health Minister Mary Achieng."
    found = people(blank_extractor, text)
    assert found["Lars Eriksson Holm"].titles[0].country is None
    assert found["Mary Achieng"].titles[0].country == "Kenya"


def test_portfolios_joined_before_the_head(blank_extractor: Extractor) -> None:
    found = people(blank_extractor, "Planning and Investment Minister Tran Van Minh spoke on Friday.")
    assert found["Tran Van Minh"].titles[0].post == "Minister of Planning and Investment"


def test_the_one_country_an_article_names_serves_its_unqualified_officials(blank_extractor: Extractor) -> None:
    [person] = blank_extractor.extract("President Ana Maria Costa said Uruguay would sign.", article_id="u").persons
    assert person.titles[0].country == "Uruguay"
    [other] = blank_extractor.extract(
        "President Ana Maria Costa said Uruguay and Chile would sign.", article_id="v"
    ).persons
    assert other.titles[0].country is None


def test_the_title_alone_stands_for_the_holder_of_that_very_post(blank_extractor: Extractor) -> None:
    text = (
        "Secretary-General Ana Maria Costa received the envoy. The meeting was attended by Assistant "
        "Secretary-General Luis Soto Vega, and Assistant Secretary-General Luis Soto Vega spoke. "
        "Later, the Secretary-General travelled to Lisbon."
    )
    doc = blank_extractor.nlp(text)
    ann = doc._.od
    names = {c.index: c.name for c in ann.clusters}
    [nominal] = [n for n in ann.nominals if n.text == "the Secretary-General"]
    assert [names[c] for c in nominal.clusters] == ["Ana Maria Costa"]


def test_a_body_of_a_country_named_with_a_possessive(blank_extractor: Extractor) -> None:
    text = "The memorandum was signed by Dr. Amani Wanjiru Kamau, Head of Kenya's Bureau of Standards."
    person = people(blank_extractor, text)["Amani Wanjiru Kamau"]
    assert (person.titles[0].post, person.titles[0].country) == ("Head of the Bureau of Standards", "Kenya")


def test_an_apposition_followed_by_where_the_post_sits(blank_extractor: Extractor) -> None:
    text = "It was signed by Omar Saif Al Hammadi, Assistant Under-Secretary for Trade at the Ministry of Economy."
    person = people(blank_extractor, text)["Omar Saif Al Hammadi"]
    assert person.titles[0].role == "Undersecretary"


def test_a_definite_title_then_the_name_in_apposition(blank_extractor: Extractor) -> None:
    text = "He was received by His Highness the Emir, Sheikh Khalid Nasser Al-Thani, on Monday."
    person = people(blank_extractor, text)["Khalid Nasser Al-Thani"]
    assert person.titles[0].post == "Emir"


def test_a_dateline_of_a_city_and_its_country(blank_extractor: Extractor) -> None:
    text = "TRABZON, Türkiye\n\nHealth Minister Ayse Nur Demir opened the clinic Japan funded."
    [person] = blank_extractor.extract(text, article_id="t", source="The Daily Courier").persons
    assert person.titles[0].country == "Turkey"


def test_a_body_with_a_possessive_ends_before_the_name(blank_extractor: Extractor) -> None:
    text = "He met Chief Justice of the Supreme People's Court Vu Thi Lan Anh on Monday."
    [person] = with_model_name(blank_extractor, text, 12, 15)  # the model's "Thi Lan Anh"
    assert person.name == "Vu Thi Lan Anh"
    assert person.titles[0].post == "Chief Justice of the Supreme People's Court"


def test_ministers_of_another_portfolio_are_not_the_ones_named(blank_extractor: Extractor) -> None:
    text = (
        "Foreign Minister Ana Maria Costa met Foreign Minister Luis Soto Vega in Lima. "
        "The two defence ministers will meet in June."
    )
    ann = blank_extractor.nlp(text)._.od
    [nominal] = [n for n in ann.nominals if "defence" in n.text]
    assert nominal.clusters == []
    [foreign] = [n for n in blank_extractor.nlp(text.replace("defence", "foreign"))._.od.nominals if n.plural]
    assert len(foreign.clusters) == 2


def test_members_of_a_body_are_not_the_officials_named_before(blank_extractor: Extractor) -> None:
    text = (
        "Foreign Minister Ana Maria Costa met Defence Minister Luis Soto Vega in Lima. "
        "The Arab League's permanent representatives will hold a session in Cairo."
    )
    [nominal] = [n for n in blank_extractor.nlp(text)._.od.nominals if n.plural]
    assert nominal.clusters == []


def test_people_referred_to_by_title_count_as_mentioned(blank_extractor: Extractor) -> None:
    text = (
        "Nairobi, KNA - Foreign Minister Ana Maria Costa of Portugal arrived in Nairobi. "
        "The Portuguese minister held talks. Trade Minister Luis Soto Vega of Portugal joined later. "
        "The President received the visiting official."
    )
    ann = blank_extractor.nlp(text)._.od
    names = {c.index: c.name for c in ann.clusters}
    [nominal] = [n for n in ann.nominals if n.text == "the visiting official"]
    assert [names[c] for c in nominal.clusters] == ["Ana Maria Costa"]


def test_a_counterparts_country_is_not_the_one_country_named(blank_extractor: Extractor) -> None:
    found = people(blank_extractor, "Foreign Minister Jane Doe met her Kenyan counterpart John Roe in Nairobi.")
    assert found["Jane Doe"].titles[0].country is None
    assert found["John Roe"].titles[0].country == "Kenya"


def test_a_sentence_opening_with_a_city_gives_its_officials_that_country(blank_extractor: Extractor) -> None:
    text = (
        "NAIROBI, Feb 3 (Reuters) - Kenya and Tanzania agreed to end the row. "
        "In Dar es Salaam, Foreign Ministry Spokeswoman Rehema Zuberi Mwakyusa said the talks went well.\n\n"
        "Foreign Ministry Spokesman Peter Otieno Kamau said the same."
    )
    found = people(blank_extractor, text)
    assert found["Rehema Zuberi Mwakyusa"].titles[0].country == "Tanzania"
    # (the frame ends with its paragraph) an international wire: no home country
    assert found["Peter Otieno Kamau"].titles[0].country is None


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "The Assistant Inspector-General of Police in charge of Logistics, Musa Bello Kaita, briefed reporters.",
            "Musa Bello Kaita",
            "Assistant Inspector General for Logistics of the Police",
        ),
        (
            "Minister in the Prime Minister's Office Aliyu Kamara Sesay met the envoy.",
            "Aliyu Kamara Sesay",
            "Minister of the Prime Minister's Office",
        ),
        (
            "The delegation was welcomed by the Governor of Chuquisaca, Damián Condori Herrera.",
            "Damián Condori Herrera",
            "Governor of Chuquisaca",
        ),
        (
            "Secretary of the municipal Party Committee Tran Van Binh received the guests.",
            "Tran Van Binh",
            "Secretary of the Municipal Party Committee",
        ),
        (
            "Vice Chairman of the Cambodian NA Chhun Sophal Dara attended the signing.",
            "Chhun Sophal Dara",
            "Vice Chairman of the Cambodian NA",
        ),
        (
            "In Cusco, the minister met the city's Mayor, Mr. Luis Rivas Quispe, at the town hall.",
            "Luis Rivas Quispe",
            "Mayor",
        ),
        (
            "The letter from Andhra Pradesh Chief Minister N. Venkata Rao was read out.",
            "N. Venkata Rao",
            "Chief Minister of Andhra Pradesh",
        ),
        ("East Darfur Governor Adam Yahya Osman received the convoy.", "Adam Yahya Osman", "Governor of East Darfur"),
        (
            "Khyber-Pakhtunkhwa Governor Fazal Rahim Afridi said it.",
            "Fazal Rahim Afridi",
            "Governor of Khyber-Pakhtunkhwa",
        ),
        (
            "The Permanent Secretary in the Ministry of Water and Irrigation, Dr Joyce Atieno Odhiambo, signed it.",
            "Joyce Atieno Odhiambo",
            "Permanent Secretary of the Ministry of Water and Irrigation",
        ),
        ("It was attended by army commander General Pierre Haddad.", "Pierre Haddad", "Commander of the Army"),
        (
            "Deputy Minister for Economic Diplomacy and Openness Maria Kallergi will visit Yerevan.",
            "Maria Kallergi",
            "Deputy Minister of Economic Diplomacy and Openness",
        ),
        (
            "He was greeted by Lin Mei-hua, director-general of the Ministry of Foreign Affairs' Department of "
            "African Affairs.",
            "Lin Mei-hua",
            "Director-General of the Department of African Affairs",
        ),
        (
            "She met Kenji Mori, vice-minister for international affairs at Japan's trade ministry.",
            "Kenji Mori",
            "Vice Minister of International Affairs of the Ministry of Trade",
        ),
        (
            "The motion was tabled by Nyeri South Member of Parliament Grace Wanjiru Mwangi on Monday.",
            "Grace Wanjiru Mwangi",
            "Member of Parliament of Nyeri South",
        ),
    ],
)
def test_title_tails_and_bodies(blank_extractor: Extractor, text: str, name: str, post: str) -> None:
    """Titles read with "in charge of", "in the Prime Minister's Office", a place the gazetteer does not know after a local
    head or before it (in one to three words, with "East" or "South"), before a seat, "in the Ministry of X", a body
    in lower case ("army commander", "at Japan's trade ministry"), a unit of a body ("the Ministry's Department"), a body written with a lower-case first word or as an acronym, and "the city's Mayor"."""
    person = people(blank_extractor, text)[name]
    assert person.titles[0].post == post


def test_a_body_before_the_head_is_the_parent_of_the_unit_after_it() -> None:
    lex = Lexicon.load()
    assert post_of_text("Navy Chief of Naval Operations", lex) == "Chief of the Naval Operations"
    assert post_of_text("Chief of Naval Operations", lex) == "Chief of the Naval Operations"


def test_police_ranks_before_a_name(blank_extractor: Extractor) -> None:
    text = "The Commissioner of Police, DIG Amina Bello Yusuf, led the Nigerian team."
    person = people(blank_extractor, text)["Amina Bello Yusuf"]
    assert person.titles[0].rank == "DIG"


@pytest.mark.parametrize(("source", "country"), [("Andina", "Peru"), ("Montsame", "Mongolia"), ("KPL", "Laos")])
def test_state_agencies_give_their_officials_a_home_country(
    blank_extractor: Extractor, source: str, country: str
) -> None:
    rec = blank_extractor.extract("Foreign Minister Ana Rivas Soto met the envoy.", article_id="t", source=source)
    assert rec.persons[0].titles[0].country == country


def test_a_body_named_after_its_members_is_no_title() -> None:
    lex = Lexicon.load()
    assert post_of_text("the Council of Foreign Ministers", lex) is None
    assert post_of_text("the Committee of Permanent Representatives", lex) is None
    assert post_of_text("the foreign ministers of Iran and Iraq", lex) == "Minister of Foreign Affairs"


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("State Councilor and Foreign Minister", "State Councilor"),
        ("US Trade Representative", "Trade Representative"),
        ("UN Special Rapporteur on Torture", "Special Rapporteur of the United Nations"),
        ("Auditor-General", "Auditor General"),
        ("Senate Majority Leader", "Majority Leader of the Senate"),
        ("Tánaiste", "Tánaiste"),
    ],
)
def test_more_title_heads(text: str, post: str) -> None:
    assert post_of_text(text, Lexicon.load()) == post


@pytest.mark.parametrize(
    "text",
    [
        "Crown Prince Salman Khalid Nasser met the French ambassador Luc Martin.",
        "Foreign Minister Salman Khalid Nasser met Japanese officials.",
        "Foreign Minister Salman Khalid Nasser met Iran's Ambassador Reza Karimi.",
    ],
)
def test_another_officials_country_is_not_the_home_country(blank_extractor: Extractor, text: str) -> None:
    """A demonym or a country inside someone else's title says whose they are, not whose everyone is."""
    assert people(blank_extractor, text)["Salman Khalid Nasser"].titles[0].country is None


@pytest.mark.parametrize(
    ("text", "name", "post", "country", "rank"),
    [
        (
            "Foreign Minister-designate Hakan Ali Fidan addressed parliament.",
            "Hakan Ali Fidan",
            "Minister of Foreign Affairs",
            None,
            None,
        ),
        (
            "Bahrain's Minister of Interior, General Rashid Abdullah Khalifa, received the delegation.",
            "Rashid Abdullah Khalifa",
            "Minister of Interior",
            "Bahrain",
            "General",
        ),
        ("Pakistan Army chief General Asim Munir met the press.", "Asim Munir", "Army Chief", "Pakistan", "General"),
        (
            "Lieutenant General Aung Kyaw Moe, the commander of the Myanmar air force, visited Moscow.",
            "Aung Kyaw Moe",
            "Commander of the Myanmar air force",
            "Myanmar",
            "Lieutenant General",
        ),
        (
            "Kenyan Cabinet Secretary for Defence Aden Duale met the press.",
            "Aden Duale",
            "Cabinet Secretary of Defence",
            "Kenya",
            None,
        ),
    ],
)
def test_ranks_places_and_hyphens_around_titles(
    blank_extractor: Extractor, text: str, name: str, post: str, country: str | None, rank: str | None
) -> None:
    """A hyphenated "-designate"; a rank after a comma or after the head starts the name, it is no body of the
    title; a body in lower case after a country; a one-word place right after a title is a given name."""
    person = people(blank_extractor, text)[name]
    assert (person.titles[0].post, person.titles[0].country, person.titles[0].rank) == (post, country, rank)


def test_a_second_title_after_a_local_head_is_a_title_of_its_own(blank_extractor: Extractor) -> None:
    person = people(blank_extractor, "Police chief Inspector General Usman Baba Alkali spoke.")["Usman Baba Alkali"]
    assert [t.post for t in person.titles] == ["Police Chief", "Inspector General"]


def test_a_place_taken_as_a_given_name_names_no_place(blank_extractor: Extractor) -> None:
    rec = blank_extractor.extract("National Rally president Jordan Bardella met the press.", article_id="t")
    assert [(p.name, p.titles[0].country) for p in rec.persons] == [("Jordan Bardella", None)]


def test_a_post_told_in_a_relative_clause(blank_extractor: Extractor) -> None:
    text = "Mr. Amina Juma Salum, who heads the Tanzania Revenue Authority, met the envoy."
    person = people(blank_extractor, text)["Amina Juma Salum"]
    assert (person.titles[0].post, person.titles[0].country) == ("Head of the Tanzania Revenue Authority", "Tanzania")
    # a relative clause about something else gives no post
    assert people(blank_extractor, text.replace("heads", "visited"))["Amina Juma Salum"].titles == ()


def test_a_definite_title_then_a_name_of_a_country(blank_extractor: Extractor) -> None:
    text = "The minister, Mr. Rahim Karimov of Tajikistan, said the talks went well."
    person = people(blank_extractor, text)["Rahim Karimov"]
    assert (person.titles[0].post, person.titles[0].country) == ("Minister", "Tajikistan")


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        ("Union Home Minister Amit Kumar Shah chaired the meeting.", "Amit Kumar Shah", "Minister of Interior"),
        (
            "Chief Minister of Punjab Maryam Nawaz Sharif received the envoy.",
            "Maryam Nawaz Sharif",
            "Chief Minister of Punjab",
        ),
        (
            "Governor of Rivers State Siminalayi Fubara met the delegation.",
            "Siminalayi Fubara",
            "Governor of the Rivers State",
        ),
        ("Leader of the Opposition Rahul Gandhi met the delegation.", "Rahul Gandhi", "Leader of the Opposition"),
        ("Minister without Portfolio Ahmed Saleh attended the signing.", "Ahmed Saleh", "Minister without Portfolio"),
        ("Defence Attaché Colonel Pedro Costa Ruiz attended.", "Pedro Costa Ruiz", "Defence Attaché"),
        (
            "Minister of Foreign Affairs, African Integration and Chadians Abroad Abderaman Koulamallah spoke.",
            "Abderaman Koulamallah",
            "Minister of Foreign Affairs, African Integration and Chadians Abroad",
        ),
    ],
)
def test_more_forms_of_titles(blank_extractor: Extractor, text: str, name: str, post: str) -> None:
    assert people(blank_extractor, text)[name].titles[0].post == post


def test_an_indefinite_post_in_apposition(blank_extractor: Extractor) -> None:
    text = "Mr. Li Ming Hua, a member of the Standing Committee of the Politburo, met the delegation."
    person = people(blank_extractor, text)["Li Ming Hua"]
    assert person.titles[0].post == "Member of the Standing Committee of the Politburo"
    # a post that stands bare ("a spokesman") says too little to be the person's title
    assert people(blank_extractor, "Mr. Li Ming Hua, a spokesman, said it.")["Li Ming Hua"].titles == ()


def test_the_country_an_international_post_deals_with_is_not_the_one_it_serves(blank_extractor: Extractor) -> None:
    text = "Head of the United Nations Support Mission in Libya Ms. Adaeze Chinwe Okafor met the mayor."
    [tenure] = people(blank_extractor, text)["Adaeze Chinwe Okafor"].titles
    assert (tenure.post, tenure.country) == ("Head of the United Nations Support Mission", None)
    text = (
        "She met the African Union High Representative for Libya, former Malian Prime Minister Moussa Diarra Sissoko."
    )
    titles = people(blank_extractor, text)["Moussa Diarra Sissoko"].titles
    assert sorted((t.post, t.country, t.former) for t in titles) == [
        ("High Representative of the African Union", None, False),
        ("Prime Minister", "Mali", True),
    ]


def test_a_definite_post_with_its_acronym_then_the_name(blank_extractor: Extractor) -> None:
    text = "It was signed by the Chairman of the National Pilgrims Commission of Ghana (NPC), Alhaji Musa Bello Sani."
    [tenure] = people(blank_extractor, text)["Musa Bello Sani"].titles
    assert tenure.post == "Chairman of the National Pilgrims Commission"


def test_a_scope_of_capitalised_words_ends_where_a_rank_starts_the_name(blank_extractor: Extractor) -> None:
    text = "Coast Guard spokesperson for the West Philippine Sea Commodore Aurelio Santos Villanueva said it."
    [tenure] = people(blank_extractor, text)["Aurelio Santos Villanueva"].titles
    assert (tenure.rank, tenure.post) == ("Commodore", "Spokesperson for West Philippine Sea of the Coast Guard")


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Ana Ruiz Vega and Mr. Jorge Salas Mena, the foreign ministers of Peru and Chile, met in Lima.",
        "Mr. Ana Ruiz Vega and Mr. Jorge Salas Mena, the Peruvian and Chilean foreign ministers, met in Lima.",
        "The foreign ministers, Ana Ruiz Vega of Peru and Jorge Salas Mena of Chile, met in Lima.",
        "The foreign ministers of the two countries, Ana Ruiz Vega of Peru and Jorge Salas Mena of Chile, met in Lima.",
    ],
)
def test_a_plural_post_before_or_after_the_two_names_it_stands_for(blank_extractor: Extractor, text: str) -> None:
    found = people(blank_extractor, text)
    assert [(t.post, t.country) for t in found["Ana Ruiz Vega"].titles] == [("Minister of Foreign Affairs", "Peru")]
    assert [(t.post, t.country) for t in found["Jorge Salas Mena"].titles] == [("Minister of Foreign Affairs", "Chile")]


def test_a_demonym_outside_any_title_still_names_the_one_country(blank_extractor: Extractor) -> None:
    text = "The Fijian rebels said they will release Prime Minister Mahendra Pal Chaudhry."
    assert people(blank_extractor, text)["Mahendra Pal Chaudhry"].titles[0].country == "Fiji"


def test_a_region_named_after_its_cities_and_two_posts_in_a_row(blank_extractor: Extractor) -> None:
    text = "He met the Wali of the Rabat-Salé-Kénitra region, Governor of the Prefecture of Rabat, Mr. Ali Benslimane."
    posts = sorted(t.post for t in people(blank_extractor, text)["Ali Benslimane"].titles)
    assert posts == ["Governor of Rabat", "Wali of Rabat-Salé-Kénitra region"]


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        ("Sen. Marco Antonio Rubio met the opposition leader.", "Marco Antonio Rubio", "Senator"),
        ("Gov. Gavin Christopher Newsom met the delegation.", "Gavin Christopher Newsom", "Governor"),
        (
            "Chancellor of the Exchequer Rachel Jane Reeves met the envoy.",
            "Rachel Jane Reeves",
            "Chancellor of the Exchequer",
        ),
        ("Labour leader Keir Rodney Starmer met the envoy.", "Keir Rodney Starmer", "Leader of the Labour"),
        (
            "European Commission President Ursula von der Leyen met the envoy.",
            "Ursula von der Leyen",
            "President of the European Commission",
        ),
    ],
)
def test_titles_of_english_language_politics(blank_extractor: Extractor, text: str, name: str, post: str) -> None:
    """Abbreviated titles ("Sen.", "Gov."), a body of the treasury, a party named like a portfolio, and the
    particles of a name ("von der")."""
    assert people(blank_extractor, text)[name].titles[0].post == post


def test_a_body_of_an_international_organisation_named_with_its_possessive(blank_extractor: Extractor) -> None:
    lex = Lexicon.load()
    assert post_of_text("Director of NATO's International Military Staff", lex) == (
        "Director of the International Military Staff"
    )
    text = "She met the Director of NATO's International Military Staff, Air Vice Marshal Gareth Lloyd Morgan."
    [tenure] = people(blank_extractor, text)["Gareth Lloyd Morgan"].titles
    assert (tenure.post, tenure.country, tenure.rank) == (
        "Director of the International Military Staff",
        None,
        "Air Vice Marshal",
    )


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "Senior Adviser to the President Amos Jacob Hochstein met officials.",
            "Amos Jacob Hochstein",
            "Senior Adviser to the President",
        ),
        (
            "Chief of Staff to the President Andriy Borysovych Yermak met them.",
            "Andriy Borysovych Yermak",
            "Chief of Staff to the President",
        ),
        (
            "Adviser to the Minister of Foreign Affairs Ali Hassan Omar attended.",
            "Ali Hassan Omar",
            "Adviser to the Minister of Foreign Affairs",
        ),
        (
            "Minister Delegate to the Minister of Economy Fouad Lahlou Kettani signed it.",
            "Fouad Lahlou Kettani",
            "Minister Delegate to the Minister of Economy",
        ),
    ],
)
def test_a_post_serving_another_post_is_no_second_persons_title(
    blank_extractor: Extractor, text: str, name: str, post: str
) -> None:
    """ "Adviser to the President X": X is the adviser, not the President."""
    assert [t.post for t in people(blank_extractor, text)[name].titles] == [post]


@pytest.mark.parametrize(
    ("text", "tenures"),
    [
        ("Amina Yusuf is Kenya's foreign minister.", [("Minister of Foreign Affairs", "Kenya", False)]),
        ("Amina Yusuf was named Minister of Finance on Monday.", [("Minister of Finance", None, False)]),
        (
            "Amina Yusuf, who previously served as interior minister, met the envoy.",
            [("Minister of Interior", None, True)],
        ),
        (
            "Amina Yusuf, 54, a former interior minister, was appointed prime minister on Sunday.",
            [("Prime Minister", None, False), ("Minister of Interior", None, True)],
        ),
    ],
)
def test_a_post_said_of_a_name_by_a_verb(
    blank_extractor: Extractor, text: str, tenures: list[tuple[str, str | None, bool]]
) -> None:
    """ "X is ...", "X was appointed ...", "X, who previously served as ...", and an age before an apposition."""
    [person] = with_model_name(blank_extractor, text, 0, 2)
    assert [(t.post, t.country, t.former) for t in person.titles] == tenures


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        ("Tomasz Nowicki becomes foreign minister.", ["Minister of Foreign Affairs"]),
        (
            "Tomasz Nowicki, a former ambassador to Germany, becomes foreign minister.",
            ["Minister of Foreign Affairs", "Ambassador to Germany"],
        ),
    ],
)
def test_a_post_said_by_a_verb_of_a_name_the_model_did_not_find(
    blank_extractor: Extractor, text: str, posts: list[str]
) -> None:
    assert [t.post for t in people(blank_extractor, text)["Tomasz Nowicki"].titles] == posts


@pytest.mark.parametrize(
    ("text", "name", "post", "honorifics"),
    [
        (
            "Minister of Agriculture, Forestry and Fisheries Ouk Rithisak signed it.",
            "Ouk Rithisak",
            "Minister of Agriculture, Forestry and Fisheries",
            (),
        ),
        (
            "Petroleum and Natural Gas Minister Suresh Gopalakrishnan attended.",
            "Suresh Gopalakrishnan",
            "Minister of Petroleum and Natural Gas",
            (),
        ),
        (
            "Iran's Deputy Foreign Minister for Economic Diplomacy Alireza Moayedi-Far attended.",
            "Alireza Moayedi-Far",
            "Deputy Minister of Foreign Affairs for Economic Diplomacy",
            (),
        ),
        (
            "It was signed by Secretary, Ministry of Electronics and Information Technology, Arvind Kumar Sethi.",
            "Arvind Kumar Sethi",
            "Secretary of the Ministry of Electronics and Information Technology",
            (),
        ),
        (
            "It was signed by Secretary (East) in the MEA Priya Venkataraman.",
            "Priya Venkataraman",
            "Secretary for East of the MEA",
            (),
        ),
        (
            "Secretary of State at the Ministry of Commerce Sok Pheakdey attended.",
            "Sok Pheakdey",
            "Secretary of State of the Ministry of Commerce",
            (),
        ),
        (
            "Minister of State at the Ministry of Foreign Affairs HE Dr. Khalid Al Nuaimi met them.",
            "Khalid Al Nuaimi",
            "Minister of State of the Ministry of Foreign Affairs",
            ("H.E.", "Dr."),
        ),
        (
            "Second Minister of Finance Dato Seri Setia Mohd Rosli Yahya attended.",
            "Mohd Rosli Yahya",
            "Second Minister of Finance",
            ("Dato Seri Setia",),
        ),
        ("Akim of the Pavlodar region Bakhyt Dauletov met them.", "Bakhyt Dauletov", "Akim of the Pavlodar region", ()),
        (
            "Minister-President of Brandenburg Frank Wollenberg met them.",
            "Frank Wollenberg",
            "Minister-President of Brandenburg",
            (),
        ),
        ("Director-General Daw Hnin Ei Phyu met them.", "Hnin Ei Phyu", "Director-General", ("Daw",)),
        (
            "He received Assistant Secretary General of the Organisation of Islamic Cooperation (OIC) for "
            "Humanitarian, Cultural and Social Affairs Youssef Al-Mutairi.",
            "Youssef Al-Mutairi",
            "Assistant Secretary-General for Humanitarian, Cultural and Social Affairs of the Organisation of Islamic "
            "Cooperation",
            (),
        ),
        (
            "Chairman Higher Education Commission (HEC) Dr. Tariq Bangash met them.",
            "Tariq Bangash",
            "Chairman of the Higher Education Commission",
            ("Dr.",),
        ),
        (
            "Special Assistant to the PM on Foreign Investment Ms. Saima Qureshi met them.",
            "Saima Qureshi",
            "Special Assistant for Foreign Investment to the Prime Minister",
            ("Ms.",),
        ),
        ("Minister of Power Anand Kulkarni met them.", "Anand Kulkarni", "Minister of Power", ()),
        (
            "Minister of Fisheries, Aquatic and Ocean Resources Kanagaratnam Sivapalan met them.",
            "Kanagaratnam Sivapalan",
            "Minister of Fisheries, Aquatic and Ocean Resources",
            (),
        ),
        (
            "Executive Secretary of the CPLP Aurelio Belo met them.",
            "Aurelio Belo",
            "Executive Secretary of the Community of Portuguese Language Countries",
            (),
        ),
    ],
)
def test_posts_portfolios_and_honorifics_of_many_traditions(
    blank_extractor: Extractor, text: str, name: str, post: str, honorifics: tuple[str, ...]
) -> None:
    person = people(blank_extractor, text)[name]
    assert [t.post for t in person.titles] == [post]
    assert person.honorifics == honorifics


def test_a_unit_at_a_body_and_a_hyphenated_given_name_before_an_apposition(blank_extractor: Extractor) -> None:
    [person] = people(blank_extractor, "Director of Cabinet at the Presidency of the Republic Ana Ruiz spoke.").values()
    assert person.titles[0].title == "Director of Cabinet at the Presidency of the Republic"
    [person] = people(blank_extractor, "He met her. Cha Young-soo, a former ambassador to Poland, spoke.").values()
    assert (person.name, person.titles[0].post, person.titles[0].former) == (
        "Cha Young-soo",
        "Ambassador to Poland",
        True,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They were represented by the Ministers of Foreign Affairs of the Kyrgyz Republic, the Republic of "
            "Tajikistan and the Republic of Uzbekistan, Temirlan Musaev, Sherali Nazarzoda and Jasur Khamdamov, "
            "respectively.",
            {
                "Temirlan Musaev": ("Minister of Foreign Affairs", "Kyrgyzstan"),
                "Sherali Nazarzoda": ("Minister of Foreign Affairs", "Tajikistan"),
                "Jasur Khamdamov": ("Minister of Foreign Affairs", "Uzbekistan"),
            },
        ),
        (
            "His Equatorial Guinean counterpart Santiago Esono Ayingono spoke.",
            {"Santiago Esono Ayingono": ("Counterpart", "Equatorial Guinea")},
        ),
        (
            "The president of Gabon's transitional National Assembly, Joséphine Moussavou Ntsame, spoke.",
            {"Joséphine Moussavou Ntsame": ("President of the transitional National Assembly", "Gabon")},
        ),
        (
            "The President received the Personal Envoy of the United Nations Secretary-General for Western Sahara, "
            "Jan Henrik Lindqvist, on Monday.",
            {
                "Jan Henrik Lindqvist": (
                    "Personal Envoy to Western Sahara of the United Nations Secretary-General",
                    None,
                )
            },
        ),
        ("In May Ali Hassan visited Cairo.", {}),
    ],
)
def test_lists_of_countries_places_and_months_as_given_names_and_posts_serving_posts(
    blank_extractor: Extractor, text: str, expected: dict[str, tuple[str, str | None]]
) -> None:
    """Countries listed with "the"; a city ("Santiago") or a month ("Jan") as a given name, but not "In May X";
    a lower-case word before a body; an envoy of the Secretary-General."""
    found = people(blank_extractor, text)
    assert {name: (p.titles[0].post, p.titles[0].country) for name, p in found.items()} == expected


def test_the_kingdom_is_the_home_country_and_a_name_cut_short_after_a_post_is_mended(
    blank_extractor: Extractor,
) -> None:
    """In a Saudi agency's article "the Kingdom" is Saudi Arabia; the model's name that leaves out the first given
    name after the post's comma takes it back."""
    text = (
        "RIYADH, Oct. 15 (SPA) - He met the Ambassador of Uzbekistan to the Kingdom, Ulugbek Rakhmatullaevich Kasimov."
    )
    [person] = with_model_name(blank_extractor, text, 19, 21)
    assert (person.name, person.titles[0].post, person.titles[0].country) == (
        "Ulugbek Rakhmatullaevich Kasimov",
        "Ambassador to Saudi Arabia",
        "Uzbekistan",
    )
    text = (
        "ROME, Oct. 15 (ANSA) - He met the Ambassador of Uzbekistan to the Kingdom, Ulugbek Rakhmatullaevich Kasimov."
    )
    assert not any("Saudi" in t.post for p in with_model_name(blank_extractor, text, 19, 21) for t in p.titles)


COUNTERPART_OF_SHE = [  # "Foreign Minister Ana Ruiz met Interior Minister Jorge Salas. She also met Trade Minister
    # Mario Vega and her Kenyan counterpart Mary Wanjiru."
    ("Foreign", 1, "compound", "PROPN", "Foreign"),
    ("Minister", 3, "compound", "PROPN", "Minister"),
    ("Ana", 3, "compound", "PROPN", "Ana"),
    ("Ruiz", 4, "nsubj", "PROPN", "Ruiz"),
    ("met", 4, "ROOT", "VERB", "meet"),
    ("Interior", 6, "compound", "PROPN", "Interior"),
    ("Minister", 8, "compound", "PROPN", "Minister"),
    ("Jorge", 8, "compound", "PROPN", "Jorge"),
    ("Salas", 4, "dobj", "PROPN", "Salas"),
    (".", 4, "punct", "PUNCT", "."),
    ("She", 12, "nsubj", "PRON", "she"),
    ("also", 12, "advmod", "ADV", "also"),
    ("met", 12, "ROOT", "VERB", "meet"),
    ("Trade", 14, "compound", "PROPN", "Trade"),
    ("Minister", 16, "compound", "PROPN", "Minister"),
    ("Mario", 16, "compound", "PROPN", "Mario"),
    ("Vega", 12, "dobj", "PROPN", "Vega"),
    ("and", 16, "cc", "CCONJ", "and"),
    ("her", 20, "poss", "PRON", "her"),
    ("Kenyan", 20, "amod", "ADJ", "kenyan"),
    ("counterpart", 16, "conj", "NOUN", "counterpart"),
    ("Mary", 22, "compound", "PROPN", "Mary"),
    ("Wanjiru", 20, "appos", "PROPN", "Wanjiru"),
    (".", 12, "punct", "PUNCT", "."),
]


def test_a_counterpart_is_of_the_one_the_pronoun_stands_for_not_of_someone_met(blank_extractor: Extractor) -> None:
    ents = [(2, 4, "PERSON"), (7, 9, "PERSON"), (15, 17, "PERSON"), (19, 20, "NORP"), (21, 23, "PERSON")]
    rec = parsed_record(blank_extractor, COUNTERPART_OF_SHE, ents)
    [wanjiru] = [p for p in rec.persons if p.name == "Mary Wanjiru"]
    assert (wanjiru.titles[0].post, wanjiru.titles[0].country) == ("Minister of Foreign Affairs", "Kenya")


def test_a_portfolio_before_an_adviser_and_an_honorific_before_a_title(blank_extractor: Extractor) -> None:
    found = people(
        blank_extractor, "Bangladesh's Foreign Affairs Adviser Mohammad Haque met HE Vice Minister Ana Ruiz."
    )
    assert {n: (p.titles[0].post, p.titles[0].country) for n, p in found.items()} == {
        "Mohammad Haque": ("Adviser for Foreign Affairs", "Bangladesh"),
        "Ana Ruiz": ("Vice Minister", None),
    }


def test_a_body_of_a_body_written_in_lower_case(blank_extractor: Extractor) -> None:
    found = people(blank_extractor, "He met the chairman of the Senate's foreign relations committee, Ali Hassan.")
    assert [t.post for t in found["Ali Hassan"].titles] == ["Chairman of the foreign relations committee"]


def test_a_city_of_several_words_the_model_takes_for_a_person_is_no_person(blank_extractor: Extractor) -> None:
    assert with_model_name(blank_extractor, "Vietnam and Ho Chi Minh City treasure the ties.", 2, 6) == []


def test_the_last_word_of_a_title_is_no_name(blank_extractor: Extractor) -> None:
    text = "The Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator, Ana Ruiz, spoke."
    assert "Coordinator" not in {p.name for p in with_model_name(blank_extractor, text, 12, 13)}


def test_a_model_person_that_holds_a_region_word_is_no_person(blank_extractor: Extractor) -> None:
    text = "He met Governor of Tak Province Mr Chatchai Wongsuwan at the bridge."
    found = {p.name: p.titles[0].post for p in with_model_name(blank_extractor, text, 4, 7) if p.titles}
    assert found == {"Chatchai Wongsuwan": "Governor of the Tak Province"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He will call on the Chief Justice, His Lordship Justice Kwadwo Darko, on Monday.",
            {"Kwadwo Darko": (("His Lordship", "Justice"), "Chief Justice")},
        ),
        (
            "It was signed by the Parliamentary State Secretary at the Federal Ministry for Economic Affairs and "
            "Climate Action, Anja Wendtland, on Monday.",
            {
                "Anja Wendtland": (
                    (),
                    "Parliamentary State Secretary of the Federal Ministry for Economic Affairs and Climate Action",
                )
            },
        ),
        (
            "The U.N. special envoy for the Great Lakes region, Henrik Solvberg, took part.",
            {"Henrik Solvberg": ((), "Special Envoy for the Great Lakes region of the United Nations")},
        ),
        (
            "It was signed by Under Secretary for Economic Growth, Energy, and the Environment Jonathan Ashby.",
            {"Jonathan Ashby": ((), "Undersecretary of Economic Growth, Energy, and the Environment")},
        ),
        ("SPEAKER RECEIVES SIERRA LEONEAN COUNTERPART", {}),
    ],
)
def test_judges_parliamentary_posts_regions_of_envoys_oxford_commas_and_headlines(
    blank_extractor: Extractor, text: str, expected: dict[str, tuple[tuple[str, ...], str]]
) -> None:
    found = people(blank_extractor, text)
    assert {n: (p.honorifics, p.titles[0].post) for n, p in found.items()} == expected


HE_BEFORE_A_TITLE = [  # "Foreign Minister Ali Thani met the envoy. It was signed by HE Secretary-General Saad Mohannadi."
    ("Foreign", 1, "compound", "PROPN", "Foreign"),
    ("Minister", 3, "compound", "PROPN", "Minister"),
    ("Ali", 3, "compound", "PROPN", "Ali"),
    ("Thani", 4, "nsubj", "PROPN", "Thani"),
    ("met", 4, "ROOT", "VERB", "meet"),
    ("the", 6, "det", "DET", "the"),
    ("envoy", 4, "dobj", "NOUN", "envoy"),
    (".", 4, "punct", "PUNCT", "."),
    ("It", 10, "nsubjpass", "PRON", "it"),
    ("was", 10, "auxpass", "AUX", "be"),
    ("signed", 10, "ROOT", "VERB", "sign"),
    ("by", 10, "agent", "ADP", "by"),
    ("HE", 15, "compound", "PROPN", "HE"),
    ("Secretary", 15, "compound", "PROPN", "Secretary"),
    ("-", 15, "punct", "PUNCT", "-"),
    ("General", 17, "compound", "PROPN", "General"),
    ("Saad", 17, "compound", "PROPN", "Saad"),
    ("Mohannadi", 11, "pobj", "PROPN", "Mohannadi"),
    (".", 10, "punct", "PUNCT", "."),
]


def test_he_as_an_honorific_is_no_pronoun(blank_extractor: Extractor) -> None:
    doc = parsed_doc(blank_extractor, HE_BEFORE_A_TITLE, [(2, 4, "PERSON"), (16, 18, "PERSON")])
    assert doc._.od.token_people.get(12) in (None, [])  # "HE" stands for no one


def test_a_ministrys_secretary_general_holds_a_national_post(blank_extractor: Extractor) -> None:
    text = (
        "Doha, Feb 11 (QNA) - Foreign Minister Ali Thani met the envoy. It was signed by HE Secretary-General of the "
        "Ministry of Foreign Affairs Dr. Saad Al Mohannadi."
    )
    assert people(blank_extractor, text)["Saad Al Mohannadi"].titles[0].country == "Qatar"


@pytest.mark.parametrize(
    ("source", "country"), [("The Hindu", "India"), ("Buenos Aires Herald", "Argentina"), ("Reuters", None)]
)
def test_a_national_newspaper_gives_its_country_wherever_it_writes_from(
    blank_extractor: Extractor, source: str, country: str | None
) -> None:
    text = "WASHINGTON - Economy Minister Martin Ferreyra met the IMF chief on Monday."
    [person] = blank_extractor.extract(text, article_id="n", source=source).persons
    assert person.titles[0].country == country


def test_a_one_word_name_opening_a_sentence_before_its_post(blank_extractor: Extractor) -> None:
    rows = [  # "Ruto, the Kenyan president, met the envoy." (the model tags no name)
        ("Ruto", 6, "nsubj", "PROPN", "Ruto"),
        (",", 0, "punct", "PUNCT", ","),
        ("the", 4, "det", "DET", "the"),
        ("Kenyan", 4, "amod", "ADJ", "kenyan"),
        ("president", 0, "appos", "NOUN", "president"),
        (",", 0, "punct", "PUNCT", ","),
        ("met", 6, "ROOT", "VERB", "meet"),
        ("the", 8, "det", "DET", "the"),
        ("envoy", 6, "dobj", "NOUN", "envoy"),
        (".", 6, "punct", "PUNCT", "."),
    ]
    [person] = parsed_record(blank_extractor, rows).persons
    assert (person.name, person.titles[0].post, person.titles[0].country) == ("Ruto", "President", "Kenya")
    assert people(blank_extractor, "However, the Kenyan president met the envoy.") == {}


def test_a_spokesman_for_a_ministry_named_by_its_countrys_demonym(blank_extractor: Extractor) -> None:
    found = people(blank_extractor, "The spokesman for the Chinese foreign ministry, Wang Lei, said so.")
    assert found["Wang Lei"].titles[0].country == "China"


@pytest.mark.parametrize(
    ("rows", "ents", "countries"),
    [
        (
            [
                ("Samoa", 2, "nsubjpass", "PROPN", "Samoa"),
                ("was", 2, "auxpass", "AUX", "be"),
                ("represented", 2, "ROOT", "VERB", "represent"),
                ("by", 2, "agent", "ADP", "by"),
                ("Foreign", 5, "compound", "PROPN", "Foreign"),
                ("Minister", 7, "compound", "PROPN", "Minister"),
                ("Tavita", 7, "compound", "PROPN", "Tavita"),
                ("Leota", 3, "pobj", "PROPN", "Leota"),
                ("in", 2, "prep", "ADP", "in"),
                ("Fiji", 8, "pobj", "PROPN", "Fiji"),
                (".", 2, "punct", "PUNCT", "."),
            ],
            [(6, 8, "PERSON")],
            {"Tavita Leota": "Samoa"},  # (with two countries named, neither is the article's by default)
        ),
        (
            [
                ("The", 2, "det", "DET", "the"),
                ("Ethiopian", 2, "amod", "ADJ", "ethiopian"),
                ("delegation", 3, "nsubj", "NOUN", "delegation"),
                ("included", 3, "ROOT", "VERB", "include"),
                ("State", 5, "compound", "PROPN", "State"),
                ("Minister", 7, "compound", "PROPN", "Minister"),
                ("Mesele", 7, "compound", "PROPN", "Mesele"),
                ("Abera", 3, "dobj", "PROPN", "Abera"),
                ("and", 7, "cc", "CCONJ", "and"),
                ("Ambassador", 11, "compound", "PROPN", "Ambassador"),
                ("Yohannes", 11, "compound", "PROPN", "Yohannes"),
                ("Bekele", 7, "conj", "PROPN", "Bekele"),
                (".", 3, "punct", "PUNCT", "."),
            ],
            [(6, 8, "PERSON"), (10, 12, "PERSON")],
            {"Mesele Abera": "Ethiopia", "Yohannes Bekele": "Ethiopia"},
        ),
    ],
)
def test_officials_who_represent_a_country_or_are_in_its_delegation_serve_it(
    blank_extractor: Extractor, rows: list[Row], ents: list[tuple[int, int, str]], countries: dict[str, str]
) -> None:
    rec = parsed_record(blank_extractor, rows, ents=ents)
    assert {p.name: p.titles[0].country for p in rec.persons} == countries


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Secretary General Ts.Tserenpuntsag signed the memorandum.", "Ts.Tserenpuntsag"),
        ("The delegation was received by Deputy Prime Minister Ch.Naranbaatar on Monday.", "Ch.Naranbaatar"),
    ],
)
def test_a_name_glued_to_its_initials_is_one_name(blank_extractor: Extractor, text: str, name: str) -> None:
    """Mongolian names are written with the father's initials glued on ("Ts.Tserenpuntsag")."""
    assert [p.name for p in blank_extractor.extract(text, article_id="m").persons] == [name]


def test_in_a_list_of_names_each_followed_by_its_post_the_post_between_two_names_is_the_first_ones(
    blank_extractor: Extractor,
) -> None:
    text = (
        "The talks were attended by Ahmed Salem Al Harthy, Undersecretary of the Ministry of Economy, Nasser Ali "
        "Al Busaidi, the Sultanate of Oman's Ambassador to Jordan, and Faisal Odeh Al-Majali, Jordan's Ambassador "
        "in Muscat."
    )
    found = people(blank_extractor, text)
    assert {name: p.titles[0].post for name, p in found.items()} == {
        "Ahmed Salem Al Harthy": "Undersecretary of the Ministry of Economy",
        "Nasser Ali Al Busaidi": "Ambassador to Jordan",
        "Faisal Odeh Al-Majali": "Ambassador to Oman",
    }


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "The MoU was signed by Secretary-General Datuk Ir. Hafizah binti Ismail on Monday.",
            "Hafizah binti Ismail",
            "Secretary-General",
        ),
        (
            "It took place in the presence of WHO Representative Maria do Céu Fonseca Tavares.",
            "Maria do Céu Fonseca Tavares",
            "Representative of the World Health Organization",
        ),
        (
            "It was signed by the Managing Director of the National Oil Company (NOC) Limited, Joe Kiprono Sang, "
            "on Monday.",
            "Joe Kiprono Sang",
            "Managing Director of the National Oil Company",
        ),
    ],
)
def test_names_with_a_particle_or_after_a_company_limited(
    blank_extractor: Extractor, text: str, name: str, post: str
) -> None:
    found = people(blank_extractor, text)
    assert name in found, found.keys()
    assert found[name].titles[0].post == post


def test_a_new_paragraph_starts_a_new_sentence(blank_extractor: Extractor) -> None:
    """The parser may run a sentence on from a closing quote into the next paragraph ('..."\\n\\nIn Tokyo, X said'),
    hiding the city that opens it; the sentence guard starts one at each paragraph."""
    guard = blank_extractor.nlp.get_pipe("officialdom_sentence_guard_v1")
    doc = guard(blank_extractor.nlp.make_doc('He said: "We will see."\n\nIn Tokyo, the spokesman spoke.'))
    assert [t.text for t in doc if t.is_sent_start] == ["He", "In"]


def test_a_given_name_written_short_keeps_the_sentence_whole_only_before_a_name(blank_extractor: Extractor) -> None:
    """ "Ma." for "Maria" in Filipino names; "Ma" is also a surname that may end a sentence."""
    guard = blank_extractor.nlp.get_pipe("officialdom_sentence_guard_v1")
    doc = guard(blank_extractor.nlp("It was signed by Secretary Ma. Lourdes Villanueva-Santos on Monday."))
    assert sum(t.is_sent_start for t in doc) == 1
    doc = guard(blank_extractor.nlp.make_doc("The talks were cordial, said Ma. The two sides will meet."))
    assert doc[7].text == "The" and doc[7].is_sent_start is not False  # left to the parser
    found = people(blank_extractor, "It was signed by Migrant Workers Secretary Ma. Lourdes Villanueva-Santos.")
    assert found["Ma. Lourdes Villanueva-Santos"].titles[0].post == "Secretary of Migrant Workers"


def test_a_local_post_of_a_place_the_model_ran_into_a_name(blank_extractor: Extractor) -> None:
    """The model tags "Khokim of Samarkand" as a person's name; the place is the post's, the name follows."""
    [person] = with_model_name(blank_extractor, "He met Khokim of Samarkand region Erkin Tursunovich Boboyev.", 2, 5)
    assert (person.name, person.titles[0].post) == ("Erkin Tursunovich Boboyev", "Khokim of Samarkand region")


def test_a_place_before_a_local_post_that_starts_with_a_body_word(blank_extractor: Extractor) -> None:
    found = people(blank_extractor, "Rift Valley Regional Commissioner Abdi Hassan Mohamed said it.")
    assert found["Abdi Hassan Mohamed"].titles[0].post == "Regional Commissioner of Rift Valley"


def test_initials_and_a_surname_are_the_person_named_in_full(blank_extractor: Extractor) -> None:
    text = "Prime Minister Tornike Gogiberidze arrived in Tashkent. Minister T. Gogiberidze will travel to Samarkand."
    assert [p.name for p in blank_extractor.extract(text, article_id="g").persons] == ["Tornike Gogiberidze"]


def test_officials_of_regional_bodies_serve_no_country(blank_extractor: Extractor) -> None:
    text = (
        "ADDIS ABABA, May 3 (ENA) - Africa CDC Director General Jean-Paul Mbuyi Kalonji and Mekong River "
        "Commission chief executive officer Lan Huong Nguyen spoke."
    )
    found = people(blank_extractor, text)
    assert [(t.post, t.country) for p in found.values() for t in p.titles] == [
        ("Director-General of the Africa Centres for Disease Control and Prevention", None),
        ("Chief Executive Officer of the Mekong River Commission", None),
    ]


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "He met the Minister of Culture, Gender, Entertainment and Sport, Desmond McFarlane, on Monday.",
            "Desmond McFarlane",
            "Minister of Culture, Gender, Entertainment and Sport",
        ),
        (
            "She met the Minister Delegate in charge of Investment, Convergence and the Evaluation of Public Policies, "
            "Hicham Bennani, on Monday.",
            "Hicham Bennani",
            "Minister Delegate of Investment, Convergence and the Evaluation of Public Policies",
        ),
        (
            "He met the Portuguese Minister of State and Foreign Affairs, Henrique Sousa Magalhães.",
            "Henrique Sousa Magalhães",
            "Minister of State and Foreign Affairs",
        ),
    ],
)
def test_a_portfolio_listed_with_fields_the_lexicon_lacks_runs_to_the_closing_and(
    blank_extractor: Extractor, text: str, name: str, post: str
) -> None:
    found = people(blank_extractor, text)
    assert list(found) == [name]
    assert found[name].titles[0].post == post


def test_names_listed_after_a_portfolio_are_no_fields(blank_extractor: Extractor) -> None:
    found = people(blank_extractor, "He met the Minister of Trade, Ali Hassan, and Minister of Culture, Mary Jones.")
    assert {n: p.titles[0].post for n, p in found.items()} == {
        "Ali Hassan": "Minister of Trade",
        "Mary Jones": "Minister of Culture",
    }


DELEGATION_HEAD: list[Row] = [  # "HAVANA - Vietnamese Minister Tran Van Hung"
    ("HAVANA", 3, "compound", "PROPN", "HAVANA"),
    ("-", 2, "punct", "PUNCT", "-"),
    ("Vietnamese", 3, "compound", "PROPN", "Vietnamese"),
    ("Minister", 6, "compound", "PROPN", "Minister"),
    ("Tran", 6, "compound", "PROPN", "Tran"),
    ("Van", 6, "compound", "PROPN", "Van"),
]


@pytest.mark.parametrize(
    "rest",
    [
        [  # "... arrived at the head of a delegation that includes Minister of Trade Pham Quoc Dung."
            ("Hung", 7, "nsubj", "PROPN", "Hung"),
            ("arrived", 7, "ROOT", "VERB", "arrive"),
            ("at", 7, "prep", "ADP", "at"),
            ("the", 10, "det", "DET", "the"),
            ("head", 8, "pobj", "NOUN", "head"),
            ("of", 10, "prep", "ADP", "of"),
            ("a", 13, "det", "DET", "a"),
            ("delegation", 11, "pobj", "NOUN", "delegation"),
            ("that", 15, "nsubj", "PRON", "that"),
            ("includes", 13, "relcl", "VERB", "include"),
            ("Minister", 15, "dobj", "PROPN", "Minister"),
            ("of", 16, "prep", "ADP", "of"),
            ("Trade", 21, "compound", "PROPN", "Trade"),
            ("Pham", 21, "compound", "PROPN", "Pham"),
            ("Quoc", 21, "compound", "PROPN", "Quoc"),
            ("Dung", 17, "pobj", "PROPN", "Dung"),
            (".", 7, "punct", "PUNCT", "."),
        ],
        [  # "... and his delegation, which includes Minister of Trade Pham Quoc Dung, arrived."
            ("Hung", 20, "nsubj", "PROPN", "Hung"),
            ("and", 6, "cc", "CCONJ", "and"),
            ("his", 9, "poss", "PRON", "his"),
            ("delegation", 6, "conj", "NOUN", "delegation"),
            (",", 9, "punct", "PUNCT", ","),
            ("which", 12, "nsubj", "PRON", "which"),
            ("includes", 9, "relcl", "VERB", "include"),
            ("Minister", 12, "dobj", "PROPN", "Minister"),
            ("of", 13, "prep", "ADP", "of"),
            ("Trade", 18, "compound", "PROPN", "Trade"),
            ("Pham", 18, "compound", "PROPN", "Pham"),
            ("Quoc", 18, "compound", "PROPN", "Quoc"),
            ("Dung", 14, "pobj", "PROPN", "Dung"),
            (",", 9, "punct", "PUNCT", ","),
            ("arrived", 20, "ROOT", "VERB", "arrive"),
            (".", 20, "punct", "PUNCT", "."),
        ],
    ],
)
def test_members_of_a_delegation_serve_the_country_of_its_head(blank_extractor: Extractor, rest: list[Row]) -> None:
    rows = DELEGATION_HEAD + rest
    member = next(i for i, r in enumerate(rows) if r[0] == "Pham")
    rec = parsed_record(blank_extractor, rows, ents=[(4, 7, "PERSON"), (member, member + 3, "PERSON")])
    assert {p.name: p.titles[0].country for p in rec.persons} == {
        "Tran Van Hung": "Vietnam",
        "Pham Quoc Dung": "Vietnam",
    }


def test_a_local_post_takes_the_region_word_written_in_lower_case_after_its_place(blank_extractor: Extractor) -> None:
    found = people(blank_extractor, "It was signed by Governor of Savannakhet province Bounmy Phanthavong.")
    assert [(n, p.titles[0].post, p.titles[0].country) for n, p in found.items()] == [
        ("Bounmy Phanthavong", "Governor of Savannakhet province", "Laos")
    ]


def test_economics_minister_is_the_minister_of_economy(blank_extractor: Extractor) -> None:
    found = people(blank_extractor, "Swiss Economics Minister Reto Zumbühl spoke.")
    assert (found["Reto Zumbühl"].titles[0].post, found["Reto Zumbühl"].titles[0].country) == (
        "Minister of Economy",
        "Switzerland",
    )


def test_an_agency_named_before_the_dateline_city_and_a_month_in_capitals(blank_extractor: Extractor) -> None:
    import spacy

    from officialdom.extract.gazetteer import find_dateline

    found = find_dateline(spacy.blank("en")("(ANSA) - ROME, FEB 18 - Italy and Libya agreed."), blank_extractor.lexicon)
    assert found is not None and found.city is not None and found.agency is not None
    assert (found.city.name, found.agency.name, found.date_text) == ("Rome", "ANSA", "FEB 18")
    text = "(ANSA) - ROME, FEB 18 - Interior Minister Massimo Rinaldi spoke."
    assert people(blank_extractor, text)["Massimo Rinaldi"].titles[0].country == "Italy"


def test_a_name_after_a_title_and_a_comma_may_end_the_sentence(blank_extractor: Extractor) -> None:
    """The full stop of a sentence has no matching form (it reads like an abbreviation's dot); it still ends the
    name."""
    text = "The talks were attended by Libya's ambassador to Italy, Mohamed Fathi al-Senussi. The delegation left."
    found = people(blank_extractor, text)
    assert [(t.post, t.country) for t in found["Mohamed Fathi al-Senussi"].titles] == [("Ambassador to Italy", "Libya")]


def test_the_countrys_minister_serves_the_country_the_story_is_told_from(blank_extractor: Extractor) -> None:
    text = "Maputo, 07 Oct 2025 (Lusa) - He met the country's economy and finance minister, Ernesto Langa Cumbe."
    person = people(blank_extractor, text)["Ernesto Langa Cumbe"]
    assert [(t.post, t.country) for t in person.titles] == [("Minister of Economy and Finance", "Mozambique")]


def test_a_modifier_before_a_local_post_is_the_posts_not_the_places(blank_extractor: Extractor) -> None:
    person = people(blank_extractor, "It was attended by Piura Regional Governor Luis Chiroque.")["Luis Chiroque"]
    assert [(t.post, t.country) for t in person.titles] == [("Regional Governor of Piura", "Peru")]


@pytest.mark.parametrize(
    ("text", "name", "post", "rank"),
    [
        (
            "He called on Prime Minister, the Most Hon. Alphonso Reid, on Wednesday.",
            "Alphonso Reid",
            "Prime Minister",
            "Most Hon.",
        ),
        ("It was signed by Senator the Hon. Kamina Smith on Monday.", "Kamina Smith", "Senator", "Hon."),
    ],
)
def test_the_before_an_honorific_and_an_honorific_after_a_comma(
    blank_extractor: Extractor, text: str, name: str, post: str, rank: str
) -> None:
    person = people(blank_extractor, text)[name]
    assert [t.post for t in person.titles] == [post]
    assert rank in person.honorifics + tuple(t.rank or "" for t in person.titles)


def test_given_names_the_model_left_out_before_its_name(blank_extractor: Extractor) -> None:
    text = "The statement was read by Salem Rashid Al Dhaheri on Monday."
    found = with_model_name(blank_extractor, text, 7, 9)  # the model's name: "Al Dhaheri"
    assert [p.name for p in found] == ["Salem Rashid Al Dhaheri"]
    text = "He spoke with Kenyan Foreign Minister Ali Saeed on Monday."
    assert [p.name for p in with_model_name(blank_extractor, text, 6, 8)] == ["Ali Saeed"]


def test_a_first_name_alone_is_the_person_it_is_the_first_name_of(blank_extractor: Extractor) -> None:
    text = (
        "Sheikh Rashid bin Hamdan Al Nahyan met Ambassador Salem Rashid Al Dhaheri. "
        "Later, Sheikh Rashid spoke to reporters."
    )
    assert [p.name for p in blank_extractor.extract(text, article_id="r").persons] == [
        "Rashid bin Hamdan Al Nahyan",
        "Salem Rashid Al Dhaheri",
    ]


def test_a_city_that_opens_a_paragraph_frames_its_later_sentences(blank_extractor: Extractor) -> None:
    text = (
        "WASHINGTON, March 15 (UPI) -- Trade talks resumed on Thursday.\n\n"
        "In Lima, the foreign ministry summoned an envoy on Wednesday. Vice Minister of Foreign Affairs Rosa Tamayo "
        "handed him a note.\n\n"
        "Deputy Secretary of State Mark Allen said talks would go on."
    )
    found = people(blank_extractor, text)
    assert found["Rosa Tamayo"].titles[0].country == "Peru"
    assert found["Mark Allen"].titles[0].country == "United States"


def test_a_local_post_of_a_place_named_with_its_direction(blank_extractor: Extractor) -> None:
    text = "He will meet the Governor of South Sulawesi, Andi Baso Mappatoba, and deliver a lecture."
    found = with_model_name(blank_extractor, text, 7, 8)  # the model's person: "Sulawesi"
    assert [(p.name, p.titles[0].post) for p in found] == [("Andi Baso Mappatoba", "Governor of South Sulawesi")]


@pytest.mark.parametrize(("source", "country"), [("Kuensel", "Bhutan"), ("Solomon Star", "Solomon Islands")])
def test_a_national_newspapers_officials_serve_its_country(
    blank_extractor: Extractor, source: str, country: str
) -> None:
    rec = blank_extractor.extract(
        "Foreign Minister Tandin Dorji met the envoy on Monday.", article_id="n", source=source
    )
    assert [(p.name, p.titles[0].country) for p in rec.persons] == [("Tandin Dorji", country)]


def test_a_non_resident_ambassador_and_a_country_shared_down_a_list_that_names_someone_else(
    blank_extractor: Extractor,
) -> None:
    text = (
        "Oman's non-resident Ambassador to Belarus Talal bin Badr Al Busaidi arrived. A memorandum was signed by "
        "Belarusian Education Minister Andrei Ivashkevich and Ambassador Talal Al Busaidi."
    )
    found = people(blank_extractor, text)
    assert sorted(found) == ["Andrei Ivashkevich", "Talal bin Badr Al Busaidi"]
    first = found["Talal bin Badr Al Busaidi"].titles[0]
    assert (first.post, first.country) == ("Ambassador to Belarus", "Oman")


def test_the_delegation_named_before_gives_its_members_its_country(blank_extractor: Extractor) -> None:
    rows: list[Row] = [  # "An Indian delegation arrived in Thimphu. The delegation includes Joint Secretary Meenakshi
        # Raghavan." (in a Bhutanese paper)
        ("An", 2, "det", "DET", "an"),
        ("Indian", 2, "amod", "ADJ", "indian"),
        ("delegation", 3, "nsubj", "NOUN", "delegation"),
        ("arrived", 3, "ROOT", "VERB", "arrive"),
        ("in", 3, "prep", "ADP", "in"),
        ("Thimphu", 4, "pobj", "PROPN", "Thimphu"),
        (".", 3, "punct", "PUNCT", "."),
        ("The", 8, "det", "DET", "the"),
        ("delegation", 9, "nsubj", "NOUN", "delegation"),
        ("includes", 9, "ROOT", "VERB", "include"),
        ("Joint", 11, "compound", "PROPN", "Joint"),
        ("Secretary", 13, "compound", "PROPN", "Secretary"),
        ("Meenakshi", 13, "compound", "PROPN", "Meenakshi"),
        ("Raghavan", 9, "dobj", "PROPN", "Raghavan"),
        (".", 9, "punct", "PUNCT", "."),
    ]
    article = Article(id="k", text="", source="Kuensel")
    rec = parsed_record(
        blank_extractor, rows, ents=[(1, 2, "NORP"), (5, 6, "GPE"), (12, 14, "PERSON")], article=article
    )
    assert [(p.name, p.titles[0].country) for p in rec.persons] == [("Meenakshi Raghavan", "India")]


def test_bhutanese_honorifics_are_no_part_of_the_name(blank_extractor: Extractor) -> None:
    found = people(blank_extractor, "Foreign Minister Lyonpo Dorji Gyeltshen met Dasho Karma Tshewang.")
    assert sorted(found) == ["Dorji Gyeltshen", "Karma Tshewang"]


def test_a_diplomat_posted_in_a_city_the_gazetteer_lacks(blank_extractor: Extractor) -> None:
    found = people(blank_extractor, "They were received by Consul-General in Jayapura Geoffrey Wakon on Monday.")
    assert [t.post for t in found["Geoffrey Wakon"].titles] == ["Consul General in Jayapura"]


def test_a_royal_title_after_a_professions_honorific_is_a_given_name(blank_extractor: Extractor) -> None:
    found = people(
        blank_extractor,
        "It was attended by Eng. Sultan Hamad Al Mheiri, Minister of Energy, and Sultan Haitham bin Tarik.",
    )
    posts = {n: [t.post for t in p.titles] for n, p in found.items()}
    assert posts["Haitham bin Tarik"] == ["Sultan"]
    assert [p for n, p in posts.items() if "Mheiri" in n] == [["Minister of Energy"]]  # no royal title


def test_a_delegation_from_a_country_gives_its_head_its_country_though_the_name_is_parsed_apart(
    blank_extractor: Extractor,
) -> None:
    rows: list[Row] = [  # "Minister Yusuf Tuggar received a delegation from the Republic of Ghana led by the
        # Minister of Foreign Affairs, Mr Samuel Ablakwa." (in a Nigerian agency's article; the name hangs off the verb)
        ("Minister", 2, "compound", "PROPN", "Minister"),
        ("Yusuf", 2, "compound", "PROPN", "Yusuf"),
        ("Tuggar", 3, "nsubj", "PROPN", "Tuggar"),
        ("received", 3, "ROOT", "VERB", "receive"),
        ("a", 5, "det", "DET", "a"),
        ("delegation", 3, "dobj", "NOUN", "delegation"),
        ("from", 5, "prep", "ADP", "from"),
        ("the", 8, "det", "DET", "the"),
        ("Republic", 6, "pobj", "PROPN", "Republic"),
        ("of", 8, "prep", "ADP", "of"),
        ("Ghana", 9, "pobj", "PROPN", "Ghana"),
        ("led", 5, "acl", "VERB", "lead"),
        ("by", 11, "agent", "ADP", "by"),
        ("the", 14, "det", "DET", "the"),
        ("Minister", 12, "pobj", "PROPN", "Minister"),
        ("of", 14, "prep", "ADP", "of"),
        ("Foreign", 17, "compound", "PROPN", "Foreign"),
        ("Affairs", 15, "pobj", "PROPN", "Affairs"),
        (",", 3, "punct", "PUNCT", ","),
        ("Mr", 21, "compound", "PROPN", "Mr"),
        ("Samuel", 21, "compound", "PROPN", "Samuel"),
        ("Ablakwa", 3, "npadvmod", "PROPN", "Ablakwa"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    article = Article(id="n", text="", source="NAN")
    rec = parsed_record(
        blank_extractor, rows, ents=[(1, 3, "PERSON"), (7, 11, "GPE"), (20, 22, "PERSON")], article=article
    )
    assert {p.name: p.titles[0].country for p in rec.persons} == {"Yusuf Tuggar": "Nigeria", "Samuel Ablakwa": "Ghana"}


def test_an_envoy_listed_first_does_not_give_the_next_official_his_country(blank_extractor: Extractor) -> None:
    text = (
        "Chilean Ambassador to Vietnam Carolina Mella and Director of the Americas Department Do Minh Tuan also "
        "attended the talks."
    )
    rec = blank_extractor.extract(text, article_id="v", source="VNA")
    assert {p.name: p.titles[0].country for p in rec.persons} == {"Carolina Mella": "Chile", "Do Minh Tuan": "Vietnam"}


ARRIVED_ACCOMPANIED: list[Row] = [  # "Uzbek Foreign Minister Akmal Tursunov arrived in Seoul for a visit, accompanied
    # by Mining Minister Otabek Nurmatov."
    ("Uzbek", 2, "amod", "ADJ", "uzbek"),
    ("Foreign", 2, "compound", "PROPN", "Foreign"),
    ("Minister", 4, "compound", "PROPN", "Minister"),
    ("Akmal", 4, "compound", "PROPN", "Akmal"),
    ("Tursunov", 5, "nsubj", "PROPN", "Tursunov"),
    ("arrived", 5, "ROOT", "VERB", "arrive"),
    ("in", 5, "prep", "ADP", "in"),
    ("Seoul", 6, "pobj", "PROPN", "Seoul"),
    ("for", 5, "prep", "ADP", "for"),
    ("a", 10, "det", "DET", "a"),
    ("visit", 8, "pobj", "NOUN", "visit"),
    (",", 5, "punct", "PUNCT", ","),
    ("accompanied", 5, "advcl", "VERB", "accompany"),
    ("by", 12, "agent", "ADP", "by"),
    ("Mining", 15, "compound", "PROPN", "Mining"),
    ("Minister", 17, "compound", "PROPN", "Minister"),
    ("Otabek", 17, "compound", "PROPN", "Otabek"),
    ("Nurmatov", 13, "pobj", "PROPN", "Nurmatov"),
    (".", 5, "punct", "PUNCT", "."),
]


@pytest.mark.parametrize(("tour", "country"), [(False, "Uzbekistan"), (True, None)])
def test_a_companion_of_a_visitor_serves_the_visitors_country_but_not_on_a_tour(
    blank_extractor: Extractor, tour: bool, country: str | None
) -> None:
    rows = list(ARRIVED_ACCOMPANIED)
    if tour:  # "... arrived in Seoul for a tour, accompanied by ...": the hosts show the guest round
        rows[10] = ("tour", 8, "pobj", "NOUN", "tour")
    ents = [(0, 1, "NORP"), (3, 5, "PERSON"), (7, 8, "GPE"), (16, 18, "PERSON")]
    rec = parsed_record(blank_extractor, rows, ents=ents, article=Article(id="y", text="", source="Yonhap"))
    assert {p.name: p.titles[0].country for p in rec.persons} == {
        "Akmal Tursunov": "Uzbekistan",
        "Otabek Nurmatov": country,
    }


def test_a_country_shared_down_a_list_is_not_given_to_a_person_introduced_before_with_a_post(
    blank_extractor: Extractor,
) -> None:
    text = (
        "Minister of Agriculture Nguyen Duc Thang arrived on Monday. Cuban Minister of Agriculture Adalberto "
        "Quintana and Minister Thang signed a memorandum."
    )
    found = people(blank_extractor, text)
    assert found["Adalberto Quintana"].titles[0].country == "Cuba"
    assert {t.country for t in found["Nguyen Duc Thang"].titles} == {None}


@pytest.mark.parametrize("place", ["Algiers", "Algeria"])
def test_a_place_after_in_is_where_not_part_of_the_post_after_it(blank_extractor: Extractor, place: str) -> None:
    text = f"Minister of Energy Mohamed Bensalah received on Monday in {place} Vietnamese Deputy Prime Minister Tran Quoc Hung."
    title = people(blank_extractor, text)["Tran Quoc Hung"].titles[0]
    assert (title.title, title.country) == ("Deputy Prime Minister", "Vietnam")


def test_a_word_of_a_body_tagged_as_a_person_is_part_of_the_post(blank_extractor: Extractor) -> None:
    text = "She was accompanied by Minister of European Investments and Projects Radu Ionescu."
    found = with_model_name(blank_extractor, text, 7, 8)  # the model tags "Investments" as a person
    assert [(p.name, p.titles[0].title) for p in found] == [
        ("Radu Ionescu", "Minister of European Investments and Projects")
    ]


def test_a_region_a_post_covers_is_no_name(blank_extractor: Extractor) -> None:
    text = "The EU's special representative for the South Caucasus, Danish diplomat Henrik Lundgaard, took part."
    found = with_model_name(blank_extractor, text, 9, 10)  # the model tags "Caucasus" as a person
    assert [p.name for p in found] == ["Henrik Lundgaard"]


@pytest.mark.parametrize(
    ("text", "name", "rank"),
    [
        ("The Minister of Defence, Maj.-Gen. Abubakar Danladi, received them.", "Abubakar Danladi", "Major General"),
        ("Foreign Minister Pol. Gen. Somchai Wongsakul attended.", "Somchai Wongsakul", "Police General"),
        ("The Chairman of the Labour Party, Barr. Emeka Nwosu, spoke.", "Emeka Nwosu", "Barrister"),
    ],
)
def test_ranks_written_short_with_dots_and_hyphens_are_no_names(
    blank_extractor: Extractor, text: str, name: str, rank: str
) -> None:
    found = people(blank_extractor, text)
    assert list(found) == [name]
    assert rank in (found[name].titles[0].rank, *found[name].honorifics)


HOSTED_COUNTERPARTS: list[Row] = [  # "Ignacio Valdés hosted Armenian Foreign Minister Davit Grigoryan and his
    # Azerbaijani counterpart Elchin Mammadli."
    ("Ignacio", 1, "compound", "PROPN", "Ignacio"),
    ("Valdés", 2, "nsubj", "PROPN", "Valdés"),
    ("hosted", 2, "ROOT", "VERB", "host"),
    ("Armenian", 5, "amod", "ADJ", "armenian"),
    ("Foreign", 5, "compound", "PROPN", "Foreign"),
    ("Minister", 7, "compound", "PROPN", "Minister"),
    ("Davit", 7, "compound", "PROPN", "Davit"),
    ("Grigoryan", 2, "dobj", "PROPN", "Grigoryan"),
    ("and", 7, "cc", "CCONJ", "and"),
    ("his", 11, "poss", "PRON", "his"),
    ("Azerbaijani", 11, "compound", "ADJ", "azerbaijani"),
    ("counterpart", 7, "conj", "NOUN", "counterpart"),
    ("Elchin", 13, "compound", "PROPN", "Elchin"),
    ("Mammadli", 11, "appos", "PROPN", "Mammadli"),
    (".", 2, "punct", "PUNCT", "."),
]


def test_his_counterpart_after_an_object_is_the_objects_counterpart_when_no_one_before_holds_a_post(
    blank_extractor: Extractor,
) -> None:
    ents = [(0, 2, "PERSON"), (3, 4, "NORP"), (6, 8, "PERSON"), (12, 14, "PERSON")]
    rec = parsed_record(blank_extractor, HOSTED_COUNTERPARTS, ents=ents)
    found = {p.name: (p.titles[0].post, p.titles[0].country) for p in rec.persons if p.titles}
    assert found["Elchin Mammadli"] == ("Minister of Foreign Affairs", "Azerbaijan")


def test_a_ministry_every_country_has_named_with_a_foreign_country_lends_it_not_to_home_officials(
    blank_extractor: Extractor,
) -> None:
    text = (
        "DOHA, Sept 26 (QNA) - Undersecretary at the Ministry of Foreign Affairs of Oman Nasser Al Busaidi called. "
        "Secretary-General of the Ministry of Foreign Affairs Hamad Al Sulaiti received him."
    )
    found = people(blank_extractor, text)
    assert found["Nasser Al Busaidi"].titles[0].country == "Oman"
    assert found["Hamad Al Sulaiti"].titles[0].country == "Qatar"


def test_in_a_mixed_list_a_country_given_to_one_official_is_not_shared_down(blank_extractor: Extractor) -> None:
    text = (
        "Also taking part were Minister of Foreign Affairs Bence Kovacs, Serbian Foreign Minister Nemanja Radulovic, "
        "Minister of Construction Laszlo Bodnar and Serbian Minister of Transport Zoran Milankovic."
    )
    found = {name: p.titles[0].country for name, p in people(blank_extractor, text).items()}
    assert found == {
        "Bence Kovacs": None,
        "Nemanja Radulovic": "Serbia",
        "Laszlo Bodnar": None,
        "Zoran Milankovic": "Serbia",
    }


def test_a_companion_said_to_accompany_a_visitor_now_serves_the_visitors_country(blank_extractor: Extractor) -> None:
    rows: list[
        Row
    ] = [  # "Kenyan Minister Ali Hassan arrived in Dodoma. Hassan is accompanied by Minister Rose Wanjiku."
        ("Kenyan", 1, "amod", "ADJ", "kenyan"),
        ("Minister", 3, "compound", "PROPN", "Minister"),
        ("Ali", 3, "compound", "PROPN", "Ali"),
        ("Hassan", 4, "nsubj", "PROPN", "Hassan"),
        ("arrived", 4, "ROOT", "VERB", "arrive"),
        ("in", 4, "prep", "ADP", "in"),
        ("Dodoma", 5, "pobj", "PROPN", "Dodoma"),
        (".", 4, "punct", "PUNCT", "."),
        ("Hassan", 10, "nsubjpass", "PROPN", "Hassan"),
        ("is", 10, "auxpass", "AUX", "be"),
        ("accompanied", 10, "ROOT", "VERB", "accompany"),
        ("by", 10, "agent", "ADP", "by"),
        ("Minister", 14, "compound", "PROPN", "Minister"),
        ("Rose", 14, "compound", "PROPN", "Rose"),
        ("Wanjiku", 11, "pobj", "PROPN", "Wanjiku"),
        (".", 10, "punct", "PUNCT", "."),
    ]
    rec = parsed_record(
        blank_extractor, rows, ents=[(0, 1, "NORP"), (2, 4, "PERSON"), (6, 7, "GPE"), (13, 15, "PERSON")]
    )
    assert {p.name: p.titles[0].country for p in rec.persons} == {"Ali Hassan": "Kenya", "Rose Wanjiku": "Kenya"}


def test_letters_after_a_name_do_not_part_it_from_its_post(blank_extractor: Extractor) -> None:
    text = "The Australian Minister for Trade, Hon. Jason McAllister MP, signed the agreement."
    person = people(blank_extractor, text)["Jason McAllister"]
    assert (person.titles[0].post, person.titles[0].country) == ("Minister of Trade", "Australia")


@pytest.mark.parametrize(
    ("text", "name", "post", "rank"),
    [
        (
            "Royal Thai Police Commissioner-General Pol Gen Kittisak Rattanawong took part.",
            "Kittisak Rattanawong",
            "Commissioner-General of the Royal Thai Police",
            "Police General",
        ),
        (
            "Myanmar was represented by the Permanent Secretary of its Ministry of Foreign Affairs, U Aung Kyaw Moe.",
            "Aung Kyaw Moe",
            "Permanent Secretary of the Ministry of Foreign Affairs",
            None,
        ),
    ],
)
def test_police_ranks_and_posts_and_a_body_named_with_its(
    blank_extractor: Extractor, text: str, name: str, post: str, rank: str | None
) -> None:
    title = people(blank_extractor, text)[name].titles[0]
    assert (title.post, title.rank) == (post, rank)


def test_a_counterpart_with_a_police_rank_after_a_comma(blank_extractor: Extractor) -> None:
    text = "Russian Foreign Minister Viktor Dorofeyev called his Thai counterpart, Police General Chatchai Sirisombat, on Monday."
    title = people(blank_extractor, text)["Chatchai Sirisombat"].titles[0]
    assert (title.post, title.country, title.rank) == ("Minister of Foreign Affairs", "Thailand", "Police General")


def test_a_name_the_model_cuts_at_the_hyphen_goes_on_before_its_post(blank_extractor: Extractor) -> None:
    text = "Following the talks, Choi Min-seok, first vice minister of trade, signed a memorandum."
    found = with_model_name(blank_extractor, text, 4, 6)  # the model tags "Choi Min" only
    assert [(p.name, p.titles[0].post) for p in found] == [("Choi Min-seok", "First Vice Minister of Trade")]


def test_two_regions_joined_before_a_department_are_one_body(blank_extractor: Extractor) -> None:
    text = "Director of the Africa and Middle East Department of the Kazakh MFA Daulet Omarov attended."
    title = people(blank_extractor, text)["Daulet Omarov"].titles[0]
    assert (title.post, title.country) == ("Director of the Africa and Middle East Department", "Kazakhstan")


def test_a_post_over_a_list_of_energy_fields_reaches_the_name_after_it(blank_extractor: Extractor) -> None:
    text = "The Secretary of Oil, Natural Gas and Biofuels of the MME, Paulo Roberto Siqueira Neto, attended."
    title = people(blank_extractor, text)["Paulo Roberto Siqueira Neto"].titles[0]
    assert title.title == "Secretary of Oil, Natural Gas and Biofuels of the MME"


def test_the_minister_is_not_the_deputy_minister_named_before(blank_extractor: Extractor) -> None:
    doc = blank_extractor.nlp(
        "Russian Deputy Foreign Minister Gennady Lapshin spoke in Moscow. The Russian foreign minister will visit Bangkok."
    )
    nominals = [n for n in doc._.od.nominals if n.text.lower().startswith("the russian foreign minister")]
    assert [n.clusters for n in nominals] == [[]]


@pytest.mark.parametrize(
    ("second", "resolved"),
    [("Canadian Agriculture Minister Jean Tremblay", True), ("Chief Jean Tremblay of Canada's farmers' union", False)],
)
def test_a_group_of_ministers_of_countries_named_before_is_those_ministers(
    blank_extractor: Extractor, second: str, resolved: bool
) -> None:
    doc = blank_extractor.nlp(
        f"Polish Agriculture Minister Katarzyna Nowak and {second} arrived in Kyiv. Prime Minister Taras Rudenko "
        "received the Polish and Canadian ministers."
    )
    ann = doc._.od
    assert len(ann.groups) == 1
    people = {ann.clusters[c].name for c in ann.token_people.get(ann.groups[0].start, [])}
    assert people == ({"Katarzyna Nowak", "Jean Tremblay"} if resolved else set())


def test_a_retired_mark_after_the_name_does_not_part_it_from_its_post(blank_extractor: Extractor) -> None:
    text = "The Minister of Defence, Maj.-Gen. Abubakar Danladi (rtd), says Nigeria is exploring cooperation."
    title = people(blank_extractor, text)["Abubakar Danladi"].titles[0]
    assert (title.post, title.rank) == ("Minister of Defence", "Major General")


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Director of Political Affairs Halima Bako attended.", "Halima Bako", "Director of Political Affairs"),
        (
            "The delegation included the Director of Defence Industry Cooperation, Rear Adm. Budi Prasetyo.",
            "Budi Prasetyo",
            "Director of Defence Industry Cooperation",
        ),
    ],
)
def test_a_department_head_of_a_field_named_without_the(
    blank_extractor: Extractor, text: str, name: str, title: str
) -> None:
    assert people(blank_extractor, text)[name].titles[0].title == title


def test_the_body_of_a_post_between_commas_gives_its_country_before_the_name(blank_extractor: Extractor) -> None:
    text = "The delegation was led by the Director-General of Defence Strategy, Indonesian Ministry of Defence, Maj.-Gen. Wiradharma."
    title = people(blank_extractor, text)["Wiradharma"].titles[0]
    assert (title.title, title.country, title.rank) == (
        "Director-General of Defence Strategy",
        "Indonesia",
        "Major General",
    )


def test_his_counterpart_is_the_one_holding_the_speakers_post(blank_extractor: Extractor) -> None:
    doc = blank_extractor.nlp(
        "Polish Defence Minister Jaroslaw Pawlak met South Korean Defence Minister Kang Min-seok. South Korean Deputy "
        "Minister Park Hyun-joo also attended. Park said the deal was good. Park added that more was coming. "
        "Pawlak spoke at a joint press conference with his Korean counterpart."
    )
    ann = doc._.od
    counterpart = next(n for n in ann.nominals if n.text.lower().endswith("korean counterpart"))
    assert [ann.clusters[c].name for c in counterpart.clusters] == ["Kang Min-seok"]


def test_a_short_family_name_written_first_opens_a_sentence_before_its_verb(blank_extractor: Extractor) -> None:
    rows: list[Row] = [  # "Vice Minister Han Jisung met Mesfin. Han arrived in Addis Ababa."
        ("Vice", 1, "compound", "PROPN", "Vice"),
        ("Minister", 3, "compound", "PROPN", "Minister"),
        ("Han", 3, "compound", "PROPN", "Han"),
        ("Jisung", 4, "nsubj", "PROPN", "Jisung"),
        ("met", 4, "ROOT", "VERB", "meet"),
        ("Mesfin", 4, "dobj", "PROPN", "Mesfin"),
        (".", 4, "punct", "PUNCT", "."),
        ("Han", 8, "nsubj", "PROPN", "Han"),
        ("arrived", 8, "ROOT", "VERB", "arrive"),
        ("in", 8, "prep", "ADP", "in"),
        ("Addis", 11, "compound", "PROPN", "Addis"),
        ("Ababa", 9, "pobj", "PROPN", "Ababa"),
        (".", 8, "punct", "PUNCT", "."),
    ]
    doc = parsed_doc(blank_extractor, rows, ents=[(2, 4, "PERSON"), (7, 8, "NORP")])
    ann = doc._.od
    assert [ann.clusters[c].name for c in ann.token_people.get(7, [])] == ["Han Jisung"]


def test_a_catalan_name_joined_by_i_is_one_name(blank_extractor: Extractor) -> None:
    found = people(blank_extractor, "Secretary of State for Trade Xavier Puig i Ferrer also took part.")
    assert list(found) == ["Xavier Puig i Ferrer"]
