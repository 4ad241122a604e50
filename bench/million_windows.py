"""Per-window throughput of a million-capture run, read back from its log.

Why: the run goes on over several sessions (each resumes where the store stops), on a machine
other work shares, so one session's JSON holds only its own part and a window's wall-clock
rate moves with the other load. The log holds every 10,000-capture sample of every session;
this reads them all and gives, per window of ``--window`` captures, the median of the
samples' docs/s and docs per CPU-second (a median, so that one sample taken while a test
suite ran, or the first after a resume, which also generated the skipped captures, does not
move it), their best, the store size and the largest RSS. The slow-down rule compares the
median docs per CPU-second of the last window with the first.

Usage: ``python bench/million_windows.py /work/million/million.log [--json PATH]``
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from benchlib import write_json

SAMPLE = re.compile(
    r"^(?P<at>\d\d:\d\d:\d\d)\s+(?P<items>[\d,]+) items\s+[\d.]+ s\s+(?P<rate>[\d.]+) docs/s "
    r"\(window\).*?(?P<cpu>[\d.]+) per CPU-s\s+RSS\s+(?P<rss>[\d,]+) MiB\s+store\s+"
    r"(?P<store>[\d,]+) MiB")
MAX_SLOWDOWN = 0.20


@dataclass(frozen=True)
class Window:
    """The samples of one window of captures."""

    first: int
    last: int
    samples: int
    median_docs_per_s: float
    median_docs_per_cpu_s: float
    best_docs_per_cpu_s: float
    store_mib: int
    max_rss_mib: int


def samples(log: str) -> dict[int, dict[str, float]]:
    """items -> the last sample logged at that count (a resumed run may log one again)."""
    out: dict[int, dict[str, float]] = {}
    for line in log.splitlines():
        m = SAMPLE.match(line)
        if m:
            out[int(m["items"].replace(",", ""))] = {
                "rate": float(m["rate"]), "cpu": float(m["cpu"]),
                "rss": int(m["rss"].replace(",", "")), "store": int(m["store"].replace(",", ""))}
    return out


def windows(found: dict[int, dict[str, float]], size: int) -> list[Window]:
    out = []
    for lo in range(0, max(found, default=0), size):
        inside = [found[n] for n in sorted(found) if lo < n <= lo + size]
        if not inside:
            continue
        out.append(Window(lo, lo + size, len(inside),
                          round(statistics.median(s["rate"] for s in inside), 1),
                          round(statistics.median(s["cpu"] for s in inside), 1),
                          round(max(s["cpu"] for s in inside), 1),
                          int(inside[-1]["store"]), int(max(s["rss"] for s in inside))))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("log", type=Path)
    parser.add_argument("--window", type=int, default=100_000)
    parser.add_argument("--json", type=Path, metavar="PATH")
    args = parser.parse_args(argv)
    table = windows(samples(args.log.read_text(encoding="utf-8")), args.window)
    print(f"{'window':>19} {'samples':>7} {'docs/s':>7} {'per CPU-s':>9} {'best':>6} "
          f"{'store MiB':>10} {'RSS MiB':>8}")
    for w in table:
        print(f"{w.first:>9,}-{w.last:<9,} {w.samples:>7} {w.median_docs_per_s:>7} "
              f"{w.median_docs_per_cpu_s:>9} {w.best_docs_per_cpu_s:>6} {w.store_mib:>10,} "
              f"{w.max_rss_mib:>8,}")
    result: dict[str, object] = {"windows": [asdict(w) for w in table]}
    if len(table) > 1:
        drop = 1 - table[-1].median_docs_per_cpu_s / table[0].median_docs_per_cpu_s
        result["slowdown_docs_per_cpu_s"] = round(drop, 3)
        print(f"slow-down, last window against the first (median docs per CPU-s): {drop:.1%}"
              f" (limit {MAX_SLOWDOWN:.0%})")
    write_json(args.json, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
