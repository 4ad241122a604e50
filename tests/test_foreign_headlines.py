"""A page in a language read by rules gives its headline to the figures no event is the
subject of (extract/foreign/headlines.py); pages written here, fictional events."""

from __future__ import annotations

import pytest

from sitrep.extract.foreign import extract_foreign
from sitrep.extract.runner import ExtractionJob, extract_text, run_job

FAIR = ("Zur Messe in Köln kamen am Freitag rund 35.000 Gäste. Es gibt über 300 Aussteller "
        "aus 20 Ländern.")


def _matters(text: str, lang: str, title: str | None) -> dict[str, str | None]:
    return {f.evidence.text: f.matter
            for f in extract_foreign(text, lang, None, None, title=title).figures}


def test_a_foreign_page_with_no_event_gives_its_headline_without_furniture():
    found = _matters(FAIR, "de", "Kommentar: Die Buchmesse in Köln wächst weiter | Rheinblatt")
    assert set(found.values()) == {"Die Buchmesse in Köln wächst weiter"}
    assert "rund 35.000 Gäste" in found


def test_the_job_s_title_reaches_the_foreign_reader():
    result = run_job(ExtractionJob("a1", FAIR, None, "de",
                                   title="Die Buchmesse in Köln wächst weiter - Rheinblatt"))
    assert {f.matter for f in result.figures} == {"Die Buchmesse in Köln wächst weiter"}


@pytest.mark.parametrize("title", [None, "Rheinblatt", "Messe | Köln"])
def test_no_title_or_one_too_short_gives_no_matter(title):
    assert set(_matters(FAIR, "de", title).values()) == {None}


def test_a_figure_with_an_event_for_subject_takes_no_headline():
    text = ("В результате взрыва на складе в Туле погибли 4 человека, сообщили в МЧС. "
            "На выставке в Туле было 200 гостей.")
    figures = extract_foreign(text, "ru", None, None,
                              title="Взрыв на складе в Туле: что известно - Тульский вестник"
                              ).figures
    with_event = [f for f in figures if f.subject]
    assert with_event and all(f.matter is None for f in with_event)


def test_an_english_headline_of_up_to_twenty_words_is_a_page_s_matter():
    text = "Crews at a lab in Turin counted 40 robots. They built 12 more in a week."
    long = ("What We Found - A Mix of Small Robots Builds the Most Parts for Factories "
            "and the Fewest Faults for Crews | Turin Desk")
    assert {f.matter for f in extract_text(text, title=long).figures} == {
        "A Mix of Small Robots Builds the Most Parts for Factories and the Fewest Faults "
        "for Crews"}
    teaser = " ".join(["word"] * 25)
    assert {f.matter for f in extract_text(text, title=teaser).figures} == {None}
