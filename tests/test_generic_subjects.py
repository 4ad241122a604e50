"""A sentence that opens with a bare plural noun tells of a whole class and takes no name
from the sentence before (issue 9: hand checks of real news), on pages written for these
tests."""

from __future__ import annotations

from datetime import date

from sitrep.extract import extract_text
from sitrep.extract.generic_subjects import opens_generically

DAY = date(2026, 6, 3)
TITLE = "Cider sales slide in Bristol as orchards shrink"


def _matters(text: str, title: str | None) -> dict[str, str | None]:
    """Each figure's evidence -> what it is about (its matter, else its subject)."""
    return {f.evidence.text: f.matter or f.subject
            for f in extract_text(text, DAY, title=title).figures}


def test_a_bare_plural_subject_goes_back_to_the_page_s_matter():
    """"Growers across the county pressed ..." tells of the whole trade, not of the
    narrower sales the sentence before named."""
    text = ("Bristol's cider trade had a weak spring, the county trade board said. "
            "Perry Orchard sales dropped 9 percent in April. "
            "Growers across the county pressed 412,000 tonnes of fruit in 2025.")
    found = _matters(text, TITLE)
    assert found["9 percent"] == "Perry Orchard sales"
    assert (found["412,000 tonnes of fruit"] or "").startswith("Cider sales")


def test_a_bare_plural_after_a_named_event_goes_on_with_it():
    """"The Bristol Cider Fair drew crowds. Visitors bought ...": the fair's visitors."""
    text = ("Cider sales in Bristol fell 6 percent in April. "
            "The Bristol Cider Fair drew large crowds on Saturday. "
            "Visitors bought 8,000 bottles on the first day.")
    assert _matters(text, TITLE)["8,000 bottles"] == "Bristol Cider Fair"


def test_a_pronoun_still_goes_on_with_the_name_before():
    """"It was ..." refers back: the name the sentence before gave stays."""
    text = ("Cider sales in Bristol fell 6 percent in April. "
            "Perry Orchard sales dropped 9 percent. "
            "It was the fourth fall in 11 months.")
    assert _matters(text, TITLE)["11 months"] == "Perry Orchard sales"


def test_which_openings_are_bare_plurals():
    """A plural noun followed by a lower-case word is one; a function word, a sentence
    adverb, a name in capitals or a party that starts there is none."""
    def opens(sentence: str, party_at: int | None = None) -> bool:
        text = f"{sentence} Cider sales"
        return opens_generically(text, 0, len(sentence), (len(text) - 11, len(text)), "en",
                                 party_at)

    assert opens("Farmers planted 30 hectares more.")
    assert opens("People bought 2,000 tickets.")
    assert not opens("Perhaps 40 stalls opened.")
    assert not opens("This was 12 percent lower.")
    assert not opens("Its stores sold 900 units.")
    assert not opens("UNESCO lists 12 sites.")
    assert not opens("Reynolds scored 14 points.", party_at=0)
    assert not opens("Business was slow.")
    assert opens("Exports rose 3 percent.")
