"""A superlative made with "most" between a number and its noun stays in the thing counted
(extract/measure_superlatives.py); a measure that is only a noun of span ("timescale",
"window") is replaced by what the span times (extract/measure_timescales.py). Texts
written here (fictional firms, real places)."""

from __future__ import annotations

import pytest
from figure_lookup import figures_of, one


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Nine of the 15 most visited museums in Europe are in Paris or Rome, the survey said.",
     "Nine", "most visited museums in Europe"),
    ("Four of the world's 30 most polluted rivers flow through Java, the study found.",
     "Four", "most polluted rivers"),
])
def test_a_superlative_with_most_stays_in_the_part(text, number, measure):
    assert (one(text, number).measure or "").startswith(measure)


def test_the_size_of_a_ranked_set_is_still_no_count():
    text = "The 15 most visited museums drew crowds in Lyon this year."
    assert not [f for f in figures_of(text) if "15" in f.evidence.text]


def test_most_before_a_unit_or_a_pronoun_is_no_superlative():
    text = "Dock workers in Gdynia say they worked 60 most weeks last winter."
    assert all("most" not in (f.measure or "") for f in figures_of(text))


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The port of Hull set out a timescale of four years for the rebuild of the quay.",
     "four years", "duration of the rebuild"),
    ("Ministers in Oslo gave the agency a window of 90 days to close the depot.", "90 days",
     "duration to close the depot"),
    ("The census will run on a timescale of three years, officials in Malta said.",
     "three years", "census duration"),
    ("Engineers hope to lay the cable to Gozo in a six year timescale.", "six year",
     "duration"),
])
def test_a_noun_of_span_names_what_the_span_times(text, number, measure):
    assert one(text, number).measure == measure


def test_a_term_keeps_its_own_noun():
    text = "The judge in Leeds handed down a prison term of six years."
    assert one(text, "six years").measure == "prison term"


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The agency ranks 20 states with the lowest rates of vaccination.", "20",
     "states with the lowest rates of vaccination"),
    # a place of no name between the head and the superlative is left out
    ("Nine of the 15 towns in the country with the highest rents are near Perth.", "15",
     "towns with the highest rents"),
    ("Eleven ports with the most traffic handled 60% of the cargo, the ministry said.",
     "Eleven", "ports with the most traffic"),
    ("Two of the 30 lakes in Finland with the cleanest water flooded in May.", "30",
     "lakes in Finland with the cleanest water"),
])
def test_a_superlative_after_the_head_says_which_are_counted(text, number, measure):
    assert one(text, number).measure == measure

