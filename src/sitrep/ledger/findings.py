"""Findings: where claims about one event instance and one measure disagree or shift.

| kind | meaning |
| --- | --- |
| disagreement | two sources' ranges do not overlap |
| revision | one source changes its own figure over time, relative changes included |
| inconsistency | a later figure contradicts an announced revision |
| internal_inconsistency | one article contradicts itself (see :mod:`.internal`) |

A finding never joins claims of two event instances: claims are grouped by subject first.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from ..documents import content_id
from ..groups import joined
from .bodies import apart, distinct_bodies, named_bodies
from .bulletins import misreported_bulletins
from .claims import Claim
from .families import families, fixed_measures
from .inconsistencies import announced_changes, changed_since, fell_back
from .increments import ignored_increments
from .instances import is_event_instance, is_lasting, is_ongoing
from .internal import one_measure_two_values, one_number_two_meanings
from .parts import parts_outgrow_whole
from .periods import period_outgrows_total
from .series import one_side_series
from .settled import both_settled

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
                "claim_ids": [c.id for c in self.claims], "explanation": self.explanation,
                "claims": [{"source": c.source.name, "source_type": c.source.type,
                            "country": c.source.country, "value": c.describe_value(),
                            "stated_on": _when(c), "outlets": sorted(c.outlets),
                            "outlet_count": len(c.outlets), "citations": c.citations,
                            "sentence": c.sentence or c.evidence} for c in self.claims]}


def _who(c: Claim) -> str:
    where = f", {c.source.country}" if c.source.country else ""
    return f"{c.source.name} ({c.source.type}{where})"


def _when(c: Claim) -> str:
    if c.stated_on is None:
        return "undated"
    if c.stated_on_known:
        return c.stated_text or str(c.stated_on)
    return f"{c.stated_on} (page date)"


def _carried(c: Claim) -> str:
    """", carried by 3 outlets" when more than one outlet prints the claim."""
    n = len(c.outlets)
    return f", carried by {n} outlets" if n > 1 else ""


def _same_time(a: Claim, b: Claim, family: str) -> bool:
    """A toll grows as days pass: two sources' tolls are compared only when both are dated
    and stated within a few days of each other ("2,056" on Monday is no disagreement with
    "3,600" a week later), and so is anything counted in a war or a deployment, which
    changes over months. The troops of one exercise or a quake's magnitude do not; what
    is counted in an incident that lasts (the ships waiting in a strike, a protest's
    crowd on each of its days) does, and is compared only within a day too.
    Two undated claims one undated page sets side by side ("the junta says 2,056; the
    opposition counts 2,418") are of one time, the page's, as a page date would make
    them: the writer gives both as the current counts."""
    fams = families()
    ongoing = is_ongoing(a.subject)
    if (family.split(" (")[0] not in fams.cumulative and not ongoing
            and not is_lasting(a.subject)) or both_settled(a, b, family):
        return True  # a count that does not move, or no longer does (a final tally)
    if a.stated_on is None or b.stated_on is None:
        return (a.stated_on is None and b.stated_on is None
                and a.date_basis == b.date_basis == "undated"
                and bool(a.article_ids & b.article_ids))
    window = fams.ongoing_same_time_days if ongoing else fams.same_time_days
    return abs((a.stated_on - b.stated_on).days) <= window


def _grew(a: Claim, b: Claim, family: str) -> bool:
    """Whether two claims of an incident's toll (a count that only grows) may be one toll
    seen at two times: the lower said on an earlier day ("44 dead" on Friday, "82" on
    Saturday), or dated by its page alone against a higher one stated that day: a page
    date says only "by then" (a morning paper prints last night's toll). Two figures
    dated alike (both stated, or both by their pages, on one day) are compared. A war's
    counts are not an incident's: they are compared within a week, as they are. A count
    that only falls (those still in hospital) is read the other way round."""
    base, fams = family.split(" (")[0], families()
    if (base not in fams.only_grow | fams.only_fall or is_ongoing(a.subject)
            or both_settled(a, b, family)):
        return False
    low, high = sorted((a, b), key=lambda c: c.interval()[0],  # type: ignore[index]
                       reverse=base in fams.only_fall)  # "low": the one said first
    if low.stated_on is None or high.stated_on is None:
        return False
    return low.stated_on < high.stated_on or (
        high.stated_on_known and not low.stated_on_known)


def _echoed(a: Claim, b: Claim, claims: list[Claim],
            bodies: set[frozenset[str]] | None = None) -> bool:
    """Whether ``a``'s own side gives ``b``'s figure too on ``a``'s day: a source that
    says 1,002 and, hours later, 1,644 does not disagree with another that says 1,644.
    Another agency of ``a``'s government (of ``bodies``) is no echo of ``a``."""
    return a.stated_on is not None and any(
        c.source.side == a.source.side and c.stated_on == a.stated_on
        and not distinct_bodies(a.source, c.source, bodies or set())
        and c.interval() is not None and not apart(c, b) for c in claims if c is not a)


def _fell(a: Claim, b: Claim, family: str) -> bool:
    """Whether one source gives less of a count that never falls (the dead) than another
    gave earlier: "more than 6,000 killed" in August and "about 2,000 killed" in September
    disagree however far apart they were said, as no time passing lowers a death toll.
    Both must be dated; a toll revised down by its own source is a revision, not this."""
    if family.split(" (")[0] not in families().never_fall:
        return False
    if a.stated_on is None or b.stated_on is None or a.stated_on == b.stated_on:
        return False
    early, late = sorted((a, b), key=lambda c: c.stated_on)  # type: ignore[arg-type, return-value]
    ie, il = early.interval(), late.interval()
    return ie is not None and il is not None and il[1] < ie[0]


def _gap(pair: tuple[Claim, Claim]) -> float:
    """How far apart two claims are, as a ratio of their values."""
    a, b = (c.interval() for c in pair)
    lo, hi = sorted((a, b))  # type: ignore[type-var]
    return hi[0] / lo[1] if lo[1] else float("inf")  # type: ignore[index]


def report_groups(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Article id -> one id for every article of its report: an article and its
    translations or rewrites of one statement (pairs of ids) are one source."""
    return joined(pairs)


def _one_report(a: Claim, b: Claim, groups: Mapping[str, str]) -> bool:
    """Whether two claims are one report told twice (one read in an article, the other
    in its translation or rewrite, never both in one article): a source never disagrees
    with itself. Two sides quoted in one article still disagree."""
    return not (a.article_ids & b.article_ids) and bool(
        {groups.get(x, x) for x in a.article_ids} & {groups.get(x, x) for x in b.article_ids})


def _disagreements(subject: str, family: str, claims: list[Claim],
                   groups: Mapping[str, str]) -> list[Finding]:
    # a figure the report calls replaced ("its previous estimate") is no current claim
    valued = [c for c in claims if c.interval() is not None and not c.change and not c.prior]
    # a measure an event has one value of (a magnitude) is the outlets' to misreport too;
    # one with a unit (a depth in miles or km, often misread) is compared as any other
    heard = {"media"}
    if family.split(" (")[0] in fixed_measures():
        valued = [c for c in valued if c.unit is None]
        heard = set()
    bodies = named_bodies(c.source for c in valued)
    pairs = [(a, b) for i, a in enumerate(valued) for b in valued[i + 1:]
             if (a.source.side != b.source.side or distinct_bodies(a.source, b.source, bodies))
             and ({a.source.type, b.source.type}.isdisjoint(heard)
                  or both_settled(a, b, family))
             and (_same_time(a, b, family) or _fell(a, b, family))
             and not _grew(a, b, family)
             and not _echoed(a, b, valued, bodies) and not _echoed(b, a, valued, bodies)
             and apart(a, b)
             and not _one_report(a, b, groups)]
    if not pairs:
        return []
    joined = sorted({c.id: c for pair in pairs for c in pair}.values(),
                    key=lambda c: c.interval()[0])  # type: ignore[index]
    low, high = sorted(max(pairs, key=_gap), key=lambda c: c.interval()[0])  # type: ignore[index]
    others = len(joined) - 2
    text = (f"On {family} for {subject}, {_who(low)} gives {low.describe_value()} on "
            f"{_when(low)}{_carried(low)} while {_who(high)} gives "
            f"{high.describe_value()} on {_when(high)}{_carried(high)}: the ranges do not "
            "overlap" + (f"; {others} other claim{'s fall' if others > 1 else ' falls'} between "
                         "or beside them." if others > 0 else "."))
    return [Finding("disagreement", subject, family, tuple(joined), text)]


def _fall_by_page_date(first: Claim, new: Claim, cumulative: bool) -> bool:
    """Whether a count that only grows (a toll) is seen to fall only because a page date
    orders it after a stated one: a page dated the next day may print what was said the
    day before the stated figure, so its date orders nothing against it."""
    a, b = first.interval(), new.interval()
    if not cumulative or a is None or b is None or b[1] >= a[0]:
        return False
    if first.stated_on is None or new.stated_on is None:
        return False
    return (first.stated_on_known and not new.stated_on_known
            and (new.stated_on - first.stated_on).days <= families().same_time_days)


def _shift(before: list[Claim], after: list[Claim], cumulative: bool = False) -> bool:
    """Whether one run to the next is a revision: not after an announced change (see
    inconsistencies), not two parts of one day's report in one article, and not a claim
    dated by its page alone against one of the same day."""
    first, new = before[0], after[0]
    if first.change:
        return False
    if first.prior and not new.prior and first.stated_on == new.stated_on:
        return True  # "raising its previous estimate of 3,000": the report orders them
    if first.stated_on == new.stated_on and not (first.stated_on_known
                                                 and new.stated_on_known):
        return False  # a page date says "by then": the same day orders nothing
    if _fall_by_page_date(first, new, cumulative):
        return False
    return first.stated_on != new.stated_on or not (
        {a for c in before for a in c.article_ids} & {a for c in after for a in c.article_ids})


def _revisions(subject: str, family: str, claims: list[Claim]) -> list[Finding]:
    """One side's figure followed by different ones, or by an announced change: one
    finding per side, so that a toll rising over days reads as one series."""
    found = []
    for runs in one_side_series(claims).values():
        grows = family.split(" (")[0] in families().cumulative - {"in hospital"}
        steps = [(b, a) for b, a in itertools.pairwise(runs) if _shift(b, a, grows)]
        if not steps:
            continue
        kept = [steps[0][0], *(a for _, a in steps)]
        firsts = [r[0] for r in kept]
        values = [c.interval() for c in firsts if not c.change]
        trend = "changed"
        if len(values) == len(firsts) and all(v is not None for v in values):
            mids = [(v[0] + v[1]) / 2 for v in values]  # type: ignore[index]
            trend = ("rose" if all(x < y for x, y in itertools.pairwise(mids)) else
                     "fell" if all(x > y for x, y in itertools.pairwise(mids)) else "changed")
        path = ", then ".join(f"{c.describe_value()} on {_when(c)}{_carried(c)}"
                              for c in firsts)
        claims_of = [c for r in kept for c in r]
        back = fell_back(family, firsts)
        if back is not None:
            start, peak, later = back
            text = (f"{_who(firsts[0])} put {family} for {subject} at "
                    f"{start.describe_value()} on {_when(start)}, then at "
                    f"{peak.describe_value()} on {_when(peak)}, yet at "
                    f"{later.describe_value()} on {_when(later)}: below its own earlier "
                    "figure, with no fall announced"
                    + (f" (the whole series: {path})." if len(firsts) > 3 else "."))
            found.append(Finding("inconsistency", subject, family, tuple(claims_of), text))
            continue
        text = (f"{_who(firsts[0])}'s figure of {family} for {subject} {trend} over time: "
                f"{path}.")
        found.append(Finding("revision", subject, family, tuple(claims_of), text))
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


def find_findings(claims: list[Claim], reports: Mapping[str, str] | None = None
                  ) -> list[Finding]:
    """Every finding; each compares claims of one subject only. ``reports`` (from
    :func:`report_groups`) tells which articles are one report in other words or another
    language."""
    reports = reports or {}
    by_subject: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in claims:
        by_subject[c.subject][c.family].append(c)
    out: list[Finding] = []
    compared = families().names
    for subject, groups in sorted(by_subject.items()):
        if not is_event_instance(subject):
            # "cities", "metric tons": the thing counted stood in for a subject the text did
            # not name, and counts of unnamed things are not one series to compare
            continue
        kind = subject.split(", ")[0]
        for family, group in sorted(groups.items()):
            if kind in families().not_one_series.get(family.split(" (")[0], ()):
                continue  # the personnel at a quake: rescuers of many teams, no one series
            if family.split(" (")[0] not in compared | fixed_measures():
                # spans and distances belong to places and phases, not one series; "people",
                # "children", "hospitals": no measure an analyst compares across sources
                continue
            out += _disagreements(subject, family, group, reports)
            out += _revisions(subject, family, group)
            out += announced_changes(subject, family, group, Finding, _who, _when)
            out += changed_since(subject, family, group, Finding, _who, _when)
            out += ignored_increments(subject, family, group, Finding, _who, _when)
        out += _internal(subject, groups)
        out += period_outgrows_total(subject, groups, Finding, _who)
        every = [c for g in groups.values() for c in g]
        out += one_number_two_meanings(subject, every, Finding)  # type: ignore[arg-type]
        out += one_measure_two_values(subject, every, Finding)  # type: ignore[arg-type]
        out += parts_outgrow_whole(subject, every, Finding)  # type: ignore[arg-type]
        out += misreported_bulletins(subject, every, reports, Finding)
    return out


__all__ = ["Finding", "Kind", "date", "find_findings", "report_groups"]
