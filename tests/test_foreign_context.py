"""Numbers that are no figures in languages read by rules, and what a kept one counts:
recipes and instructions, labels and codes, spans of time that date something, negations;
a sum's measure from what the money is; a German count named by the noun after it.

Every text here is written for these tests: made-up recipes, fictional officials, real
places. Each rule is checked with a sentence it must leave alone beside one it must reject.
"""

from __future__ import annotations

from sitrep.extract.foreign import extract_foreign
from sitrep.lang.glossary import glossary


def found(text: str, lang: str) -> list[tuple]:
    return [(f.evidence.text, f.low, f.high, f.measure, f.unit)
            for f in extract_foreign(text, lang).figures]


def values(text: str, lang: str) -> list[float | None]:
    return [f.low if f.low is not None else f.high for f in extract_foreign(text, lang).figures]


# --- recipes and instructions ----------------------------------------------------------

def test_a_line_with_kitchen_quantities_gives_no_figure_in_any_language():
    lines = {
        "ru": "Для теста: 200 г муки, 2 яйца, 3 ст. л. сахара и 1,5 стакана молока.",
        "uk": "Для тіста: 250 г борошна, 2 яйця, 1 ч. л. солі.",
        "pl": "Składniki: 300 g mąki, 2 łyżki cukru, 3 jajka.",
        "de": "Zutaten: 250 g Mehl, 2 EL Zucker, 3 Eier.",
        "es": "Ingredientes: 200 g de harina, 2 cucharadas de azúcar, 3 huevos.",
    }
    for lang, line in lines.items():
        assert found(line, lang) == [], lang


def test_a_year_before_the_year_abbreviation_is_no_kitchen_unit():
    # "г." after a year is the year, not grams: the line's count stays
    assert values("В 2024 г. в Самаре погибли 12 человек.", "ru") == [12]


def test_an_instruction_with_a_cooking_verb_gives_no_figure():
    assert found("Запекайте пирог 25−30 минут при 180 градусах.", "ru") == []
    assert found("Разогреть духовку до 200 градусов.", "ru") == []
    assert found("Поставьте форму в разогретую до 190 градусов духовку.", "ru") == []
    assert found("Den Backofen auf 180 Grad vorheizen.", "de") == []


def test_a_past_form_of_a_cooking_verb_is_a_speaker_not_an_instruction():
    # "жарили" is the lemma "жарить", but tells what people did: no instruction
    assert values("В парке Самары жарили шашлыки 14 человек.", "ru") == [14]
    # a verb news uses for other things is no cooking verb: "тушить" a fire
    assert values("Спасатели продолжают тушить пожар в Омске, погибли 5 человек.", "ru") == [5]
    assert values("Губернатор Иван Сомов добавил, что ранены 14 человек.", "ru") == [14]


# --- labels, codes, markup -------------------------------------------------------------

def test_a_label_word_or_sign_before_a_number_makes_it_a_label():
    assert values("Nach § 291 Absatz 3 Nr. 4 des Gesetzes wurden 40 Verletzte behandelt.",
                  "de") == [40]
    assert values("Дело возбуждено по статье № 205, задержаны 4 человека.", "ru") == [4]


def test_letters_glued_to_digits_make_a_code():
    assert found("Der Standard HL7 gilt nach 291a weiter.", "de") == []
    assert values("В Курске пострадали 5км от центра 12 человек.", "ru") == [5, 12]


def test_a_latin_word_before_a_number_in_a_cyrillic_text_is_a_code():
    assert found("Введите команду speedmult 125 в консоли.", "ru") == []
    assert values("В Омске задержаны 125 человек.", "ru") == [125]


def test_a_per_cent_sign_before_digits_is_markup():
    assert found("Голосование: %165 голосов %250 голосов %437 голосов", "ru") == []


def test_a_number_glued_by_a_hyphen_to_a_word_the_tables_do_not_know_is_no_count():
    assert found("Der Zugang mit 2-Faktor-Schutz wird nach 12-monatiger Pause gelöscht.",
                 "de") == []
    assert found("In Bangkok stürzte ein 30-stöckiges Hochhaus ein.", "de")[0][1:4] == (
        30, 30, "storeys")
    assert found("Die 1,7-Millionen-Einwohner-Stadt Mandalay liegt am Fluss.", "de")[0][1] == (
        1_700_000)


# --- dates and spans of time -----------------------------------------------------------

def test_a_day_written_with_its_period_is_a_date():
    assert values("Am 12. bis 13. September kamen mehr als 40.000 Besucher nach Köln.",
                  "de") == [40000]
    assert values("Am 28. März wurden in Bonn 17 Verletzte gezählt.", "de") == [17]
    assert values("Hasta el 31 de marzo, en Cusco murieron 25 personas.", "es") == [25]


def test_a_span_of_time_that_dates_something_is_no_figure():
    assert found("Пять лет назад в Омске открыли завод.", "ru") == []
    assert found("Через 6 месяцев завод в Омске закрыли.", "ru") == []
    assert values("Acht Tage nach dem Beben wurden in Mandalay 300 Tote gezählt.", "de") == [300]
    assert found("Dwanaście minut później w Gdańsku wszystko ucichło.", "pl") == []
    # a duration claimed stays
    assert found("Режим ЧС в Омске продлится 14 дней.", "ru")[0][3] == "duration (days)"


# --- negations and "one" ---------------------------------------------------------------

def test_none_and_one_as_a_pronoun_are_no_counts():
    assert found("В Самаре не пострадал ни один человек.", "ru") == []
    assert found("Мы сидели за одним столом с другими людьми.", "ru") == []
    assert values("В Самаре погиб один человек.", "ru") == [1]


# --- money -----------------------------------------------------------------------------

def test_a_sum_is_measured_by_what_the_money_is():
    assert found("Ущерб от пожара в Самаре оценивается в 6 млрд руб.", "ru")[0][3:] == (
        "damage (RUB)", "RUB")
    assert found("Обед в Самаре обошелся мне в 400 рублей.", "ru")[0][3:] == (
        "cost (RUB)", "RUB")
    assert found("Seitdem wurde mehr als eine Milliarde Euro in das Projekt investiert.",
                 "de")[0][3:] == ("investment (EUR)", "EUR")
    assert found("Die Stadt Bonn forderte 275 Millionen US-Dollar für Hilfsmittel.",
                 "de")[0][3:] == ("aid (USD)", "USD")
    assert found("Lima prometió $ 2 millones en ayuda para Cusco.", "es")[0][1:] == (
        2_000_000, 2_000_000, "aid (USD)", "USD")


def test_a_sum_with_nothing_said_of_it_names_only_its_currency():
    assert found("В ресторане в Париже – в 800 евро.", "ru")[0][3:] == (None, "EUR")


# --- German counts -----------------------------------------------------------------------

def test_a_german_count_is_named_by_the_noun_after_it():
    """In English when FreeDict's dictionary is installed (``make dictionaries``), as
    written when it is not; a word no dictionary holds stays as written either way."""
    got = found("Das Netz in Bremen umfasst 16 Kliniken und steht ca. 10 Mio. Versicherten "
                "offen.", "de")
    clinics = "clinics" if glossary("de") is not None else "Kliniken"
    assert [(g[0], g[3]) for g in got] == [("16 Kliniken", clinics),
                                           ("ca. 10 Mio. Versicherten", "Versicherten")]
    assert found("In Köln sprachen über 500 Top-Speakern.", "de")[0][3] == "Top-Speakern"
    # a noun the tables know still gives the English measure
    assert found("In Bremen wurden 40 Verletzte behandelt.", "de")[0][3] == "injured"


def test_a_range_with_a_minus_sign_is_one_range():
    assert found("В Пскове разместят 2−3 тысячи военных.", "ru")[0][1:4] == (
        2000, 3000, "troops")


def test_parts_of_dates_and_a_list_numbering_are_no_counts():
    assert values("Обновлено 23/03/2024 в Самаре: погибли 7 человек.", "ru") == [7]
    assert values("2024-3-26 В Самаре погибли 7 человек.", "ru") == [7]
    assert found("1. Strzelanina w Gdańsku", "pl") == []
    assert found("Дело возбуждено по ст. 205 УК.", "ru") == []


def test_a_number_word_that_counts_nothing_is_an_idiom_but_a_hedged_one_stays():
    assert found("Она в Самаре выглядит на все сто.", "ru") == []
    assert values("W Gdańsku ponad sto, w tym dzieci, odniosło obrażenia.", "pl") == [100]


def test_a_decimal_written_the_english_way_where_a_period_groups_thousands():
    assert found("Lima envió $ 13.9 millones en ayuda a Cusco.", "es")[0][1:] == (
        13_900_000, 13_900_000, "aid (USD)", "USD")
    assert values("In Bonn wurden 3.354 Tote gezählt.", "de") == [3354]
    assert found("Lima prometió mil millones de yuanes en ayuda.", "es")[0][1:] == (
        1_000_000_000, 1_000_000_000, "aid (CNY)", "CNY")


def test_a_property_named_before_its_value_and_a_total_before_a_verb_of_change():
    assert found("Землетрясение магнитудой 6,1 произошло у Читы.", "ru")[0][3] == "magnitude"
    assert found("Ein Beben der Stärke von 5,9 erschütterte Bonn.", "de")[0][3] == "magnitude"
    # the total is named before the verb, far from the number
    assert found("Die Zahl der Toten in Bonn ist nach offiziellen Angaben sprunghaft auf 94 "
                 "angestiegen.", "de")[0][3] == "killed"
    # without a verb of change, a word far before names nothing
    assert found("Die Zahl der Toten in Bonn nannte die Stadt gestern und heute mit 94.",
                 "de")[0][3] is None


def test_an_outcome_right_before_a_value_names_it_unless_one_stands_right_after():
    got = found("В Самаре погибли не менее 39 человек и еще более 80 человек ранены.", "ru")
    assert [(g[1], g[3]) for g in got] == [(39, "killed"), (80, "injured")]
    got = found("En Cusco hubo al menos 200 muertos y 730 heridos.", "es")
    assert [(g[1], g[3]) for g in got] == [(200, "killed"), (730, "injured")]


def test_a_total_named_after_the_verb_of_change():
    assert found("Do 1002 wzrosła w sobotę liczba ofiar śmiertelnych w Gdańsku.",
                 "pl")[0][3] == "killed"


def test_the_german_noun_read_from_the_text_stops_at_a_function_word():
    assert found("Die meisten der mehr als 10.000 in den Osten geschickten Helfer.",
                 "de")[0][3] is None
    raids = "air raids" if glossary("de") is not None else "Luftangriffen"
    assert found("In Bonn kam es zu mindestens 16 Luftangriffen des Militärs.",
                 "de")[0][3] == raids


def test_an_item_number_at_a_line_start_is_no_count_but_a_count_on_the_line_is():
    shop = ("Le offerte di lunedì a Torino:\n1) Trenino Elettrico Sprint\nhttp://example.com/a\n"
            "2) Zaino da viaggio\n10) Modellino in scala\n")
    assert found(shop, "it") == []
    news = "Il prefetto di Torino ha detto:\n1) 45 famiglie sono state evacuate.\n"
    assert values(news, "it") == [45]


def test_digits_after_a_name_an_apostrophe_or_a_bracket_count_nothing():
    # a model number after a brand, a decade, an aside in brackets (an age, a box's size)
    assert found("Il nuovo Trenino Lampo 26447 arriva a Torino.", "it") == []
    assert found("Le offerte nostalgiche degli anni ’80 e ’90 a Milano.", "it") == []
    assert found("Il cofanetto Serie Completa (45) costa poco a Milano.", "it") == []
    assert found("Le scarpe Mario Rossi (45) sono in vendita a Lione.", "fr") == []
    # a count the tables know stays, after a capitalised word too
    assert values("A Torino sono morte 12 persone, ha detto il prefetto.", "it") == [12]
    assert values("Le Monde: 30 morts à Lyon, selon la préfecture.", "fr") == [30]
    # a sentence's first word is capitalised whatever it is: its count stays
    assert values("Rientrati 30 a Torino, ha detto il sindaco.", "it") == [30]


# --- tables written out as text ----------------------------------------------------------

def test_the_rows_of_a_table_give_no_figure_but_a_sentence_of_counts_does():
    table = ("Wertung nach 30 Rennen:\nPlatz Fahrer Punkte Siege\n"
             "1 Lena Ruiz 4120 5 1 17\n2 Ole Brandt 4005 3 0 12\n3 Ivo Marek 3988 2 2 11\n")
    assert values(table, "de") == [30]  # the heading's count stays, no cell of a row
    rows = "1 Anna Nowak 812 4 0 9\n2 Jan Lis 790 1 2 7\n"
    assert values(rows, "pl") == []
    # a sentence of several counts is no table: its words outnumber its numbers
    sentence = "In Porto morreram 5 pessoas, 12 ficaram feridas, 3 desapareceram e 40 fugiram."
    assert values(sentence, "pt") == [5, 12, 3, 40]


def test_a_number_in_a_quoted_title_is_no_figure_but_a_quoted_count_is():
    assert values("Receba o ebook “As 5 Etapas para Ler em Casa”, um guia gratuito.", "pt") == []
    assert values("Ele disse: “5 pessoas morreram em Porto”.", "pt") == [5]


def test_a_number_opening_its_line_before_a_name_is_a_rank():
    assert values("Resultados finais:\n2 Lena Ruiz\n3 Ole Brandt\n", "pt") == []
    assert values("5 pessoas morreram em Porto.", "pt") == [5]
