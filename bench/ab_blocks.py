"""What the benches that alternate blocks of batches in one ingest run share
(``read_ahead_ab.py``, ``cache_ab.py``): their common arguments, the further captures they
store, and the medians of each arm's batches."""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from million import CAPTURED_AT_TEXT

from sitrep.ingest import runner
from sitrep.ingest.readers import Item, ReadOptions, iter_inputs


def add_common_arguments(parser: argparse.ArgumentParser, batches: int, block: int) -> None:
    parser.add_argument("--db", type=Path, required=True, help="the store (it takes the input)")
    parser.add_argument("--jsonl", type=Path, required=True, help="captures it does not hold")
    parser.add_argument("--batches", type=int, default=batches,
                        help="batches to store (%(default)s)")
    parser.add_argument("--block", type=int, default=block, help="batches a block (%(default)s)")
    parser.add_argument("--batch", type=int, default=runner.DEFAULT_BATCH)
    parser.add_argument("--skip", type=int, default=0, help="input lines to pass over")
    parser.add_argument("--workers", default="2")
    parser.add_argument("--json", type=Path, help="write the rows and medians here")


def further_items(args: argparse.Namespace) -> Iterator[Item]:
    """The captures of ``--jsonl`` the run stores, dated as ``million.py`` dates them."""
    options = ReadOptions(captured_at=datetime.fromisoformat(CAPTURED_AT_TEXT),
                          captured_at_has_time=False)
    return itertools.islice(iter_inputs([str(args.jsonl)], options), args.skip,
                            args.skip + args.batches * args.batch)


def arm_medians(rows: list[dict[str, Any]], key: str, arm: str) -> dict[str, Any]:
    """How many of ``rows`` have ``key`` equal to ``arm``, and their median ms a capture,
    wall and the writer's CPU."""
    mine = [r for r in rows if r[key] == arm]
    return {"batches": len(mine),
            "wall_ms_a_capture": round(statistics.median(
                1000 * r["wall_s"] / r["captures"] for r in mine), 3) if mine else None,
            "cpu_ms_a_capture": round(statistics.median(
                1000 * r["cpu_s"] / r["captures"] for r in mine), 3) if mine else None}


def report(result: dict[str, Any], json_path: Path | None) -> int:
    """Print the result without its rows; write it whole to ``json_path`` if given."""
    print(json.dumps({k: v for k, v in result.items() if k != "rows"}, indent=1))
    if json_path:
        json_path.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0
