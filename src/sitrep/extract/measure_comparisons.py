"""A measurement followed by a comparative says by how much one thing exceeds another:
"three inches wider than its predecessor" is a width gained, not a width.

Why a pass of its own: :mod:`.counted` reads "wider" as the dimension the value measures
("six feet wide": a width), and :mod:`.measure_kinds` names its thing ("width of the new
hatchback"), so the difference read as the size itself: a reader took a 3-inch gain for a
3-inch car. Here a length or a weight (``comparative_units``: "5% higher" is a share)
whose words end with a comparative of ``figure_rules``
(``comparatives``: the word, its dimension and direction), or that a comparative follows
("sits two inches lower"), measures the change of that dimension, named with the
``change_names`` of its direction ("width increase of the new hatchback").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .figure_words import FigureWords, figure_words
from .opening import fast_pattern
from .records import Figure

_NEXT = re.compile(r"\s+([a-z]+)\b")


def compared_measures(text: str, figures: list[Figure], words: FigureWords) -> list[Figure]:
    """``figures`` with each measurement a comparative closes measuring the difference."""
    table = words.rules.get("comparatives")
    if not table:
        return figures
    names, units = words.rules["change_names"], frozenset(words.rules["comparative_units"])
    out = []
    for fig in figures:
        found = _comparative(text, fig, table) if fig.unit in units else None
        if found is not None:
            dimension, direction = found
            measure = fig.measure or dimension
            rest = measure[len(dimension):] if measure.startswith(dimension) else ""
            fig = replace(fig, measure=f"{dimension} {names[direction]}{rest}")
        out.append(fig)
    return out


def _comparative(text: str, fig: Figure, table: dict[str, list[str]]) -> list[str] | None:
    """(dimension, direction) of the comparative that ends the value's words or follows
    them, or None."""
    last = fig.evidence.text.split()[-1].lower()
    if last in table:
        return table[last]
    m = _NEXT.match(text, fig.evidence.end)
    return table.get(m.group(1)) if m else None


def comparative_after(text: str, end: int, words: FigureWords) -> tuple[str, int] | None:
    """(measure, end) of a share before a comparative: "25% stronger than the old model"
    measures how much stronger, "15% cheaper than" how much cheaper."""
    m = _comparative_pattern(words.lang).match(text, end)
    return (m.group(1), m.end(1)) if m else None


@cache
def _comparative_pattern(lang: str) -> re.Pattern[str]:
    return fast_pattern(figure_words(lang).rules["left_measure"]["comparative"])
