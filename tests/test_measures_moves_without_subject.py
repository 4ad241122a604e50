"""A move whose subject stands far from its verb, behind a market code or an aside, is named
with its direction (extract/measure_directions.py); a comparison after a bare copula is no
move. Texts written here (fictional firms, real places)."""

from __future__ import annotations

import pytest
from figure_lookup import one


@pytest.mark.parametrize(("text", "number", "measure"), [
    # an aside between the subject and the adverb of change
    ("Quillon's (QLN) stock slipped as well, down 2.2%.", "2.2%", "Quillon's stock fall"),
    # a long phrase and a market code between the gauge and its verb
    ("Vantor's gauge of small caps around the region .VSC gained 0.3% on Monday.", "0.3%",
     "Vantor's gauge gain"),
    # the things counted earlier in the sentence, a long apposition before "down"
    ("Ferries to Islay carried 40,000 cars in July, the second-busiest traffic month of the "
     "year so far but still down 6 percent from a year earlier.", "6 percent", "cars decline"),
    # a second move joined to the first names the same thing
    ("Tarvik cut its outlook to growth of 1 percent, from a forecast of up 2.5 percent and "
     "up 3 percent.", "3 percent", "forecast growth"),
])
def test_a_move_read_from_far_names_its_direction(text, number, measure):
    assert one(text, number).measure == measure


def test_a_comparative_after_a_copula_compares_and_names_no_move():
    text = "Fares on the night trams in Tallinn are 20% lower on weekdays."
    assert "decline" not in (one(text, "20%").measure or "")

