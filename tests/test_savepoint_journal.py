"""An ingest keeps the journal of its per-document savepoints in memory, not in a temporary
file (store/connection.py), and gives the connection its setting back after. Texts written
here."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_key_filter import WHEN

from sitrep.ingest.readers import iter_inputs
from sitrep.ingest.runner import ingest_items
from sitrep.store import Store


def _temp_files() -> list[str]:
    """SQLite's open temporary files in this process (named ``etilqs_*``, deleted on open)."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if "etilqs_" in target:
            found.append(target)
    return found


def _savepoint_over_many_pages(store: Store) -> list[str]:
    """Change every row of the filler, some 600 pages, inside one savepoint (each call
    rotates the text, so each one changes it: SQLite writes no page whose bytes stay the
    same); the temporary files open then."""
    db = store._db
    with store.transaction(), store.savepoint():
        db.execute("UPDATE filler SET body = substr(body, 2) || substr(body, 1, 1)")
        return _temp_files()


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "s.db")
    with store.transaction():
        store._db.execute("CREATE TABLE filler (body TEXT)")
        store._db.executemany("INSERT INTO filler VALUES (?)",
                              [(f"line {i} " + "x" * 2000,) for i in range(1200)])
    yield store
    store.close()


def test_a_savepoint_journals_to_a_file_by_default_and_to_memory_inside(filled: Store):
    assert _savepoint_over_many_pages(filled)  # SQLite's default: a temporary file
    with filled.savepoint_journal_in_memory():
        assert filled._db.execute("PRAGMA temp_store").fetchone()[0] == 2
        assert _savepoint_over_many_pages(filled) == []
    assert filled._db.execute("PRAGMA temp_store").fetchone()[0] == 0
    assert _savepoint_over_many_pages(filled)


def test_an_ingest_stores_with_the_journal_in_memory_and_restores_the_setting(
        tmp_path: Path):
    path = tmp_path / "note.txt"
    path.write_text("The lock keeper at Tczew said barges would pass again on Monday once "
                    "the water fell, and that the night crossings stayed closed until May.",
                    encoding="utf-8")
    seen: list[int] = []
    with Store(tmp_path / "s.db") as store:
        ingest_items(iter_inputs([str(path)], WHEN), store, on_stage=lambda stage: seen.append(
            store._db.execute("PRAGMA temp_store").fetchone()[0]) if stage == "storing"
            else None)
        assert seen == [2]
        assert store._db.execute("PRAGMA temp_store").fetchone()[0] == 0
        assert store.counts()["captures"] == 1
