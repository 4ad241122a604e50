"""A measure read from the word that opens a sentence is written in lower case, unless it
is a name. See extract/measure_case.py. Texts written here."""

from __future__ import annotations

from figure_lookup import one


def test_a_common_word_that_opens_the_sentence_is_lowered():
    text = "Profits at the Dunlow mill fell last year. Exports rose 7% to $40 million."
    assert one(text, "7%").measure.startswith("exports")


def test_a_name_that_opens_the_sentence_keeps_its_capital():
    text = "Trade was slow in Perth on Monday. Harlow Foods shares rose 7% in early deals."
    assert one(text, "7%").measure.startswith("Harlow Foods")
