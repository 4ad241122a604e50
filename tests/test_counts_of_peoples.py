"""A people named by one capitalised word is counted when a verb follows it ("90,000
Rohingya fled"), though one capitalised word after a number is otherwise a title or a
rank ("5 Tips to ...") (see extract/figure_filters.py). Texts written here."""

from __future__ import annotations

import pytest
from figure_lookup import figures_of


def _spans(text: str) -> list[str]:
    return [f.evidence.text for f in figures_of(text)]


@pytest.mark.parametrize(("text", "number"), [
    # one capitalised name that a verb follows is a people counted, not a title or a rank
    ("More than 90,000 Rohingya fled to Cox's Bazar that month, the agency said.", "90,000"),
    ("About 4,000 Tamils gathered in Jaffna on Sunday.", "4,000"),
    ("Nearly 30,000 Uyghurs were held in camps near Kashgar, researchers said.", "30,000"),
])
def test_a_people_named_by_one_word_before_a_verb_is_counted(text, number):
    assert any(s.startswith(("More than " + number, "About " + number, "Nearly " + number))
               for s in _spans(text))


def test_a_title_of_one_word_is_still_no_count():
    assert not any(s.startswith("5 Tips") for s in _spans("Read 5 Tips to Sleep Better."))
