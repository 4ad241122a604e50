"""Figures that were lost or split: a range of two sums each with its sign ("between €18
million and €22 million"), a change or a margin in percentage points, and people taken to
hospital. Every text is written here, about fictional bodies in real places."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract import extract_text

PUBLISHED = date(2026, 7, 20)


def figures(text: str) -> dict[str, tuple[float | None, float | None, str | None, str | None]]:
    """Each figure's evidence -> (low, high, unit, measure)."""
    return {f.evidence.text: (f.low, f.high, f.unit, f.measure)
            for f in extract_text(text, PUBLISHED).figures}


@pytest.mark.parametrize(("text", "evidence", "low", "high", "unit"), [
    ("The damage is estimated at between €18 million and €22 million.",
     "between €18 million and €22 million", 18e6, 22e6, "EUR"),
    ("Repairs will cost between $3 billion and $4 billion, the port said.",
     "between $3 billion and $4 billion", 3e9, 4e9, "USD"),
])
def test_two_sums_each_with_its_sign_after_between_are_one_range(text, evidence, low, high,
                                                                 unit):
    found = figures(text)
    assert found[evidence][:3] == (low, high, unit), found
    assert found[evidence][3] is not None  # the damage, the cost: read around the range


def test_two_sums_joined_by_and_without_between_stay_two():
    found = figures("The city spent €18 million on roads and €22 million on schools.")
    assert sorted((v[0], v[1]) for v in found.values()) == [(18e6, 18e6), (22e6, 22e6)]


@pytest.mark.parametrize(("text", "evidence", "value"), [
    ("Turnout rose 4.8 percentage points to 57.4 percent.", "4.8 percentage points", 4.8),
    ("Its share of the vote fell 1.7 percentage points.", "1.7 percentage points", 1.7),
    ("Inflation fell by 2 percentage points in May.", "2 percentage points", 2.0),
])
def test_a_value_in_percentage_points_is_a_figure_in_points(text, evidence, value):
    low, high, unit, _ = figures(text)[evidence]
    assert (low, high, unit) == (value, value, "pp")


def test_a_slash_unit_is_still_read_whole():
    assert figures("Trains will run at 120 km/h on the line.")["120 km/h"][2] == "km/h"


def test_people_taken_to_hospital_are_hospitalised():
    found = figures("Eleven miners were injured and seven were taken to hospital in Rybnik.")
    assert found["seven"][3] == "hospitalised"


@pytest.mark.parametrize(("text", "evidence", "measure"), [
    ("The county recorded 87 confirmed cases by Friday.", "87 confirmed cases",
     "confirmed cases"),
    ("A further 26 suspected cases were awaiting tests.", "26 suspected cases",
     "suspected cases"),
    ("The roll lists 4,100 registered voters in the parish.", "4,100 registered voters",
     "registered voters"),
])
def test_a_participle_that_counts_use_as_an_adjective_keeps_the_count(text, evidence,
                                                                       measure):
    assert figures(text)[evidence][3] == measure


def test_a_past_tense_with_a_plural_object_after_a_number_is_still_a_verb():
    assert figures("40 attended talks in Minsk on Monday.") == {}


@pytest.mark.parametrize(("text", "evidence", "unit"), [
    ("The ministry set aside 2.5 million lei for the campaign.", "2.5 million lei", "RON"),
    ("Each family will get 300,000 forint in aid.", "300,000 forint", "HUF"),
])
def test_more_currencies_named_in_words(text, evidence, unit):
    found = figures(text)
    hits = [v for k, v in found.items() if evidence in k]
    assert hits and hits[0][2] == unit, found


@pytest.mark.parametrize(("text", "evidence", "factor"), [
    ("Fatal accidents in the region have fallen by a third since 2015.", "fallen by a third",
     0.6667),
    ("Output at the pit would fall by roughly half while it stays shut.",
     "fall by roughly half", 0.5),
    ("Exports of timber rose by a quarter in May.", "rose by a quarter", 1.25),
    ("The school budget was cut by half.", "cut by half", 0.5),
])
def test_a_change_by_a_part_up_or_down_is_a_factor(text, evidence, factor):
    found = {f.evidence.text: f.change for f in extract_text(text, PUBLISHED).figures}
    assert found[evidence]["factor"] == factor, found
