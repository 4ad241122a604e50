"""Two contexts that make a number no figure of the news, whatever it counts: a product's
acceleration run ("0-62 mph in 6.6 seconds") and copy that speaks to the reader ("you
could save 30%").

Why apart from :mod:`.figure_filters`: both read the number's whole sentence (the run may
stand before the time it takes, the reader be addressed before the number), not the words
next to it. A car's acceleration is a specification like its horsepower (which the spec
units already keep out); a hypothetical put to the reader is promotion, nobody's claim.
The patterns are ``acceleration`` and ``addressed`` of ``figure_context``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lang import language_data
from .counted import DURATIONS
from .figure_index import TextIndex

#: An opening quotation mark with no closing one after it: the number stands in a quote.
_OPEN_QUOTE = re.compile(r"[“\"][^”\"]*$")


@dataclass(frozen=True)
class SpecPatterns:
    """The patterns of ``figure_context`` this module reads."""

    acceleration: re.Pattern[str]
    addressed: re.Pattern[str]


@cache
def spec_patterns(lang: str) -> SpecPatterns | None:
    table = language_data(lang).table("figure_context")
    if "acceleration" not in table:
        return None
    return SpecPatterns(acceleration=re.compile(table["acceleration"], re.I),
                        addressed=re.compile(table["addressed"]))


def _sentence_start(index: TextIndex, pos: int) -> int:
    stop = max(index.last_at(". ", pos), index.last_at("? ", pos), index.last_at("! ", pos))
    return max(stop + 2 if stop >= 0 else 0, index.paragraph_start(pos))


def is_spec(index: TextIndex, lang: str, start: int, end: int, unit: str | None) -> bool:
    """The figure at ``start:end`` is a product's acceleration run or the time it takes."""
    patterns = spec_patterns(lang)
    if patterns is None:
        return False
    text = index.text
    for run in patterns.acceleration.finditer(text, _sentence_start(index, start),
                                              min(len(text), end + 20)):
        if run.start() < end and run.end() > start:
            return True  # "from zero to 60 mph": the run itself
        if unit in DURATIONS and run.end() <= start:
            return True  # "0-62 mph in 6.6 seconds", "cut the 0-62 mph time to 5.7 seconds"
    return False


def is_promotion(index: TextIndex, lang: str, start: int) -> bool:
    """The number's sentence addresses the reader with a hypothetical or a wish before it
    ("you could save 30%"), outside any quote (the caller also keeps a reported one)."""
    patterns = spec_patterns(lang)
    if patterns is None:
        return False
    said = patterns.addressed.search(index.text, _sentence_start(index, start), start)
    return bool(said) and not _OPEN_QUOTE.search(index.text, index.paragraph_start(start), start)
