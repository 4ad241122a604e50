"""Templates and the HTML the workspace builds from captured text.

Every text from a capture is hostile (see :mod:`sitrep.report.safe`): the templates
autoescape, every ``{{ }}`` first goes through :func:`display_text`, and the few places
that build markup here escape each captured piece before adding sitrep's own tags.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment, PackageLoader
from markupsafe import Markup

from ..report.safe import finalize_html, html_text, link, marked, script_json
from ..store import HIT_CLOSE, HIT_OPEN


def hits(snippet: object) -> Markup:
    """A search snippet: escaped, then each hit (between the store's marks) in <mark>."""
    text = html_text(snippet)
    return Markup(str(text).replace(HIT_OPEN, "<mark>").replace(HIT_CLOSE, "</mark>"))


def environment() -> Environment:
    env = Environment(loader=PackageLoader("sitrep", "web/templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True, finalize=finalize_html)
    env.filters["link"] = link
    env.filters["hits"] = hits
    env.filters["marked"] = lambda e: marked(e["before"], e["text"], e["after"])
    env.filters["script_json"] = script_json
    env.filters["num"] = lambda v: "" if v is None else f"{v:,.0f}"
    return env


@dataclass(frozen=True, slots=True)
class Span:
    """A figure or statement in the clean text: its kind ("fig" or "stmt"), id, and the
    raw capture line it came from."""

    kind: str
    id: str
    start: int
    end: int
    label: str


def marked_text(text: str, spans: list[Span]) -> Markup:
    """The clean text as HTML paragraphs, with each span marked and anchored (``#f-ID``).

    Spans may overlap in any way (a figure inside a statement, two figures sharing words),
    so the text is cut at every span boundary and each piece is wrapped in one element
    carrying the classes of the spans that cover it: the markup always nests."""
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    starts: dict[int, list[Span]] = {}
    ends: dict[int, list[Span]] = {}
    for s in spans:
        starts.setdefault(s.start, []).append(s)
        ends.setdefault(s.end, []).append(s)
    out: list[str] = ["<p>"]
    active: list[Span] = []
    for left, right in itertools.pairwise(cuts):
        active = [s for s in active if s.end > left] + starts.get(left, [])
        for s in starts.get(left, []):
            out.append(str(Markup('<a class="anchor" id="{}-{}"></a>').format(
                s.kind[0], s.id)))
        piece = text[left:right]
        paragraphs = [str(html_text(p)) for p in piece.split("\n")]
        body = ("<br>" if active else "</p><p>").join(paragraphs)
        if active:
            classes = " ".join(sorted({s.kind for s in active}))
            title = "; ".join(s.label for s in active)
            out.append(str(Markup('<span class="{}" title="{}">').format(classes, title)))
            out.append(body)
            out.append("</span>")
        else:
            out.append(body)
        for s in ends.get(right, []):
            out.append(str(Markup('<sup class="raw">{}</sup>').format(s.label)))
    out.append("</p>")
    return Markup("".join(out).replace("<p></p>", ""))


def evidence(text: str, start: int, end: int) -> dict[str, Any]:
    """(before, evidence, after) within the paragraph around a span, for :func:`marked`."""
    left = max(text.rfind("\n", 0, start) + 1, start - 240)
    right = text.find("\n", end)
    right = min(len(text) if right < 0 else right, end + 240)
    return {"before": text[left:start], "text": text[start:end], "after": text[end:right]}
