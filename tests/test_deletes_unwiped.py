"""An ingest frees pages without overwriting them (SQLite's ``secure_delete=FAST``, inside
``Store.deletes_unwiped``), and gives the connection its setting back after. Real SQLite
files; texts written here."""

from __future__ import annotations

from pathlib import Path

from test_key_filter import WHEN

from sitrep.ingest.readers import iter_inputs
from sitrep.ingest.runner import ingest_items
from sitrep.store import Store


def _secure_delete(store: Store) -> int:
    return int(store._db.execute("PRAGMA secure_delete").fetchone()[0])


def _wal_bytes_to_drop_a_table(store: Store) -> int:
    """Fill a table of some 4 MiB, copy the WAL back, then drop the table: what the WAL
    holds after is what the drop wrote."""
    db = store._db
    with store.transaction():
        db.execute("CREATE TABLE keys_made_up (key INTEGER, holder TEXT, "
                   "PRIMARY KEY (key, holder)) WITHOUT ROWID")
        db.executemany("INSERT INTO keys_made_up VALUES (?, ?)",
                       [(n * 7919 % 1_000_003, f"holder-{n:012d}") for n in range(120_000)])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with store.transaction():
        db.execute("DROP TABLE keys_made_up")
    return Path(f"{store.path}-wal").stat().st_size


def test_a_drop_writes_its_pages_when_wiping_and_almost_nothing_inside(tmp_path: Path):
    with Store(tmp_path / "s.db") as store:
        store._db.execute("PRAGMA secure_delete=1")  # what Debian's SQLite does by default
        wiped = _wal_bytes_to_drop_a_table(store)
        with store.deletes_unwiped():
            assert _secure_delete(store) == 2
            unwiped = _wal_bytes_to_drop_a_table(store)
        assert _secure_delete(store) == 1
    assert wiped > 3 * 2**20
    assert unwiped < wiped / 50


def test_an_ingest_stores_without_wiping_and_restores_the_setting(tmp_path: Path):
    path = tmp_path / "note.txt"
    path.write_text("The harbour master at Liepaja said 14 tugs stood ready on Tuesday and "
                    "that the pilots would board again once the ice broke.", encoding="utf-8")
    seen: list[int] = []
    with Store(tmp_path / "s.db") as store:
        store._db.execute("PRAGMA secure_delete=1")
        ingest_items(iter_inputs([str(path)], WHEN), store, link=False,
                     on_stage=lambda stage: seen.append(_secure_delete(store))
                     if stage == "storing" else None)
        assert seen == [2]
        assert _secure_delete(store) == 1
        assert store.counts()["captures"] == 1
