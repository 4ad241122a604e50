"""Size-tiered sealed segments for the band and passage keys: a model of the proposal to
replace the middle and big levels of ``sitrep.store.recent`` (a benchmark's model only; the
store does not use it).

The recent tables take the inserts as now. Once they hold ``fold_rows`` rows they are
sealed: copied in key order into a new WITHOUT ROWID table (one per kind of key) and
emptied. A segment's tier is ``floor(log_k(rows / fold_rows))``: a sealed segment is tier
0, ``k`` of them merged make about ``k * fold_rows`` rows, tier 1, and so on. Whenever ``k``
segments share a tier, they are merged into a new table, in key order (one compound SELECT
whose ORDER BY SQLite runs as a merge of the sources' primary keys), and dropped. A table
is only ever written by appending, once: each row is rewritten once per tier it climbs
(about ``log_k(N / fold_rows)`` times) and no merge grows with the whole store. The big
tables of the schema (``lsh_bands``, ``passage_keys``), as the pre-fill leaves them, are
the oldest segment, of their own tier; once merged they are emptied, not dropped.

Look-ups read every segment and the recent tables. The list of segments lives in this
object only: a store would need a catalog table for it.
"""

from __future__ import annotations

import math
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

#: Segments of one tier merged together (4: each row is rewritten about log4(N / 2M)
#: times, twice at 37M rows, three times at 93M; at most 3 segments wait per tier).
K = 4
#: Each kind of key: the prefix of its segment tables, its big table, its columns and the
#: body of its CREATE TABLE (the schema's, ``store/schema_keys.py``).
KINDS = (("lsh", "lsh_bands", "band, key, article_id",
          "band INTEGER NOT NULL, key INTEGER NOT NULL, "
          "article_id TEXT NOT NULL REFERENCES articles(id), "
          "PRIMARY KEY (band, key, article_id)"),
         ("passage", "passage_keys", "key, article_id",
          "key INTEGER NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id), "
          "PRIMARY KEY (key, article_id)"))


@dataclass
class Segment:
    """One sealed segment: a table per kind of key, numbered (0: the schema's big tables)."""

    number: int
    rows: int

    def table(self, kind: int) -> str:
        prefix, big, _, _ = KINDS[kind]
        return big if self.number == 0 else f"{prefix}_seg_{self.number}"


@dataclass
class Tiers:
    """The segments of one store, sealed and merged as the module's docstring says."""

    db: sqlite3.Connection
    fold_rows: int
    k: int = K
    segments: list[Segment] = field(default_factory=list)
    #: Each merge done: (tier merged, rows written), for the report and the tests.
    merges: list[tuple[int, int]] = field(default_factory=list)
    #: What each merge cost: CPU s, wall s, MiB the statements wrote (the WAL; the
    #: checkpoint that copies it back into the file comes at a later COMMIT).
    merge_costs: list[tuple[float, float, float]] = field(default_factory=list)
    seals: int = 0
    _last: int = 0

    @classmethod
    def over(cls, db: sqlite3.Connection, fold_rows: int, big_rows: int,
             k: int = K) -> Tiers:
        """The model over a pre-filled store whose big tables hold ``big_rows`` rows."""
        return cls(db, fold_rows, k, [Segment(0, big_rows)] if big_rows else [])

    def tier(self, rows: int) -> int:
        return max(0, math.floor(math.log(max(rows, 1) / self.fold_rows, self.k) + 1e-9))

    def band_tables(self) -> tuple[str, ...]:
        """Every table a band look-up reads: the segments, then the recent table."""
        return (*(s.table(0) for s in self.segments), "lsh_recent")

    def passage_tables(self) -> tuple[str, ...]:
        return (*(s.table(1) for s in self.segments), "passage_recent")

    def after_batch(self, waiting: int) -> None:
        """Seal the recent tables once they hold ``fold_rows`` rows (``waiting``), then
        merge while some tier holds ``k`` segments; call inside the batch's transaction."""
        if waiting < self.fold_rows:
            return
        self.segments.append(self._copy([("lsh_recent", "passage_recent")]))
        for recent_table in ("lsh_recent", "passage_recent"):
            self.db.execute(f"DELETE FROM {recent_table}")
        self.seals += 1
        while (group := self._full_tier()) is not None:
            tier = self.tier(group[0].rows)
            c, w, b = time.process_time(), time.perf_counter(), written_bytes()
            merged = self._copy([(s.table(0), s.table(1)) for s in group])
            self._drop(group)
            self.segments.append(merged)
            self.merges.append((tier, merged.rows))
            self.merge_costs.append((round(time.process_time() - c, 2),
                                     round(time.perf_counter() - w, 2),
                                     round((written_bytes() - b) / 2**20, 1)))

    def _full_tier(self) -> list[Segment] | None:
        """The ``k`` segments of the lowest tier that holds at least ``k`` (None: none)."""
        by_tier: dict[int, list[Segment]] = {}
        for s in self.segments:
            by_tier.setdefault(self.tier(s.rows), []).append(s)
        full = sorted(t for t, group in by_tier.items() if len(group) >= self.k)
        return by_tier[full[0]][:self.k] if full else None

    def _copy(self, sources: list[tuple[str, str]]) -> Segment:
        """A new segment holding the rows of ``sources`` (one pair of tables per source),
        written in key order; its row count."""
        self._last += 1
        made = Segment(self._last, 0)
        for kind, (_, _, columns, body) in enumerate(KINDS):
            into = made.table(kind)
            self.db.execute(f"CREATE TABLE {into} ({body}) WITHOUT ROWID")
            cur = self.db.execute(f"INSERT OR IGNORE INTO {into}({columns}) "
                                  + merge_sql(tuple(s[kind] for s in sources), columns))
            made.rows += max(cur.rowcount, 0)
        return made

    def _drop(self, group: Iterable[Segment]) -> None:
        for s in group:
            self.segments.remove(s)
            for kind in range(len(KINDS)):
                verb = "DELETE FROM" if s.number == 0 else "DROP TABLE"
                self.db.execute(f"{verb} {s.table(kind)}")


def written_bytes() -> int:
    """Bytes this process has caused to be written to disk (Linux; 0 elsewhere)."""
    try:
        text = Path("/proc/self/io").read_text()
    except OSError:
        return 0
    return int(next(line.split()[1] for line in text.splitlines()
                    if line.startswith("write_bytes")))


@cache
def merge_sql(tables: tuple[str, ...], columns: str) -> str:
    """The rows of ``tables`` in key order: one compound SELECT, which SQLite runs as a
    merge of the tables' primary keys (no sort)."""
    return (" UNION ALL ".join(f"SELECT {columns} FROM {t}" for t in tables)
            + f" ORDER BY {columns}")


@cache
def band_lookup_sql(pairs: int, tables: tuple[str, ...]) -> str:
    """The rows holding any of ``pairs`` (band, key) pairs in every table of ``tables``:
    the join on a VALUES list that ``sitrep.store.relations._band_sql`` uses."""
    values = ",".join("(?,?)" for _ in range(pairs))
    return " UNION ALL ".join(
        f"SELECT b.band, b.key, b.article_id FROM (VALUES {values}) v "
        f"JOIN {t} b ON b.band = v.column1 AND b.key = v.column2" for t in tables)
