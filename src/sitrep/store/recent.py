"""Three levels for the duplicate-detection keys: small "recent" tables take the inserts,
are folded now and then into "middle" tables in key order, and those, less often, into the
big tables (an LSM tree of three levels, in SQLite tables).

Why: the LSH band keys (``lsh_bands``, 25 rows an article), the sampled passage keys
(``passage_keys``) and the translation keys (``translation_keys``, some fifty names and
numbers an article) are keyed by hashes or words, so each new row lands on a random leaf
page of a B-tree that grows with the store. Once that tree is far larger than the page
cache, a batch of 1,000 captures dirties about one page per row (some 40,000 pages of band
and passage keys, written to the WAL and back to the file at every checkpoint): SQL and
COMMIT time grew with the store (BENCHMARKS.md, "A million captures"). The recent tables
stay small enough to live in the page cache, so inserting into them costs the same at any
store size. A fold copies rows into the next level in key order, so each leaf page there is
written at most once per fold instead of once per row; but with random keys a fold of
2,000,000 rows still touches nearly every leaf page of the level it goes into. With two
levels that is the whole big table at every fold (some 3.4 GB at a million captures): the
cost per capture grew with the store again. The middle level takes those folds instead, and
is itself folded into the big table only once it holds :func:`middle_limit` rows, a size
that grows as the square root of the big table: a fold into the middle writes about half its
pages on average, a fold into the big table writes all of its pages once per ``limit /
FOLD_ROWS`` folds, and the sum of the two is least when the middle holds about ``sqrt(2 *
big * FOLD_ROWS)`` rows (at a million captures some 19M rows against 93M: about 5x fewer
pages written per capture than two levels).

Look-ups read every level (:data:`BAND_TABLES`, :data:`PASSAGE_TABLES`,
:data:`TRANSLATION_TABLES`): whether a row sits in one level or another never changes what a
look-up finds, so folding (or not) changes no duplicate group, no pair and no translation.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable

from .rows import Row

#: The band keys: the big table, the middle one, the recent one (a look-up reads all three).
BAND_TABLES = ("lsh_bands", "lsh_middle", "lsh_recent")
#: The passage keys, in the same order.
PASSAGE_TABLES = ("passage_keys", "passage_middle", "passage_recent")
#: The translation keys (:mod:`.translations`), in the same order.
TRANSLATION_TABLES = ("translation_keys", "translation_middle", "translation_recent")
#: Each kind of key: the prefix of its middle and recent tables, its big table, its columns.
_KINDS = (("lsh", BAND_TABLES[0], "band, key, article_id"),
          ("passage", PASSAGE_TABLES[0], "key, article_id"),
          ("translation", TRANSLATION_TABLES[0], "key, article_id"))

#: Rows the recent tables may hold together before a fold: some 30-37 bytes a row, so
#: about 70 MiB, well inside the 256 MiB page cache (``connection.CACHE_MIB``). About 11,000
#: generated captures of news length (some 180 rows each: 44 band, 49 passage and some 87
#: translation keys, for 1.75 articles a capture).
FOLD_ROWS = 2_000_000

def add_bands(db: sqlite3.Connection, values: Iterable[Row]) -> None:
    db.executemany("INSERT OR IGNORE INTO lsh_recent(band, key, article_id) VALUES (?,?,?)",
                   values)


def add_passages(db: sqlite3.Connection, values: Iterable[Row]) -> None:
    db.executemany("INSERT OR IGNORE INTO passage_recent(key, article_id) VALUES (?,?)",
                   values)


def recent_rows(db: sqlite3.Connection) -> int:
    """Rows waiting in the recent tables (a scan of tables kept small on purpose)."""
    return sum(int(db.execute(f"SELECT count(*) FROM {kind}_recent").fetchone()[0])
               for kind, _, _ in _KINDS)


def middle_limit(big_rows: int) -> int:
    """Rows the middle tables may hold before they are folded into the big ones: the size
    that writes the fewest pages per capture (see the module's docstring), and at least
    two folds of the recent level, so that a small store does not fold twice each time."""
    return max(2 * FOLD_ROWS, math.isqrt(2 * big_rows * FOLD_ROWS))


def level_rows(db: sqlite3.Connection) -> tuple[int, int]:
    """Rows in the middle and the big tables as the folds counted them. Rows merged
    straight into the big tables (store/merge.py) are not counted: the count only sets
    when the middle is folded, never what a look-up finds."""
    got = dict(db.execute("SELECT level, rows FROM key_level_rows").fetchall())
    return int(got.get("middle", 0)), int(got.get("big", 0))


def fold(db: sqlite3.Connection, min_rows: int = FOLD_ROWS,
         middle_rows: int | None = None) -> int:
    """Move the recent rows into the middle tables, in key order, once there are at least
    ``min_rows`` of them, and the middle rows into the big tables once there are
    ``middle_rows`` (default :func:`middle_limit`); call inside a transaction. Returns how
    many recent rows moved (0: none)."""
    waiting = recent_rows(db)
    if waiting == 0 or waiting < min_rows:
        return 0
    middle, big = level_rows(db)
    middle += _move(db, "recent", "middle")
    if middle >= (middle_limit(big) if middle_rows is None else middle_rows):
        big += _move(db, "middle", None)
        middle = 0
    db.executemany("INSERT OR REPLACE INTO key_level_rows(level, rows) VALUES (?,?)",
                   [("middle", middle), ("big", big)])
    return waiting


def _move(db: sqlite3.Connection, source: str, target: str | None) -> int:
    """Copy one level into the next in key order (a WITHOUT ROWID table is read in
    primary-key order, the order of the target's key), then empty it; rows added."""
    added = 0
    for kind, big, columns in _KINDS:
        into = big if target is None else f"{kind}_{target}"
        cur = db.execute(f"INSERT OR IGNORE INTO {into}({columns}) "
                         f"SELECT {columns} FROM {kind}_{source} ORDER BY {columns}")
        added += max(cur.rowcount, 0)
        db.execute(f"DELETE FROM {kind}_{source}")
    return added


def all_rows(db: sqlite3.Connection, tables: tuple[str, ...]) -> list[tuple[object, ...]]:
    """Every row of one kind of key, from every level, sorted (what a dump compares)."""
    return sorted({tuple(r) for t in tables for r in db.execute(f"SELECT * FROM {t}")})
