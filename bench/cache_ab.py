"""The writer's time a batch with two sizes of page cache, or with the savepoints' journal
in a file and in memory, in one ingest run into an existing store: blocks of batches
alternate between the two, so both meet the same store and the same minutes of a shared
host (the method of ``read_ahead_ab.py``).

Why: the ingest's page cache (``connection.INGEST_CACHE_MAX_MIB``) is the largest single
holder of its memory at a million captures, and memory is one of the limits there; a
smaller cache is worth having only if the writer is no slower for it. And the journal of
each document's savepoint went to a temporary file until session 37
(``Store.savepoint_journal_in_memory``). The first batch of each block is left out: it pays
for the change (pages dropped, or read again).

    PYTHONPATH=src:bench python bench/cache_ab.py --db STORE --jsonl MORE.jsonl \\
        --mib 700,500 --batches 48 --block 6 --workers 2 --json out.json
    PYTHONPATH=src:bench python bench/cache_ab.py --db STORE --jsonl MORE.jsonl \\
        --journal --batches 48 --block 6 --workers 2 --json out.json

``MORE.jsonl``: captures the store does not hold yet (``generate_captures.py`` writes
them; the store takes them, so run it on a copy or a scratch store).
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from ab_blocks import add_common_arguments, arm_medians, further_items, report

from sitrep.ingest import runner
from sitrep.store import Store

#: ``--journal``: where SQLite keeps a savepoint's journal, by ``PRAGMA temp_store``
JOURNALS = {"file": 1, "memory": 2}


class Alternating:
    """Sets the page cache (or the journal's place) as each batch is stored, the ingest's
    own sizing (``fit_cache_to_ingest``) turned off when it is the cache that alternates:
    blocks of ``block`` batches at each of the two in turn, each batch timed (wall and the
    writer thread's CPU)."""

    def __init__(self, store: Store, arms: tuple[str, str], block: int,
                 journal: bool = False) -> None:
        self.store, self.arms, self.block, self.journal = store, arms, block, journal
        self.batches = 0
        self.rows: list[dict[str, Any]] = []
        self._store_batch = runner._store_batch

    def arm(self) -> str:
        return self.arms[(self.batches // self.block) % 2]

    def fit_cache(self) -> int:
        return int(self.arm())

    def store_batch(self, sent: Any, store: Store, summary: Any, settings: Any,
                    ahead: Any = None) -> None:
        arm = self.arm()
        pragma = (f"temp_store={JOURNALS[arm]}" if self.journal
                  else f"cache_size={-int(arm) * 1024}")
        store._db.execute(f"PRAGMA {pragma}")  # before the batch's BEGIN: it takes effect
        wall, cpu, captures = time.perf_counter(), time.thread_time(), summary.captures
        self._store_batch(sent, store, summary, settings, ahead)
        wall, cpu = time.perf_counter() - wall, time.thread_time() - cpu
        stored = summary.captures - captures
        first = self.batches == 0 or self.batches % self.block == 0 or not stored
        self.rows.append({"arm": arm, "first_of_block": first, "captures": stored,
                          "wall_s": round(wall, 3), "cpu_s": round(cpu, 3)})
        self.batches += 1


def summary(rows: list[dict[str, Any]], arms: tuple[str, str]) -> dict[str, Any]:
    """Medians of each arm's ms a capture, wall and CPU, and the ratio of the second arm to
    the first, over the batches that are not the first of their block."""
    counted = [r for r in rows if not r["first_of_block"]]
    out: dict[str, Any] = {arm: arm_medians(counted, "arm", arm) for arm in arms}
    first, second = (out[arm] for arm in arms)
    if first["batches"] and second["batches"]:
        out["wall_ratio_second_to_first"] = round(
            second["wall_ms_a_capture"] / first["wall_ms_a_capture"], 3)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    add_common_arguments(parser, batches=48, block=6)
    parser.add_argument("--mib", default="700,500", help="the two cache sizes (%(default)s)")
    parser.add_argument("--journal", action="store_true",
                        help="alternate the savepoints' journal, in a file then in memory, "
                        "instead of the cache (which the ingest then sizes itself)")
    args = parser.parse_args(argv)
    arms = ("file", "memory") if args.journal else tuple(args.mib.split(","))
    items = further_items(args)
    with Store(args.db) as store:
        held_before = store.counts()["captures"]
        timer = Alternating(store, arms, args.block, args.journal)  # type: ignore[arg-type]
        if not args.journal:
            store.fit_cache_to_ingest = timer.fit_cache  # type: ignore[method-assign]
        runner._store_batch = timer.store_batch  # type: ignore[assignment]
        try:
            runner.ingest_items(items, store, batch_size=args.batch, workers=args.workers,
                                link=False, filter_keys=True)
        finally:
            runner._store_batch = timer._store_batch  # type: ignore[assignment]
    result = {"store": str(args.db), "captures_before": held_before, "block": args.block,
              **summary(timer.rows, arms), "rows": timer.rows}  # type: ignore[arg-type]
    return report(result, args.json)


if __name__ == "__main__":
    raise SystemExit(main())
