"""A length or a weight that a comparative closes is a difference (issue 9): "three inches
wider than its predecessor" measures a width gained, "sits two inches lower" a
height lost; "30 metres high" stays a height and "5% higher" stays a share. Every text is
written here, about fictional makers in real places."""

from __future__ import annotations

import pytest
from figure_lookup import one


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The new Orava hatchback is three inches wider than its predecessor.", "three",
     "width increase of new Orava hatchback"),
    ("The new sedan from the plant in Graz sits two inches lower.", "two",
     "height reduction"),
    ("The truck built in Lahti is 400 kg heavier than the old one.", "400",
     "weight increase"),
])
def test_a_measurement_a_comparative_closes_is_the_change_of_its_dimension(
        text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The bridge in Porto is 30 metres high.", "30", "height of bridge"),
    ("The runway in Faro is 400 metres long.", "400", "length of runway"),
])
def test_a_measurement_with_a_plain_adjective_stays_a_size(text, number, measure):
    assert one(text, number).measure == measure


def test_a_share_before_a_comparative_is_no_length():
    assert "height" not in (one("Rents in Lisbon were 5% higher than a year earlier.",
                                "5%").measure or "")
