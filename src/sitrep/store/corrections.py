"""The analyst's corrections: rejected figures, merged subjects and entities.

Corrections are kept apart from derived data (their own table, never deleted by a re-ingest
or a new extraction) and are applied when read; the latest correction of a target wins.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..documents import content_id
from .connection import StoreConnection
from .values import bind


class Corrections(StoreConnection):
    """Recording corrections (who, when, what) and reading their effect."""

    def add_correction(self, action: str, target: str, value: str | None, who: str,
                       note: str | None, at: datetime) -> str:
        """Record one correction (who, when, what); returns its id."""
        stamp = at.isoformat(timespec="microseconds")  # orders corrections made in a burst
        cid = content_id(action, target, value, who, stamp, prefix="x")
        with self.transaction():
            self._db.execute(
                "INSERT OR IGNORE INTO corrections(id, at, who, action, target, value, note) "
                "VALUES (?,?,?,?,?,?,?)", bind((cid, stamp, who, action, target, value, note)))
        return cid

    def corrections(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._db.execute(
            "SELECT * FROM corrections ORDER BY at, id")]

    def rejected_figures(self) -> frozenset[str]:
        """Figures whose latest accept/reject correction is a rejection."""
        latest: dict[str, str] = {}
        for row in self._db.execute("SELECT target, action FROM corrections WHERE action IN "
                                    "('reject_figure', 'accept_figure') ORDER BY at, id"):
            latest[row[0]] = row[1]
        return frozenset(t for t, a in latest.items() if a == "reject_figure")

    def merges(self, action: str) -> dict[str, str]:
        """``merge_subjects`` or ``merge_entities`` corrections: old name/key -> kept one."""
        out = {row[0]: row[1] for row in self._db.execute(
            "SELECT target, value FROM corrections WHERE action=? ORDER BY at, id", (action,))}
        for key in list(out):  # follow chains a -> b -> c
            seen = {key}
            while out[key] in out and out[key] not in seen:
                seen.add(out[key])
                out[key] = out[out[key]]
        return out
