"""The analyst's corrections: rejected figures, merged subjects and entities.

Corrections are kept apart from derived data (their own table, never deleted by a re-ingest
or a new extraction) and are applied when read; the latest correction of a target wins.
Nothing is ever deleted: ``undo`` is a correction too (its target is the id of the one it
cancels), so the record says who took what back, and when. An undone undo restores.
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
        """Every correction, oldest first, each with ``active``: False once undone."""
        rows = [dict(r) for r in self._db.execute("SELECT * FROM corrections ORDER BY at, id")]
        undos: dict[str, list[str]] = {}
        for row in rows:
            if row["action"] == "undo":
                undos.setdefault(row["target"], []).append(row["id"])
        active: dict[str, bool] = {}

        def is_active(cid: str, depth: int = 0) -> bool:
            # an undo is itself undone by a later undo; chains are short, cycles impossible
            # (an undo names an older id), the depth guard is for a damaged store
            if cid not in active:
                active[cid] = depth > 50 or not any(
                    is_active(u, depth + 1) for u in undos.get(cid, ()))
            return active[cid]

        for row in rows:
            row["active"] = is_active(row["id"])
        return rows

    def _active(self, *actions: str) -> list[dict[str, Any]]:
        return [r for r in self.corrections() if r["active"] and r["action"] in actions]

    def rejected_figures(self) -> frozenset[str]:
        """Figures whose latest accept/reject correction (not undone) is a rejection."""
        latest: dict[str, str] = {}
        for row in self._active("reject_figure", "accept_figure"):
            latest[row["target"]] = row["action"]
        return frozenset(t for t, a in latest.items() if a == "reject_figure")

    def merges(self, action: str) -> dict[str, str]:
        """``merge_subjects`` or ``merge_entities`` corrections (not undone): old name/key ->
        kept one."""
        out = {row["target"]: row["value"] for row in self._active(action)}
        for key in list(out):  # follow chains a -> b -> c
            seen = {key}
            while out[key] in out and out[key] not in seen:
                seen.add(out[key])
                out[key] = out[out[key]]
        return out

    def known_subjects(self) -> set[str]:
        """Every subject a figure names, and every name a merge kept: what a merge of
        subjects may name."""
        names = {r[0] for r in self._db.execute(
            "SELECT DISTINCT subject FROM figures WHERE subject IS NOT NULL")}
        return names | set(self.merges("merge_subjects").values())

    def known_entity_keys(self) -> set[str]:
        """Every entity as KIND:KEY (the form of ``entities --format jsonl``)."""
        return {r[0] for r in self._db.execute(
            "SELECT DISTINCT kind || ':' || key FROM mentions")}
