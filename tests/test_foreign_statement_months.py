"""A statement dated by a month with no day, in a language read by rules: "в середине июня
говорил", "на конец апреля 2025 года", "w styczniu podał", "Mitte Juni sagte". The month is
the statement's, at the precision of a month, as "said in May" is in English; a month after
the sentence's figure or right after an event word is the time of what is told.

Every text here is written for these tests: fictional officials, real places.
"""

from __future__ import annotations

from datetime import date

import pytest
from foreign_lookup import figure_of

PUBLISHED = date(2025, 9, 2)


def when(text: str, lang: str, evidence: str) -> str | None:
    said = figure_of(text, lang, evidence, PUBLISHED).attribution
    assert said.speaker or said.org
    return said.stated_on_text


@pytest.mark.parametrize(("text", "lang", "evidence", "month"), [
    ("Об отправке спасателей в Казань в середине июня говорил министр Олег Вершинин. Он "
     "заявил, что туда направят пять тысяч человек.", "ru", "пять тысяч", "2025-06"),
    ("По данным агентства Reuters на конец апреля 2024 года, в лагерях жили около 4700 "
     "человек.", "ru", "4700", "2024-04"),
    ("W styczniu minister zdrowia Jan Kowalczyk podał, że w szpitalach przebywa 300 "
     "rannych.", "pl", "300", "2025-01"),
    ("Mitte Juni sagte der Minister Paul Krämer, 300 Menschen seien verletzt worden.",
     "de", "300", "2025-06"),
    # a later month than the page's is last year's
    ("В ноябре министр Олег Вершинин сообщил о 300 раненых.", "ru", "300", "2024-11"),
])
def test_a_month_before_the_figures_dates_the_statement(text, lang, evidence, month):
    assert when(text, lang, evidence) == month


@pytest.mark.parametrize(("text", "evidence", "stated"), [
    # the month of what is told, after its figure
    ("Погибли 40 человек в марте, сообщил министр Олег Вершинин.", "40", None),
    # the month of the event
    ("После пожара в марте министр Олег Вершинин сообщил о 40 погибших.", "40", None),
    # a day named wins
    ("В июне, 12 июня, министр Олег Вершинин сообщил о 40 погибших.", "40", "2025-06-12"),
])
def test_no_month_of_what_is_told_and_a_day_wins(text, evidence, stated):
    assert when(text, "ru", evidence) == stated
