"""Turn the labelled lines into article drafts: the main article, then each related story.

Why apart: a draft's text is rebuilt from the kept part of each line with its raw offset,
so every character of an article points back into the capture; the outlet and date of a
draft come with a short account of where they were found.
"""

from __future__ import annotations

from datetime import date

from ..documents import Capture, Draft
from ..offsets import TextBuilder
from .labeller import Labeller
from .lines import Line
from .meta_lines import MetaLine, resolve_meta_date


def _draft(part: str, lines: list[Line], *, title: str | None, outlet: str | None,
           outlet_source: str | None, published: tuple[date | None, str | None]) -> Draft:
    builder = TextBuilder()
    for line in lines:
        builder.add_pieces(line.kept, line.kept_segments())
    text, offsets = builder.build()
    return Draft(part, text, offsets, title, outlet, outlet_source, *published)


def _resolve(meta: MetaLine | None, capture: Capture) -> tuple[date | None, str | None]:
    """The date a date line gives, against the capture time, and how it was found."""
    if meta is None:
        return None, None
    got = resolve_meta_date(meta, capture.captured_at,
                            captured_at_has_time=capture.captured_at_has_time)
    return (got.value, got.how) if got else (None, None)


def article_drafts(lab: Labeller, capture: Capture) -> list[Draft]:
    """The main article (when the page has a body), then its related stories in order."""
    drafts: list[Draft] = []
    if lab.body:
        outlet, outlet_source = None, None
        if lab.meta_outlet:
            outlet, outlet_source = lab.meta_outlet, "outlet printed before the date line"
        elif lab.appeal_outlet:
            outlet, outlet_source = lab.appeal_outlet, "named in the outlet's own appeal"
        drafts.append(_draft("main", lab.body, title=lab.title.text if lab.title else None,
                             outlet=outlet, outlet_source=outlet_source,
                             published=_resolve(lab.meta, capture)))
    for n, story in enumerate(s for s in lab.stories if s.body):
        drafts.append(_draft(f"related-{n}", story.body,
                             title=story.titles[0].text if story.titles else None,
                             outlet=story.outlet,
                             outlet_source="printed beside the related story" if story.outlet
                             else None,
                             published=_resolve(story.meta, capture)))
    return drafts
