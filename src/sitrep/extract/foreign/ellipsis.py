"""A scale word left out because the value before it gave it: "They may bring another 30-40
thousand. Or even 500." means 500 thousand.

Why a rule of its own: speech drops the scale word that the listener carries over from the
figure just said, and a reader that takes the bare digits reads a count a thousand times
too small, which then looks like a disagreement with every other source. The rule is
narrow on purpose: the bare value is written in digits with no hedge, counts nothing
named and has no unit; the figure right before it, in the same sentence or the one
before, ends in a scale word ("тисяч", "Tausend", "mila") and counts nothing named
either; and the bare value is larger than that figure's digits, as an escalation is ("30
to 40 thousand, or 500"): "12 thousand came, 3 stayed" keeps its 3.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .resources import Words
from .tokens import lemma

if TYPE_CHECKING:
    from .figures import RawFigure


def _scale_at_end(fig: RawFigure, words: Words, text: str) -> float | None:
    """The scale a figure's evidence ends in ("30-40 тисяч" -> 1000), if it names nothing
    counted after it."""
    if fig.measure is not None or fig.unit is not None or fig.low is None:
        return None
    last = text[fig.start:fig.end].split()[-1]
    scales = {k.lower().rstrip("."): v for part in ("scales", "abbreviations")
              for k, v in words.numbers.get(part, {}).items()}
    found = scales.get(last.lower().rstrip(".")) or scales.get(lemma(last, words.code))
    return float(found) if found else None


def _bare(fig: RawFigure, text: str) -> bool:
    written = text[fig.start:fig.end]
    return (fig.measure is None and fig.unit is None and fig.qualifier is None
            and fig.low == fig.high and written.isdigit())


def with_elided_scales(found: list[list[RawFigure]], words: Words,
                       text: str) -> list[list[RawFigure]]:
    """``found`` (the figures of each sentence, in order) with a bare value that follows a
    scaled one multiplied by that scale (see the module's doc)."""
    out: list[list[RawFigure]] = []
    before: tuple[int, RawFigure] | None = None  # (sentence index, last figure)
    for k, figures in enumerate(found):
        kept = []
        for fig in figures:
            if before is not None and k - before[0] <= 1 and _bare(fig, text) \
                    and (scale := _scale_at_end(before[1], words, text)) is not None \
                    and fig.low is not None and before[1].high is not None \
                    and before[1].high / scale < fig.low < 1000:
                fig = replace(fig, low=fig.low * scale, high=fig.low * scale)
            kept.append(fig)
            before = (k, fig)
        out.append(kept)
    return out
