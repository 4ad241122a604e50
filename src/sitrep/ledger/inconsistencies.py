"""Inconsistencies: a figure that contradicts a change its own side announced.

Why a module of its own: revisions (:mod:`.findings`) report a side's figure as it moves;
these rules read what the side said the move would be ("halved", "more than tripled",
"one more died") and flag the figure that does not follow it.

- announced change: a figure stated after "halved" that is neither the halved value nor
  anything but the old one.
- fell back: a side's estimate that grew and then falls below its own peak with no fall
  announced (see :func:`fell_back`; read by the revisions, which it replaces).
- changed since: a report that gives a new figure with the change since its source's
  earlier one ("more than tripled"), where the two do not agree.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from ..lang import language_data
from .changes import change_bound
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
            if not change.change or "factor" not in change.change:
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
    earlier word, as troops sent are not unsent in silence. A toll is no such count (the
    table's ``fall_announced``): a counter lowering its own toll corrects it."""
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
            announced = any(c.change and float(c.change.get("factor", 1)) < 1
                            for c in firsts[p + 1:q])
            if start is not None and not announced:
                return start, peak, later
    return None


def _expected(base: tuple[float, float], factor: float, bound: str | None
              ) -> tuple[float, float]:
    """The values a base changed by ``factor`` may take, with the change's hedge: "more
    than tripled" is three times the base or more, "almost doubled" about twice it."""
    lo, hi = base[0] * factor, base[1] * factor
    if bound == "low":
        return lo, float("inf")
    if bound == "high":
        return 0.0, hi
    return (lo * 0.9, hi * 1.1) if bound == "about" else (lo, hi)


def _base(value: Claim, claims: list[Claim]) -> Claim | None:
    """The earlier figure of ``value``'s side that a change in its article is measured
    from: the last one dated before it in another article, else the one undated figure of
    that side elsewhere (its other undated figures must give the same value, or the new
    one: a page repeating the new figure without a date)."""
    others = [c for c in claims if not c.change and c.interval() is not None
              and c.source.side == value.source.side and c.source.type != "media"
              and not (c.article_ids & value.article_ids)]
    dated = [c for c in others if c.stated_on is not None and value.stated_on is not None
             and c.stated_on < value.stated_on]
    if dated:
        return max(dated, key=lambda c: c.stated_on)  # type: ignore[arg-type, return-value]
    # an undated figure giving the new value is the new figure repeated on another page
    undated = [c for c in others if c.stated_on is None
               and not overlap(c.interval(), value.interval())]  # type: ignore[arg-type]
    if not undated or any(not overlap(c.interval(), undated[0].interval())  # type: ignore[arg-type]
                          for c in undated):
        return None
    return undated[0]


def changed_since(subject: str, family: str, claims: list[Claim], make: Make,
                  who: Describe, when: Describe) -> list[Any]:
    """A report that announces a change ("the wounded more than tripled since last
    month's report") and gives the new figure, where the new figure does not follow the
    change from its source's earlier one (1,000 wounded, then 2,700: less than triple)."""
    found = []
    for change in (c for c in claims if c.change and "factor" in c.change):
        factor = float(change.change["factor"])  # type: ignore[index]
        bound = change_bound(change.sentence, change.evidence)
        for value in claims:
            if (value.change or value.source.type == "media" or value.interval() is None
                    or not (value.article_ids & change.article_ids)):
                continue
            base = _base(value, claims)
            if base is None or overlap(value.interval(),  # type: ignore[arg-type]
                                       _expected(base.interval(), factor, bound)):  # type: ignore[arg-type]
                continue
            word = ("more than " if bound == "low" else "") + str(
                change.change.get("word", "changed"))  # type: ignore[union-attr]
            lo, hi = _expected(base.interval(), factor, bound)  # type: ignore[arg-type]
            would = f"{lo:,.0f} or more" if hi == float("inf") else f"{lo:,.0f} to {hi:,.0f}"
            text = (f"{who(value)} gives {value.describe_value()} {family} "
                    f"({when(value)}), and the same report says they {word} since its "
                    f"earlier {base.describe_value()} ({when(base)}): that would be "
                    f"{would}, not {value.describe_value()}.")
            found.append(make("inconsistency", subject, family, (change, value, base), text))
    return found
