"""Inconsistencies against an announced increment: "two more died" with a total that
does not move.

Why a module of its own: a side that announces N more dead has a toll N above its
earlier one. A report that gives the increment and, beside it or later, a total that is
still the earlier toll ("two more people died; the official count still stands at 143")
contradicts itself, and so does a stated new total that is not the earlier total plus the
step ("rose by 5 to 47" after 40). The increments come from extraction (``change``:
``{"add": N}``, see :mod:`sitrep.extract.figure_increments`); the earlier total is the
last one the increment's side gave before it, in another article, and a step is read as
one only when it is smaller than that total.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .changes import added
from .claims import Claim
from .families import families

Make = Callable[..., Any]
Describe = Callable[[Claim], str]


def _value(c: Claim) -> float | None:
    """The one value of an exact total, None for a range or an open bound: only an exact
    count can be said to ignore a step of one."""
    return c.low if c.low is not None and c.low == c.high and not c.change else None


def _base(step: Claim, claims: list[Claim]) -> Claim | None:
    """The last total the step's side gave before it, in another article."""
    earlier = [c for c in claims if _value(c) is not None and c.stated_on is not None
               and step.stated_on is not None and c.stated_on < step.stated_on
               and c.source.side == step.source.side and not c.prior
               and not (c.article_ids & step.article_ids)]
    return max(earlier, key=lambda c: (c.stated_on, c.low)) if earlier else None


def _after(step: Claim, claims: list[Claim]) -> list[Claim]:
    """The totals that must count the step: the same report's, and its side's later
    ones."""
    return [c for c in claims if _value(c) is not None and not c.prior and (
        c.article_ids & step.article_ids or (
            c.source.side == step.source.side and c.stated_on is not None
            and step.stated_on is not None and c.stated_on > step.stated_on))]


def ignored_increments(subject: str, family: str, claims: list[Claim], make: Make,
                       who: Describe, when: Describe) -> list[Any]:
    """A total given with or after an announced increment that does not count it: the
    earlier total again (the step ignored), or a stated new total that is not the
    earlier one plus the step."""
    if family.split(" (")[0] not in families().only_grow:
        return []  # troops announced are not yet sent: only a toll must show its step
    found = []
    for step in (c for c in claims if added(c.change) and c.source.type != "media"):
        base = _base(step, claims)
        n, was = added(step.change) or 0.0, (_value(base) or 0.0) if base else 0.0
        if base is None or n >= was:
            # a step as large as the whole toll before it is no step of it: "another 4,000
            # injured" after a headline's toll of the dead names another group
            continue
        stated = step.change.get("total") if step.change else None
        wrong = [c for c in _after(step, claims) if was <= (_value(c) or 0.0) < was + n
                 or (stated is not None and _value(c) == stated and stated != was + n)]
        if not wrong:
            continue
        total = wrong[0]
        text = (f"{who(step)} announced {n:,.0f} more {family} on {when(step)}"
                f", after a total of {base.describe_value()} ({when(base)}): that makes "
                f"{was + n:,.0f}, yet {total.describe_value()} is given ({when(total)}).")
        found.append(make("inconsistency", subject, family, (base, step, total), text))
    return found
