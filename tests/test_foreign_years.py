"""A year after a word that leads a year is no count (issue 9): in German, "seit 2019 hat
die Stadt ..." read 2019 towns, since a noun comes later in the clause. The words before a
year ("seit", "im Jahr", "Ende") now settle it; a count of the same digits with its noun
right after it stays a count. Every text is written here, about real towns."""

from __future__ import annotations

from datetime import date

from sitrep.extract.foreign import extract_foreign


def figures(text: str) -> list[tuple[str, float | None]]:
    return [(f.evidence.text, f.low) for f in extract_foreign(text, "de", date(2026, 5, 2)).figures]


def test_a_year_after_seit_is_no_count():
    assert figures("Seit 2019 hat die Stadt Bonn ihr Netz erneuert.") == []


def test_a_count_with_its_noun_after_a_year_stays():
    assert figures("Im Jahr 2019 kamen 2019 Menschen nach Bonn.") == [("2019 Menschen", 2019)]
