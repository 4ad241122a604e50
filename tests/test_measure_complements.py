"""A counted thing with the phrase that completes it: "four requirements for a permit",
"two cases against Lisbon", "six counts of armed robbery" (extract/measure_complements.py).
A count of people, a period of time, a date, a number or an infinitive after the head adds
nothing; the complement comes after a fate the verb says (tests/test_measures_health_fates.py:
"wells tested for the virus"). Texts written here."""

from __future__ import annotations

import pytest
from figure_lookup import one


@pytest.mark.parametrize(("text", "number", "head", "complement"), [
    ("Inspectors in Tartu listed four requirements for a permit.", "four",
     "requirements", "for a permit"),
    ("The court in Faro will rule on two cases against Lisbon next month.", "two",
     "cases", "against Lisbon"),
    ("Prosecutors in Leeds filed six counts of armed robbery.", "six",
     "counts", "of armed robbery"),
    ("There were more than 40 driver vacancies at the depot, the union in Gdansk said.", "40",
     "driver vacancies", "at the depot"),
    ("The council of Braga heard 300 requests for new permits.", "300",
     "requests", "for new permits"),
])
def test_the_phrase_that_completes_the_thing_counted(text, number, head, complement):
    # a fate the verb says may stand between them: "requirements listed for a permit"
    said = one(text, number).measure
    assert said.startswith(head) and said.endswith(" " + complement)


def test_a_part_of_a_group_takes_the_group_with_its_complement():
    fig = one("Two of the four conditions for a safe crossing were met, rangers in Tartu said.",
              "Two")
    assert fig.measure.startswith("conditions for a safe crossing")


@pytest.mark.parametrize(("text", "number", "measure"), [
    # a count of people: "for looting" says why they were held, not who they are
    ("Police in Leeds held 30 people for looting.", "30", "people"),
    # a period, a date or a number: no complement
    ("The crew carried two crates at a time up the hill in Faro.", "two", "crates"),
    ("The depot in Riga employed 800 drivers on June 30.", "800", "drivers"),
    # an infinitive after "to" belongs to the verb
    ("The firm in Porto fitted twelve sensors to watch the dam.", "twelve", "sensors"),
    # a phrase that runs on past "and" is left whole
    ("The council in Tartu funded 40 grants for school and church repairs.", "40", "grants"),
])
def test_no_complement_where_the_words_after_the_head_are_no_part_of_it(text, number, measure):
    said = one(text, number).measure.split()
    assert said[0] == measure
    links = ("for", "at", "on", "to", "with", "of", "against")
    assert not any(w in links for w in said)  # the head, perhaps with its fate, no more


def test_a_name_that_modifies_a_noun_after_it_is_no_end_of_the_phrase():
    # "with their Baltic | partners": cut there, the phrase would end on an adjective
    fig = one("Officials in Riga held 15 meetings with their Baltic partners last year.", "15")
    assert fig.measure == "meetings held"


@pytest.mark.parametrize(("text", "number", "measure"), [
    # a second plural noun joined to the head is counted too
    ("Over 20 lawyers and clerks worked on the case in Leeds for two years.", "20",
     "lawyers and clerks"),
    # not a count of its own, a verb with its object, or a phrase that goes on
    ("Police in Tartu found three rifles and hundreds of rounds.", "three", "rifles found"),
    ("The group in Porto owns 90 papers and boasts a large staff.", "90", "papers"),
    ("The blast in Riga killed 12 soldiers and wounded 40.", "12", "soldiers killed"),
])
def test_two_plural_nouns_joined_are_one_thing_counted(text, number, measure):
    assert one(text, number).measure == measure


def test_a_noun_in_ly_ends_no_complement_early():
    fig = one("The charity in Leeds handed out 40 parcels for the whole family.", "40")
    assert fig.measure.endswith("for the whole family")
