"""What a count is of when an infinitive restricts its noun ("one of four coaches to have
won the league"), where a restricting clause ends at another count, and what a span
measures after a verb of lasting with an adverb between ("continued eventually for");
a number after a label word names a group, not a count ("group 3 helper cells"). Texts
written here (fictional people, real places)."""

from __future__ import annotations

import pytest
from figure_lookup import figures_of, one


@pytest.mark.parametrize(("text", "number", "measure"), [
    # a perfect or a passive infinitive restricts the noun as a relative clause does
    ("Rhea Moss of Cork is one of only four coaches to have won the shield twice.", "four",
     "coaches to have won the shield twice"),
    ("The first 40 nurses to be vaccinated in Tartu got the dose on Monday.", "40",
     "nurses to be vaccinated in Tartu"),
    # another count in the clause ends it, with the words that lead to it
    ("Mila Dorn is one of 5 players to have played for the club with 3 captains.", "5",
     "players to have played for the club"),
    ("Some 60 people who visited the spa in March 2026 fell ill in Brno.", "60",
     "people who visited the spa"),
])
def test_an_infinitive_or_a_clause_restricts_a_count_up_to_another_count(
        text, number, measure):
    assert one(text, number).measure == measure


def test_a_bare_to_after_a_count_restricts_nothing():
    # "to help": a purpose, not which troops
    assert one("The army sent 300 troops to help after the floods in Graz.",
               "300").measure == "troops sent"


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The course of drops continued eventually for 5 weeks in Bergen.", "5",
     "duration of course of drops"),
    ("The strike in Turku lasted nearly 9 days.", "9", "strike duration"),
    # a unit before "of" is no thing that lasts: the thing is after it
    ("The pump gives 30 lb-ft of force, lasting for six seconds.", "six",
     "force duration"),
])
def test_a_span_after_a_verb_of_lasting_measures_its_subject(text, number, measure):
    assert one(text, number).measure == measure


def test_a_number_after_group_names_the_group():
    found = figures_of("A lab in Uppsala found group 3 helper cells in 12 mice.")
    assert [f.evidence.text for f in found] == ["12 mice"]


@pytest.mark.parametrize(("text", "number", "measure"), [
    # a quantity noun keeps what it is of, up to a verb, a place link or a small word
    ("The mean cost of a flat or house sold in Riga was $140,000.", "140,000",
     "mean cost of a flat or house"),
    ("The cost of the new ferry terminal in Split was $90 million.", "90",
     "cost of the new ferry terminal"),
    ("The value of the bonds held by the city was $2 billion, the mayor said.", "2",
     "value of the bonds"),
    # a clause that ends the subject says which of them
    ("The average price of flats that sold was $90,000 in Riga.", "90,000",
     "average price of flats that sold"),
    # any other subject reads up to its first link, as before
    ("Fish exports to Japan fell to $4 billion.", "4", "Fish exports to Japan"),
])
def test_a_quantity_noun_before_its_verb_keeps_what_it_is_of(text, number, measure):
    assert one(text, number).measure == measure
