"""The sealed tables' filter (store/sealed_filter.py): never "absent" for a key it holds,
few absent keys let through, built in parts as whole, and asked alongside the recent
table's rbloom filter."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import numpy as np

from sitrep.store import key_filter, recent
from sitrep.store.sealed_filter import (
    SealedFilter,
    band_probes,
    may_hold,
    passage_probes,
)


def _built(probes: np.ndarray) -> SealedFilter:
    bits = SealedFilter(probes.shape[-1])
    bits.add(probes)
    return bits


def _signed(rng: random.Random, n: int) -> list[int]:
    return [rng.randrange(-(2**63), 2**63) for _ in range(n)]


def test_every_passage_key_given_passes_and_few_others_do():
    rng = random.Random(7)
    held, absent = _signed(rng, 50_000), _signed(rng, 50_000)
    bits = _built(passage_probes(held))
    assert may_hold(bits, held, passage_probes(held)).all()
    let_through = may_hold(bits, absent, passage_probes(absent)).mean()
    assert 0 < let_through < 0.005  # some 0.1%: each false pass costs a probe
    assert bits.nbytes <= 50_000 * 16 // 8 + 8


def test_a_band_pair_is_its_band_and_its_key_not_its_key_alone():
    rng = random.Random(8)
    keys = _signed(rng, 20_000)
    held = [(i % 16, k) for i, k in enumerate(keys)]
    moved = [((band + 1) % 16, k) for band, k in held]
    bits = _built(band_probes(held))
    assert may_hold(bits, held, band_probes(held)).all()
    assert may_hold(bits, moved, band_probes(moved)).mean() < 0.005


def test_a_filter_built_in_chunks_answers_as_one_built_whole():
    rng = random.Random(9)
    keys = _signed(rng, 30_000)
    asked = keys[:1000] + _signed(rng, 5000)
    whole = _built(passage_probes(keys))
    chunked = SealedFilter(len(keys))
    for i in range(0, len(keys), 7000):
        chunked.add(passage_probes(keys[i:i + 7000]))
    assert (may_hold(whole, asked, passage_probes(asked))
            == may_hold(chunked, asked, passage_probes(asked))).all()
    assert not SealedFilter(0).may_hold(passage_probes(asked)).any()
    assert may_hold(whole, [], passage_probes([])).shape == (0,)


def test_the_recent_tables_rbloom_is_asked_one_key_at_a_time():
    bits = key_filter.RecentBits(1000)
    bits.update([(0, 5), (3, -9)])
    asked = [(0, 5), (3, -9), (1, 5)]
    assert may_hold(bits, asked, band_probes(asked)).tolist()[:2] == [True, True]
    assert band_probes([]).shape[-1] == 0


def test_a_segment_read_from_the_store_passes_every_row_it_holds(tmp_path: Path):
    db = sqlite3.connect(tmp_path / "keys.db")
    db.execute("CREATE TABLE lsh_seg_1 (band INTEGER, key INTEGER, article_id TEXT)")
    db.execute("CREATE TABLE passage_seg_1 (key INTEGER, article_id TEXT)")
    rng = random.Random(10)
    bands = [(rng.randrange(16), k) for k in _signed(rng, 3000)]
    passages = _signed(rng, 3000)
    db.executemany("INSERT INTO lsh_seg_1 VALUES (?, ?, 'a')", bands)
    db.executemany("INSERT INTO passage_seg_1 VALUES (?, 'a')", [(k,) for k in passages])
    for kind, keys, hashed in ((recent.BAND, bands, band_probes),
                               (recent.PASSAGE, passages, passage_probes)):
        bits = key_filter._read_sealed(db, kind, kind.segment(1))
        assert np.asarray(may_hold(bits, keys, hashed(keys))).all()
