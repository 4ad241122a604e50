"""The thing a sum, a distance or a time measures, from the fourth hand check of the
benchmark's figures (issue 9): a price set by its verb, a rate per share or per month, a
qualifier after a sum that names nothing, light-years and a range on a charge as
distances, a subject opened by an -ing modifier, the object of a change verb, and one
span of time written in two units. Every text is written here, about fictional people and
firms in real places."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.runner import extract_text

PUBLISHED = date(2026, 5, 2)


def figures(text: str) -> list[tuple[str, float | None, float | None, str | None, str | None]]:
    return [(f.evidence.text, f.low, f.high, f.unit, f.measure)
            for f in extract_text(text, PUBLISHED).figures]


def measures(text: str) -> dict[str, str | None]:
    return {f.evidence.text: f.measure for f in extract_text(text, PUBLISHED).figures}


@pytest.mark.parametrize(("text", "evidence", "measure"), [
    ("The new electric van from Carver Motors will start at $38,500 when it reaches "
     "dealers in Ohio.", "$38,500", "price"),
    ("The cottages near Cork are priced at $310,000 each, the agent said.", "$310,000",
     "price"),
    ("Farmhouses outside Lyon now sell for $640,000, said the notary Anne Roux.",
     "$640,000", "price"),
])
def test_a_verb_of_pricing_makes_a_price(text, evidence, measure):
    assert measures(text).get(evidence) == measure


@pytest.mark.parametrize(("text", "evidence", "measure"), [
    ("Harlow Foods will earn $1.87 a share this quarter, analysts in Chicago said.",
     "$1.87 a share", "earnings per share"),
    ("The board in Austin declared a dividend of $1.10 a share, its chairman Ana Ruiz said.",
     "$1.10 a share", "dividend per share"),
    ("The city of Perth spends $3 million a year on street lighting.",
     "$3 million a year", "spending per year on street lighting"),
    ("The overall cost in Quebec is now over $3 billion per month in lost exports, Mia "
     "Chen said.", "over $3 billion per month", "overall cost per month"),
    ("Pickers in Murcia were paid $12 an hour, the union said.", "$12 an hour",
     "payment per hour"),
    # a change by a rate: the time word is the rate's, it dates nothing ("by" before it);
    # the sum is how much the thing changed, named as its change
    ("In Umbria the levy cut farm incomes by $900 million a year.", "$900 million a year",
     "farm incomes reduction per year"),
])
def test_a_sum_per_share_or_per_month_is_a_rate_of_its_measure(text, evidence, measure):
    assert measures(text).get(evidence) == measure


def test_a_sum_before_a_time_ago_is_no_rate():
    assert measures("Revenue at the mill in Tampere was $3 million a year ago.") == {
        "$3 million": "Revenue"}


def test_a_qualifier_after_a_sum_names_nothing_but_a_noun_after_it_does():
    assert measures("Workers in Denver can contribute up to $23,000 pretax this year, the "
                    "agency said.") == {"up to $23,000 pretax": "contribution"}
    assert measures("The brewery in Leeds made $2 million pretax profit.") == {
        "$2 million pretax profit": "pretax profit"}


def test_light_years_are_a_distance():
    assert figures("The quasar is 12 billion light-years away, astronomers in Hawaii "
                   "said.") == [("12 billion light-years away", 12e9, 12e9, "ly", "distance")]
    assert measures("The gas cloud, some 90 million light-years wide, was mapped from "
                    "Chile.") == {"some 90 million light-years wide": "width"}


@pytest.mark.parametrize(("text", "evidence"), [
    ("The sedan, built in Nagoya, can travel about 310 miles on a charge.",
     "about 310 miles"),
    ("The scooter goes 40 km on a single charge, said Lena Ortiz of Turin.", "40 km"),
    ("The truck covers 700 km on one tank, its maker in Gothenburg said.", "700 km"),
])
def test_a_distance_on_a_charge_is_a_range(text, evidence):
    assert measures(text) == {evidence: "range"}


def test_a_distance_without_a_charge_stays_a_distance():
    assert measures("The ferry sails 40 km from Split to Hvar.") == {
        "40 km from Split": "distance from Split"}


def test_an_ing_or_ed_word_opening_a_subject_is_its_modifier():
    got = measures("In Singapore, Emerging market stocks rose 0.48% on Tuesday, while "
                   "Developed market bonds fell 0.2%.")
    # a market's move measures the move (see test_measures_of_shares_and_moves.py)
    assert got == {"0.48%": "Emerging market stocks gain", "0.2%": "Developed market bonds decline"}


def test_a_verb_s_base_form_is_a_verb_after_a_modal_only():
    assert measures("Module efficiency will rise from around 19% now to 25% by 2031, the "
                    "lab in Freiburg said.") == {"around 19%": "Module efficiency",
                                                 "25%": "Module efficiency"}
    assert measures("Dealers in Ohio sold 12 million cars, an increase of just 0.4 percent "
                    "from 2025.")["just 0.4 percent"] == "cars increase"  # the count's (session 21)


def test_the_object_of_a_change_verb_before_from_is_what_changes():
    got = measures("Regulators in Seoul want makers to increase cell efficiency from "
                   "around 21% now to 25% by 2031.")
    # the noun keeps its modifier ("cell efficiency", not every efficiency)
    assert got == {"around 21%": "cell efficiency", "25%": "cell efficiency"}


@pytest.mark.parametrize(("text", "evidence", "value", "unit"), [
    ("The runner from Nairobi finished the course in 3 minutes and 42 seconds.",
     "3 minutes and 42 seconds", 222.0, "second"),
    ("The flight from Lima to Cusco took 1 hour and 25 minutes.",
     "1 hour and 25 minutes", 85.0, "minute"),
    ("She swam the lake near Geneva in two hours and 15 minutes.",
     "two hours and 15 minutes", 135.0, "minute"),
    ("The centre in Riga is 6 feet, 4 inches tall at the shoulders, his coach said.",
     "6 feet, 4 inches", 76.0, "in"),
])
def test_a_span_in_two_units_is_one_value(text, evidence, value, unit):
    got = [f for f in figures(text) if f[3] == unit]
    assert [(f[0], f[1], f[2]) for f in got] == [(evidence, value, value)]


def test_two_spans_of_different_kinds_are_neither_a_range_nor_one_value():
    got = figures("The hikers in Accra walked 14 km and 40 minutes of that was uphill.")
    assert [(f[0], f[1], f[2], f[3]) for f in got] == [
        ("14 km", 14.0, 14.0, "km"), ("40 minutes", 40.0, 40.0, "minute")]


def test_a_length_in_two_units_is_no_range():
    got = figures("Crews in Bergen laid 3 km and 400 metres of cable.")
    assert [(f[0], f[1], f[2], f[3]) for f in got] == [
        ("3 km and 400 metres", 3400.0, 3400.0, "m")]


@pytest.mark.parametrize(("text", "evidence", "measure"), [
    ("The toll road in Split cut travel time by an average of 12 minutes.", "12 minutes",
     "travel time reduction"),
    ("The new law in Ohio boosted school spending by $5 million.", "$5 million",
     "school spending increase"),
])
def test_a_change_of_a_thing_by_an_amount_is_named_as_its_change(text, evidence, measure):
    assert measures(text).get(evidence) == measure


def test_a_count_set_beside_a_change_after_but_is_what_changed():
    text = ("Dealers in Tampa sold cars in May, the third-busiest trading month of the "
            "season but still down 8 percent on last May.")
    assert measures(text).get("8 percent") == "trading month decline"


def test_a_chance_noun_before_its_verb_keeps_what_it_is_a_chance_of():
    text = "In Kiel, the likelihood of a delay goes down to about 40 percent, Ana Lind said."
    assert measures(text).get("about 40 percent") == "likelihood of a delay"


@pytest.mark.parametrize(("text", "evidence", "measure"), [
    # the money spent or invested keeps what it went on or into
    ("The city of Tartu spent $2 million on road repairs last year.",
     "$2 million on road repairs", "spending on road repairs"),
    ("Halvern Foods has invested $40 million in a new plant near Leeds.",
     "$40 million in a new plant", "investment in new plant"),
    # a compound adjective in -ing does not end the phrase at the noun before it
    ("The state of Vermont spent $120,000 on a new anti-vaping ad last year.",
     "$120,000 on a new anti-vaping ad", "spending on new anti-vaping ad"),
    # spending before its verb keeps what it is on, as a yield or a tariff does
    ("Spending on flood defences in Hull rose to $40 million.", "$40 million",
     "Spending on flood defences"),
])
def test_money_spent_keeps_what_it_went_on(text, evidence, measure):
    assert measures(text).get(evidence) == measure


@pytest.mark.parametrize(("text", "evidence", "measure"), [
    # a change with no value that takes an object changed the object
    ("The new latch in Brno halved accidental damage claims by 2029.", "halved",
     "accidental damage claims"),
    ("The army tripled its forces near Kursk.", "tripled", "forces"),
    # without an object, what changed is the subject
    ("Casualties in Sumy tripled in a week.", "tripled", "casualties"),
    ("The death toll in Izmir doubled on Monday.", "doubled", "toll"),
])
def test_a_change_with_no_value_changes_its_object_else_its_subject(text, evidence, measure):
    assert measures(text).get(evidence) == measure


@pytest.mark.parametrize(("text", "evidence", "measure"), [
    # a firm reporting a result owns the sum; the words after it say what it is
    ("Halvern Foods reported $4 billion in revenue for the year.", "$4 billion in revenue",
     "revenue"),
    ("The company posted $2.10 in per-share earnings in Aarhus.",
     "$2.10 in per-share earnings", "per-share earnings"),
    # a quantity before the verb still names it
    ("Its quarterly sales posted $4 billion, a record for the grocer in Aarhus.",
     "$4 billion", "quarterly sales"),
])
def test_a_firm_reporting_a_result_names_no_measure(text, evidence, measure):
    assert measures(text).get(evidence) == measure


def test_a_common_plural_opening_the_sentence_is_no_firm_reporting():
    assert measures("Sales posted $4 billion in the quarter, the grocer in Aarhus said.").get(
        "$4 billion") == "Sales"
