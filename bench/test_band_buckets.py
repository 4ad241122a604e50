"""The band-bucket census of a store: its counts agree with the store's own rows, and two
copies of one text meet each other in their buckets. A store of a few generated captures
and two written ones."""

import json
import sqlite3
from pathlib import Path

from band_buckets import TABLES_SQL, main, measure
from million import main as ingest_main


def test_the_census_agrees_with_the_store_and_copies_meet(tmp_path: Path):
    assert ingest_main(["--count", "30", "--extract", "0", "--dir", str(tmp_path),
                        "--sample", "30", "--window", "30", "--no-link"]) == 0
    store = tmp_path / "store.db"
    found = measure(store, sample=1000, seed=1, top=3)
    db = sqlite3.connect(store)
    rows = sum(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
               for (t,) in db.execute(TABLES_SQL).fetchall())
    articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    db.close()
    assert found["band_keys"] == rows and found["articles"] == found["sampled"] == articles
    assert found["bucket_max"] >= found["bucket_p99"] >= found["bucket_median"] >= 1
    assert 0 <= found["read_mean"] <= found["candidates_mean"]
    assert len(found["hot_buckets"]) == 3
    assert all(1 <= b["groups"] <= b["holders"] for b in found["hot_buckets"])
    out = tmp_path / "bands.json"
    assert main(["--db", str(store), "--sample", "5", "--json", str(out)]) == 0
    assert json.loads(out.read_text())["sampled"] == 5


def test_a_missing_store_is_a_clear_error(tmp_path: Path, capsys):
    assert main(["--db", str(tmp_path / "none.db")]) == 2
    assert "no such store" in capsys.readouterr().err
