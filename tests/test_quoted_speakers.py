"""Speakers of direct quotations: a span of time inside a quote is the speaker's words, not
the writer's setting; a name after an age glued by hyphens ("a 51-year-old Martin Reyes")
is a person (see extract/carry.py, extract/entity_people.py). Texts written here."""

from __future__ import annotations

from sitrep.extract.runner import extract_text


def _speakers(text: str) -> dict[str, str | None]:
    return {f.evidence.text: f.attribution.speaker for f in extract_text(text).figures}


def test_a_span_inside_a_quote_is_the_speaker_s():
    found = _speakers('"The ride to the clinic was a 25 minute ordeal, and I could walk only '
                      'three blocks," said Ana Reyes of Cork.')
    assert found["25 minute ordeal"] == "Ana Reyes"
    assert found["only three blocks"] == "Ana Reyes"


def test_a_name_after_a_glued_age_is_a_person_who_speaks_later():
    text = ('"I could not sleep for weeks," wrote 58-year-old Martin Reyes of Cork, in a case '
            'report.\n\n"I lost 12 kilograms in a month," Reyes added.')
    assert _speakers(text)["12 kilograms"] == "Martin Reyes"
