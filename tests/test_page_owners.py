"""bench/page_owners.py: the pages a process read, by the tree that holds them."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "page_owners", Path(__file__).parent.parent / "bench" / "page_owners.py")
assert _SPEC is not None and _SPEC.loader is not None
page_owners = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(page_owners)


def test_reads_are_counted_by_the_tree_that_owns_the_page(tmp_path: Path, capsys):
    store = tmp_path / "s.db"
    db = sqlite3.connect(store)
    db.execute("CREATE TABLE drills (id TEXT PRIMARY KEY, place TEXT) WITHOUT ROWID")
    db.execute("CREATE TABLE lsh_seg_7 (key INTEGER PRIMARY KEY)")
    db.execute("CREATE INDEX drills_place ON drills(place)")
    db.executemany("INSERT INTO drills VALUES (?, ?)",
                   [(f"d{i:05}", f"range {i % 40}") for i in range(3000)])
    db.commit()
    roots = dict(db.execute("SELECT name, rootpage FROM sqlite_schema"))
    db.close()
    size = 4096
    log = tmp_path / "reads.txt"
    lines = [  # twice the index's root, once the segment's, once another file, once short
        f'901 pread64(4, "\\n\\0"..., {size}, {(roots["drills_place"] - 1) * size}) = {size}',
        f'901 pread64(4, "\\n\\0"..., {size}, {(roots["drills_place"] - 1) * size}) = {size}',
        f'901 pread64(4, "\\r\\0"..., {size}, {(roots["lsh_seg_7"] - 1) * size}) = {size}',
        f'901 pread64(5, "\\r\\0"..., {size}, {(roots["drills"] - 1) * size}) = {size}',
        '901 pread64(4, "\\r\\0"..., 100, 0) = 100',
        '901 --- SIGCHLD {si_signo=SIGCHLD} ---',
    ]
    log.write_text("\n".join(lines) + "\n")
    assert page_owners.main(["--store", str(store), "--strace", str(log)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "3 page reads (2 pages)"
    assert out[1].split() == ["2", "66.7%", "drills_place"]
    assert out[2].split() == ["1", "33.3%", "lsh_seg_*"]


def test_a_log_without_reads_of_the_store_says_so(tmp_path: Path, capsys):
    store = tmp_path / "s.db"
    sqlite3.connect(store).close()
    log = tmp_path / "reads.txt"
    log.write_text('7 pread64(9, "x"..., 4096, 0) = 4096\n')
    assert page_owners.main(["--store", str(store), "--strace", str(log)]) == 1
    assert "no page reads" in capsys.readouterr().out
