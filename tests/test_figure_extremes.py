"""A maximum or a minimum before a value (issue 9, session-27 hand check): after a verb of
possibility or penalty it bounds the value ("faces a maximum of 15 years": up to 15), after
a verb of measurement it is the value a reading reached, exact. Texts written here, about
fictional people in real places."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.runner import extract_text

PUBLISHED = date(2026, 3, 9)


def bounds(text: str) -> list[tuple[str, str | None, float | None, float | None]]:
    return [(f.evidence.text, f.qualifier, f.low, f.high)
            for f in extract_text(text, PUBLISHED).figures]


@pytest.mark.parametrize(("text", "value"), [
    ("Marten Oduya faces a maximum of 15 years in prison if a jury in Cork convicts him.",
     15),
    ("In Tallinn the forgery charge carries up to a maximum of 7 years in jail.", 7),
    ("Under the Lisbon rules the offence is punishable by a maximum of 3 years in prison.", 3),
    ("Lina Ostrova could be jailed for a maximum of 8 years, her lawyer in Riga said.", 8),
    ("Each ferry leaving Split is capped at a maximum of 250 passengers.", 250),
])
def test_a_maximum_after_a_verb_of_penalty_or_possibility_is_an_upper_bound(text, value):
    found = [f for f in bounds(text) if value in (f[2], f[3])]
    assert found and found[0][1:] == ("up to", None, value)


def test_a_minimum_after_a_verb_of_penalty_is_a_lower_bound():
    found = bounds("Tomas Berg of Gdansk faces a minimum of 5 years in prison.")
    assert found and found[0][1:] == ("at least", 5, None)


@pytest.mark.parametrize(("text", "value"), [
    ("Noise at the building site in Ghent hit a maximum of 92 dBA on Friday.", 92),
    ("The river at Passau reached a maximum of 4.2 metres on Sunday.", 4.2),
])
def test_a_maximum_a_reading_reached_is_exact(text, value):
    found = [f for f in bounds(text) if f[2] == value]
    assert found and found[0][1:] == (None, value, value)
