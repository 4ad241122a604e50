"""Where a cluster ingest's CPU goes, stage by stage: the client and its workers apart.

Why: ``cluster_speedup.py`` gives one ratio and one CPU total per run; to know which side to
make cheaper (the client's merge into SQLite, or the workers' parts and dedupe buckets) the
CPU must be read at each stage change. This script runs ``cluster_ingest`` into a new
store and, each time the progress callback names a new stage, reads the CPU time of this
process and of every process under it (the local cluster's nannies and workers, through
``psutil``). Workers are gone once the cluster closes, so the last stage shows only the
client's share.

    PYTHONPATH=src python bench/cluster_stages.py CAPTURES.jsonl --db /tmp/stages.db --part-mib 4
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import shutil
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

CAPTURED_AT = datetime(2025, 8, 18)


@dataclass(frozen=True)
class Mark:
    """The clocks when a stage began: wall, this process's CPU, its descendants' CPU."""

    stage: str
    wall: float
    client: float
    workers: float


def _cpu() -> tuple[float, float]:
    import psutil

    me = psutil.Process()
    own = sum(me.cpu_times()[:2])
    under = 0.0
    for child in me.children(recursive=True):
        with contextlib.suppress(psutil.Error):  # it ended between listing and reading
            under += sum(child.cpu_times()[:2])
    return own, under


def _mark(stage: str) -> Mark:
    return Mark(stage, time.perf_counter(), *_cpu())


def measure(jsonl: Path, db: Path, cluster: str, part_bytes: int) -> list[dict[str, object]]:
    """One run into a new store at ``db``; each stage's wall and CPU seconds."""
    from sitrep.ingest.readers import ReadOptions
    from sitrep.scale import cluster_ingest, parse_cluster
    from sitrep.scale.parts import PartSizes
    from sitrep.store import Store

    for old in db.parent.glob(f"{db.name}*"):
        shutil.rmtree(old) if old.is_dir() else old.unlink()
    marks = [_mark("start")]

    def progress(stage: str, done: int, total: int) -> None:
        if stage != marks[-1].stage:
            marks.append(_mark(stage))

    options = ReadOptions(captured_at=CAPTURED_AT, captured_at_has_time=False)
    with Store(db) as store:
        cluster_ingest([str(jsonl)], store, parse_cluster(cluster), options,
                       on_progress=progress, on_message=lambda _: None,
                       sizes=PartSizes(bytes=part_bytes))
    marks.append(_mark("end"))
    return [{"stage": a.stage, "wall_s": b.wall - a.wall, "client_cpu_s": b.client - a.client,
             # the workers have exited by the end: their last share cannot be read
             "workers_cpu_s": b.workers - a.workers if b.stage != "end" else None}
            for a, b in itertools.pairwise(marks)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("jsonl", type=Path, help="captures, one JSON object a line")
    parser.add_argument("--db", type=Path, required=True, help="store to make (replaced)")
    parser.add_argument("--cluster", default="local:2")
    parser.add_argument("--part-mib", type=float, default=4.0, help="input a part reads")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the rows here")
    args = parser.parse_args(argv)
    if not args.jsonl.is_file():
        parser.error(f"{args.jsonl}: no such file")
    stages = measure(args.jsonl, args.db, args.cluster, int(args.part_mib * 2**20))
    for s in stages:
        workers = "" if s["workers_cpu_s"] is None else f"{s['workers_cpu_s']:7.1f}"
        print(f"{s['stage']:13s} wall {s['wall_s']:7.1f}  client {s['client_cpu_s']:7.1f}  "
              f"workers {workers}")
    if args.json:
        args.json.write_text(json.dumps({"jsonl": str(args.jsonl), "cluster": args.cluster,
                                         "part_mib": args.part_mib, "stages": stages},
                                        indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
