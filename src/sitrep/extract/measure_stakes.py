"""A share of a firm that someone holds, buys or sells is a stake: "Ms Vold owns 12% of the
firm" measures her stake in the firm, "sold 5% of its shares" an ownership stake.

Why a step of its own: :mod:`.counted` reads the noun after "of" as what a share is of,
which is right for "30% of the firm's sales" but names only the firm when the share is
one a holder owns; a reader looks for a stake, and "firm" reads as a count of firms. The
share is a stake only when a verb of holding or dealing comes just before it ("owns",
"sold", "took"): "women make up 40% of the firm" stays a share of the firm. The words are
``figure_measure_stakes``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..errors import UsageError
from ..lang import language_data
from .figure_words import FigureWords
from .opening import fast_pattern
from .records import Figure


@dataclass(frozen=True)
class StakeWords:
    """The words of ``figure_measure_stakes`` for one language."""

    held_before: re.Pattern[str]  # "owns ", "sold nearly ": a verb of holding just before
    of_firm: re.Pattern[str]  # " of the firm" closing the evidence
    firms: frozenset[str]
    holdings: frozenset[str]
    stake: str
    in_the: str
    holding: str


@cache
def stake_words(lang: str) -> StakeWords | None:
    """The table of ``lang``, or None when the language has none (no stake is read)."""
    try:
        t = language_data(lang).table("figure_measure_stakes")
    except UsageError:
        return None
    determiners = "|".join(t["determiners"])
    return StakeWords(
        held_before=fast_pattern(rf"\b(?:{'|'.join(t['verbs'])})\s+(?:[a-z]+\s+){{0,2}}$",
                                 re.I),
        # " of the firm", " of the firm's shares", " of Harlow's shares"
        of_firm=fast_pattern(rf"\sof\s+(?:(?:{determiners})\s+(?:[\w-]+[’']s\s+)?|"
                             rf"[A-Z][\w-]*[’']s\s+)(?P<what>[a-z ]+)$"),
        firms=frozenset(t["firms"]), holdings=frozenset(t["holdings"]), stake=t["stake"],
        in_the=t["in_the"], holding=t["holding"])


def staked_measure(text: str, fig: Figure, words: FigureWords) -> Figure:
    """``fig`` named a stake when it is a share of a firm (or its shares) after a verb of
    holding; else as it is."""
    if fig.unit != "%" or not fig.measure:
        return fig
    table = stake_words(words.lang)
    if table is None:
        return fig
    of = table.of_firm.search(fig.evidence.text)
    what = of.group("what") if of else ""
    # the measure is the noun after "of", or that noun with its owner ("Harlow's shares")
    read = bool(what) and (fig.measure == what or fig.measure.endswith(f" {what}"))
    start = fig.evidence.start
    if not read or not table.held_before.search(text, max(0, start - 40), start):
        return fig
    if what in table.firms:
        return replace(fig, measure=f"{table.stake} {table.in_the} {what}")
    return replace(fig, measure=table.holding) if what in table.holdings else fig
