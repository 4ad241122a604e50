"""A count owned by a name keeps the name in its measure ("one of Saturn's 83 moons":
"Saturn's moons"), and nothing else does (extract/measure_owners.py). Texts written here
(fictional firms and people, real places)."""

from __future__ import annotations

import pytest
from figure_lookup import one


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Astronomers in Chile confirmed ice on Tethra, one of Saturn's 83 moons, in a study "
     "published on Monday.", "83", "Saturn's moons"),
    ("Fire chief Ines Varela said Porto’s 3,200 firefighters were on duty on Sunday.",
     "3,200", "Porto’s firefighters"),
    ("A third of Brightwater Mills’s 640 looms will stop in March, the firm said in Leeds.",
     "640", "Brightwater Mills’s looms"),
])
def test_a_count_after_a_named_owner_keeps_the_owner(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number"), [
    # an owner in lower case names itself elsewhere (the page, the sentence before)
    ("The state's 40 parks will close in winter, the governor of Oregon said.", "40"),
    # a contraction is no owner
    ("Mayor Olek Brandt said that's 300 homes fewer than the plan for Gdansk.", "300"),
])
def test_no_owner_is_read_where_no_name_owns_the_count(text, number):
    measure = one(text, number).measure or ""
    assert "'s" not in measure and "’s" not in measure
