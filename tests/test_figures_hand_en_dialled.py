"""Figures on general English news, classes from the session-6 hand check (issue 9): an
emergency number read as a count, a deal's price with no noun beside it, micron and
nanometre lengths, and a shop price alone on its line. Each text is written here, about
fictional people and firms in real places."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.runner import extract_text

PUBLISHED = date(2025, 4, 2)


def found(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [(f.evidence.text, f.low if f.low is not None else f.high, f.unit, f.measure)
            for f in extract_text(text, PUBLISHED).figures]


@pytest.mark.parametrize("text", [
    "Police in Tulsa began receiving 911 calls on Monday about a fight on a bus.",
    "A neighbour made two 999 calls before officers reached the flat in Leeds.",
    "The 911 dispatcher in Reno kept the caller on the line, the sheriff said.",
])
def test_an_emergency_number_before_a_word_of_calling_is_dialled_not_counted(text):
    assert [f for f in found(text) if f[1] in (911, 999)] == []


def test_calls_with_any_other_number_still_count():
    text = "Police in Tulsa received 40 calls about the fire, officials said."
    assert found(text) == [("40 calls", 40, None, "calls received")]


@pytest.mark.parametrize(("text", "measure"), [
    ("A trust from Ohio bought the newspaper for $500 million in 2018.", "purchase price"),
    ("The deal closed a year after the purchase of the Gazette and the Herald for "
     "$500 million.", "purchase price"),
    ("The club from Porto sold its training ground for $40 million last year.",
     "sale price"),
])
def test_a_sum_after_for_in_a_sentence_of_buying_or_selling_is_the_price(text, measure):
    assert [(f[1], f[2], f[3]) for f in found(text)] == [(500e6 if "500" in text else 40e6,
                                                          "USD", measure)]


@pytest.mark.parametrize(("text", "measure"), [
    ("The council in Lyon paid $2 million for repairs.", "repairs"),
    ("Farmers in Kansas asked for $3 million in aid.", "aid"),
])
def test_a_sum_whose_noun_is_named_keeps_it(text, measure):
    assert [f[3] for f in found(text)] == [measure]


@pytest.mark.parametrize(("text", "unit"), [
    ("Soot in Lahore holds particles smaller than 2.5 microns in diameter that harm "
     "the lungs.", "µm"),
    ("The plant in Dresden etches lines 5 nanometres wide.", "nm"),
])
def test_microns_and_nanometres_are_lengths(text, unit):
    assert [(f[1], f[2]) for f in found(text)] == [(2.5 if "2.5" in text else 5, unit)]


def test_a_price_alone_on_a_listing_line_is_shop_copy_whatever_the_blurb_says():
    text = ("Deals on trackers in Denver start today, below.\n\n"
            "Pulse Band 4 (Latest Model)\n\n$129.00\n\nAvailable from a shop\n"
            "Start a workout by saying “Go”\nSleep tracking built in. ")
    assert found(text) == []


@pytest.mark.parametrize(("text", "change"), [
    ("Buyers in Ohio have purchased 208,560 new vehicles this year, down 5 percent from "
     "last year.", ("5 percent", 5, "%", "new vehicles decline")),
    ("Dealers in Texas sold 12,000 trucks in May, up 4% from April.",
     ("4%", 4, "%", "trucks growth")),
])
def test_a_change_after_a_comma_is_of_the_count_before_it(text, change):
    # the count's own move: its growth or decline (see test_moves_and_subjects.py)
    assert found(text)[-1] == change


def test_a_change_after_a_measurement_takes_no_unit_for_its_measure():
    text = "The mine in Antofagasta produced 3 million tonnes, down 2%."
    assert found(text)[-1] == ("2%", 2, "%", None)


def test_a_verb_before_an_object_pronoun_ends_the_thing_counted():
    text = "Ten hours of practice gives you three extra goals, the coach in Turin said."
    assert found(text)[0] == ("Ten hours of practice", 10, "hour", "practice")


@pytest.mark.parametrize(("text", "measure"), [
    ("On Thursday in Frankfurt the DAX index fell 87.5 points, or 0.41%.", "DAX index fall"),
    ("Shares of the bank fell $2.10, or 4.1%, in Tokyo.", "Shares"),
])
def test_a_share_after_comma_or_restates_the_change_of_the_clause_subject(text, measure):
    assert found(text)[-1][3] == measure


def test_a_share_after_comma_or_with_of_is_a_share_of_what_follows():
    text = "Gunmen killed 30 people, or 10% of the village, police in Mopti said."
    assert found(text)[-1] == ("10% of the village", 10, "%", "share of village")


def test_an_object_after_a_possessive_is_what_a_change_by_a_share_measures():
    text = "A drug tried in Bergen could reduce a sleeper's resting heart rate by 70%."
    # a cut by a share is the change of the thing after the owner, no level of it
    assert found(text) == [("reduce a sleeper's resting heart rate by 70%", None, None,
                            "resting heart rate reduction")]


@pytest.mark.parametrize("text", [
    "Diaz hit a jumper in Denver with 55 seconds left in the game.",
    "Leeds scored again with ten minutes remaining.",
])
def test_what_is_left_of_a_game_clock_is_a_moment_not_a_duration(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "kept"), [
    ("The laptop in our lab in Osaka hit a maximum of 47 dBA under load.",
     ("47 dBA", 47, "dBA", "noise level")),
    ("The keyboard of the laptop in Osaka reached a peak of 89 degrees Fahrenheit.",
     ("89 degrees Fahrenheit", 89, "°F", "temperature")),
])
def test_a_maximum_or_a_peak_of_a_reading_names_no_measure_its_unit_does(text, kept):
    assert found(text) == [kept]
