"""bench/wal_pages.py: the pages a store's commits wrote, read from a copy of its WAL."""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
import sys
from pathlib import Path

_BENCH = Path(__file__).parent.parent / "bench"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, _BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # wal_pages imports page_owners by name
    spec.loader.exec_module(module)
    return module


_load("page_owners")
wal_pages = _load("wal_pages")


def _store(tmp_path: Path) -> tuple[Path, sqlite3.Connection]:
    store = tmp_path / "s.db"
    db = sqlite3.connect(store, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA wal_autocheckpoint=0")  # the frames stay in the WAL
    db.execute("CREATE TABLE drills (id TEXT PRIMARY KEY, place TEXT) WITHOUT ROWID")
    db.execute("CREATE INDEX drills_place ON drills(place)")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the schema in the file, the WAL empty
    return store, db


def test_the_frames_of_each_commit_are_counted_by_their_tree(tmp_path: Path, capsys):
    store, db = _store(tmp_path)
    for batch in range(2):
        db.execute("BEGIN")
        db.executemany("INSERT INTO drills VALUES (?, ?)",
                       [(f"d{batch}{i:05}", f"range {i % 40}") for i in range(2000)])
        db.execute("COMMIT")
    copy = tmp_path / "wal.copy"
    shutil.copy(tmp_path / "s.db-wal", copy)
    frames = wal_pages.read_frames(copy)
    assert frames.commits == 2 and frames.page_size == 4096
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # dbstat now sees every page in the file
    db.close()
    assert wal_pages.main(["--store", str(store), "--wal", str(copy)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{len(frames.pages):,} frames") and "2 commits" in out[0]
    trees = {line.split(" a commit  ")[1] for line in out[1:]}
    # page 1, the file's header, is written by every commit and walked by no tree
    assert trees == {"drills", "drills_place", "rows and free pages"}


def test_frames_after_the_last_commit_are_not_counted(tmp_path: Path):
    _, db = _store(tmp_path)
    db.execute("BEGIN")
    db.execute("INSERT INTO drills VALUES ('d1', 'range 1')")
    db.execute("COMMIT")
    copy = tmp_path / "wal.copy"
    shutil.copy(tmp_path / "s.db-wal", copy)
    committed = wal_pages.read_frames(copy)
    # a frame with no commit mark after the commit: a transaction cut off mid-write
    data = bytearray(copy.read_bytes())
    frame = 24 + committed.page_size
    last = data[-frame:]
    last[4:8] = b"\0\0\0\0"  # "size after commit" 0: not a commit frame
    copy.write_bytes(bytes(data + last))
    assert wal_pages.read_frames(copy).pages == committed.pages
    db.close()
