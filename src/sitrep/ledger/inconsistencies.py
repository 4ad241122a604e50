"""Inconsistencies: a figure that contradicts a change its own side announced.

Why a module of its own: revisions (:mod:`.findings`) report a side's figure as it moves;
these rules read what the side said the move would be ("halved", "more than tripled",
"one more died") and flag the figure that does not follow it.

- announced change: a figure stated after "halved" that is neither the halved value nor
  anything but the old one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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
