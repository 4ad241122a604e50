"""Two levels for the duplicate-detection keys: small "recent" tables take the inserts, and
are folded into the big tables in key order now and then.

Why: the LSH band keys (``lsh_bands``, 25 rows an article) and the sampled passage keys
(``passage_keys``) are keyed by hashes, so each new row lands on a random leaf page of a
B-tree that grows with the store. Once that tree is far larger than the page cache, a batch
of 1,000 captures dirties about one page per row (some 40,000 pages, written to the WAL and
back to the file at every checkpoint): SQL and COMMIT time grew with the store (BENCHMARKS.md,
"A million captures"). The recent tables stay small enough to live in the page cache, so
inserting into them costs the same at any store size; a fold (:func:`fold`) copies their
rows into the big tables in key order, so each leaf page of the big tree is written at most
once per fold instead of once per row, and the pages written are neighbours.

Look-ups read both levels (:data:`BAND_TABLES`, :data:`PASSAGE_TABLES`): whether a row sits
in the recent or the big table never changes what a look-up finds, so folding (or not)
changes no duplicate group and no pair.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from .rows import Row

#: The band keys: the big table, then the recent one (a look-up reads both).
BAND_TABLES = ("lsh_bands", "lsh_recent")
#: The passage keys: the big table, then the recent one.
PASSAGE_TABLES = ("passage_keys", "passage_recent")

#: Rows the two recent tables may hold together before a fold: about 37 bytes a row, so
#: some 75 MiB, well inside the 256 MiB page cache (``connection.CACHE_MIB``). About 21,000
#: captures of news length (some 93 rows of band and passage keys each: 44 and 49).
FOLD_ROWS = 2_000_000


def add_bands(db: sqlite3.Connection, values: Iterable[Row]) -> None:
    db.executemany("INSERT OR IGNORE INTO lsh_recent(band, key, article_id) VALUES (?,?,?)",
                   values)


def add_passages(db: sqlite3.Connection, values: Iterable[Row]) -> None:
    db.executemany("INSERT OR IGNORE INTO passage_recent(key, article_id) VALUES (?,?)",
                   values)


def recent_rows(db: sqlite3.Connection) -> int:
    """Rows waiting in the recent tables (a scan of tables kept small on purpose)."""
    return sum(int(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
               for t in (BAND_TABLES[1], PASSAGE_TABLES[1]))


def fold(db: sqlite3.Connection, min_rows: int = FOLD_ROWS) -> int:
    """Move the recent rows into the big tables, in key order, once there are at least
    ``min_rows`` of them (call inside a transaction); how many rows moved (0: none)."""
    waiting = recent_rows(db)
    if waiting == 0 or waiting < min_rows:
        return 0
    # a WITHOUT ROWID table is read in primary-key order, the order of the big table's key
    db.execute("INSERT OR IGNORE INTO lsh_bands(band, key, article_id) "
               "SELECT band, key, article_id FROM lsh_recent ORDER BY band, key, article_id")
    db.execute("DELETE FROM lsh_recent")
    db.execute("INSERT OR IGNORE INTO passage_keys(key, article_id) "
               "SELECT key, article_id FROM passage_recent ORDER BY key, article_id")
    db.execute("DELETE FROM passage_recent")
    return waiting


def all_rows(db: sqlite3.Connection, tables: tuple[str, str]) -> list[tuple[object, ...]]:
    """Every row of one kind of key, from both levels, sorted (what a dump compares)."""
    return sorted({tuple(r) for t in tables for r in db.execute(f"SELECT * FROM {t}")})
