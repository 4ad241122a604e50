"""A quantity a thing rose or fell to measures that thing; a quantity after any other
verb keeps the name of its unit's quantity. See extract/measure_quantities.py. Texts
written here."""

from __future__ import annotations

from figure_lookup import one


def test_a_quantity_after_a_verb_of_change_measures_its_subject():
    text = "Barley output at the Tarn farms fell to 80,000 tonnes in 2025, Ms Orr said."
    assert one(text, "80,000").measure.lower().startswith("barley output")


def test_a_quantity_after_another_verb_keeps_its_quantity():
    text = "The new Velto laptop weighs 2 kg, the firm said in Oslo."
    assert one(text, "2 kg").measure == "weight"
