"""A name of several capitalised words is a figure's matter whole or not at all (issue 9),
on sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.extract.figure_matters import matter_words, matters_in, title_parts
from sitrep.extract.matter_names import split_outside_brackets


def _named(text: str) -> list[str]:
    return [text[s:e] for s, e in matters_in(text, matter_words("en"))]


@pytest.mark.parametrize(("sentence", "names"), [
    # a sponsor's name written into an event's name is part of it
    ("The match was part of the Nordic Cup by Halvern Bank Finals, held over 4 days.",
     ["Nordic Cup by Halvern Bank Finals"]),
    # the topics after a head and a connector, joined by "and", are the name's
    ("Of those who answered the Coastal Survey on Farm Wages and Housing in 2024, 61% "
     "were women.", ["Coastal Survey on Farm Wages and Housing"]),
    ("The Braga Festival of Bread and Cheese sold 8,000 tickets.",
     ["Braga Festival of Bread and Cheese"]),
    # without a connector before it, "and" joins two names
    ("Crowds at the Tagus Cup and the Douro Cup Finals rose 4%.",
     ["Tagus Cup", "Douro Cup Finals"]),
    # a sentence's first word before "for the" is capitalised by its place only
    ("Tickets for the Halvern Bank Porto Open Finals sold out in 3 hours.",
     ["Halvern Bank Porto Open Finals"]),
    # but a head that opens the sentence opens the name
    ("Festival of the Tides drew 9,000 people.", ["Festival of the Tides"]),
    # "by" before a body that is no matter joins nothing
    ("A report by the Harbour Institute found that 40% of homes had savings.", []),
])
def test_a_name_is_taken_whole(sentence: str, names: list[str]) -> None:
    assert _named(sentence) == names


def test_a_title_is_not_cut_inside_brackets() -> None:
    parts = title_parts("[Harbour Lights: A Musical] Reviews From Our Readers - Tagus Theatre",
                        matter_words("en"))
    assert parts == ["[Harbour Lights: A Musical] Reviews From Our Readers", "Tagus Theatre"]
    assert split_outside_brackets("one: two (three: four): five", ": ") == [
        "one", "two (three: four)", "five"]
