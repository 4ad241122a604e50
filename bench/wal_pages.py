"""Whose pages a store's commits wrote: the frames of a copy of its WAL, by tree.

Why: at a million captures the writer's commits take twice what they take on a small store
(BENCHMARKS.md, "The million in session 41"), and a commit's cost is the pages it writes.
Every frame of a WAL names the page it holds; SQLite's ``dbstat`` says which tree owns it.
The frames since the last checkpoint are the pages of the last few batches, each page once
a commit that dirtied it.

Usage: copy the WAL of a running ingest (stop the process a moment: ``kill -STOP PID``,
``cp store.db-wal wal.copy``, ``kill -CONT PID``), then

    .venv/bin/python bench/wal_pages.py --store STORE --wal wal.copy

The big row tables (the captures and articles) are not walked (``page_owners.py``): their
pages, and pages added at the end of the file since, count as "rows and free pages".
"""

from __future__ import annotations

import argparse
import collections
import struct
from dataclasses import dataclass
from pathlib import Path

from page_owners import ROWS, owners

_WAL_HEADER = struct.Struct(">IIIIIIII")  # magic, version, page size, seq, salts, checksums
_FRAME_HEADER = struct.Struct(">IIIIII")  # page, size after commit, salts, checksums


@dataclass(frozen=True)
class Frames:
    """The committed frames of a WAL: the page each holds, in order, and the commits."""

    pages: list[int]
    commits: int
    page_size: int


def read_frames(wal: Path) -> Frames:
    """The frames of ``wal`` that belong to its current generation (their salts are the
    header's) up to its last commit; a frame after the last commit was never committed."""
    data = wal.read_bytes()
    if len(data) < _WAL_HEADER.size:
        return Frames([], 0, 0)
    _, _, page_size, _, salt1, salt2, _, _ = _WAL_HEADER.unpack_from(data)
    pages: list[int] = []
    committed = 0
    commits = 0
    at = _WAL_HEADER.size
    while at + _FRAME_HEADER.size + page_size <= len(data):
        page, size, s1, s2, _, _ = _FRAME_HEADER.unpack_from(data, at)
        if (s1, s2) != (salt1, salt2):
            break  # a frame of an earlier generation: the current one ends here
        pages.append(page)
        if size:
            committed, commits = len(pages), commits + 1
        at += _FRAME_HEADER.size + page_size
    return Frames(pages[:committed], commits, page_size)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--wal", type=Path, required=True, help="a copy of the store's WAL")
    args = parser.parse_args(argv)
    frames = read_frames(args.wal)
    if not frames.commits:
        print("no committed frames in the WAL copy")
        return 1
    held = owners(args.store, set(frames.pages))
    by_tree: collections.Counter[str] = collections.Counter()
    for page in frames.pages:
        by_tree[held.get(page, ROWS)] += 1
    total = len(frames.pages)
    print(f"{total:,} frames, {len(set(frames.pages)):,} pages, {frames.commits} commits: "
          f"{total / frames.commits:,.0f} frames a commit")
    for name, n in by_tree.most_common():
        print(f"{n:8,} {n / total:6.1%} {n / frames.commits:8,.0f} a commit  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
