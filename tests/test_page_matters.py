"""The page's matter for figures whose sentences go on about it without naming it, and not
for another party's figures (issue 9, session 11), on pages written for these tests: a
firm, a court case, a survey; each page tried on both sides."""

from __future__ import annotations

import pytest

from sitrep.extract import extract_text
from sitrep.extract.figure_matters import matter_words
from sitrep.extract.page_matters import read_title_party


def _matters(text: str, title: str | None) -> dict[str, str | None]:
    """Each figure's evidence -> its matter."""
    return {f.evidence.text: f.matter for f in extract_text(text, title=title).figures}


BAKERY = ("Kestrel Foods Ltd said on Monday it will close two bakeries in Leeds. The firm "
          "blamed the price of flour. Its shares fell 3% in London trading on Tuesday. They "
          "have lost 20% this year. Elsewhere, Brantwood Milling Corp runs 14 bakeries in the "
          "north. The company employs 900 people in Yorkshire.")


def test_a_firm_page_gives_its_party_to_sentences_that_go_on_about_it():
    found = _matters(BAKERY, "Kestrel Foods Ltd to close two bakeries in Leeds - Dale Post")
    assert found["two bakeries in Leeds"] == "Kestrel Foods Ltd"  # the lead
    # "Its shares", "They": no party named, the sentence goes on with the page
    assert found["3%"] == "Kestrel Foods Ltd"  # "in London" says where, not what
    assert found["20%"] == "Kestrel Foods Ltd"
    # a rival firm as the sentence's subject: its figure is the rival's, not the page's,
    # though the sentence writes a word of the title ("bakeries")
    assert found["14 bakeries"] == "Brantwood Milling Corp"
    # "The company" refers back to the page's party
    assert found["900 people in Yorkshire"] == "Kestrel Foods Ltd"


def test_a_rival_that_reports_its_own_figures_is_what_they_are_about():
    text = ("Kestrel Foods Ltd said on Monday it will close two bakeries in Leeds. The firm "
            "blamed the price of flour. Its shares fell 3% on Tuesday. Brantwood Milling Corp "
            "reported a loss of $30 million on sales of $160 million in the third quarter.")
    found = _matters(text, "Kestrel Foods Ltd to close two bakeries in Leeds - Dale Post")
    assert found["$30 million"] == found["$160 million"] == "Brantwood Milling Corp"


def test_a_person_of_the_page_s_party_is_one_of_its_own():
    found = _matters(BAKERY + " Ines Ruiz, the firm's finance chief, said costs rose 8% in a "
                     "year.", "Kestrel Foods Ltd to close two bakeries in Leeds - Dale Post")
    assert found["8%"] == "Kestrel Foods Ltd"


def test_a_party_that_is_no_firm_gives_the_headline_not_its_name():
    """A name alone says who, not what: on a page that never refers back to its party as a
    firm, the figures take the headline ("the hostage release"), not the group's name."""
    text = ("The Harka militia said on Sunday it had freed 2 aid workers held since March. "
            "The group said it got 4 of its fighters back in return.")
    found = _matters(text, "Harka militia says it freed aid workers in swap - Delta Wire")
    assert set(found.values()) == {"Harka militia says it freed aid workers in swap"}
    # the same name on a firm's page ("the company") is the firm, its page's matter
    firm = _matters("Harka Freight Ltd said on Sunday it would hire 200 drivers. The company "
                    "runs 40 depots.", "Harka Freight Ltd says it will hire drivers")
    assert set(firm.values()) == {"Harka Freight Ltd"}


def test_a_page_with_no_title_takes_no_party():
    assert set(_matters(BAKERY, None).values()) == {None}


COURT = ("A Nashville jury on Friday sided with Orla Music Group in its lawsuit over unpaid "
         "royalties. The label had sued a streaming firm last year. The jury awarded $2 "
         "million to the label after a trial of 9 days. Carla Pruitt, who has practised law "
         "for 30 years, said the award was fair. She has won 14 cases against streaming firms.")


def test_a_court_page_gives_its_case_to_the_jury_and_not_to_a_lawyer_s_career():
    found = _matters(COURT, "Jury sides with Orla Music Group in Nashville royalties "
                            "lawsuit - Music Row Daily")
    assert found["$2 million"] == "Orla Music Group lawsuit"  # "The jury", not named
    assert found["9 days"] == "Orla Music Group lawsuit"
    # a person the title and the lead do not name holds this figure: her own career
    assert found["30 years"] == "Carla Pruitt"
    # and the sentence after her goes on about her ("She"), though it names no one
    assert found["14 cases"] is None


SURVEY = ("Renters in Porto spend half of their wages on housing, according to a survey by "
          "the Almada Institute published on Monday. It asked 2,000 tenants across the city. "
          "Most of them, 62%, said costs went up last year. The Douro Housing Office reported "
          "that 7 of the city's parishes saw the steepest increases. Elsewhere in Portugal, "
          "Lisbon tenants pay 55% of their wages.")


def test_a_survey_page_gives_its_survey_to_its_findings_and_its_sources():
    found = _matters(SURVEY, "Porto renters pay half their wages in rent, says Almada "
                             "Institute survey")
    assert found["62%"] == "Almada Institute survey"  # "Most of them": goes on
    # a body that reports is a source, not the holder of what it reports
    assert found["7 of the city's parishes"] == "Almada Institute survey"
    # another city as the sentence's subject: another scope, the page's background (a
    # place alone names no matter: see test_matter_parties)
    assert found["55% of their wages"] == "Almada Institute survey (background)"


@pytest.mark.parametrize(("title", "lead", "party"), [
    ("Kestrel Foods Ltd to close two bakeries", "Kestrel Foods Ltd said it would",
     "Kestrel Foods Ltd"),
    # with the common head the title gives it
    ("Halden Air inks $3 billion order for 12 jets", "Halden Air agreed to buy 12 jets",
     "Halden Air order"),
    # and the words that say which of its kind
    ("Halden Air adds two firms to regional cargo programme", "Halden Air added two firms",
     "Halden Air regional cargo programme"),
    # a possessive name and what it owns, to the end of the title's part
    ("Nordvik Labs’ home test kit: a review - Lab Weekly", "A kit from Nordvik Labs",
     "Nordvik Labs’ home test kit"),
    # a lead that sets a scene: the name the page writes again and again
    ("Nordvik Labs wins approval", "Testing at home was once rare", "Nordvik Labs"),
    # of two names, the one the page writes most
    ("State Auditor probing Nordvik Labs and its founder", "The State Auditor is looking into "
     "Nordvik Labs, which", "Nordvik Labs"),
    # not a name the lead does not write the same way, a person, a place, a person's title,
    # nor a name cut from a capitalised word ("New York" -> "York")
    ("Oxygen Bar opens in Faro", "An oxygen bar opened in Faro", None),
    ("Ines Duarte quits Halden Air board", "Ines Duarte said", None),
    ("New York grocer sues Rep. Ana Lim over a parking fine", "A New York grocer sued Rep. "
     "Ana Lim", None),
    # nor a headline's first word the page writes only where a sentence starts
    ("Police arrest four in Faro", "Police in Faro arrested four men", None),
])
def test_the_party_of_a_title_that_names_no_matter(title: str, lead: str, party: str | None):
    text = f"{lead}. Nordvik Labs was founded in 2019. Nordvik Labs makes tests. Nordvik Labs..."
    found = read_title_party(title, text, lead, matter_words("en"),
                             frozenset({"ines duarte", "duarte", "faro", "new york"}))
    assert (found.text if found else None) == party


def test_a_named_matter_that_is_the_credited_source_is_not_what_the_figure_is_about():
    """"according to the ... Programme": the programme tells the figure; the figure is the
    page's (a maker's capacity on a page about a plan to cut solar costs). A firm's own
    results stay the matter the firm tells of."""
    text = ("Norway wants solar panels to cost a third less by 2030. Vestby Solar had 3 GW of "
            "cell capacity at the end of 2025, according to the Solar Power Systems "
            "Programme.")
    found = _matters(text, "Norway’s plan to cut the cost of solar power")
    assert found["3 GW of cell capacity"] == "Norway’s plan to cut the cost of solar power"
    results = _matters("Kestrel Motors’ third-quarter results beat forecasts. Revenue rose 12% "
                       "to $4.1 billion, the carmaker said.", None)
    assert results["12%"] == "Kestrel Motors’ third-quarter results"


def test_the_people_of_a_case_are_the_case_s_own():
    """On a page about an investigation, a person a sentence opens with is one of its own
    (an accused held on bond), not another party turning the page away; on a firm's page a
    person the page does not tie to the firm still turns it away, to that person."""
    case = ("Police in Dayton arrested four people in a fraud investigation on Friday. "
            "Dana Roe, 41, was held on a $70,000 bond. Ivo Patel, 35, was held on a $12,500 "
            "bond.")
    found = _matters(case, "Dayton police arrest four in fraud investigation")
    assert found["$70,000 bond"] == "fraud investigation"
    assert found["$12,500 bond"] == "fraud investigation"
    firm = _matters(BAKERY + " Ines Ruiz, a baker in York, has run 3 shops since 2001.",
                    "Kestrel Foods Ltd to close two bakeries in Leeds - Dale Post")
    assert firm["3 shops"] == "Ines Ruiz"


def test_a_figure_with_no_event_and_no_matter_takes_the_page_s_as_background():
    text = ("Health officials in Tartu confirmed two cases of measles on Monday. Outbreaks "
            "seldom reach the county. According to the WHO, there were 3,000 cases reported "
            "worldwide between 2015 and 2018, with 40 deaths.")
    found = extract_text(text, title="Two measles cases confirmed in Tartu").figures
    far = next(f for f in found if f.evidence.text.startswith("3,000"))
    assert far.subject is None
    assert far.matter == "Two measles cases confirmed in Tartu (background)"
