"""The key-levels benchmark on a tiny store: the tiered layout's look-ups find the rows the
other layouts find, its segments merge by tiers of ``K``, and every layout ends holding the
same rows."""

import sqlite3
from pathlib import Path

import numpy as np
import pytest
from key_levels import batches_for, capture_rows, measure, open_store, prefill
from key_tiers import K, Tiers

# 200 captures pre-filled (18,550 rows), batches of 20 captures (1,855 rows): a seal
# about every other batch with a fold size of 3,000 rows.
STORED, BATCH, FOLD = 200, 20, 3000
OPTIONS = {"fold_rows": FOLD, "batch": BATCH, "lookups": 500, "present": 0.2,
           "keep_found": True}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("keys") / "keys-base.db"
    assert prefill(path, STORED) == round(STORED * 1.75) * (25 + 28)
    return path


def test_look_ups_find_the_same_rows_in_every_layout(base: Path):
    tiered = measure("tiered segments", base, STORED, 1, 7, **OPTIONS)
    batches = tiered["batches"]
    assert batches == batches_for("tiered segments", 0, 1, FOLD, BATCH, 2) == 2 * K**2
    found = tiered["found"]
    assert len(found) == batches and sum(map(len, found)) > batches * 50
    for layout in ("one level", "two levels", "three levels"):
        # the same seed writes the same rows and looks up the same keys, batch by batch
        other = measure(layout, base, STORED, batches, 7, **OPTIONS | {"depth": 0})
        assert other["found"][:batches] == found, layout


def test_segments_merge_by_tiers(base: Path):
    res = measure("tiered segments", base, STORED, 1, 3, **OPTIONS)
    # 16 seals: four merges of tier 0 and, with the pre-filled segment (tier 1 at 18,550
    # rows), a merge of four tier-1 segments after the third merge of tier 0
    assert res["seals"] == K**2
    assert [tier for tier, _ in res["merges"]] == [0, 0, 0, 1, 0]
    assert len(res["segments"]) == 2 and res["tables_read"] == 3


def test_a_tiered_store_holds_every_row_once(tmp_path: Path):
    from sitrep.store import recent

    db = open_store(tmp_path / "t.db")
    tiers = Tiers.over(db, 1000, 0, k=2)
    rng, written = np.random.default_rng(5), set()
    for _ in range(12):
        bands, passages = capture_rows(rng, 10)
        written.update(bands)
        recent.add_bands(db, bands)
        recent.add_passages(db, passages)
        tiers.after_batch(recent.recent_rows(db))
    held = sorted({tuple(r) for t in tiers.band_tables()
                   for r in db.execute(f"SELECT * FROM {t}")})
    assert sorted(written) == held
    assert len(held) == sum(
        db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tiers.band_tables())
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {t for t in tables if "_seg_" in t} == {
        t for s in tiers.segments for t in (s.table(0), s.table(1))}
    # at most k - 1 segments wait in any tier
    assert all(n < 2 for n in _per_tier(tiers).values())
    db.close()


def _per_tier(tiers: Tiers) -> dict[int, int]:
    out: dict[int, int] = {}
    for s in tiers.segments:
        out[tiers.tier(s.rows)] = out.get(tiers.tier(s.rows), 0) + 1
    return out


def test_the_merge_reads_the_sources_in_key_order():
    from key_tiers import merge_sql

    db = sqlite3.connect(":memory:")
    for t in "abc":
        db.execute(f"CREATE TABLE {t} (k INTEGER, a TEXT, PRIMARY KEY (k, a)) WITHOUT ROWID")
    plan = " ".join(r[3] for r in db.execute("EXPLAIN QUERY PLAN "
                                             + merge_sql(("a", "b", "c"), "k, a")))
    assert "MERGE (UNION ALL)" in plan and "TEMP B-TREE" not in plan
