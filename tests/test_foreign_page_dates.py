"""When a statement on a non-English page was made, when the page has no publication date:
a date line printed under the headline (read by the cleaner in any language with a
calendar), and a day and month in the sentence whose year comes from the story's other
pages; and counts the reader used to miss or misname. Texts written for these tests;
fictional officials, real places."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import text_capture

from sitrep.clean import clean_capture
from sitrep.clean.meta_lines import parse_meta_line
from sitrep.extract.foreign import extract_foreign

STORY = (date(2025, 5, 10), date(2025, 5, 14))


@pytest.mark.parametrize(("line", "day"), [
    ("12 мая 2025", date(2025, 5, 12)),
    ("Опубликовано: 12 мая 2025, 14:05", date(2025, 5, 12)),
    ("3 травня 2025 р., 09:30", date(2025, 5, 3)),
    ("Opublikowano: 7 maja 2025 o 18:00", date(2025, 5, 7)),
    ("9. Mai 2025 | 08:15", date(2025, 5, 9)),
    ("2025-5-11 12:53 |", date(2025, 5, 11)),
    ("icon 11/05/2025 | icon 12:59", date(2025, 5, 11)),  # the icons' alt text copied
])
def test_a_printed_date_line_in_another_language_is_a_date_line(line, day):
    meta = parse_meta_line(line)
    assert meta is not None and meta.kind == "absolute"
    raw = f"Взрыв на складе под Тверью\n{line}\n" + (
        "Число пострадавших при взрыве на складе под Тверью выросло до 14 человек, "
        "сообщил губернатор области Игорь Лавров. Пожар потушен к утру.\n")
    cleaned = clean_capture(text_capture(raw))
    main = cleaned.articles[0]
    assert main.published == day
    assert main.text.startswith("Число пострадавших")


@pytest.mark.parametrize("line", [
    "12 мая, 14:05",  # no year: any year's 12 May
    "Станом на неділю, 11 травня 2025, відомо про 14 постраждалих.",  # a sentence
])
def test_a_yearless_date_or_a_sentence_is_no_date_line(line):
    assert parse_meta_line(line) is None


def stated(text: str, lang: str, **kw) -> list[tuple]:
    return [(f.low, f.attribution.stated_on)
            for f in extract_foreign(text, lang, None, None, **kw).figures]


def test_a_page_day_is_not_the_day_of_a_statement_that_names_none():
    """A page restates earlier tolls without saying when they were given."""
    text = "Число погибших выросло до 9 человек, сообщил министр Игорь Лавров."
    assert stated(text, "ru", story_days=STORY) == [(9, None)]
    found = extract_foreign(text, "ru", date(2025, 5, 12)).figures
    assert [f.attribution.stated_on for f in found] == [None]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Число погибших выросло до 9 человек, сообщил 13 мая министр Игорь Лавров."),
    ("uk", "Станом на вівторок, 13 травня, відомо про 9 загиблих, повідомив міністр "
           "Петро Іваненко."),
    ("de", "Die Zahl der Toten stieg bis zum 13. Mai auf 9, teilte das Gesundheitsministerium "
           "mit."),
])
def test_a_day_and_month_in_the_sentence_takes_the_story_year(lang, text):
    assert stated(text, lang, story_days=STORY) == [(9, date(2025, 5, 13))]
    assert stated(text, lang) == [(9, None)]  # no story: no year, no date


def test_the_incidents_own_day_names_no_statement():
    events = (("earthquake, Myanmar, 2025-05-09", 4),)
    text = ("Le bilan du séisme survenu au Myanmar le 9 mai s'est élevé à 90 morts, "
            "a déclaré le ministre Paul Martin.")
    assert stated(text, "fr", story_days=STORY, story_events=events) == [(90, None)]
    text = ("Число погибших при землетрясении 9 мая выросло к 13 мая до 90 человек, сообщил "
            "министр Игорь Лавров.")  # the day after the event word, and the day said
    assert [d for _, d in stated(text, "ru", story_days=STORY)] == [date(2025, 5, 13)]


@pytest.mark.parametrize(("lang", "text", "qualifier"), [
    ("ru", "По данным разведки, погибли около тысячи солдат.", "about"),
    ("uk", "Чиновники повідомили, що близько тисячі військовослужбовців загинули в бою.",
     "about"),
    ("ru", "В боях под Херсоном погибли более тысячи солдат.", "more than"),
])
def test_a_scale_word_after_a_bound_is_one_of_it(lang, text, qualifier):
    """"около тысячи" is about a thousand: the genitive singular is written as the plural
    "тысячи" (thousands) is, and only a bound before it tells them apart."""
    found = [(f.low, f.qualifier, f.measure)
             for f in extract_foreign(text, lang, date(2025, 1, 1)).figures]
    assert found == [(1000, qualifier, "troops killed")]


@pytest.mark.parametrize("text", ["Тысячи людей покинули Херсон.",
                                  "Уже тысячи людей покинули Херсон."])
def test_thousands_alone_stay_vague(text):
    assert extract_foreign(text, "ru", date(2025, 1, 1)).figures == []


@pytest.mark.parametrize(("lang", "text", "measure"), [
    ("ru", "В больницах Твери остаются 92 пострадавших.", "in hospital"),
    ("ru", "Более 90 человек находятся в больницах.", "in hospital"),
    ("ru", "Министр Игорь Лавров сообщил, что 98 пострадавших выписаны из больниц.", "discharged"),
    ("uk", "У лікарнях Львова перебувають 40 постраждалих.", "in hospital"),
    ("pl", "W szpitalach w Gdańsku przebywa 30 rannych.", "in hospital"),
    ("de", "80 weitere Verletzte liegen in Kliniken in Leipzig.", "in hospital"),
    ("de", "80 weitere Opfer des Brandes liegen in Kliniken in Leipzig.", "in hospital"),
    ("ru", "В больницах Твери остаются 40 жертв взрыва.", "in hospital"),
])
def test_the_injured_still_in_hospital_are_a_count_of_their_own(lang, text, measure):
    """The count of those still treated falls as patients leave: it is not the count of
    everyone hurt, and read as "injured" it would make a falling series nobody said."""
    assert [f.measure for f in extract_foreign(text, lang, date(2025, 1, 1)).figures] == [
        measure]


@pytest.mark.parametrize(("lang", "text", "measure"), [
    ("de", "Im Krankenhaus starben fünf Menschen.", "killed"),  # the dead stay the dead
    ("de", "Die Zahl der Opfer des Brandes in Leipzig stieg auf 14.", "killed"),
    ("ru", "Погибли 40 человек, ранены 100.", "killed"),
])
def test_a_hospital_does_not_turn_the_dead_or_a_clause_away_into_patients(lang, text, measure):
    assert extract_foreign(text, lang, date(2025, 1, 1)).figures[0].measure == measure


QUAKE = (("earthquake, Turkey, 2025-05-09", 4),)  # 9 May 2025 is a Friday


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("pl", "Do 120 wzrosła w sobotę liczba ofiar trzęsienia ziemi w Turcji, do którego "
           "doszło w piątek, poinformował minister Jan Nowak.", date(2025, 5, 10)),
    ("de", "Das Erdbeben in der Türkei hatte sich am Freitag ereignet. Die Zahl der Toten "
           "stieg am Sonntagabend auf 120, teilte Minister Hans Weber mit.", date(2025, 5, 11)),
    ("es", "El número de muertos por el terremoto que sacudió Turquía el pasado viernes "
           "ascendió a 120 este lunes, informó el ministro Juan Pérez.", date(2025, 5, 12)),
])
def test_a_weekday_on_an_undated_page_of_the_incidents_week(lang, text, day):
    """A page that calls its incident by its weekday was written in the week after it:
    a statement's weekday is the first such day on or after the incident ("el pasado
    viernes" names the incident, not the statement)."""
    assert stated(text, lang, story_events=QUAKE) == [(120, day)]
    assert stated(text, lang) == [(120, None)]  # no incident known: nothing to count from


@pytest.mark.parametrize(("lang", "text"), [
    # the incident named by its date: the page may be written weeks later
    ("fr", "Le bilan du séisme survenu en Turquie le 9 mai s'est élevé samedi à 120 morts, "
           "a déclaré le ministre Paul Martin."),
    # the only weekday is the incident's own, right after the event word
    ("pl", "Liczba ofiar trzęsienia ziemi w piątek w Turcji wzrosła do 120, poinformował "
           "minister Jan Nowak."),
])
def test_no_weekday_is_read_without_the_incidents_week(lang, text):
    assert stated(text, lang, story_events=QUAKE) == [(120, None)]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Число пострадавших при взрыве в Твери выросло до 40 человек, сообщил губернатор "
           "Игорь Лавров в пятницу. «По состоянию на 08:00 13 мая пострадали 52 человека», "
           "— говорится в релизе ведомства."),
    ("uk", "Станом на вівторок, 13 травня, відомо про 52 постраждалих у Львові."),
    ("de", "Stand 13. Mai wurden in Leipzig 52 Verletzte gezählt."),
])
def test_an_as_of_day_dates_its_count_whoever_gives_it(lang, text):
    """A count "as of" a day is the count on that day: a quoted bulletin is dated by its
    own words, not by the source or the day of the sentence before; a count no source
    gives is dated too."""
    undated = dict(stated(text, lang, story_days=STORY))
    assert undated[52] == date(2025, 5, 13)
    dated = {f.low: f.attribution.stated_on
             for f in extract_foreign(text, lang, date(2025, 5, 14)).figures}
    assert dated[52] == date(2025, 5, 13)
