"""The cost of writing duplicate-detection keys into a big store: one, two or three levels.

Why: the second million run (BENCHMARKS.md) lost 40-50% of its docs per CPU-second between
the first 10,000 captures and 170,000, most of it in SQL writes and COMMIT. The band and
passage keys (about 93 rows a capture, keyed by hashes) are the largest random-insert
structure of the store. Growing a real store to that size takes hours on the shared
machine, so this isolates the mechanism: the same key rows, in batches of 1,000 captures,
written into a store whose key tables already hold the rows of ``--stored`` captures.

What: for each stored size, a store (sitrep's schema and connection settings: page cache,
WAL checkpoints) is pre-filled once, in SQL and in key order, with random key rows shaped
like the real ones (25 bands and about 49 passage keys per capture, 1.75 articles a
capture, 17-character article ids), and copied for each layout. Then batches are written,
one transaction each: "one level" inserts into ``lsh_bands``/``passage_keys`` directly
(sitrep before migration 10); "two levels" into the recent tables, folded straight into the
big ones every :data:`sitrep.store.recent.FOLD_ROWS` rows (migration 10); "three levels"
with a fold into a middle level at the end of each batch, as the ingest runner did from
migration 11 to 18 (:func:`_fold_three`). One and two levels run ``--cycles`` fold cycles
of batches (their cost is the same each cycle); three levels run ``--cycles`` whole cycles
of the middle level (every fold into the middle until one fold into the big table), so each
cost is amortised over the period it repeats with. "tiered segments" (:mod:`key_tiers`, the
model that the store's sealed segments of migration 19 were built from) seals the recent
tables into new sorted tables and merges them by size tiers; it runs ``K ** --depth`` seals
a cycle. ``--lookups`` adds, before each batch's writes and inside its transaction, point
look-ups of band keys over every table of the layout (25 keys of each of 1,750 new
articles, a share ``--present`` of them held by the store), so that the cost of reading
more tables is counted; without it the numbers are those of the layouts as before.
Reported: CPU and wall seconds and MiB written to disk (WAL and checkpoints, from
``/proc/self/io``) per 1,000 captures, and the store's size. Foreign keys are off for the
synthetic rows (they name no stored article).
"""

from __future__ import annotations

import argparse
import math
import shutil
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from benchlib import write_json
from key_tiers import K, Tiers, band_lookup_sql, written_bytes

BANDS = 25
PASSAGES = 49  # per capture, about 28 per article
ARTICLES_PER_CAPTURE = 1.75
BATCH = 1000
LAYOUTS = ("one level", "two levels", "three levels", "tiered segments")
#: Band look-ups of one batch with ``--lookups``: 25 keys of each of 1,750 new articles.
LOOKUPS = round(BATCH * ARTICLES_PER_CAPTURE) * BANDS
#: The share of looked-up keys the store holds.
PRESENT = 0.05
#: Tiers a tiered cycle spans: ``K ** DEPTH`` seals, so that it holds every merge of the
#: tiers below ``DEPTH`` once per row written in it.
DEPTH = 2


def capture_rows(rng: np.random.Generator, n: int) -> tuple[list[tuple[int, int, str]],
                                                          list[tuple[int, str]]]:
    """Band and passage rows of ``n`` captures, with random keys and ids, as hashes are."""
    articles = round(n * ARTICLES_PER_CAPTURE)
    per = round(PASSAGES / ARTICLES_PER_CAPTURE)
    ids = [f"{a:016x}0" for a in rng.integers(0, 2**63, articles).tolist()]
    band_keys = rng.integers(0, 2**63, (articles, BANDS)).tolist()
    passage_keys = rng.integers(0, 2**32, (articles, per)).tolist()
    bands = [(b, k, aid) for aid, keys in zip(ids, band_keys, strict=True)
             for b, k in enumerate(keys)]
    passages = [(k, aid) for aid, keys in zip(ids, passage_keys, strict=True) for k in keys]
    return bands, passages


def open_store(path: Path) -> sqlite3.Connection:
    from sitrep.store import Store, connection

    Store(path).close()  # the schema, through every migration
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute(f"PRAGMA cache_size={-connection.CACHE_MIB * 1024}")
    db.execute(f"PRAGMA wal_autocheckpoint={connection.WAL_CHECKPOINT_PAGES}")
    return db


def _ascending(count: int, top: int) -> str:
    """SQL for ``count`` random keys below ``top`` in ascending order, one per stride (the
    store's key order, so the pre-fill appends instead of inserting at random)."""
    stride = max(top // max(count, 1), 1)
    return (f"WITH RECURSIVE i(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM i "
            f"WHERE n < {count - 1}) SELECT n * {stride} + abs(random() % {stride}) AS k, "
            f"printf('%016x0', random()) AS id FROM i")


def prefill(path: Path, stored: int) -> int:
    """A store holding the key rows of ``stored`` captures in its big tables; how many."""
    db = open_store(path)
    articles = round(stored * ARTICLES_PER_CAPTURE)
    passages = articles * round(PASSAGES / ARTICLES_PER_CAPTURE)
    if stored:
        for band in range(BANDS):
            db.execute("BEGIN")
            db.execute(f"INSERT OR IGNORE INTO lsh_bands(band, key, article_id) "
                       f"SELECT {band}, k, id FROM ({_ascending(articles, 2**63)})")
            db.execute("COMMIT")
        db.execute("BEGIN")
        db.execute(f"INSERT OR IGNORE INTO passage_keys(key, article_id) "
                   f"SELECT k, id FROM ({_ascending(passages, 2**32)})")
        db.execute("COMMIT")
    rows = sum(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
               for t in ("lsh_bands", "passage_keys"))
    db.execute("UPDATE key_level_rows SET rows = ? WHERE level = 'big'", (rows,))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return rows


@dataclass
class Run:
    """One layout's batches over one store copy: its settings and what they cost."""

    db: sqlite3.Connection
    layout: str
    fold_rows: int = 0
    batch: int = BATCH
    lookups: int = 0
    present: float = PRESENT
    keep_found: bool = False
    tiers: Tiers | None = None
    stored_pairs: list[tuple[int, int]] = field(default_factory=list)
    last_pairs: list[tuple[int, int]] = field(default_factory=list)
    costs: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0, 0.0, 0.0])
    found: list[set[tuple[int, int, str]]] = field(default_factory=list)
    found_rows: int = 0

    def band_tables(self) -> tuple[str, ...]:
        return self.tiers.band_tables() if self.tiers else THREE_LEVEL_BANDS


def _wanted(run: Run, rng: np.random.Generator) -> list[tuple[int, int]]:
    """The (band, key) pairs of one batch's look-ups: ``present`` of them held by the
    store (half from the pre-filled rows, half from the batch before), the rest random."""
    held = round(run.lookups * run.present)
    recent_half = held // 2 if run.last_pairs else 0
    pairs = [run.last_pairs[i] for i in rng.integers(0, len(run.last_pairs) or 1, recent_half)]
    if run.stored_pairs:
        pairs += [run.stored_pairs[i] for i in
                  rng.integers(0, len(run.stored_pairs), held - recent_half)]
    absent = run.lookups - len(pairs)
    pairs += zip(rng.integers(0, BANDS, absent).tolist(),
                 rng.integers(0, 2**63, absent).tolist(), strict=True)
    order = rng.permutation(len(pairs))
    return [pairs[i] for i in order]


def _look_up(run: Run, wanted: list[tuple[int, int]]) -> None:
    """The band look-ups of a batch: one query per article of :data:`BANDS` pairs, over
    every table of the layout (as ``relations.band_holders`` does)."""
    tables = run.band_tables()
    found: set[tuple[int, int, str]] = set()
    for at in range(0, len(wanted), BANDS):
        chunk = wanted[at:at + BANDS]
        args = [v for pair in chunk for v in pair] * len(tables)
        rows = run.db.execute(band_lookup_sql(len(chunk), tables), args).fetchall()
        run.found_rows += len(rows)
        if run.keep_found:
            found.update(rows)
    if run.keep_found:
        run.found.append(found)


def _write_batch(run: Run, rng: np.random.Generator, look_rng: np.random.Generator) -> None:
    """Look up, then write, one batch in one transaction; add its costs to ``run.costs``
    (CPU s, wall s, bytes written, look-up CPU s, look-up wall s)."""
    from sitrep.store import recent

    bands, passages = capture_rows(rng, run.batch)  # made outside the clocks
    wanted = _wanted(run, look_rng) if run.lookups else []
    c, w, b = time.process_time(), time.perf_counter(), written_bytes()
    run.db.execute("BEGIN IMMEDIATE")
    if wanted:
        _look_up(run, wanted)
    lc, lw = time.process_time() - c, time.perf_counter() - w
    if run.layout == "one level":
        run.db.executemany("INSERT OR IGNORE INTO lsh_bands VALUES (?,?,?)", bands)
        run.db.executemany("INSERT OR IGNORE INTO passage_keys VALUES (?,?)", passages)
    else:
        recent.add_bands(run.db, bands)
        recent.add_passages(run.db, passages)
        if run.tiers is not None:
            run.tiers.after_batch(recent.recent_rows(run.db))
        elif run.layout == "three levels":
            _fold_three(run.db, run.fold_rows, _middle_rows(run.db, run.fold_rows))
        elif recent.recent_rows(run.db) >= run.fold_rows:  # migration 10: straight to big
            _move(run.db, "recent", None)
    run.db.execute("COMMIT")
    for i, v in enumerate((time.process_time() - c, time.perf_counter() - w,
                           written_bytes() - b, lc, lw)):
        run.costs[i] += v
    run.last_pairs = [(band, key) for band, key, _ in bands]


#: The three levels of store versions 11 to 18 (``sitrep.store.recent`` before the sealed
#: segments of version 19), kept here as the baseline the other layouts are measured
#: against: the recent tables fold into the middle ones, and those into the big ones once
#: they hold ``max(2 * fold_rows, isqrt(2 * big * fold_rows))`` rows.
THREE_LEVEL_BANDS = ("lsh_bands", "lsh_middle", "lsh_recent")
_LEVEL_KINDS = (("lsh", "lsh_bands", "band, key, article_id"),
                ("passage", "passage_keys", "key, article_id"))


def _level_rows(db: sqlite3.Connection) -> tuple[int, int]:
    """Rows in the middle and the big tables, as the folds counted them."""
    got = dict(db.execute("SELECT level, rows FROM key_level_rows").fetchall())
    return int(got.get("middle", 0)), int(got.get("big", 0))


def _middle_rows(db: sqlite3.Connection, fold_rows: int) -> int:
    """The middle level's limit: the size that writes the fewest pages per capture."""
    return max(2 * fold_rows, math.isqrt(2 * _level_rows(db)[1] * fold_rows))


def _fold_three(db: sqlite3.Connection, fold_rows: int, middle_rows: int) -> None:
    """The three levels' fold at the end of a batch (inside its transaction)."""
    from sitrep.store import recent

    waiting = recent.recent_rows(db)
    if waiting == 0 or waiting < fold_rows:
        return
    middle, big = _level_rows(db)
    middle += _move(db, "recent", "middle")
    if middle >= middle_rows:
        big += _move(db, "middle", None)
        middle = 0
    db.executemany("INSERT OR REPLACE INTO key_level_rows(level, rows) VALUES (?,?)",
                   [("middle", middle), ("big", big)])


def _move(db: sqlite3.Connection, source: str, target: str | None) -> int:
    """Copy one level into the next (None: the big tables) in key order, then empty it."""
    added = 0
    for kind, big, columns in _LEVEL_KINDS:
        into = big if target is None else f"{kind}_{target}"
        cur = db.execute(f"INSERT OR IGNORE INTO {into}({columns}) "
                         f"SELECT {columns} FROM {kind}_{source} ORDER BY {columns}")
        added += max(cur.rowcount, 0)
        db.execute(f"DELETE FROM {kind}_{source}")
    return added


def _stored_pairs(db: sqlite3.Connection, rng: np.random.Generator,
                  count: int = 4096) -> list[tuple[int, int]]:
    """(band, key) pairs the pre-filled store holds: the first at or after random ones."""
    pairs = []
    for band, key in zip(rng.integers(0, BANDS, count).tolist(),
                         rng.integers(0, 2**63, count).tolist(), strict=True):
        row = db.execute("SELECT band, key FROM lsh_bands WHERE band = ? AND key >= ? "
                         "ORDER BY band, key LIMIT 1", (band, key)).fetchone()
        if row is not None:
            pairs.append(tuple(row))
    return pairs


def batches_for(layout: str, big_rows: int, cycles: int, fold_rows: int, batch: int,
                depth: int) -> int:
    """Batches of one whole cycle of ``layout``, ``cycles`` times: a fold of the recent
    level (one and two levels), every fold of a middle cycle (three levels), ``k **
    depth`` seals (tiered: every merge of tiers below ``depth`` once per row)."""
    per_fold = math.ceil(fold_rows / (batch * (BANDS * ARTICLES_PER_CAPTURE + PASSAGES)))
    if layout == "three levels":
        limit = max(2 * fold_rows, math.isqrt(2 * big_rows * fold_rows))
        return cycles * per_fold * math.ceil(limit / fold_rows)
    if layout == "tiered segments":
        return cycles * per_fold * K ** depth
    return cycles * per_fold


def measure(layout: str, base: Path, stored: int, cycles: int, seed: int,
            **options: Any) -> dict[str, Any]:
    """Copy ``base`` and write ``cycles`` whole cycles of ``layout`` into it; options:
    ``fold_rows``, ``batch``, ``lookups``, ``present``, ``depth``, ``keep_found``
    (the rows each batch's look-ups found, returned as ``found``)."""
    from sitrep.store import recent

    path = base.with_name(f"keys-{layout.replace(' ', '-')}.db")
    shutil.copyfile(base, path)
    db = open_store(path)
    big_rows = _level_rows(db)[1]
    fold_rows = options.get("fold_rows", recent.FOLD_ROWS)
    run = Run(db, layout, fold_rows, options.get("batch", BATCH), options.get("lookups", 0),
              options.get("present", PRESENT), options.get("keep_found", False))
    if layout == "tiered segments":
        run.tiers = Tiers.over(db, fold_rows, big_rows)
    if run.lookups:
        run.stored_pairs = _stored_pairs(db, np.random.default_rng(seed + 3))
    batches = batches_for(layout, big_rows, cycles, fold_rows, run.batch,
                          options.get("depth", DEPTH))
    rng, look_rng = np.random.default_rng(seed + 1), np.random.default_rng(seed + 2)
    for _ in range(batches):
        _write_batch(run, rng, look_rng)
    db.close()
    size = path.stat().st_size / 2**20
    for p in path.parent.glob(path.name + "*"):
        p.unlink()
    return _result(run, stored, big_rows, batches, size)


def _result(run: Run, stored: int, big_rows: int, batches: int,
            size: float) -> dict[str, Any]:
    cpu, wall, written, look_cpu, look_wall = run.costs
    per = 1000 / (batches * run.batch)
    out = {"layout": run.layout, "stored_captures": stored, "big_rows": big_rows,
           "batches": batches, "cpu_s_per_1000": round(cpu * per, 2),
           "wall_s_per_1000": round(wall * per, 2),
           "written_mib_per_1000": round(written / 2**20 * per, 1),
           "store_mib": round(size, 1)}
    if run.lookups:
        out |= {"lookups_per_batch": run.lookups, "present": run.present,
                "lookup_cpu_s_per_1000": round(look_cpu * per, 2),
                "lookup_wall_s_per_1000": round(look_wall * per, 2),
                "found_rows_per_batch": round(run.found_rows / batches, 1),
                "tables_read": len(run.band_tables())}
    if run.tiers is not None:
        out |= {"seals": run.tiers.seals, "merges": run.tiers.merges,
                "merge_costs": run.tiers.merge_costs,
                "segments": [s.rows for s in run.tiers.segments]}
    if run.keep_found:
        out["found"] = run.found
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stored", type=int, nargs="+", default=[0, 100_000],
                        help="captures whose keys the store holds before (%(default)s)")
    parser.add_argument("--layouts", nargs="+", default=list(LAYOUTS[:3]), choices=LAYOUTS)
    parser.add_argument("--cycles", type=int, default=1, help="fold cycles written")
    parser.add_argument("--depth", type=int, default=DEPTH,
                        help=f"a tiered cycle is {K}**DEPTH seals (%(default)s)")
    parser.add_argument("--lookups", type=int, nargs="?", const=LOOKUPS, default=0,
                        help=f"band look-ups a batch, before its writes ({LOOKUPS} if "
                             "given alone; default none, as before)")
    parser.add_argument("--present", type=float, default=PRESENT,
                        help="share of looked-up keys the store holds (%(default)s)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--tmp", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--keep-bases", action="store_true",
                        help="keep each pre-filled store (TMP/keys-base-N.db) and reuse one "
                             "kept before")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    out = []
    for stored in args.stored:
        base = args.tmp / f"keys-base-{stored}.db"
        done = base.with_name(base.name + ".done")
        if not (args.keep_bases and done.exists()):
            done.write_text(str(prefill(base, stored)))
        for layout in args.layouts:
            res = measure(layout, base, stored, args.cycles, args.seed, depth=args.depth,
                          lookups=args.lookups, present=args.present)
            print(res, flush=True)
            out.append(res)
        if not args.keep_bases:
            for p in args.tmp.glob(base.name + "*"):
                p.unlink()
    write_json(args.json, {"benchmark": "key_levels", "results": out})
    return 0


if __name__ == "__main__":
    sys.exit(main())
