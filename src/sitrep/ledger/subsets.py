"""Counts of a part of a group another count names: the children among the dead, the
900 "of whom" a count of 3,400 evacuees speaks.

Why apart from the families: a part has its family's words ("900 were still unable to
return home" after "3,400 evacuated"), yet it is never a rival figure of the whole; the
ledger names it with its part, so that it is compared only with counts of that part.
"""

from __future__ import annotations

import re
from functools import cache

from ..lang import language_data, longest_first
from .families import families


@cache
def _subgroups() -> frozenset[str]:
    return frozenset(language_data("en").table("ledger_families")["subgroups"])


def subgroup(measure: str | None) -> str | None:
    """The group of people a count is limited to when its thing counted names one ("five
    children", "12 foreigners"): the children among the dead are a part of the toll, never
    a rival toll, and are compared only with counts of children."""
    head = re.split(r"\s+(?:in|on|at|near|from|of)\s+", (measure or "").lower())[0].split()
    return next((w for w in head if w in _subgroups()), None)  # "children killed" too


@cache
def _of_them_before() -> re.Pattern[str]:
    words = language_data("en").table("ledger_families")["of_them"]
    return re.compile(rf"\b(?:{longest_first(words)})\s+(?:(?:about|some|around|nearly|"
                      r"almost|at least|more than|over|only)\s+)?$", re.I)


def of_them(before: str, family: str) -> bool:
    """Whether the words right before a number make it a part of the count of ``family``
    before them ("3,400 people were evacuated, of whom about 900 cannot go home"): the
    part is not the group's count. A part of another family is a count of its own ("695
    hurt, of whom 144 died": the dead, whom :func:`.families.dead_among` reads)."""
    found = _of_them_before().search(before, max(0, len(before) - 40))
    if found is None:
        return False
    own = dict(families().patterns).get(family)
    return own is not None and own.search(before[:found.start()]) is not None
