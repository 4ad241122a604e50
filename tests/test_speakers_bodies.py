"""Who states a figure when news names a body by a common noun, a person by one name, or
the source after the quotation; on texts written here (fictional officials, real places).

Each rule is tested on a phrasing where it should name the source and on a near miss
where a wrong source would be worse than none.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract import extract_text

PUBLISHED = date(2026, 9, 14)


def who(text: str) -> dict[str, str | None]:
    """Each figure's evidence -> its speaker, else its organisation, else None."""
    return {f.evidence.text: (f.attribution.speaker or f.attribution.org)
            for f in extract_text(text, PUBLISHED).figures}


def source_of(text: str, evidence: str) -> str | None:
    found = who(text)
    hits = [k for k in found if evidence in k]
    assert hits, (evidence, found)
    return found[hits[0]]


# --- 1. a body named by a common noun, with its country ----------------------------------

@pytest.mark.parametrize(("text", "evidence", "source"), [
    ("Floods hit Myanmar on Monday. The toll rose to 210, the junta said.", "210",
     "Burmese military government"),
    ("Floods hit Myanmar on Monday. At least 210 people died, the military government "
     "said in a statement.", "210", "Burmese military government"),
    ("Myanmar's ruling military said on Monday that 210 people had died in the floods.",
     "210", "Burmese military government"),
    ("Floods hit Cambodia on Monday. At least 85 people died, state media reported.",
     "85", "Cambodian government"),
    ("Floods hit Cambodia on Monday. At least 85 people died, according to government "
     "media on Tuesday.", "85", "Cambodian government"),
    ("Floods hit Cambodia on Monday. A report in the state-run Phnom Penh Daily on Tuesday "
     "said 85 people had died.", "85", "Cambodian government"),
    ("Floods hit Myanmar on Monday, the country's junta said. The junta, facing criticism "
     "from aid groups, reported that 3,100 homes had been destroyed.", "3,100",
     "Burmese military government"),
])
def test_a_body_named_by_its_kind_speaks_for_its_country(text, evidence, source):
    assert source_of(text, evidence) == source


def test_local_authorities_take_the_country_of_the_place_named_before_them():
    text = ("The storm crossed Laos into Vietnam. In Hanoi, a warehouse collapsed. "
            "At least nine workers died, authorities said.")
    assert source_of(text, "nine workers") == "Vietnamese authorities"


def test_authorities_of_no_place_stay_as_written():
    assert source_of("At least nine workers died, authorities said.", "nine") == "authorities"


def test_a_military_is_not_a_government_unless_the_text_says_so():
    text = "Floods hit Cambodia on Monday. The military said 40 soldiers were helping."
    assert source_of(text, "40 soldiers") == "Cambodian military"


# --- 2. a person by one name, and names the capitals do not end -----------------------

@pytest.mark.parametrize(("text", "evidence", "source"), [
    # Thai officials go by their first name
    ("Home Minister Somchai Wongsakul visited the site in Bangkok. Later, Somchai "
     "reported that 14 workers had been rescued.", "14 workers", "Somchai Wongsakul"),
    # Korean names: family name first, a given name in two syllables
    ("Rep. Choi Min-seok briefed reporters in Seoul. Choi said 300 soldiers were wounded.",
     "300 soldiers", "Choi Min-seok"),
    ("Rep. Choi Min-seok briefed reporters. According to Choi, 300 soldiers were wounded.",
     "300 soldiers", "Choi Min-seok"),
    # the party after a lawmaker's name is his, not the speaker
    ("Lawmaker Choi Min-seok of the Justice Party told reporters that 120 soldiers were "
     "wounded.", "120 soldiers", "Choi Min-seok"),
    # a body inside a title
    ("\"We believe 2,000 troops were sent,\" Deputy Pentagon Press Secretary Dana Whitlow "
     "told reporters at a briefing on Monday.", "2,000 troops", "Dana Whitlow"),
    # a participle after a comma speaks for the sentence's subject
    ("Rep. Choi Min-seok gave details on North Korea's military plans, stating that the "
     "regime sent an additional 3,000 troops.", "3,000", "Choi Min-seok"),
    ("Junta spokesman Aung Thet said 300 people died. This official also explained that "
     "17 rescue teams had arrived.", "17 rescue teams", "Aung Thet"),
])
def test_people_named_once_in_full(text, evidence, source):
    assert source_of(text, evidence) == source


def test_a_title_with_a_body_names_the_body_too():
    fig = next(f for f in extract_text(
        "\"We believe 2,000 troops were sent,\" Deputy Pentagon Press Secretary Dana Whitlow "
        "told reporters.", PUBLISHED).figures if "2,000" in f.evidence.text)
    assert (fig.attribution.speaker, fig.attribution.org) == ("Dana Whitlow", "Pentagon")


@pytest.mark.parametrize(("text", "evidence", "source"), [
    ("The Red Cross said 300 volunteers were deployed.", "300 volunteers", "Red Cross"),
    ("A report by the UN Office for the Co-ordination of Humanitarian Affairs estimated "
     "that 17 million people were affected.", "17 million",
     "UN Office for the Co-ordination of Humanitarian Affairs"),
    ("The quake struck, the Ministry of Relief of the National Recovery Council said. "
     "The NRC said that 1,210 people had died.", "1,210", "National Recovery Council"),
])
def test_organisations_keep_their_whole_name(text, evidence, source):
    assert source_of(text, evidence) == source


def test_a_venue_is_no_speaker():
    text = ("Vice Premier Olga Sedova spoke about the fire at Crocus City Hall on Monday. "
            "She said, \"There are 90 patients in hospitals.\"")
    assert source_of(text, "90 patients") == "Olga Sedova"


# --- 3. what a verb reports -------------------------------------------------------------

@pytest.mark.parametrize(("text", "evidence", "source"), [
    ("\"About 60 bodies are under the rubble,\" rescue leader Anan Boonsri told reporters "
     "at the site.", "60 bodies", "Anan Boonsri"),
    ("By Tuesday, 80 people remained in hospital, the news agency quoted Health Minister "
     "Pavel Dronov as saying.", "80 people", "Pavel Dronov"),
    ("The toll in Laos rose to 300, the government said on Saturday, up from the 150 dead "
     "that state media reported on Friday.", "150 dead", "Laotian government"),
])
def test_the_words_a_verb_reports(text, evidence, source):
    assert source_of(text, evidence) == source


def test_an_owner_pronoun_names_the_owner():
    text = ("The World Health Organization said that according to its initial assessment, "
            "four hospitals had been destroyed.")
    assert source_of(text, "four hospitals") == "World Health Organization"


def test_preliminary_data_names_no_one_and_stops_the_carry():
    text = ("The ministry of health said 40 people were hurt in Vilnius.\n\n"
            "According to preliminary data, more than 60 people were killed.")
    assert source_of(text, "more than 60") is None


def test_a_magnitude_inside_a_toll_is_the_writers_description():
    text = "The 6.9-magnitude quake killed 310 people in Myanmar, the junta said."
    found = who(text)
    assert [v for k, v in found.items() if "310" in k] == ["Burmese military government"]
    assert [v for k, v in found.items() if "6.9" in k] == [None]


def test_a_magnitude_that_is_the_claim_keeps_its_source():
    text = "A 5.1-magnitude aftershock struck an hour later, the US Geological Survey said."
    assert source_of(text, "5.1") == "US Geological Survey"


# --- 4. wire copy goes on over one-sentence paragraphs ----------------------------------

def test_a_toll_report_goes_on_over_one_sentence_paragraphs():
    text = ("The toll in Laos rose to 400, state media reported on Sunday.\n\n"
            "The quake also injured 900 people and left 80 missing.\n\n"
            "Rescuers pulled 60 bodies from the debris.\n")
    found = who(text)
    assert found["900 people"] == "Laotian government"
    assert [v for k, v in found.items() if "60 bodies" in k] == ["Laotian government"]


def test_a_paragraph_of_another_matter_breaks_the_chain():
    text = ("The toll in Laos rose to 400, state media reported on Sunday.\n\n"
            "Rescue work went on through the night.\n\n"
            "Rescuers pulled 60 bodies from the debris.\n")
    assert source_of(text, "60 bodies") is None


def test_a_participle_after_a_figure_noun_does_not_stop_the_report():
    text = ("The government of Laos said on Sunday that the toll rose to 420. The new total "
            "is well above the 300 total announced on Saturday. The number of injured rose "
            "to 950.")
    assert source_of(text, "950") == "Laotian government"


@pytest.mark.parametrize(("text", "evidence", "source"), [
    ("An anonymous medical source told the agency that 205 people were treated.", "205",
     "anonymous medical source"),
    ("Latvian officials have further indicated that up to 9,000 troops may come.", "9,000",
     "Latvian officials"),
    ("The toll has climbed to 23, with 71 people still missing, the Riga City Council (RCC) "
     "confirmed on Tuesday.", "71 people", "Riga City Council"),
    # the acronym glued to the name, as some pages print it
    ("The State Border Guard Service(SBGS) said 52 people were stopped on Sunday.",
     "52 people", "State Border Guard Service"),
])
def test_sources_with_qualifiers_and_acronyms(text, evidence, source):
    assert source_of(text, evidence) == source


@pytest.mark.parametrize(("text", "source"), [
    ("Lithuanian intelligence said that 2,300 soldiers had crossed into Belarus.",
     "Lithuanian intelligence"),
    ("South Korean intelligence estimated that 1,100 soldiers were wounded.",
     "South Korean intelligence"),
    ("Latvia's Military Intelligence reported that 800 soldiers had left Pskov.",
     "Military Intelligence"),
])
def test_an_intelligence_service_speaks(text, source):
    assert list(who(text).values()) == [source]


def test_a_demonym_of_two_words_names_its_own_country():
    # "Korean" alone is the South's: "North Korean" must not be read as it
    assert list(who("North Korean state media said that 4,000 soldiers had come home.")
                .values()) == ["North Korean government"]
    assert list(who("South Korean police said 12 people were detained at the port.")
                .values()) == ["South Korean police"]


def test_a_sentence_pointing_back_credits_the_figures_before_it():
    assert source_of("Some 600 soldiers were wounded near Narva last week. This was confirmed "
                     "by army spokesperson Karl Otsa.", "600") == "Karl Otsa"
    assert source_of("About 700 soldiers were wounded near Valga. The figures were given by "
                     "Karl Otsa, an army spokesperson.", "700") == "Karl Otsa"
    assert source_of("About 800 soldiers were wounded near Tartu. Army spokesperson Karl Otsa "
                     "confirmed this on Monday.", "800") == "Karl Otsa"
    # the credit may open the next paragraph
    assert source_of("Some 500 soldiers were wounded near Narva last week.\n\nThis was "
                     "confirmed by army spokesperson Karl Otsa.", "500") == "Karl Otsa"
    assert source_of("Some 400 soldiers were wounded near Narva last week.\n\nArmy "
                     "spokesperson Karl Otsa said the brigade would move.", "400") is None
    # a verb that opens a claim of its own says nothing of the figure before it
    assert source_of("About 900 soldiers were wounded near Parnu. Army spokesperson Karl Otsa "
                     "confirmed that the brigade would return to Tartu.", "900") is None


def test_preliminary_data_and_official_information_are_the_officials():
    text = ("A fire broke out at a theatre in Vilnius on Friday.\n\n"
            "According to preliminary data and official information, more than 60 people "
            "were killed.")
    assert source_of(text, "more than 60") == "official figures"
