"""The head noun a measure must keep: past "and" and a modifier ("security and trade
officials"), and a singular head after two modifiers ("a new road-safety ad campaign"),
a count with "per" and the thing each count is for ("two inspectors per site"), a share
of a whole ("30% of the lake's area"). See extract/counted.py. Texts written here."""

from __future__ import annotations

from figure_lookup import one


def test_a_modifier_joined_by_and_keeps_the_plural_head_after_it():
    text = "Nine border security and trade officials questioned the driver in Dover on Friday."
    assert one(text, "Nine").measure.startswith("border security and trade officials")


def test_two_plural_heads_joined_by_and_stay_apart():
    text = "The hospital in Linz treated 12 nurses and porters on Sunday."
    assert one(text, "12").evidence.text == "12 nurses"


def test_a_singular_head_after_two_modifiers_is_kept():
    text = "Brevik Foods said it spent $3 million on a new food-safety poster campaign in Oslo."
    assert one(text, "$3 million").measure.endswith("new food-safety poster campaign")


def test_a_count_per_one_thing_says_so():
    text = "The Tarnow plan puts two inspectors per site across the region, Mr Falk said."
    assert one(text, "two").measure == "inspectors per site"


def test_a_count_per_a_small_word_stays_a_count():
    text = "Guards at the Kelso depot check 30 trucks per day and 12 vans per hour."
    assert one(text, "30").measure == "trucks per day"


def test_a_share_of_one_whole_is_named_as_a_share_of_it():
    text = "Reed beds now cover 30% of the lake's surface, the Orla Trust said on Monday."
    assert one(text, "30%").measure == "share of lake's surface"


def test_a_share_of_a_group_stays_with_the_group():
    text = "The Orla Trust said 30% of the volunteers in Tartu were students."
    assert one(text, "30%").measure.startswith("volunteers")


def test_an_adjective_before_a_compound_on_the_left_stays():
    text = "Hollin Bank said it posted an annual operating profit of $3 million in Perth."
    assert one(text, "$3 million").measure == "annual operating profit"


def test_a_measurement_keeps_the_singular_head_after_two_modifiers():
    text = "Wick opened a 14 km coastal cycle path in May, Ms Orr said."
    assert one(text, "14 km").measure == "coastal cycle path"


def test_a_sum_keeps_no_word_after_its_head_that_no_small_word_follows():
    text = "Ms Orr said the board approved a $5 million city road budget soon after."
    assert one(text, "$5 million").measure == "city road"
