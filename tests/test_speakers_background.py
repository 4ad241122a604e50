"""A speaker is not carried into the page's own background, on texts written here (real
places, fictional events).

Wire copy names a source once and goes on with its figures ("..., officials said.\\n\\nAnother
12 are missing."); a new paragraph that opens with another day of the calendar ("On May 2,
...") turns to what happened then, in the writer's voice, and keeps no one's speaker. A
paragraph dated on the day of the statement goes on with it. A sentence in the past perfect
("had already flooded 300 homes") tells what came before, in the writer's voice too.
"""

from __future__ import annotations

from sources import source_of


def test_a_paragraph_dated_another_day_is_the_pages_background():
    text = ("Some 150 Chileans who had overstayed their visas landed in Santiago on Tuesday, "
            "officials said.\n\nOn May 2, more than 300 Chileans were deported from Peru for "
            "entering the country illegally.")
    assert source_of(text, "150 Chileans") == "Chilean officials"
    assert source_of(text, "300 Chileans") is None


def test_a_paragraph_dated_the_day_of_the_statement_goes_on_with_it():
    text = ("At least 40 people died in the flooding in Porto Alegre, officials said on "
            "September 12.\n\nOn September 12, another 12 people were missing.")
    assert source_of(text, "12 people") == "Brazilian officials"


def test_a_weekday_is_no_turn_to_the_background():
    text = ("At least 40 people died in the flooding in Porto Alegre, officials said on "
            "Tuesday.\n\nOn Tuesday, another 12 people were missing.")
    assert source_of(text, "12 people") == "Brazilian officials"


def test_the_past_perfect_is_the_pages_background():
    text = ("At least 40 people died in the flooding in Porto Alegre, officials said on "
            "Tuesday. The river had already flooded 300 homes in the city.")
    assert source_of(text, "40 people") == "Brazilian officials"
    assert source_of(text, "300 homes") is None


def test_a_calendar_day_on_an_undated_page_is_background_too():
    text = ("Some 150 Chileans who had overstayed their visas landed in Santiago on Tuesday, "
            "officials said.\n\nOn May 2, more than 300 Chileans were deported from Peru for "
            "entering the country illegally.")
    assert source_of(text, "150 Chileans", published=None) == "Chilean officials"
    assert source_of(text, "300 Chileans", published=None) is None
