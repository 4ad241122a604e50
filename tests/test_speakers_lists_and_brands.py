"""Who states a figure when a firm's bare name also opens a product's name, and when the
sentence lists names as examples; on texts written here (fictional firms and people, real
places).

A bare word that opens both a firm's name and a product read as a person is the firm ("Kestrel
claims" after "Kestrel Motors Ltd" and "Kestrel Connect"); a person referred to by the first
part of their name keeps it ("Lee said" after "Lee Seong-min"). A name listed after German
"wie" ("such as") is no source unless a verb of saying follows ("wie X mitteilte").
"""

from __future__ import annotations

from datetime import date

from sitrep.extract import extract_text
from sitrep.extract.foreign import extract_foreign

PUBLISHED = date(2026, 9, 14)


def source_of(text: str, evidence: str) -> tuple[str | None, str | None]:
    """(speaker, org) of the figure whose evidence holds ``evidence``."""
    found = {f.evidence.text: (f.attribution.speaker, f.attribution.org)
             for f in extract_text(text, PUBLISHED).figures}
    hits = [k for k in found if evidence in k]
    assert hits, (evidence, found)
    return found[hits[0]]


# --- a firm's bare name, not its product -------------------------------------------------

def test_a_bare_firm_name_is_the_firm_not_its_product():
    text = ("Kestrel Motors Ltd unveiled the van in Turin. The dashboard runs Kestrel "
            "Connect, an app that links the car to a phone. Kestrel claims a 16% gain in "
            "torque over the old engine.")
    assert source_of(text, "16% gain") == (None, "Kestrel Motors Ltd")


def test_a_first_name_reference_without_a_firm_still_names_the_person():
    text = "Lee Seong-min leads the port of Busan. Lee said 40 ships were waiting."
    assert source_of(text, "40 ships") == ("Lee Seong-min", None)


def test_a_surname_reference_is_the_person_even_with_a_firm_of_that_name():
    # "Halvorsen" is her surname: the person named with it, not the firm
    text = ("Anna Halvorsen founded Halvorsen Foods in Bergen. Halvorsen said 40 crates "
            "were lost at sea.")
    assert source_of(text, "40 crates") == ("Anna Halvorsen", None)


# --- names listed as examples ---------------------------------------------------------------

def _de(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.evidence.text, f.attribution.speaker, f.attribution.org)
            for f in extract_foreign(text, "de", PUBLISHED).figures]


def test_de_a_name_listed_after_wie_is_no_source():
    text = ("Zum Verbund in Kiel gehören 19 Häuser und Träger wie Norvik, die Aldana "
            "Kliniken, Brevento und das Stadtklinikum.")
    found = _de(text)
    assert found and all(f[1] is None and f[2] is None for f in found), found


def test_de_wie_before_a_verb_of_saying_still_names_the_source():
    text = "In Bremen gab es 12 Tote, wie Ministerin Anna Kessler am Dienstag sagte."
    assert [f[1] for f in _de(text)] == ["Anna Kessler"]
