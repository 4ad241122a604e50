"""How long the command line takes to answer: ``sitrep --help``, ``sitrep articles`` and
``sitrep findings`` on a store of about 10,000 articles.

Why: a new user types ``--help`` and the listings many times an hour; each used to take
1.5-2 s of imports, and ``findings`` recomputed the whole ledger (seconds, hundreds of MB)
on every call (issue 14). Targets: ``--help`` and the listings under 0.5 s of start-up;
``findings`` instant, because the findings are computed once after extraction and kept.

What: the store is built once (``--store`` reuses it): captures from
``generate_captures.py`` (fixed seed) are ingested until the store holds ``--articles``
articles, then extracted, which also computes and keeps the findings. Each command then
runs ``--repeats`` times, each in a new process as a user would run it, output to a pipe;
reported: the median wall time, the spread, and the peak RSS of the process (``wait4``),
beside the start-up of the interpreter alone (``python -c pass``) on the same machine.
For comparison the script also times computing the ledger in a child process
(``ledger_from_store``): what every ``findings`` call cost before it was kept.

Run: ``python bench/cli_speed.py --store /tmp/cli10k.db --json bench/results/cli_speed.json``
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchlib import REPO_ROOT, median, spread, write_json
from generate_captures import generate

SRC = REPO_ROOT / "src"
#: As installed: bytecode cached (pip compiles it at install time). The sessions that run
#: this set PYTHONDONTWRITEBYTECODE, which would add 0.1-0.2 s of compiling to every run;
#: the cache goes to a folder of its own, not into the source tree.
ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
       "PYTHONPATH": str(SRC),
       "PYTHONPYCACHEPREFIX": str(Path(tempfile.gettempdir()) / "sitrep-cli-speed-pycache")}
#: Generated captures hold about 1.7 articles each (related stories split off).
ARTICLES_PER_CAPTURE = 1.7


def sitrep(*args: str) -> list[str]:
    return [sys.executable, "-m", "sitrep", *args]


def timed(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one run of ``cmd``, its output thrown away."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()[-500:]}")
    return seconds, usage.ru_maxrss


def article_count(db: Path) -> int:
    out = subprocess.run([sys.executable, "-c", "import sys; from sitrep.store import Store; "
                          "print(Store(sys.argv[1]).counts()['articles'])", str(db)],
                         capture_output=True, text=True, env=ENV, check=True).stdout
    return int(out)


def build_store(db: Path, articles: int, seed: int) -> None:
    """Ingest generated captures until ``db`` holds ``articles`` articles; extract them."""
    with tempfile.TemporaryDirectory(prefix="cli-speed-") as tmp:
        folder = Path(tmp)
        count = int(articles / ARTICLES_PER_CAPTURE)
        captures = generate(count * 2, seed)  # more than needed: taken as the store fills
        have = 0
        while have < articles:
            batch = folder / f"batch-{have}"
            batch.mkdir()
            for _ in range(max(1, int((articles - have) / ARTICLES_PER_CAPTURE))):
                cap = next(captures)
                (batch / f"capture-{cap.index:06d}.txt").write_text(cap.text, encoding="utf-8")
            subprocess.run(sitrep("ingest", str(batch), "--db", str(db), "--no-extract",
                                  "--captured-at", "2026-08-20"),
                           env=ENV, check=True, stdout=subprocess.DEVNULL)
            have = article_count(db)
            print(f"  store holds {have} articles", file=sys.stderr)
    start = time.perf_counter()
    subprocess.run(sitrep("extract", "--db", str(db)), env=ENV, check=True,
                   stdout=subprocess.DEVNULL)
    print(f"  extracted (and findings kept) in {time.perf_counter() - start:.0f} s",
          file=sys.stderr)


LEDGER_ONCE = """
import sys, time, resource
from sitrep.store import Store
from sitrep.ledger import ledger_from_store
start = time.perf_counter()
with Store(sys.argv[1]) as store:
    claims, findings = ledger_from_store(store)
print(time.perf_counter() - start, len(claims), len(findings),
      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, default=Path("/tmp/sitrep-cli-speed.db"),
                        help="the store to time on; built when absent (default: %(default)s)")
    parser.add_argument("--articles", type=int, default=10_000,
                        help="articles in a store this builds (default: %(default)s)")
    parser.add_argument("--repeats", type=int, default=7, help="runs per command")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args(argv)

    if not args.store.exists():
        print(f"building {args.store} ({args.articles} articles)", file=sys.stderr)
        build_store(args.store, args.articles, args.seed)
    db = str(args.store)
    commands = {"python -c pass": [sys.executable, "-c", "pass"],  # the interpreter alone
                "sitrep --help": sitrep("--help"),
                "sitrep articles": sitrep("articles", "--db", db),
                "sitrep findings": sitrep("findings", "--db", db)}
    for cmd in commands.values():  # bytecode compiled, the page cache warm, findings kept
        timed(cmd)
    results: dict[str, dict[str, object]] = {}
    for name, cmd in commands.items():
        runs = [timed(cmd) for _ in range(args.repeats)]
        seconds = [s for s, _ in runs]
        results[name] = {"median_s": median(seconds), "runs_s": seconds,
                         "peak_rss_mib": max(r for _, r in runs) / 1024}
        print(f"{name:<18} median {median(seconds):.3f} s  (runs {spread(seconds)} s)  "
              f"peak RSS {results[name]['peak_rss_mib']:.0f} MiB")
    out = subprocess.run([sys.executable, "-c", LEDGER_ONCE, db], capture_output=True,
                         text=True, env=ENV, check=True).stdout.split()
    ledger = {"seconds": float(out[0]), "claims": int(out[1]), "findings": int(out[2]),
              "peak_rss_mib": int(out[3]) / 1024}
    print(f"computing the ledger (what each findings call did before): "
          f"{ledger['seconds']:.1f} s, {ledger['claims']} claims, {ledger['findings']} "
          f"findings, peak RSS {ledger['peak_rss_mib']:.0f} MiB")
    write_json(args.json, {"store": db, "articles": article_count(args.store),
                           "repeats": args.repeats, "commands": results, "ledger": ledger})
    return 0


if __name__ == "__main__":
    sys.exit(main())
