"""A label and a colon before a value name what it measures ("Average claim: $3,200");
a note or a speaker's name does not. See extract/measure_labels.py. Texts written here."""

from __future__ import annotations

from figure_lookup import figures_of, one


def test_a_label_names_a_small_sum():
    text = "Claims at Corrin Mutual rose in March. Average payout: $2,700."
    assert one(text, "$2,700").measure == "average payout"


def test_a_label_names_a_share_and_a_rate():
    text = ("Figures for Tarbet in 2026.\nVacancy rate: 3.9%\n"
            "Typical rent: $1,250 per month\n")
    assert one(text, "3.9%").measure == "vacancy rate"
    assert one(text, "$1,250").measure == "typical rent per month"


def test_a_label_names_a_count():
    text = "The storm crossed Fife on Sunday. Homes flooded: 8,400."
    assert one(text, "8,400").measure == "homes flooded"


def test_a_speaker_before_a_colon_names_no_measure():
    text = "Dalby: 4,000 is far too many, the councillor said in Leeds."
    assert all(f.measure != "dalby" for f in figures_of(text))
