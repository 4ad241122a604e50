"""The parts of a batch's read of its keys' holders, on a store of a few hundred generated
captures sealed into several segments, and further captures: the parts add up to the
whole, the tables read are the store's, and a warm stock memo leaves keys unread that a
cold one reads."""

import json
import sqlite3
from pathlib import Path

import pytest
from batch_read_parts import main
from test_passage_census import segmented_store

from sitrep.store import recent


@pytest.fixture(scope="module")
def store_and_further(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return segmented_store(tmp_path_factory.mktemp("batch-read"))


def _run(store: Path, further: Path, out: Path, *extra: str) -> dict:
    assert main(["--db", str(store), "--jsonl", str(further), "--batch", "20",
                 "--json", str(out), *extra]) == 0
    return json.loads(out.read_text())


def test_the_parts_add_up_and_name_the_stores_tables(store_and_further, tmp_path: Path):
    store, further = store_and_further
    found = _run(store, further, tmp_path / "warm.json")
    db = sqlite3.connect(store)
    passage_tables = set(recent.tables(db, recent.PASSAGE))
    band_tables = set(recent.tables(db, recent.BAND))
    assert found["tables"] == {"lsh": len(band_tables), "passage": len(passage_tables)}
    assert [b["captures"] for b in found["batches"]] == [20, 20]
    for batch in found["batches"]:
        parts = batch["parts"]
        assert parts["rest"]["ms"] >= -0.5  # the parts are timed inside the whole
        assert abs(sum(p["ms"] for p in parts.values()) - batch["ms"]) < 0.5
        assert batch["articles"] >= batch["captures"]
        for part, tables in (("passage_reads", passage_tables), ("band_reads", band_tables)):
            reads = [t for t in batch["per_table"] if t["part"] == part]
            assert {t["table"] for t in reads} <= tables
            assert sum(t["rows"] for t in reads) == parts.get(part, {}).get("rows", 0)
        # the generator's stock phrases are shared with the store: keys found, signatures
        assert parts["passage_reads"]["rows"] > 0
        assert parts["signature_search"]["ids"] > 0


def test_a_warm_stock_memo_leaves_keys_unread_that_a_cold_one_reads(store_and_further,
                                                                    tmp_path: Path):
    store, further = store_and_further
    warm = _run(store, further, tmp_path / "warm.json")
    cold = _run(store, further, tmp_path / "cold.json", "--cold")
    assert cold["stock_memo"] == 0 and warm["stock_memo"] > 0
    assert all(b["unread_stock"] == 0 for b in cold["batches"])
    assert sum(b["unread_stock"] for b in warm["batches"]) > 0
    keys = [sum(b["parts"]["passage_reads"]["keys"] for b in run["batches"])
            for run in (warm, cold)]
    assert keys[0] < keys[1]


def test_a_missing_store_is_a_clear_error(tmp_path: Path, capsys):
    assert main(["--db", str(tmp_path / "none.db"), "--jsonl", str(tmp_path / "x")]) == 2
    assert "no such file" in capsys.readouterr().err
