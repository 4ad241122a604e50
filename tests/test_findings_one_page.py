"""Two sides' tolls set side by side on one undated page, and who speaks in a sentence of
a language read by rules: a body named by its acronym, a body that only hears ("aseguró
a la agencia EFE") or that the statement tells of, a three-part name.

Every text here is written for these tests: fictional officials, real places.
"""

from __future__ import annotations

from pathlib import Path

from test_findings_news import _ledger

from sitrep.extract.foreign import extract_foreign

#: undated, in Spanish: the government counts 312 dead, an opposition council (by its
#: acronym) 415, a local portal at least 500, over a quake in southern Turkey
QUAKE_ES = (
    "Más de 300 muertos deja el sismo en el sur de Turquía\n"
    "Las autoridades elevaron este lunes a más de 300 los muertos del terremoto que golpeó "
    "el sur de Turquía el pasado viernes.\n"
    "La portavoz del Gobierno de Turquía, Carlos Alberto Paredes, aseguró a la agencia EFE que el "
    "recuento oficial suma 312 muertos. Por otro lado, el FRA, que gobierna varias aldeas de "
    "la región, informó que sus brigadas ya cuentan 415 víctimas mortales.\n"
    "El diario local Sur Noticias reportó al menos 500 fallecidos y denunció que la ayuda "
    "del Gobierno de Turquía no alcanza.\n")


def _who(text: str, lang: str) -> dict[float, tuple[str | None, str | None]]:
    return {f.low: (f.attribution.speaker, f.attribution.org)
            for f in extract_foreign(text, lang).figures if f.low is not None}


def test_es_a_body_named_by_its_acronym_speaks_and_the_addressee_does_not():
    who = _who(QUAKE_ES, "es")
    # a three-part name kept whole; the agency told is not the source, the government is
    assert who[312] == ("Carlos Alberto Paredes", "Government of Turkey")
    assert who[415] == (None, "FRA")  # "el FRA, que controla ..., informó"
    # the government named after the portal's figure is what the portal tells of
    assert who[500] == ("Sur Noticias", None)


def test_an_acronym_after_the_verb_speaks_only_behind_an_article():
    assert _who("Hasta ahora han muerto 40 personas, indicó el FRA.", "es")[40] == (
        None, "FRA")
    # Ukrainian has no articles: after the verb stands whom it was told to as often
    found = _who("Західні чиновники повідомили ВВС, що загинули 40 військових.", "uk")
    assert found[40][1] != "ВВС"


#: the dated first report that names the incident the undated pages count
FIRST = ("Earthquake in Turkey\n\nA powerful earthquake struck southern Turkey on Friday, "
         "killing at least 40 people, the Turkish government said.")


def test_two_sides_on_one_undated_page_disagree(tmp_path: Path):
    """No date on the page, yet it gives the tolls side by side as the current ones: they
    are of one time, as a page date would make them."""
    _, found = _ledger(tmp_path, {"first": (FIRST, "2026-03-06"), "quake": (QUAKE_ES, None)})
    disagreements = [f for f in found if f.kind == "disagreement"]
    assert len(disagreements) == 1, [f.explanation for f in found]
    values = sorted(c.low for c in disagreements[0].claims)
    assert 312 in values and 415 in values


def test_tolls_on_two_undated_pages_are_not_of_one_time(tmp_path: Path):
    """Two undated pages may be days apart: a rising toll is no disagreement."""
    first = ("Erdbeben in der Türkei\n\nDie Zahl der Toten stieg auf 40, teilte die Regierung "
             "der Türkei mit.")
    later = ("Erdbeben in der Türkei\n\nDas FRA berichtete von 415 Toten.")
    _, found = _ledger(tmp_path, {"dated": (FIRST, "2026-03-06"), "first": (first, None),
                                  "later": (later, None)})
    assert not [f for f in found if f.kind == "disagreement"], [f.explanation for f in found]


#: in Italian: 100 workers in a plant hit by a quake in Turkey; 40 missing, 45 dead and 30
#: escaped add up to 115
PLANT_IT = ("Terremoto in Turchia, crolla una fabbrica\n\n"
            "Una scossa violenta ha colpito il sud della Turchia. Sono ancora dispersi 40 "
            "operai dopo il crollo di una fabbrica, dove lavoravano 100 operai al momento "
            "della scossa. Finora è confermato il decesso di 45 operai, mentre 30 si sono "
            "messi in salvo.")


def test_it_escaped_after_a_clause_break_is_no_death():
    found = {f.low: f.measure for f in extract_foreign(PLANT_IT, "it").figures}
    assert found[45] == "workers killed"
    assert found[30] == "escaped"  # "mentre 30 si sono messi in salvo"
    assert found[100] == "workers"


def test_fates_adding_up_to_more_than_the_group_contradict_the_page(tmp_path: Path):
    _, found = _ledger(tmp_path, {"first": (FIRST, "2026-03-06"),
                                  "plant": (PLANT_IT, "2026-03-07")})
    (inconsistency,) = [f for f in found if f.kind == "internal_inconsistency"]
    assert inconsistency.measure == "workers"
    assert sorted(c.low for c in inconsistency.claims) == [30, 40, 45, 100]


def test_fates_within_the_group_are_no_contradiction(tmp_path: Path):
    text = PLANT_IT.replace("decesso di 45", "decesso di 25")
    _, found = _ledger(tmp_path, {"first": (FIRST, "2026-03-06"), "plant": (text, "2026-03-07")})
    assert not [f for f in found if f.kind == "internal_inconsistency"], found
