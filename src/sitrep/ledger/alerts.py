"""Alerts: the findings that are new, changed or gone since ``sitrep alerts`` last ran.

An analyst following a crisis for weeks wants to be told when a figure shifts, not to
reread every finding after each ingest. A finding's id is a hash of its kind, event,
measure and claims, so a new claim in a disagreement gives it a new id: a finding that
disappears and one that appears with the same kind, event and measure are one finding
that *changed* ("the official toll was revised from 40 to 62", then "... then 75").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

from ..documents import content_id
from . import ledger_from_store
from .findings import Finding

if TYPE_CHECKING:
    from ..store import Store

Change = Literal["new", "changed", "gone"]


@dataclass(frozen=True, slots=True)
class Alert:
    """One finding that is new, changed or gone, with what it said before."""

    change: Change
    finding_id: str
    kind: str
    subject: str
    measure: str
    explanation: str
    previous: str | None  # the explanation before, for a changed or gone finding

    def describe(self) -> str:
        what = f"{self.kind.replace('_', ' ')} on {self.subject} / {self.measure}"
        if self.change == "new":
            return f"new {what}: {self.explanation}"
        if self.change == "changed":
            return f"changed {what}: {self.explanation} (before: {self.previous})"
        return f"gone {what}: no longer found (was: {self.previous})"

    def as_record(self, at: str) -> dict[str, Any]:
        return {"id": content_id(at, self.change, self.finding_id, prefix="y"), "at": at,
                "change": self.change, "finding_id": self.finding_id, "kind": self.kind,
                "subject": self.subject, "measure": self.measure,
                "explanation": self.explanation, "previous": self.previous,
                "message": self.describe()}


def _key(kind: str, subject: str, measure: str) -> tuple[str, str, str]:
    return kind, subject, measure


def diff_findings(seen: list[dict[str, Any]], current: list[Finding]) -> list[Alert]:
    """What changed from the findings ``seen`` (rows of the last snapshot) to ``current``.

    Findings are paired by id first (unchanged: no alert); the rest by kind, event and
    measure, in order: a pair is a change, an unpaired current finding is new, an
    unpaired old one is gone."""
    now_ids = {f.id for f in current}
    seen_ids = {s["id"] for s in seen}
    left: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for s in seen:
        if s["id"] not in now_ids:
            left[_key(s["kind"], s["subject"], s["measure"])].append(s)
    alerts = []
    for f in current:
        if f.id in seen_ids:
            continue
        olds = left.get(_key(f.kind, f.subject, f.measure))
        old = olds.pop(0) if olds else None
        alerts.append(Alert("changed" if old else "new", f.id, f.kind, f.subject, f.measure,
                            f.explanation, old["explanation"] if old else None))
    for olds in left.values():
        alerts += [Alert("gone", s["id"], s["kind"], s["subject"], s["measure"],
                         s["explanation"], s["explanation"]) for s in olds]
    return alerts


@dataclass(frozen=True)
class AlertRun:
    """The alerts of one run and the findings they were computed from; :meth:`record`
    makes these findings what the next run compares with."""

    at: str
    alerts: tuple[dict[str, Any], ...]
    findings: tuple[dict[str, Any], ...]

    def record(self, store: Store) -> None:
        store.record_alerts(self.findings, self.alerts, self.at)


def check_alerts(store: Store, at: datetime | None = None) -> AlertRun:
    """The alerts since the last recorded run, as records (not recorded yet: the caller
    records them once they are delivered)."""
    stamp = (at or datetime.now(UTC).replace(tzinfo=None)).isoformat(timespec="seconds")
    _, findings = ledger_from_store(store)
    alerts = tuple(a.as_record(stamp) for a in diff_findings(store.seen_findings(), findings))
    rows = tuple({"id": f.id, "kind": f.kind, "subject": f.subject, "measure": f.measure,
                  "explanation": f.explanation} for f in findings)
    return AlertRun(stamp, alerts, rows)
