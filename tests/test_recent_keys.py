"""The sealed, tiered segments of the duplicate-detection keys (store/recent.py): where a
key row waits, in the small recent table, a segment of any tier, or the big and middle
tables of stores made before the segments, changes no group and no pair. Texts written
here (fictional officials, real places)."""

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
    """Rows of every table holding keys, by name (the segments' tables as they exist)."""
    db = sqlite3.connect(path)
    try:
        names = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND (name LIKE 'lsh%' "
            "OR name LIKE 'passage%' OR name LIKE 'translation_%') "
            "AND name NOT IN ('translation_checked', 'translation_links')")]
        return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in names}
    finally:
        db.close()


def _in_segments(levels: dict[str, int]) -> int:
    return sum(v for k, v in levels.items() if "_seg_" in k)


def test_copies_find_originals_sealed_and_merged_into_segments(tmp_path: Path):
    originals = {f"story{n}": _story(n) for n in range(6)}
    copies = {f"copy{n}": _copy(n) for n in range(6)}
    with Store(tmp_path / "never.db") as store:  # every key stays in the recent tables
        _ingest(tmp_path / "a", store, originals)
        _ingest(tmp_path / "b", store, copies)
        expected = store.dump()
    assert _in_segments(_levels(tmp_path / "never.db")) == 0
    with Store(tmp_path / "sealed.db") as store:
        for n, (name, text) in enumerate(originals.items()):
            _ingest(tmp_path / "a", store, {name: text})
            with store.transaction():  # a seal after each; two of a tier merge
                assert store.fold_recent(min_rows=1, fanout=2, top_tier=9) > 0
            tiers = [s.tier for s in recent.segments(store._db)]
            assert sorted(tiers, reverse=True) == [t for t in range(4) if (n + 1) >> t & 1][::-1]
        levels = _levels(tmp_path / "sealed.db")
        assert levels["lsh_recent"] == levels["passage_recent"] == 0
        assert levels["lsh_bands"] == levels["lsh_middle"] == 0
        _ingest(tmp_path / "b", store, copies)  # the copies' keys wait in the recent tables
        assert _levels(tmp_path / "sealed.db")["lsh_recent"] > 0
        got = store.dump()
        groups = {a.source.rsplit("/", 1)[-1]: a.group_id for a in store.articles()
                  if a.part == "main"}
    assert got == expected
    assert all(groups[f"copy{n}.txt"] == groups[f"story{n}.txt"] for n in range(6))
    assert len({groups[f"story{n}.txt"] for n in range(6)}) == 6


def test_a_seal_waits_for_enough_rows_and_moves_each_row_once(tmp_path: Path):
    with Store(tmp_path / "s.db") as store:
        _ingest(tmp_path / "a", store, {f"story{n}": _story(n) for n in range(3)})
        waiting = sum(v for k, v in _levels(tmp_path / "s.db").items() if k.endswith("recent"))
        with store.transaction():
            assert store.fold_recent(min_rows=waiting + 1) == 0
            assert store.fold_recent(min_rows=waiting) == waiting
            assert store.fold_recent(min_rows=0) == 0
        levels = _levels(tmp_path / "s.db")
        held = recent.segments(store._db)
        counted = recent.stored_rows(store._db)
    assert [(s.tier, s.rows) for s in held] == [(0, waiting)] and counted == waiting
    assert _in_segments(levels) == waiting and levels["translation_seg_1"] > 0
    assert sum(v for k, v in levels.items() if k.endswith("recent")) == 0


def test_segments_of_a_tier_merge_into_the_next_and_their_tables_go(tmp_path: Path):
    """``fanout`` segments of one tier become one of the next, holding their rows; the
    merged tables are dropped, so the tables of the schema are the catalog's."""
    with Store(tmp_path / "s.db") as store:
        sealed = []
        for n in range(4):
            _ingest(tmp_path / f"d{n}", store, {f"story{n}": _story(n)})
            with store.transaction():
                sealed.append(store.fold_recent(min_rows=1, fanout=2, top_tier=9))
        held = recent.segments(store._db)
        levels = _levels(tmp_path / "s.db")
        tables = recent.tables(store._db, recent.BAND)
    assert [(s.tier, s.rows) for s in held] == [(2, sum(sealed))]
    number = held[0].number
    assert {k for k in levels if "_seg_" in k} == {
        f"{p}_seg_{number}" for p in ("lsh", "passage", "translation")}
    assert _in_segments(levels) == sum(sealed)
    assert tables == ("lsh_bands", "lsh_middle", f"lsh_seg_{number}", "lsh_recent")


def test_a_store_folded_before_the_segments_is_still_read_whole(tmp_path: Path):
    """Stores of schema 18 hold keys in the big and middle tables: look-ups still read
    them, so a copy meets its original there, and the first seal leaves them be."""
    originals = {f"story{n}": _story(n) for n in range(3)}
    with Store(tmp_path / "s.db") as store:
        _ingest(tmp_path / "a", store, originals)
        moves = [("lsh_bands", "lsh_recent"), ("passage_middle", "passage_recent"),
                 ("translation_middle", "translation_recent")]
        with store.transaction():
            for into, source in moves:
                store._db.execute(f"INSERT INTO {into} SELECT * FROM {source}")
                store._db.execute(f"DELETE FROM {source}")
        _ingest(tmp_path / "b", store, {"copy1": _copy(1)})
        with store.transaction():
            assert store.fold_recent(min_rows=1) > 0
        levels = _levels(tmp_path / "s.db")
        groups = {a.source.rsplit("/", 1)[-1]: a.group_id for a in store.articles()
                  if a.part == "main"}
    assert levels["lsh_bands"] > 0 and levels["passage_middle"] > 0
    assert groups["copy1.txt"] == groups["story1.txt"] != groups["story0.txt"]


def test_a_stock_phrase_counts_its_postings_over_every_table(tmp_path: Path):
    """A key held by 20 articles in the big table and 20 in the recent one is held by 40:
    a stock phrase, whichever table each posting waits in."""
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
        assert relations._rare_keys(db, (7, 8), recent.tables(db, recent.PASSAGE)) == [8]
        db.close()
        assert store.article_count() == 0


def test_segments_of_the_top_tier_stay_as_they_are(tmp_path: Path):
    """Segments stop climbing at ``top_tier``: they wait there, unmerged, however many."""
    with Store(tmp_path / "s.db") as store:
        for n in range(8):
            _ingest(tmp_path / f"t{n}", store, {f"story{n}": _story(n)})
            with store.transaction():
                store.fold_recent(min_rows=1, fanout=2, top_tier=1)
        held = recent.segments(store._db)
        tables = recent.tables(store._db, recent.PASSAGE)
    assert [s.tier for s in held] == [1, 1, 1, 1]
    assert len(tables) == 2 + 4 + 1  # big, middle, the four segments, recent
