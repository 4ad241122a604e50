"""The stock passage keys of an ingest run: remembered in two generations, and read in no
more tables once one table shows them held by more than the bound (store/key_filter.py,
store/relations.py)."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from sitrep import dedupe
from sitrep.ingest.readers import ReadOptions
from sitrep.ingest.runner import ingest
from sitrep.store import Store, recent, relations
from sitrep.store.key_filter import KeyFilter, StockMemo

WHEN = ReadOptions(captured_at=datetime(2026, 10, 6, 8, 0))

FOOTER = ("Readers who spot a mistake in these notes can write to the harbour office in "
          "Klaipeda, which answers every letter within a week and prints each correction on "
          "the second page of the following issue, beside the tide tables and the ferry times.")
QUAYS = ["north quay", "timber pier", "old dock", "ferry ramp", "grain berth", "fish market"]


def _note(n: int) -> str:
    """A short, distinct harbour note, then the footer every note carries."""
    quay = QUAYS[n % len(QUAYS)]
    return (f"Note {n}: the {quay} took {n * 11 + 40} tonnes of cargo from {n % 7 + 2} "
            f"ships, and {n + 9} dockers worked a night shift that ended at {n % 4 + 3} "
            f"in the morning.\n\n{FOOTER}")


def test_the_stock_memo_keeps_the_keys_met_again_and_stays_bounded():
    memo = StockMemo(4)  # two generations of two keys
    memo.add(1)
    memo.add(2)
    memo.add(3)  # the first generation is full: 1 and 2 become the older one
    assert 1 in memo  # met again: carried into the newer generation
    memo.add(4)  # the newer one (3, 1) is full in turn: 2 is let go
    assert 1 in memo and 3 in memo and 4 in memo
    assert 2 not in memo
    assert len(memo) <= 4
    memo.clear()
    assert not memo and 1 not in memo


def _store_with_segments(tmp_path: Path, segments: int, per_segment: int) -> Store:
    store = Store(tmp_path / "notes.db")
    for s in range(segments):
        paths = []
        for n in range(s * per_segment, (s + 1) * per_segment):
            paths.append(tmp_path / f"note{n:03d}.txt")
            paths[-1].write_text(_note(n), encoding="utf-8")
        ingest([str(p) for p in paths], store, WHEN, filter_keys=False)
        with store.transaction():
            store.fold_recent(min_rows=1, fanout=10)
    return store


def test_a_stock_key_is_read_in_one_table_not_in_every_table_holding_it(tmp_path: Path):
    # three segments, each holding more notes with the footer than the stock bound: the
    # first table read shows the footer's keys are stock, and no other table is asked
    per_segment = relations.STOCK_POSTINGS + 3
    footer_keys = set(dedupe.fingerprints([FOOTER])[0].passages)
    assert footer_keys, "the footer must hold a passage key"
    with _store_with_segments(tmp_path, 3, per_segment) as store:
        db = store._db
        new = dedupe.fingerprints([_note(500)])[0]
        stock = footer_keys & set(new.passages)
        held_by = [t for t in recent.tables(db, recent.PASSAGE)
                   if any(db.execute(f"SELECT 1 FROM {t} WHERE key=?", (k,)).fetchone()
                          for k in stock)]
        assert stock and len(held_by) == 3
        statements: list[str] = []
        db.set_trace_callback(statements.append)
        try:
            found = relations._filtered_postings(db, new, KeyFilter(db))
        finally:
            db.set_trace_callback(None)
        asked = [s for s in statements if re.search(r"FROM passage_seg_\d+ p", s)
                 and any(re.search(rf"\b{k}\b", s) for k in stock)]
        assert len(asked) == 1
        # the same holders as the look-up that reads every table
        every = relations._rare_keys(db, tuple(new.passages), recent.tables(db, recent.PASSAGE))
        assert not stock & set(every)
        expect = {r[0] for t in recent.tables(db, recent.PASSAGE) for k in every
                  for r in db.execute(f"SELECT article_id FROM {t} WHERE key=?", (k,))}
        assert found == expect
