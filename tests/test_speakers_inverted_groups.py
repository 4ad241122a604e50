"""Who states a figure when the source stands after the verb, finds rather than says, is
"it" or "the company", is a group of people, or is a firm named without a head word; on
texts written here (fictional firms and officials, real places).

Each rule is tested where it should name the source and on a near miss where a wrong
source would be worse than none.
"""

from __future__ import annotations

from datetime import date

import pytest
from sources import source_of

from sitrep.extract import extract_text

PUBLISHED = date(2026, 9, 14)


def kinds(text: str) -> dict[str, str]:
    return {m.span.text: m.kind for m in extract_text(text, PUBLISHED).mentions}


# --- 1. the source after the verb -----------------------------------------------------

@pytest.mark.parametrize(("text", "evidence", "source"), [
    ("Health workers in Kerala traced 18 new cases of the fever on Sunday, reports Reuters.",
     "18 new cases", "Reuters"),
    ("About 2,300 homes in Nantes lost power overnight, reported the AFP news agency.",
     "2,300 homes", "Agence France-Presse"),
    ("The Danube Shipping Agency counts the barges each week. Some 140 barges were stuck "
     "near Vukovar on Friday, said the agency.", "140 barges", "Danube Shipping Agency"),
    ("Orlen Motors Ltd builds vans in Poznan. At least 600 vans were recalled, the company "
     "said.", "600 vans", "Orlen Motors Ltd"),
])
def test_a_source_after_the_figures_clause_speaks(text, evidence, source):
    assert source_of(text, evidence) == source


def test_a_body_told_is_not_the_source():
    # the comma closes an appositive, not a claim: the nurse speaks, to Reuters
    text = "Lena Varga, a nurse in Szeged, told Reuters that 25 patients were waiting."
    assert source_of(text, "25 patients") == "Lena Varga"


def test_a_speaker_before_the_verb_keeps_the_figure():
    text = "Mayor Ilse Brandt said 60 families in Kassel had been moved, reports Reuters."
    assert source_of(text, "60 families") == "Ilse Brandt"


def test_the_agency_with_a_possessive_is_someone_of_the_agency():
    # "the agency's pilot" is a person of the agency, not the agency speaking
    text = ("The Danube Shipping Agency counts the barges. Some 140 barges were stuck, said "
            "the agency's pilot.")
    assert source_of(text, "140 barges") != "Danube Shipping Agency"


# --- 2. a body that found, concluded or calculated ------------------------------------

@pytest.mark.parametrize(("text", "evidence", "source"), [
    ("The Baltic Ports Commission found that 3,400 jobs in Gdansk depend on the harbour.",
     "3,400 jobs", "Baltic Ports Commission"),
    ("The Alpine Water Institute concluded that 45 percent of springs in Tyrol had dried up.",
     "45 percent", "Alpine Water Institute"),
])
def test_a_body_that_found_something_is_its_source(text, evidence, source):
    assert source_of(text, evidence) == source


def test_found_with_an_object_is_no_finding():
    # "found 3 bodies": what was found, not a report of what was found
    assert source_of("Divers from the Lisbon Coast Guard found 3 wrecks near Cascais.",
                     "3 wrecks") is None


# --- 3. "it" and "the company": the organisation named before -------------------------

@pytest.mark.parametrize(("text", "evidence", "source"), [
    ("Skodrin Airways opened a route to Tirana on Monday. It announced an order of 12 jets "
     "worth $900 million.", "12 jets", "Skodrin Airways"),
    ("Volvo posted its results in Gothenburg. It said 4,100 trucks had been sold.",
     "4,100 trucks", "Volvo"),
    ("Nordhavn Holdings bought a dock in Aarhus. The company said it would hire 250 "
     "workers.", "250 workers", "Nordhavn Holdings"),
])
def test_it_and_the_company_are_the_organisation_named_before(text, evidence, source):
    assert source_of(text, evidence) == source


# --- 4. a group of people as the source -----------------------------------------------

@pytest.mark.parametrize(("text", "evidence", "source"), [
    ("Some consumers reported waits of more than three hours at the call centre in Porto.",
     "three hours", "consumers"),
    ("Residents said 30 houses in the village near Tarbes were flooded.", "30 houses",
     "residents"),
    ("At least 40 shops in Mostar were shut, witnesses said.", "40 shops", "witnesses"),
])
def test_a_group_of_people_is_the_source(text, evidence, source):
    assert source_of(text, evidence) == source


# --- 5. firms named without a head word, and corporate suffixes -----------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Volkswagen said it would cut 4,000 jobs in Wolfsburg.", "Volkswagen"),
    ("In Munich, Siemens announced 2,500 new hires.", "Siemens"),
    ("Tesla Inc said it delivered 90,000 cars in the quarter.", "Tesla Inc"),
    ("Kestrel Motors Corp. reported 5,000 recalls in Ohio.", "Kestrel Motors Corp."),
    ("Halvorsen Foods Ltd expects 3 plants in Bergen to close.", "Halvorsen Foods Ltd"),
])
def test_a_firm_is_an_organisation(text, name):
    assert kinds(text).get(name) == "org"


@pytest.mark.parametrize(("text", "word"), [
    # a group opening the sentence, and a word the text also writes in lower case
    ("Officials said 12 roads near Graz were closed.", "Officials"),
    ("Engineers said 8 bridges were shut. The engineers in Linz agreed.", "Engineers"),
    # a place the gazetteer may lack, after "in"; a nationality before "state"
    ("Officials in Zyrardow confirmed 14 cases.", "Zyrardow"),
    ("Hungarian state radio put the toll at 9.", "Hungarian"),
])
def test_a_capitalised_word_before_a_verb_that_is_no_firm(text, word):
    assert kinds(text).get(word) != "org"


def test_a_person_named_before_stays_a_person():
    text = ("Mayor Ilse Brandt visited Kassel. Brandt said 60 families had been moved.")
    assert source_of(text, "60 families") == "Ilse Brandt"


# --- 6. what a finding dates, and a wire's credit -------------------------------------

def stated(text: str, evidence: str) -> date | None:
    figs = [f for f in extract_text(text, PUBLISHED).figures if evidence in f.evidence.text]
    assert figs, evidence
    return figs[0].attribution.stated_on


def test_a_year_after_that_is_what_was_said_not_when():
    text = ("The Baltic Ports Commission said that in 2015, 4,800 ships called at Gdansk "
            "and Gdynia.")
    assert stated(text, "4,800 ships") is None


def test_a_day_right_after_the_verb_dates_the_saying():
    text = "The Baltic Ports Commission said on Friday that 4,800 ships called at Gdynia."
    assert stated(text, "4,800 ships") == date(2026, 9, 11)


def test_a_wire_credit_in_parentheses_is_not_an_organisation_of_the_story():
    text = "LISBON (AP) — At least 14 ferries stayed in port as the storm reached Porto."
    assert "AP" not in kinds(text)
    assert kinds("At least 14 ferries stayed in port, AP reported.").get("AP") == "org"


def test_it_after_an_opening_phrase_is_the_organisation_named_before():
    text = ("Skodrin Airways opened a route to Tirana. Besides its order of 30 buses on "
            "Monday, it announced an order of 12 jets worth $900 million.")
    assert source_of(text, "12 jets") == "Skodrin Airways"


def test_the_first_word_of_a_firm_named_before_refers_to_it():
    text = ("Halvorsen Foods Ltd opened a plant in Bergen. Halvorsen had 300 workers there "
            "by May, the company said.")
    found = [m for m in extract_text(text, PUBLISHED).mentions if m.span.text == "Halvorsen"]
    assert [(m.kind, m.name) for m in found] == [("org", "Halvorsen Foods Ltd")]
    assert source_of(text, "300 workers") == "Halvorsen Foods Ltd"


def test_the_first_word_of_a_channel_is_not_the_channel():
    # "Tamsin Channel" is a part of a firm, not the firm: "Tamsin" alone is not it
    text = "The Tamsin Channel moved to Leeds. Tamsin spent $3 billion on studios."
    assert not [m for m in extract_text(text, PUBLISHED).mentions
                if m.span.text == "Tamsin" and m.name == "Tamsin Channel"]
