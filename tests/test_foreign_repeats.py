"""Figures stated twice, hedges through an adverb, and a scale word left out, in languages
read by rules (issue 11: the classes of extra figures on Ukrainian news).

Every text here is written for these tests: fictional officials, real places. Each rule is
checked beside a text it must leave alone.
"""

from __future__ import annotations

from datetime import date

from sitrep.extract.foreign import extract_foreign

MONDAY = date(2026, 3, 9)


def figures(text: str, lang: str = "uk") -> list[tuple]:
    return [(f.evidence.text, f.low, f.high, f.qualifier, f.measure,
             f.attribution.speaker or f.attribution.org)
            for f in extract_foreign(text, lang, MONDAY).figures]


# --- a value stated again --------------------------------------------------------------

def test_a_lead_without_source_restating_the_body_is_one_figure():
    text = ("У Харкові внаслідок обстрілу постраждали 27 людей.\n"
            "Рятувальники працюють на місці.\nДо міста прибули лікарі зі Львова.\n"
            "Сьогодні губернатор Петро Савчук повідомив, що постраждали 27 осіб.")
    found = figures(text)
    assert [(f[0], f[4], f[5]) for f in found] == [("27 осіб", "injured", "Петро Савчук")]
    # without the body's source, the first statement is kept
    text = "У Харкові постраждали 27 людей.\nУ Харкові постраждали 27 осіб."
    assert [f[0] for f in figures(text)] == ["27 людей"]


def test_an_outcome_alone_restates_the_same_outcome_of_someone_named():
    text = ("Міністр Андрій Ткач заявив, що загинули 90 військових.\n"
            "Рятувальники працюють на місці.\nДо міста прибули лікарі зі Львова.\n"
            "На сьогодні 90 вбито.")
    found = figures(text)
    assert [(f[1], f[5]) for f in found] == [(90, "Андрій Ткач")]


def test_the_same_value_for_other_things_or_other_sources_stays():
    # sent troops and killed troops are two counts, even when the value is the same
    text = ("Міністр Андрій Ткач заявив, що до Сум прибули 4 тис. військових.\n"
            "Вже 4 тис. військових загинуло.")
    assert len(figures(text)) == 2
    # two sources giving one value are two claims
    text = ("Мер Одеси Ігор Коваль повідомив, що постраждали 12 людей. "
            "Губернатор Петро Савчук заявив, що постраждали 12 людей.")
    assert [f[5] for f in figures(text)] == ["Ігор Коваль", "Петро Савчук"]
    # a depth said twice belongs to the quake and to its aftershock
    text = ("Поштовх стався на глибині 10 кілометрів. Повторний поштовх також стався на "
            "глибині 10 кілометрів.")
    assert len(figures(text)) == 2


# --- a hedge through an adverb ---------------------------------------------------------

def test_a_verb_of_exceeding_bounds_the_value_through_an_adverb():
    found = figures("Втрати у Херсоні вже перевищили 3000 людей, повідомив мер Ігор Коваль.")
    assert found[0][1:4] == (3000, None, "more than")
    found = figures("Кількість поранених перевищує вже 500 осіб.")
    assert found[0][1:4] == (500, None, "more than")
    found = figures("Число раненых превышает уже 500 человек.", "ru")
    assert found[0][1:4] == (500, None, "more than")
    # the adverb alone bounds nothing
    assert figures("У Полтаві вже 500 осіб отримали допомогу.")[0][1:4] == (500, 500, None)


# --- a scale word left out -------------------------------------------------------------

def test_a_bare_value_after_a_scaled_one_takes_its_scale():
    text = "«Вони можуть надіслати ще 30-40 тисяч. А можуть і 500», — сказав Андрій Ткач."
    assert [(f[1], f[2]) for f in figures(text)] == [(30000, 40000), (500000, 500000)]
    text = "«Они могут прислать еще 20 тысяч. А могут и 100», — сказал Иван Сомов."
    assert [(f[1], f[2]) for f in figures(text, "ru")] == [(20000, 20000), (100000, 100000)]


def test_a_smaller_or_counted_value_keeps_its_own_size():
    # a value not larger than the digits before the scale is no escalation
    text = "«Приїхали 12 тисяч. Повернулися 3», — сказав Андрій Ткач."
    assert [f[1] for f in figures(text)] == [12000, 3]
    # a value that counts something named is read as written
    text = "«Приїхали 12 тисяч. А загинули 500 осіб», — сказав Андрій Ткач."
    assert [f[1] for f in figures(text)] == [12000, 500]
    # a scaled figure that counts something does not lend its scale
    text = "До Сум прибули 12 тисяч військових. А можуть і 500."
    assert figures(text)[0][1] == 12000
    assert 500000 not in [f[1] for f in figures(text)]
