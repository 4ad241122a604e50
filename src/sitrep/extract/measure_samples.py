"""The people a study looked at: "a study in 19 adults" counts adults studied, "a survey of
2,000 voters" voters surveyed.

Why a step of its own: the count's own words ("19 adults") name only the base, and a
reader of the figure alone cannot tell that they are a study's sample, not adults the page
is about. The fate is added after the phrase that qualifies the head is read ("60 patients
with asthma studied"), so the sample's own words, and the evidence that holds them, stay
whole; a first attempt that gave the fate earlier cut them. The words are
``figure_measure_samples``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..errors import UsageError
from ..lang import language_data, longest_first
from .figure_predicates import predicates
from .figure_words import FigureWords
from .opening import fast_pattern
from .records import Figure


@dataclass(frozen=True)
class SampleWords:
    """The words of ``figure_measure_samples`` for one language."""

    before: re.Pattern[str]  # "a small study in ": the study, a word, a link, at the end
    studies: dict[str, str]  # "survey" -> "surveyed"
    fates: tuple[str, ...]  # " killed", " sold": the endings of a measure with a fate read


@cache
def sample_words(lang: str) -> SampleWords | None:
    """The table of ``lang``, or None when the language has none (no sample is read)."""
    try:
        t = language_data(lang).table("figure_measure_samples")
    except UsageError:
        return None
    return SampleWords(
        before=fast_pattern(rf"\b(?P<study>{longest_first(t['studies'])})\s+(?:[a-z]+\s+)?"
                            rf"(?:{longest_first(t['links'])})\s+$", re.I),
        studies={k.lower(): v for k, v in t["studies"].items()},
        fates=tuple(sorted({f" {fate}" for fate in (*predicates(lang).states.values(),
                                                    *predicates(lang).thing_fates)})))


def sampled_measure(text: str, fig: Figure, words: FigureWords) -> Figure:
    """``fig`` with what a study did to the things it counts, when the count is a study's
    sample; else as it is."""
    if fig.kind != "count" or fig.unit is not None or not fig.measure:
        return fig
    table = sample_words(words.lang)
    if table is None or not fig.measure[:1].islower():
        return fig
    start = fig.evidence.start
    m = table.before.search(text, max(0, start - 40), start)
    if m is None or fig.measure.endswith(table.fates):
        return fig  # no study before it; "adults killed", "cars sold": a fate read already
    return replace(fig, measure=f"{fig.measure} {table.studies[m.group('study').lower()]}")
