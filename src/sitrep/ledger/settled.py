"""Settled tallies: an incident's toll stated long after the day it happened.

Why: a toll grows while the dead are found, so two sources' tolls are compared only when
stated within a day of each other, and a lower one said earlier is the same toll seen
sooner (:mod:`.findings`). Months after a one-day attack or disaster the count no longer
moves: an article that recalls it gives the final tally, and two such articles giving
different tallies disagree however far apart they were printed ("609 injured" in August,
"121 injured" in October, a year after). An outlet's own voice counts here, as it does for
a quake's magnitude: years on, the outlets' background paragraphs are the record, and one
that repeats an early count misreports it. An ongoing event (a war) never settles.
"""

from __future__ import annotations

from datetime import timedelta

from .claims import Claim
from .families import families
from .instances import instance_day


def _settled(c: Claim) -> bool:
    day = instance_day(c.subject)
    after = families().settled_after_days
    return (bool(after) and day is not None and c.stated_on is not None
            and c.stated_on >= day + timedelta(days=after))


def both_settled(a: Claim, b: Claim, family: str) -> bool:
    """Whether two claims of a one-day incident's cumulative count (a toll) were both
    stated when it had long stopped moving (``settled_after_days`` of
    ``ledger_families.json`` after the incident's day)."""
    return (family.split(" (")[0] in families().cumulative
            and _settled(a) and _settled(b))


__all__ = ["both_settled"]
