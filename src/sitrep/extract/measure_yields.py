"""A share said of a bond is its yield: "Brantwell's 2025 bond hit 16.057%" measures the
bond's yield, not the bond.

Why: :mod:`.counted_left` names a share by the subject of its verb, which for a market in
debt is the security itself; a judge reads "2025 bond" alone as a value with no quantity.
A bond's percentage in news is its yield (its price is written in points or cents), so a
share whose measure ends with a noun of ``figure_rules.yield_of`` is named as that yield,
and a share read as a bare yield ("gained a point to yield 3.1%") is named with the bond its
sentence names before it, and its tenor: two bonds' yields in one report are two measures.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .figure_words import FigureWords
from .records import Figure

_WORD = re.compile(r"[\w-]+")
_TENOR = re.compile(r"\d+-(?:year|month|week)")


def bond_yield(fig: Figure, words: FigureWords, text: str = "") -> Figure:
    """``fig`` with its measure named as a yield when it is a share said of a bond, and a
    bare yield named with the bond its sentence names before it."""
    table = words.rules.get("yield_of")
    if table is None or fig.unit != "%" or not fig.measure:
        return fig
    if fig.measure.lower() == table["word"] and (bond := _bond_before(text, fig, table)):
        return replace(fig, measure=f"{bond} {table['word']}")  # "30-year bond yield"
    last = fig.measure.split()[-1].lower()
    if last not in table["nouns"] or table["word"] in fig.measure.lower().split():
        return fig  # "yield on the 10-year note": named already
    return replace(fig, measure=f"{fig.measure} {table['word']}")


def _bond_before(text: str, fig: Figure, table: dict[str, Any]) -> str | None:
    """The last bond its sentence names before a bare yield ("The Varna 20-year bond
    gained a point to yield 3.1%"), with the word before it when that is a tenor; None
    when the sentence names none."""
    start = max(text.rfind(". ", 0, fig.evidence.start), text.rfind("\n", 0,
                                                                     fig.evidence.start)) + 1
    said = _WORD.findall(text, start, fig.evidence.start)
    k = max((i for i, w in enumerate(said) if w.lower() in table["nouns"]), default=-1)
    if k < 0:
        return None
    tenor = said[k - 1] if k and _TENOR.fullmatch(said[k - 1]) else None
    return f"{tenor} {said[k]}" if tenor else said[k]
