"""Patterns tried only where their words are written give the matches a scan of the whole
text gives (the change pattern of the figures, the verbs of the events)."""

from __future__ import annotations

from sitrep.extract import extract_text
from sitrep.extract.events import event_words
from sitrep.extract.figure_words import figure_words
from sitrep.extract.scan import matches_from, phrase_starts
from sitrep.lang import language_data

CHANGES = [
    "the garrison at Kherson was halved in March, and the ration halving went on.",
    "Ministry of Health figures show admissions rose by 12.5% while staff fell by 3 percent.",
    "the budget was cut in half; the fleet was reduced by a third, then by one-quarter.",
    "Exports doubled, then doubling-down on tariffs; output tripled and trebled again.",
    "he said it shrank by 40 per cent, climbed by 2%, and nothing else. Declined by 7%",
    "uncut, undoubled, rosewater and grown-up words; fellow rowers reduced by 5 %.",
]


def test_every_change_opens_with_a_stem() -> None:
    """The data keeps what the shortcut needs: a multiple's forms begin with its stem, and
    the fraction and percentage verbs are stems themselves."""
    table = language_data("en").table("figure_changes")
    stems = set(figure_words("en").change_stems)
    for multiple in table["multiples"]:
        assert all(form.startswith(multiple["stem"]) for form in multiple["forms"])
    assert {v for f in table["fractions"] for v in f["verbs"]} <= stems
    assert set(table["percent_verbs"]) <= stems


def test_change_matches_where_stems_are_written_equal_a_full_scan() -> None:
    words = figure_words("en")
    text = " ".join(CHANGES).lower()
    found = matches_from(words.change, text, phrase_starts(text, words.change_stems))
    assert [m.span() for m in found] == [m.span() for m in words.change.finditer(text)]
    assert len(found) >= 8


def test_events_only_in_sentences_with_a_verb() -> None:
    text = ("The brigade held an exercise near Hrodna on May 4. The exercise was long. "
            "Officials in Lida discussed the drills. Troops launched the offensive at dawn.")
    events = extract_text(text).events
    assert [e.what for e in events] == ["held an exercise", "launched the offensive"]
    verbs = event_words("en").verbs
    assert all(verbs.search(e.evidence.text.lower()) for e in events)


SENDING_AND_MARKS = [
    "the junta in Naypyidaw has sent some 4,000 troops north; a military-led government",
    "Oslo deploys 300 more soldiers, and the ruling military junta was sending forces",
    "a sent letter, resend, deployment of the military regime, military  rulers, sends it",
]


def test_first_match_and_sending_where_words_are_written_equal_a_full_scan() -> None:
    from sitrep.extract.bodies import body_words
    from sitrep.extract.event_types import event_types
    from sitrep.extract.scan import first_match

    types, bodies = event_types("en"), body_words("en")
    for line in SENDING_AND_MARKS:
        text = line.lower()
        found = matches_from(types.sending, text, phrase_starts(text, types.sending_verbs))
        assert [m.span() for m in found] == [m.span() for m in types.sending.finditer(text)]
        first = first_match(bodies.military_marks, text, phrase_starts(text, bodies.mark_starts))
        whole = bodies.military_marks.search(text)
        assert (first and first.span()) == (whole and whole.span())
    text = " ".join(SENDING_AND_MARKS).lower()
    assert len(list(types.sending.finditer(text))) >= 3
    assert first_match(bodies.military_marks, "no mark here", [0, 3]) is None
