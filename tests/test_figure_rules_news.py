"""Figure rules for the shapes news gives totals, vague amounts and partitive counts in
(issue 9): each test is a short text written here, about fictional events in real places."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.runner import extract_text

PUBLISHED = date(2025, 4, 2)


def found(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(f.evidence.text, f.low, f.high, f.measure)
            for f in extract_text(text, PUBLISHED).figures]


def test_each_value_counts_the_total_named_nearest_before_it():
    text = ("The death toll from the storm that hit the coast of Albania on Friday night has "
            "risen to 144, and the injuries amount to 551.")
    assert found(text) == [("144", 144, 144, "killed"), ("551", 551, 551, "injured")]


def test_a_total_that_is_a_clauses_object_is_not_what_the_verb_counts():
    # "casualties" is what the quake led to abroad; the toll is what "is at least" counts
    text = ("The estimated death toll from the earthquake in Peru, which also led to "
            "casualties in Bolivia, is likely to be at least 5,000, a model suggests.")
    assert [(t, m) for t, _, _, m in found(text)] == [("at least 5,000", "killed")]
    # with no subject before the clause the object is all there is
    assert [m for *_, m in found("Floods led to casualties that rose to 40 in Lima.")] == [
        "casualties"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The ferry sank near Vlora. Dozens more were injured.",
     ("Dozens more", 24, None, "people injured")),
    ("The gunmen fled, injuring hundreds.",
     ("hundreds", 200, None, "people injured")),
    ('A police officer said there had been "several hundred" killed or wounded.',
     ('several hundred"', 200, 999, "people killed or injured")),
    ("The army had captured several Serbian soldiers.",
     ("several Serbian soldiers", 2, 9, "Serbian soldiers captured")),
    ("Some three-thousand volunteers have arrived.",
     ("Some three-thousand volunteers", 3000, 3000, "volunteers")),
    ("Roughly 27-hundred were wounded.", ("Roughly 27-hundred", 2700, 2700, "injured")),
])
def test_vague_amounts_and_number_words(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", [
    "The talks took several hours.", "She asked a few questions.",
    "They met several times.", "Thousands of kilometres of road were closed.",
])
def test_vague_words_that_count_nothing_tracked(text):
    assert found(text) == []


def test_a_partitive_counts_what_follows_the_determiner():
    assert found("The flood reached 57 of the region’s 330 villages.") == [
        ("57", 57, 57, "villages"), ("330 villages", 330, 330, "villages")]
    assert found("The brigade lost a thousand of their soldiers.")[0][:3] == (
        "a thousand of their soldiers", 1000, 1000)


@pytest.mark.parametrize("text", [
    "Whisk 2 eggs, 1 cup flour and 3 apples.",          # a recipe line
    "Bake for 20 minutes, then serve.",                  # a cooking instruction
    "Get the headphones for $199 at the store.",         # a price in shopping copy
    "The speaker costs $149.99 this week.",              # a retail price
    "Save 30% off all jackets.",                         # a discount
    "Petrov had 10 assists and five rebounds.",          # a player's statistics
    "Boston 3 1 2 4 — 10 Tirana 2 2 1 1 — 6",            # a table
    "The lab bought a new RTX 2060 card.",               # a number in a name
    "The new iPhone 11 lineup arrived.",
    "It was fine. iPadOS 13 made the switch possible.",
    "The father of a 17 year old girl waited.",          # an age
    "Two months later, the office reopened.",            # time that dates something
    "The band played together for the first time in 25 years.",
    "The shift ran from 4 p.m. to midnight.",            # a time
    "She is the #1 seed.",                                # a rank
    "Beijing holds to its “one country, two systems” formula.",  # a slogan
    "Here are 15 tips to sleep better.",                 # a listicle
])
def test_numbers_that_are_no_figures_where_they_stand(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Police in Durres arrested 210 people on Friday.",
     ("210 people", 210, 210, "people detained")),
    ("He said “we lost 300 soldiers” near Shkoder.", ("300 soldiers", 300, 300,
                                                  "soldiers lost")),
    ("Albania pledged $20 billion in aid.", ("$20 billion in aid", 2e10, 2e10, "aid")),
    ("The port reported a loss of $5 million.", ("$5 million", 5e6, 5e6, "loss")),
    ("Developing market bonds fell 0.31%.",
     ("0.31%", 0.31, 0.31, "Developing market bonds decline")),
    ("The crater, with a diameter of 140 miles, was mapped in 1998.",
     ("140 miles", 140, 140, "diameter")),
    # a verb with a pronoun object names the sum ("fined him": a fine)
    ("The court fined him Rs 25 lakh.", ("Rs 25 lakh", 2_500_000, 2_500_000, "fine")),
    ("It is the worst flood in Albania in two decades.",
     ("two decades", 20, 20, "years as worst flood")),
    ("Officers seized 3.7 metric tons of explosives.",
     ("3.7 metric tons of explosives", 3.7, 3.7, "explosives")),
    ("Typing raised the noise to about 43 dBA.", ("about 43 dBA", 43, 43, "noise level")),
    # "on" a day dates a sum, no shop's "on"; a word holding a shop's word is not it
    ("The court in Tartu fined the firm $5,000 on Monday.", ("$5,000", 5000, 5000, "fine")),
    ("A jury in Leeds awarded the family $3 million.", ("$3 million", 3e6, 3e6, "award")),
    ("The judge in Tartu set a $9,000 bond within minutes of the hearing.",
     ("$9,000 bond", 9000, 9000, "bond")),
])
def test_figures_with_their_measure(text, expected):
    assert found(text) == [expected]


def test_a_sum_compared_with_an_earlier_one_counts_the_same_thing():
    text = "Exports to Serbia dropped to $9.1 billion in 2024, down from $19.5 billion."
    assert [f[3] for f in found(text)] == ["Exports to Serbia", "Exports to Serbia"]


def test_a_value_repeated_in_a_text_is_one_claim():
    text = ("The death toll in Vlora has risen to 93, officials said.\n\n"
            "\"So far 93 people are dead,\" the mayor said.")
    assert [f[:3] for f in found(text)] == [("93", 93, 93)]


def test_one_listed_with_other_counts_is_a_count():
    assert found("Four hospitals and one clinic were destroyed in Fier.") == [
        ("Four hospitals", 4, 4, "hospitals"), ("one clinic", 1, 1, "clinic destroyed")]
