"""A span of time named by a noun that is itself a span: "a timescale of three years for
the rebuild", "a window of 90 days to close the depot", "the census will run on a
timescale of three years".

Why: the rules that read a measure next to a value take the noun before "of" ("timescale",
"window") or after a span written as an adjective ("a six year timescale") as what is
measured; such a noun only says that the value is a span, and a judge reads it as no
measure. What the span times is the thing it is for ("for the rebuild": duration of the
rebuild), the act it leaves time for ("to close the depot": duration to close the depot),
or the subject of a verb of lasting before it ("the census will run on a timescale of":
census duration); failing those, it is a plain duration, as "a 20-year period" is
(:mod:`.measure_adjectives`). The words are ``spans_only`` and ``span_links`` of
``figure_measure_qualifiers`` (adjectives).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..lang import language_data
from .counted import DURATIONS
from .counted_context import object_phrase
from .figure_words import FigureWords, figure_words
from .records import Figure


@dataclass(frozen=True)
class SpanWords:
    """The nouns that only say a span, and the patterns of what such a span times."""

    nouns: frozenset[str]
    purpose: re.Pattern[str]  # " for " before a determiner
    act: re.Pattern[str]  # " to close"
    lasting: re.Pattern[str]  # "the census will run on a " before the span


@cache
def span_words(lang: str) -> SpanWords | None:
    """The table of ``lang``, or None when the language has none (no measure is renamed)."""
    t = language_data(lang).table_part("figure_measure_qualifiers", "adjectives")
    objects = language_data(lang).table_part("figure_measure_qualifiers", "objects")
    if not t or "spans_only" not in t or not objects:
        return None
    links, words = t["span_links"], figure_words(lang)
    dets = "|".join(objects["determiners"])
    verbs = "|".join(v for v in words.rules["duration_of"]["plain"] if v not in words.stop_words)
    modals = "|".join(links["modals"])
    word = rf"(?!(?:{modals})\b)[a-z][a-z-]*"  # a modal is no word of the subject
    subject = rf"((?:{word}\s+){{0,{int(links['subject_words']) - 1}}}{word})"
    return SpanWords(
        nouns=frozenset(t["spans_only"]),
        purpose=re.compile(rf"\s+{links['purpose']}\s+(?=(?:{dets})\s)"),
        act=re.compile(rf"\s+{links['act']}\s+([a-z]{{3,}})\b"),
        lasting=re.compile(
            rf"\b(?i:{dets})\s+{subject}\s+(?:(?:{modals})\s+)*"
            rf"(?:{verbs})\s+(?:{'|'.join(links['links'])})\s+(?:{'|'.join(links['articles'])})"
            r"\s+"))


def timed_span(text: str, fig: Figure, words: FigureWords) -> Figure:
    """``fig`` with what its span times as its measure when its measure is only a noun of
    span; any other figure as it is."""
    table = span_words(words.lang)
    if table is None or fig.unit not in DURATIONS or not fig.measure or (
            fig.measure.lower() not in table.nouns):
        return fig
    of = words.rules["duration_of"]
    end = fig.evidence.end
    if not fig.evidence.text.lower().endswith(fig.measure.lower()) and text.startswith(
            f" {fig.measure}", end):
        end += len(fig.measure) + 1  # "a six year timescale": the noun after the value
    if (link := table.purpose.match(text, end)) and (
            thing := object_phrase(text, link.end() - 1, words)):
        return replace(fig, measure=f"{of['measure']} {of['of']} {thing}")
    if (act := table.act.match(text, end)) and act.group(1) not in words.stop_words and (
            thing := object_phrase(text, act.end(), words)):
        return replace(fig, measure=f"{of['measure']} {of['to']} {act.group(1)} {thing}")
    return replace(fig, measure=_subject(text, fig.evidence.start, table, words)
                   or of["measure"])


def _subject(text: str, start: int, table: SpanWords, words: FigureWords) -> str | None:
    """"The census will run on a timescale of": the subject of a verb of lasting in the
    sentence before the span, named with the duration ("census duration"); else None."""
    lo = max(0, start - 120, text.rfind(". ", 0, start) + 1)
    found = list(table.lasting.finditer(text, lo, start))
    said = found[-1].group(1).split() if found else []
    if not said or any(w in words.stop_words for w in said):
        return None
    return f"{' '.join(said)} {words.rules['duration_of']['measure']}"
