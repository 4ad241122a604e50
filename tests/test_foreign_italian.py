"""Italian, a language added as a folder of data alone (``sitrep/lang/it/``, issue 11): number
words, hedges, ranges, verbs of saying, sources, dates with their prepositions, and the
numbers that are no figures.

Every text here is written for these tests: fictional officials, real places.
"""

from __future__ import annotations

from datetime import date

from sitrep.extract.foreign import extract_foreign, readable
from sitrep.extract.runner import ExtractionJob, run_job

MONDAY = date(2026, 3, 9)  # a Monday


def figures(text: str, published: date | None = MONDAY) -> list[tuple]:
    return [(f.evidence.text, f.low, f.high, f.qualifier, f.measure, f.attribution.speaker,
             f.attribution.org, f.attribution.stated_on)
            for f in extract_foreign(text, "it", published).figures]


def test_it_is_read_from_its_folder_alone():
    assert readable("it")
    result = run_job(ExtractionJob("a1", "A Napoli sono morte 5 persone.", MONDAY, "it"))
    assert [f.low for f in result.figures] == [5]  # type: ignore[union-attr]


def test_it_number_words_and_compound_thousands():
    found = figures("A Catania tre persone sono rimaste ferite. Otto uomini sono dispersi.")
    assert [(f[1], f[4]) for f in found] == [(3, "injured"), (8, "men missing")]
    # a round thousand is one word, which a lemmatizer would cut to its first part
    found = figures("Secondo le stime, i morti potrebbero superare i diecimila.")
    assert found[0][1:4] == (10000, None, "could exceed")
    assert figures("A Bari sono arrivati 3 mila soldati.")[0][1:5] == (3000, 3000, None,
                                                                      "troops")


def test_it_hedges_and_the_value_after_a_word_of_change():
    assert figures("A Palermo sono morte almeno 12 persone.")[0][1:4] == (12, None, "at least")
    assert figures("A Genova ci sono circa 40 feriti.")[0][1:4] == (40, 40, "about")
    assert figures("A Torino sono stati evacuati più di 300 abitanti.")[0][1:4] == (
        300, None, "more than")
    assert figures("A Pisa potrebbero morire fino a 50 persone.")[0][1:4] == (None, 50, "up to")
    # after a word of change, "fino a" gives the new value, not an upper bound
    assert figures("Il bilancio dei morti è salito fino a 50 a Pisa.")[0][1:3] == (50, 50)


def test_it_ranges_and_decimals():
    assert figures("A Messina sono morte 20-30 persone.")[0][1:3] == (20, 30)
    assert figures("Una scossa di magnitudo 6,4 ha colpito Perugia.")[0][1:5] == (
        6.4, 6.4, None, "magnitude")
    assert figures("A Verona i feriti sono 1.250.")[0][1] == 1250


def test_it_verbs_of_saying_and_sources():
    found = figures("Il portavoce Marco Bellini ha detto che a Bologna sono morte 14 persone.")
    assert found[0][1] == 14 and found[0][5] == "Marco Bellini"
    found = figures("Secondo la Protezione civile, a Modena ci sono 60 sfollati.")
    assert found[0][1] == 60 and found[0][6] == "Civil Protection"


def test_it_dates_with_prepositions_are_dates_not_figures():
    found = figures("Il 28 marzo il sindaco Luca Ferri ha annunciato che 9 persone sono morte.")
    assert [f[1] for f in found] == [9]
    assert found[0][5] == "Luca Ferri" and found[0][7] == date(2026, 3, 28)
    found = figures("Lunedì il ministro Paolo Conti ha detto che 7 soldati sono morti.")
    assert found[0][1] == 7 and found[0][7] == MONDAY


def test_it_ages_times_and_years_are_no_figures():
    assert figures("Un bambino di cinque anni e una 29enne sono stati salvati a Roma.") == []
    assert figures("Nel 2024 a Roma la scossa è arrivata alle 12:30.") == []
