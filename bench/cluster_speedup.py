"""Cluster speed-up: ``--cluster local:2`` against one process, on the same captures.

Why: on this 2-core machine a local cluster of two workers should ingest at least 1.6x as
fast as one process; if it does not, the cluster path costs more than it spreads.

What: ``generate_captures.py`` writes N news-length plain-text captures (fixed seed, about
10% near copies) as one JSON Lines file. Each pass runs, in a rotating order, (a) one
process: ``sitrep.ingest.runner.ingest`` of the file into a fresh store (clean, fingerprint,
dedupe, store) and (b) ``sitrep.scale.cluster_ingest`` with ``local:2`` into another fresh
store, including the cluster's start and its Parquet parts written afresh. Each run is its
own interpreter (``subprocess``: a local cluster starts processes of its own), timed from
the call to the stored result. Both stores of a pass must hold the same rows (checked on
the articles table, ids and groups, and on every pair of ``article_relations``; the
articles in duplicate groups and the pairs are counted for each). Reported: the median
over passes of each run's docs/s and of the per-pass ratio; the CPU seconds each run used
(with all the processes it started); the load average of the machine before each pass (on
a shared machine a busy neighbour changes the wall-clock figures; the CPU figures much
less).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from benchlib import median, spread, write_json

TARGET_RATIO = 1.6
CAPTURED_AT = datetime(2025, 8, 18)


def child(mode: str, jsonl: str, db: str) -> dict[str, Any]:
    """One measured run in this interpreter; returns its timing and the article groups."""
    from sitrep.ingest.readers import ReadOptions
    from sitrep.store import Store

    options = ReadOptions(captured_at=CAPTURED_AT, captured_at_has_time=False)
    with Store(db) as store:
        start = time.perf_counter()
        if mode == "single":
            from sitrep.ingest.runner import ingest

            summary = ingest([jsonl], store, options)
        else:
            from sitrep.scale import cluster_ingest, parse_cluster

            summary = cluster_ingest([jsonl], store, parse_cluster(mode), options)
        seconds = time.perf_counter() - start
        groups = sorted((a.id, a.duplicate_of or "") for a in store.articles())
        pairs = [(r.a, r.b, r.kind, r.coverage) for r in store.article_relations()]
    return {"mode": mode, "seconds": seconds, "captures": summary.captures,
            "articles": summary.articles, "duplicates": summary.duplicates,
            "in_groups": _in_groups(groups), "pairs": len(pairs),
            "groups_digest": _digest(groups), "pairs_digest": _digest(pairs)}


def _digest(values: list[Any]) -> str:
    return hashlib.sha256(json.dumps(values).encode()).hexdigest()[:16]


def _in_groups(groups: list[tuple[str, str]]) -> int:
    """Articles in a duplicate group of two or more (the copies and what they copy)."""
    heads = {d for _, d in groups if d}
    return sum(1 for a, d in groups if d or a in heads)


def run(mode: str, jsonl: Path, tmp: Path) -> dict[str, Any]:
    db = tmp / f"{mode.replace(':', '')}.db"
    for p in tmp.glob(f"{db.name}*"):
        shutil.rmtree(p) if p.is_dir() else p.unlink()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run([sys.executable, __file__, "--child", mode, str(jsonl), str(db)],
                         check=True, capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    res = json.loads(out.stdout.strip().splitlines()[-1])
    res["docs_per_s"] = res["captures"] / res["seconds"]
    # CPU of the run and every process it started (the cluster's workers included)
    res["cpu_seconds"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return res


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--cluster", default="local:2")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jsonl", type=Path, help="captures to use (default: generated)")
    parser.add_argument("--tmp", type=Path, default=None)
    parser.add_argument("--json", type=Path, metavar="PATH")
    parser.add_argument("--child", nargs=3, metavar=("MODE", "JSONL", "DB"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(*args.child)))
        return 0

    if args.tmp:  # a folder named for the work is made, not refused with a traceback
        Path(args.tmp).mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="sitrep-speedup-", dir=args.tmp))
    try:
        jsonl = args.jsonl
        if jsonl is None:
            from generate_captures import write_jsonl

            jsonl = tmp / "captures.jsonl"
            with open(jsonl, "w", encoding="utf-8") as fh:
                write_jsonl(fh, args.count, args.seed)
        modes = ("single", args.cluster)
        passes = []
        for p in range(args.passes):
            load = os.getloadavg()[0]
            got = {m: run(m, jsonl, tmp) for m in (modes if p % 2 == 0 else modes[::-1])}
            single, cluster = got["single"], got[args.cluster]
            same = all(single[k] == cluster[k]
                       for k in ("groups_digest", "pairs_digest", "articles"))
            ratio = cluster["docs_per_s"] / single["docs_per_s"]
            passes.append({"load_before": load, "single": single, "cluster": cluster,
                           "ratio": ratio, "same_articles_groups_and_pairs": same})
            print(f"pass {p + 1}: load {load:.1f}; one process {single['docs_per_s']:.1f} "
                  f"docs/s ({single['seconds']:.0f} s, {single['cpu_seconds']:.0f} CPU-s); "
                  f"{args.cluster} {cluster['docs_per_s']:.1f} docs/s "
                  f"({cluster['seconds']:.0f} s, {cluster['cpu_seconds']:.0f} CPU-s); "
                  f"ratio {ratio:.2f}; in groups {single['in_groups']} / "
                  f"{cluster['in_groups']}, pairs {single['pairs']} / {cluster['pairs']}; "
                  f"same articles, groups and pairs: {same}", flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    ratios = [p["ratio"] for p in passes]
    out = {"benchmark": "cluster_speedup", "count": args.count, "cluster": args.cluster,
           "passes": passes, "median_ratio": median(ratios),
           "median_single_docs_per_s": median([p["single"]["docs_per_s"] for p in passes]),
           "median_cluster_docs_per_s": median([p["cluster"]["docs_per_s"] for p in passes]),
           "target": TARGET_RATIO,
           "verdict": "met" if median(ratios) >= TARGET_RATIO else "missed"}
    print(f"median ratio {out['median_ratio']:.2f} (passes {spread(ratios)}); one process "
          f"{out['median_single_docs_per_s']:.1f} docs/s, {args.cluster} "
          f"{out['median_cluster_docs_per_s']:.1f} docs/s; target >= {TARGET_RATIO}: "
          f"{out['verdict']}")
    write_json(args.json, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
