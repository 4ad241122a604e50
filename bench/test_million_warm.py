"""The warm-up before a timed slice of a big store: it reads each look-up tree the store
has, skips the ones it lacks, and says so in the log. A store of a few generated captures."""

import json
import sqlite3
from pathlib import Path

from million import LOOKUP_TREES, Log, main, warm_lookups


def test_a_slice_with_warm_reads_the_lookup_trees_first(tmp_path: Path):
    out = tmp_path / "res.json"
    assert main(["--count", "40", "--extract", "0", "--dir", str(tmp_path), "--sample", "20",
                 "--window", "40", "--warm", "--json", str(out)]) == 0
    res = json.loads(out.read_text())
    assert res["ingest"]["items"] == 40 and res["warm_seconds"] >= 0
    log = (tmp_path / "million.log").read_text()
    assert log.index("look-up trees: no store yet") < log.index("items")
    # every tree but the wide signatures of stores before schema 16 is in a new store
    db = sqlite3.connect(tmp_path / "store.db")
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_schema")}
    assert [t.split()[0] for t in LOOKUP_TREES if t.split()[0] not in names] == [
        "article_signatures"]
    assert db.execute("SELECT count(*) FROM article_minhash").fetchone()[0] > 0
    db.close()
    assert warm_lookups(str(tmp_path / "store.db"), Log(tmp_path / "again.log")) >= 0
    assert "look-up trees read once" in (tmp_path / "again.log").read_text()


def test_extract_only_extracts_the_pending_articles_without_an_ingest(tmp_path: Path):
    # a stopped run's store: ingested, nothing extracted; the extraction alone goes on
    assert main(["--count", "30", "--extract", "0", "--dir", str(tmp_path), "--sample", "30",
                 "--window", "30"]) == 0
    out = tmp_path / "extract.json"
    assert main(["--extract-only", "--extract", "12", "--dir", str(tmp_path),
                 "--json", str(out)]) == 0
    res = json.loads(out.read_text())
    assert res["extract"]["articles"] == 12 and res["extract"]["failures"] == 0
    assert "ingest" not in res
    db = sqlite3.connect(tmp_path / "store.db")
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] > 12  # the rest pending
    db.close()
    log = (tmp_path / "million.log").read_text()
    assert log.count("captures generated") == 1 and "extract only: 12 pending articles" in log
