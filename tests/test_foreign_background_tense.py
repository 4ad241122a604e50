"""German tells what happened before the news in the active pluperfect ("hatten ...
geschossen", "hatte ... geschickt"): the writer's own background, whose figures are no
source's carried on from the sentence before. A passive pluperfect ("waren ... geborgen
worden") is part of the report and goes on with its source; so does the present.

Every text here is written for these tests: fictional officials, real places.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.foreign import extract_foreign

MONDAY = date(2026, 3, 9)


def org_of(text: str, evidence: str) -> str | None:
    found = [f for f in extract_foreign(text, "de", MONDAY).figures
             if evidence in f.evidence.text]
    assert found, (evidence, [f.evidence.text for f in extract_foreign(text, "de",
                                                                       MONDAY).figures])
    return found[0].attribution.org or found[0].attribution.speaker


@pytest.mark.parametrize(("background", "evidence"), [
    ("Bei dem Brand vom vergangenen Freitag hatten 20 Bewohner das Haus rechtzeitig "
     "verlassen.", "20 Bewohner"),
    ("Die Regierung hatte schätzungsweise 1.000 bis 1.200 Helfer in die Region geschickt.",
     "1.000 bis 1.200 Helfer"),
    ("Zwei Feuerwehrleute hatten sich bei dem Einsatz schwer verletzt.", "Zwei Feuerwehrleute"),
])
def test_the_active_pluperfect_is_the_writers_background(background, evidence):
    text = ("Ein Verletzter sei im Krankenhaus gestorben, teilte das Gesundheitsministerium "
            "in Dresden am Mittwoch mit. 40 weitere Verletzte liegen demnach in Kliniken. "
            + background)
    assert org_of(text, "40 weitere") is not None
    assert org_of(text, evidence) is None


@pytest.mark.parametrize("later", [
    "Zuvor waren 12 Tote aus den Trümmern geborgen worden.",
    "Weitere 12 Menschen werden noch vermisst.",
])
def test_an_earlier_report_or_the_present_goes_on_with_the_source(later):
    text = ("Die Zahl der Toten ist auf 14 gestiegen, teilte das Gesundheitsministerium in "
            "Dresden am Mittwoch mit. " + later)
    assert org_of(text, "12") is not None
