"""A phrase with an article after a count that opens its sentence, before the sentence's
verb, says which things are counted ("Two cyclists in a collision were ..."); after a verb
it tells where or when, and is not read (extract/measure_subject_phrases.py). Texts
written here (fictional people, real places)."""

from __future__ import annotations

import pytest
from figure_lookup import one


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Two cyclists in a collision were taken to hospital in Lyon.", "Two",
     "cyclists in a collision"),
    ("Seven hikers on the glacier had lost contact with the lodge near Zermatt.", "Seven",
     "hikers on the glacier"),
])
def test_a_phrase_before_the_verb_says_which_are_counted(text, number, measure):
    assert (one(text, number).measure or "").startswith(measure)


@pytest.mark.parametrize(("text", "number"), [
    # after a verb the phrase tells where the verb happened
    ("Gunmen in Mopti held 12 drivers in the depot overnight.", "12"),
    # a mark or a clause of saying between the phrase and the verb
    ("Five passengers on the ferry, officials in Split said, were unhurt.", "Five"),
])
def test_no_phrase_where_it_may_say_where_or_when(text, number):
    measure = one(text, number).measure or ""
    assert " the " not in f" {measure} "
