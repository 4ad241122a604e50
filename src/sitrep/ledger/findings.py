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

from ..model import content_id
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
    return str(c.stated_on) if c.stated_on_known else f"{c.date_basis} {c.stated_on}"


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _disagreements(subject: str, family: str, claims: list[Claim]) -> list[Finding]:
    valued = [c for c in claims if c.interval() is not None and not c.change]
    pairs = [(a, b) for i, a in enumerate(valued) for b in valued[i + 1:]
             if a.source.key != b.source.key and a.source.type != "media"
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


def _by_source(claims: list[Claim]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.source.type != "media" and c.stated_on is not None:
            out[c.source.key].append(c)
    for group in out.values():
        group.sort(key=lambda c: (c.stated_on, not c.stated_on_known))
    return out


def _revisions(subject: str, family: str, claims: list[Claim]) -> list[Finding]:
    found = []
    for series in _by_source(claims).values():
        for before, after in itertools.pairwise(series):
            if before.stated_on == after.stated_on:
                continue
            if after.change or (before.interval() and after.interval() and not _overlap(
                    before.interval(), after.interval())):  # type: ignore[arg-type]
                text = (f"{_who(before)} gave {before.describe_value()} on {_when(before)}, "
                        f"then {after.describe_value()} on {_when(after)}.")
                found.append(Finding("revision", subject, family, (before, after), text))
    return found


def _inconsistencies(subject: str, family: str, claims: list[Claim]) -> list[Finding]:
    """A figure stated after an announced change, matching the value before the change."""
    found = []
    for series in _by_source(claims).values():
        for i, change in enumerate(series):
            if not change.change:
                continue
            before = next((c for c in reversed(series[:i]) if c.interval()), None)
            if before is None:
                continue
            factor = float(change.change["factor"])
            lo, hi = before.interval()  # type: ignore[misc]
            expected = (lo * factor, hi * factor)
            for later in series[i + 1:]:
                got = later.interval()
                assert change.stated_on is not None and later.stated_on is not None
                if got and later.stated_on > change.stated_on and not _overlap(got, expected):
                    text = (f"{_who(change)} said on {_when(change)} the figure would be "
                            f"{change.change.get('word', 'changed')} (from "
                            f"{before.describe_value()}), yet {later.describe_value()} is "
                            f"given again on {_when(later)}.")
                    found.append(Finding("inconsistency", subject, family, (change, later),
                                         text))
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
        for family, group in sorted(groups.items()):
            if family in ("dates", "duration"):
                continue
            out += _disagreements(subject, family, group)
            out += _revisions(subject, family, group)
            out += _inconsistencies(subject, family, group)
        out += _internal(subject, groups)
    return out


__all__ = ["Finding", "Kind", "date", "find_findings"]
