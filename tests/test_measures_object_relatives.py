"""A count restricted by an object relative ("28 people who he had met"), whose own subject
comes after "who" or "whom"; and the family of a restricted count is its head noun, so a
count restated later is still one claim (see extract/measure_shares.py). Texts written
here (fictional people, real places)."""

from __future__ import annotations

import pytest
from figure_lookup import figures_of, one


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Health staff in Tartu traced 31 people who she had met at the market.", "31",
     "people who she had met at the market"),
    ("The yard in Gdansk took back 45 welders whom the owners had laid off.", "45",
     "welders whom the owners had laid off"),
    # a preposition that closes the clause stays with it
    ("Doctors in Pula checked 17 guests who he had shared a table with.", "17",
     "guests who he had shared a table with"),
])
def test_an_object_relative_restricts_the_count(text, number, measure):
    assert one(text, number).measure == measure


def test_that_before_a_subject_still_opens_a_clause_of_its_own():
    text = "The board in Kaunas told 260 drivers that the depot would shut."
    assert one(text, "260").measure == "drivers"


def test_a_restricted_count_stated_again_is_one_claim():
    text = ("Officials in Tartu isolated 31 people who she had met at the market. The "
            "other 31 people showed no symptoms on Friday.")
    assert [f.evidence.text for f in figures_of(text)] == ["31 people"]
    assert figures_of(text)[0].family == "people"
