"""A value that forecasters expected: "above the $4.8 billion analysts expected", "below the
2.1% economists polled by Reuters had forecast" state the forecast a result is set against.

Why a pass of its own: the counted phrase after a value runs on to the plural after it, so
the forecast read as "$4.8 billion analysts", a sum of analysts. Here a value whose words end
with one of ``forecasters`` (``figure_measure_forecasts``), when the clause goes on to a verb
of expecting (past a poll's name: "surveyed by Refinitiv"), ends before the forecasters, and
measures the estimate of what the sentence's figure before it measures ("Revenue estimate"),
else the forecasters' estimate; a value after forecasters and their verb of expecting, in the
same clause ("analysts were expecting revenue of $27.5 billion"), is an estimate too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..errors import UsageError
from ..lang import language_data, longest_first
from .figure_words import FigureWords
from .opening import fast_pattern
from .records import Figure, Span


@dataclass(frozen=True)
class ForecastWords:
    """The words of ``figure_measure_forecasts`` for one language."""

    forecasters: frozenset[str]
    expecting: re.Pattern[str]  # the rest of the clause up to its verb of expecting
    expected_before: re.Pattern[str]  # "analysts were expecting ... (value)"
    estimate: str
    #: "(a 2.9% rise) that had been forecast", "(a 5% rise) expected by": a passive after it
    passive: re.Pattern[str] = re.compile(r"(?!)")


@cache
def forecast_words(lang: str) -> ForecastWords | None:
    """The table of ``lang``, or None when the language has none."""
    try:
        t = language_data(lang).table("figure_measure_forecasts")
    except UsageError:
        return None
    poll = (rf"(?:\s+(?:{longest_first(t['poll_verbs'])})\s+[\w.&’'-]+"
            rf"(?:\s+[A-Z][\w.&’'-]*){{0,3}})?\s+(?:(?:{longest_first(t['auxiliaries'])})\s+)?"
            rf"(?:{longest_first(t['verbs'])})\b")
    return ForecastWords(
        forecasters=frozenset(t["forecasters"]),
        expecting=fast_pattern(poll),
        expected_before=fast_pattern(rf"\b(?:{longest_first(t['forecasters'])}){poll}"
                                     r"(?:[^.;:!?\n]|\.(?=\d))*$", re.I),
        estimate=t["estimate"],
        passive=fast_pattern(rf"\s+(?:(?:that|which)\s+(?:had\s+been|has\s+been|was|were)\s+)?"
                             rf"(?:{longest_first(t.get('participles', ())) or '(?!)'})\b"))


def forecast_measures(text: str, figures: list[Figure], words: FigureWords) -> list[Figure]:
    """``figures`` with each value forecasters expected cut before them and measuring the
    estimate."""
    table = forecast_words(words.lang)
    if table is None:
        return figures
    out: list[Figure] = []
    for fig in figures:
        said = fig.evidence.text.split()
        if fig.unit and len(said) > 1 and said[-1].lower() in table.forecasters and (
                table.expecting.match(text, fig.evidence.end)):
            end = fig.evidence.end - len(said[-1])
            while end > fig.evidence.start and text[end - 1].isspace():
                end -= 1
            before = out[-1] if out and out[-1].unit == fig.unit and out[-1].measure and (
                "." not in text[out[-1].evidence.end:fig.evidence.start]) else None
            thing = before.measure if before else said[-1]
            fig = replace(fig, evidence=Span(fig.evidence.start, end,
                                             text[fig.evidence.start:end]),
                          measure=f"{thing} {table.estimate}")
        elif fig.unit and fig.measure and not fig.measure.endswith(table.estimate) and (
                table.expected_before.search(text, max(0, fig.evidence.start - 120),
                                             fig.evidence.start)):
            # "analysts were expecting revenue of $27.5 billion": what they expected
            fig = replace(fig, measure=f"{fig.measure} {table.estimate}")
        elif fig.unit and fig.measure and not fig.measure.endswith(table.estimate) and (
                table.passive.match(text, fig.evidence.end)):
            # "sales grew 2.1%, short of a 2.9% rise that had been forecast": the estimate of
            # what the figure before it in the sentence measures
            before = out[-1] if out and out[-1].unit == fig.unit and out[-1].measure and (
                "." not in text[out[-1].evidence.end:fig.evidence.start]) else None
            thing = before.measure if before else fig.measure
            fig = replace(fig, measure=f"{thing} {table.estimate}")
        out.append(fig)
    return out
