"""A sum given names whom it went to: the indirect object before it or "to" and a noun
phrase after it. See extract/measure_recipients.py. Texts written here."""

from __future__ import annotations

from figure_lookup import one


def test_an_indirect_object_before_the_sum_is_its_recipient():
    text = "The council in Wick paid the builder nearly $88,000 last spring, Ms Orr said."
    assert one(text, "$88,000").measure == "payment to builder"


def test_to_and_a_noun_phrase_after_the_sum_is_its_recipient():
    text = "Mr Dale said he had given $4,500 to a local food bank in Ayr."
    assert one(text, "$4,500").measure == "payment to local food bank"


def test_to_and_a_verb_after_the_sum_names_no_recipient():
    text = "Mr Dale said he had given $4,500 to help his old school in Ayr."
    assert one(text, "$4,500").measure == "payment"
