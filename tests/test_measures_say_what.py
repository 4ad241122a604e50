"""Measures that say what is measured (issue 9): a counted phrase never ends in a verb, a
count written as an adjective counts its noun, a share a verb cuts a thing by is the change
of that thing, a wind's gust is named, and what befell a group of contacts is kept. Each
rule is tested on texts written here, about fictional firms and places, beside texts whose
measures must stay as they are."""

from __future__ import annotations

import pytest
from figure_lookup import figures_of, one


@pytest.mark.parametrize(("text", "number", "measure", "evidence"), [
    ("The 240 page paperback comes with a signed poster.", "240", "pages",
     "240 page paperback"),
    ("The 240 page coffee-table book includes maps of Lisbon.", "240", "pages",
     "240 page coffee-table book"),
])
def test_a_counted_phrase_stops_before_its_verb_and_counts_its_adjective_noun(
        text, number, measure, evidence):
    fig = one(text, number)
    assert (fig.measure, fig.evidence.text) == (measure, evidence)


def test_a_number_left_before_one_noun_and_a_verb_is_a_label():
    text = "The 777 program employs 2,000 workers in Everett."
    assert [f.evidence.text for f in figures_of(text)] == ["2,000 workers in Everett"]


def test_a_plural_head_before_a_small_word_stays_the_head():
    fig = one("The wardens carried out five separate cell checks on the wing in Leeds.",
              "five")
    assert fig.measure == "separate cell checks carried out on the wing"


@pytest.mark.parametrize(("text", "measure", "factor"), [
    ("The new levy would cut GDP by 0.3%, economists in Madrid said.",
     "GDP reduction", 0.997),
    ("The plan would reduce emissions by 40%, the ministry in Rome said.",
     "emissions reduction", 0.6),
    ("The budget in Perth raised school spending by 3% a year.",
     "school spending increase", 1.03),
])
def test_a_share_a_verb_changes_a_thing_by_is_its_change(text, measure, factor):
    [fig] = figures_of(text)
    assert fig.low is None and fig.measure == measure
    assert fig.change is not None and fig.change["factor"] == factor


def test_a_share_after_a_verb_without_its_thing_keeps_the_old_reading():
    [fig] = figures_of("Exports from Chile fell by 4% in May.")
    assert fig.change is not None and fig.change["factor"] == 0.96


@pytest.mark.parametrize("text", [
    "Winds in Galway gusted up to 60 mph on Sunday.",
    "Gusts up to 70 mph were recorded in Brest.",
    "Forecasters in Cork expect a wind gusting at times to 65 mph.",
])
def test_a_gust_names_its_speed(text):
    assert one(text, "mph").measure == "wind gust speed"


def test_a_speed_of_a_vehicle_is_not_a_gust():
    assert one("The train in Lyon reached 200 mph.", "200").measure == "speed of train"


@pytest.mark.parametrize(("text", "measure"), [
    ("Officials in Perth said 30 contacts were placed in quarantine.",
     "contacts quarantined"),
    ("Health officials in Leeds said 28 people were quarantined.", "people quarantined"),
])
def test_a_group_put_in_quarantine_is_counted_as_quarantined(text, measure):
    assert one(text, "contacts" if "contacts" in text else "people").measure == measure


def test_a_long_named_thing_a_verb_cuts_is_its_change():
    [fig] = figures_of("The levies will reduce the regional gross farm output by 0.4 "
                       "percent, economists in Lima said.")
    assert fig.measure == "regional gross farm output reduction"


def test_an_adverb_before_a_span_names_no_activity():
    """The adverb is no activity; the subject of the verb of lasting before it is."""
    fig = one("The treatment in Oslo continued finally for 12 months.", "12")
    assert fig.measure == "treatment duration"
    fig = one("The course of drops continued eventually for 5 weeks.", "5")
    assert fig.measure == "duration of course of drops"
