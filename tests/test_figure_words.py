"""The figure and date components read their words through a factory config: the language
is chosen when the pipeline is built, and a language without resources is refused then."""

from __future__ import annotations

import pytest
import spacy

from sitrep.errors import UsageError
from sitrep.extract.figure_words import figure_words, hedges
from sitrep.extract.nlp import build_nlp


@pytest.mark.parametrize("component", ["sitrep_figures", "sitrep_dates"])
def test_factory_refuses_a_language_without_resources(component: str) -> None:
    build_nlp()  # registers the factories
    with pytest.raises(UsageError):
        spacy.blank("en").add_pipe(component, config={"lang": "xx"})


def test_every_hedge_names_a_bound_the_rules_know() -> None:
    table = hedges("en").bounds
    assert set(table.values()) == {"low", "high", "about", "exact"}
    # the longest hedge is tried first: "well over 100" keeps "well over"
    found = figure_words("en").single.match("well over 100 troops")
    assert found is not None and found.group("qual") == "well over"
