"""What the speaker tests ask of an extraction: who a figure is attributed to."""

from __future__ import annotations

from datetime import date

from sitrep.extract import extract_text

PUBLISHED = date(2026, 9, 14)


def source_of(text: str, evidence: str, published: date | None = PUBLISHED) -> str | None:
    """The speaker, else the organisation, of the figure whose evidence holds ``evidence``."""
    found = {f.evidence.text: (f.attribution.speaker or f.attribution.org)
             for f in extract_text(text, published).figures}
    hits = [k for k in found if evidence in k]
    assert hits, (evidence, found)
    return found[hits[0]]
