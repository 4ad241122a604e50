""""one" in words as a pronoun ("one of the drivers", "no one"), told before what it
counts is read.

Why: :func:`.figure_filters.no_count` drops a "one" written in words (no scale: not "one
million") unless it comes right after another count ("four hospitals and one clinic"), and
whatever the words after it count: a value that ends there whichever measure it names. So
reading that measure (the words around the number, what the sentence tells befell them) is
done for nothing on every such "one", a twelfth of the single values of a text; the finder
asks :func:`lone_one` first. The one thing the measure could change is the value itself, a
part in a smaller unit added to it ("one hour and 15 minutes"): a unit that takes one is
read in full.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .figure_rates import joins_parts
from .opening import fast_pattern

if TYPE_CHECKING:
    from .figure_values import FigureFinder

_LIST_JOINER = fast_pattern(r"\s*(?:,|and|[–—-]|,\s*and)\s*")


def listed_after(finder: FigureFinder, start: int) -> bool:
    """The value at ``start`` comes right after the last figure found, joined by "and", a
    comma or a dash."""
    if not finder.figures:
        return False
    before = finder.figures[-1].evidence.end
    return 0 <= start - before <= 8 and bool(
        _LIST_JOINER.fullmatch(finder.text[before:start]))


def lone_one(finder: FigureFinder, m: re.Match[str], value: float, unit: str | None) -> bool:
    """The single value ``m`` (of ``value``; ``unit``: the unit of the words after it) is a
    "one" that :func:`.figure_filters.no_count` drops whatever it is read to count."""
    raw = m.group("num")
    if raw[0].isdigit() or value != 1 or finder.words.scale_word.search(raw):
        return False
    if m.group("cur"):  # the unit the measure is read with (see FigureFinder._single_measure)
        unit = finder.words.currency_signs[m.group("cur").strip().lower()]
    return not joins_parts(unit, finder.words) and not listed_after(finder, m.start())
