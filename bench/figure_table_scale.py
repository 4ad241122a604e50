"""The workspace's figures table (``sitrep/web/table.py``) alone, on as many figure rows as
a store of 100,000 articles holds, made up here.

Why: building a real store of 100,000 articles, extracting it and computing its ledger
takes hours on the shared 2-core machine. The figures page's time, past the ledger (kept
once per state of the store) and the template (50 rows whatever the store), is the
table's filter, sort and page: this times that part on 1.8 million rows (the generated
captures give about 18 figures an article) with the cardinalities the generated store
has (a few hundred events, thousands of speakers, a few languages), with the queries
``serve_latency.py`` asks.

Usage::

    python bench/figure_table_scale.py --rows 1800000 --repeats 20 --json out.json
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from benchlib import REPO_ROOT, machine_info, write_json

sys.path.insert(0, str(REPO_ROOT / "src"))

QUERIES = {
    "unfiltered": {},
    "page 40 sorted by value": {"page": "40", "sort": "value", "order": "desc"},
    "event + source type + date range": {"subject": "event 7", "source_type": "official",
                                         "since": "2026-01-01", "until": "2026-12-31",
                                         "sort": "value"},
    "speaker 'ministry' + language, page 2": {"speaker": "ministry", "language": "en",
                                               "page": "2"},
}


def rows(count: int, seed: int = 0) -> list[dict[str, Any]]:
    """Figure rows as the workspace makes them, with made-up values."""
    rng = random.Random(seed)
    speakers = [f"speaker {i}" for i in range(4000)] + [
        f"ministry of {w}" for w in ("health", "defence", "finance", "transport")]
    out = []
    for i in range(count):
        who = rng.choice(speakers) if rng.random() < 0.5 else rng.choice(speakers[-4:])
        low = float(rng.randrange(1, 100_000))
        out.append({
            "id": f"f{i:016x}", "subject": f"event {rng.randrange(400)}",
            "family": f"measure {rng.randrange(60)}",
            "source_type": rng.choice(("official", "media", "ngo", None)),
            "language": rng.choice(("en", "en", "en", "de", "fr", "ru")),
            "who": who, "source": who, "outlet": f"outlet {rng.randrange(450)}",
            "day": f"2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
            "low": low, "high": low, "rejected": rng.random() < 0.001})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_800_000)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    from sitrep.web.figures import SORTS, FigureQuery
    from sitrep.web.table import FigureTable

    made = rows(args.rows)
    start = time.perf_counter()
    table = FigureTable.build(made, SORTS)
    built = time.perf_counter() - start
    result: dict[str, Any] = {"benchmark": "figure_table_scale", "rows": args.rows,
                              "build_s": round(built, 1), "queries": {},
                              "machine": machine_info()}
    for name, params in QUERIES.items():
        query = FigureQuery.parse(params)
        times = []
        for _ in range(args.repeats):
            start = time.perf_counter()
            _, total = query.select(_Holder(table))  # type: ignore[arg-type]
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        result["queries"][name] = {
            "rows_passing": total, "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[max(0, int(len(times) * 0.95) - 1)], 1)}
        print(name, result["queries"][name], flush=True)
    print(f"built in {built:.1f} s")
    if args.json:
        write_json(args.json, result)
    return 0


class _Holder:
    """What :meth:`FigureQuery.select` reads of a workspace: its table."""

    def __init__(self, table: Any) -> None:
        self.table = table


if __name__ == "__main__":
    raise SystemExit(main())
