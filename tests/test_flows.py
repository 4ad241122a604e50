"""An amount whose clause closes with the time it is per is a flow (issue 9): "2,300 kg of
dust thrown off the comet per second" measures dust per second, not a total. A time that is
no rate ("a year ago"), a source after "per", or a mark between leave the amount alone.
Every text is written here, about fictional teams and firms in real places."""

from __future__ import annotations

import pytest
from figure_lookup import one


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The team in Tucson found 2,300 kg of dust being thrown off the comet per second.",
     "2,300", "dust per second"),
    ("The plant in Leeds burns 400 tonnes of waste a day.", "400", "waste per day"),
    ("The mine in Kiruna shipped 3,000 tonnes of ore each month last year.", "3,000",
     "ore per month"),
])
def test_an_amount_per_a_time_is_a_flow(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The ship took 2,000 tonnes of grain to Odesa a year ago.", "2,000", "grain"),
    ("The ship carried 2,000 tonnes of grain to Odesa, per the ministry.", "2,000", "grain"),
    ("The tanker in Rotterdam holds 80,000 tonnes of crude, every day of the week.",
     "80,000", "crude"),
])
def test_an_amount_with_no_time_it_is_per_stays_an_amount(text, number, measure):
    assert one(text, number).measure == measure
