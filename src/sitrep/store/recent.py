"""Sealed, size-tiered segments for the duplicate-detection keys: a small "recent" table of
each kind takes the inserts; once they hold :data:`FOLD_ROWS` rows together they are sealed
into a new segment (one table per kind, written in key order) and emptied; whenever
:data:`FANOUT` segments share a tier below :data:`TOP_TIER` they are merged, in key order,
into one segment of the next tier and dropped. No table ever grows with the whole store.

Why: the LSH band keys (``lsh_bands``, 25 rows an article), the sampled passage keys
(``passage_keys``) and the translation keys (``translation_keys``, some fifty names and
numbers an article) are keyed by hashes or words, so each new row lands on a random leaf
page of a B-tree. Inserting straight into trees that outgrow the page cache dirtied about a
page per row (store version 10 and before), and folding the recent rows into one big table
now and then, even through a middle level (versions 11 to 18), rewrote a share of that
table that grew with it: at a million captures a fold paused the ingest for eight minutes,
each longer than the one before, and the ingest ran at 0.53-0.68x its first speed
(BENCHMARKS.md, "The million in session 18"). Here each row is written once when sealed and
once more per tier it climbs (once: segments stop at :data:`TOP_TIER`), and a merge reads
and writes only the segments it merges, so the writes per capture stay nearly flat
(modelled in ``bench/key_tiers.py``: 0.93x the MiB written per capture from 100,000 to
1,000,000 stored captures, where three levels wrote 1.93x).

Look-ups read every table of a kind (:func:`tables`), or in an ingest run only those whose
filter may hold the key (store/key_filter.py): whether a row sits in the recent
table or in one segment or another never changes what a look-up finds, so sealing and
merging change no duplicate group, no pair and no translation. An article's keys always
sit in one table of each kind, whole: they go into the recent table together, and seals and
merges move whole tables. The schema's big and middle tables (``lsh_bands``, ``lsh_middle``
...) are kept and read as segments of no tier: they hold what stores made before this
layout folded there, and the rows a cluster run merges (store/merge.py); they are never
merged again.

The segments are listed in ``key_segments`` (migration 19): their number, which names their
tables (``lsh_seg_7``, ``passage_seg_7``, ``translation_seg_7``), their tier and their rows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .rows import Row


@dataclass(frozen=True)
class KeyKind:
    """One kind of key: the prefix of its tables, its columns, its CREATE TABLE body."""

    prefix: str
    big: str
    columns: str
    body: str

    @property
    def recent(self) -> str:
        return f"{self.prefix}_recent"

    def segment(self, number: int) -> str:
        return f"{self.prefix}_seg_{number}"


_ARTICLE = "article_id TEXT NOT NULL REFERENCES articles(id)"
BAND = KeyKind("lsh", "lsh_bands", "band, key, article_id",
               f"band INTEGER NOT NULL, key INTEGER NOT NULL, {_ARTICLE}, "
               "PRIMARY KEY (band, key, article_id)")
PASSAGE = KeyKind("passage", "passage_keys", "key, article_id",
                  f"key INTEGER NOT NULL, {_ARTICLE}, PRIMARY KEY (key, article_id)")
TRANSLATION = KeyKind("translation", "translation_keys", "key, article_id",
                      f"key TEXT NOT NULL, {_ARTICLE}, PRIMARY KEY (key, article_id)")
KINDS = (BAND, PASSAGE, TRANSLATION)

#: Rows the recent tables may hold together before they are sealed: some 30-37 bytes a
#: row, so about 70 MiB, well inside the 256 MiB page cache (``connection.CACHE_MIB``).
#: About 11,000 generated captures of news length (some 180 rows each: 44 band, 49 passage
#: and some 87 translation keys, for 1.75 articles a capture).
FOLD_ROWS = 2_000_000
#: Segments of one tier merged into one of the next: 4 keeps at most 3 waiting per tier
#: while each row is rewritten once per tier it climbs.
FANOUT = 4
#: The tier segments stop climbing at: segments of it are never merged. Merges are what
#: kept the tables few when every look-up read every table; an ingest run now reads only the
#: tables whose filter may hold a key (store/key_filter.py), and a merge into a high tier
#: stops the writer while it rewrites and drops all it merges: in the million run of
#: session 27, 10,000 captures took 11.6 minutes against some 2 across a merge into tier 2,
#: and a merge into tier 3 at 760,000 captures had run for twelve minutes, unfinished,
#: when it was stopped (session 29).
#: Tier 1 (four seals, some 44,000 captures) keeps each merge as short as the last, at the
#: cost of some 25 tables a kind at a million captures for a look-up without the filter.
TOP_TIER = 1


@dataclass(frozen=True)
class Segment:
    number: int
    tier: int
    rows: int


def segments(db: sqlite3.Connection) -> list[Segment]:
    """The sealed segments, in the order they were written (a merged one after those it
    left waiting, though its rows are older)."""
    return [Segment(*r) for r in db.execute(
        "SELECT number, tier, rows FROM key_segments ORDER BY number")]


def tables(db: sqlite3.Connection, kind: KeyKind) -> tuple[str, ...]:
    """Every table holding keys of ``kind``: the big and middle tables of the schema, the
    segments (in the order they were written), the recent table. A look-up reads them all."""
    numbers = [r[0] for r in db.execute("SELECT number FROM key_segments ORDER BY number")]
    return _names(kind, tuple(numbers))


@lru_cache(maxsize=64)
def _names(kind: KeyKind, numbers: tuple[int, ...]) -> tuple[str, ...]:
    return (kind.big, f"{kind.prefix}_middle", *(kind.segment(n) for n in numbers),
            kind.recent)


def add_bands(db: sqlite3.Connection, values: Iterable[Row]) -> None:
    db.executemany("INSERT OR IGNORE INTO lsh_recent(band, key, article_id) VALUES (?,?,?)",
                   values)


def add_passages(db: sqlite3.Connection, values: Iterable[Row]) -> None:
    db.executemany("INSERT OR IGNORE INTO passage_recent(key, article_id) VALUES (?,?)",
                   values)


def recent_rows(db: sqlite3.Connection) -> int:
    """Rows waiting in the recent tables (a scan of tables kept small on purpose)."""
    return sum(int(db.execute(f"SELECT count(*) FROM {kind.recent}").fetchone()[0])
               for kind in KINDS)


def stored_rows(db: sqlite3.Connection) -> int:
    """Key rows of every kind outside the recent tables, as the folds counted them (rows
    merged straight into the big tables from a cluster run are not counted: the count
    sizes the key filter, never what a look-up finds)."""
    old = db.execute("SELECT coalesce(sum(rows), 0) FROM key_level_rows").fetchone()[0]
    new = db.execute("SELECT coalesce(sum(rows), 0) FROM key_segments").fetchone()[0]
    return int(old) + int(new)


def fold(db: sqlite3.Connection, min_rows: int = FOLD_ROWS, fanout: int = FANOUT,
         top_tier: int = TOP_TIER) -> int:
    """Seal the recent tables into a new segment once they hold at least ``min_rows`` rows,
    then merge while ``fanout`` segments share a tier below ``top_tier``; call inside a
    transaction. Returns how many recent rows were sealed (0: none)."""
    waiting = recent_rows(db)
    if waiting == 0 or waiting < min_rows:
        return 0
    _write(db, [(kind.recent,) for kind in KINDS], tier=0)
    for kind in KINDS:
        db.execute(f"DELETE FROM {kind.recent}")
    while (group := _full_tier(segments(db), fanout, top_tier)) is not None:
        _write(db, [tuple(kind.segment(s.number) for s in group) for kind in KINDS],
               tier=group[0].tier + 1)
        _drop(db, group)
    return waiting


def _full_tier(held: list[Segment], fanout: int, top_tier: int) -> list[Segment] | None:
    """The ``fanout`` oldest segments of the lowest tier below ``top_tier`` holding that many
    (None: none)."""
    by_tier: dict[int, list[Segment]] = {}
    for s in held:
        if s.tier < top_tier:
            by_tier.setdefault(s.tier, []).append(s)
    full = sorted(t for t, group in by_tier.items() if len(group) >= fanout)
    return by_tier[full[0]][:fanout] if full else None


def _write(db: sqlite3.Connection, sources: list[tuple[str, ...]], tier: int) -> None:
    """A new segment of ``tier`` holding the rows of ``sources``: for each kind of key (in
    the order of :data:`KINDS`), the tables whose rows it takes."""
    number = int(db.execute("SELECT coalesce(max(number), 0) + 1 FROM key_segments")
                 .fetchone()[0])
    rows = 0
    for kind, names in zip(KINDS, sources, strict=True):
        into = kind.segment(number)
        db.execute(f"CREATE TABLE {into} ({kind.body}) WITHOUT ROWID")
        cur = db.execute(f"INSERT OR IGNORE INTO {into}({kind.columns}) "
                         + merge_sql(names, kind.columns))
        rows += max(cur.rowcount, 0)
    db.execute("INSERT INTO key_segments(number, tier, rows) VALUES (?,?,?)",
               (number, tier, rows))


def _drop(db: sqlite3.Connection, group: Iterable[Segment]) -> None:
    for s in group:
        for kind in KINDS:
            db.execute(f"DROP TABLE {kind.segment(s.number)}")
        db.execute("DELETE FROM key_segments WHERE number = ?", (s.number,))


@lru_cache(maxsize=64)
def merge_sql(names: tuple[str, ...], columns: str) -> str:
    """The rows of ``names`` in key order: one compound SELECT, which SQLite runs as a merge
    of the tables' primary keys, each read in key order (a WITHOUT ROWID table is), not as a
    sort of all the rows."""
    return (" UNION ALL ".join(f"SELECT {columns} FROM {t}" for t in names)
            + f" ORDER BY {columns}")


def all_rows(db: sqlite3.Connection, kind: KeyKind) -> list[tuple[object, ...]]:
    """Every row of one kind of key, from every table, sorted (what a dump compares)."""
    return sorted({tuple(r) for t in tables(db, kind) for r in db.execute(f"SELECT * FROM {t}")})
