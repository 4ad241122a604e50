"""People who left, fled or were forced from their homes are the displaced, as the
evacuated are: two sources' counts of them are compared (texts written here)."""

from __future__ import annotations

import pytest

from sitrep.ledger.families import counted


@pytest.mark.parametrize("after", [
    " had left their homes by Sunday, the charity said.",
    " fled their homes as the water rose.",
    " were forced from their homes in the valley.",
    " were evacuated overnight.",
])
def test_people_out_of_their_homes_are_the_displaced(after: str):
    assert counted("people", "Close to ", after, "flood, Hungary").family == "displaced"


def test_people_who_stayed_at_home_are_not():
    assert counted("people", "Close to ", " stayed in their homes.", "flood, Hungary"
                   ).family is None
