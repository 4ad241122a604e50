"""Extraction from news in Russian, Ukrainian, Polish and German (and Spanish, a language
added as a folder of data alone): figures with their bounds, hedges and one English
measure, the speaker or body behind them, and when they said it.

Every text here is written for these tests: fictional officials, real places.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.foreign import extract_foreign, readable
from sitrep.extract.runner import ExtractionJob, run_job

MONDAY = date(2026, 3, 9)  # a Monday; "on Tuesday" is 2026-03-03, the Tuesday before


def figures(text: str, lang: str, published: date | None = MONDAY) -> list[tuple]:
    out = extract_foreign(text, lang, published)
    return [(f.evidence.text, f.low, f.high, f.qualifier, f.measure, f.attribution.speaker,
             f.attribution.org, f.attribution.stated_on) for f in out.figures]


def one(text: str, lang: str, published: date | None = MONDAY) -> tuple:
    found = figures(text, lang, published)
    assert len(found) == 1, found
    return found[0]


# --- Russian ---------------------------------------------------------------------------

def test_ru_inflected_number_words_and_a_scale():
    assert one("Спасатели вывезли около двух тысяч жителей Самары.", "ru")[1:4] == (
        2000, 2000, "about")
    assert one("В Томске задержаны тридцати двух подозреваемых.", "ru")[1] == 32


def test_ru_hedges_give_the_bound():
    _, low, high, qualifier, measure, *_ = one("В Казани погибли не менее 12 человек.", "ru")
    assert (low, high, qualifier, measure) == (12, None, "at least", "killed")
    assert one("Пострадали до 40 человек.", "ru")[1:4] == (None, 40, "up to")
    # after a word of change, "до" gives the new value, not an upper bound
    assert one("Число погибших выросло до 40 человек.", "ru")[1:3] == (40, 40)


def test_ru_ranges_share_their_scale():
    assert one("В Пскове разместят от 30 до 40 тыс. военнослужащих.", "ru")[1:3] == (
        30000, 40000)
    assert one("Туда прибудут 2-3 миллиона туристов.", "ru")[1:3] == (2000000, 3000000)


def test_ru_speaker_and_date_with_a_preposition():
    found = one("Во вторник губернатор Иван Сомов заявил, что в Самаре ранены 14 человек.",
                "ru")
    assert found[4:] == ("injured", "Иван Сомов", None, date(2026, 3, 3))


def test_ru_genitive_after_according_to_is_put_in_the_nominative():
    found = one("По словам министра Петра Волкова, погибли 7 человек.", "ru")
    assert found[5] == "Петр Волков"


def test_ru_a_body_gets_its_english_name_and_a_later_sentence_points_back():
    found = figures("В Твери пострадали 23 человека. Об этом сообщили в МЧС России.", "ru")
    assert [f[6] for f in found] == ["Russian Emergencies Ministry"]


def test_ru_dates_years_times_and_names_are_not_figures():
    assert figures("Учения «Запад-2025» прошли 12 сентября 2025 года в 19.30 у Бреста.",
                   "ru") == []


# --- Ukrainian -------------------------------------------------------------------------

def test_uk_hedge_scale_and_speaker():
    found = one("У понеділок речник Олег Дорош повідомив, що у Львові загинули понад "
                "п'ятнадцять тисяч солдатів.", "uk")
    assert found[1:4] == (15000, None, "more than")
    assert found[4] == "troops killed" and found[5] == "Олег Дорош"
    assert found[7] == date(2026, 3, 9)


def test_uk_a_quotation_belongs_to_the_speaker_after_it():
    text = ("«Ми бачили 12 тисяч військових. Ще 300 зникли», — сказав міністр Тарас "
            "Гнатюк.")
    assert {f[5] for f in figures(text, "uk")} == {"Тарас Гнатюк"}


def test_uk_according_to_him_takes_the_last_person_named():
    text = ("Мер Одеси Ігор Коваль заявив про нову хвилю. За його словами, постраждали "
            "близько 40 осіб.")
    found = figures(text, "uk")
    assert found[-1][1:6] == (40, 40, "about", "injured", "Ігор Коваль")


# --- Polish ----------------------------------------------------------------------------

def test_pl_inflected_number_words_ranges_and_hedges():
    assert one("W Gdańsku zginęło co najmniej trzech strażaków.", "pl")[1:4] == (
        3, None, "at least")
    assert one("Do Lublina przybędzie od 30 do 40 tys. żołnierzy.", "pl")[1:3] == (
        30000, 40000)
    assert one("Rannych jest ponad 1200 osób.", "pl")[1:4] == (1200, None, "more than")


def test_pl_speaker_and_weekday():
    found = one("We wtorek rzecznik Marek Zając powiedział, że w Poznaniu rannych "
                "zostało 18 osób.", "pl")
    assert found[4:] == ("injured", "Marek Zając", None, date(2026, 3, 3))


def test_pl_according_to_a_body():
    found = one("Według Ministerstwa Obrony w Rzeszowie zatrzymano 5 osób.", "pl")
    assert found[4] == "detained" and found[6] == "Ministry of Defence"


# --- German ----------------------------------------------------------------------------

def test_de_number_words_scales_and_grouping():
    assert one("In Dresden wurden dreißig Menschen verletzt.", "de")[1:5] == (
        30, 30, None, "injured")
    assert one("Rund 3.354 Menschen starben in Leipzig.", "de")[1:4] == (3354, 3354, "about")
    assert one("Die Hilfe beträgt 2,5 Mio. Euro.", "de")[1] == 2500000


def test_de_hedges_and_ranges():
    assert one("Bis zu 40 Soldaten wurden verwundet.", "de")[1:4] == (None, 40, "up to")
    assert one("Die Zahl der Toten ist auf mindestens 115 gestiegen.", "de")[1:4] == (
        115, None, "at least")
    assert one("Zwischen Kiel und Lübeck stehen 11.000 bis 12.000 Soldaten.", "de")[1:3] == (
        11000, 12000)


def test_de_speaker_date_and_common_nouns_are_no_names():
    found = one("Am Dienstag sagte Ministerin Anna Kessler, in Bremen seien 12 Tote "
                "geborgen worden.", "de")
    assert found[4:] == ("killed", "Anna Kessler", None, date(2026, 3, 3))
    found = one("Die Todesopfer wurden gezählt: 9 Tote, teilte die Behörde mit.", "de")
    assert found[5] is None


# --- Spanish: a language added as a folder of data, no code ----------------------------

def test_es_read_from_its_folder_alone():
    assert readable("es")
    found = one("El lunes el portavoz Luis Serrano dijo que en Sevilla murieron más de "
                "20 personas.", "es")
    assert found[1:6] == (20, None, "more than", "killed", "Luis Serrano")
    assert found[7] == date(2026, 3, 9)


# --- dispatch --------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["ru", "uk", "pl", "de", "es"])
def test_the_runner_reads_each_language(lang: str):
    texts = {"ru": "Погибли 5 человек.", "uk": "Загинули 5 осіб.", "pl": "Zginęło 5 osób.",
             "de": "5 Menschen starben.", "es": "Murieron 5 personas."}
    result = run_job(ExtractionJob("a1", texts[lang], MONDAY, lang))
    assert [f.low for f in result.figures] == [5]  # type: ignore[union-attr]


def test_a_language_without_rules_is_not_misread():
    assert not readable("tr") and not readable("en")
    result = run_job(ExtractionJob("a1", "İzmir'de 12 kişi öldü.", MONDAY, "tr"))
    assert result.figures == []  # type: ignore[union-attr]
