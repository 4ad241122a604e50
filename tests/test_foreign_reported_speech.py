"""A source named after what it reports, in a language read by rules: a paragraph that
closes with its source's tag ("..., сообщили в МЧС России") is that source's, as in English;
and a sentence in reported speech (German Konjunktiv: "würden", "seien") takes the source
of the next sentence's tag ("..., hieß es aus dem Ministerium") when none goes on into it
from before. A sentence in the indicative before a tag mid-paragraph does
not.

Every text here is written for these tests: fictional events, real places.
"""

from __future__ import annotations

from datetime import date

from foreign_lookup import source_of

PUBLISHED = date(2026, 3, 9)


def org_of(text: str, lang: str, evidence: str) -> str | None:
    return source_of(text, lang, evidence, PUBLISHED)


def test_ru_a_paragraph_closing_with_its_source_is_that_sources():
    text = ("Пожар на складе в Томске потушен.\n"
            "При пожаре погибли 30 человек. Еще 12 человек пропали без вести, сообщили в МЧС "
            "России.")
    assert org_of(text, "ru", "30") == "Russian Emergencies Ministry"


def test_de_reported_speech_takes_the_next_sentences_tag():
    text = ("Der Brand in einem Lager in Dresden ist gelöscht. 30 Verletzte würden im "
            "Spital versorgt. Zwei von ihnen seien schwer verletzt, hieß es aus dem "
            "sächsischen Gesundheitsministerium. Die Feuerwehr war mit 200 Kräften im Einsatz.")
    assert (org_of(text, "de", "30") or "").endswith("Health Ministry")


def test_de_the_indicative_does_not_take_a_tag_in_mid_paragraph():
    text = ("Der Brand in einem Lager in Dresden ist gelöscht. 30 Verletzte werden im "
            "Spital versorgt. Zwei von ihnen seien schwer verletzt, hieß es aus dem "
            "sächsischen Gesundheitsministerium. Die Feuerwehr war mit 200 Kräften im Einsatz.")
    assert org_of(text, "de", "30") is None
