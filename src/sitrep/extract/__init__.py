"""Extraction: entities, dates, figures, attribution, statements and events, with evidence.

``extract_text(text, published)`` runs the pipeline (see :mod:`sitrep.extract.nlp`) on one
article's clean text and returns an :class:`Extraction`; every record holds character
offsets into that text.
"""

from __future__ import annotations

from datetime import date

from .records import (
    Attribution,
    Event,
    Extraction,
    Figure,
    Mention,
    Span,
    Statement,
)

#: Bump when extraction rules change: stored results of an older version are redone.
EXTRACTOR_VERSION = "2"


def extract_text(text: str, published: date | None = None,
                 captured: date | None = None) -> Extraction:
    """Run every extraction component over one article's clean text.

    ``published`` dates the article; without it, relative dates ("on Tuesday") resolve
    against ``captured``, the day the page was captured."""
    from .nlp import build_nlp, make_doc

    nlp = build_nlp()
    doc = make_doc(nlp, text)
    doc._.text = text  # the tokens reproduce it exactly; Doc.text would rebuild it
    doc._.published = published
    doc._.captured = captured
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return Extraction(mentions=list(doc._.mentions), figures=list(doc._.figures),
                      statements=list(doc._.statements), events=list(doc._.events),
                      main_event=doc._.main_event)


__all__ = ["EXTRACTOR_VERSION", "Attribution", "Event", "Extraction", "Figure", "Mention",
           "Span", "Statement", "extract_text"]
