"""Inconsistencies: a figure that contradicts a change its own side announced.

Why a module of its own: revisions (:mod:`.findings`) report a side's figure as it moves;
these rules read what the side said the move would be ("halved", "more than tripled",
"one more died") and flag the figure that does not follow it.

- announced change: a figure stated after "halved" that is neither the halved value nor
  anything but the old one.
- fell back: a side's estimate that grew and then falls below its own peak with no fall
  announced (see :func:`fell_back`; read by the revisions, which it replaces).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from ..lang import language_data
from .claims import Claim
from .series import one_side_series, overlap

#: ``make(kind, subject, measure, claims, explanation)``: the finding's constructor
Make = Callable[..., Any]
Describe = Callable[[Claim], str]


def announced_changes(subject: str, family: str, claims: list[Claim], make: Make,
                      who: Describe, when: Describe) -> list[Any]:
    """A figure stated after an announced change, matching neither the changed value nor
    anything but the value before the change."""
    found = []
    for runs in one_side_series(claims).values():
        for i, run in enumerate(runs):
            change = run[0]
            if not change.change:
                continue
            before = next((r[-1] for r in reversed(runs[:i]) if r[-1].interval()), None)
            if before is None:
                continue
            factor = float(change.change["factor"])
            lo, hi = before.interval()  # type: ignore[misc]
            expected = (lo * factor, hi * factor)
            later = [c for r in runs[i + 1:] for c in r
                     if c.interval() and not overlap(c.interval(), expected)]  # type: ignore[arg-type]
            if later:
                text = (f"{who(change)} said on {when(change)} the figure would be "
                        f"{change.change.get('word', 'changed')} (from "
                        f"{before.describe_value()}), yet {later[0].describe_value()} is "
                        f"given again on {when(later[0])}.")
                found.append(make("inconsistency", subject, family, (*run, *later), text))
    return found


@cache
def _fall_announced() -> frozenset[str]:
    """The families a side does not lower without saying why (the ledger's table)."""
    table = language_data("en").table("ledger_families")
    return frozenset(table.get("fall_announced", ()))


def fell_back(family: str, firsts: list[Claim]) -> tuple[Claim, Claim, Claim] | None:
    """(the start, the peak, the lower figure after it) when a side's estimate rose and
    then fell below its own peak with no announced fall between: 11,000 troops, then about
    15,000, then about 13,000. A side that revises a figure down once corrects it (a
    revision); one whose count grew and then shrinks unannounced contradicts its own
    earlier word, as troops sent or the dead are not unsent or undone in silence."""
    if family.split(" (")[0] not in _fall_announced():
        return None
    for q, later in enumerate(firsts):
        low = later.interval()
        if low is None or later.change:
            continue
        for p in range(1, q):
            peak, top = firsts[p], firsts[p].interval()
            if peak.change or top is None or low[1] >= top[0]:
                continue
            start = next((c for c in firsts[:p] if not c.change and c.interval()
                          and c.interval()[1] < top[0]), None)  # type: ignore[index]
            announced = any(c.change and float(c.change["factor"]) < 1
                            for c in firsts[p + 1:q])
            if start is not None and not announced:
                return start, peak, later
    return None
