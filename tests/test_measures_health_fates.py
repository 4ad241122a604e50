"""What befell the people counted in a health story ("four people were diagnosed with
mumps": people diagnosed), and a place adverb between them and the verb ("two people
there were diagnosed"). Texts written here (fictional outbreaks, real places)."""

from __future__ import annotations

import pytest
from figure_lookup import one


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Four people were diagnosed with mumps in Tartu on Monday.", "Four", "people diagnosed"),
    ("Doctors in Riga said three children there were diagnosed with measles.", "three",
     "children diagnosed"),
    ("Some 300 pupils were vaccinated in Kaunas on Monday.", "300", "pupils vaccinated"),
    ("Health officials in Pärnu said 45 residents had tested positive.", "45",
     "residents tested positive"),
    # a place adverb before any other fate
    ("Five workers there were injured when a crane fell in Gdansk.", "Five",
     "workers injured"),
])
def test_a_health_fate_after_a_count_of_people_is_what_it_counts(text, number, measure):
    assert one(text, number).measure == measure


def test_a_count_of_things_takes_no_fate_of_people():
    # what befell the wells, not a person's "tested positive"
    assert one("Inspectors in Tartu tested 12 wells for the virus.", "12").measure == (
        "wells tested for the virus")
