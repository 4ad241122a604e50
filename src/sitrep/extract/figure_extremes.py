"""An extreme that bounds a value: "faces a maximum of 12 years in prison" is at most 12
years, "hit a maximum of 47 dBA" is 47 dBA, measured.

Why apart: the hedges before a number (``figure_hedges``: "up to", "at least") are read by
the number patterns, and "a maximum of" is no hedge by its words alone: whether it bounds
the value or names the value a reading reached depends on the verb it follows. A verb of
possibility or penalty ("faces", "risks", "carries", "is capped at"), "up to" right before
it, or a modal before its verb ("could get a maximum of") make it a bound, named by the
hedge it means; a verb of measurement ("hit", "reached", "peaked at") or any other leaves the
value exact. The words are the language's (``figure_hedges``: ``bounding_extremes``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..lang import language_data, longest_first
from .figure_words import FigureWords
from .opening import fast_pattern
from .records import Figure

#: how many words before the extreme a modal of its verb may stand ("could be jailed for")
_MODAL_REACH = 4


@dataclass(frozen=True)
class _Extremes:
    """One language's bounding extremes: the phrase pattern, what each phrase means, the
    verbs and the modals that make it a bound."""

    phrase: re.Pattern[str]
    hedges: dict[str, str]
    verbs: frozenset[str]
    modals: frozenset[str]


@cache
def _extremes(lang: str) -> _Extremes | None:
    table = language_data(lang).table_part("figure_hedges", "bounding_extremes")
    if not table:
        return None
    phrases = table["phrases"]
    return _Extremes(
        fast_pattern(rf"(?<![\w-])(?P<phrase>{longest_first(phrases)})\s+$", re.I),
        {k.lower(): v for k, v in phrases.items()}, frozenset(table["verbs"]),
        frozenset(table["modals"]))


def bounded_extremes(text: str, figures: list[Figure], words: FigureWords) -> list[Figure]:
    """``figures`` with each exact value set after a bounding extreme read as the bound
    its hedge names ("faces a maximum of 12 years": up to 12 years)."""
    extremes = _extremes(words.lang)
    if extremes is None:
        return figures
    return [_bounded(text, fig, extremes, words) for fig in figures]


def _bounded(text: str, fig: Figure, extremes: _Extremes, words: FigureWords) -> Figure:
    if fig.qualifier is not None or fig.low is None or fig.low != fig.high:
        return fig
    start = fig.evidence.start
    window = text[max(0, start - 120):start]
    found = extremes.phrase.search(window)
    if found is None:
        return fig
    clause = re.split(r"[,;:.!?()\"“”\n]", window[:found.start()])[-1]
    before = clause.lower().split()
    if not _bounding(before, extremes):
        return fig
    hedge = extremes.hedges[re.sub(r"\s+", " ", found.group("phrase").lower())]
    bound = words.hedges.bound(hedge)
    return replace(fig, qualifier=hedge, low=None if bound == "high" else fig.low,
                   high=None if bound == "low" else fig.high)


def _bounding(before: list[str], extremes: _Extremes) -> bool:
    """Whether the words of the clause ``before`` the extreme end with a verb (or two
    words: "capped at") of possibility or penalty, or hold a modal of its verb."""
    last_two = " ".join(before[-2:])
    return bool(before) and (before[-1] in extremes.verbs or last_two in extremes.verbs
                             or not extremes.modals.isdisjoint(before[-_MODAL_REACH:]))

