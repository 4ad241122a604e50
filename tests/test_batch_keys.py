"""The holders of a batch's keys read before the batch (store/batch_keys.py): the same pairs,
groups and copies as looking up one article at a time, a statement per table and batch
rather than per article, and a rolled-back capture leaves the rest of the batch right.
Texts written here (fictional officials, real places)."""

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


class _Sealing(Store):
    """Seals its recent keys after every batch (merging every two segments up to tier 2), so
    that the batches read segments as well as the recent table."""

    def fold_recent(self, min_rows: int = 1, fanout: int = 2, top_tier: int = 2) -> int:
        return super().fold_recent(min_rows, fanout, top_tier)


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
    dumps = []
    for wanted in (True, False):
        with _Sealing(tmp_path / f"batch-{wanted}.db") as store:
            ingest_items(iter_inputs(paths, WHEN), store, batch_size=25, filter_keys=wanted)
            dumps.append(store.dump())
            groups, articles = store._db.execute(
                "SELECT count(DISTINCT group_id), count(*) FROM articles").fetchone()
            assert groups < articles  # copies joined groups
    assert dumps[0]["article_relations"]
    assert dumps[0] == dumps[1]


def test_a_capture_rolled_back_mid_batch_leaves_the_others_as_one_at_a_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(RAISE_INTERNAL_ENV)  # the failing capture is refused, the batch goes on
    texts = _texts()
    texts[30] = texts[30] + f" The envoy {FAIL_MARK} was not reached for comment."
    paths = _paths(tmp_path, texts)
    dumps, refused = [], []
    for wanted in (True, False):
        with _Failing(tmp_path / f"fail-{wanted}.db") as store:
            summary = ingest_items(iter_inputs(paths, WHEN), store, batch_size=70,
                                   filter_keys=wanted)
            refused.append(summary.refused)
            dumps.append(store.dump())
    assert len(refused[0]) == 1 and refused[0] == refused[1]
    assert dumps[0] == dumps[1]


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
