"""The page-cache and journal A/B: on a small store of generated captures and 40 further
ones in batches of 5, blocks of two batches alternate between two cache sizes (or the
journal's two places), each batch runs with its block's, and the store takes every
capture."""

import json
from pathlib import Path

from cache_ab import main
from test_passage_census import segmented_store

from sitrep.store import Store


def test_blocks_alternate_the_cache_and_the_store_takes_every_capture(tmp_path: Path):
    store, further = segmented_store(tmp_path)
    out = tmp_path / "ab.json"
    assert main(["--db", str(store), "--jsonl", str(further), "--batch", "5",
                 "--batches", "8", "--block", "2", "--mib", "8,4", "--workers", "1",
                 "--json", str(out)]) == 0
    found = json.loads(out.read_text())
    assert [r["arm"] for r in found["rows"]] == ["8", "8", "4", "4"] * 2
    assert [r["first_of_block"] for r in found["rows"]] == [True, False] * 4
    assert found["8"]["batches"] == 2 and found["4"]["batches"] == 2
    assert found["wall_ratio_second_to_first"] > 0
    assert sum(r["captures"] for r in found["rows"]) == 40
    with Store(store) as opened:
        assert opened.counts()["captures"] == found["captures_before"] + 40


def test_the_journal_alternates_between_a_file_and_memory(tmp_path: Path):
    store, further = segmented_store(tmp_path)
    out = tmp_path / "ab.json"
    assert main(["--db", str(store), "--jsonl", str(further), "--batch", "5",
                 "--batches", "8", "--block", "2", "--journal", "--workers", "1",
                 "--json", str(out)]) == 0
    found = json.loads(out.read_text())
    assert [r["arm"] for r in found["rows"]] == ["file", "file", "memory", "memory"] * 2
    assert found["file"]["batches"] == 2 and found["memory"]["batches"] == 2
    with Store(store) as opened:
        assert opened.counts()["captures"] == found["captures_before"] + 40
