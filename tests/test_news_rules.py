"""General rules for what a number counts in real news, each on sentences written here.

News counts totals by the noun before a verb of change ("the death toll has risen to 93"),
people by what happened to them ("62 people were killed and 145 injured"), and quakes by
magnitude. Each rule is tested on several phrasings, and on near misses it must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract import extract_text

PUBLISHED = date(2026, 9, 14)


def found(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(f.evidence.text, f.low, f.high, f.measure)
            for f in extract_text(text, PUBLISHED).figures]


@pytest.mark.parametrize(("text", "value", "measure"), [
    ("The death toll from the flood in Tirana has risen to 93, the interior ministry said.",
     ("93", 93, 93), "killed"),
    ("The toll stands at 41, according to the regional governor.", ("41", 41, 41), "killed"),
    ("Casualties among the volunteers have surpassed 4,000, officials estimate.",
     ("surpassed 4,000", 4000, None), "casualties"),  # "surpassed": a lower bound
    ("The death toll from Saturday's landslide near the mine surpassed 3,000.",
     ("surpassed 3,000", 3000, None), "killed"),
    ("The number of people killed in the blast at the Durres port has risen to 37.",
     ("37", 37, 37), "killed"),
    ("The number of missing rose on Wednesday to 140.", ("140", 140, 140), "missing"),
    ("The number of dead reached 12 by nightfall.", ("12", 12, 12), "killed"),
])
def test_a_total_named_before_a_verb_of_change(text, value, measure):
    assert found(text) == [(*value, measure)]


def test_a_verb_of_change_without_a_total_counts_nothing_new():
    assert found("Ticket sales rose to 93 on the first day of the fair.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("At least 62 people were killed and 145 injured in the blast.",
     [("At least 62 people", 62, None, "people killed"), ("145", 145, 145, "injured")]),
    ("Rescuers said 4,850 were injured and 270 remain missing.",
     [("4,850", 4850, 4850, "injured"), ("270", 270, 270, "missing")]),
    ("Officials said 1,614 people have died since the storm hit.",
     [("1,614 people", 1614, 1614, "people killed")]),
    ("The mayor said 300 residents were evacuated from the river bank.",
     [("300 residents", 300, 300, "residents evacuated")]),
])
def test_people_are_counted_by_what_happened_to_them(text, expected):
    assert found(text) == expected


def test_a_counted_noun_that_is_not_generic_keeps_its_name_with_its_fate():
    assert found("About 40 firefighters were injured in the blaze.") == [
        ("About 40 firefighters", 40, 40, "firefighters injured")]


@pytest.mark.parametrize("text", [
    "A magnitude 6.1 earthquake shook the coast near Durres on Sunday.",
    "The 6.1-magnitude quake struck at dawn near Durres.",
    "The earthquake, measuring 6.1 on the Richter scale, struck at dawn near Durres.",
    "A quake of magnitude 6.1 struck at dawn near Durres.",
])
def test_magnitudes(text):
    assert found(text) == [("6.1", 6.1, 6.1, "magnitude")]


def test_measuring_a_length_is_no_magnitude():
    assert [f[3] for f in found("A bridge measuring 600 metres spans the bay.")] != [
        "magnitude"]
