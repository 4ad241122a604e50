""""По последним данным", "за попередніми даними": the latest or preliminary data named
with no one behind them are no one's, as "according to preliminary data" is in English,
and the source named before does not go on into them.

Every text here is written for these tests: fictional events, real places.
"""

from __future__ import annotations

from datetime import date

import pytest
from foreign_lookup import source_of

PUBLISHED = date(2026, 9, 14)


def source(text: str, lang: str, evidence: str) -> str | None:
    return source_of(text, lang, evidence, PUBLISHED)


@pytest.mark.parametrize(("text", "lang"), [
    ("МЧС России обновило список пострадавших при пожаре на складе в Томске. Теперь в нем "
     "43 человека. По последним данным, опознаны 12 тел.", "ru"),
    ("ДСНС оновила список постраждалих унаслідок пожежі на складі в Одесі. Зараз у ньому 43 "
     "особи. За попередніми даними, впізнано 12 тіл.", "uk"),
])
def test_the_latest_data_with_no_source_are_no_ones(text, lang):
    assert source(text, lang, "12") is None
