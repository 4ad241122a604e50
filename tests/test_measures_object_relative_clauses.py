"""A count restricted by a relative clause that has its own subject, with "that"/"which"
or with no relative at all ("the five clubs it has faced"), read only when the clause's
verb has no object of its own (extract/measure_relatives.py). Texts written here
(fictional people and firms, real places)."""

from __future__ import annotations

import pytest
from figure_lookup import one


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The Norvale side has lost to five clubs it has faced this season.", "five",
     "clubs it has faced"),
    ("The mayor of Cork read out 14 petitions that the council had received in March.", "14",
     "petitions that the council had received"),
    ("Ruth Vale in Ghent dropped six suppliers which Orvane had hired in 2021.", "six",
     "suppliers which Orvane had hired"),
    ("Nurses in Turku traced 40 people they had treated, officials said.", "40",
     "people they had treated"),
    # a preposition left at the clause's end stays with its verb
    ("Inspectors in Split questioned 9 firms she had worked with.", "9",
     "firms she had worked with"),
])
def test_an_object_relative_restricts_the_count(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number"), [
    # a verb that takes a clause of its own after its object
    ("The board in Kaunas told 260 drivers that the depot had closed.", "260"),
    ("Managers in Brno warned 80 staff they had been laid off.", "80"),
    # the verb after the pronoun has an object or a phrase of its own: an adverbial count
    ("She said that on four separate days they had written to the mayor of Bari.", "four"),
    ("Ilse Marr signed 12 players they scouted for the club in Graz.", "12"),
])
def test_no_object_relative_where_the_clause_is_the_sentences_own(text, number):
    measure = one(text, number).measure or ""
    assert " they " not in f" {measure} " and " that " not in f" {measure} "
