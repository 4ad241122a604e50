"""A body every country has, named by a common noun ("минздрав", "Ministerstwo Zdrowia",
"la junta militar"), is the body of the page's country: the one named right beside it,
else the last one named before it, else the one the article names most. Never the
country of the story the language's table was first written for.

Every text here is written for these tests: fictional events, real places.
"""

from __future__ import annotations

from datetime import date

import pytest
from foreign_lookup import figure_of

from sitrep.extract.foreign.places import owned_body

PUBLISHED = date(2026, 3, 9)


def org_of(text: str, lang: str, evidence: str) -> str | None:
    return figure_of(text, lang, evidence, PUBLISHED).attribution.org


@pytest.mark.parametrize(("text", "lang", "org"), [
    ("После наводнения в Казахстане минздрав сообщил о 300 пострадавших.", "ru",
     "Kazakh Health Ministry"),
    ("Po powodzi w Niemczech Ministerstwo Zdrowia poinformowało o 300 rannych.", "pl",
     "German Health Ministry"),
    # the owner in the genitive right after the name, not the place of the event before it
    ("Po ataku w Moskwie Ministerstwo Zdrowia Polski poinformowało o 300 rannych.", "pl",
     "Polish Health Ministry"),
    ("Po ataku rosyjskie Ministerstwo Zdrowia poinformowało o 300 rannych.", "pl",
     "Russian Health Ministry"),
    ("Después de las inundaciones en Polonia, la junta militar informó de 300 muertos.",
     "es", "Polish military government"),
])
def test_a_common_bodys_country_is_the_pages(text, lang, org):
    assert org_of(text, lang, "300") == org


def test_the_country_named_before_owns_the_body_of_the_country():
    text = ("Beim Beben in Myanmar starben 700 Menschen. Zudem gebe es 1.600 "
            "Verletzte, teilte die Militärregierung am Abend mit. "
            "In Thailand und Thailands Hauptstadt Bangkok gab es ebenfalls Opfer.")
    assert org_of(text, "de", "1.600") == "Burmese military government"


def test_without_a_country_the_body_is_named_alone():
    assert owned_body("{country} Health Ministry", "Das Ministerium teilte mit.", 4, 14,
                      "de", None) == "Health Ministry"
