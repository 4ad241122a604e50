""""über eine Milliarde Euro", "un million d'euros": an indefinite article before a
scale is the one of that scale (issue 9). The value starts at the article, so the hedge
before it is kept, and a sum written so is a figure, not an idiom. The article alone stays
no number. Every text is written here, about fictional places and firms in real towns."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.foreign import extract_foreign


def figures(text: str, lang: str) -> list[tuple]:
    return [(f.evidence.text, f.low, f.high, f.unit, f.qualifier)
            for f in extract_foreign(text, lang, date(2026, 5, 2)).figures]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die Stadt Bonn hat über eine Milliarde Euro für ihr Netz ausgegeben.",
     ("über eine Milliarde Euro", 1e9, None, "EUR", "more than")),
    ("de", "Die Stadt Köln gab rund eine Million Euro für die neue Brücke aus.",
     ("rund eine Million Euro", 1e6, 1e6, "EUR", "about")),
    ("fr", "La ville de Lyon a perdu un million d'euros sur le chantier.",
     ("un million d'euros", 1e6, 1e6, "EUR", None)),
    ("it", "Il comune di Genova ha speso un miliardo di euro per il ponte.",
     ("un miliardo di euro", 1e9, 1e9, "EUR", None)),
])
def test_an_article_before_a_scale_is_one_of_it_with_its_hedge(lang, text, expected):
    assert figures(text, lang) == [expected]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Eine Frau aus Bonn hat den Preis der Stadt gewonnen."),
    ("fr", "Une famille de Lyon a ouvert un café sur la place."),
])
def test_an_article_before_a_noun_is_no_number(lang, text):
    assert figures(text, lang) == []
