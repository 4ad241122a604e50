"""A word of degree between a verb of change and "by" ("grew slightly by 18 percent",
quoted or not) is no thing changed: what changed is the verb's subject (see
extract/figure_changes.py). Texts written here."""

from __future__ import annotations

import pytest
from figure_lookup import figures_of


@pytest.mark.parametrize("text", [
    "In Tartu, the number of cyclists grew slightly by 18 percent last year.",
    'In Tartu, the number of cyclists grew "slightly" by 18 percent last year.',
])
def test_a_degree_adverb_is_no_thing_changed(text):
    [fig] = figures_of(text)
    assert fig.kind == "change" and fig.change["factor"] == 1.18
    assert fig.measure == "cyclists"


def test_a_quoted_thing_between_verb_and_by_is_still_changed():
    [fig] = figures_of('The plan for Riga would cut "red tape" by 20 percent.')
    assert fig.measure == "red tape reduction"


def test_a_change_after_a_modal_and_be_changes_the_noun_before_them():
    [fig] = figures_of("Engineers in Turin said the rover's load might be cut by a third.")
    assert fig.kind == "change" and fig.measure == "load"
