"""The WAL is copied back into the store by a thread beside the writer during an ingest
(store/checkpointer.py), and the writer's commits take that work back should the thread
stop. Real SQLite files; texts written here."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_key_filter import WHEN

from sitrep.ingest.readers import iter_inputs
from sitrep.ingest.runner import ingest_items
from sitrep.store import Store
from sitrep.store.checkpointer import Checkpointer
from sitrep.store.connection import BACKSTOP_PAGES, WAL_CHECKPOINT_PAGES


def _autocheckpoint(store: Store) -> int:
    return int(store._db.execute("PRAGMA wal_autocheckpoint").fetchone()[0])


def _write_rows(store: Store, start: int, count: int = 300) -> None:
    with store.transaction():
        store._db.executemany("INSERT INTO filler VALUES (?)",
                              [(f"row {i} " + "y" * 1500,) for i in range(start, start + count)])


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(tmp_path / "s.db")
    with opened.transaction():
        opened._db.execute("CREATE TABLE filler (body TEXT)")
    opened._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    yield opened
    opened.close()


def test_the_thread_copies_what_a_commit_wrote_into_the_store_file(store: Store):
    path = store.path
    with store.checkpoint_beside() as beside:
        assert _autocheckpoint(store) == BACKSTOP_PAGES
        before = path.stat().st_size
        _write_rows(store, 0)
        assert beside.wait(timeout=30)
        assert beside.counts.runs >= 1
        assert beside.counts.copied_frames == beside.counts.wal_frames > 0
        assert path.stat().st_size > before + 300 * 1500  # the rows are in the file now
    assert _autocheckpoint(store) == WAL_CHECKPOINT_PAGES
    assert store._db.execute("SELECT count(*) FROM filler").fetchone()[0] == 300


def test_without_the_thread_a_small_commit_stays_in_the_wal(store: Store):
    """The contrast that makes the test above mean something: a commit smaller than the
    automatic checkpoint's threshold leaves the store file as it was."""
    before = store.path.stat().st_size
    _write_rows(store, 0)
    assert store.path.stat().st_size == before


def test_a_stopped_thread_hands_the_checkpoints_back_to_the_writer(store: Store):
    with store.checkpoint_beside() as beside:
        beside.__exit__(None, None, None)  # the thread ends, as on a failure
        assert not beside.running
        _write_rows(store, 0)
        assert _autocheckpoint(store) == WAL_CHECKPOINT_PAGES
        _write_rows(store, 300)
    assert store._db.execute("SELECT count(*) FROM filler").fetchone()[0] == 600


def test_a_store_it_cannot_read_stops_the_thread_with_the_reason(tmp_path: Path):
    bad = tmp_path / "not-a-store.db"
    bad.write_bytes(b"these bytes are no SQLite database at all" * 100)
    with Checkpointer(bad) as beside:
        beside.committed()
        assert beside.wait(timeout=30)
        assert isinstance(beside.error, sqlite3.DatabaseError)
        assert not beside.running


def test_an_ingest_checkpoints_beside_and_gives_the_setting_back(tmp_path: Path):
    paths = []
    for n in range(40):
        path = tmp_path / f"drill-{n}.txt"
        path.write_text(f"Colonel Ansel Brask said on Monday that {n + 3} lorries crossed the "
                        f"Narva bridge in drill number {n}, and that the exercise would end on "
                        "Friday once the last convoy was back in its barracks.", encoding="utf-8")
        paths.append(str(path))
    seen: list[int] = []
    with Store(tmp_path / "s.db") as store:
        summary = ingest_items(
            iter_inputs(paths, WHEN), store, batch_size=10, link=False,
            on_stage=lambda stage: seen.append(_autocheckpoint(store))
            if stage == "storing" else None)
        assert summary.captures == 40
        assert seen == [BACKSTOP_PAGES] * 4
        assert _autocheckpoint(store) == WAL_CHECKPOINT_PAGES


def test_an_ingest_asked_not_to_keeps_the_checkpoints_in_its_commits(tmp_path: Path):
    path = tmp_path / "drill.txt"
    path.write_text("Major Irena Volk said the ferry at Klaipeda carried 12 trucks on Sunday "
                    "and would carry more once the storm had passed.", encoding="utf-8")
    seen: list[int] = []
    with Store(tmp_path / "s.db") as store:
        ingest_items(iter_inputs([str(path)], WHEN), store, link=False,
                     checkpoint_beside=False,
                     on_stage=lambda stage: seen.append(_autocheckpoint(store))
                     if stage == "storing" else None)
        assert seen == [WAL_CHECKPOINT_PAGES]
        assert store.counts()["captures"] == 1
