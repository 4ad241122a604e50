"""The dateline of wire copy in languages read by rules is the day the page's words are
read against, on texts written here about fictional events in real places.

"МОСКВА, 23 марта. /ТАСС/.", "МОСКВА, 23 мар — РИА Новости.", "Madrid, 28 mar (EFE).-",
"Moskau, 23. März (Reuters) -": the day the news was told. A weekday is read against it,
and it beats a page date of a later republication or dates a page with none; the lead it
opens is dated by it. A statement further on that names no day is not dated by it (as no
statement is by the page's own day). A sentence that opens with a place and a date is no
dateline.
"""

from __future__ import annotations

from datetime import date

import pytest
from foreign_lookup import figure_of


def stated(text: str, lang: str, evidence: str, published: date | None) -> date | None:
    said = figure_of(text, lang, evidence, published).attribution
    assert said.org or said.speaker
    return said.stated_on


@pytest.mark.parametrize(("text", "lang", "evidence"), [
    ("Kasan, 23. März (Reuters) - Die Zahl der Opfer des Brandes in einem Lager ist "
     "auf 40 gestiegen, teilte das Gesundheitsministerium mit.", "de", "40"),
    ("Valencia, 23 mar (EFE).- El balance de víctimas del incendio del almacén subió a "
     "40, informó el Ministerio de Sanidad.", "es", "40"),
])
def test_a_dateline_dates_the_lead_it_opens(text, lang, evidence):
    assert stated(text, lang, evidence, date(2024, 3, 23)) == date(2024, 3, 23)


@pytest.mark.parametrize("dateline", ["КАЗАНЬ, 23 марта. /ТАСС/.", "КАЗАНЬ, 23 мар — РИА Новости."])
def test_the_dateline_beats_the_date_of_a_later_republication(dateline):
    text = (dateline + " Пожар на складе потушен.\n"
            "В пятницу в МЧС России сообщили о 40 погибших.")
    assert stated(text, "ru", "40", date(2024, 4, 10)) == date(2024, 3, 22)


def test_a_statement_with_no_day_is_not_dated_by_the_dateline():
    text = ("КАЗАНЬ, 23 марта. /ТАСС/. Пожар на складе потушен.\n"
            "Ранее в МЧС России сообщили о 40 погибших.")
    assert stated(text, "ru", "40", date(2024, 3, 23)) is None


def test_an_undated_page_is_dated_by_a_dateline_with_its_year():
    text = ("Lyon, 28 mars 2025 (AFP) - Le bilan de l'incendie de l'entrepôt s'est alourdi "
            "à 40 morts, a indiqué le ministère de l'Intérieur.")
    assert stated(text, "fr", "40", None) == date(2025, 3, 28)


def test_a_sentence_opening_with_a_place_and_a_date_is_no_dateline():
    text = ("Казань, 23 марта стала днём траура. Число погибших при пожаре на складе "
            "выросло до 40 человек, сообщили в МЧС России.")
    assert stated(text, "ru", "40", date(2024, 3, 25)) is None
