"""Reads over every article that must not walk the texts.

In an article row the long text comes before the published day, the language and the
related article, so a query reading those off the rows reads the whole store (26 GB at a
million captures). Each such query here must be answered from an index."""

from __future__ import annotations

import json
from pathlib import Path

from sitrep.ingest.readers import ReadOptions, iter_inputs
from sitrep.ingest.runner import ingest_items
from sitrep.store import Store

TEXT = """Officials in Riga said on Tuesday that the winter drill near Daugavpils had ended,
and that
about 1,200 reservists went home by train. A spokesman, Ilgvars Teteris, said the next
drill would be held in the autumn.
"""


def _plan(store: Store, run, marker: str) -> str:
    sql: list[str] = []
    store._db.set_trace_callback(sql.append)
    run()
    store._db.set_trace_callback(None)
    query = next(q for q in sql if marker in q)
    return " ".join(r[3] for r in store._db.execute(f"EXPLAIN QUERY PLAN {query}"))


def test_publication_days_and_related_count_read_indexes(tmp_path: Path):
    row = {"text": TEXT, "title": "Drill ends near Daugavpils", "published": "2026-03-04"}
    (tmp_path / "a.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        ingest_items(iter_inputs([str(tmp_path / "a.jsonl")], ReadOptions()), store, link=False)
        assert store.publication_days() == ["2026-03-04"]
        days = _plan(store, store.publication_days, "DISTINCT published")
        related = _plan(store, store.counts, "related_to IS NOT NULL")
    assert "COVERING INDEX articles_published" in days, days
    assert "COVERING INDEX articles_related" in related, related
