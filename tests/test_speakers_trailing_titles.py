"""A title in lower case between a claim and the speaker after it ("..., union chairwoman
Ilze Berzina said"): the speaker is the person, and the claim ends at its comma. The titles
come from the speech cues' list and from the language's titles of people
(extract/speech_cues.py), so a title missing from the first ("chairwoman") is still read."""

from __future__ import annotations

import pytest

from sitrep.extract import extract_text


@pytest.mark.parametrize("title", [
    "chairwoman", "union chairman", "board chair", "spokesman", "chief prosecutor",
    "harbour master", "party secretary"])
def test_the_person_after_a_title_speaks(title: str) -> None:
    text = ("Ferry workers back the deal\n\n"
            f"Of the 640 members who voted, 512 backed the offer, {title} Ilze Berzina said.\n")
    found = extract_text(text)
    speakers = {f.evidence.text: f.attribution.speaker for f in found.figures}
    assert speakers == {"640 members": "Ilze Berzina", "512": "Ilze Berzina"}, title
    (said,) = found.statements
    # what was said ends at its comma: the title is no part of it
    assert said.evidence.text == "Of the 640 members who voted, 512 backed the offer"


def test_a_claim_without_a_title_still_ends_at_its_comma() -> None:
    found = extract_text("Ferry deal\n\nSome 300 members abstained, Ilze Berzina said.\n")
    (said,) = found.statements
    assert said.evidence.text == "Some 300 members abstained"
    assert said.attribution.speaker == "Ilze Berzina"
