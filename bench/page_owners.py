"""Whose pages a process read from a store: the reads ``strace`` logged, by table.

Why: at a million captures the writer waits on the disk as much as it computes, and which
of the store's trees those reads land in decides what to change (BENCHMARKS.md, "The
million in session 40"). SQLite's ``dbstat`` table says which tree owns each page.

Usage, on a running ingest (the store's main file is the descriptor given, 4 for the
ingest of bench/million.py; see ``ls -l /proc/PID/fd``):

    timeout 20 strace -f -e trace=pread64 -p PID -o reads.txt
    .venv/bin/python bench/page_owners.py --store STORE --strace reads.txt --fd 4

The big row tables (the captures and articles) are not walked: their pages, and free
pages, are counted as "rows and free pages". Reading ``dbstat`` of a big store takes a
minute or two.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import re
import sqlite3
from pathlib import Path

_PREAD = re.compile(r"pread64\((\d+), .*, (\d+), (\d+)\) = ")
#: Segment tables of one kind are counted together.
_SEGMENT = re.compile(r"_seg_\d+")
#: Row tables too big to walk for what they tell.
_NOT_WALKED = ("captures", "articles")
ROWS = "rows and free pages"


def pages_read(log: Path, fd: int, page_size: int) -> collections.Counter[int]:
    """The page numbers read through descriptor ``fd`` a page at a time, with their count."""
    pages: collections.Counter[int] = collections.Counter()
    for line in log.read_text(errors="replace").splitlines():
        m = _PREAD.search(line)
        if m and int(m.group(1)) == fd and int(m.group(2)) == page_size:
            pages[int(m.group(3)) // page_size + 1] += 1
    return pages


def owners(store: Path, wanted: set[int]) -> dict[int, str]:
    """The tree each of ``wanted`` belongs to, for every tree but :data:`_NOT_WALKED`."""
    out: dict[int, str] = {}
    with contextlib.closing(sqlite3.connect(f"file:{store}?mode=ro", uri=True)) as db:
        names = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_schema WHERE type IN ('table', 'index') AND rootpage > 0")]
        for name in names:
            if name in _NOT_WALKED:
                continue
            for (page,) in db.execute("SELECT pageno FROM dbstat WHERE name = ?", (name,)):
                if page in wanted:
                    out[page] = _SEGMENT.sub("_seg_*", name)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--strace", type=Path, required=True, help="strace -e pread64 output")
    parser.add_argument("--fd", type=int, default=4, help="the store's descriptor (4)")
    parser.add_argument("--page-size", type=int, default=4096)
    args = parser.parse_args(argv)
    pages = pages_read(args.strace, args.fd, args.page_size)
    total = sum(pages.values())
    if not total:
        print("no page reads of that descriptor in the log")
        return 1
    held = owners(args.store, set(pages))
    by_table: collections.Counter[str] = collections.Counter()
    for page, n in pages.items():
        by_table[held.get(page, ROWS)] += n
    print(f"{total:,} page reads ({len(pages):,} pages)")
    for name, n in by_table.most_common():
        print(f"{n:8,} {n / total:6.1%}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
