"""Clean: a capture in, clean articles out. trafilatura for HTML; sitrep's own line cleaner
for plain-text captures; page metadata and language identification.

:func:`clean_capture` is the stage's entry point: one capture in, its articles (the main one
and any related stories split off a plain-text page) or the refusal of a capture that holds no
article text out. It touches no shared state, so any runner can map it over captures.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..documents import HOST_SOURCE, Article, Capture, CleanedCapture, Draft, Refusal
from ..errors import Reason
from ..offsets import TextBuilder
from .html import clean_html_capture, outlet_from_url
from .language_id import detect_language
from .lines import SENTENCE_END, split_lines
from .masthead import masthead_name
from .meta_lines import parse_iso_date
from .references import decode_lines
from .text import clean_text_capture
from .url_date import url_date

_WORD = re.compile(r"\w+")

__all__ = ["clean_capture"]


def _finish(capture: Capture, draft: Draft, related_part: str | None) -> Article:
    """A draft as an article of ``capture``: what the capture states of the main article
    (its title, its outlet) wins over what cleaning found."""
    return Article(
        capture_id=capture.id, part=draft.part, text=draft.text, offsets=draft.offsets,
        title=capture.hints.title if draft.part == "main" and capture.hints.title else draft.title,
        outlet=(capture.hints.outlet if draft.part == "main" and capture.hints.outlet
                else draft.outlet),
        outlet_source=("stated by the source" if draft.part == "main" and capture.hints.outlet
                       else draft.outlet_source),
        published=draft.published, published_source=draft.published_source,
        captured_at=capture.captured_at, language=detect_language(draft.text),
        related_part=related_part,
    )


def _given_as_text(capture: Capture) -> Draft | None:
    """The whole text as the article, for a JSON Lines ``text`` field holding a short one.

    The line cleaner looks for an article among a page's furniture, and a text of a line or
    two has no article body to find: each line is taken for a header. A feed that hands over
    its text in a field has already separated the article from the page, so when the
    cleaner finds nothing there, a text with a sentence in it (three words or more, ending
    like a sentence) is the article; a line of menu words is still refused."""
    if capture.locator.line is None or capture.kind != "text":
        return None
    lines = [ln for ln in decode_lines(split_lines(capture.raw)) if ln.text]
    if not any(len(_WORD.findall(ln.text)) >= 3 and ln.text.endswith(SENTENCE_END)
               for ln in lines):
        return None
    builder = TextBuilder()
    for line in lines:
        builder.add_pieces(line.text, line.kept_segments())
    text, offsets = builder.build()
    return Draft("main", text, offsets)


def _dated_by_url(draft: Draft, capture: Capture) -> Draft:
    """The main article dated by its URL ("/2024/12/28/") when nothing else dates it."""
    if draft.part != "main" or draft.published is not None:
        return draft
    found = url_date(capture.hints.url, capture.captured_at.date())
    return replace(draft, published=found, published_source="date in the page URL") \
        if found else draft


def clean_capture(capture: Capture) -> CleanedCapture | Refusal:
    """Clean one capture into its articles; a refusal when it holds no article text."""
    if capture.kind == "html":
        result = clean_html_capture(capture)
        if result.draft is None:
            return Refusal(Reason.NO_TEXT, capture.locator, result.note)
        draft = _dated_by_url(result.draft, capture)
        return CleanedCapture(capture, (_finish(capture, draft, None),), (), result.note)
    text_result = clean_text_capture(capture)
    given = None if text_result.drafts else _given_as_text(capture)
    if given is not None:
        text_result = replace(text_result, drafts=(given,))
    if not text_result.drafts:
        return Refusal(Reason.NO_TEXT, capture.locator,
                       "every line looked like page furniture (" + text_result.note + ")")
    drafts = list(text_result.drafts)
    stated = parse_iso_date(capture.hints.published)
    if stated and drafts[0].part == "main":
        drafts[0] = replace(drafts[0], published=stated, published_source="stated by the source")
    drafts[0] = _dated_by_url(drafts[0], capture)
    host = outlet_from_url(capture.hints.url)
    if host and drafts[0].part == "main" and not drafts[0].outlet:
        name = masthead_name(capture.raw, host)
        drafts[0] = replace(drafts[0], outlet=name or host, outlet_source=(
            "masthead line that spells the page URL's host" if name else HOST_SOURCE))
    main = "main" if drafts[0].part == "main" else None
    articles = tuple(_finish(capture, d, main if d.part != "main" else None) for d in drafts)
    return CleanedCapture(capture, articles, text_result.labels, text_result.note)
