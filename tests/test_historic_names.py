"""A background sentence that names a past event is about that event, not the page's
matter (issue 9: hand checks of real news), on pages written for these tests."""

from __future__ import annotations

from datetime import date

from sitrep.extract import extract_text

DAY = date(2026, 6, 3)
TITLE = "Two cholera cases confirmed in Lagos"
LEAD = "Health officials confirmed two cholera cases in Lagos on Monday. "


def _matters(text: str, title: str | None) -> dict[str, str | None]:
    """Each figure's evidence -> what it is about (its matter, else its subject)."""
    return {f.evidence.text: f.matter or f.subject
            for f in extract_text(text, DAY, title=title).figures}


def test_a_past_event_named_in_a_background_sentence_is_its_figures_matter():
    """"Back in 1887 the Harbour Fever left about 3,400 dock workers dead": the fever's."""
    found = _matters(LEAD + "Back in 1887 the Harbour Fever left about 3,400 dock workers "
                     "dead.", TITLE)
    assert found["about 3,400 dock workers"] == "Harbour Fever"


def test_a_people_s_adjective_is_no_past_event():
    """"the West African health agencies" names no event: the page's matter stays,
    marked as background."""
    found = _matters(LEAD + "In 1994 the West African health agencies counted 3,100 "
                     "cases across the region, most of them near the Niger Delta.", TITLE)
    assert found["3,100 cases"] == f"{TITLE} (background)"


def test_a_name_after_the_figure_is_no_past_event():
    """"plague killed 2,000 ..., most of them in the Long Winter": the figure comes
    first, and the sentence's count is the disease's, not the named winter's."""
    found = _matters(LEAD + "In 1886 cholera killed 2,000 people across the coast, most "
                     "of them during the Long Winter.", TITLE)
    assert found["2,000 people"] == f"{TITLE} (background)"


def test_an_unknown_body_is_no_past_event():
    """"the Harbour Health Institute counted ...", "the Coast Ledger reported ...": a
    body that tells the figure, not an event."""
    found = _matters(LEAD + "In 2012 the Harbour Health Institute counted 4,100 cholera "
                     "cases across the state. In 2011 the Coast Ledger reported 900 "
                     "cases in the city.", TITLE)
    assert found["4,100 cholera cases"] == f"{TITLE} (background)"
    assert found["900 cases"] == f"{TITLE} (background)"
