"""A clause a measure keeps to a few words, cut at its cap mid-phrase, runs on to where its
phrase ends (see extract/measure_phrases.py). Texts written here."""

from __future__ import annotations

from figure_lookup import one

from sitrep.extract.figure_words import figure_words
from sitrep.extract.measure_phrases import to_phrase_end


def test_a_restricting_clause_cut_mid_phrase_runs_on_past_an_abbreviation():
    text = ("Nine of the 30 drivers who clocked in for work on the dusk-to-6 a.m. route, the "
            "depot in Turku said, had no rest day.")
    assert one(text, "30 drivers").measure.endswith("on the dusk-to-6 a.m. route")


def test_a_chance_runs_on_to_its_noun_and_stops_at_the_next_phrase():
    text = ("Forecasters in Bergen give a 40% chance that the storm does not reach any of the "
            "northern islands by Friday.")
    measure = one(text, "40% chance").measure
    assert measure == "chance that the storm does not reach any of the northern islands"


def test_a_clause_with_no_end_in_sight_keeps_its_cap():
    stops = figure_words("en").stop_words
    rest = ["farming", "villages", "north", "river", "valleys", "rice", "fields"]
    assert to_phrase_end(rest, frozenset(), stops) == []
    # a mark ends it: the words up to and with the marked one
    assert to_phrase_end(["farming", "villages,", "the", "depot", "said"], frozenset(),
                         stops) == ["farming", "villages"]
