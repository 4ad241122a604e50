"""A multiple says what it multiplies: "3-5x as durable as steel" measures "times as
durable", "2 to 4 times more likely" "times more likely", "6-8x faster than" "times faster".

Why a step of its own: the finder reads the multiplier ("x", "times") as the thing the
number counts, and a reader shown "x" or "times" cannot tell a multiple of speed from one
of cost. The words after the multiplier name it: a link of ``multiple_links`` ("as",
"more", "less") and the adjective after it, or a comparative before "than" or at the end of
its clause ("2-3 times longer.", not "2-3 times over"). The measure is
the plain multiplier word (``multiple_measure``) and those words; a multiple that no such
words follow keeps its measure.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..lang import language_data, longest_first
from .figure_words import FigureWords
from .opening import fast_pattern
from .records import Figure


@cache
def _table(lang: str) -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], str] | None:
    """(multiplier words, a link and its adjective, a comparative and its "than", the
    measure's multiplier word) of ``lang``, or None when it has none."""
    t = language_data(lang).table_part("figure_measure_kinds", "multiples")
    if t is None:
        return None
    linked = fast_pattern(
        rf"\s+(?P<link>{longest_first(t['links'])})\s+(?P<adj>[a-z][a-z-]+)\b")
    compared = fast_pattern(
        rf"\s+(?!(?:{longest_first(t['not_comparatives'])})\b)"
        rf"(?P<adj>[a-z][a-z-]+{t['comparative_end']})(?:\s+(?:{longest_first(t['than'])})\b|"
        rf"\s*[,.;:!?)]|\s*$)")
    return frozenset(t["words"]), linked, compared, str(t["measure"])


def multiple_measures(text: str, figures: list[Figure], words: FigureWords) -> list[Figure]:
    """``figures`` with each multiple measured as what it multiplies, when the words after
    it say so."""
    table = _table(words.lang)
    if table is None:
        return figures
    return [_multiple(text, fig, table, words) for fig in figures]


def _multiple(text: str, fig: Figure,
              table: tuple[frozenset[str], re.Pattern[str], re.Pattern[str], str],
              words: FigureWords) -> Figure:
    """``fig`` with its multiplier measure named with the words after it, or as it is."""
    multipliers, linked, compared, measure = table
    first, _, rest = (fig.measure or "").partition(" ")
    if fig.unit is not None or first.lower() not in multipliers:
        return fig
    if rest:  # "3-6x brighter": the comparative read already, the multiplier said plainly
        return replace(fig, measure=f"{measure} {rest}") if compared.match(f" {rest}") else fig
    if (m := linked.match(text, fig.evidence.end)) and (
            m.group("adj").lower() not in words.stop_words):
        return replace(fig, measure=f"{measure} {m.group('link').lower()} {m.group('adj')}")
    if m := compared.match(text, fig.evidence.end):
        return replace(fig, measure=f"{measure} {m.group('adj')}")  # "6-8x faster than"
    return fig
