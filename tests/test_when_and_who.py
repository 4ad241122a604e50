"""Who stated a figure and on which day, in the forms general news still got wrong: a
body's name joined by "and", a firm named as the speaker, a source given as a phrase
around a body's name, a day closing the object of "announced", a report dated in the
sentence before. Every text is written here, about fictional people, firms and bodies in
real places."""

from __future__ import annotations

from datetime import date

import pytest
from sources import source_of

from sitrep.extract.runner import extract_text

PUBLISHED = date(2026, 5, 20)  # a Wednesday
MONDAY, TUESDAY = date(2026, 5, 18), date(2026, 5, 19)


def said_on(text: str, evidence: str, published: date | None = PUBLISHED) -> date | None:
    """The day the figure whose evidence holds ``evidence`` was stated on."""
    found = {f.evidence.text: f.attribution.stated_on
             for f in extract_text(text, published).figures}
    hits = [k for k in found if evidence in k]
    assert hits, (evidence, found)
    return found[hits[0]]


# --- a body's name with "and" inside is one name --------------------------------------------

@pytest.mark.parametrize(("text", "evidence", "body"), [
    ("U.S. Customs and Border Protection said it detained 412 people near Nogales.",
     "412 people", "U.S. Customs and Border Protection"),
    ("The Food and Drug Administration said 12 lots of the syrup were recalled.",
     "12 lots", "Food and Drug Administration"),
    ("The Bureau of Alcohol, Tobacco, Firearms and Explosives said agents seized 60 rifles.",
     "60 rifles", "Bureau of Alcohol, Tobacco, Firearms and Explosives"),
    ("The Department of Health and Human Services said 40 clinics closed in Ohio.",
     "40 clinics", "Department of Health and Human Services"),
])
def test_a_body_joined_by_and_is_one_organisation(text, evidence, body):
    assert source_of(text, evidence) == body


def test_names_joined_by_and_without_a_body_head_stay_apart():
    found = extract_text("Anna Berg and Tom Lund said they paid $400 for the tickets.",
                         PUBLISHED)
    assert {m.name for m in found.mentions if m.kind == "person"} == {"Anna Berg", "Tom Lund"}
    firms = extract_text("Ford and General Motors said they would hire 900 workers.",
                         PUBLISHED)
    assert "Ford and General Motors" not in {m.name for m in firms.mentions}
    other = extract_text("The Ministry of Defence and Foreign Minister Ivan Petrov said 30 "
                         "soldiers were hurt.", PUBLISHED)
    assert "Ivan Petrov" in {m.name for m in other.mentions if m.kind == "person"}


# --- a firm named as the speaker is an organisation -----------------------------------------

def test_a_firm_named_with_a_corporate_word_is_no_person():
    text = "Brightwater Capital said it would cut 300 jobs in Leeds."
    figure = extract_text(text, PUBLISHED).figures[0]
    assert (figure.attribution.speaker, figure.attribution.org) == (None, "Brightwater Capital")


def test_the_firm_named_again_by_its_first_word_is_the_firm():
    text = ("The paper was bought by Harwell Partners in 2018.\n\n"
            "Harwell said it paid $40 million for the stake.")
    figure = next(f for f in extract_text(text, PUBLISHED).figures if f.low == 40_000_000)
    assert figure.attribution.speaker is None and figure.attribution.org is not None
    assert figure.attribution.org.startswith("Harwell")
    # a small town's name (Harwell, Oxfordshire) as the firm's first word is still the firm
    later = ("The chain is owned by Harwell Capital, a hedge fund.\n\n"
             "(Harwell on Tuesday said it now owns a 25.2% stake.)")
    stake = extract_text(later, PUBLISHED).figures[0]
    assert (stake.attribution.org, stake.attribution.stated_on) == ("Harwell Capital", TUESDAY)


# --- "according to" a phrase: the body it names ---------------------------------------------

@pytest.mark.parametrize(("text", "evidence", "body"), [
    ("Exports rose to 40,000 tonnes in July, according to figures put out by KEMA in August.",
     "40,000 tonnes", "KEMA"),
    ("At least 86 miners died in the floods, according to several accounts gathered by "
     "Tallis Watch.", "86 miners", "Tallis Watch"),
    ("Dealers sold 30,154 cars in May, according to the Autofacts report from DataNation, a "
     "Houston-based provider.", "30,154 cars", "DataNation"),
])
def test_the_body_after_by_or_from_is_the_source(text, evidence, body):
    assert source_of(text, evidence) == body


# --- the day a thing was made public ---------------------------------------------------------

def test_a_day_closing_the_object_of_announced_dates_it():
    assert said_on("Norvik Air announced a purchase of 50 Airbus jets on Monday.",
                   "50 Airbus jets") == MONDAY
    assert said_on("Vantor Energy reported 40 outages in Leeds on Tuesday.",
                   "40 outages") == TUESDAY


def test_a_day_inside_what_was_said_or_a_year_does_not():
    assert said_on("Vantor Energy announced that 40 homes lost power on Tuesday.",
                   "40 homes") is None
    assert said_on("Vantor Energy said 40 homes lost power on Tuesday.", "40 homes") is None
    assert said_on("Vantor Energy released figures for 2024 showing 40 outages.",
                   "40 outages") is None


def test_a_report_dated_in_the_sentence_before_dates_its_authors():
    text = ("The find was set out in a paper published Monday by the "
            "Polar Science press. Tove Lind and her team reported that they found 4,200 tonnes "
            "of ice.")
    assert said_on(text, "4,200 tonnes") == MONDAY
    # news prints a sentence a paragraph: the next paragraph's first sentence goes on
    assert said_on(text.replace(" Tove", "\n\nTove"), "4,200 tonnes") == MONDAY
    # a sentence between: the report is no longer what is told
    apart = text.replace(" Tove", " The ice lies under the plateau. Tove")
    assert said_on(apart, "4,200 tonnes") is None


def test_an_undated_page_stays_undated():
    assert said_on("Norvik Air announced a purchase of 50 Airbus jets on Monday.",
                   "50 Airbus jets", published=None) is None
