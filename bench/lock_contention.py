"""How much a reader beside a SQLite writer slows it, by where the reader runs: not at all,
a thread of the same process handling each row in Python, a thread whose statements return
one row, or a process of its own.

Why: the thread that reads an ingest batch's stored keys beside the writer
(store/read_ahead.py) first made the writer's statements a third slower in a million run
(BENCHMARKS.md, "The million in session 36"). This separates the causes on two small
stores of random keys, one each, so the two never share a page or a lock of SQLite's own.

    python bench/lock_contention.py --rounds 30 --trials 3 --json out.json
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import sqlite3
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

#: Keys a reader statement asks about.
KEYS = 4_000


def make_store(path: Path, rows: int) -> None:
    """A table of ``rows`` random keys, each with an id, in WAL mode."""
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE k(key INTEGER, id TEXT, PRIMARY KEY(key, id)) WITHOUT ROWID")
    db.execute("BEGIN")
    db.executemany("INSERT INTO k VALUES (?,?)",
                   ((random.getrandbits(62), f"a{i:016x}") for i in range(rows)))
    db.execute("COMMIT")
    db.close()


def write(path: Path, rounds: int) -> dict[str, float]:
    """Transactions of 2,000 single-row inserts: wall and this thread's CPU seconds."""
    db = sqlite3.connect(path, isolation_level=None)
    wall, cpu = time.perf_counter(), time.thread_time()
    for _ in range(rounds):
        db.execute("BEGIN")
        for _ in range(2_000):
            db.execute("INSERT INTO k VALUES (?,?)", (random.getrandbits(62), "new"))
        db.execute("COMMIT")
    db.close()
    return {"wall_s": time.perf_counter() - wall, "cpu_s": time.thread_time() - cpu}


def read(path: str, stop: Any, one_row: bool) -> None:
    """Ask about :data:`KEYS` keys a statement until ``stop`` is set: a row a key handled
    in Python, or one row a statement (SQLite aggregates)."""
    db = sqlite3.connect(path, isolation_level=None)
    keys = [random.getrandbits(62) for _ in range(KEYS)]
    inner = (f"SELECT v.column1 AS key, (SELECT group_concat(id) FROM (SELECT id FROM k "
             f"WHERE key >= v.column1 LIMIT 3)) AS ids FROM "
             f"(VALUES {','.join('(?)' for _ in keys)}) v")
    sql = f"SELECT count(*), sum(length(ids)) FROM ({inner})" if one_row else inner
    while not stop.is_set():
        for _ in db.execute(sql, keys):
            pass


def trial(writer_db: Path, reader_db: Path, rounds: int) -> dict[str, dict[str, float]]:
    """The writer alone, then beside each kind of reader."""
    out = {"alone": write(writer_db, rounds)}
    for name, one_row in (("thread, a row a key", False), ("thread, one row", True)):
        stop = threading.Event()
        beside = threading.Thread(target=read, args=(str(reader_db), stop, one_row))
        beside.start()
        out[name] = write(writer_db, rounds)
        stop.set()
        beside.join()
    stop_p = multiprocessing.Event()
    process = multiprocessing.Process(target=read, args=(str(reader_db), stop_p, False))
    process.start()
    time.sleep(0.5)  # its start is not the writer's to pay
    out["process, a row a key"] = write(writer_db, rounds)
    stop_p.set()
    process.join()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=30, help="writer transactions")
    parser.add_argument("--trials", type=int, default=3)
    parser.add_argument("--rows", type=int, default=400_000, help="rows of each store")
    parser.add_argument("--tmp", type=Path, default=Path("/tmp"))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    writer_db, reader_db = args.tmp / "contention-w.db", args.tmp / "contention-r.db"
    make_store(writer_db, args.rows)
    make_store(reader_db, args.rows)
    trials = [trial(writer_db, reader_db, args.rounds) for _ in range(args.trials)]
    medians = {name: {k: round(statistics.median(t[name][k] for t in trials), 3)
                      for k in ("wall_s", "cpu_s")} for name in trials[0]}
    for m in medians.values():
        m["wall_vs_alone"] = round(m["wall_s"] / medians["alone"]["wall_s"], 3)
    result = {"rounds": args.rounds, "trials": trials, "medians": medians}
    json.dump(medians, sys.stdout, indent=1)
    print()
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
