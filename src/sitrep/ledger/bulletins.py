"""One official bulletin that two outlets print with different numbers.

Why: a government's daily toll ("3,354 dead, 4,850 injured, 220 missing") is copied by
outlet after outlet, and one of them may print a digit wrong or take one figure from
another day. Such claims are one side's and cannot disagree by the side rule of
:mod:`.findings`, and when one page is undated no time rule compares them either. Yet two
pages that give the same exact, unrounded count of a toll ("214 missing", "3,354 dead")
from one side report one bulletin: such a number does not recur by chance from one day's
count to the next. Any other count of the toll those two pages give for that side (or in
the outlet's own voice, when the page names no source for it) must then be equal; where
the two differ, one outlet misreports the bulletin. That is a disagreement between the
outlets, whoever gave the bulletin.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from typing import Any

from .bodies import apart
from .claims import Claim
from .families import families

#: an exact count below this is too common to name one bulletin ("3 missing")
_MIN_ANCHOR = 100

#: how far apart two printings of one count may be for one to be a misprint of the other
_MISPRINT = 1.2


def _plain(c: Claim) -> bool:
    """A current count of the whole toll: no part, no change, no earlier figure."""
    return (" (" not in c.family and c.family in families().cumulative
            and not c.change and not c.prior and c.interval() is not None)


def _anchor_value(c: Claim) -> bool:
    """A bare count stated exactly, not rounded ("3,354", not "3,350" or "about 3,354")."""
    return (not c.qualifier and c.low is not None and c.low == c.high
            and c.low == int(c.low) and int(c.low) % 10 != 0)


def _anchor(c: Claim) -> bool:
    """A count that names one source's bulletin: exact, not small, not the outlet's own."""
    return _anchor_value(c) and (c.low or 0) >= _MIN_ANCHOR and c.source.type != "media"


def _per_article(claims: list[Claim]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if _plain(c):
            for a in c.article_ids:
                out[a].append(c)
    return out


def _same_day_or_undated(a: Claim, b: Claim) -> bool:
    """Two stated days that differ are two bulletins; a page date or none says nothing."""
    return not (a.stated_on_known and b.stated_on_known and a.stated_on != b.stated_on)


def _bulletin(page_a: list[Claim], page_b: list[Claim]) -> Claim | None:
    """A count of one side's bulletin that both pages give exactly (its claim on the
    first page), or None."""
    for a in page_a:
        for b in page_b:
            if (_anchor(a) and _anchor(b) and a.family == b.family and a.low == b.low
                    and a.source.side == b.source.side and _same_day_or_undated(a, b)):
                return a
    return None


def _the_count(page: list[Claim], family: str, side: str) -> Claim | None:
    """The one value a page gives of ``family`` for ``side`` (else in its own voice):
    None when it gives two (a page telling how the toll rose reports several bulletins)."""
    for wanted in (lambda c: c.source.side == side, lambda c: c.source.type == "media"):
        found = [c for c in page if c.family == family and wanted(c)]
        values = {(c.low, c.high) for c in found}
        if len(values) == 1:
            return found[0]
        if found:
            return None
    return None


def _differ(a: Claim, b: Claim) -> bool:
    """Two printings of one count that differ as a misprint does: exact ones must be
    equal, a rounded or hedged one must allow the other; yet not by more than a misprint
    makes (:data:`_MISPRINT`): a page with a much lower count beside the same anchor
    prints a count of an earlier bulletin that the anchor's count did not change
    between (the missing stay 30 while the dead rise from 1,002 to 1,644)."""
    ia, ib = a.interval(), b.interval()
    if ia is None or ib is None or min(ia[1], ib[1]) <= 0:
        return False
    if max(ia[0], ib[0]) / min(ia[1], ib[1]) > _MISPRINT:
        return False
    if _anchor_value(a) and _anchor_value(b):
        return a.low != b.low
    return apart(a, b)


def misreported_bulletins(subject: str, claims: list[Claim], reports: Mapping[str, str],
                          make: Callable[..., Any]) -> list[Any]:
    """Disagreements (``make(kind, subject, measure, claims, text)``) where two pages
    reporting one bulletin give different counts of one of its measures; one finding per
    measure, joining every printing found to differ."""
    pages = _per_article(claims)
    ids = sorted(pages)
    differing: dict[str, dict[str, Claim]] = defaultdict(dict)
    texts: dict[str, str] = {}
    for i, x in enumerate(ids):
        for y in ids[i + 1:]:
            if reports.get(x, x) == reports.get(y, y):
                continue  # a translation or rewrite of one report is no second printing
            anchor = _bulletin(pages[x], pages[y])
            if anchor is None:
                continue
            side = anchor.source.side
            for family in sorted({c.family for c in pages[x]} & {c.family for c in pages[y]}):
                a, b = _the_count(pages[x], family, side), _the_count(pages[y], family, side)
                if a is None or b is None or a is b or not _differ(a, b):
                    continue
                differing[family].update({a.id: a, b.id: b})
                texts.setdefault(family, (
                    f"Two pages report one bulletin of {subject} (both give "
                    f"{anchor.describe_value()} {anchor.family}) yet print {family} as "
                    f"{a.describe_value()} "
                    f"({', '.join(sorted(a.outlets)) or 'one outlet'}) and as "
                    f"{b.describe_value()} ({', '.join(sorted(b.outlets)) or 'another'}): "
                    "one of them misreports it."))
    return [make("disagreement", subject, family,
                 tuple(sorted(found.values(), key=lambda c: (c.low or 0, c.id))),
                 texts[family]) for family, found in sorted(differing.items())]
