"""Internal inconsistencies: one article that contradicts itself.

Why a module of its own: the other findings set sources against each other or against
their own earlier word; these read one page alone, and each rule says what a page cannot
hold at once without one of its figures being wrong:

- a duration against the date span of the same event ("a four-day exercise" dated over
  five days);
- one number given two meanings: the same count called killed in one sentence and
  injured, missing or killed-or-wounded in another (a headline's "180 killed" over a
  body's "180 injured"), where the outcomes exclude each other;
- two values of a measure an event has only one of (a quake's depth: "10 km deep" and
  later "134 km deep"), unless the sentence is about another shock.

Counts that grow (a toll) are no such measure: a page citing Friday's 144 dead and
Saturday's 1,644 is a report over days, not a contradiction.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from ..lang import language_data, longest_first
from .claims import Claim
from .families import fixed_measures

#: a count this small given for two outcomes may be true of both ("2 killed and 2 hurt")
_MIN_SHARED = 10


@cache
def _exclusive() -> frozenset[frozenset[str]]:
    """Pairs of families whose counts exclude each other: one number cannot be both."""
    return frozenset(frozenset(pair) for pair in
                     language_data("en").table("ledger_families")["exclusive_outcomes"])


@cache
def _outcomes() -> frozenset[str]:
    return frozenset(f for pair in _exclusive() for f in pair)


@cache
def _fixed() -> tuple[frozenset[str], re.Pattern[str]]:
    """The families an event has one value of, and the words of a sentence about another
    shock than the event itself."""
    t = language_data("en").table("ledger_families")
    return (fixed_measures(),
            re.compile(rf"\b(?:{longest_first(t['other_shock'])})\b", re.I))


def _split(family: str) -> tuple[str, str]:
    """("killed", "in the past week") from "killed (in the past week)"."""
    base, _, part = family.partition(" (")
    return base, part.rstrip(")")


def _two_meanings(a: Claim, b: Claim) -> bool:
    """Whether two claims of one article give one number two exclusive meanings."""
    (fa, pa), (fb, pb) = _split(a.family), _split(b.family)
    if fa == fb or pa != pb or frozenset((fa, fb)) not in _exclusive():
        return False
    if a.change or b.change or a.prior or b.prior or a.low is None:
        return False
    return (a.low, a.high) == (b.low, b.high) and a.low >= _MIN_SHARED and (
        a.sentence != b.sentence)


def one_number_two_meanings(subject: str, claims: Iterable[Claim],
                            finding: Callable[..., object]) -> list[object]:
    """Findings for every number an article gives two exclusive meanings: the claims of
    one pair are joined once, however many copies of the page carry them."""
    pool = [c for c in claims if _split(c.family)[0] in _outcomes()]
    seen: set[tuple[str, str]] = set()
    found = []
    for i, a in enumerate(pool):
        for b in pool[i + 1:]:
            if not (a.article_ids & b.article_ids) or not _two_meanings(a, b):
                continue
            key = tuple(sorted((a.id, b.id)))
            if key in seen:
                continue
            seen.add(key)  # type: ignore[arg-type]
            first, second = sorted((a, b), key=lambda c: c.family)
            text = (f"The same article gives {first.describe_value()} as {first.family} "
                    f"of {subject} (\"{first.sentence or first.evidence}\") and as "
                    f"{second.family} (\"{second.sentence or second.evidence}\"): one "
                    "number cannot count both, so one of the two is misreported.")
            found.append(finding("internal_inconsistency", subject,
                                 f"{first.family} / {second.family}", (first, second), text))
    return found


def one_measure_two_values(subject: str, claims: Iterable[Claim],
                           finding: Callable[..., object]) -> list[object]:
    """Findings for every measure an event has one value of that one article gives two
    values that do not overlap (the event's own sentences only: an aftershock has a depth
    of its own)."""
    fixed, other = _fixed()
    pool = [c for c in claims if c.family in fixed and c.interval() is not None
            and not other.search(c.sentence)]
    seen: set[tuple[str, ...]] = set()
    found = []
    for i, a in enumerate(pool):
        for b in pool[i + 1:]:
            ia, ib = a.interval(), b.interval()
            if (a.family != b.family or not (a.article_ids & b.article_ids)
                    or ia is None or ib is None or (ia[0] <= ib[1] and ib[0] <= ia[1])):
                continue
            key = tuple(sorted((a.id, b.id)))
            if key in seen:
                continue
            seen.add(key)
            low, high = sorted((a, b), key=lambda c: c.interval()[0])  # type: ignore[index]
            text = (f"The same article gives the {a.family} of {subject} as "
                    f"{low.evidence} (\"{low.sentence or low.evidence}\") and as "
                    f"{high.evidence} (\"{high.sentence or high.evidence}\"): an "
                    "event has one, so one of the two is wrong or about another event.")
            found.append(finding("internal_inconsistency", subject, a.family, (low, high),
                                 text))
    return found
