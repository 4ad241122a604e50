"""Parts that outgrow their whole on one page: the fates of a counted group adding up to
more than the group.

"270 monks were in the hall; 170 monks are missing, 50 monks died, while 70 got to
safety": each member of a group meets one fate (dead, missing, escaped), so the fates'
counts cannot add up to more than the group, and a page where they do (290 of 270)
contradicts itself: one of its figures is wrong or counts another group. The parts are
the counts that name the group's noun with a fate ("170 monks missing"), and a fate
whose noun the sentence leaves out after another part ("50 monks died, while 70
escaped"). A part is not the whole's own kind of count ("270 monks" and "50 monks
killed" are two measures), so the ledger compares them here and nowhere else.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import cache

from ..lang import language_data
from .claims import Claim


@cache
def _fates() -> frozenset[str]:
    return frozenset(language_data("en").table("ledger_families")["fates"])


@cache
def _anyone() -> frozenset[str]:
    """"people", "residents": no one group, but whoever an event struck."""
    return frozenset(language_data("en").table("ledger_families")["people"])


def _whole(c: Claim) -> str | None:
    """The group a claim counts whole ("monks"), if it is one count of one group: not
    vague ("thousands"), not "people" at large (a toll's dead and missing are no parts of
    "thousands of people in need")."""
    if (c.change or c.prior or c.unit or c.low is None or c.low != c.high
            or not c.measure or c.measure != c.family or c.family in _fates()
            or c.measure in _anyone()):
        return None
    return c.measure


def _parts(noun: str, group: list[Claim]) -> dict[str, Claim] | None:
    """The fates of ``noun``'s members the page counts, one claim each; None when a fate
    is counted twice (two times, or two places: no one sum)."""
    named = [c for c in group if c.family in _fates() and c.low is not None
             and not c.change and c.measure == f"{noun} {c.family}"]
    sentences = {c.sentence for c in named if c.sentence}
    elided = [c for c in group if c.family in _fates() and c.low is not None
              and not c.change and c.measure == c.family and c.sentence in sentences]
    parts: dict[str, Claim] = {}
    for c in named + elided:
        if c.family in parts and parts[c.family].low != c.low:
            return None
        parts.setdefault(c.family, c)
    return parts


def parts_outgrow_whole(subject: str, claims: Iterable[Claim],
                        make: Callable[..., object]) -> list[object]:
    """Internal inconsistencies (``make(kind, subject, measure, claims, text)``) where one
    article's counts of a group's fates add up to more than the group; once per group
    and sum, however many copies of the page carry it."""
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        for article in c.article_ids:
            by_article[article].append(c)
    seen: set[tuple[str, ...]] = set()
    found = []
    for _, group in sorted(by_article.items()):
        for whole in group:
            noun = _whole(whole)
            parts = _parts(noun, group) if noun else None
            if not noun or not parts or len(parts) < 2:
                continue
            total = sum(c.low for c in parts.values())  # type: ignore[misc]
            if total <= whole.interval()[1]:  # type: ignore[index]
                continue
            key = tuple(sorted(c.id for c in (whole, *parts.values())))
            if key in seen:
                continue
            seen.add(key)
            listed = ", ".join(f"{c.describe_value()} {fate}"
                               for fate, c in sorted(parts.items()))
            text = (f"The same article counts {whole.describe_value()} {noun} of {subject} "
                    f"(\"{whole.sentence or whole.evidence}\"), yet their fates add up to "
                    f"{total:,.0f} ({listed}): each counts another member, so one of the "
                    "figures is wrong or counts another group.")
            found.append(make("internal_inconsistency", subject, noun,
                              (whole, *sorted(parts.values(), key=lambda c: c.family)), text))
    return found
