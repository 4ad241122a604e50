"""A word in -ing between an amount and its noun, when the amount is itself a modifier after
an article, modifies the noun ("a 2 GW floating solar farm"), and does not count toward the
words of the phrase; with no article it is a verb ("spent 45 seconds explaining").
Texts written here."""

from __future__ import annotations

from figure_lookup import figures_of


def test_a_gerund_after_an_attributive_measurement_modifies_the_noun():
    [fig] = figures_of("Narvik Power will build a 1.4 GW floating solar farm off Bodø.")
    assert fig.unit == "GW" and fig.measure.startswith("floating solar farm")


def test_a_gerund_after_a_bare_span_is_a_verb():
    found = figures_of("The mayor of Bodø spent 45 seconds explaining the plan.")
    assert not any("explaining" in (f.measure or "") + f.evidence.text for f in found)
