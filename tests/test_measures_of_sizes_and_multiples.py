"""A value in a physical unit or a multiple is measured as what the sentence says it is:
the dimension an adjective glued to it names, the quantity a subject names before a verb
of reaching or totalling, what a multiple multiplies; never the unit's kind alone
("length", "power") or the multiplier ("x")."""

from __future__ import annotations

import pytest
from figure_lookup import one


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Surveyors from Ostrel Geodata charted a 640-km-wide plateau in Patagonia.", "640",
     "width of plateau"),
    ("Halvik Cranes erected a 85-metre-tall tower crane beside the harbour in Gdansk.", "85",
     "height of tower crane"),
    ("Divers from Morrow Subsea mapped a 40-metre-deep sinkhole near Merida.", "40",
     "depth of sinkhole"),
    ("Crews bolted a 3-metre-long beam under the old bridge in Porto.", "3-metre",
     "length of beam"),
    ("Masons at Brenn Stone raised a 2-metre-thick rampart near Carcassonne.", "2-metre",
     "thickness of rampart"),
])
def test_a_glued_dimension_adjective_names_the_size_of_the_noun_after_it(
        text, number, measure):
    assert one(text, number).measure == measure


def test_a_glued_adjective_of_distance_is_left_to_the_distance_rules():
    fig = one("The Pellan station sits in a 30-km-away valley of Tyrol.", "30")
    assert not (fig.measure or "").startswith("away")


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Fresh capacity connected in Morocco during 2026 reached 1.7 GW, the regulator said.",
     "1.7", "fresh capacity connected"),
    ("Hydro output at the Kariba dam this spring totalled 61 MWh.", "61", "hydro output"),
    ("Stroke travel on the new Dunmore keypad is 1.4 mm.", "1.4", "stroke travel"),
    ("Imports slumped, and generation across Ontario last winter reached 8 GW.", "8 GW",
     "generation"),
])
def test_a_quantity_subject_past_a_phrase_names_the_value_of_its_verb(text, number, measure):
    assert one(text, number).measure == measure


def test_a_subject_that_is_no_quantity_gets_no_name_from_the_long_rule():
    fig = one("The barge from Rouen with its crew of nine reached 14 km/h.", "14")
    assert fig.measure != "barge"


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The Tervo coating is 2-5x as durable as paint, said engineer Mina Sorell.", "2-5",
     "times as durable"),
    ("Trials found the Orrin drug 3-4 times more potent than aspirin.", "3-4",
     "times more potent"),
    ("Lamps from Quell Optics glow 2-6x brighter than halogen bulbs.", "2-6",
     "times brighter"),
    ("Batteries from Ardent Cells now last 2 to 3 times longer.", "2 to 3", "times longer"),
])
def test_a_multiple_is_measured_by_what_it_multiplies(text, number, measure):
    assert one(text, number).measure == measure


def test_a_multiple_no_comparison_follows_keeps_its_measure():
    assert one("Fares at Tolland Rail rose 2-3 times over a decade.", "2-3").measure == "times"


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Ministers backed a newly approved 1.2 GW floating wind farm off Cork.", "1.2",
     "floating wind farm"),
    ("Delmar Power runs a 900 MW offshore array near Esbjerg.", "900", "offshore array"),
])
def test_a_power_before_its_noun_names_the_plant_not_a_kind_or_a_distance(
        text, number, measure):
    assert one(text, number).measure == measure


def test_a_verb_before_an_amount_still_leaves_a_following_gerund_a_verb():
    fig = one("The index climbed 3% yesterday, leading traders in Oslo to sell.", "3%")
    assert "leading" not in (fig.measure or "")


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The Kestrel ferry is 52 metres long, 11 metres wide and 14 metres tall.", "11",
     "width of Kestrel ferry"),
    ("The Kestrel ferry is 52 metres long, 11 metres wide and 14 metres tall.", "14",
     "height of Kestrel ferry"),
    ("The new Orla depot is 90 feet long by 35 feet wide.", "35", "width of new Orla depot"),
])
def test_sizes_listed_after_a_named_one_are_sizes_of_the_same_thing(text, number, measure):
    assert one(text, number).measure == measure


def test_a_size_then_another_clause_stays_a_size_alone():
    fig = one("The wharf at Tarbert is 70 metres long and divers spent 6 hours under it.", "70")
    assert fig.measure == "length of wharf"
    assert "divers" not in fig.evidence.text


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Sculptors at Velm Studio cast nine figures of four meters each for a park in Ghent.",
     "four", "length of figures"),
    ("Delmar Power ordered fifteen turbines of 7 MW each for Esbjerg.", "7 MW",
     "power of turbines"),
])
def test_a_plural_noun_and_of_before_a_bare_size_names_what_it_is_the_size_of(
        text, number, measure):
    assert one(text, number).measure == measure


def test_a_quantity_noun_before_of_keeps_its_own_measure():
    assert one("Hikers logged distances of 18 km a day.", "18").measure == "distances"
