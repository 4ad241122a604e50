"""The three levels of the duplicate-detection keys (store/recent.py): where a key row
waits, in the small recent table, the middle one or the big one, changes no group and no
pair. Texts written here (fictional officials, real places)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sitrep.ingest.readers import ReadOptions
from sitrep.ingest.runner import ingest
from sitrep.store import Store, recent

WHEN = ReadOptions(captured_at=datetime(2026, 9, 1, 8, 0))

PARAGRAPHS = [
    "Heavy snow closed the pass above Andermatt on Monday, and the cantonal police said "
    "about 300 lorries were waiting on the approach road for the ploughs to clear it.",
    "Road inspector Ilse Varnholt told the local radio that two avalanche barriers had been "
    "damaged overnight and that engineers would check them before the road reopened.",
    "The railway tunnel stayed open, and the operator added four car trains a day to carry "
    "vehicles under the mountain until the weather improves later in the week.",
    "Hotels in the valley reported cancellations from skiers, while farmers said the early "
    "snow had caught cattle still grazing on the high pastures above the village.",
    "Forecasters at the federal weather office expect another 40 centimetres of snow by "
    "Wednesday, with strong winds raising the danger of avalanches on northern slopes.",
]


def _story(n: int) -> str:
    """A distinct story per ``n``: the paragraphs with the numbers and places changed."""
    towns = ["Chur", "Sion", "Brig", "Thun", "Davos", "Bern", "Olten", "Aarau"]
    return "\n\n".join(p.replace("Andermatt", towns[n % len(towns)])
                       .replace("300", str(300 + 17 * n)).replace("40", str(40 + n))
                       + f" Report number {n} of the series from the regional desk."
                       for p in PARAGRAPHS[n % 2:] + PARAGRAPHS[:n % 2])


def _copy(n: int) -> str:
    """The story trimmed by one paragraph, with its own introduction: a copy."""
    parts = _story(n).split("\n\n")
    return ("Our mountain correspondent sends this report from the Alps this morning.\n\n"
            + "\n\n".join(parts[:-1]))


def _ingest(folder: Path, store: Store, texts: dict[str, str]) -> None:
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    ingest([str(folder / f"{n}.txt") for n in texts], store, WHEN)


def _levels(path: Path) -> dict[str, int]:
    db = sqlite3.connect(path)
    try:
        return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in (*recent.BAND_TABLES, *recent.PASSAGE_TABLES,
                          *recent.TRANSLATION_TABLES)}
    finally:
        db.close()


def test_copies_find_originals_folded_into_the_middle_and_big_tables(tmp_path: Path):
    originals = {f"story{n}": _story(n) for n in range(6)}
    copies = {f"copy{n}": _copy(n) for n in range(6)}
    with Store(tmp_path / "never.db") as store:  # every key stays in the recent level
        _ingest(tmp_path / "a", store, originals)
        _ingest(tmp_path / "b", store, copies)
        expected = store.dump()
    assert _levels(tmp_path / "never.db")["lsh_bands"] == 0
    with Store(tmp_path / "folded.db") as store:
        _ingest(tmp_path / "a", store, dict(list(originals.items())[:3]))
        with store.transaction():  # through the middle into the big tables
            moved = store.fold_recent(min_rows=1, middle_rows=1)
        levels = _levels(tmp_path / "folded.db")
        assert moved > 0 and levels["translation_keys"] > 0
        assert levels["lsh_bands"] + levels["passage_keys"] + levels["translation_keys"] == moved
        assert levels["lsh_middle"] == levels["passage_middle"] == levels["lsh_recent"] == 0
        assert levels["translation_middle"] == levels["translation_recent"] == 0
        _ingest(tmp_path / "a", store, dict(list(originals.items())[3:]))
        with store.transaction():  # into the middle only (below the default limit)
            assert store.fold_recent(min_rows=1) > 0
        levels = _levels(tmp_path / "folded.db")
        assert levels["lsh_middle"] > 0 and levels["passage_middle"] > 0
        assert levels["lsh_recent"] == levels["passage_recent"] == 0
        _ingest(tmp_path / "b", store, copies)  # the copies' keys wait in the recent level
        assert _levels(tmp_path / "folded.db")["lsh_recent"] > 0
        got = store.dump()
        groups = {a.source.rsplit("/", 1)[-1]: a.group_id for a in store.articles()
                  if a.part == "main"}
    assert got == expected
    assert all(groups[f"copy{n}.txt"] == groups[f"story{n}.txt"] for n in range(6))
    assert len({groups[f"story{n}.txt"] for n in range(6)}) == 6


def test_a_fold_waits_for_enough_rows_and_moves_each_row_once(tmp_path: Path):
    with Store(tmp_path / "s.db") as store:
        _ingest(tmp_path / "a", store, {f"story{n}": _story(n) for n in range(3)})
        waiting = sum(v for k, v in _levels(tmp_path / "s.db").items() if k.endswith("recent"))
        with store.transaction():
            assert store.fold_recent(min_rows=waiting + 1) == 0
            assert store.fold_recent(min_rows=waiting) == waiting
            assert store.fold_recent(min_rows=0) == 0
        levels = _levels(tmp_path / "s.db")
        counted = recent.level_rows(store._db)
    middle = levels["lsh_middle"] + levels["passage_middle"] + levels["translation_middle"]
    assert middle == waiting == counted[0] and levels["translation_middle"] > 0
    assert levels["lsh_bands"] + levels["passage_keys"] + levels["translation_keys"] == 0
    assert counted[1] == 0


def test_the_middle_folds_into_the_big_tables_at_its_limit(tmp_path: Path):
    """The middle level is folded once it holds ``middle_rows`` rows, and the counts the
    folds keep follow the rows."""
    with Store(tmp_path / "s.db") as store:
        _ingest(tmp_path / "a", store, {"story0": _story(0)})
        with store.transaction():
            first = store.fold_recent(min_rows=1)
        _ingest(tmp_path / "b", store, {"story1": _story(1)})
        with store.transaction():
            assert store.fold_recent(min_rows=1, middle_rows=2 * first + 1) > 0
            assert recent.level_rows(store._db)[1] == 0  # below the limit: no fold
        _ingest(tmp_path / "c", store, {"story2": _story(2)})
        with store.transaction():
            assert store.fold_recent(min_rows=1, middle_rows=2 * first + 1) > 0
        middle, big = recent.level_rows(store._db)
        levels = _levels(tmp_path / "s.db")
    assert middle == 0 and big > 2 * first
    assert big == levels["lsh_bands"] + levels["passage_keys"] + levels["translation_keys"]


def test_the_middle_grows_as_the_square_root_of_the_big_tables():
    small, big = recent.middle_limit(10_000_000), recent.middle_limit(1_000_000_000)
    assert recent.middle_limit(0) == 2 * recent.FOLD_ROWS
    assert 9 < big / small < 11  # 100x the big table, 10x the middle


def test_a_stock_phrase_counts_its_postings_over_both_levels(tmp_path: Path):
    """A key held by 20 articles in the big table and 20 in the recent one is held by 40:
    a stock phrase, whichever level each posting waits in."""
    from sitrep.store import relations

    half = relations.STOCK_POSTINGS * 2 // 3
    with Store(tmp_path / "s.db") as store:
        db = sqlite3.connect(tmp_path / "s.db")
        db.execute("PRAGMA foreign_keys=OFF")  # postings alone, without their articles
        db.executemany("INSERT INTO passage_keys(key, article_id) VALUES (7, ?)",
                       [(f"old{i}",) for i in range(half)])
        db.executemany("INSERT INTO passage_recent(key, article_id) VALUES (7, ?)",
                       [(f"new{i}",) for i in range(half)])
        db.executemany("INSERT INTO passage_recent(key, article_id) VALUES (8, ?)",
                       [(f"new{i}",) for i in range(half)])
        db.commit()
        assert relations._rare_keys(db, (7, 8)) == [8]
        db.close()
        assert store.article_count() == 0
