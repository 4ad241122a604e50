"""A share said of a bond is its yield: "Brantwell's 2025 bond hit 16.057%" measures the
bond's yield, not the bond.

Why: :mod:`.counted_left` names a share by the subject of its verb, which for a market in
debt is the security itself; a judge reads "2025 bond" alone as a value with no quantity.
A bond's percentage in news is its yield (its price is written in points or cents), so a
share whose measure ends with a noun of ``figure_rules.yield_of`` is named as that yield.
"""

from __future__ import annotations

from dataclasses import replace

from .figure_words import FigureWords
from .records import Figure


def bond_yield(fig: Figure, words: FigureWords) -> Figure:
    """``fig`` with its measure named as a yield when it is a share said of a bond."""
    table = words.rules.get("yield_of")
    if table is None or fig.unit != "%" or not fig.measure:
        return fig
    last = fig.measure.split()[-1].lower()
    if last not in table["nouns"] or table["word"] in fig.measure.lower().split():
        return fig  # "yield on the 10-year note": named already
    return replace(fig, measure=f"{fig.measure} {table['word']}")
