"""The workspace's figures table on coded columns (``web/table.py``) against a plain filter
written here, on a real store built from the sample corpus; and the store's index of
outlets (migration 9), which the search page reads."""

from __future__ import annotations

import itertools
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from sitrep.store import SCHEMA_VERSION, Store
from sitrep.web.figures import PAGE_SIZE, SORTS, FigureQuery
from sitrep.web.table import EXACT, Column
from sitrep.web.workspace import Workspace, build_workspace


@pytest.fixture(scope="module")
def store_path(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the sample corpus's store, with two figures rejected by the analyst."""
    copy = tmp_path_factory.mktemp("table") / "demo.db"
    with Store(demo_db) as src, Store(copy) as store:
        src._db.backup(store._db)
        ids = sorted(r["id"] for r in store.claims("figures"))
        for fid in (ids[3], ids[-5]):
            store.add_correction("reject_figure", fid, None, "tester", None,
                                 datetime(2026, 9, 1, 12, 0))
    return copy


@pytest.fixture(scope="module")
def ws(store_path: Path) -> Workspace:
    with Store(store_path) as store:
        return build_workspace(store)


def plain(ws: Workspace, q: FigureQuery) -> tuple[list[str], int]:
    """The page the query asks for, by testing every row and sorting what passes."""
    def passes(r: dict[str, Any]) -> bool:
        day = r["day"] or ""
        return ((q.rejected or not r["rejected"])
                and all(r[key] == getattr(q, name) for name, key in EXACT
                        if getattr(q, name))
                and (not q.speaker or q.speaker.lower() in r["who"])
                and not (q.since and day < q.since)
                and not (q.until and day[:len(q.until)] > q.until))
    kept = sorted((r for r in ws.figures if passes(r)),
                  key=lambda r: (SORTS[q.sort](r), r["id"]), reverse=q.descending)
    start = (q.page - 1) * PAGE_SIZE
    return [r["id"] for r in kept[start:start + PAGE_SIZE]], len(kept)


def test_every_filter_sort_and_page_gives_what_a_plain_filter_gives(ws: Workspace):
    figures = ws.figures
    assert len(figures) > 2 * PAGE_SIZE and sum(r["rejected"] for r in figures) == 2

    def common(key: str) -> list[Any]:
        counts: dict[Any, int] = {}
        for r in figures:
            if r[key]:
                counts[r[key]] = counts.get(r[key], 0) + 1
        return sorted(counts, key=lambda v: (-counts[v], str(v)))[:2]

    speakers = [w.split()[0][:5] for w in common("who")] + ["MINISTRY", "no such one"]
    days = sorted({r["day"] for r in figures if r["day"]})
    filters: list[dict[str, Any]] = [
        {}, {"rejected": True},
        *({"subject": v} for v in common("subject")),
        *({"measure": v} for v in common("family")),
        *({"source_type": v} for v in common("source_type")),
        *({"language": v} for v in [*common("language"), "xx"]),
        *({"speaker": v} for v in speakers),
        {"since": days[len(days) // 3]}, {"until": days[len(days) // 2][:7]},
        {"since": days[1], "until": days[-2], "speaker": speakers[0]},
        {"subject": common("subject")[0], "source_type": common("source_type")[0],
         "language": common("language")[0], "rejected": True},
    ]
    checked = 0
    for extra, sort, descending in itertools.product(filters, SORTS, (False, True)):
        for page in (1, 2):
            q = FigureQuery(**extra, sort=sort, descending=descending, page=page)
            rows, total = q.select(ws)
            assert ([r["id"] for r in rows], total) == plain(ws, q), q
            checked += bool(rows)
    assert checked > len(filters) * len(SORTS)  # most queries had rows to compare


def test_a_filter_is_decided_once_per_distinct_value_not_once_per_row():
    column = Column.of(["ministry of health", "police", None] * 10_000)
    seen: list[Any] = []
    kept = column.where(lambda v: seen.append(v) or (v is not None and "min" in v))
    assert sorted(map(str, seen)) == ["None", "ministry of health", "police"]
    assert int(kept.sum()) == 10_000 and bool(kept[0]) and not kept[1]


def _sql_of(store: Store, call: Any) -> list[str]:
    """The statements ``call`` runs on the store's connection."""
    statements: list[str] = []
    store._db.set_trace_callback(statements.append)
    try:
        call()
    finally:
        store._db.set_trace_callback(None)
    return [s for s in statements if s.lstrip().upper().startswith("SELECT")]


def test_outlets_are_read_off_an_index_added_to_an_existing_store(store_path: Path,
                                                                  tmp_path: Path):
    """Migration 9 on a store made before it: the index is built, the outlets are the
    same, and the query that lists them scans the index, never the article rows."""
    old = tmp_path / "old.db"
    with Store(store_path) as src, Store(old) as dst:
        src._db.backup(dst._db)
        expected = dst.outlets()
    con = sqlite3.connect(old)
    con.execute("DROP INDEX articles_outlet")
    con.execute("PRAGMA user_version=8")
    con.commit()
    con.close()
    with Store(old) as store:
        assert store._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.outlets() == expected and expected
        (sql,) = _sql_of(store, store.outlets)
        plan = " ".join(r[3] for r in store._db.execute("EXPLAIN QUERY PLAN " + sql))
    assert "COVERING INDEX articles_outlet" in plan, plan
    assert "SCAN articles" not in plan.replace("SCAN articles USING COVERING INDEX", "")
