"""Two numbers joined by a word that makes no range on its own: "lost 40 and 55 homes",
"a 14% and 11% gain".

Why: "and" makes a range only after an opener ("between 10 and 12"); without one, the
two numbers are two figures of the same thing, each town's or each model's. Read as a
range, "40 and 55 homes" was one figure of 40 to 55 homes, a value nobody stated; read as
two singles, the first had no noun of its own and was lost, or kept with no measure.
The rules: a range whose joiner is one of the language's ``opened_range_joiners`` and
that no ``range_openers`` word opens is no range; and a number with no noun of its own,
followed right after by that joiner (or a comma) and another number with the same unit
and a noun, counts what that number counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .figure_words import FigureWords

#: what reads the noun phrase after a number: (measure, unit, end)
NounReader = Callable[[int], tuple[str | None, str | None, int]]


def no_range(folded: str, m: re.Match[str], words: FigureWords) -> bool:
    """Whether the range match ``m`` (of ``words.range``, in ``folded``) joins its numbers
    with a joiner that needs an opener, and has none: two figures, no range."""
    at = m.end("a_unit") if m.group("a_unit") else m.end("a")
    return bool(words.opened_joiner.match(folded, at)) and not words.range_opener.search(
        folded, m.start(), m.start("a"))


def shared_head(folded: str, end: int, unit: str | None, words: FigureWords,
                read: NounReader) -> str | None:
    """The measure of a number that ends at ``end`` with no noun of its own: that of the
    number joined right after it, when that one has a noun and the same ``unit`` (see the
    module docstring); None otherwise."""
    joined = words.ellipsis.match(folded, end)
    if joined is None or joined.end() == end:
        return None
    after = words.single.match(folded, joined.end())
    if after is None or after.group("qual"):
        return None
    measure, other, _ = read(after.end())
    return measure if measure and other == unit else None
