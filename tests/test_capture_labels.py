"""A capture's line labels live in its own row (schema 20); a store made before keeps its
labels in the ``line_labels`` table, and both are read alike."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

from sitrep.ingest.readers import ReadOptions
from sitrep.ingest.runner import ingest
from sitrep.report.article_view import describe_article
from sitrep.store import SCHEMA_VERSION, Store

WHEN = ReadOptions(captured_at=datetime(2026, 10, 2, 7, 30))

FIRST = """Support independent reporting: donate today
Home | World | Region

Drill schedule moves north as brigades rotate near Daugavpils

Colonel Maris Veldre told reporters on Tuesday that 2,400 troops would stay at the
range until the end of the month, and that the engineers had finished the crossing.

The brigade moved its field kitchens and two repair companies to the northern camp over the
weekend, a week earlier than the plan published in spring, because the southern roads were
closed for resurfacing after the floods. Local officials said the convoys would use the
ring road at night and that the market square would stay open to traffic on weekdays.

Residents of the villages along the river were told by letter that live firing would end
each day at six in the evening, and that a hotline would take complaints about noise and
damaged fences until the last unit has left the range in the middle of next month.

Share this story
"""

SECOND = """Read more in our app

Border guards log 40 crossings after the river thaw near Narva

The agency said on Wednesday that 40 people had been stopped on the ice since Monday, and
that patrols would double on the northern stretch.
"""


def _ingest(tmp_path: Path, store: Store, name: str, text: str) -> str:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    ingest([str(path)], store, WHEN)
    return next(a.capture_id for a in store.articles() if Path(a.source).stem == name)


def test_the_writer_keeps_labels_in_the_capture_row_not_the_table(tmp_path: Path):
    with Store(tmp_path / "s.db") as store:
        said: list[str] = []
        store._db.set_trace_callback(said.append)
        capture = _ingest(tmp_path, store, "first", FIRST)
        store._db.set_trace_callback(None)
        assert not [s for s in said if "line_labels" in s and "INSERT" in s.upper()]
        assert store._db.execute("SELECT count(*) FROM line_labels").fetchone()[0] == 0
        labels = store.line_labels(capture)
        assert [lb["line"] for lb in labels] == sorted(lb["line"] for lb in labels)
        assert {"boilerplate", "body"} <= {lb["label"] for lb in labels}
        assert all(isinstance(lb["start"], int) and lb["end"] > lb["start"] for lb in labels)
        raw = store.capture_raw(capture)
        share = next(lb for lb in labels if raw[lb["start"]:lb["end"]] == "Share this story")
        assert share["label"] == "boilerplate" and share["reason"]
        # the article view shows the removed lines with their text, as before
        article = next(a for a in store.articles() if a.capture_id == capture)
        removed = describe_article(store, article.id).removed
        assert {"Share this story", "Home | World | Region"} <= {r["text"] for r in removed}


def test_a_store_of_schema_19_reads_its_old_labels_and_writes_new_ones_in_rows(
        tmp_path: Path):
    path = tmp_path / "old.db"
    with Store(path) as store:
        old = _ingest(tmp_path, store, "first", FIRST)
        before = store.line_labels(old)
        dumped = store.dump()
    db = sqlite3.connect(path)  # what schema 19 held: the labels in their table, a row each
    db.executemany(
        "INSERT INTO line_labels(capture_id, line, label, reason, start, end) "
        "VALUES (?,?,?,?,?,?)",
        [(old, *values) for values in json.loads(
            db.execute("SELECT labels FROM captures WHERE id=?", (old,)).fetchone()[0])])
    db.execute("ALTER TABLE captures DROP COLUMN labels")
    db.execute("PRAGMA user_version=19")
    db.commit()
    db.close()
    with Store(path) as store:
        assert store._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.line_labels(old) == before
        assert store.dump() == dumped  # where a label is kept is no difference in the data
        # the upgrade did not take the store for one without passage keys (they are in the
        # recent table, none in the big one) and key every article again
        assert store._db.execute("SELECT count(*) FROM passage_keys").fetchone()[0] == 0
        assert store._db.execute("SELECT count(*) FROM passage_recent").fetchone()[0] > 0
        new = _ingest(tmp_path, store, "second", SECOND)
        assert store._db.execute("SELECT labels IS NOT NULL FROM captures WHERE id=?",
                                 (new,)).fetchone()[0] == 1
        assert store._db.execute("SELECT labels FROM captures WHERE id=?",
                                 (old,)).fetchone()[0] is None
        by_capture = {r[0] for r in store.dump()["line_labels"]}
        assert by_capture == {old, new}
        assert store.line_labels(new) and store.line_labels("no-such-capture") == []
