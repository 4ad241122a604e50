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
