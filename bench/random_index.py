"""What an index keyed by a content hash costs as its table grows, against one keyed in the
order rows arrive: SQLite alone, no sitrep.

Why: the store keys its rows by content hashes (ids that reruns reproduce), so each insert
lands at a random place of every such index, while a key that grows with the arrivals
always lands on the last page. This measures the two on one machine, in the settings an
ingest uses (WAL, a 256 MiB page cache, a transaction per batch of 1,750 rows: a batch's
articles), so that BENCHMARKS.md can say how much of the writer's growth such keys explain.

    python bench/random_index.py --dir /tmp/ri --indexes 6 --sizes 60000,300000,1000000

Each size is reached by bulk inserts, then ten batches are timed; the file is deleted after.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

BATCH = 1750
PAD = "x" * 1500  # the rest of a row: an article's text and metadata, appended


def _keys(order: str, row: int, indexes: int) -> list[str]:
    if order == "arrival":
        return [f"{row:016d}{i:024d}" for i in range(indexes)]
    return [hashlib.sha1(f"{i}:{row}".encode()).hexdigest() for i in range(indexes)]


def _rows(order: str, start: int, count: int, indexes: int) -> Iterator[tuple[str, ...]]:
    for row in range(start, start + count):
        yield (*_keys(order, row, indexes), PAD)


def measure(path: Path, order: str, indexes: int, sizes: list[int]) -> list[dict[str, float]]:
    """ms a row (wall and CPU) of ten batches at each of ``sizes`` rows already held."""
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "cache_size=-262144",
                       "wal_autocheckpoint=16384"):
            db.execute(f"PRAGMA {pragma}")
        columns = [f"k{i}" for i in range(indexes)]
        db.execute(f"CREATE TABLE t (id INTEGER PRIMARY KEY, {', '.join(columns)}, pad TEXT)")
        for c in columns:
            db.execute(f"CREATE INDEX t_{c} ON t({c})")
        sql = (f"INSERT INTO t({', '.join(columns)}, pad) "
               f"VALUES ({','.join('?' * (indexes + 1))})")
        held, out = 0, []
        for size in sizes:
            while held < size:
                step = min(20_000, size - held)
                db.execute("BEGIN")
                db.executemany(sql, _rows(order, held, step, indexes))
                db.execute("COMMIT")
                held += step
            wall, cpu = time.perf_counter(), time.process_time()
            for _ in range(10):
                db.execute("BEGIN")
                db.executemany(sql, _rows(order, held, BATCH, indexes))
                db.execute("COMMIT")
                held += BATCH
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            out.append({"rows": size, "wall_ms_a_row": round(1000 * wall / (10 * BATCH), 4),
                        "cpu_ms_a_row": round(1000 * cpu / (10 * BATCH), 4)})
        return out
    finally:
        db.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", type=Path, required=True, help="where the scratch file goes")
    parser.add_argument("--indexes", type=int, default=6, help="indexes on the table")
    parser.add_argument("--sizes", default="60000,300000,1000000",
                        help="rows held when each ten batches are timed")
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    args.dir.mkdir(parents=True, exist_ok=True)
    result = {order: measure(args.dir / f"{order}.db", order, args.indexes, sizes)
              for order in ("random", "arrival")}
    for order, found in result.items():
        for r in found:
            print(f"{order:>8} {r['rows']:>10,} rows: {r['wall_ms_a_row']:.3f} ms a row "
                  f"({r['cpu_ms_a_row']:.3f} CPU)")
    if args.json:
        args.json.write_text(json.dumps({"indexes": args.indexes, **result}, indent=1) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
