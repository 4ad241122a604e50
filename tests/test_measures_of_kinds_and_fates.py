"""A measure names what happened to the people counted, and what a quantity is of: the
base of a count ("people") or the kind of a unit ("duration", "power", "chance") alone
tells two figures of a text apart from nothing."""

from __future__ import annotations

import pytest
from figure_lookup import figures_of, one


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The bombing in Tulsa killed 12 people, police said.", "12", "people killed"),
    ("Police in Leeds arrested 35 people after the march.", "35", "people detained"),
    ("The storm injured 19 residents of Mobile overnight.", "19", "residents of Mobile injured"),
    ("The quake killing 31 people struck Oaxaca at dawn.", "31", "people killed"),
    ("Crews evacuated 2,000 people from Bristol.", "2,000", "people from Bristol evacuated"),
    ("Cholera has killed millions of people across Asia since 1817.", "millions",
     "people killed"),
    ("Up to 9 million people are thought to have perished in the famine.", "9 million",
     "people killed"),
])
def test_a_verb_of_harm_names_what_happened_to_the_people_counted(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number"), [
    ("The firm hired 12 people in Lyon last year.", "12"),
    ("About 300 people attended the vigil in Perth.", "300"),
])
def test_a_count_of_people_no_harm_befell_keeps_its_noun(text, number):
    assert one(text, number).measure.split()[0] == "people"
    assert "killed" not in one(text, number).measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Forecasters give a 40% chance of heavy rain in Leeds on Friday.", "40%",
     "chance of heavy rain"),
    ("Analysts at Brindle Capital see a 35% chance that the merger collapses by June.",
     "35%", "chance that the merger collapses"),
    ("Smog has cut 2.5 years off average life expectancy in the valley.", "2.5",
     "average life expectancy lost"),
    ("The strike, which lasted 12 days, shut the port of Antwerp.", "12",
     "strike duration"),
    ("Each class in Leeds lasts for 40 minutes.", "40", "class duration"),
    ("Battery storage capacity will reach 4.2 GW next year.", "4.2",
     "Battery storage capacity"),
    ("The new Holbrook hatchback can go 42 miles (68 km) on one full charge.", "42",
     "range"),
    ("The footbridge in Ghent is 300 meters long.", "300", "length of footbridge"),
])
def test_a_kind_of_quantity_takes_what_it_is_of_from_its_sentence(text, number, measure):
    assert one(text, number).measure == measure


def test_the_second_value_of_a_pair_measures_what_the_first_does():
    text = "The utility will lift its wind output, going from 12 gigawatts to 30 gigawatts."
    assert [one(text, n).measure for n in ("12", "30")] == ["wind output", "wind output"]


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The nearest shelter to the Cork farm is 14 miles away.", "14", "distance"),
    ("The drive from Leeds took two hours.", "two", "duration"),
    ("Engineers expect the turbine to deliver 5 MW.", "5", "power"),
])
def test_a_kind_whose_sentence_names_no_owner_stays_a_kind(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Brindle Foods revenue rose 3.5% in the quarter.", "3.5%", "Brindle Foods revenue growth"),
    ("Sales fell 2% in May, the company said.", "2%", "Sales decline"),
    ("Exports to Chile jumped 12% last year.", "12%", "Exports to Chile growth"),
    ("The Kestrel index rose 1.2% on Friday.", "1.2%", "Kestrel index gain"),
])
def test_a_share_said_by_a_verb_of_change_measures_the_change(text, number, measure):
    assert one(text, number).measure == measure


def test_a_share_with_no_verb_of_change_measures_its_noun():
    assert one("Unemployment in Ohio was 4.2% in May.", "4.2%").measure.startswith(
        "Unemployment")


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("On the night shift, six of the 20 nurses were working overtime.", "six",
     "nurses who were working overtime"),
    ("Seven of the 30 workers walked out on Monday.", "Seven",
     "workers who walked out on Monday"),
])
def test_a_part_of_a_group_measures_what_the_clause_says_of_it(text, number, measure):
    assert one(text, number).measure == measure


def test_the_group_a_part_is_of_keeps_its_noun():
    text = "On the night shift, six of the 20 nurses were working overtime."
    assert one(text, "20").measure == "nurses"


@pytest.mark.parametrize("text", [
    "Growth in Chile slowed to its weakest pace in almost four decades.",
    "Stocks in Lisbon closed at their strongest level in about five years.",
])
def test_a_span_after_a_superlative_of_a_level_dates_it_and_is_no_figure(text):
    # a look-back at a record level, like "three years ago", is no amount
    assert figures_of(text) == []


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("It was the largest bond sale in Lisbon for eleven years.", "eleven years",
     "years as largest bond sale"),
])
def test_a_span_after_a_superlative_is_the_span_of_a_record(text, number, measure):
    assert one(text, number).measure == measure


def test_a_verb_of_lasting_reads_its_noun_past_a_place():
    assert one("The protest in Lyon lasted for two days.", "two").measure == (
        "protest duration")


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Of the 2,000 respondents in Ohio, 12% were black.", "12%", "respondents who were black"),
    ("The study followed 3,000 patients in Leeds. Of them, 41 percent were women.",
     "41 percent", "patients who were women"),
])
def test_a_share_that_names_nothing_measures_its_clause_of_the_group(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("In Zurich the franc index gained 0.2%, with the euro up 0.3% to $1.0912.", "$1.0912",
     "euro exchange rate"),
    ("Gold rose to $1,913 an ounce in London.", "$1,913", "Gold price per ounce"),
    ("Three-month zinc on the Kestrel Metals Exchange lost 0.4% to $2,105 a tonne.",
     "0.4%", "Three-month zinc fall"),
])
def test_a_market_named_alone_is_its_level_or_its_move(text, number, measure):
    assert one(text, number).measure == measure


def test_a_sum_of_a_market_good_named_after_it_is_an_amount():
    assert one("Investors paid $5 billion for the gold.", "$5").measure == "gold"


@pytest.mark.parametrize(("text", "number"), [
    ("Nowadays it is regularly 96% which doctors in Leeds call normal.", "96%"),
    ("The gauge in Oslo sat 5% over its 24-month average of 11.8 percent.", "5%"),
])
def test_a_value_said_of_itself_or_an_index_is_no_group_or_level(text, number):
    measure = one(text, number).measure or ""
    assert "who" not in measure and "which" not in measure and "price" not in measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The new frame in the Holbrook coupe lowers it two inches.", "two", "height reduction"),
    ("The launch in Kourou was delayed for nearly three weeks.", "three weeks", "delay"),
    ("The pair in Porto were married for six years, records show.", "six years",
     "marriage duration"),
])
def test_a_verb_before_a_bare_kind_names_what_the_value_is(text, number, measure):
    assert one(text, number).measure == measure


def test_a_verb_of_height_does_not_rename_a_power():
    assert one("The utility in Ohio raised 5 MW from the new turbine.", "5").measure != (
        "height increase")


def test_the_window_of_an_average_is_no_figure():
    text = "The gauge in Oslo sat 5% over its 24-month average of 11.8 percent."
    assert not [f for f in figures_of(text) if "24-month" in f.evidence.text]


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The storm cost 300 lives along the coast of Bengal.", "300", "killed"),
    ("The landslide claimed at least 18 lives above Medellin.", "18", "killed"),
    ("The floods have claimed the lives of 40 people in Kerala.", "40",
     "people in Kerala killed"),
    ("The attack took the lives of 12 children in Barsi.", "12", "children in Barsi killed"),
    ("The attack killed 12 workers in Barsi.", "12", "workers in Barsi killed"),
    ("Ten lost their lives as the old bridge over the Polcevera fell.", "Ten", "killed"),
])
def test_lives_taken_are_a_count_of_the_dead(text, number, measure):
    assert one(text, number).measure == measure


def test_lives_saved_are_no_dead():
    assert one("Lifeguards saved 27 lives at the beach in Durban.", "27").measure == (
        "lives saved at the beach")
