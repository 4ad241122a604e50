"""A share said as a ratio: "eight out of ten farmers", "Four in ten voters ...".

Why: the number beside the noun is the ratio's base. Read alone it made a count ("ten
farmers", 10) that the text never gave, and dropped the share it did give. The figure becomes
the share in percent (80), its evidence the whole ratio, its measure the noun's, as for
"80% of farmers". "N in M" is read so only at the start of a sentence or clause ("Four in
ten voters back it"), since "killed five in ten villages" says where, not how many of them;
"N out of M" anywhere.
"""

from __future__ import annotations

from dataclasses import replace

from .numbers import NumberReader
from .opening import fast_pattern
from .records import Figure, Span

_OUT_OF = fast_pattern(r"(?<![\w.,-])(?P<n>\d+|[A-Za-z]+(?:-[a-z]+)?)\s+out\s+of\s+$")
_IN = fast_pattern(r"(?:^|[.!?:;]\s+|\n)(?P<n>\d+|[A-Za-z]+(?:-[a-z]+)?)\s+in\s+$")


def as_shares(text: str, figures: list[Figure], numbers: NumberReader) -> list[Figure]:
    """The figures, those whose number is a ratio's base made the share it gives."""
    return [_share(text, fig, numbers) or fig for fig in figures]


def _share(text: str, fig: Figure, numbers: NumberReader) -> Figure | None:
    if fig.unit is not None or fig.change is not None or fig.qualifier is not None:
        return None
    if not fig.low or fig.low != fig.high:
        return None
    start = fig.evidence.start
    before = text[max(0, start - 40):start]
    match = _OUT_OF.search(before) or _IN.search(before)
    if match is None:
        return None
    part = numbers.parse(match.group("n"))
    if part is None or not 0 <= part <= fig.low:
        return None
    begin = start - (len(before) - match.start("n"))
    share = round(100 * part / fig.low, 1)
    return replace(fig, evidence=Span(begin, fig.evidence.end, text[begin:fig.evidence.end]),
                   low=share, high=share, unit="%", kind="measure")
