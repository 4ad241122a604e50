"""What the writer of a big store must not do: put a wide row at a random place of a tree
that grows with the store (schemas 21 and 23: ``translation_checked`` and
``article_minhash`` in arrival order), or merge the full-text index four segments at a
time (schema 22: sixteen)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sitrep.ingest.readers import ReadOptions
from sitrep.ingest.runner import ingest
from sitrep.store import SCHEMA_VERSION, Store

WHEN = ReadOptions(captured_at=datetime(2026, 11, 3, 9, 0))

#: Three short reports of a fictional drill, each naming places and numbers (what the
#: translation keys are made of).
REPORTS = {
    "ferry": "Ferry crossings to Saaremaa resume after the drill\n\n"
             "The port authority in Virtsu said on Monday that 14 sailings a day would run "
             "again from Tuesday, after the navy closed the strait for three days of mine "
             "clearing practice with 260 sailors.\n",
    "range": "Live firing ends early at the Adazi range\n\n"
             "Brigade spokesman Ilgvars Rence said on Wednesday that the 1,100 soldiers at "
             "Adazi would leave the range two days ahead of plan, because the ground was "
             "too soft for the tracked vehicles after a week of rain.\n",
    "bridge": "Pontoon bridge over the Neris opens for the convoy\n\n"
              "Engineers near Jonava finished a 180-metre pontoon bridge on Thursday, and "
              "the convoy of 75 trucks crossed it at night, the district office said.\n",
}


def _ingest(tmp_path: Path, store: Store, names: list[str]) -> None:
    paths = []
    for name in names:
        path = tmp_path / f"{name}.txt"
        path.write_text(REPORTS[name], encoding="utf-8")
        paths.append(str(path))
    ingest(paths, store, WHEN)


#: The tables kept in arrival order: each row names its article.
BY_ARRIVAL = ("translation_checked", "article_minhash")


def _in_table_order(db: sqlite3.Connection, table: str) -> list[str]:
    return [r[0] for r in db.execute(f"SELECT article_id FROM {table} ORDER BY rowid")]


def _articles_in_arrival_order(db: sqlite3.Connection) -> list[str]:
    return [r[0] for r in db.execute("SELECT id FROM articles ORDER BY rowid")]


def test_a_new_store_keeps_checked_rows_by_arrival_and_merges_sixteen(tmp_path: Path):
    with Store(tmp_path / "s.db") as store:
        _ingest(tmp_path, store, ["ferry", "range"])
        _ingest(tmp_path, store, ["bridge"])
        db = store._db
        first, second = _articles_in_arrival_order(db)[:2], _articles_in_arrival_order(db)[2:]
        assert len(second) == 1
        # the rows as they came: each batch's after the batch before, not all of them in
        # the order of their content hashes (the checked rows of a batch go in the order
        # of their ids, the signatures as the articles are stored)
        expected = {"translation_checked": sorted(first) + second,
                    "article_minhash": first + second}
        for table in BY_ARRIVAL:
            sql = db.execute("SELECT sql FROM sqlite_schema WHERE name = ?",
                             (table,)).fetchone()[0]
            assert "WITHOUT ROWID" not in sql.upper()
            assert _in_table_order(db, table) == expected[table]
            plan = " ".join(r[3] for r in db.execute(
                f"EXPLAIN QUERY PLAN SELECT * FROM {table} WHERE article_id = ?", ("x",)))
            assert "USING INDEX" in plan  # the id is still found through an index
        config = dict(db.execute("SELECT k, v FROM articles_fts_config"))
        assert config["automerge"] == 16 and config["crisismerge"] == 32
        # the full-text index still answers, and is whole
        assert len(store.search("pontoon")) == 1
        db.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")


def test_a_store_of_schema_20_keeps_every_checked_row_in_arrival_order(tmp_path: Path):
    path = tmp_path / "old.db"
    with Store(path) as store:
        _ingest(tmp_path, store, ["ferry", "range", "bridge"])
        expected = store.dump()
    db = sqlite3.connect(path)  # what schema 20 held: the rows keyed by the article id
    db.executescript("""
        DROP TRIGGER article_minhash_kept; DROP TRIGGER article_minhash_dropped;
        CREATE TABLE old_minhash (
            article_id TEXT PRIMARY KEY REFERENCES articles(id),
            signature BLOB NOT NULL) WITHOUT ROWID;
        INSERT INTO old_minhash SELECT article_id, signature FROM article_minhash;
        DROP TABLE article_minhash;
        ALTER TABLE old_minhash RENAME TO article_minhash;
        CREATE TABLE old_checked (
            article_id TEXT PRIMARY KEY REFERENCES articles(id),
            language TEXT NOT NULL, version TEXT NOT NULL, key_set TEXT) WITHOUT ROWID;
        INSERT INTO old_checked SELECT * FROM translation_checked;
        DROP TABLE translation_checked;
        ALTER TABLE old_checked RENAME TO translation_checked;
        DELETE FROM articles_fts_config WHERE k IN ('automerge', 'crisismerge');
        PRAGMA user_version=20;""")
    db.close()
    with Store(path) as store:
        db = store._db
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.dump() == expected  # every row kept, the same
        for table in BY_ARRIVAL:
            assert _in_table_order(db, table) == _articles_in_arrival_order(db)
        assert dict(db.execute("SELECT k, v FROM articles_fts_config"))["automerge"] == 16
        # the triggers made again around the new table keep a signature that comes in
        # with its article row (as a cluster run's merged parts do)
        source = _articles_in_arrival_order(db)[0]
        row = db.execute("SELECT * FROM articles WHERE id = ?", (source,)).fetchone()
        signature = db.execute("SELECT signature FROM article_minhash WHERE article_id = ?",
                               (source,)).fetchone()[0]
        wide = b"".join(bytes([b, 0, 0, 0, 0, 0, 0, 0]) for b in signature)
        article = "a-merged-from-a-part"
        values = {**dict(zip(row.keys(), row, strict=True)), "id": article,
                  "text_hash": "merged", "signature": wide, "group_id": article}
        db.execute(f"INSERT INTO articles({', '.join(values)}) "
                   f"VALUES ({', '.join('?' * len(values))})", tuple(values.values()))
        assert db.execute("SELECT signature FROM article_minhash WHERE article_id = ?",
                          (article,)).fetchone()[0] == signature
        assert _in_table_order(db, "article_minhash")[-1] == article
