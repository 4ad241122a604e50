"""One side's figures of one measure in time order, as runs of one value.

Why a module of its own: revisions (:mod:`.findings`) and inconsistencies
(:mod:`.inconsistencies`) read the same series, a side's word over time; both ask which
claims give one value and which follow which.
"""

from __future__ import annotations

from collections import defaultdict

from .changes import added
from .claims import Claim


def overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two closed intervals share a value."""
    return a[0] <= b[1] and b[0] <= a[1]


def same_value(a: Claim, b: Claim) -> bool:
    """Whether two claims give one value: the same announced change, one exact count, or
    intervals that overlap."""
    if a.change or b.change:
        return bool(a.change and b.change and a.change.get("factor") == b.change.get("factor")
                    and a.change.get("add") == b.change.get("add"))
    if exact(a) and exact(b):
        return a.low == b.low  # "133" then "137": a toll that rose, not one figure rounded
    ia, ib = a.interval(), b.interval()
    return bool(ia and ib and overlap(ia, ib))


def exact(c: Claim) -> bool:
    """A bare count that is not round ("137", not "140" or "about 130"): it states its
    value exactly, so another value is another figure however close."""
    return (not c.qualifier and c.low is not None and c.low == c.high
            and c.low == int(c.low) and int(c.low) % 10 != 0)


def one_side_series(claims: list[Claim]) -> dict[str, list[list[Claim]]]:
    """Per side, its claims in time order as runs of one value.

    An undated announced change that repeats one the side made earlier is a later citation
    of it (an article recalling "in May the minister said the number would be halved"), not
    a new point in time. A repeated value is kept: "13,000 again in August" may be news."""
    by_side: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.source.type != "media" and c.stated_on is not None and added(c.change) is None:
            by_side[c.source.side].append(c)
    out: dict[str, list[list[Claim]]] = {}
    for side, group in by_side.items():
        group.sort(key=lambda c: (c.stated_on, not c.prior, not c.stated_on_known))
        kept: list[Claim] = []
        repeats: list[tuple[Claim, Claim]] = []  # (repeat, the earlier claim it repeats)
        for c in group:
            earlier = next((k for k in kept if same_value(k, c)), None)
            if c.change and not c.stated_on_known and earlier is not None:
                repeats.append((c, earlier))
                continue
            kept.append(c)
        runs: list[list[Claim]] = []
        for c in kept:
            if runs and same_value(runs[-1][-1], c):
                runs[-1].append(c)
            else:
                runs.append([c])
        for repeat, earlier in repeats:  # cited with the announcement it repeats
            next(r for r in runs if earlier in r).append(repeat)
        out[side] = runs
    return out


