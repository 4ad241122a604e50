"""The measure of a quantity that a thing moved to: "exports of wheat rose to 2.1 million
tonnes" measures the exports, not a weight.

Why: a value in a unit that names its own quantity (tonnes: a weight, mm: a length) is
named by that quantity, and the subject before it is not read ("the laptop is 45 dBA" is
a noise level, not a laptop); but after a verb of change ("rose to", "fell 12% to") the
subject is what changed, and the quantity alone names nothing a reader can place. The
verbs are the moves of ``figure_changes``; the subject is read by
:func:`.counted_left.measure_around`, as a sum's is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..errors import UsageError
from ..lang import language_data, longest_first
from .counted_left import measure_around
from .figure_words import FigureWords, figure_words
from .opening import fast_pattern
from .records import Figure


@cache
def _moved(lang: str) -> re.Pattern[str] | None:
    """A verb of rising or falling right before a value, past a share it changed by
    ("rose 12% to"): a move with a direction (``percent_verbs``) that takes no object
    (not ``left_measure.object_verbs``: "cut output to" is read by its object), and not
    "moved to within 50 km", which says where, not how much."""
    try:
        table = language_data(lang).table("figure_changes")
    except UsageError:
        return None
    objects = set(figure_words(lang).rules["left_measure"].get("object_verbs", ()))
    link = table.get("percent_link", "by")
    moves = [m for m in table.get("moves", ()) if m in table.get("percent_verbs", {})
             and m not in objects]
    if not moves:
        return None
    return fast_pattern(rf"\b(?:{longest_first(moves)})(?:\s+[\d.,]+\s?(?:%|percent))?"
                        rf"(?:\s+(?:to|{link}))?\s+$", re.I)


def moved_quantities(text: str, figures: list[Figure], words: FigureWords) -> list[Figure]:
    """``figures`` with each quantity after a verb of change measuring what changed."""
    moved = _moved(words.lang)
    if moved is None:
        return figures
    out = []
    for fig in figures:
        start, end = fig.evidence.start, fig.evidence.end
        if fig.unit in words.quantities and fig.measure == words.quantities[fig.unit] and (
                fig.change is None and moved.search(text, max(0, start - 40), start)) and (
                found := measure_around(text, start, end, words, unit=fig.unit)):
            fig = replace(fig, measure=found[0])
        out.append(fig)
    return out
