"""Extraction: entities, dates, figures, attribution, statements and events, with evidence.

``extract_text(text, published)`` runs the pipeline (see :mod:`sitrep.extract.nlp`) on one
article's clean text and returns an :class:`Extraction`; every record holds character
offsets into that text.
"""

from __future__ import annotations

from datetime import date

from . import doc_values
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
EXTRACTOR_VERSION = "14"


def extract_text(text: str, published: date | None = None,
                 captured: date | None = None, lang: str = "en",
                 story_days: tuple[date, ...] = (),
                 story_events: tuple[tuple[str, int], ...] = (),
                 title: str | None = None, publisher: str | None = None) -> Extraction:
    """Run the pipeline of ``lang`` over one article's clean text.

    ``published`` dates the article; without it, relative dates ("on Tuesday") resolve
    against ``captured``, the day the page was captured. ``story_days``: the publication
    days of the other articles of the story (sorted), which give the year of a yearless date
    in an undated article (see :mod:`sitrep.extract.story_days`); ``story_events``: the
    main events of the store's articles and how many name each, whose days date an undated
    article's weekdays; ``title``: the page's title, whose matter is that of the figures no
    event or matter of their own sentences claims; ``publisher``: the name of the body
    that published the page, when the page names it (never a bare host), who speaks where the
    page says "we" (:mod:`sitrep.extract.publisher_voice`). The text is tokenized by
    :func:`~sitrep.extract.nlp.make_doc` (linear in any input), and what the components read
    besides the tokens travels on the Doc (``doc._.text``, ``published``, ``captured``)."""
    from .nlp import build_nlp, make_doc

    nlp = build_nlp(lang)
    doc = make_doc(nlp, text)
    # the tokens reproduce the text exactly; Doc.text would rebuild it
    doc_values.put(doc, "text", text)
    doc_values.put(doc, "published", published)
    doc_values.put(doc, "captured", captured)
    doc_values.put(doc, "story_days", story_days)
    doc_values.put(doc, "story_events", story_events)
    doc_values.put(doc, "title", title)
    doc_values.put(doc, "publisher", publisher)
    doc = nlp(doc)
    found = doc_values.get
    return Extraction(mentions=list(found(doc, "mentions")), figures=list(found(doc, "figures")),
                      statements=list(found(doc, "statements")),
                      events=list(found(doc, "events")), main_event=found(doc, "main_event"))


__all__ = ["EXTRACTOR_VERSION", "Attribution", "Event", "Extraction", "Figure", "Mention",
           "Span", "Statement", "extract_text"]
