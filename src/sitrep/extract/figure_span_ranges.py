"""A range of spans of time in two units: "from four weeks to six years" is one figure.

Why apart: the range pattern of :mod:`.figure_values` takes one unit for both ends ("3 km
and 400 metres" is no range), so a range of durations written in two units was read as a
span with a garbled measure ("duration to five") and, maybe, a second span. Here such a
pair is joined into one duration, both ends in the smaller unit, its measure the
duration's; after a word of change ("grew from two weeks to three months") it is the new
span, as a range of one unit is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from ..lang import language_data
from .counted import DURATIONS
from .figure_changes import moved
from .figure_words import FigureWords
from .opening import fast_pattern
from .records import Figure, Span

#: Days in one of each unit of a span, to put both ends of a range in one unit.
_DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
         "month": 365.25 / 12, "year": 365.25}


def joined_spans(text: str, figures: list[Figure], words: FigureWords) -> list[Figure]:
    """``figures`` with each span that opens a range of spans in two units joined to the
    span that closes it."""
    found = _patterns(words.lang)
    if found is None:
        return figures
    opener, closer, table = found
    out: list[Figure] = []
    drop_until = -1
    for fig in figures:
        if fig.evidence.start < drop_until:
            continue  # the span that closes a range joined before
        joined = _joined(text, fig, words, opener, closer, table)
        if joined is not None:
            drop_until = joined.evidence.end
            fig = joined
        out.append(fig)
    return out


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, Any]] | None:
    """The opener and the closer of a range of spans in ``lang``, and its table."""
    table = language_data(lang).table("figure_measure_repairs").get("span_ranges")
    if not table:
        return None
    opener = fast_pattern(rf"\b(?:{'|'.join(table['openers'])})\s+$", re.I)
    closer = fast_pattern(rf"\s+(?:{'|'.join(table['joiners'])})\s+(?P<num>[\w.,-]+)"
                        r"\s+(?P<unit>[a-z]+)\b", re.I)
    return opener, closer, table


def _joined(text: str, fig: Figure, words: FigureWords, opener: re.Pattern[str],
            closer: re.Pattern[str], table: dict[str, Any]) -> Figure | None:
    if fig.unit not in DURATIONS or fig.low is None or fig.low != fig.high:
        return None
    start = fig.evidence.start
    head = re.match(r"[\w.,-]+\s+[a-z]+", text[start:fig.evidence.end], re.I)
    if head is None or not opener.search(text, max(0, start - 20), start):
        return None
    m = closer.match(text, start + head.end())
    if m is None:
        return None
    unit = words.units.get(m.group("unit").lower())
    high = words.numbers.parse(m.group("num"))
    if unit not in DURATIONS or unit == fig.unit or high is None:
        return None
    small = min((fig.unit, unit), key=lambda u: _DAYS[u])  # type: ignore[index]
    low = round(fig.low * _DAYS[fig.unit] / _DAYS[small], 1)  # type: ignore[index]
    high = round(high * _DAYS[unit] / _DAYS[small], 1)
    if not low < high:
        return None
    end = m.end()
    folded = text.lower()
    from_at = opener.search(text, max(0, start - 20), start)
    if from_at and moved(words, folded, from_at.start()) is not None:
        low = high  # "grew from two weeks to three months": the span now
    measure = fig.measure or ""
    if not measure or measure.split()[0].lower() == str(table["measure"]):
        measure = str(table["measure"])  # "duration to five": the measure read past the range
    return replace(fig, evidence=Span(start, end, text[start:end]), low=low, high=high,
                   unit=small, measure=measure, kind="duration")
