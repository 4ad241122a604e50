"""A count that "the number of ..." names before a verb of change (extract/figure_number_of.py),
on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract import extract_text


def _counts(text: str) -> dict[str, tuple[str | None, float | None]]:
    found = extract_text(text, date(2026, 7, 2)).figures
    return {f.evidence.text: (f.measure, f.low) for f in found if f.kind == "count"}


@pytest.mark.parametrize(("text", "evidence", "measure", "value"), [
    ("The number of trucks queuing at the Koroszczyn crossing rose to 412 on Wednesday, the "
     "customs office said.", "412", "trucks", 412),
    ("The number of calls answered by the hotline has fallen to about 950, the charity "
     "said.", "about 950", "calls answered", 950),
    ("The number of flooded cellars in Opole has more than doubled since Sunday to 1,300, "
     "firefighters said.", "1,300", "flooded cellars", 1300),
])
def test_the_total_names_what_the_number_counts(text, evidence, measure, value):
    assert _counts(text)[evidence] == (measure, value)


def test_a_number_of_no_total_is_left_alone():
    # "a number of" is a vague quantity, and a year after "to" is no count
    found = _counts("A number of ferries were moved to 2027, the operator said.")
    assert "2027" not in found
    # a noun after the number says what it counts, as before
    assert _counts("The number of people evacuated rose to 300 families, officials said."
                   )["300 families"][0] == "families"


def test_a_change_of_the_total_is_named_without_its_degree_words():
    found = extract_text("The number of people evacuated from the valley has almost doubled, "
                         "the prefect said.", date(2026, 7, 2)).figures
    assert [(f.kind, f.measure) for f in found] == [
        ("change", "people evacuated from the valley")]


@pytest.mark.parametrize(("text", "evidence", "measure"), [
    ("Detentions rose to 58 from 44 a week earlier, the figures showed.", "58", "detentions"),
    ("Police said that asylum applications fell to 900 in May, and arrivals dropped to 450.",
     "900", "asylum applications"),
    ("Police said that asylum applications fell to 900 in May, and arrivals dropped to 450.",
     "450", "arrivals"),
])
def test_a_plural_noun_of_things_done_names_its_count(text, evidence, measure):
    assert _counts(text)[evidence][0] == measure


def test_a_nominal_inside_a_phrase_names_no_count():
    # "cases" opens no clause here: the minister's cases are no count, and 40 no figure
    assert "40" not in _counts("The files on the minister's cases rose to 40 on Monday.")
