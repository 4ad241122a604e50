"""Check that a change of layout changes no output: snapshot the listings, then compare.

Why: a refactoring that moves code between modules must not change what sitrep says.
This script ingests the seeds, the sample corpus and the 181 pages of the article
extraction benchmark (the shared ones when ``../shared`` is present) into fresh stores, runs
``articles``, ``figures``, ``statements``, ``findings`` and ``entities`` with
``--format jsonl``, and writes each output to a file. ``compare`` then says, byte for byte,
which outputs differ.

    python bench/same_output.py snapshot /tmp/before --src /path/to/old/checkout/src
    python bench/same_output.py snapshot /tmp/after
    python bench/same_output.py compare /tmp/before /tmp/after

``--src`` picks the sources to run (default: this checkout's), so the "before" side can be
an older commit checked out with ``git worktree add``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchlib import AEB_DIR, REPO_ROOT, SHARED

COMMANDS = ("articles", "figures", "statements", "findings", "entities")
#: A fixed capture time, so that no output depends on a file's modification time.
CAPTURED_AT = "2026-06-01T12:00:00Z"


def input_sets() -> dict[str, list[str]]:
    """Name -> ``sitrep ingest`` arguments, for the inputs present on this machine."""
    sets = {"corpus": [str(REPO_ROOT / "corpus" / "txt"), str(REPO_ROOT / "corpus" / "html"),
                       str(REPO_ROOT / "corpus" / "warc"), str(REPO_ROOT / "corpus" / "feeds"),
                       "--manifest", str(REPO_ROOT / "corpus" / "manifest.jsonl")]}
    if (SHARED / "seeds").is_dir():
        sets["seeds"] = [str(SHARED / "seeds"), "--captured-at", CAPTURED_AT]
    if (AEB_DIR / "html").is_dir():
        sets["benchmark"] = [str(AEB_DIR / "html"), "--captured-at", CAPTURED_AT]
    return sets


def _sitrep(src: Path, args: list[str]) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    return subprocess.run([sys.executable, "-m", "sitrep", *args], env=env,
                          capture_output=True, check=False)


def snapshot(out: Path, src: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, ingest_args in input_sets().items():
        with tempfile.TemporaryDirectory() as tmp:
            db = str(Path(tmp) / "s.db")
            ran = _sitrep(src, ["ingest", *ingest_args, "--db", db])
            if ran.returncode not in (0, 1):  # 1: some input refused, as expected
                sys.exit(f"{name}: ingest failed:\n{ran.stderr.decode()}")
            for command in COMMANDS:
                listed = _sitrep(src, [command, "--format", "jsonl", "--db", db])
                if listed.returncode:
                    sys.exit(f"{name} {command} failed:\n{listed.stderr.decode()}")
                (out / f"{name}-{command}.jsonl").write_bytes(listed.stdout)
                lines = listed.stdout.count(b"\n")
                print(f"{name:<10} {command:<11} {lines:>6} lines")


def compare(before: Path, after: Path) -> int:
    names = sorted({p.name for p in before.glob("*.jsonl")} | {p.name for p in after.glob(
        "*.jsonl")})
    differ = [n for n in names if not (before / n).is_file() or not (after / n).is_file()
              or (before / n).read_bytes() != (after / n).read_bytes()]
    for name in names:
        print(f"{'DIFFERS' if name in differ else 'same':<8} {name}")
    print(f"{len(names) - len(differ)}/{len(names)} outputs byte-identical")
    return 1 if differ or not names else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    snap = sub.add_parser("snapshot", help="write every listing's output into a folder")
    snap.add_argument("out", type=Path)
    snap.add_argument("--src", type=Path, default=REPO_ROOT / "src",
                      help="the sitrep sources to run (default: this checkout's)")
    comp = sub.add_parser("compare", help="compare two snapshots byte for byte")
    comp.add_argument("before", type=Path)
    comp.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "snapshot":
        snapshot(args.out, args.src.resolve())
        return 0
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
