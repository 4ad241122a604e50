"""The measure of a share named only by a noun of result: "350 Nm of torque, a 12%
improvement" measures the torque's improvement, not an improvement of nothing.

Why: the rules of :mod:`.counted` read the noun after a share ("a 12% improvement") and
find no "in" or "of" after it that says what improved (:mod:`.measure_change_in` reads
those); the quantity is named earlier in the sentence, with its own number and unit.
Such a number is often a product's specification, which is no figure, so the quantity is
read from the text, not from the figures (``figure_measure_context`` results).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..lang import language_data
from .figure_words import FigureWords
from .opening import fast_pattern
from .records import Figure

_SENTENCE_END = fast_pattern(r"[.!?]\s|\n")


@dataclass(frozen=True)
class _Results:
    """The result nouns, a quantity before them, and "respectively" after them."""

    nouns: frozenset[str]
    quantity: re.Pattern[str]
    respectively: re.Pattern[str]


@cache
def _results(lang: str) -> _Results | None:
    table = language_data(lang).table_part("figure_measure_context", "results")
    if table is None:
        return None
    return _Results(frozenset(table["nouns"]), fast_pattern(
        rf"\d[\d,.]*\s?(?P<unit>[A-Za-z][\w/-]*)(?:\s+{table['link']}\s+(?P<noun>[a-z]+))?"),
        fast_pattern(rf"[^.;:!?\n]{{0,60}}\b{table['respectively']}\b"))


def result_measures(text: str, figures: list[Figure], words: FigureWords) -> list[Figure]:
    """``figures`` with each share named by a result noun alone named by the quantity its
    sentence measured before it ("torque improvement"); two results and "respectively"
    after them take the last two quantities in order ("a 20% and 16% gain respectively")."""
    found = _results(words.lang)
    if found is None:
        return figures
    bare = [i for i, f in enumerate(figures) if f.unit == "%" and f.measure in found.nouns]
    out = list(figures)
    for i in bare:
        group = [j for j in bare if not _SENTENCE_END.search(
            text, *sorted((figures[j].evidence.start, figures[i].evidence.start)))]
        first = figures[group[0]].evidence.start
        quantities = [q for m in found.quantity.finditer(text, _sentence_start(text, first),
                                                         first) if (q := _quantity(m, words))]
        name = quantities[-1] if quantities and len(group) == 1 else None
        if len(group) > 1 and len(quantities) >= len(group) and found.respectively.match(
                text, figures[group[-1]].evidence.end):
            name = quantities[len(quantities) - len(group) + group.index(i)]
        if name:
            out[i] = replace(figures[i], measure=f"{name} {figures[i].measure}")
    return out


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (250 characters back at most)."""
    lo = max(0, pos - 250)
    return max([lo] + [m.end() for m in _SENTENCE_END.finditer(text, lo, pos)])


def _quantity(m: re.Match[str], words: FigureWords) -> str | None:
    """What a number and its unit measure: the noun after the link, else the unit's
    quantity, else None (a count, or a unit the table does not know)."""
    if m.group("noun") and m.group("noun") not in words.stop_words:
        return m.group("noun")
    unit = words.units.get(m.group("unit").lower())
    return words.quantities.get(unit) if unit else None
