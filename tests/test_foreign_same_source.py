""""La même source a précisé ...", "тот же источник сообщил ...": a sentence that names
its source as the one named before speaks with that source, a body or a person, and its
figures (and those carried on after it) are that source's.

Every text here is written for these tests: fictional officials, real places.
"""

from __future__ import annotations

from datetime import date

import pytest
from foreign_lookup import source_of

PUBLISHED = date(2026, 3, 9)


def source(text: str, lang: str, evidence: str) -> str | None:
    return source_of(text, lang, evidence, PUBLISHED)


@pytest.mark.parametrize(("text", "lang"), [
    ("Le bilan de l'incendie de Lyon s'est élevé à 30 morts, selon les autorités "
     "françaises. La même source a précisé que 14 personnes restent introuvables.",
     "fr"),
    ("Число погибших при пожаре в Томске выросло до 30, сообщили в МЧС России. Тот же "
     "источник добавил, что 14 человек числятся пропавшими без вести.", "ru"),
])
def test_the_same_source_speaks_again(text, lang):
    first = source(text, lang, "30")
    assert first is not None
    assert source(text, lang, "14") == first


def test_an_unnamed_source_is_not_the_same_source():
    text = ("Число погибших при пожаре в Томске выросло до 30, сообщили в МЧС России. Другой "
            "источник сообщил, что 14 человек числятся пропавшими без вести.")
    assert source(text, "ru", "14") is None
