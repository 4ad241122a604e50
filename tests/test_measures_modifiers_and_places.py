"""What a measure read around a value keeps: a clause of place with its own subject and
verb, a bound or a word in -ing that modifies the noun, a noun that ends like a past tense.
Texts written here: fictional firms and places' names, real places."""

from __future__ import annotations

import pytest
from figure_lookup import one


def _measure(text: str, evidence: str) -> str | None:
    return one(text, evidence).measure


@pytest.mark.parametrize(("text", "evidence", "measure"), [
    # a clause of place keeps its own subject and verb, and ends at the sentence's verb
    ("Rescuers in Tulcea reached 14 villages where floods had cut the roads.", "14",
     "villages where floods had cut the roads"),
    ("Three provinces where the fever still spreads are in the north of Laos.", "Three",
     "provinces where the fever still spreads"),
    ("The group counted 21 towns where strikers were arrested.", "21",
     "towns where strikers were arrested"),
])
def test_a_clause_of_place_says_which_places_are_counted(text, evidence, measure):
    assert _measure(text, evidence) == measure


def test_a_noun_in_ed_before_of_is_no_verb():
    # "speed" ends like a past tense; a rank word before it ranks nothing here
    assert _measure("The Varna ferry has a top speed of 44 mph.", "44") == "top speed"


@pytest.mark.parametrize(("text", "evidence", "measure"), [
    # a bound before a noun modifies it; alone it names nothing ("a maximum of")
    ("The barge on the Danube takes a maximum load of 900 tonnes.", "900", "maximum load"),
    ("The fraud count brings a maximum sentence of six years in Porto.", "six",
     "maximum sentence"),
    # a word in -ing before the noun is its modifier, not a verb
    ("The Lisbon flat has an asking price of $310,000.", "$310,000", "asking price"),
])
def test_a_modifier_before_the_noun_of_a_value_stays(text, evidence, measure):
    assert _measure(text, evidence) == measure


def test_a_day_before_the_subject_is_not_its_noun():
    assert _measure("On Tuesday its sales rose 4% in Oslo.", "4%") == "sales growth"
    assert _measure("Marlow Tiles said on Monday the index rose 2% in Porto.", "2%") == (
        "index gain")


def test_a_rate_or_a_yield_keeps_what_it_is_on():
    assert _measure("The yield on the Varna city bond fell to 4.2% on Monday.", "4.2%") == (
        "yield on the Varna city bond")
    assert _measure("The tariff on Chilean copper rose to 25% in May.", "25%") == (
        "tariff on Chilean copper")
    # a verb in -ing before the noun is no modifier: "were expecting revenue of"
    assert _measure("Analysts were expecting revenue of $2.1 billion in Oslo.", "$2.1") == (
        "revenue estimate")



@pytest.mark.parametrize(("text", "evidence", "measure"), [
    # where the group goes, past an abbreviation with stops, then what the part is
    ("Roughly 36% of exports from Chile to the U.K. were copper, she said.", "36%",
     "exports from Chile to the U.K. that were copper"),
    ("Nearly 20% of the loans in Riga were unpaid.", "20%", "loans in Riga that were unpaid"),
    ("About 40% of exports go to Japan, the ministry said.", "40%", "exports that go to Japan"),
])
def test_a_share_of_a_group_measures_the_part_the_sentence_says_it_is(text, evidence, measure):
    assert _measure(text, evidence) == measure


@pytest.mark.parametrize(("text", "evidence", "measure"), [
    ("To mark 40 years since the club was founded, the board in Porto held a dinner.", "40",
     "time since the club was founded"),
    ("The band in Oslo marks 30 years since its first album.", "30",
     "time since its first album"),
])
def test_a_span_since_an_event_is_the_time_since_it(text, evidence, measure):
    assert _measure(text, evidence) == measure


def test_a_span_since_a_year_is_no_event():
    assert "since" not in (_measure("Rents in Riga rose for 12 months since 2019.", "12") or "")


def test_a_bare_yield_is_named_with_the_bond_its_sentence_names():
    text = ("The Varna 20-year bond rose 1/4 in price to yield 3.41%, from 3.47% on Friday. "
            "Shares in Oslo rose to yield 4%.")
    assert _measure(text, "3.41%") == "20-year bond yield"
    assert _measure(text, "4%") == "yield"  # no bond in its sentence
