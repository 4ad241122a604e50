"""The workspace's first page on a store whose ledger is not computed yet: it answers at
once with what the store can say cheaply (its counts), reloads itself, and shows the
ledger once it is computed, through an ASGI client on a real store."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from sitrep.store import Store
from sitrep.web import create_app

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")


def test_first_page_answers_at_once_then_shows_the_ledger(demo_db: Path):
    from starlette.testclient import TestClient

    with Store(demo_db) as store:
        counts = store.counts()
    # no lifespan (not entered as a context manager): the first page starts the work
    c = TestClient(create_app(demo_db, wait=0.0), base_url="http://127.0.0.1")
    started = time.monotonic()
    first = c.get("/")
    assert time.monotonic() - started < 5  # not the ledger's computation
    assert first.status_code == 503
    assert first.headers["Refresh"] == first.headers["Retry-After"] == "5"
    assert "Computing the ledger" in first.text
    assert f"<td>{counts['articles']}</td>" in first.text
    assert c.get("/search?q=flood").status_code == 200  # search needs no ledger
    deadline = time.monotonic() + 120
    page = c.get("/figures")
    while page.status_code == 503 and time.monotonic() < deadline:
        time.sleep(0.2)
        page = c.get("/figures")
    assert page.status_code == 200 and "Computing the ledger" not in page.text
    assert 'id="findings"' in c.get("/").text


def test_without_a_wait_the_first_page_waits_for_the_ledger(demo_db: Path):
    from starlette.testclient import TestClient

    c = TestClient(create_app(demo_db), base_url="http://127.0.0.1")
    page = c.get("/")
    assert page.status_code == 200 and 'id="findings"' in page.text


def test_the_workspace_keeps_its_findings_for_the_next_start(demo_db: Path, tmp_path: Path):
    """The findings the workspace computes are kept in the store as `sitrep findings`
    keeps them (the same records), and a workspace started again lists them at once."""
    import json

    from starlette.testclient import TestClient

    from sitrep.ledger import ledger_from_store
    from sitrep.web.workspace import WorkspaceCache, findings_key

    db = tmp_path / "copy.db"
    with Store(demo_db) as src, Store(db) as dst:
        src._db.backup(dst._db)
    with Store(db) as store:
        key = findings_key(store.ledger_generation())
        store.keep_findings("another state", [])  # drops what the demo kept
        assert store.cached_findings(key) is None
        WorkspaceCache(lambda: Store(db)).get(store)
        kept = store.cached_findings(key)
        computed = [f.as_record() for f in ledger_from_store(store)[1]]
    assert kept and kept == json.loads(json.dumps(computed))
    c = TestClient(create_app(db, wait=0.0), base_url="http://127.0.0.1")
    first = c.get("/")
    assert first.status_code == 503 and "as kept in the store" in first.text
    assert all(f["explanation"][:30] in first.text.replace("&#39;", "'")
               for f in kept[:50])
