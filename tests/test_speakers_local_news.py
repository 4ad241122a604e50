"""Who stated a figure, in forms that local and regional news uses and the extractor missed:
a body whose name holds a plural possessive ("the Silesian Miners' Trade Union"), a trailing
"X said on Tuesday as ..." whose own clause holds a relative "that", and local officials'
titles (prefect, voivode, sheriff). Every text is written here, about fictional people and
bodies in real places."""

from __future__ import annotations

import pytest
from sources import source_of

from sitrep.extract import extract_text


@pytest.mark.parametrize(("text", "evidence", "body"), [
    ("Miners at Katowice voted to accept a 7 percent wage rise, the Silesian Miners' Trade "
     "Union said.", "7 percent", "Silesian Miners' Trade Union"),
    ("Milk prices fell by 12 percent in a year, the Welsh Farmers’ Union said on Friday.",
     "12 percent", "Welsh Farmers’ Union"),
    ("About 3,000 members joined the march, the Baltic Teachers' Federation said.",
     "3,000 members", "Baltic Teachers' Federation"),
])
def test_a_plural_possessive_inside_a_body_name_keeps_the_name_whole(text, evidence, body):
    assert source_of(text, evidence) == body


def test_a_quoted_title_ending_in_a_plural_is_not_joined_to_the_next_name():
    text = ("The band 'Iron Miners' Played to 4,000 fans in Poznan, the Poznan Music Board "
            "said.")
    names = {m.name for m in extract_text(text).mentions}
    assert "Iron Miners' Played" not in names


def test_a_lower_case_plural_possessive_ends_the_name():
    text = ("Floods damaged 300 homes near the Jones brothers' farm, the Powys Farm Council "
            "said.")
    assert source_of(text, "300 homes") == "Powys Farm Council"


@pytest.mark.parametrize("tail", [
    "as rescue crews reached hamlets that had been cut off",
    "while crews cleared roads that the water had closed",
    "when inspectors reached villages that were isolated",
])
def test_a_that_inside_a_clause_after_the_verb_does_not_open_what_was_said(tail):
    text = (f"The number of damaged homes has risen to almost 2,000, Mihai Ionescu said on "
            f"Tuesday {tail}.")
    assert source_of(text, "2,000") == "Mihai Ionescu"


def test_a_that_right_after_the_words_about_the_saying_still_opens_what_was_said():
    text = ("The district lost power for a day. Ana Petrescu told a briefing in Oradea on "
            "Tuesday that 40 pylons had fallen.")
    assert source_of(text, "40 pylons") == "Ana Petrescu"


@pytest.mark.parametrize(("text", "evidence", "name"), [
    ("Prefect Ion Varga said 1,900 people had been evacuated from the riverside communes.",
     "1,900 people", "Ion Varga"),
    ("Voivode Ewa Nowak said 45 schools stayed closed in the province.",
     "45 schools", "Ewa Nowak"),
    ("Sheriff Dale Burns said 14 homes were searched overnight.", "14 homes", "Dale Burns"),
])
def test_a_local_officials_title_is_not_part_of_the_name(text, evidence, name):
    assert source_of(text, evidence) == name


def test_the_prefect_refers_back_to_the_prefect_named_before():
    text = ("Prefect Ion Varga visited the dykes at dawn. Two people have died after the river "
            "burst its banks, the prefect said on Tuesday.")
    assert source_of(text, "Two people") == "Ion Varga"
