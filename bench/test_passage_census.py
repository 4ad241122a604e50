"""The passage census of a store: its counts add up, and reading a key until one table shows
it stock never reads more tables than reading every table that may hold it. A store of a
few hundred generated captures, sealed into several segments, and further captures."""

import json
import sqlite3
from pathlib import Path

from generate_captures import main as generate_main
from million import main as ingest_main
from passage_census import main

from sitrep.store import Store, recent


def segmented_store(tmp_path: Path) -> tuple[Path, Path]:
    """A store of 240 generated captures sealed into three segments, and 40 further
    captures of another seed (``further.jsonl``)."""
    store = tmp_path / "store.db"
    for count in (80, 160, 240):  # three sealed segments (a run resumes after what it holds)
        assert ingest_main(["--count", str(count), "--extract", "0", "--dir", str(tmp_path),
                            "--sample", "80", "--window", "80", "--no-link"]) == 0
        with Store(store) as opened, opened.transaction():
            opened.fold_recent(min_rows=1, fanout=10)
    further = tmp_path / "further.jsonl"
    assert generate_main([str(further), "--count", "40", "--seed", "5", "--jsonl"]) == 0
    return store, further


def test_the_census_adds_up_on_a_store_of_several_segments(tmp_path: Path):
    store, further = segmented_store(tmp_path)
    out = tmp_path / "census.json"
    assert main(["--db", str(store), "--jsonl", str(further), "--json", str(out)]) == 0
    found = json.loads(out.read_text())
    assert found["articles"] >= 40
    parts = found["stock_known"] + found["stock_found"] + found["absent"] + found["rare"]
    assert abs(parts - found["keys"]) < 0.05
    assert found["rare"] > 0 and found["rare_holders"] >= found["rare_holders_distinct"] > 0
    assert 0 < found["reads_until_stock"] <= found["reads_every_table"]
    assert found["passage_tables"] == len(recent.tables(sqlite3.connect(store), recent.PASSAGE))


def test_a_missing_store_is_a_clear_error(tmp_path: Path, capsys):
    assert main(["--db", str(tmp_path / "none.db"), "--jsonl", str(tmp_path / "x")]) == 2
    assert "no such file" in capsys.readouterr().err
