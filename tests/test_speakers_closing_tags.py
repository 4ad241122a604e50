"""A source named at the end of what it reports, carried to the figures it closes.

Wire copy often puts the source last: a paragraph of facts ends "..., the commission said",
and the next paragraph goes on with what the same source told. The texts are written here,
about fictional people, firms and bodies; each rule has near misses where a wrong speaker
would be worse than none.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract import extract_text

PUBLISHED = date(2026, 9, 14)


def source_of(text: str, evidence: str) -> str | None:
    """The speaker, else the organisation, of the figure whose evidence holds
    ``evidence``."""
    found = {f.evidence.text: (f.attribution.speaker or f.attribution.org)
             for f in extract_text(text, PUBLISHED).figures}
    hits = [k for k in found if evidence in k]
    assert hits, (evidence, found)
    return found[hits[0]]


# --- 1. a cue closing the paragraph credits the figures before it -----------------------

@pytest.mark.parametrize(("text", "evidence", "source"), [
    # the cue's sentence reports nothing countable: its tag credits the paragraph
    ("A total of 31 passengers who shared the cabin were put in quarantine. None has "
     "shown any symptoms so far, the World Health Organization said.\n",
     "31 passengers", "World Health Organization"),
    # the cue's sentence goes on with a figure of the same kind
    ("Corvane Motors showed its new electric van in Geneva.\n\n"
     "On the European test cycle the base model covers up to 480 km. In America, "
     "Corvane Motors estimates that could be nearer 270 miles.\n",
     "480 km", "Corvane Motors"),
    # ... and opens a claim of its own at length: the same family still goes on from it
    ("On the European test cycle the base van covers up to 480 km. In America, Corvane "
     "Motors estimates that the same van could manage nearer 270 miles on the American test.\n",
     "480 km", "Corvane Motors"),
    # "according to" at the end of the paragraph
    ("Buyers took home 18,240 new cars this year in Leeds, down 4 percent from last "
     "year. The count comes from a monthly survey of dealers, according to Harlow Data "
     "Inc.\n",
     "4 percent", "Harlow Data Inc."),
])
def test_a_cue_closing_the_paragraph_credits_it(text, evidence, source):
    assert source_of(text, evidence) == source


@pytest.mark.parametrize(("text", "evidence"), [
    # the closing sentence opens a claim of its own: the figure before it is the writer's
    ("Norway also has a law that sets aside 3 percent of oil revenue for schools. "
     "Lund said some of that money could pay for new teachers.\n", "3 percent"),
    # the closing sentence reports a figure of another kind
    ("The storm cut power to 12,000 homes in Bergen. About 40 roads were closed, "
     "the county said.\n", "12,000 homes"),
    # another source named in between
    ("A total of 31 passengers were put in quarantine. The Red Cross sent blankets. "
     "None has fallen ill, the health board said.\n", "31 passengers"),
    # a quotation in the closing sentence: the speaker's own words, not a tag
    ("A total of 31 passengers were put in quarantine. \u201cNone has fallen ill,\u201d "
     "the health board said.\n", "31 passengers"),
    # the cue is in the next paragraph, not in this one
    ("A total of 31 passengers were put in quarantine.\n\n"
     "None has fallen ill, the health board said.\n", "31 passengers"),
    # the closing sentence's verb opens a claim of its own, of the same topic: it credits
    # what follows it, not the figure before it
    ("About 60 people are still missing under the flats in Hatay. After a tour of the "
     "site, Governor Elif Tan reported that nine people had been rescued and taken "
     "to a hospital in Antakya.\n", "60 people"),
])
def test_a_closing_cue_that_does_not_credit_the_figure(text, evidence):
    assert source_of(text, evidence) is None


# --- 2. a closing tag with no figure goes on into the next paragraph --------------------

@pytest.mark.parametrize(("text", "evidence", "source"), [
    ("Officers arrested a second man at his home in Dover on Friday, police spokesman "
     "Dale Varga said.\n\n"
     "The two men were held on bonds of $40,000 each.\n", "$40,000", "Dale Varga"),
    ("The patient was moved to a clinic in Tromso, the agency said, citing the county "
     "health office.\n\n"
     "Some 19 people who met him must stay at home.\n", "19 people",
     "county health office"),
])
def test_a_closing_tag_goes_on_into_the_next_paragraph(text, evidence, source):
    assert source_of(text, evidence) == source


@pytest.mark.parametrize(("text", "evidence"), [
    # the verb opens what follows: no tag
    ("We spent a week with the new laptop and can say that Halvern has listened to its "
     "buyers.\n\nIt is not clear when Halvern last shipped four models in a year.\n",
     "four models"),
    # a verb of publishing, not a tag of saying
    ("He sold his first stories at 19. Halden Books published them in 1990.\n\n"
     "He had run up a $3,000 debt by then.\n", "$3,000"),
    # the setting ("a distance") stays the writer's
    ("Officers arrested a second man at his home on Friday, police spokesman Dale "
     "Varga said.\n\nThe house stands 40 km south of Dover.\n", "40 km"),
])
def test_no_tag_no_carry_into_the_next_paragraph(text, evidence):
    assert source_of(text, evidence) is None


# --- 3. a body named as a place is no change of source --------------------------------

def test_a_body_named_as_where_people_were_taken_keeps_the_speaker():
    text = ("Police spokesman Dale Varga said officers arrested 6 people in Dover on "
            "Monday. All of them were taken to the Dover Police Department, where they "
            "were held on bonds of $40,000 each.\n")
    assert source_of(text, "$40,000") == "Dale Varga"


def test_a_body_named_as_a_source_still_stops_the_carry():
    text = ("Police spokesman Dale Varga said officers arrested 6 people in Dover on "
            "Monday. The Kent County Court set bonds of $40,000 each.\n")
    assert source_of(text, "$40,000") is None


# --- 4. a place that opens the sentence and speaks stands for its body -----------------

@pytest.mark.parametrize(("text", "evidence", "source"), [
    ("Burnley said on its website: \u201cKell has trained 140 young players.\u201d\n",
     "140 young players", "Burnley"),
    ("Texas said on Monday that 230 schools would stay closed.\n", "230 schools", "Texas"),
])
def test_a_place_as_the_subject_of_saying_is_its_body(text, evidence, source):
    assert source_of(text, evidence) == source


def test_a_place_inside_the_sentence_is_no_speaker():
    text = "Fans in Tottenham said 300 tickets were left unsold.\n"
    assert source_of(text, "300 tickets") != "Tottenham"


# --- 5. a firm speaking of itself on its own page ------------------------------------

def test_a_firm_in_the_first_person_on_its_own_page_is_the_source():
    text = ("About Halvern Systems\n\n"
            "Halvern Systems Inc. is a provider of warehouse software, founded in 2004 in "
            "Oslo. With 20 years in the trade, we serve more than 500 customers. Our "
            "network counts more than 80 partners.\n")
    assert source_of(text, "500 customers") == "Halvern Systems Inc."
    assert source_of(text, "80 partners") == "Halvern Systems Inc."


@pytest.mark.parametrize(("text", "evidence"), [
    # a quoted "we" is its speaker's, found by the cue
    ("Halvern Systems Inc. makes warehouse software. \u201cWe lost 40 clients,\u201d "
     "one trader said.\n", "40 clients"),
    # the firm is named in another paragraph
    ("Halvern Systems Inc. makes warehouse software in Oslo.\n\n"
     "We tested the new laptop for a week; it ran for 11 hours.\n", "11 hours"),
    # the firm does not describe itself: the writer's "we" in a review
    ("Halvern Systems Inc. released the laptop in May. We tested it for a week; it ran "
     "for 11 hours.\n", "11 hours"),
    # the firm does not open the sentence
    ("We tested the laptop that Halvern Systems Inc. sells; it ran for 11 hours.\n",
     "11 hours"),
])
def test_a_first_person_that_is_not_the_firms(text, evidence):
    assert source_of(text, evidence) is None


# --- 5. a claim of its own at the paragraph's end credits only what it points back to --------

@pytest.mark.parametrize(("text", "evidence"), [
    # a forecast of its own: the firm did not state last year's sales before it
    ("Across Spain, dealers sold nearly 1.1 million new cars last year, up 2 percent from "
     "2024. Kestrel Partners expects 950,000 cars will be sold this year.\n", "1.1 million"),
    ("Copper traders in Santiago bought 40,000 tonnes of cathodes in May. Marlow Capital "
     "estimates that buyers will take 35,000 tonnes in June.\n", "40,000 tonnes"),
])
def test_a_closing_claim_that_does_not_point_back_credits_only_itself(text, evidence):
    assert source_of(text, evidence) is None


@pytest.mark.parametrize(("text", "evidence", "source"), [
    # ... or names the speaker in the sentence before: the same body goes on
    ("The Chilean government wants smelters to raise copper recovery from around 80% now to "
     "88% by 2035. Santiago expects refiners to lift their copper recovery from 70% to 75%.\n",
     "88%", "Chilean government (Santiago)"),
    # ... or tags what it reports before its verb, at length
    ("The rate on new car loans stayed below 6 percent for a fourth month. The rate on "
     "used cars averaged 9.1 percent in May, according to Harlow Data Inc., a Leeds-based "
     "firm that tracks car loans.\n", "below 6 percent", "Harlow Data Inc."),
])
def test_a_closing_claim_credits_a_sentence_tied_to_it(text, evidence, source):
    assert source_of(text, evidence) == source
