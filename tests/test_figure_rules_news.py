"""Figure rules for the shapes news gives totals, vague amounts and partitive counts in
(issue 9): each test is a short text written here, about fictional events in real places."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.runner import extract_text

PUBLISHED = date(2025, 4, 2)


def found(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(f.evidence.text, f.low, f.high, f.measure)
            for f in extract_text(text, PUBLISHED).figures]


def test_each_value_counts_the_total_named_nearest_before_it():
    text = ("The death toll from the storm that hit the coast of Albania on Friday night has "
            "risen to 144, and the injuries amount to 551.")
    assert found(text) == [("144", 144, 144, "killed"), ("551", 551, 551, "injured")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The ferry sank near Vlora. Dozens more were injured.",
     ("Dozens more", 24, None, "people injured")),
    ("The gunmen fled, injuring hundreds.",
     ("hundreds", 200, None, "people injured")),
    ('A police officer said there had been "several hundred" killed or wounded.',
     ('several hundred"', 200, 999, "people killed")),
    ("The army had captured several Serbian soldiers.",
     ("several Serbian soldiers", 2, 9, "Serbian soldiers")),
    ("Some three-thousand volunteers have arrived.",
     ("Some three-thousand volunteers", 3000, 3000, "volunteers")),
    ("Roughly 27-hundred were wounded.", ("Roughly 27-hundred", 2700, 2700, "injured")),
])
def test_vague_amounts_and_number_words(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", [
    "The talks took several hours.", "She asked a few questions.",
    "They met several times.", "Thousands of kilometres of road were closed.",
])
def test_vague_words_that_count_nothing_tracked(text):
    assert found(text) == []


def test_a_partitive_counts_what_follows_the_determiner():
    assert found("The flood reached 57 of the region’s 330 villages.") == [
        ("57", 57, 57, "villages"), ("330 villages", 330, 330, "villages")]
    assert found("The brigade lost a thousand of their soldiers.")[0][:3] == (
        "a thousand of their soldiers", 1000, 1000)
