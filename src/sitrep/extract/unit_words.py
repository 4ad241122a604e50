"""A unit written in more than one piece right after a number: "50 km/h", "3.1 percentage
points".

Why apart from the reading of the thing counted (:mod:`.counted`): that reading takes the
words after a number one at a time, and a unit word there is one word ("km", "hectares").
A unit with a slash ("km/h", where "km" is a unit of its own) or of two words whose first is
no unit ("percentage points": a change or a margin of shares, not "%") is read here first.
"""

from __future__ import annotations

import re

from .figure_words import FigureWords

#: "/h" of "km/h", "/s" of "m/s": the rest of a unit written with a slash
_PER = re.compile(r"\s*([A-Za-z]+/[A-Za-z]{1,3})\b")
_TWO_WORDS = re.compile(r"\s*([A-Za-z]+\s+[A-Za-z]+)\b")


def unit_at(text: str, pos: int, words: FigureWords) -> tuple[str | None, int] | None:
    """The unit written with a slash or in two words right at ``pos`` and where it ends,
    else None."""
    for pattern in (_PER, _TWO_WORDS):
        m = pattern.match(text, pos)
        found = words.units.get(" ".join(m.group(1).lower().split())) if m else None
        if m and found and (pattern is _PER or m.group(1).split()[0].lower() not in words.units):
            return found, m.end()
    return None
