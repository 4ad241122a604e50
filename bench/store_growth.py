"""Where ingest time goes as the store grows: 2,000 captures into an empty store and into a
copy of a large one, with SQLite's default settings and with sitrep's, in CPU seconds.

Why: ingest slowed as the store grew (BENCHMARKS.md, "Memory over a long ingest"). This
splits the time of one batch run into cleaning, fingerprints, SQL writes, duplicate
look-ups and COMMIT (with its WAL checkpoints), measured in CPU seconds of the process
(``time.process_time``), which a busy shared machine disturbs far less than wall time.

What: ``--store`` is an existing store (for example a snapshot of the one
``bench/million.py`` fills, taken with SQLite's backup API). For each setting, the store
is copied (or an empty one made), then ``--count`` captures from ``--jsonl`` starting at
line ``--skip`` (so they are new to the store) are ingested; the split is printed. The
"defaults" setting is SQLite's 2 MiB page cache, a checkpoint every 1,000 WAL pages and
batches of 200; "sitrep" is what :mod:`sitrep.store.connection` and the runner now use.
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from benchlib import write_json
from million import patch_stage_timers, timed_store


def run(base: Path | None, jsonl: Path, skip: int, count: int, defaults: bool,
        tmp: Path) -> dict[str, Any]:
    from sitrep.ingest.readers import ReadOptions, iter_inputs
    from sitrep.ingest.runner import DEFAULT_BATCH, ingest_items

    db = tmp / f"probe-{'defaults' if defaults else 'sitrep'}-{'big' if base else 'empty'}.db"
    for p in tmp.glob(db.name + "*"):
        p.unlink()
    if base:
        src = sqlite3.connect(base)
        dst = sqlite3.connect(db)
        src.backup(dst)
        dst.close()
        src.close()
    spent = dict.fromkeys(("clean", "fingerprint", "sql", "lookup", "batch_read", "commit"), 0.0)
    patch_stage_timers(spent, time.process_time)
    options = ReadOptions(captured_at=datetime(2025, 8, 18), captured_at_has_time=False)
    items = itertools.islice(iter_inputs([str(jsonl)], options), skip, skip + count)
    with timed_store(str(db), spent, defaults, time.process_time) as store:
        articles_before = store.article_count()
        cpu, wall = time.process_time(), time.perf_counter()
        summary = ingest_items(items, store, batch_size=200 if defaults else DEFAULT_BATCH)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    size = db.stat().st_size / 2**20
    for p in tmp.glob(db.name + "*"):
        p.unlink()
    return {"setting": "sqlite defaults, batch 200" if defaults else "sitrep",
            "store_articles_before": articles_before, "captures": summary.captures,
            "cpu_seconds": round(cpu, 2), "wall_seconds": round(wall, 1),
            "split_cpu_seconds": {k: round(v, 2) for k, v in spent.items()},
            "store_mib": round(size, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, required=True, help="the large store")
    parser.add_argument("--jsonl", type=Path, required=True, help="captures (JSON Lines)")
    parser.add_argument("--skip", type=int, default=0,
                        help="input lines to skip, so the captures are new to the store")
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--tmp", type=Path, default=None)
    parser.add_argument("--json", type=Path, metavar="PATH")
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="sitrep-growth-", dir=args.tmp))
    results = []
    try:
        for base in (None, args.store):
            for defaults in (True, False):
                res = run(base, args.jsonl, args.skip, args.count, defaults, tmp)
                results.append(res)
                print(f"{res['setting']:<27} store of {res['store_articles_before']:>8,} "
                      f"articles: {res['cpu_seconds']:6.1f} CPU-s ({res['wall_seconds']:.0f} s "
                      f"wall); split {res['split_cpu_seconds']}", flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_json(args.json, {"benchmark": "store_growth", "count": args.count,
                           "results": results})
    return 0


if __name__ == "__main__":
    sys.exit(main())
