"""Extraction CPU time per pass over the benchmark texts: this checkout against another.

Why: on a shared machine the wall clock of ``extract_throughput.py`` moves with the load;
the CPU time a process spends moves much less, and two sources measured in turns, in the
same minutes, see the same machine. Each round runs one fresh process per source; each
process extracts the 181 ground-truth texts once to warm up, then ``--passes`` times, and
reports the median CPU seconds of a pass (``time.process_time``). Run from the repository
root, e.g. against the code a branch started from (``git worktree add`` or ``git archive``):

    python bench/extract_cpu.py --other /tmp/base/src --rounds 3
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TEXTS = REPO.parent / "shared" / "data" / "article-extraction-benchmark" / "ground-truth.json"


def one_process(passes: int) -> float:
    """Median CPU seconds of a pass, in this process (the sources on ``sys.path``)."""
    from benchlib import warmed_benchmark_jobs

    from sitrep.extract.runner import run_job

    jobs = warmed_benchmark_jobs()
    seconds = []
    for _ in range(passes):
        start = time.process_time()
        for job in jobs:
            run_job(job)
        seconds.append(time.process_time() - start)
    return statistics.median(seconds)


def _run(src: Path, passes: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run([sys.executable, __file__, "--child", str(passes)], env=env,
                          capture_output=True, text=True, check=True)
    return float(done.stdout.split()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--other", type=Path, help="the sources to compare with (a src folder)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(f"{one_process(args.child):.4f}")
        return 0
    if not TEXTS.is_file():
        print(f"skipped: {TEXTS} not found")
        return 0
    sources = {"this": REPO / "src", **({"other": args.other.resolve()} if args.other else {})}
    found: dict[str, list[float]] = {name: [] for name in sources}
    for _ in range(args.rounds):
        for name, src in sources.items():
            found[name].append(_run(src, args.passes))
            print(f"{name}: {found[name][-1]:.3f} CPU s a pass", flush=True)
    medians = {name: statistics.median(v) for name, v in found.items()}
    print(" ".join(f"{name} median {m:.3f} s" for name, m in medians.items()))
    if "other" in medians:
        print(f"other / this: {medians['other'] / medians['this']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
