"""The figure of a text in a language read by rules that holds a piece of evidence: what
the tests of foreign sources, dates and bodies ask of an extraction, shared so that each
test file states only its cases."""

from __future__ import annotations

from datetime import date

from sitrep.extract import Figure
from sitrep.extract.foreign import extract_foreign


def figure_of(text: str, lang: str, evidence: str, published: date | None) -> Figure:
    """The first figure of ``text`` whose evidence holds ``evidence``."""
    figures = extract_foreign(text, lang, published).figures
    found = [f for f in figures if evidence in f.evidence.text]
    assert found, (evidence, [f.evidence.text for f in figures])
    return found[0]


def source_of(text: str, lang: str, evidence: str, published: date | None) -> str | None:
    """The body, else the person, credited for that figure."""
    said = figure_of(text, lang, evidence, published).attribution
    return said.org or said.speaker
