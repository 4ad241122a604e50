"""The writer's time a batch with the next batch's keys read beside it, and without, in one
ingest run into an existing store: blocks of batches alternate between the two, so both
meet the same store size and the same minutes of a shared host.

Why in one run: two runs of a few thousand captures each differ by more than the thing
measured (a process's start, its filter's build, the host's minute), and the read beside
the writer (store/read_ahead.py) both spares the writer a read and runs beside it, so what
counts is the writer's whole batch. A batch counts as "beside" when its keys were read
beside the batch before and it read the next batch's beside itself, as "alone" when
neither; the batches between blocks, which did one of the two, and the run's first batch
(which builds the key filter) are left out.

    PYTHONPATH=src:bench python bench/read_ahead_ab.py --db STORE --jsonl MORE.jsonl \\
        --batches 40 --block 4 --workers 2 --json out.json

``MORE.jsonl``: captures the store does not hold yet (``generate_captures.py`` writes
them; the store takes them, so run it on a copy or a scratch store).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import sys
import time
from collections.abc import Iterator
from typing import Any

from ab_blocks import add_common_arguments, arm_medians, further_items, report

from sitrep.ingest import runner, threads
from sitrep.store import Store


class Alternating:
    """Wraps the runner's read-ahead choice and its batch store: blocks of ``block`` batches
    with the read beside the writer, then as many without, each batch timed (wall and the
    writer thread's CPU) and sorted by what it did."""

    def __init__(self, store: Store, block: int) -> None:
        self.store = store
        self.block = block
        self.stored = 0
        self.rows: list[dict[str, Any]] = []
        self._ahead = runner._ahead
        self._store_batch = runner._store_batch

    def ahead(self, sent: Any, pool: Any, settings: Any) -> Any:
        on = (self.stored // self.block) % 2 == 0
        return self._ahead(sent, pool, settings) if on else None

    def store_batch(self, sent: Any, store: Store, summary: Any, settings: Any,
                    ahead: Any = None) -> None:
        before = self._beside()
        wall, cpu, captures = time.perf_counter(), time.thread_time(), summary.captures
        self._store_batch(sent, store, summary, settings, ahead)
        wall, cpu = time.perf_counter() - wall, time.thread_time() - cpu
        stored = summary.captures - captures
        read_beside = self._beside() > before
        kind = ("beside" if read_beside and ahead is not None else
                "alone" if not read_beside and ahead is None else "between")
        if self.stored == 0 or not stored:
            kind = "first"
        self.rows.append({"kind": kind, "captures": stored, "wall_s": round(wall, 3),
                          "cpu_s": round(cpu, 3)})
        self.stored += 1

    def _beside(self) -> int:
        held = self.store._key_filter
        return held.read_beside if held is not None else 0


@contextlib.contextmanager
def patch_interval(interval: float) -> Iterator[None]:
    """The ingest's switch interval (ingest/threads.py) set to ``interval`` seconds inside."""
    own = runner.lock_handed_on_often
    runner.lock_handed_on_often = functools.partial(  # type: ignore[assignment]
        threads.lock_handed_on_often, interval)
    try:
        yield
    finally:
        runner.lock_handed_on_often = own  # type: ignore[assignment]


def summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Medians of each kind's ms a capture, wall and CPU, and the ratio beside/alone."""
    out: dict[str, Any] = {kind: arm_medians(rows, "kind", kind) for kind in ("beside", "alone")}
    if out["beside"]["batches"] and out["alone"]["batches"]:
        out["wall_ratio_beside_to_alone"] = round(
            out["beside"]["wall_ms_a_capture"] / out["alone"]["wall_ms_a_capture"], 3)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    add_common_arguments(parser, batches=40, block=4)
    parser.add_argument("--switch-interval", type=float, metavar="MS",
                        default=threads.SWITCH_INTERVAL * 1000,
                        help="Python's thread switch interval during the ingest, in ms "
                        "(%(default)s, the ingest's; Python's default is 5): how long a "
                        "thread waits for the lock another one holds")
    args = parser.parse_args(argv)
    interval = args.switch_interval / 1000
    items = further_items(args)
    with Store(args.db) as store:
        held_before = store.counts()["captures"]
        timer = Alternating(store, args.block)
        runner._ahead, runner._store_batch = timer.ahead, timer.store_batch  # type: ignore[assignment]
        before = sys.getswitchinterval()
        sys.setswitchinterval(max(before, interval))  # the ingest lowers it to its own at most
        try:
            with patch_interval(interval):
                runner.ingest_items(items, store, batch_size=args.batch, workers=args.workers,
                                    link=False, filter_keys=True)
        finally:
            runner._ahead, runner._store_batch = timer._ahead, timer._store_batch
            sys.setswitchinterval(before)
    result = {"store": str(args.db), "captures_before": held_before, "block": args.block,
              "switch_interval_ms": args.switch_interval,
              **summary(timer.rows), "rows": timer.rows}
    return report(result, args.json)


if __name__ == "__main__":
    raise SystemExit(main())
