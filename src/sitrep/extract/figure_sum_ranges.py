"""A range of two sums, each with its currency sign: "between €18 million and €22 million",
"between $3 billion and $4 billion".

Why a pass of its own: the range pattern reads a sign only before its first number's
scale words, not before each number, so the two sums were two figures, each a bare sum
with no measure, where the text states one estimate with two bounds. Two sums in the same
currency, the first after the range's opener and the second after its joiner ("between",
"and" in ``figure_rules``' ``sum_range``), become one figure from the opener to the end of
the second, with the first's low and the second's high, measuring what either measures.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..lang import language_data, longest_first
from .counted_left import measure_around
from .figure_words import FigureWords
from .records import Figure, Span


@cache
def _words(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    t = language_data(lang).table("figure_rules").get("sum_range")
    if not t:
        return None
    opener = re.compile(rf"\b{re.escape(t['opener'])}\s+$", re.I)
    joiner = re.compile(rf"\s+(?:{longest_first(t['joiners'])})\s+$", re.I)
    return opener, joiner


def sum_ranges(text: str, figures: list[Figure], words: FigureWords) -> list[Figure]:
    """``figures`` with each pair of sums that bound one range joined into it; a range
    whose bounds measure nothing measures what the words around it name, as a range
    written with one sign does ("estimated at between ...": the damage)."""
    rules = _words(words.lang)
    if rules is None or len(figures) < 2:
        return figures
    opener, joiner = rules
    out: list[Figure] = []
    for fig in figures:
        first = out[-1] if out else None
        if first is not None and _bounds(first, fig) and joiner.match(
                text, first.evidence.end, fig.evidence.start) and (
                opened := opener.search(text, max(0, first.evidence.start - 12),
                                        first.evidence.start)):
            start, end = opened.start(), fig.evidence.end
            measure = first.measure or fig.measure
            if measure is None and (around := measure_around(text, start, end, words,
                                                             unit=fig.unit)):
                measure = around[0]
            out[-1] = replace(first, evidence=Span(start, end, text[start:end]), high=fig.high,
                              measure=measure, qualifier=first.qualifier, kind="measure")
            continue
        out.append(fig)
    return out


def _bounds(first: Figure, second: Figure) -> bool:
    """Whether two figures may be the bounds of one range: the same unit, a single value
    each, the first below the second."""
    return (first.unit is not None and first.unit == second.unit
            and first.low is not None and first.low == first.high
            and second.low is not None and second.low == second.high
            and first.low < second.low and first.change is None and second.change is None)
