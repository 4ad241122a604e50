"""A count with no noun of its own that goes on with the figure just before it (issue 9):
an ellipsis with a place ("nine ranges in Poland and five in Latvia") and the earlier
value a change replaced ("the toll rose to 143 from 139"). Texts written here, with the
numbers that must not take the measure beside them."""

from __future__ import annotations

import pytest
from figure_lookup import figures_of, one


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The agency in Lima recorded 14 deaths on Monday, up from 9 a day earlier.", "9",
     "deaths"),
    ("The toll in Derna rose to 143 from 139.", "139", "killed"),
    ("The death toll in Hatay has risen to 60, from 40 earlier in the day.", "40", "killed"),
    ("Clinics in Sana'a reported 230 cases, up from a previously reported 180.", "180",
     "cases reported"),
])
def test_the_value_a_change_replaced_counts_the_same_thing(text, number, measure):
    assert one(text, number).measure == measure


def test_an_ellipsis_with_a_place_goes_on_with_the_measure():
    fig = one("The army set up nine firing ranges in Poland and five in Latvia.", "five")
    assert fig.measure == "firing ranges in Latvia"


def test_a_bare_from_far_from_the_count_before_takes_nothing():
    # "from" starts another clause, not the change of the count before it
    text = "The toll in Derna rose to 143 on a day when buses left for Benghazi from 9."
    assert [f.measure for f in figures_of(text) if f.evidence.text == "9"] in ([], [None])
