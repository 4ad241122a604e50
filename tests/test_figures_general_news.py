"""Figures on general news pages (issue 9): numbers that name, rank, price or sell rather
than count, and the measure of sums, temperatures, partitives and durations read from their
context. Each text is written here, about fictional people and firms in real places."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.runner import extract_text

PUBLISHED = date(2025, 4, 2)


def found(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [(f.evidence.text, f.low, f.unit, f.measure)
            for f in extract_text(text, PUBLISHED).figures]


@pytest.mark.parametrize("text", [
    "Engineers in Toulouse said the 380 program has faced delays since spring.",
    "The linebacker posted an elite 88.1 defensive grade against Denver.",
    "Oslo Motors says the new sedan offers 410 horsepower and 150 kW charging.",
    "The battery holds 95 kWh, the maker said in Munich.",
    "Buyers get a speaker and six months of the premium music subscription.",
    "Get 3 Months of Radio Premium for $1 today.",
    "Tariffs have hurt the world's two largest economies, analysts in Geneva said.",
    "The guard missed two free throws late in the game in Denver.",
    "Tickets are sold for children from the age of 36 months in Seoul.",
    "Doctors in Lyon estimated the risk over the following 3-5 years.",
    "Two people familiar with the talks in Geneva said the deal was close.",
    "The bundle sold in Ohio is $40 cheaper than the console.",
    "The earbuds deliver more than 20 hours of battery life.",
    "The compact sedan sold in Madrid has 8 airbags.",
    "The rookie in Boston was on the field for 31 snaps.",
    "More than two decades ago, a probe from Pasadena found ice on the moon.",
    "With the first votes less than 100 days away, the senator from Ohio campaigned.",
    "The governor of Utah doubled down on the slogan.",
    "The electric truck built in Texas makes 414 lb-ft of torque.",
    "The shop in Leeds is open 7 days a week.",
    "Pupils in Kent aged between 12 to 17-years-old were asked.",
])
def test_numbers_that_name_rank_sell_or_score_are_no_figures(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The fund said its share sale in Hong Kong would raise at least 40 billion Hong Kong "
     "dollars.", ("at least 40 billion Hong Kong dollars", 40e9, "HKD", "funds raised")),
    ("The retailer earned $2.1 billion in the quarter, its office in Atlanta said.",
     ("$2.1 billion", 2.1e9, "USD", "earnings")),
    ("The boiler room in Leeds reached 112 degrees Fahrenheit on Tuesday.",
     ("112 degrees Fahrenheit", 112, "°F", "temperature")),
    ("She wrote hundreds of poems in Dublin that winter and mailed 15 of the finest ones "
     "to a publisher.", ("15 of the finest ones", 15, None, "finest poems mailed")),
    ("She wrote dozens of songs in Cork and gave 12 of the strongest ones to a label.",
     ("12 of the strongest ones", 12, None, "strongest songs given")),
    ("Nurses in Lyon hear many alarms a shift; up to 90% of those need no action.",
     ("up to 90% of those", None, "%", "alarms")),
    ("Reno has had no rain this autumn instead of the usual 5 inches, he said.",
     ("5 inches", 5, "in", "rainfall")),
    ("The keyboard tested in Taipei reached 104 degrees, very warm to the touch.",
     ("104 degrees", 104, "°", "temperature")),
    ("The state of Ohio has paid the agency nearly $449,000 this year.",
     ("nearly $449,000", 449000, "USD", "payment to agency")),
])
def test_the_measure_comes_from_the_context(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(("text", "measure"), [
    ("The guards in Cardiff appeared to sleep for two hours during the shift.",
     "duration of sleep"),
    ("A laptop in Austin would need 9,000 years to finish the task.",
     "duration to finish the task"),
    ("The festival in Kraków, which usually runs five days, began on Friday.",
     "festival duration"),
    ("The guard spent three days at a villa in Paris.", "duration"),
    ("The fund in Oslo was down for four straight years.", "duration"),
    ("A judge in Perth set a prison term of up to five years.", "prison term"),
])
def test_a_duration_says_what_lasts(text, measure):
    assert [f[3] for f in found(text)] == [measure]


def test_counts_of_people_stay_figures():
    text = ("Officials in Manila counted 41 dead and 200 staff evacuated; the 12 survivors "
            "were flown to Cebu.")
    assert [(f[0], f[3]) for f in found(text)] == [
        ("41 dead", "dead"), ("200 staff evacuated", "staff evacuated"),
        ("12 survivors", "survivors flown")]


def test_a_sum_cut_from_one_value_to_another_keeps_its_measure():
    text = "The firm's valuation in Tokyo was slashed from $40 billion to $7 billion."
    assert [(f[0], f[3]) for f in found(text)] == [
        ("$40 billion", "firm's valuation"), ("$7 billion", "firm's valuation")]
