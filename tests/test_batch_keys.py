"""The holders of a batch's keys read before the batch (store/batch_keys.py), by the writer
or beside it while it stores the batch before (store/read_ahead.py): the same pairs, groups
and copies as looking up one article at a time, a statement per table and batch rather than
per article, a rolled-back capture leaves the rest of the batch right, and an error met
beside the writer is raised in it. Texts written here (fictional officials, real places)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from test_key_filter import WHEN, _near_copies, _stories

from sitrep.documents import Article
from sitrep.errors import RAISE_INTERNAL_ENV
from sitrep.ingest.readers import iter_inputs
from sitrep.ingest.runner import ingest_items
from sitrep.store import Store, key_filter

FAIL_MARK = "Zorvikan"
#: (filter_keys, read_ahead) of the runs compared: the batch read beside the writer, the
#: batch read by the writer, and each article looked up alone
RUNS = [(True, True), (True, False), (False, True)]


class _Sealing(Store):
    """Seals its recent keys after every batch (merging every two segments up to tier 2), so
    that the batches read segments as well as the recent table; counts the batches whose
    keys were read beside the writer (store/read_ahead.py)."""

    read_beside = 0

    def fold_recent(self, min_rows: int = 1, fanout: int = 2, top_tier: int = 2) -> int:
        return super().fold_recent(min_rows, fanout, top_tier)

    def stop_filtering_keys(self) -> None:
        if self._key_filter is not None:
            self.read_beside += self._key_filter.read_beside
        super().stop_filtering_keys()


class _Failing(_Sealing):
    """Fails on the article that names :data:`FAIL_MARK` after writing some of it, as an
    unexpected error would: its savepoint is rolled back and the capture refused."""

    def _insert_article(self, article: Article, fp, related_to, index_now):  # type: ignore[no-untyped-def]
        joined = super()._insert_article(article, fp, related_to, index_now)
        if FAIL_MARK in article.text:
            raise RuntimeError("a capture that fails half-way")
        return joined


def _paths(tmp_path: Path, texts: list[str]) -> list[str]:
    out = []
    for i, text in enumerate(texts):
        path = tmp_path / f"b{i:03d}.txt"
        path.write_text(text, encoding="utf-8")
        out.append(str(path))
    return out


def _texts() -> list[str]:
    """Stories and near copies shuffled together, so that one batch holds copies of each
    other (their keys meet inside the batch) and crowded and stock keys form mid-batch."""
    texts = [*_stories(random.Random(21), 30), *_near_copies(40)]
    random.Random(22).shuffle(texts)
    return texts


@pytest.mark.parametrize("room", [None, 2])
def test_a_batch_read_at_once_stores_what_one_article_at_a_time_stores(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, room: int | None):
    if room is not None:  # memos that fill at once (and forget, for the stock one)
        monkeypatch.setattr(key_filter, "MAX_CROWDED", room)
        monkeypatch.setattr(key_filter, "MAX_STOCK", room)
    paths = _paths(tmp_path, _texts())
    dumps, beside = [], []
    for wanted, ahead in RUNS:
        with _Sealing(tmp_path / f"batch-{wanted}-{ahead}.db") as store:
            ingest_items(iter_inputs(paths, WHEN), store, batch_size=25, filter_keys=wanted,
                         read_ahead=ahead)
            dumps.append(store.dump())
            beside.append(store.read_beside)
            groups, articles = store._db.execute(
                "SELECT count(DISTINCT group_id), count(*) FROM articles").fetchone()
            assert groups < articles  # copies joined groups
    assert dumps[0]["article_relations"]
    assert dumps[0] == dumps[1] == dumps[2]
    # 70 texts in batches of 25: the second and third batches were read beside the first two
    assert beside == [2, 0, 0]


def test_a_capture_rolled_back_mid_batch_leaves_the_others_as_one_at_a_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(RAISE_INTERNAL_ENV)  # the failing capture is refused, the batch goes on
    texts = _texts()
    texts[30] = texts[30] + f" The envoy {FAIL_MARK} was not reached for comment."
    paths = _paths(tmp_path, texts)
    dumps, refused, beside = [], [], []
    for wanted, ahead in RUNS:
        with _Failing(tmp_path / f"fail-{wanted}-{ahead}.db") as store:
            summary = ingest_items(iter_inputs(paths, WHEN), store, batch_size=20,
                                   filter_keys=wanted, read_ahead=ahead)
            refused.append(summary.refused)
            dumps.append(store.dump())
            beside.append(store.read_beside)
    assert len(refused[0]) == 1 and refused[0] == refused[1] == refused[2]
    assert dumps[0] == dumps[1] == dumps[2]
    # four batches; the rollback in the second makes the writer read the third itself
    assert beside == [2, 0, 0]


def test_the_key_tables_are_read_once_a_batch_not_once_an_article(tmp_path: Path):
    paths = _paths(tmp_path, _texts())
    with _Sealing(tmp_path / "count.db") as store:
        ingest_items(iter_inputs(paths[:30], WHEN), store, batch_size=10, filter_keys=True)
        reads: list[str] = []

        def seen(sql: str) -> None:
            # a look-up names its keys or ids (building the filter reads whole tables)
            if sql.lstrip().startswith("SELECT") and ("VALUES" in sql or " IN (" in sql) and (
                    " lsh_" in sql or " passage_" in sql or "article_minhash" in sql):
                reads.append(sql)

        store._db.set_trace_callback(seen)
        ingest_items(iter_inputs(paths[30:], WHEN), store, batch_size=40, filter_keys=True)
        store._db.set_trace_callback(None)
        tables = [n for n, in store._db.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND "
            "(name LIKE 'lsh_%' OR name LIKE 'passage_%')")]
    # at most one read per table holding a key (the signatures come from the run's memo,
    # or one read when not); the 40 articles add none
    assert reads
    assert len(reads) <= len(tables) + 1


def test_with_worker_processes_the_read_beside_waits_for_them_and_stores_the_same(
        tmp_path: Path):
    paths = _paths(tmp_path, _texts())
    dumps, beside = [], []
    for ahead in (True, False):
        with _Sealing(tmp_path / f"workers-{ahead}.db") as store:
            ingest_items(iter_inputs(paths, WHEN), store, batch_size=10, workers=2,
                         read_ahead=ahead)
            dumps.append(store.dump())
            beside.append(store.read_beside)
    assert dumps[0] == dumps[1]
    assert beside == [6, 0]  # seven batches, the first read by the writer


def test_an_error_met_by_the_read_beside_the_writer_is_raised_in_the_writer(tmp_path: Path):
    paths = _paths(tmp_path, _texts()[:20])
    with _Sealing(tmp_path / "error.db") as store:
        ingest_items(iter_inputs(paths[:10], WHEN), store, filter_keys=True)
        store.filter_keys(0, True)

        def broken() -> list:
            raise OSError("the next batch could not be prepared")

        with store.transaction(), store.batch_read([], broken):
            pass
        with pytest.raises(OSError, match="could not be prepared"), store.transaction(), \
                store.batch_read([]):
            pass
        store.stop_filtering_keys()
        # the rolled-back batch left the store as it was, and it takes the rest
        assert ingest_items(iter_inputs(paths[10:], WHEN), store).captures == 10
