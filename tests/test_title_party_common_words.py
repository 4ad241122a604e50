"""A word a title capitalises only because titles do ("People", "Stocks") is no party of the
page, wherever it stands in the title, unless the page writes it capitalised inside a
sentence too (see extract/title_party.py). Texts written here."""

from __future__ import annotations

from datetime import date

from sitrep.extract.runner import extract_text


def _matters(text: str, title: str) -> set[str | None]:
    return {f.matter for f in extract_text(text, title=title,
                                           published=date(2026, 4, 1)).figures}


def test_a_common_word_in_title_case_is_no_party():
    title = "Chasing Likes, People Are Turning Their Kitchens Into Brands"
    text = ("People post more recipes than ever. Some 40 people in Bergen told us they "
            "track every like. People also buy ads, and one told us the company she runs "
            "has 3 staff.")
    assert "People" not in _matters(text, title)


def test_a_firm_the_page_names_inside_sentences_is_the_party():
    title = "Growth Plans: Kestrel Expands Into Ferries"
    text = ("Shipping group Kestrel said it will buy 12 ferries. Analysts said Kestrel "
            "could add 300 jobs. Kestrel shares rose.")
    assert any(m and "Kestrel" in m for m in _matters(text, title))
