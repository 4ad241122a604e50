"""What a count is of when a clause restricts its noun ("46 people who visited the site")
or a verb a few words before it says what was done to the things ("awarded the first four
contracts"), and when the things counted did the act themselves ("40 countries signed the
treaty": no fate of theirs). Texts written here (fictional officials, real places)."""

from __future__ import annotations

import pytest
from figure_lookup import figures_of, one


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Organisers in Porto said 46 people who visited the archive signed the book.", "46",
     "people who visited the archive"),
    ("Police in Ghent said 38 people who joined the march were detained.", "38",
     "people who joined the march"),
    ("The 12 firms that bid for the bridge contract in Split were named on Friday.", "12",
     "firms that bid for the bridge contract"),
    ("Engineers found 3,000 homes in Leeds that lacked power, the utility said.", "3,000",
     "homes in Leeds that lacked power"),
    ("The union has 800 members who pay a yearly fee, secretary Mira Holt said.", "800",
     "members who pay a yearly fee"),
    # a clause may end on a noun in -ly or -ing: "rally", "meeting"
    ("Police in Brno said 38 people who joined the rally were fined.", "38",
     "people who joined the rally"),
    ("The 40 people who attended the meeting in Lyon were questioned.", "40",
     "people who attended the meeting in Lyon"),
])
def test_a_relative_clause_after_a_count_restricts_what_it_counts(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    # "that" opens what was said to them, not a clause of theirs
    ("Manager Ivo Petrov told 300 workers that the plant in Plovdiv would close.", "300",
     "workers"),
    # a clause cut short at a quotation restricts nothing: half of it would misname them
    ("The auditor in Turku released two reports that described \u201cserious delays\u201d"
     " at the port.", "two", "reports released"),
    ("Divers mapped more than 100 vents that are always active off Iceland.", "100",
     "vents that are always active off Iceland"),
    # a relative whose clause has its own state keeps the state
    ("The 40 people who were detained at the rally in Lyon were released.", "40",
     "people detained"),
])
def test_a_clause_of_its_own_or_a_state_is_not_a_restriction(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The agency awarded the first four contracts for the station in Kiruna last week.",
     "four", "contracts awarded for the station"),
    ("The council in Tartu approved a further 14 projects in March.", "14",
     "projects approved"),
    ("The club in Bergen signed its first two players of the summer on Monday.", "two",
     "players of the summer signed"),
    ("The Greens won 40 seats in the vote in Graz, the count showed.", "40", "seats won"),
    ("Twelve schools in Cork closed on Monday because of the storm.", "Twelve",
     "schools in Cork closed"),
    ("Forty permits were issued in Aarhus last month, the city said.", "Forty",
     "permits issued"),
])
def test_a_verb_before_the_count_or_after_it_says_what_was_done_to_the_things(
        text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Forty countries signed the treaty in Oslo, the ministry said.", "Forty",
     "countries that signed the treaty in Oslo"),
    ("The army said 40 drones destroyed the depot near Kherson.", "40",
     "drones that destroyed the depot near Kherson"),
])
def test_things_that_did_the_act_to_an_object_are_not_given_it_as_their_fate(
        text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Analysts in Lyon expect 2.4 million cars will be sold in France this year.", "2.4",
     "cars sold"),
    ("Some 40 people will be evacuated from the island of Vis, officials said.", "40",
     "people evacuated"),
    ("Three regions where the fever still spreads are in the south of Chad.", "Three",
     "regions where the fever still spreads"),
    ("The 12 towns where the floods hit hardest got aid first, minister Eva Lind said.",
     "12", "towns where the floods hit hardest"),
])
def test_a_fate_to_come_and_a_place_clause_say_what_is_counted(text, number, measure):
    assert one(text, number).measure == measure


def test_a_past_verb_without_ed_after_a_count_is_no_thing_counted():
    # "came", "found" are verbs: no figure counts "came", no span lasts "study found"
    assert [f.measure for f in figures_of("She asked why these two came back to Tallinn.")] == []
    span = one("Their 3-week study found that walking eased pain in Pori.", "3-week")
    assert span.measure == "duration of the study"


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("One study in 19 adults in Bergen showed that walking eased the pain.", "19",
     "adults in Bergen studied"),
    ("A survey of 2,000 farmers in Kenya found most backed the plan.", "2,000",
     "farmers in Kenya surveyed"),
    ("A small trial involving 60 teachers with back pain found that yoga helped.", "60",
     "teachers with back pain studied"),
    # a span is how long a study ran, and a fate read already stays
    ("A study of 40 years of records in Uppsala found a trend.", "40", "records in Uppsala"),
    ("A study of 300 people killed in the floods in Sindh was published.", "300",
     "people killed"),
])
def test_a_count_right_after_a_study_is_its_sample(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Some 40 customers with faulty Acme chargers wrote to the firm in Espoo.",
     "40", "customers with faulty Acme chargers"),
    # a name with no plural noun after it ends the phrase: no head is read through it
    ("About 40 people with cancer in Leeds joined the walk.", "40", "people with cancer"),
])
def test_a_name_before_a_plural_head_is_part_of_the_qualifying_phrase(text, number, measure):
    assert one(text, number).measure == measure


def test_a_given_name_of_two_syllables_keeps_its_last_one_and_speaks():
    # "in" also ends compounds ("sit-in"); after "Moon Jae-" it is a syllable of a name
    fig = one("President Moon Jae-in said 40 people died in the fire in Busan.", "40")
    assert fig.attribution.speaker == "Moon Jae-in"
    assert one("The sit-in in Turku drew 300 people, police said.", "300").attribution.speaker \
        is None


@pytest.mark.parametrize(("text", "measure"), [
    ("Among adults in Ohio, the number who reported having tried the drug rose by 23 percent.",
     "number who reported having tried the drug"),
    ("The number who voted in Tartu has risen by 5% since 2020.", "number who voted in Tartu"),
])
def test_a_change_of_the_number_who_did_something_measures_them(text, measure):
    [fig] = [f for f in figures_of(text) if f.change]
    assert fig.measure == measure
