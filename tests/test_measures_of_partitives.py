"""Counts of a part of a group named by a partitive (issue 9): the group before the number
("Of the 40 hostages, 12 have been freed"), after it with a total ("two of the injured")
or with a pronoun ("20 of them students"), and what the clause says of the part. Texts
written here, with the partitives that must give nothing beside them."""

from __future__ import annotations

import pytest
from figure_lookup import figures_of, one


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Of the 40 hostages held in Gao, 12 have been freed, officials said.", "12",
     "hostages freed"),
    ("Of the dead in Derna, 12 were children.", "12", "children killed"),
    ("Two of the injured were in critical condition at the clinic in Sfax.", "Two",
     "injured in critical condition"),
    ("Of the 12 wounded, three are in a critical condition in Mosul.", "three",
     "injured in critical condition"),
    ("Police in Tbilisi detained 35 people, 20 of them students.", "20", "students"),
])
def test_a_part_of_a_group_is_counted_as_that_group_with_what_befell_it(
        text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize("text", [
    "Of the three plans in Riga, two were rejected.",  # no count of people
    "Of these, 40 were sent home from Turin.",  # no group named
])
def test_a_partitive_of_things_or_of_no_named_group_gives_no_count(text):
    assert [f.evidence.text for f in figures_of(text)] == []


def test_the_rest_of_a_group_takes_no_state_of_the_group():
    text = "Of 46 contacts in Tromso, all but three have been freed."
    assert [f.evidence.text for f in figures_of(text)] == ["46 contacts in Tromso"]


def test_a_count_of_times_takes_no_fate_of_things():
    assert figures_of("The quarterback from Akron was intercepted three times.") == []


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("At least 40 people, including 12 children, were killed in Rafah.", "40",
     "people killed"),
    ("At least 40 people, including 12 children, were killed in Rafah.", "12",
     "children killed"),
    ("About 30 soldiers, mostly conscripts, were wounded near Vuhledar.", "30",
     "soldiers injured"),
])
def test_a_part_set_between_commas_shares_the_clauses_predicate(text, number, measure):
    assert one(text, number).measure == measure


def test_a_relative_clause_between_commas_is_no_part():
    # "who live near Sfax" is no part of the count, but the clause's predicate past it
    # is the count's own
    assert one("The 40 people, who live near Sfax, were evacuated.", "40").measure == (
        "people evacuated")


@pytest.mark.parametrize(("text", "number", "measure"), [
    # a comma alone ends the count's predicate: the next verb is the subject's
    ("The blast in Kramatorsk killed 12 people, injured 40 and destroyed 30 homes.", "12",
     "people killed"),
    ("The blast in Kramatorsk killed 12 people, including 4 children, injured 40 more.",
     "12", "people killed"),
    ("Police in Tbilisi detained 35 people, wounded 12 officers and seized 40 rifles.", "35",
     "people detained"),
])
def test_a_verb_after_a_comma_is_the_next_predicate_of_the_subject(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Nine of the workers died in the blaze at the yard in Gdansk.", "Nine", "workers killed"),
    ("Six of the miners lost their lives in the shaft at Kolwezi.", "Six", "miners killed"),
    ("Three of the twelve climbers died on the descent from Annapurna.", "Three",
     "climbers killed"),
    ("Five of those killed were children, medics in Jenin said.", "Five", "children killed"),
])
def test_a_part_of_a_group_of_people_takes_the_fate_its_clause_gives(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The rebels held 60 hostages in Kidal. Twenty of them were freed on Sunday.", "Twenty",
     "hostages freed"),
    ("The army sent 5,000 troops to the border. About 800 of them were killed in the first "
     "month.", "800", "troops killed"),
    # "them" is the whole group, not the part named after "including"
    ("Medics counted 900 casualties, including 140 deaths. About 300 of them were flown to "
     "Accra.", "300", "casualties flown"),
])
def test_a_part_named_by_a_pronoun_counts_the_plural_noun_before_it(text, number, measure):
    assert one(text, number).measure == measure


def test_a_pronoun_with_no_plural_noun_before_it_counts_nothing():
    assert figures_of("Twenty of them were freed on Sunday in Kidal.") == []


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Most of the 300 passengers were rescued off the coast of Lesbos.", "300", "passengers"),
    ("About 40 of the 300 passengers were injured when the train derailed near Odisha.",
     "300", "passengers"),
    ("About 40 of the 300 passengers were injured when the train derailed near Odisha.",
     "40", "passengers injured"),
])
def test_the_whole_a_part_is_taken_from_takes_no_fate_of_the_part(text, number, measure):
    assert one(text, number).measure == measure


def test_an_adverb_of_time_before_the_fate_keeps_it():
    assert one("Two of the wounded later died in hospital in Kharkiv.", "Two").family == "killed"


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The bombing killed 19 people, including seven children, in the market of Idlib.",
     "seven", "children killed"),
    ("The strike injured 40 people, among them 12 women, in the town of Sumy.", "12",
     "women injured"),
    ("The police arrested 35 protesters, including four journalists, in Tbilisi.", "four",
     "journalists detained"),
])
def test_a_part_after_an_opener_shares_what_the_verb_did_to_the_whole(text, number, measure):
    assert one(text, number).measure == measure


def test_a_part_after_an_opener_with_no_verb_of_harm_keeps_its_noun():
    text = "The town of Sumy has 40,000 residents, including 12,000 children."
    assert one(text, "12,000").measure == "children"
