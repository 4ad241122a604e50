"""The cost of writing duplicate-detection keys into a big store: one level against two.

Why: the second million run (BENCHMARKS.md) lost 40-50% of its docs per CPU-second between
the first 10,000 captures and 170,000, most of it in SQL writes and COMMIT. The band and
passage keys (about 93 rows a capture, keyed by hashes) are the largest random-insert
structure of the store. Growing a real store to that size takes hours on the shared
machine, so this isolates the mechanism: the same key rows, in batches of 1,000 captures,
written into a store whose key tables already hold the rows of ``--stored`` captures.

What: for each layout, a fresh store (sitrep's schema and connection settings: page cache,
WAL checkpoints) is pre-filled, in key order, with random key rows shaped like the real
ones (25 bands and about 49 passage keys per article, 1.75 articles a capture, 17-character
article ids). Then ``--cycles`` fold cycles of batches are written, one transaction each:
"one level" inserts into ``lsh_bands``/``passage_keys`` directly (sitrep before migration
10), "two levels" into the recent tables with :func:`sitrep.store.recent.fold` at the end of
each batch, as the ingest runner does. Reported: CPU and wall seconds per 1,000 captures,
and the store's size. Foreign keys are off for the synthetic rows (they name no
stored article); the real ingest checks them in both layouts alike.
"""

from __future__ import annotations

import argparse
import math
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
    from sitrep.store import Store

    Store(path).close()  # the schema, through every migration
    db = sqlite3.connect(path, isolation_level=None)
    from sitrep.store import connection

    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute(f"PRAGMA cache_size={-connection.CACHE_MIB * 1024}")
    db.execute(f"PRAGMA wal_autocheckpoint={connection.WAL_CHECKPOINT_PAGES}")
    return db


def prefill(db: sqlite3.Connection, stored: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    step = 20_000
    for start in range(0, stored, step):
        bands, passages = capture_rows(rng, min(step, stored - start))
        db.execute("BEGIN")
        db.executemany("INSERT OR IGNORE INTO lsh_bands VALUES (?,?,?)", sorted(bands))
        db.executemany("INSERT OR IGNORE INTO passage_keys VALUES (?,?)", sorted(passages))
        db.execute("COMMIT")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def measure(layout: str, stored: int, cycles: int, seed: int, tmp: Path) -> dict[str, Any]:
    from sitrep.store import recent

    path = tmp / f"keys-{layout.replace(' ', '-')}.db"
    for p in tmp.glob(path.name + "*"):
        p.unlink()
    db = open_store(path)
    prefill(db, stored, seed)
    rows_per_batch = BATCH * (BANDS * ARTICLES_PER_CAPTURE + PASSAGES)
    batches = cycles * math.ceil(recent.FOLD_ROWS / rows_per_batch)
    rng = np.random.default_rng(seed + 1)
    two = layout == "two levels"
    cpu = wall = 0.0
    for _ in range(batches):
        bands, passages = capture_rows(rng, BATCH)  # made outside the clocks
        c, w = time.process_time(), time.perf_counter()
        db.execute("BEGIN IMMEDIATE")
        if two:
            recent.add_bands(db, bands)
            recent.add_passages(db, passages)
            recent.fold(db)
        else:
            db.executemany("INSERT OR IGNORE INTO lsh_bands VALUES (?,?,?)", bands)
            db.executemany("INSERT OR IGNORE INTO passage_keys VALUES (?,?)", passages)
        db.execute("COMMIT")
        cpu, wall = cpu + time.process_time() - c, wall + time.perf_counter() - w
    db.close()
    size = path.stat().st_size / 2**20
    for p in tmp.glob(path.name + "*"):
        p.unlink()
    per = 1000 / (batches * BATCH)
    return {"layout": layout, "stored_captures": stored, "batches": batches,
            "cpu_s_per_1000": round(cpu * per, 2), "wall_s_per_1000": round(wall * per, 2),
            "store_mib": round(size, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stored", type=int, nargs="+", default=[0, 100_000],
                        help="captures whose keys the store holds before (%(default)s)")
    parser.add_argument("--cycles", type=int, default=1, help="fold cycles written")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--tmp", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    out = []
    for stored in args.stored:
        for layout in ("one level", "two levels"):
            res = measure(layout, stored, args.cycles, args.seed, args.tmp)
            print(res, flush=True)
            out.append(res)
    write_json(args.json, {"benchmark": "key_levels", "results": out})
    return 0


if __name__ == "__main__":
    sys.exit(main())
