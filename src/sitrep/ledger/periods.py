"""A count over one period that outgrows the whole count a source gave before.

"1,000 killed or wounded in the past week" is a week's count, kept apart from the total
(:func:`sitrep.ledger.families.counted`). Yet when a government that put the whole
count at "several hundred" ten days earlier now gives more than that for one week alone,
its own total has been revised: the week's figure is a floor of the new total, above the
old one. A count that never falls (the dead, the casualties) is one series, however many
of its parts are counted by period.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .claims import Claim
from .families import families


def _period_of(family: str) -> str | None:
    """The total's family of a period's count ("casualties (in the past week)" ->
    "casualties"), if ``family`` is one of a count that never falls."""
    base, _, rest = family.partition(" (")
    if not rest or base not in families().never_fall or not families().period.search(rest):
        return None
    return base


def _earlier_totals(week: Claim, totals: list[Claim]) -> list[Claim]:
    """The totals of ``week``'s side, said before it, that its one period alone exceeds."""
    value = week.low if week.low is not None else None
    return [t for t in totals
            if t.source.side == week.source.side and t.source.type != "media"
            and t.stated_on is not None and week.stated_on is not None
            and t.stated_on < week.stated_on and t.interval() is not None
            and value is not None and value > t.interval()[1]]  # type: ignore[index]


def period_outgrows_total(subject: str, groups: dict[str, list[Claim]],
                          make: Callable[..., Any], describe: Callable[[Claim], str]
                          ) -> list[Any]:
    """Revisions (``make(kind, subject, measure, claims, text)``) where one side's count
    over a period exceeds the whole count it gave earlier; one per side and family."""
    found: list[Any] = []
    for family, group in sorted(groups.items()):
        base = _period_of(family)
        if base is None:
            continue
        by_side: dict[str, list[tuple[Claim, Claim]]] = {}
        for week in group:
            if week.source.type == "media" or week.change:
                continue
            totals = _earlier_totals(week, groups.get(base, []))
            if totals:
                last = max(totals, key=lambda t: t.stated_on)  # type: ignore[arg-type, return-value]
                by_side.setdefault(week.source.side, []).append((last, week))
        for pairs in by_side.values():
            total, week = pairs[0]
            claims = (total, *sorted({w.id: w for _, w in pairs}.values(), key=lambda c: c.id))
            text = (f"{describe(total)} put {base} for {subject} at "
                    f"{total.describe_value()} on {total.stated_on}; then "
                    f"{describe(week)} gave {week.describe_value()} {family.split(' (')[1][:-1]}"
                    f" alone on {week.stated_on}: the whole count has risen past the earlier "
                    "total.")
            found.append(make("revision", subject, base, claims, text))
    return found
