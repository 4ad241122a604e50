"""The read-ahead A/B: on a small store of generated captures and 40 further ones in
batches of 5, blocks of two batches alternate, each batch is sorted by what it did, and
the store takes every capture."""

import json
from pathlib import Path

from read_ahead_ab import main
from test_passage_census import segmented_store

from sitrep.store import Store


def test_blocks_alternate_and_the_store_takes_every_capture(tmp_path: Path):
    store, further = segmented_store(tmp_path)
    out = tmp_path / "ab.json"
    assert main(["--db", str(store), "--jsonl", str(further), "--batch", "5",
                 "--batches", "8", "--block", "2", "--workers", "1",
                 "--json", str(out)]) == 0
    found = json.loads(out.read_text())
    kinds = [r["kind"] for r in found["rows"]]
    # the first builds the filter and reads the second's keys beside it; then blocks of
    # two alternate, and each block's first batch did only one of the two
    assert kinds == ["first", "beside", "between", "alone", "between", "beside",
                     "between", "alone"]
    assert found["beside"]["batches"] == 2 and found["alone"]["batches"] == 2
    assert found["wall_ratio_beside_to_alone"] > 0
    assert found["switch_interval_ms"] == 0.5  # the ingest's own (ingest/threads.py)
    assert sum(r["captures"] for r in found["rows"]) == 40
    with Store(store) as opened:
        assert opened.counts()["captures"] == found["captures_before"] + 40
