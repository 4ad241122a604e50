"""French, a language added as a folder of data alone (``sitrep/lang/fr/``, issue 11):
thousands grouped by a space, hedges, ranges, sources and dates.

Every text here is written for these tests: fictional officials, real places.
"""

from __future__ import annotations

from datetime import date

from sitrep.extract.foreign import extract_foreign, readable

MONDAY = date(2026, 3, 9)  # a Monday


def figures(text: str) -> list[tuple]:
    return [(f.evidence.text, f.low, f.high, f.qualifier, f.measure, f.attribution.speaker,
             f.attribution.org, f.attribution.stated_on)
            for f in extract_foreign(text, "fr", MONDAY).figures]


def test_fr_is_read_and_groups_thousands_with_a_space():
    assert readable("fr")
    found = figures("À Lyon, le séisme a causé la mort de 2 719 personnes.")
    assert found[0][1:5] == (2719, 2719, None, "killed")
    assert figures("Un séisme de magnitude 6,4 a frappé Nice.")[0][1:5] == (
        6.4, 6.4, None, "magnitude")


def test_fr_hedges_ranges_and_number_words():
    assert figures("À Lille, au moins 12 personnes sont mortes.")[0][1:4] == (
        12, None, "at least")
    assert figures("Le bilan pourrait dépasser les 3 000 morts à Nantes.")[0][1:4] == (
        3000, None, "could exceed")
    assert figures("À Brest, environ 40 blessés ont été soignés.")[0][1:4] == (40, 40, "about")
    assert figures("À Metz, 20-30 personnes sont portées disparues.")[0][1:3] == (20, 30)
    assert figures("À Dijon, trois enfants ont été blessés.")[0][1:5] == (
        3, 3, None, "children injured")


def test_fr_sources_and_dates():
    found = figures("Selon le porte-parole Paul Girard, 9 soldats ont été tués à Reims.")
    assert found[0][1] == 9 and found[0][5] == "Paul Girard"
    found = figures("Le 28 mars, le maire Jean Morel a déclaré que 15 personnes sont mortes.")
    assert [f[1] for f in found] == [15]
    assert found[0][5] == "Jean Morel" and found[0][7] == date(2026, 3, 28)


def test_fr_ages_and_years_are_no_figures():
    assert figures("En 2024, un enfant de cinq ans a été sauvé à Rouen.") == []
