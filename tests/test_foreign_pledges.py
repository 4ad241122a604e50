"""Money and aid pledged are the pledging government's claims, in every language read by
rules: "la vecina Francia prometió 20 millones", "la France a promis 5 millions", "l'Italia
ha stanziato 3 milioni". A body named in the verb's clause pledges for itself.

Every text here is written for these tests: fictional amounts, real countries.
"""

from __future__ import annotations

from datetime import date

import pytest
from foreign_lookup import figure_of

PUBLISHED = date(2026, 3, 9)


def org_of(text: str, lang: str, evidence: str) -> str | None:
    return figure_of(text, lang, evidence, PUBLISHED).attribution.org


@pytest.mark.parametrize(("text", "lang", "evidence", "org"), [
    ("Tras las inundaciones en Valencia, la vecina Francia prometió 20 millones de euros "
     "en ayuda.", "es", "20 millones", "Government of France"),
    ("Polonia se adelantó a donar ayuda, con un primer envío de 4 "
     "millones de euros.", "es", "4 millones", "Government of Poland"),
    ("Après les inondations à Valence, la France a promis 5 millions d'euros d'aide "
     "d'urgence.", "fr", "5 millions", "Government of France"),
    ("Dopo le alluvioni a Valencia, l'Italia ha stanziato 3 milioni di euro per i "
     "soccorsi.", "it", "3 milioni", "Government of Italy"),
])
def test_the_pledging_country_is_the_source(text, lang, evidence, org):
    assert org_of(text, lang, evidence) == org
