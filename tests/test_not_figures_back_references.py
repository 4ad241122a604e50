"""A small count after "the", "these" or "those" refers back to things the text has named
("the two ministries", "those four engines"): it claims nothing new; a count of people so
named still counts them (see extract/figure_filters.py). Texts written here."""

from __future__ import annotations

import pytest
from figure_lookup import figures_of


def _spans(text: str) -> list[str]:
    return [f.evidence.text for f in figures_of(text)]


@pytest.mark.parametrize("text", [
    "The test in Kiruna will see those four engines fire for the first time.",
    "Officials said these two ports in Gdansk would reopen in May.",
    "The two ministries in Riga did not answer.",
])
def test_a_count_that_refers_back_is_no_figure(text):
    assert not any(s.split()[0] in ("four", "two") for s in _spans(text))


def test_a_count_of_people_that_refers_back_still_counts_them():
    assert "four gunmen" in " ".join(_spans("Police in Leeds said the four gunmen were held."))

