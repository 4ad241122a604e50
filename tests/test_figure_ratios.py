"""A share said as a ratio ("eight out of ten", "Four in ten") is the share, not a count of
the ratio's base (extract/figure_ratios.py). Texts written here (real places)."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract import extract_text


def figures(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [(f.evidence.text, f.low, f.unit, f.measure)
            for f in extract_text(text, date(2026, 3, 2)).figures]


@pytest.mark.parametrize(("text", "expected"), [
    ("Eight out of ten farmers in Kerala said the rains came late.",
     [("Eight out of ten farmers in Kerala", 80.0, "%",
       "farmers in Kerala who said the rains came late")]),
    ("Only 3 out of 40 schools in Leeds reopened on Monday.",
     [("3 out of 40 schools in Leeds", 7.5, "%", "schools in Leeds that reopened on Monday")]),
    ("Four in ten voters in Ohio back the plan, a poll found.",
     [("Four in ten voters in Ohio", 40.0, "%", "voters in Ohio who back the plan")]),
])
def test_a_ratio_is_the_share_it_gives(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "in" inside a clause says where, not how many of them
    ("The storm damaged roofs in five in ten villages near Hue, officials said.",
     ("ten villages", 10.0, None)),
    # a part of a count, with no ratio
    ("Three of the five judges in Lyon agreed with the ruling.", ("Three", 3.0, None)),
])
def test_counts_that_are_no_ratio_stay_counts(text, expected):
    assert [f[:3] for f in figures(text)][:1] == [expected]
