"""Findings: where claims about one event instance and one measure disagree or shift.

| kind | meaning |
| --- | --- |
| disagreement | two sources' ranges do not overlap |
| revision | one source changes its own figure over time, relative changes included |
| inconsistency | a later figure contradicts an announced revision |
| internal_inconsistency | one article contradicts itself (a "four-day" exercise over five days) |

A finding never joins claims of two event instances: claims are grouped by subject first.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from ..documents import content_id
from .claims import Claim

Kind = Literal["disagreement", "revision", "inconsistency", "internal_inconsistency"]


@dataclass(frozen=True)
class Finding:
    kind: Kind
    subject: str
    measure: str
    claims: tuple[Claim, ...]
    explanation: str

    @property
    def id(self) -> str:
        return content_id(self.kind, self.subject, self.measure,
                          sorted(c.id for c in self.claims), prefix="g")

    @property
    def figure_ids(self) -> list[str]:
        return sorted({f for c in self.claims for f in c.figure_ids})

    def as_record(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "subject": self.subject,
                "measure": self.measure, "figure_ids": self.figure_ids,
                "claim_ids": [c.id for c in self.claims], "explanation": self.explanation}


def _who(c: Claim) -> str:
    where = f", {c.source.country}" if c.source.country else ""
    return f"{c.source.name} ({c.source.type}{where})"


def _when(c: Claim) -> str:
    if c.stated_on is None:
        return "undated"
    if c.stated_on_known:
        return c.stated_text or str(c.stated_on)
    return f"{c.date_basis} {c.stated_on}"


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _disagreements(subject: str, family: str, claims: list[Claim]) -> list[Finding]:
    valued = [c for c in claims if c.interval() is not None and not c.change]
    pairs = [(a, b) for i, a in enumerate(valued) for b in valued[i + 1:]
             if a.source.side != b.source.side and a.source.type != "media"
             and b.source.type != "media"
             and not _overlap(a.interval(), b.interval())]  # type: ignore[arg-type]
    if not pairs:
        return []
    joined = sorted({c.id: c for pair in pairs for c in pair}.values(),
                    key=lambda c: c.interval()[0])  # type: ignore[index]
    low, high = joined[0], joined[-1]
    text = (f"On {family} for {subject}, {_who(low)} gives {low.describe_value()} "
            f"({_when(low)}) while {_who(high)} gives {high.describe_value()} "
            f"({_when(high)}): the ranges do not overlap.")
    return [Finding("disagreement", subject, family, tuple(joined), text)]


def _same_value(a: Claim, b: Claim) -> bool:
    if a.change or b.change:
        return bool(a.change and b.change and a.change["factor"] == b.change["factor"])
    ia, ib = a.interval(), b.interval()
    return bool(ia and ib and _overlap(ia, ib))


def _series(claims: list[Claim]) -> dict[str, list[list[Claim]]]:
    """Per side, its claims in time order as runs of one value.

    An undated announced change that repeats one the side made earlier is a later citation
    of it (an article recalling "in May the minister said the number would be halved"), not
    a new point in time. A repeated value is kept: "13,000 again in August" may be news."""
    by_side: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.source.type != "media" and c.stated_on is not None:
            by_side[c.source.side].append(c)
    out: dict[str, list[list[Claim]]] = {}
    for side, group in by_side.items():
        group.sort(key=lambda c: (c.stated_on, not c.stated_on_known))
        kept: list[Claim] = []
        repeats: list[tuple[Claim, Claim]] = []  # (repeat, the earlier claim it repeats)
        for c in group:
            earlier = next((k for k in kept if _same_value(k, c)), None)
            if c.change and not c.stated_on_known and earlier is not None:
                repeats.append((c, earlier))
                continue
            kept.append(c)
        runs: list[list[Claim]] = []
        for c in kept:
            if runs and _same_value(runs[-1][-1], c):
                runs[-1].append(c)
            else:
                runs.append([c])
        for repeat, earlier in repeats:  # cited with the announcement it repeats
            next(r for r in runs if earlier in r).append(repeat)
        out[side] = runs
    return out


def _revisions(subject: str, family: str, claims: list[Claim]) -> list[Finding]:
    """One side's figure followed by a different one, or by an announced change."""
    found = []
    for runs in _series(claims).values():
        for before, after in itertools.pairwise(runs):
            first, new = before[0], after[0]
            if first.change or first.stated_on == new.stated_on:
                continue  # after a change, see inconsistencies; one day's parts are no shift
            text = (f"{_who(first)} gave {first.describe_value()} on {_when(first)}, "
                    f"then {new.describe_value()} on {_when(new)}.")
            found.append(Finding("revision", subject, family, (*before, *after), text))
    return found


def _inconsistencies(subject: str, family: str, claims: list[Claim]) -> list[Finding]:
    """A figure stated after an announced change, matching neither the changed value nor
    anything but the value before the change."""
    found = []
    for runs in _series(claims).values():
        for i, run in enumerate(runs):
            change = run[0]
            if not change.change:
                continue
            before = next((r[-1] for r in reversed(runs[:i]) if r[-1].interval()), None)
            if before is None:
                continue
            factor = float(change.change["factor"])
            lo, hi = before.interval()  # type: ignore[misc]
            expected = (lo * factor, hi * factor)
            later = [c for r in runs[i + 1:] for c in r
                     if c.interval() and not _overlap(c.interval(), expected)]  # type: ignore[arg-type]
            if later:
                text = (f"{_who(change)} said on {_when(change)} the figure would be "
                        f"{change.change.get('word', 'changed')} (from "
                        f"{before.describe_value()}), yet {later[0].describe_value()} is "
                        f"given again on {_when(later[0])}.")
                found.append(Finding("inconsistency", subject, family, (*run, *later), text))
    return found


def _internal(subject: str, groups: dict[str, list[Claim]]) -> list[Finding]:
    """A duration against a date span of the same event, in the same article."""
    seen: dict[tuple[object, ...], int] = {}  # copies of one story: one finding
    found: list[Finding] = []
    for duration in groups.get("duration", []):
        if duration.unit != "day" or duration.low is None:
            continue
        for span in groups.get("dates", []):
            if not (span.article_ids & duration.article_ids) or not span.start or not span.end:
                continue
            days = (span.end - span.start).days + 1
            if days == duration.low:
                continue
            key = (duration.low, span.start, span.end)
            if key in seen:
                earlier = found[seen[key]]
                found[seen[key]] = Finding(earlier.kind, subject, "duration",
                                           (*earlier.claims, duration, span),
                                           earlier.explanation)
                continue
            text = (f"The same article calls {subject} a {duration.low:.0f}-day event but "
                    f"dates it {span.start} to {span.end}, which is {days} days "
                    "counting both ends.")
            seen[key] = len(found)
            found.append(Finding("internal_inconsistency", subject, "duration",
                                 (duration, span), text))
    return found


def find_findings(claims: list[Claim]) -> list[Finding]:
    """Every finding; each compares claims of one subject only."""
    by_subject: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in claims:
        by_subject[c.subject][c.family].append(c)
    out: list[Finding] = []
    for subject, groups in sorted(by_subject.items()):
        if not subject[:1].isupper():
            # "cities", "metric tons": the thing counted stood in for a subject the text did
            # not name, and counts of unnamed things are not one series to compare
            continue
        for family, group in sorted(groups.items()):
            if family in ("dates", "duration", "distance"):
                continue  # spans and distances belong to places and phases, not one series
            out += _disagreements(subject, family, group)
            out += _revisions(subject, family, group)
            out += _inconsistencies(subject, family, group)
        out += _internal(subject, groups)
    return out


__all__ = ["Finding", "Kind", "date", "find_findings"]
