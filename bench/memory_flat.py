"""Does sitrep's ingest memory stay flat over a long run? (default: 100,000 captures)

Why: sitrep promises streaming ingest (sources are read record by record, the duplicate index
lives in the store, each batch is one transaction), so the resident memory of one long ingest
should level off instead of growing with the corpus. This checks that promise.

What: ``generate_captures.py`` writes N synthetic plain-text captures (fixed seed, about 10%
near-copies) to a temporary JSON Lines file, streaming. A spawned child process then runs one
``sitrep.ingest.runner.ingest`` of that file into a fresh SQLite store and, from the ``on_item``
callback, samples its own RSS (``VmRSS`` in ``/proc/self/status``) every ``--every`` input
items (default 5,000), printing a progress line each time. Reported: RSS at each sample, the
growth from the sample at 20,000 items to the last sample, docs/s overall and per window.

Rule: memory is "flat" when RSS at the end is less than 15% above RSS at 20,000 items
(the first 20,000 items are warm-up: imports, SQLite page cache, model loading).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from benchlib import (
    current_rss_kib,
    loaded_code_fingerprint,
    peak_rss_kib,
    run_in_child,
    write_json,
)

FLAT_GROWTH = 0.15
WARM_UP_ITEMS = 20_000
CAPTURED_AT = datetime(2025, 8, 18)


def _store_mib(db_path: str) -> float:
    size = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            size += os.path.getsize(db_path + suffix)
    return size / 2**20


class _TimeUp(Exception):
    """Raised from ``on_item`` to end a capped run; the open batch is not written."""


def child_ingest(jsonl: str, db_path: str, every: int, total: int,
                 max_seconds: float | None = None) -> dict[str, Any]:
    """One ingest of ``jsonl`` into a fresh store, sampling RSS every ``every`` items.

    With ``max_seconds``, the run stops at the first sample taken after that much time.
    """
    from sitrep.ingest.readers import Item, ReadOptions
    from sitrep.ingest.runner import ingest
    from sitrep.store import Store

    options = ReadOptions(captured_at=CAPTURED_AT, captured_at_has_time=False)
    samples: list[dict[str, Any]] = []
    seen = 0
    start = time.perf_counter()
    last = [start, 0]

    def sample(items: int) -> None:
        now = time.perf_counter()
        window = (items - last[1]) / (now - last[0]) if now > last[0] else 0.0
        rss = current_rss_kib()
        samples.append({"items": items, "rss_kib": rss, "seconds": round(now - start, 1),
                        "window_docs_per_s": round(window, 1),
                        "store_mib": round(_store_mib(db_path), 1)})
        rate = items / (now - start) if now > start else 0.0
        print(f"  {items:>8,} items  RSS {rss / 1024:7.1f} MiB  {now - start:8.0f} s  "
              f"window {window:6.1f} docs/s  overall {rate:6.1f} docs/s  "
              f"store {samples[-1]['store_mib']:,.0f} MiB", flush=True)
        last[0], last[1] = now, items

    def on_item(_: Item) -> None:
        nonlocal seen
        seen += 1
        if seen % every == 0:
            sample(seen)
            if max_seconds is not None and time.perf_counter() - start > max_seconds:
                raise _TimeUp

    sample(0)
    complete = True
    with Store(db_path) as store:
        try:
            summary: dict[str, Any] = ingest([jsonl], store, options, on_item=on_item).as_dict()
            summary.pop("refusals", None)
        except _TimeUp:
            complete = False
            summary = {"stopped_after_seconds": max_seconds, **store.counts()}
    seconds = time.perf_counter() - start
    if complete and seen % every:
        sample(seen)
    return {"samples": samples, "items": seen, "seconds": seconds, "complete": complete,
            "docs_per_s": seen / seconds, "peak_rss_kib": peak_rss_kib(), "summary": summary,
            "sitrep_code": loaded_code_fingerprint(),
            "expected_items": total}


def verdict(samples: list[dict[str, Any]]) -> dict[str, Any]:
    """Growth of RSS from the sample at 20,000 items (or the nearest after it) to the last."""
    after = [s for s in samples if s["items"] >= WARM_UP_ITEMS]
    if len(after) < 2:
        return {"verdict": "undecided", "reason": f"fewer than two samples at or after "
                                                  f"{WARM_UP_ITEMS:,} items"}
    base, end = after[0], after[-1]
    growth = (end["rss_kib"] - base["rss_kib"]) / base["rss_kib"]
    return {"from_items": base["items"], "to_items": end["items"],
            "rss_from_mib": base["rss_kib"] / 1024, "rss_to_mib": end["rss_kib"] / 1024,
            "growth": growth, "verdict": "flat" if growth < FLAT_GROWTH else "growing"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100_000,
                        help="captures to generate and ingest (default: %(default)s)")
    parser.add_argument("--every", type=int, default=5_000,
                        help="sample RSS every this many input items (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=0, help="generator seed (default: %(default)s)")
    parser.add_argument("--tmp", type=Path, default=None,
                        help="folder for the temporary JSONL file and store "
                             "(default: the system temp folder)")
    parser.add_argument("--max-minutes", type=float, default=None,
                        help="stop the ingest at the first sample after this many minutes and "
                             "report what was measured (default: no limit)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the temporary folder (the JSONL and the store) afterwards")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the results as JSON")
    args = parser.parse_args(argv)

    from generate_captures import write_jsonl

    tmp = Path(tempfile.mkdtemp(prefix="sitrep-memory-", dir=args.tmp))
    jsonl, db = tmp / "captures.jsonl", tmp / "store.db"
    try:
        start = time.perf_counter()
        with open(jsonl, "w", encoding="utf-8") as fh:
            copies = write_jsonl(fh, args.count, args.seed)
        print(f"{args.count:,} captures ({copies:,} near-copies) generated to {jsonl} "
              f"({jsonl.stat().st_size / 2**20:,.0f} MiB) in {time.perf_counter() - start:.0f} s",
              flush=True)
        print(f"ingesting in a child process, RSS sampled every {args.every:,} items:",
              flush=True)
        cap = args.max_minutes * 60 if args.max_minutes else None
        res = run_in_child(child_ingest, str(jsonl), str(db), args.every, args.count, cap)
    finally:
        if not args.keep:
            for path in (jsonl, db, Path(f"{db}-wal"), Path(f"{db}-shm")):
                path.unlink(missing_ok=True)
            tmp.rmdir()
    v = verdict(res["samples"])
    if not res["complete"]:
        v["verdict"] += f" (incomplete run: stopped after {res['items']:,} of {args.count:,})"
        print(f"stopped by --max-minutes {args.max_minutes:g}: the figures cover "
              f"{res['items']:,} of {args.count:,} captures")
    print(f"ingested {res['items']:,} items in {res['seconds']:,.0f} s: "
          f"{res['docs_per_s']:.1f} docs/s overall; peak RSS {res['peak_rss_kib'] / 1024:.0f} MiB")
    print(f"summary: {res['summary']}; sitrep code {res['sitrep_code']}")
    if "growth" in v:
        print(f"RSS {v['rss_from_mib']:.1f} MiB at {v['from_items']:,} items -> "
              f"{v['rss_to_mib']:.1f} MiB at {v['to_items']:,} items: {v['growth']:+.1%} "
              f"(rule: flat if growth < {FLAT_GROWTH:.0%}): {v['verdict']}")
    else:
        print(f"verdict: {v['verdict']} ({v['reason']})")
    write_json(args.json, {"benchmark": "memory_flat", "count": args.count, "seed": args.seed,
                           "every": args.every, "near_copies": copies,
                           "rule": f"flat if RSS growth from {WARM_UP_ITEMS:,} items to the "
                                   f"end < {FLAT_GROWTH:.0%}", **v, **res})
    return 0


if __name__ == "__main__":
    sys.exit(main())
