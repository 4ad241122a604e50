"""Ingest of 10,000 hostile inputs mixed with good articles: crashes, losses, time, memory.

Why: the fuzz test (``tests/test_fuzz_ingest.py``) proves the behaviour on 520 inputs; this
runs the same generator and the same judge at scale, where a slow path, a leak or a rare
crash shows, and records what sitrep refused and how fast it got through.

What: ``tests/fuzzgen.generate(seed, count, tmp)`` writes the inputs (``count`` malformed
ones, a quarter as many good files), then one ``python -m sitrep ingest INPUT --manifest M
--db DB --no-extract`` subprocess (``SITREP_RAISE_INTERNAL=1`` unless
``--no-raise-internal``) ingests them. Printed as JSON: inputs, good documents expected,
bad expectations, tracebacks, good stored, bad refused, refusals by code, wall time of the
subprocess and its peak RSS (``getrusage(RUSAGE_CHILDREN).ru_maxrss``), and the first
problems. ``--isolate`` instead runs each class family alone (small sets), so that one crash
does not hide the other classes: a table of what each class does now.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchlib import REPO_ROOT, write_json

sys.path.insert(0, str(REPO_ROOT / "tests"))

import fuzzgen  # lives in tests/, found through the path set just above


def summarise(m: fuzzgen.Manifest, r: fuzzgen.RunResult, v: fuzzgen.Verdict) -> dict[str, Any]:
    """The benchmark's JSON: what was thrown at sitrep and what came back."""
    return {
        "seed": m.seed, "inputs": m.inputs, "files": len(m.files),
        "good": v.good, "bad": v.bad_refusals,
        "tracebacks": r.stderr.count("Traceback (most recent call last)"),
        "exit_code": r.returncode,
        "good_stored": v.good_stored, "bad_refused": v.bad_refusals_seen,
        "refused_by_code": dict(sorted(v.refused_by_code.items())),
        "problems": len(v.problems), "failing_classes": sorted(v.failed_classes),
        "first_problems": v.problems[:10],
        "time_s": round(r.seconds, 2),
        "peak_rss_mib": round(r.peak_rss_kib / 1024, 1),
    }


def run_once(seed: int, count: int, work: Path, raise_internal: bool, timeout: float,
             classes: list[str] | None = None) -> dict[str, Any]:
    m = fuzzgen.generate(seed, count, work / "fuzz", classes)
    r = fuzzgen.run_ingest(m, work / "fuzz.db", timeout=timeout, raise_internal=raise_internal)
    return summarise(m, r, fuzzgen.judge(m, r))


def isolate(seed: int, per_class: int, work: Path, raise_internal: bool,
            timeout: float) -> list[dict[str, Any]]:
    """Each class family alone, in a fresh folder and store."""
    rows = []
    for family, _, _ in fuzzgen.CLASSES:
        folder = work / family
        folder.mkdir()
        result = run_once(seed, per_class, folder, raise_internal, timeout, [family])
        rows.append({"class": family, **result})
        print(f"{family}: {result['problems']} problems, exit {result['exit_code']}",
              file=sys.stderr)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=20270514)
    parser.add_argument("--out", help="also write the JSON result to this file")
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument("--no-raise-internal", dest="raise_internal", action="store_false",
                        help="run as shipped: internal errors become E013 refusals")
    parser.add_argument("--isolate", type=int, metavar="N", default=0,
                        help="run each class family alone with N inputs")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sitrep-fuzz-"))
    try:
        if args.isolate:
            payload: dict[str, Any] = {"isolated": isolate(args.seed, args.isolate, work,
                                                           args.raise_internal, args.timeout)}
        else:
            payload = run_once(args.seed, args.count, work, args.raise_internal, args.timeout)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(payload, indent=2, ensure_ascii=False))
    write_json(args.out, {"command": " ".join(sys.argv), **payload})
    return 0


if __name__ == "__main__":
    sys.exit(main())
