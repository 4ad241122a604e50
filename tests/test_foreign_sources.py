"""Who stands behind the figures of news in other languages, and which event they are
about: a source carried over the next sentences and paragraphs (the English carry-over
rule), German verbs whose particle ends the clause, a demonstrative pointing back, a body
referred to as "the agency", a government named by its country, and an ongoing event
named by type and place as the English reader names it.

Every text here is written for these tests: fictional officials, real places.
"""

from __future__ import annotations

from datetime import date

from sitrep.extract.foreign import extract_foreign
from sitrep.ledger.instances import subject_aliases

MONDAY = date(2026, 3, 9)


def who(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    """(evidence, speaker, org) of every figure."""
    return [(f.evidence.text, f.attribution.speaker, f.attribution.org)
            for f in extract_foreign(text, lang, MONDAY).figures]


# --- carrying a source on ----------------------------------------------------------------

def test_ru_a_source_goes_on_into_the_next_paragraph_on_the_same_topic():
    text = ("Министр здравоохранения Олег Вершинин сообщил, что в Томске погибли 12 человек.\n\n"
            "Ещё 30 человек ранены, трое из них в тяжёлом состоянии.")
    found = who(text, "ru")
    assert [f[1] for f in found] == ["Олег Вершинин"] * len(found), found
    assert any(f[0].startswith("30") for f in found)


def test_ru_a_paragraph_naming_another_body_is_not_carried_into():
    text = ("Министр здравоохранения Олег Вершинин сообщил, что в Томске погибли 12 человек.\n\n"
            "В МЧС при этом говорят о 15 погибших.")
    found = who(text, "ru")
    assert found[-1][1] != "Олег Вершинин", found
    assert found[-1][2] == "Russian Emergencies Ministry", found


def test_pl_the_writers_own_voice_stops_the_carrying():
    text = ("Wojewoda Marek Zawadzki poinformował, że w Lublinie zginęło 9 osób.\n\n"
            "Tych danych nie udało się niezależnie zweryfikować; rannych jest 20 osób.")
    found = who(text, "pl")
    assert found[0][1] == "Marek Zawadzki"
    assert found[-1][1:] == (None, None), found


# --- cues ------------------------------------------------------------------------------

def test_de_a_verb_whose_particle_ends_the_clause_is_a_verb_of_saying():
    found = who("Die polnische Regierung gab die Zahl der Verletzten am Dienstag mit 35 an.",
                "de")
    assert found == [("35", None, "Government of Poland")], found


def test_de_das_teilte_mit_speaks_for_the_sentence_before():
    text = ("Bei dem Brand in Kassel starben 14 Menschen. "
            "Das teilte Innenminister Jonas Berghoff am Dienstag mit.")
    assert who(text, "de")[0][1] == "Jonas Berghoff"


def test_ru_a_surname_one_word_before_its_verb():
    found = who("Терехов также рассказал, что 98 пострадавших выписаны из больниц.", "ru")
    assert found[0][1] == "Терехов", found
    # a capitalised word the dictionary inflects is no name
    found = who("Последние сводки говорят о 40 погибших в Омске.", "ru")
    assert found[0][1] is None, found


def test_ru_the_agency_is_the_body_named_before():
    text = ("МЧС России сообщило о 20 погибших в Омске.\n\n"
            "«В больницах остаются 45 человек», — говорится в релизе на сайте ведомства.")
    found = who(text, "ru")
    assert found[-1] == ("45 человек", None, "Russian Emergencies Ministry"), found


# --- governments named by their country ------------------------------------------------

def test_a_government_named_by_its_country_in_each_language():
    cases = [("Власти Мьянмы сообщили о 300 погибших.", "ru", "Government of Myanmar"),
             ("Уряд Польщі повідомив про 12 загиблих.", "uk", "Government of Poland"),
             ("Władze Litwy podały, że rannych zostało 8 osób.", "pl", "Government of Lithuania"),
             ("Die chinesische Regierung teilte mit, 5 Menschen seien gestorben.", "de",
              "Government of China")]
    for text, lang, org in cases:
        found = who(text, lang)
        assert found and found[0][2] == org, (lang, found)


def test_a_country_alone_is_no_government():
    found = who("В Мьянме погибли 300 человек.", "ru")
    assert found[0][2] is None, found


# --- the event an ongoing story is about -----------------------------------------------

def test_an_ongoing_event_is_named_by_type_and_place():
    ru = extract_foreign("Война России против Украины продолжается. В Харькове погибли "
                         "5 человек.", "ru", MONDAY)
    assert ru.main_event == "war, Russia / Ukraine"
    # a country further before the event word is the sentence's subject, not its place
    uk = extract_foreign("Втрати Північної Кореї у війні проти України зросли до 400 осіб.",
                         "uk", MONDAY)
    assert uk.main_event == "war, Ukraine"
    # an incident keeps its type alone: the ledger knows it by its one dated instance
    de = extract_foreign("Nach dem Erdbeben in Myanmar starben 40 Menschen.", "de", MONDAY)
    assert de.main_event == "earthquake"


def test_aliases_follow_a_chain_to_the_instance_the_store_knows():
    names = (["war, Ukraine"] * 10 + ["war, Russia / Ukraine"] * 6
             + ["war, North Korea / Ukraine"])
    aliases = subject_aliases(names)
    assert aliases["war, Ukraine"] == "war, Russia / Ukraine"
    assert aliases["war, North Korea / Ukraine"] == "war, Russia / Ukraine"


def test_ru_an_announcement_with_no_figure_goes_on_into_the_next_paragraph():
    text = ("Власти Казахстана обновили данные о пострадавших при пожаре в Караганде.\n\n"
            "Число погибших достигло 14 человек, ещё 30 человек ранены.")
    found = who(text, "ru")
    assert [f[2] for f in found] == ["Government of Kazakhstan"] * 2, found


def test_ru_an_impersonal_cue_refers_to_the_last_source():
    text = ("Агентство Reuters сообщило о потерях в Курской области.\n\n"
            "Как указано в публикации, в боях погибли около 300 военных.")
    assert who(text, "ru")[-1][2] == "Reuters"


def test_de_a_figure_stated_again_with_its_source_is_that_sources():
    text = ("In Kassel ist die Zahl der Toten auf 21 gestiegen. „Die Zahl der Toten ist auf 21 "
            "gestiegen“, erklärte das Verteidigungsministerium am Dienstag.")
    found = who(text, "de")
    assert [f[2] for f in found] == ["Ministry of Defence"] * len(found), found


def test_ru_investigators_are_the_investigative_committee():
    found = who("Ранее следователи сообщили о 40 погибших в Новосибирске.", "ru")
    assert found[0][2] == "Investigative Committee of Russia", found


def test_killed_or_wounded_together_are_casualties():
    for text, lang in [("В боях погибли или ранены около 3800 военных.", "ru"),
                       ("На сьогодні 3800 вбито і поранено.", "uk")]:
        measures = [f.measure or "" for f in extract_foreign(text, lang, MONDAY).figures]
        assert measures and measures[0].endswith("casualties"), (lang, measures)
    # one outcome alone stays what it is
    assert extract_foreign("Zginęło 40 osób.", "pl", MONDAY).figures[0].measure == "killed"


# --- quotations, pledges, governments named without their country --------------------

def test_uk_a_quotation_of_several_sentences_is_the_source_named_after_it():
    text = ("Міністр оборони Петро Гнатюк виступив у Львові.\n\n"
            "\"На кордоні вже 5 тисяч солдатів. Ідуть ще 20 тисяч. Ми готові\", "
            "— пояснив Петро Гнатюк.")
    found = who(text, "uk")
    assert [f[0] for f in found] == ["5 тисяч солдатів", "20 тисяч"], found
    assert all(f[1] == "Петро Гнатюк" for f in found), found


def test_de_a_quotation_closed_without_a_source_after_it_gives_none():
    text = ("„In Aleppo gibt es 40 Tote. Wir zählen noch 15 Vermisste.“ Die Lage bleibt unklar.")
    found = who(text, "de")
    assert found and all(f[1:] == (None, None) for f in found), found


def test_de_a_country_that_pledges_money_speaks_as_its_government():
    text = ("Als die Helfer 50 Millionen Euro für Syrien forderten, versprach das Nachbarland "
            "Türkei 5 Millionen Euro.\n\nAm Dienstag versprach Frankreich weitere 20 Millionen "
            "Euro für Notunterkünfte in Aleppo.")
    found = who(text, "de")
    assert found[-1] == ("20 Millionen Euro", None, "Government of France"), found
    assert ("5 Millionen Euro", None, "Government of Turkey") in found, found


def test_ru_a_country_that_pledges_speaks_as_its_government():
    found = who("Китай пообещал выделить Сирии 50 млн долларов на восстановление.", "ru")
    assert found and found[0][2] == "Government of China", found


def test_de_state_media_without_a_country_are_the_government_of_the_country_named():
    text = ("Nach Angaben der Staatsmedien ist die Zahl der Toten in Syrien auf 412 gestiegen.\n\n"
            "Das Beben hatte Aleppo am Montag getroffen. Syrien bat um Hilfe.\n\n"
            "Nach offiziellen Angaben wurden außerdem 90 Menschen verletzt.")
    found = who(text, "de")
    assert [f[2] for f in found] == ["Government of Syria"] * 2, found


def test_pl_official_figures_without_a_country_are_the_government_of_the_article_country():
    text = ("Trzęsienie ziemi nawiedziło Syrię w poniedziałek. Syria prosi o pomoc.\n\n"
            "Według oficjalnych danych zginęło 300 osób.")
    found = who(text, "pl")
    assert found and found[-1][2] == "Government of Syria", found


def test_uk_a_surname_the_dictionary_knows_as_a_name_speaks_at_the_sentence_start():
    text = ("Шевченко додав, що армія країни зросла. Чисельність армії становить 700 тис. осіб.")
    found = who(text, "uk")
    assert found == [("700 тис. осіб", "Шевченко", None)], found


def test_uk_a_common_noun_at_the_sentence_start_is_still_no_speaker():
    found = who("Міністерство повідомило, що в Одесі загинули 5 осіб.", "uk")
    assert found and found[0][1] is None, found


def test_uk_a_health_ministry_named_without_its_country_is_ukraines_own():
    assert who("Мінздрав повідомив, що в Одесі загинули 5 осіб.", "uk")[0][2] \
        == "Ukrainian Health Ministry"
    assert who("Мінздрав Росії повідомив, що в Бєлгороді загинули 5 осіб.", "uk")[0][2] \
        == "Russian Health Ministry"


def test_ru_a_minister_who_cites_data_speaks_for_the_figure():
    """"привёл данные" (cited the data) is a verb of saying; the body named in the sentence
    before is not carried over it."""
    text = ("В Минздраве Томской области сообщили, что в больницах остаются 41 человек. "
            "В свою очередь, министр здравоохранения Олег Вершинин привёл данные о том, "
            "что в больницах остаются 43 пострадавших.")
    found = who(text, "ru")
    assert found[-1][:2] == ("43 пострадавших", "Олег Вершинин"), found


def test_ru_a_verb_that_cites_data_alone_names_no_speaker():
    found = who("Взрыв в Томске привёл к гибели 7 человек.", "ru")
    assert found and found[0][1] is None and found[0][2] is None, found


def test_ru_counts_by_condition_are_parts_of_the_injured_not_their_total():
    text = ("Всего пострадали 64 человека. По словам министра, состояние 12 пострадавших "
            "врачи оценивают как тяжёлое, 20 — средней тяжести, ещё 9 человек ждут выписки.")
    measures = {f.evidence.text.split()[0]: f.measure
                for f in extract_foreign(text, "ru", MONDAY).figures}
    assert measures["64"] == "injured", measures
    assert measures["12"] == "in serious condition", measures
    assert measures["20"] == "in moderate condition", measures
    assert measures["9"] == "discharged", measures


def test_ru_a_recap_of_what_happened_is_the_writers_own_voice():
    text = ("Министр здравоохранения Олег Вершинин сообщил, что в больницах остаются 14 "
            "человек. Взрыв на заводе в Томске произошёл вечером 3 марта. В результате взрыва "
            "погибли 9 человек, 30 получили ранения.")
    found = who(text, "ru")
    assert found[0][1] == "Олег Вершинин", found
    assert [f[1] for f in found[1:]] == [None] * (len(found) - 1), found


def test_pl_a_venues_name_is_no_speaker():
    found = who("W pożarze w Spodek Arena w Katowicach zginęło 12 osób, podał portal.", "pl")
    assert found and found[0][1] is None, found


def test_pl_an_outlet_named_after_a_noun_of_the_press_speaks():
    found = who("W pożarze w Katowicach zginęło 12 osób, podał portal informacyjny Kurier.", "pl")
    assert found and found[0][1] == "Kurier", found
