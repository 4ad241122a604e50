"""What a change or a share measures when its subject follows "that" after a verb of saying
("the board said that exports would fall by 12 percent": exports), and a finding verb
with its day before "that" ("projected in May that"). Texts written here (fictional
bodies, real places)."""

from __future__ import annotations

import pytest
from figure_lookup import one


@pytest.mark.parametrize("text", [
    "The Fjord Council said that exports would fall by 12 percent.",
    "The Fjord Council projected that exports would fall by 12 percent.",
    "The Fjord Council said on Monday that exports would fall by 12 percent.",
    "The Fjord Council projected in May that exports would fall by 12 percent.",
])
def test_the_subject_after_that_is_what_changes(text):
    assert one(text, "12 percent").measure == "exports decline"


def test_a_noun_after_a_determiner_is_no_verb_of_saying():
    text = ("A survey in Tartu found that the number of teenagers in the state who tried "
            "vapes was 4.2 percent.")
    assert one(text, "4.2 percent").measure == "teenagers who tried vapes"


def test_a_finding_verb_with_its_day_before_that_credits_the_body():
    text = "The Fjord Council projected in May that exports would fall by 12 percent."
    assert one(text, "12 percent").attribution.org == "Fjord Council"
