"""Clean an HTML page: trafilatura for the main text, :mod:`.htmlmeta` for its metadata.

Only the page's own metadata may date it (or, when it has none, the date its URL states:
:mod:`.url_date`, applied by :func:`sitrep.clean.clean_capture`); a date guessed from the
running text is worse than none, so a page without either keeps ``published`` empty.

trafilatura returns text without positions, so each paragraph is placed back in the raw HTML
by searching for its opening characters after the previous paragraph. The map is marked
approximate (``exact=False``): it points at the right paragraph of the page, not at each
character, because markup inside a paragraph shifts the characters.
"""

from __future__ import annotations

import html as html_lib
from dataclasses import dataclass
from urllib.parse import urlsplit

import trafilatura
from trafilatura.utils import HTML_PARSER, load_html

from ..documents import HOST_SOURCE, Capture, Draft
from ..offsets import TextBuilder
from ..urls import url_problem
from .meta_lines import parse_iso_date
from .page_meta import read_page_meta

_PROBE = 40


@dataclass(frozen=True, slots=True)
class HtmlCleanResult:
    draft: Draft | None
    note: str


#: libxml2 stops building the tree at this depth unless told to read "huge" documents.
_MAX_DEPTH = 256


def _too_deep() -> bool:
    """Whether the last parse stopped at libxml2's depth limit. Past it the rest of the
    page is silently missing from the tree (a wall of 50,000 nested <div>s leaves only the
    navigation), so such a page is refused rather than stored without its text.
    trafilatura parses with one module-level parser, whose error log is the last run's."""
    return any(e.message.startswith("Excessive depth") for e in HTML_PARSER.error_log)


def outlet_from_url(url: str | None) -> str | None:
    if not url or url_problem(url):
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _locate(raw: str, paragraph: str, cursor: int) -> int | None:
    probe = paragraph[:_PROBE]
    for variant in (probe, html_lib.escape(probe, quote=False), html_lib.escape(probe)):
        at = raw.find(variant, cursor)
        if at >= 0:
            return at
    return None


def clean_html_capture(capture: Capture) -> HtmlCleanResult:
    """Extract the article of an HTML capture; ``draft`` is None when there is no article text."""
    tree = load_html(capture.raw)
    if tree is None:
        return HtmlCleanResult(None, "the page could not be parsed as HTML")
    if _too_deep():
        return HtmlCleanResult(None, f"markup nested deeper than {_MAX_DEPTH} levels: lxml "
                                     "stops there, so the page's text cannot be read whole")
    meta = read_page_meta(tree)
    url = None if url_problem(capture.hints.url or "") else capture.hints.url
    doc = trafilatura.bare_extraction(tree, url=url, include_comments=False,
                                      with_metadata=False)
    if doc is None or not (doc.text or "").strip():
        return HtmlCleanResult(None, "trafilatura found no main text")
    builder = TextBuilder(separator="\n")
    cursor = 0
    for paragraph in doc.text.split("\n"):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        at = _locate(capture.raw, paragraph, cursor)
        if at is not None:
            cursor = at + 1
        builder.add(paragraph, at)
    text, offsets = builder.build(exact=False)

    hints = capture.hints
    outlet, outlet_source = hints.outlet, "stated by the source" if hints.outlet else None
    if not outlet and meta.site_name:
        outlet, outlet_source = meta.site_name, "page metadata (site name)"
    if not outlet and outlet_from_url(hints.url or meta.url):
        outlet, outlet_source = outlet_from_url(hints.url or meta.url), HOST_SOURCE
    published = parse_iso_date(hints.published)
    published_source = "stated by the source" if published else None
    if published is None and parse_iso_date(meta.published):
        published, published_source = parse_iso_date(meta.published), "page metadata"
    draft = Draft("main", text, offsets, title=hints.title or meta.title, outlet=outlet,
                  outlet_source=outlet_source, published=published,
                  published_source=published_source)
    note = (f"trafilatura kept {len(text):,} of {len(capture.raw):,} characters; "
            "markup, navigation, comments and footers removed")
    return HtmlCleanResult(draft, note)
