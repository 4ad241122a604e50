"""Who speaks when words about the speaker stand around its name, and which day a count
inside what was said gives the saying, on texts written here about fictional bodies.

A relative clause between a body and its verb ("the Port Authority, which runs the
harbour, said") and a possessor before it ("Lithuania's Port Authority said") belong to
the speaker; a name inside the clause does not speak. A count's day inside what was said
("the toll rose on Wednesday to 41, officials said") dates the saying when the verb of
saying has no day of its own.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract import extract_text
from sitrep.extract.nlp import build_nlp

PUBLISHED = date(2026, 9, 14)  # a Monday
SATURDAY, WEDNESDAY, THURSDAY = date(2026, 9, 12), date(2026, 9, 9), date(2026, 9, 10)


def figure(text: str, evidence: str) -> tuple[str | None, date | None]:
    """The speaker (else the organisation) and the day of saying of the figure whose
    evidence holds ``evidence``."""
    found = [f for f in extract_text(text, PUBLISHED).figures if evidence in f.evidence.text]
    assert found, (evidence, [f.evidence.text for f in extract_text(text, PUBLISHED).figures])
    a = found[0].attribution
    return a.speaker or a.org, a.stated_on


@pytest.mark.parametrize("text", [
    "The depot fire's death toll has risen to 41, Lithuania's Port "
    "Authority which runs the harbour said Saturday.",
    "The depot fire's death toll has risen to 41, Lithuania's Port "
    "Authority, which runs the harbour, said on Saturday.",
    "The depot fire's death toll has risen to 41, the Port Authority "
    "which runs the harbour said Saturday, as divers searched the hull.",
])
def test_a_relative_clause_or_a_possessor_before_the_verb_keeps_the_body_speaking(text):
    who, day = figure(text, "41")
    assert "Port Authority" in (who or "")
    assert day == SATURDAY


def test_a_name_inside_the_relative_clause_does_not_speak():
    text = ("The depot fire's death toll has risen to 41, the Interior "
            "Ministry, which oversees the police, said on Saturday.")
    who, day = figure(text, "41")
    assert who is not None and "police" not in who.lower()
    assert day == SATURDAY


def test_a_person_with_a_relative_clause_still_speaks():
    text = ("The fire killed 41 people, Ada Lind, who heads the Klaipeda Port Authority, "
            "said on Saturday.")
    assert figure(text, "41 people") == ("Ada Lind", SATURDAY)


@pytest.mark.parametrize(("text", "evidence"), [
    ("The toll from the depot fire in Klaipeda rose on Wednesday to 41, Lithuanian "
     "authorities said.", "41"),
    ("The toll from the depot fire in Klaipeda climbed to 41 on Wednesday, Lithuanian "
     "authorities said.", "41"),
    ("By Wednesday afternoon, 30 people hurt in the depot fire remained in hospital, the "
     "BNS agency quoted Health Minister Ada Lind as saying.", "30 people"),
])
def test_the_day_a_count_was_given_dates_a_saying_with_no_day(text, evidence):
    assert figure(text, evidence)[1] == WEDNESDAY


@pytest.mark.parametrize(("text", "day"), [
    # the day of an event inside what was said dates the event, not the saying
    ("The fire on Wednesday killed 41 people in Klaipeda, Lithuanian authorities said.",
     None),
    # the verb's own day wins over the count's
    ("The toll from the depot fire rose on Wednesday to 41, Lithuanian authorities said "
     "on Thursday.", THURSDAY),
])
def test_only_a_count_day_and_only_without_a_day_of_saying(text, day):
    assert figure(text, "41")[1] == day


@pytest.mark.parametrize("text", [
    # a firm's noun with a word of nationality after "the" refers back to the firm
    "Carver Motors showed an electric van in Turin.\n\nThe German automaker says its new "
    "van can cover 480 km between charges.",
    # and past a relative clause between commas that opens the sentence
    "Carver Motors showed an electric van in Turin.\n\nThe German automaker, which has "
    "turned to electric cars since a recall, says its new van can cover 480 km between "
    "charges.",
    "Carver Motors showed an electric van in Turin.\n\nThe automaker, which has turned "
    "to electric cars since a recall, says its new van can cover 480 km between charges.",
])
def test_a_firm_described_by_its_kind_speaks_past_a_relative_clause(text):
    assert figure(text, "480 km")[0] == "Carver Motors"


def test_a_firm_described_by_its_kind_is_no_body_named_far_before():
    far = ("Carver Motors showed an electric wagon in Turin. " + "The show drew crowds. " * 20
           + "\n\nThe German automaker says its new van can cover 480 km between charges.")
    assert figure(far, "480 km")[0] is None


@pytest.mark.parametrize("text", [
    # a sentence turning to another group carries no speaker
    "The port will need a budget of $20 billion, Lena Varga, its inspector, said on "
    "Monday. Lawmakers are weighing a budget of $22.6 billion.",
    "The port will need a budget of $20 billion, Lena Varga, its inspector, said on "
    "Monday. Critics of the plan put the budget at $22.6 billion.",
])
def test_the_writers_sentence_after_a_source_takes_no_speaker(text):
    assert figure(text, "22.6")[0] is None


@pytest.mark.parametrize("closed", ["“costly delays”. Its", "“costly delays ”. Its",
                                    "“costly delays.” Its"])
def test_a_quotation_closed_before_or_after_the_period_ends_the_sentence(closed):
    text = f"Lena Varga described {closed} budget is $22.6 billion."
    sents = [text[s.start_char:s.end_char] for s in build_nlp()(text)._.words.sents]
    assert len(sents) == 2 and sents[1].startswith("Its"), sents


def test_a_firms_own_voice_is_the_firm_named_last():
    text = ("Halvern Foods reported its results in Aarhus. Company management said sales "
            "growth in 2026 will be 3.5%.")
    assert figure(text, "3.5%")[0] == "Halvern Foods"
    # a body that is no firm is not the firm's voice
    text = ("Wall Street expected weaker results in Aarhus. Company management said sales "
            "growth in 2026 will be 3.5%.")
    assert figure(text, "3.5%")[0] == "Company management"
