"""A body named with its topic is one name (issue 9): "the National Institute on Ageing"
was cut to "National Institute" (and its topic read as a person), "the Centers for ..." lost
its head. "on" joins a body's head to its topic, never to a day ("the Ministry on Monday
said"). Every body here is fictional or named only by its kind, in real places."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.runner import extract_text


def credited(text: str) -> list[str | None]:
    return [f.attribution.org for f in extract_text(text, date(2026, 5, 2)).figures]


@pytest.mark.parametrize(("text", "org"), [
    ("About 4% of teens in Ohio tried the drug, according to the National Institute on "
     "Ageing Research.", "National Institute on Ageing Research"),
    ("About 4% of teens in Ohio tried the drug, the Council on Water Policy said.",
     "Council on Water Policy"),
    ("About 4% of teens in Ohio tried the drug, the Centers for Youth Health and Sport said.",
     "Centers for Youth Health and Sport"),
])
def test_a_body_named_with_its_topic_is_one_name(text, org):
    assert credited(text) == [org]


def test_a_day_after_a_body_is_no_topic():
    text = "The Defence Ministry in Kyiv on Monday said 300 troops had left."
    assert credited(text) == ["Ministry of Defence"]


def test_a_region_after_on_is_where_not_a_topic():
    mentions = [(m.kind, m.name) for m in extract_text(
        "The West Division on Wisconsin's side of the lake sold 300 permits.",
        date(2026, 5, 2)).mentions]
    assert ("org", "West Division on Wisconsin") not in mentions
