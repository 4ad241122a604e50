"""Machine instructions of one extraction pass over the benchmark texts: this checkout
against another, counted by valgrind's callgrind.

Why: on this shared machine even the CPU time of a pass moves by 15% from minute to minute
(a plain Python loop does), more than most speed changes; the count of instructions does
not move at all, so two sources compare exactly. What: each source runs in its own
process under callgrind with instrumentation off while the pipeline loads and one warm-up
pass runs (at full speed); then instrumentation is switched on (``callgrind_control``) and
only one pass, run inside ``functools.reduce`` (the function callgrind is told to count),
is counted. The two sources run at the same time, one per core. Needs Debian's
``valgrind``; skipped without it or without the texts. Run from the repository root:

    python bench/extract_instructions.py --other /tmp/base/src
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TEXTS = REPO.parent / "shared" / "data" / "article-extraction-benchmark" / "ground-truth.json"
_COLLECTED = re.compile(r"Collected : (\d+)")


def child(flag_dir: Path) -> None:
    """Load, warm up, say so, wait for the counting to start, then run the counted pass."""
    import functools

    from benchlib import warmed_benchmark_jobs

    from sitrep.extract.runner import run_job

    jobs = warmed_benchmark_jobs()
    (flag_dir / "ready").touch()
    while not (flag_dir / "go").exists():
        time.sleep(0.2)
    functools.reduce(lambda _, __: [run_job(job) for job in jobs], [0, 1])


def _start(src: Path, work: Path) -> tuple[subprocess.Popen[bytes], Path]:
    work.mkdir()
    env = {**os.environ, "PYTHONPATH": str(src)}
    proc = subprocess.Popen(
        ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--collect-atstart=no",
         "--toggle-collect=functools_reduce", f"--callgrind-out-file={work / 'out'}",
         sys.executable, __file__, "--child", str(work)],
        env=env, stdout=subprocess.DEVNULL, stderr=(work / "log").open("wb"))
    return proc, work


def _count(proc: subprocess.Popen[bytes], work: Path) -> int:
    while not (work / "ready").exists():
        if proc.poll() is not None:
            raise SystemExit(f"the pass failed: see {work / 'log'}")
        time.sleep(1)
    subprocess.run(["callgrind_control", "-i", "on", str(proc.pid)], check=True,
                   capture_output=True)
    (work / "go").touch()
    proc.wait()
    found = _COLLECTED.findall((work / "log").read_text())
    if proc.returncode or not found:
        raise SystemExit(f"no count: see {work / 'log'}")
    return int(found[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--other", type=Path, help="the sources to compare with (a src folder)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return 0
    if not TEXTS.is_file() or not shutil.which("valgrind"):
        print(f"skipped: needs {TEXTS} and valgrind")
        return 0
    sources = {"this": REPO / "src", **({"other": args.other.resolve()} if args.other else {})}
    with tempfile.TemporaryDirectory() as tmp:
        started = {name: _start(src, Path(tmp) / name) for name, src in sources.items()}
        counts = {name: _count(*run) for name, run in started.items()}
    for name, count in counts.items():
        print(f"{name}: {count / 1e9:.3f} billion instructions a pass")
    if "other" in counts:
        print(f"other / this: {counts['other'] / counts['this']:.3f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
