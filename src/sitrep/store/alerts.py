"""What ``sitrep alerts`` keeps between runs: the findings it last saw, and the alerts it
reported (which the workspace page shows too).

Kept apart from derived data like corrections: a re-extraction rewrites figures, never
what the analyst was already told.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .connection import StoreConnection

_ALERT_COLUMNS = ("id", "at", "change", "finding_id", "kind", "subject", "measure",
                  "explanation", "previous")
_SEEN_COLUMNS = ("id", "kind", "subject", "measure", "explanation")


class Alerts(StoreConnection):
    """The last snapshot of findings and the log of alerts."""

    def seen_findings(self) -> list[dict[str, Any]]:
        """The findings as the last recorded run of ``sitrep alerts`` saw them."""
        return [dict(r) for r in self._db.execute(
            "SELECT id, kind, subject, measure, explanation, seen_at FROM alert_findings "
            "ORDER BY kind, subject, measure, id")]

    def record_alerts(self, findings: Iterable[dict[str, Any]],
                      alerts: Iterable[dict[str, Any]], at: str) -> None:
        """Replace the snapshot with ``findings`` and log ``alerts``, in one transaction:
        a run that fails half-way reports the same alerts again next time."""
        with self.transaction():
            self._db.execute("DELETE FROM alert_findings")
            self._db.executemany(
                "INSERT INTO alert_findings(id, kind, subject, measure, explanation, seen_at) "
                "VALUES (?,?,?,?,?,?)",
                [(*(f[k] for k in _SEEN_COLUMNS), at) for f in findings])
            self._db.executemany(
                f"INSERT OR IGNORE INTO alerts({', '.join(_ALERT_COLUMNS)}) "
                f"VALUES ({', '.join('?' for _ in _ALERT_COLUMNS)})",
                [tuple(a[k] for k in _ALERT_COLUMNS) for a in alerts])

    def recent_alerts(self, limit: int = 50) -> list[dict[str, Any]]:
        """The alerts reported last, newest first."""
        return [dict(r) for r in self._db.execute(
            f"SELECT {', '.join(_ALERT_COLUMNS)} FROM alerts ORDER BY at DESC, rowid DESC "
            "LIMIT ?", (int(limit),))]
