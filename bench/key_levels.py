"""The cost of writing duplicate-detection keys into a big store: one, two or three levels.

Why: the second million run (BENCHMARKS.md) lost 40-50% of its docs per CPU-second between
the first 10,000 captures and 170,000, most of it in SQL writes and COMMIT. The band and
passage keys (about 93 rows a capture, keyed by hashes) are the largest random-insert
structure of the store. Growing a real store to that size takes hours on the shared
machine, so this isolates the mechanism: the same key rows, in batches of 1,000 captures,
written into a store whose key tables already hold the rows of ``--stored`` captures.

What: for each stored size, a store (sitrep's schema and connection settings: page cache,
WAL checkpoints) is pre-filled once, in SQL and in key order, with random key rows shaped
like the real ones (25 bands and about 49 passage keys per capture, 1.75 articles a capture,
17-character article ids), and copied for each layout. Then batches are written, one
transaction each: "one level" inserts into ``lsh_bands``/``passage_keys`` directly (sitrep
before migration 10); "two levels" into the recent tables, folded straight into the big
ones every :data:`sitrep.store.recent.FOLD_ROWS` rows (migration 10); "three levels" with
:func:`sitrep.store.recent.fold` at the end of each batch, as the ingest runner does
(migration 11). One and two levels run ``--cycles`` fold cycles of batches (their cost is
the same each cycle); three levels run ``--cycles`` whole cycles of the middle level (every
fold into the middle until one fold into the big table), so each cost is amortised over the
period it repeats with. Reported: CPU and wall seconds and MiB written to disk (WAL and
checkpoints, from ``/proc/self/io``) per 1,000 captures, and the store's size. Foreign keys
are off for the synthetic rows (they name no stored article).
"""

from __future__ import annotations

import argparse
import math
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
from benchlib import write_json

BANDS = 25
PASSAGES = 49  # per capture, about 28 per article
ARTICLES_PER_CAPTURE = 1.75
BATCH = 1000
LAYOUTS = ("one level", "two levels", "three levels")


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


def _written() -> int:
    """Bytes this process has caused to be written to disk (Linux; 0 elsewhere)."""
    try:
        text = Path("/proc/self/io").read_text()
    except OSError:
        return 0
    return int(next(line.split()[1] for line in text.splitlines()
                    if line.startswith("write_bytes")))


def _write_batch(db: sqlite3.Connection, layout: str,
                 rng: np.random.Generator) -> tuple[float, float, int]:
    """Write one batch in one transaction; its CPU and wall seconds and bytes written."""
    from sitrep.store import recent

    bands, passages = capture_rows(rng, BATCH)  # made outside the clocks
    c, w, b = time.process_time(), time.perf_counter(), _written()
    db.execute("BEGIN IMMEDIATE")
    if layout == "one level":
        db.executemany("INSERT OR IGNORE INTO lsh_bands VALUES (?,?,?)", bands)
        db.executemany("INSERT OR IGNORE INTO passage_keys VALUES (?,?)", passages)
    else:
        recent.add_bands(db, bands)
        recent.add_passages(db, passages)
        if layout == "three levels":
            recent.fold(db)
        elif recent.recent_rows(db) >= recent.FOLD_ROWS:  # migration 10: straight to big
            recent._move(db, "recent", None)
    db.execute("COMMIT")
    return time.process_time() - c, time.perf_counter() - w, _written() - b


def measure(layout: str, base: Path, stored: int, cycles: int, seed: int) -> dict[str, Any]:
    from sitrep.store import recent

    path = base.with_name(f"keys-{layout.replace(' ', '-')}.db")
    shutil.copyfile(base, path)
    db = open_store(path)
    big_rows = recent.level_rows(db)[1]
    per_fold = math.ceil(recent.FOLD_ROWS / (BATCH * (BANDS * ARTICLES_PER_CAPTURE + PASSAGES)))
    folds = math.ceil(recent.middle_limit(big_rows) / recent.FOLD_ROWS)
    batches = cycles * per_fold * (folds if layout == "three levels" else 1)
    rng = np.random.default_rng(seed + 1)
    cpu, wall, written = (sum(t) for t in zip(*(_write_batch(db, layout, rng)
                                                for _ in range(batches)), strict=True))
    db.close()
    size = path.stat().st_size / 2**20
    for p in path.parent.glob(path.name + "*"):
        p.unlink()
    per = 1000 / (batches * BATCH)
    return {"layout": layout, "stored_captures": stored, "big_rows": big_rows,
            "batches": batches, "cpu_s_per_1000": round(cpu * per, 2),
            "wall_s_per_1000": round(wall * per, 2),
            "written_mib_per_1000": round(written / 2**20 * per, 1),
            "store_mib": round(size, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stored", type=int, nargs="+", default=[0, 100_000],
                        help="captures whose keys the store holds before (%(default)s)")
    parser.add_argument("--layouts", nargs="+", default=list(LAYOUTS), choices=LAYOUTS)
    parser.add_argument("--cycles", type=int, default=1, help="fold cycles written")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--tmp", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    out = []
    for stored in args.stored:
        base = args.tmp / f"keys-base-{stored}.db"
        prefill(base, stored)
        for layout in args.layouts:
            res = measure(layout, base, stored, args.cycles, args.seed)
            print(res, flush=True)
            out.append(res)
        for p in args.tmp.glob(base.name + "*"):
            p.unlink()
    write_json(args.json, {"benchmark": "key_levels", "results": out})
    return 0


if __name__ == "__main__":
    sys.exit(main())
