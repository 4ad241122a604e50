"""How crowded the LSH band buckets of a store are: the candidates a new text would meet.

Why: on the million store (session 19) the band look-up found 157 candidates for each new
text at the top and 0.5 in an empty store, from a few hot buckets holding thousands of
unrelated template texts; that look-up was the largest cost that grows with the store
(issue 13). A rule for such buckets (a bucket of one duplicate group against one of many)
is to be measured on slices of a generated store, not on a million: this script reads a
store as it is, so a run at 5,000 and at 20,000 captures shows the trend in minutes.

What, for a store (``--db``): the number of band keys and of buckets; the sizes of the
buckets (median, 90th and 99th percentile, largest); for ``--sample`` stored articles drawn
with ``--seed``, how many other articles share a band key with each (the band candidates
it would meet arriving now: median and mean, and the mean it reads with each key bounded
to its ``BAND_HOLDERS`` holders of smallest id); and for the largest buckets, how many
duplicate groups their holders span (one group: copies of one story; many: template
text). Run from the repository root after ``bench/million.py`` (or any ingest); read-only.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
from pathlib import Path

from sitrep.store.relations import BAND_HOLDERS

#: The band keys' tables of any store version: the big, middle and recent ones, and the
#: sealed segments of version 19 (``sitrep.store.recent``).
TABLES_SQL = ("SELECT name FROM sqlite_master WHERE type = 'table' AND (name IN "
              "('lsh_bands', 'lsh_middle', 'lsh_recent') OR name GLOB 'lsh_seg_[0-9]*')")


def _buckets(db: sqlite3.Connection, tables: list[str]) -> dict[tuple[int, int], int]:
    sizes: dict[tuple[int, int], int] = {}
    for table in tables:
        for band, key, n in db.execute(f"SELECT band, key, count(*) FROM {table} "
                                       "GROUP BY band, key"):
            sizes[(band, key)] = sizes.get((band, key), 0) + n
    return sizes


def _quantile(values: list[int], q: float) -> int:
    return values[min(len(values) - 1, int(q * len(values)))]


def measure(path: Path, sample: int, seed: int, top: int) -> dict[str, object]:
    """The numbers of the module docstring for the store at ``path``."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    tables = [r[0] for r in db.execute(TABLES_SQL)]
    sizes = _buckets(db, tables)
    ordered = sorted(sizes.values())
    ids = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")]
    drawn = random.Random(seed).sample(ids, min(sample, len(ids)))
    # one pass over each table for all drawn articles: the tables have no index by article,
    # and a query per article scanned them 2,000 times (minutes at 50,000 captures)
    keys_of: dict[str, list[tuple[int, int]]] = {a: [] for a in drawn}
    for t in tables:
        for band, key, article in db.execute(
                f"SELECT band, key, article_id FROM {t} WHERE article_id IN "
                "(SELECT value FROM json_each(?))", (json.dumps(drawn),)):
            keys_of[article].append((band, key))
    candidates, bounded = [], []
    for article in drawn:
        keys = keys_of[article]
        candidates.append(sum(sizes[(b, k)] - 1 for b, k in keys))
        bounded.append(sum(min(sizes[(b, k)] - 1, BAND_HOLDERS) for b, k in keys))
    hot = sorted(sizes.items(), key=lambda kv: -kv[1])[:top]
    spans = []
    for (band, key), n in hot:
        holders = " UNION ALL ".join(
            f"SELECT article_id FROM {t} WHERE band=? AND key=?" for t in tables)
        groups = db.execute(f"SELECT count(DISTINCT group_id) FROM articles WHERE id IN "
                            f"({holders})", [band, key] * len(tables)).fetchone()[0]
        spans.append({"holders": n, "groups": groups})
    return {"store": str(path), "articles": len(ids), "band_keys": sum(ordered),
            "buckets": len(ordered), "bucket_median": _quantile(ordered, 0.5),
            "bucket_p90": _quantile(ordered, 0.9), "bucket_p99": _quantile(ordered, 0.99),
            "bucket_max": ordered[-1] if ordered else 0, "sampled": len(drawn),
            "candidates_median": statistics.median(candidates) if candidates else 0,
            "candidates_mean": round(statistics.fmean(candidates), 2) if candidates else 0,
            "read_mean": round(statistics.fmean(bounded), 2) if bounded else 0,
            "hot_buckets": spans}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="the store to read")
    parser.add_argument("--sample", type=int, default=2000, help="articles sampled (2000)")
    parser.add_argument("--seed", type=int, default=0, help="sample seed (0)")
    parser.add_argument("--top", type=int, default=5, help="largest buckets described (5)")
    parser.add_argument("--json", type=Path, help="write the result as JSON to this path")
    args = parser.parse_args(argv)
    if not args.db.exists():
        print(f"{args.db}: no such store", file=sys.stderr)
        return 2
    found = measure(args.db, args.sample, args.seed, args.top)
    print(json.dumps(found, indent=1))
    if args.json:
        args.json.write_text(json.dumps(found, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
