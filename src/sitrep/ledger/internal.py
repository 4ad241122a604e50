"""Internal inconsistencies: one article that contradicts itself.

Why a module of its own: the other findings set sources against each other or against
their own earlier word; these read one page alone, and each rule says what a page cannot
hold at once without one of its figures being wrong:

- a duration against the date span of the same event ("a four-day exercise" dated over
  five days);
- one number given two meanings: the same count called killed in one sentence and
  injured, missing or killed-or-wounded in another (a headline's "180 killed" over a
  body's "180 injured"), where the outcomes exclude each other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache

from ..lang import language_data
from .claims import Claim

#: a count this small given for two outcomes may be true of both ("2 killed and 2 hurt")
_MIN_SHARED = 10


@cache
def _exclusive() -> frozenset[str]:
    """Families whose counts exclude each other: one number cannot be two of them."""
    return frozenset(language_data("en").table("ledger_families")["exclusive_outcomes"])


def _split(family: str) -> tuple[str, str]:
    """("killed", "in the past week") from "killed (in the past week)"."""
    base, _, part = family.partition(" (")
    return base, part.rstrip(")")


def _two_meanings(a: Claim, b: Claim) -> bool:
    """Whether two claims of one article give one number two exclusive meanings."""
    (fa, pa), (fb, pb) = _split(a.family), _split(b.family)
    if fa == fb or pa != pb or not {fa, fb} <= _exclusive():
        return False
    if a.change or b.change or a.prior or b.prior or a.low is None:
        return False
    return (a.low, a.high) == (b.low, b.high) and a.low >= _MIN_SHARED and (
        a.sentence != b.sentence)


def one_number_two_meanings(subject: str, claims: Iterable[Claim],
                            finding: Callable[..., object]) -> list[object]:
    """Findings for every number an article gives two exclusive meanings: the claims of
    one pair are joined once, however many copies of the page carry them."""
    pool = [c for c in claims if _split(c.family)[0] in _exclusive()]
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
