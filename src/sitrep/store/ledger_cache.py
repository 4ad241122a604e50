"""The findings, computed once and kept until what they are computed from changes.

Computing the ledger reads every figure and mention and loads the gazetteer: seconds on a
small store, more on a large one. Listing findings should not pay that each time, so the
result is kept in ``ledger_cache`` under a key that names the state of the store it was
computed from. That state is the ``generation`` of ``ledger_state``, moved on by triggers
at every write to articles, extractions (whose rows come with every write of figures and
mentions) or corrections (schema migration 4), so no writer has to remember to invalidate
it; the caller adds to the key whatever else the result depends on (the code and data of
the ledger).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from .connection import BUSY_TIMEOUT, StoreConnection


class LedgerCache(StoreConnection):
    """Reading and keeping the computed findings."""

    def ledger_generation(self) -> int:
        """A number that changes whenever anything the ledger reads changes."""
        row = self._db.execute("SELECT generation FROM ledger_state WHERE id = 1").fetchone()
        return int(row[0]) if row else 0

    def cached_findings(self, key: str) -> list[dict[str, Any]] | None:
        """The findings kept under ``key``, or None when they were not computed for it."""
        row = self._db.execute("SELECT findings FROM ledger_cache WHERE key = ?",
                               (key,)).fetchone()
        return None if row is None else json.loads(row[0])

    def keep_findings(self, key: str, findings: list[dict[str, Any]]) -> bool:
        """Keep ``findings`` under ``key`` (and drop older entries). A reader must not wait
        for an ingest under way: when the store is locked this keeps nothing and returns
        False, and the next listing computes them again (so does a read-only store)."""
        self._db.execute("PRAGMA busy_timeout=0")
        try:
            with self.transaction():
                self._db.execute("DELETE FROM ledger_cache WHERE key != ?", (key,))
                self._db.execute("INSERT OR REPLACE INTO ledger_cache(key, findings) "
                                 "VALUES (?, ?)", (key, json.dumps(findings)))
        except sqlite3.OperationalError:  # locked by a writer, or a read-only file
            return False
        finally:
            self._db.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT * 1000)}")
        return True
