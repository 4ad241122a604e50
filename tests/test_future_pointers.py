"""A span after "in" in a clause that speaks of what comes ("the sides play again in four
days", "the poll will take place in five months") dates it, as "three days later" does: no
figure (issue 9). In the past ("was built in two years") it is how long something took,
a duration. Every text is written here, about fictional clubs and towns in real places."""

from __future__ import annotations

import pytest
from figure_lookup import figures_of


@pytest.mark.parametrize("text", [
    "The two clubs meet again in Leeds in three days.",
    "The shop in Derby will reopen in two weeks, its owner said.",
    "The poll is due to take place in five months, the minister in Riga said.",
])
def test_a_span_that_points_ahead_is_no_figure(text):
    assert [f.evidence.text for f in figures_of(text)] == []


@pytest.mark.parametrize(("text", "span"), [
    ("The bridge in Porto was built in two years.", "two years"),
    ("The army took the town near Kharkiv in three days.", "three days"),
])
def test_a_span_a_past_deed_took_stays_a_duration(text, span):
    assert [f.evidence.text for f in figures_of(text)] == [span]


def test_a_look_back_to_the_last_time_stays_a_figure():
    text = "The drills in May will be the first of the series held in Latvia in four years."
    assert [f.evidence.text for f in figures_of(text)][-1].endswith("four years")
