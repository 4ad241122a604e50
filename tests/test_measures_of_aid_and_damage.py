"""Sums of aid and damage in crisis news (issue 9): money a body needs, seeks, allocates or
approves is named by its verb when no noun follows; damage "estimated at" a sum is the
damage; losses in money are no team's losses; the noun that closes an "in ..." phrase is
its head. Texts written here about fictional appeals in real places."""

from __future__ import annotations

import pytest
from figure_lookup import one


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The Red Crescent in Herat said it needed $45 million to help families.", "45",
     "funds needed"),
    ("The council in Kandy allocated 500 million rupees to the flood victims.", "500",
     "allocation"),
    ("Damage in Valencia is estimated at $1.2 billion.", "1.2", "Damage"),
    ("The quake near Izmir caused losses of up to $10 billion, the institute said.", "10",
     "losses"),
    ("Beijing will provide 100 million yuan in emergency humanitarian assistance.", "100",
     "emergency humanitarian assistance"),
])
def test_sums_of_aid_and_damage_name_what_they_are(text, number, measure):
    assert one(text, number).measure == measure


def test_a_noun_after_the_sum_still_beats_the_verb():
    fig = one("Seoul approved $300 million in reconstruction loans for Nepal.", "300")
    assert fig.measure == "reconstruction loans for Nepal"
