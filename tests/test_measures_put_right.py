"""Measures that the noun beside a value got wrong, from the sixth hand check of the
benchmark's figures (issue 9), each class beside sentences of the same shape whose measure
must stay: a multiplier ("times"), a container ("a list of goods"), a test cycle, a range of
spans in two units, a word that makes a business measure another one ("comparable"), a
placeholder noun ("the figure", "the total"), calories as a unit of food energy, hedges
that a value was not reached ("just shy of"), and numbers that are no figures (a gift in a
customer's review, a product's spec in a deals post). Every text is written here, about
fictional people and firms in real places."""

from __future__ import annotations

import pytest
from figure_lookup import figures_of, one


@pytest.mark.parametrize(("text", "number", "measure"), [
    # a multiplier measures a multiple of what follows it, never "times"
    ("Planner Ada Moe says savers need between 20 and 30 times their yearly costs put "
     "away.", "30 times", "multiple of yearly costs"),
    ("The pension fund in Bergen now holds 25 to 40 times its annual payout, its manager "
     "Ivo Berg said.", "40 times", "multiple of annual payout"),
    # a container: what it holds, a sum its value
    ("Tariffs hit an earlier $200 billion list of steel and farm goods, officials in Ohio "
     "said.", "$200 billion", "value of steel and farm goods"),
    ("The bank in Perth sold a $3 billion tranche of bonds on Tuesday.", "$3 billion",
     "value of bonds"),
    # a test a distance was measured on: the car's range, not the cycle
    ("The wagon will go 280 miles on the EPA cycle, the maker in Munich said.", "280 miles",
     "range"),
    ("The hatchback has an EPA-cycle range of 300 miles, its maker in Turin said.",
     "300 miles", "range"),
    ("The sedan offers a WLTP range of 450 km, the maker in Lyon said.", "450 km", "range"),
    # a word that makes a business measure another one stays with it
    ("Operating profit fell 8% at the brewer in Dublin.", "8%", "Operating profit decline"),
    ("The chain in Denver posted comparable sales growth of 2.7 percent, it said.", "2.7",
     "comparable sales growth"),
    # a placeholder: the noun after "of", else the value it restates or is compared with
    ("Police in Lima said the number of drivers stopped was 40 percent, up from last "
     "year.", "40 percent", "drivers"),
    ("Agents in Texas said $20 million a week is smuggled in drugs. Critics in Austin "
     "said the $20 million figure was too high.", "$20 million a week", "value of drugs per week"),
])
def test_a_noun_that_names_no_quantity_is_read_again(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Exports from Chile rose 4% last year.", "4%", "Exports from Chile growth"),
    ("Same-store sales fell 2% last year at the grocer in Leeds, it said.", "2%",
     "Same-store sales decline"),
    ("Net income rose 12% at the bank in Perth, it said.", "12%", "Net income growth"),
    ("The crater in Arizona has a diameter of 1,200 meters.", "1,200 meters", "diameter"),
    ("A loss of $5 million was booked by the mill in Tampere.", "$5 million", "loss"),
    ("The convoy drove 40 km north of Kabul on Sunday.", "40 km", "distance of Kabul"),
])
def test_measures_read_right_stay(text, number, measure):
    assert one(text, number).measure == measure


def test_times_that_count_occasions_are_not_read_as_a_multiple():
    found = figures_of("The mill in Tampere was fined 3 times last year by the regulator.")
    assert all("multiple" not in (f.measure or "") for f in found)


def test_a_range_of_spans_in_two_units_is_one_duration():
    fig = one("Signs may show at any point from four weeks to six years after the "
              "exposure, doctors in Porto said.", "four weeks")
    assert (fig.low, fig.high, fig.unit, fig.measure) == (4.0, 313.1, "week", "duration")
    assert fig.evidence.text == "four weeks to six years"
    days = one("Recovery takes between ten days and two months, nurses in Graz said.",
               "ten days")
    assert (days.low, days.high, days.unit) == (10.0, 60.9, "day")


def test_spans_not_joined_into_a_range_stay_apart():
    found = figures_of("The strike in Oslo lasted two weeks, and the talks took three months.")
    assert sorted((f.low, f.unit) for f in found) == [(2.0, "week"), (3.0, "month")]
    same = one("The drought lasted from three to five years in Chad.", "three")
    assert (same.low, same.high, same.unit) == (3.0, 5.0, "year")


@pytest.mark.parametrize(("text", "food"), [
    ("A quarter cup of the hummus has 120 calories, the cook in Austin wrote.", "hummus"),
    ("One slice of the pie contains 310 calories, a baker in Cork said.", "pie"),
    # a serving's energy is kept where someone states it (unstated, it is advice: see
    # test_figure_page_kinds.py)
    ("The cook in Leeds said mustard (which has around five calories per teaspoon) beats "
     "mayonnaise.", "mustard"),
])
def test_calories_are_a_unit_of_food_energy_of_the_food_named(text, food):
    fig = one(text, "calories")
    assert fig.unit == "kcal"
    assert fig.measure == f"food energy of {food}"


def test_calories_of_a_portion_name_no_food():
    fig = one("A half cup is roughly 40 calories, the dietician in Leeds said.", "40")
    assert (fig.unit, fig.measure) == ("kcal", "food energy")


@pytest.mark.parametrize(("text", "number", "qualifier", "low", "high"), [
    ("The charity in Sylhet raised just short of $2 million, it said.", "$2 million",
     "just short of", None, 2e6),
    ("Exports from Peru reached just shy of $5 billion in March.", "$5 billion",
     "just shy of", None, 5e9),
    ("The deal in Austin was valued at north of $300 million, bankers said.", "$300 million",
     "north of", 3e8, None),
])
def test_a_value_not_reached_or_passed_is_a_bound(text, number, qualifier, low, high):
    fig = one(text, number)
    assert (fig.qualifier, fig.low, fig.high) == (qualifier, low, high)


def test_a_direction_after_a_distance_is_no_hedge():
    fig = one("The convoy drove 40 km north of Kabul on Sunday.", "40 km")
    assert (fig.low, fig.high, fig.qualifier) == (40.0, 40.0, None)


def test_a_gift_in_a_customers_review_is_no_figure():
    review = ('"Easy booking and a friendly guide. Each of my kids got 2 bags of dried figs '
              'for free. Thanks!" - Ana K.')
    assert figures_of(review) == []


@pytest.mark.parametrize("text", [
    "Volunteers in Delhi handed out 5,000 masks for free on Monday.",
    '"We gave away 300 meals for free," the mayor of Leeds said.',
])
def test_things_given_free_in_the_news_stay(text):
    assert len(figures_of(text)) == 1


_DEALS = (
    "Black Friday deals: the best prices we found. Use the coupon code at checkout; "
    "free shipping on every order.\n\n"
    "Grab the Tern 5 sports watch for its lowest price ever, $149, down from $249. The "
    "watch is waterproof up to 50 meters and has a 1.4-inch screen.\n\n"
    "In our testing, the older Tern 4 reached about 43 dBA on a noisy street in Bristol.\n\n"
    "A sale price of $89 on the Orca earbuds is an all-time low.\n")


def test_a_spec_of_a_product_on_sale_in_a_deals_post_is_no_figure():
    found = {f.evidence.text: f for f in figures_of(_DEALS)}
    assert not any("50 meters" in t for t in found)
    assert any("43 dBA" in t for t in found)  # a paragraph of tests sells nothing


def test_a_spec_outside_a_deals_post_stays():
    text = ("The Tern 5 watch, launched in Bristol on Monday, is waterproof up to 50 meters, "
            "its maker said.")
    assert any("50 meters" in f.evidence.text for f in figures_of(text))


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The lab in Basel ran 5,000 blood tests last week.", "5,000", "blood tests"),
    ("The agency said the EPA budget fell 10% this year in Ohio.", "10%", "EPA budget decline"),
])
def test_a_count_of_tests_or_an_agency_before_a_measure_stays(text, number, measure):
    assert one(text, number).measure == measure


def test_a_count_of_containers_counts_them():
    fig = one("The clinic in Accra received two batches of vaccine on Friday.", "two batches")
    assert (fig.measure, fig.family) == ("batches of vaccine received", "batches")
