"""A sum per a unit of goods or energy ("a tonne", "per barrel", "/kWh") is a market's
price: kept as a figure though small (no shop's price), and named a price per that unit
when no noun names it (extract/figure_rates.py). Texts written here (fictional firms,
real places)."""

from __future__ import annotations

import pytest
from figure_lookup import figures_of, one


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Iron ore fetched $96 per tonne in Qingdao on Friday.", "$96", "price per tonne"),
    ("Officials in Ohio said the grid would pay $0.05/kWh from June.", "$0.05",
     "price per kWh"),
    ("Brent crude rose 1.1% to $82.40 per barrel in London.", "$82.40",
     "Brent crude price per barrel"),
    ("Wholesale power cost 41 euros per MWh on Tuesday, the Leipzig exchange said.", "41",
     "cost per MWh"),
])
def test_a_sum_per_a_unit_of_goods_is_a_price(text, number, measure):
    assert one(text, number).measure == measure


def test_a_small_sum_without_a_unit_of_goods_is_still_shopping_copy():
    text = "The Orvane kettle sells for $39.99 at most stores in Leeds."
    assert not figures_of(text)
