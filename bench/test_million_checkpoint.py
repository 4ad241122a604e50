"""The timed store of bench/million.py wakes the checkpoint thread after each commit, as
the store's own transactions do (store/checkpointer.py), unless ``--alternate-checkpoint``
has turned it off for the sample; then its commits checkpoint as before. Real SQLite."""

from pathlib import Path

from million import timed_store

from sitrep.store.connection import BACKSTOP_PAGES, WAL_CHECKPOINT_PAGES


def _one_commit(tmp_path: Path, beside_off: dict[str, bool] | None) -> tuple[int, int]:
    """Checkpoints the thread ran after one commit, and the writer's own threshold then."""
    spent = {"sql": 0.0, "commit": 0.0, "fold": 0.0}
    store = timed_store(str(tmp_path / "s.db"), spent, False, beside_off=beside_off)
    with store, store.checkpoint_beside() as beside:
        with store.transaction():
            store._db.execute("CREATE TABLE notes (body TEXT)")
            store._db.execute("INSERT INTO notes VALUES ('the ferry left at dawn')")
        assert beside.wait(timeout=30)
        pages = int(store._db.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
        return beside.counts.runs, pages


def test_a_timed_commit_wakes_the_checkpoint_thread(tmp_path: Path):
    assert _one_commit(tmp_path, None) == (1, BACKSTOP_PAGES)


def test_a_sample_without_the_thread_checkpoints_in_the_commits(tmp_path: Path):
    assert _one_commit(tmp_path, {"now": True}) == (0, WAL_CHECKPOINT_PAGES)
