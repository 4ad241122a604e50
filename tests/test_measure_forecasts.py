"""A value that forecasters expected is their estimate (issue 9): "above the $4.8 billion
analysts expected" read as a sum of analysts. The value ends before the forecasters and
measures the estimate of what the sentence's figure before it measures. A count of analysts
stays a count. Every text is written here, about fictional firms in real places."""

from __future__ import annotations

import pytest
from figure_lookup import figures_of


@pytest.mark.parametrize(("text", "evidence", "measure"), [
    ("Revenue at the Lisbon grocer was $5.1 billion, above the $4.9 billion analysts polled "
     "by Lakeview Data expected.", "$4.9 billion", "Revenue estimate"),
    ("Growth in Chile was 1.9%, below the 2.2% economists had forecast.", "2.2%",
     "Growth estimate"),
])
def test_a_value_forecasters_expected_is_their_estimate(text, evidence, measure):
    assert (figures_of(text)[-1].evidence.text, figures_of(text)[-1].measure) == (
        evidence, measure)


def test_a_count_of_analysts_stays_a_count():
    fig = figures_of("Some 300 analysts attended the fair in Leeds.")[0]
    assert (fig.evidence.text, fig.measure) == (
        "Some 300 analysts", "analysts that attended the fair in Leeds")


def test_a_value_after_forecasters_and_their_verb_of_expecting_is_an_estimate():
    text = ("Analysts surveyed by Lakeview Data were expecting revenue of $27.5 billion at the "
            "grocer in Porto.")
    assert figures_of(text)[0].measure == "revenue estimate"


def test_a_value_forecasters_only_reported_is_no_estimate():
    assert figures_of("Analysts in Oslo said revenue was $5 billion.")[0].measure == "revenue"


@pytest.mark.parametrize(("text", "evidence", "measure"), [
    ("Like-for-like sales at the Porto grocer grew 2.1 percent, short of a 2.9 percent rise "
     "that had been forecast.", "2.9 percent rise", "Like-for-like sales estimate"),
    ("Revenue at the Lisbon grocer was $5.1 billion, short of the $5.4 billion that had "
     "been projected.", "$5.4 billion", "Revenue estimate"),
])
def test_a_value_expected_in_the_passive_is_an_estimate_of_the_figure_before(
        text, evidence, measure):
    fig = figures_of(text)[-1]
    assert (fig.evidence.text, fig.measure) == (evidence, measure)
