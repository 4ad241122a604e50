"""The one figure of a written text that holds a number: what the measure tests ask of an
extraction, shared so that each test file states only its cases."""

from __future__ import annotations

from datetime import date

from sitrep.extract import Figure
from sitrep.extract.runner import extract_text

PUBLISHED = date(2026, 5, 2)


def figures_of(text: str) -> list[Figure]:
    return extract_text(text, PUBLISHED).figures


def one(text: str, number: str) -> Figure:
    """The one figure whose evidence holds ``number``."""
    found = [f for f in figures_of(text) if number in f.evidence.text]
    assert len(found) == 1, (text, [f.evidence.text for f in figures_of(text)])
    return found[0]
