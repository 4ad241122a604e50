"""The fields of a figure in German and Ukrainian news that the rule reader once got wrong
while finding the figure itself: the thing counted said by an idiom, and who stands behind
a figure or when it was said.

Every text here is written for these tests: fictional officials and events, real places.
"""

from __future__ import annotations

from datetime import date

from foreign_lookup import figure_of

PUBLISHED = date(2026, 3, 9)


def measure_of(text: str, lang: str, evidence: str) -> str | None:
    return figure_of(text, lang, evidence, PUBLISHED).measure


def test_de_ums_leben_kommen_counts_the_dead():
    assert measure_of("Bei dem Grubenunglück in Bochum sind 14 Menschen ums Leben gekommen.",
                      "de", "14") == "killed"
    assert measure_of("Nach Schätzungen der Behörde könnten bis zu 900 Menschen ums Leben "
                      "gekommen sein.", "de", "900") == "killed"
    assert measure_of("In der Nacht kamen in Leipzig sieben Menschen ums Leben.",
                      "de", "sieben") == "killed"


def test_de_leben_alone_counts_no_dead():
    assert measure_of("In Leipzig leben 600.000 Menschen.", "de", "600.000") != "killed"


def source_of(text: str, lang: str, evidence: str) -> str | None:
    said = figure_of(text, lang, evidence, PUBLISHED).attribution
    return said.org or said.speaker


RUSSIAN_PAGE = ("In Russland ist ein Einkaufszentrum in Kasan abgebrannt. Russland vermutet "
                "Brandstiftung, ein Zusammenhang mit der Ukraine sei nicht erwiesen. ")


def test_de_a_body_that_detains_owns_the_count_of_the_detained():
    text = RUSSIAN_PAGE + "Die Behörden haben bislang sieben Personen festgenommen."
    assert source_of(text, "de", "sieben") == "Russian authorities"


def test_de_a_separable_verb_of_acting_with_its_particle_at_the_end():
    text = RUSSIAN_PAGE + "Zugleich gingen die Behörden von rund 60 Verletzten aus."
    assert source_of(text, "de", "60") == "Russian authorities"


def test_de_a_body_that_provides_a_sum_owns_it():
    text = "Die EU hat für Myanmar eine Soforthilfe von 4 Millionen Euro bereitgestellt."
    assert source_of(text, "de", "4 Millionen") == "European Union"


def test_de_a_body_that_raises_a_toll_dates_it_by_its_own_day():
    text = "In Myanmar hat ein Beben schwere Schäden angerichtet. Die Junta hat die Zahl " \
           "der Toten am Samstag auf 1.200 erhöht."
    fig = figure_of(text, "de", "1.200", PUBLISHED)
    assert fig.attribution.org == "Burmese military government"
    assert fig.attribution.stated_on == date(2026, 3, 7)


def test_de_a_body_after_a_preposition_is_no_actor():
    text = "Bei einer Razzia gegen die Junta nahmen Rebellen in Myanmar zwölf Soldaten fest."
    assert source_of(text, "de", "zwölf") is None


def test_de_an_act_is_its_sentences_alone():
    text = RUSSIAN_PAGE + ("Die Behörden haben bislang sieben Personen festgenommen. Im "
                           "Einkaufszentrum gab es 40 Geschäfte.")
    assert source_of(text, "de", "40") is None


def test_de_a_bare_number_counts_what_the_figure_before_it_counts():
    text = "In Bremen wurden am Montag 210 Menschen getötet. Bis Dienstag stieg die Zahl auf 385."
    assert measure_of(text, "de", "385") == "killed"
    text = "In Bremen sind 12 Menschen verletzt worden. Am Morgen lag die Zahl noch bei 9."
    assert measure_of(text, "de", "9") == "injured"


def test_uk_a_bare_number_counts_what_the_figure_before_it_counts():
    text = "У Харкові загинули 14 людей. Згодом кількість зросла до 17."
    assert measure_of(text, "uk", "17") == "killed"


def test_a_bare_number_without_the_word_for_number_counts_nothing_named():
    text = "In Bremen sind 12 Menschen verletzt worden. Am Dienstag waren es 9."
    assert measure_of(text, "de", "9") is None
    text = "In Bremen sind 12 Menschen verletzt worden.\nIn Hamburg lag die Zahl bei 30."
    assert measure_of(text, "de", "30") is None  # another paragraph
