"""The entity page on a real store: the statements it reads with one query are those a
row-by-row reading of the entity's articles finds, and its lists come a page at a time."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitrep.store import Store
from sitrep.web import create_app
from sitrep.web.views import _speaks_for
from sitrep.web.workspace import build_workspace

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")


def test_statements_by_finds_what_reading_every_statement_finds(demo_db: Path):
    with Store(demo_db) as store:
        ws = build_workspace(store)
        checked = 0
        for entity in ws.entities:
            ids = sorted(entity.article_ids)
            every = [st for st in store.statements_of(ids) if _speaks_for(st, entity)]
            if entity.kind == "person":
                got = store.statements_by(ids, surname=entity.key.split("/", 1)[0])
            else:
                got = store.statements_by(ids, {entity.name, *entity.variants})
            assert [st["id"] for st in got if _speaks_for(st, entity)] == [
                st["id"] for st in every], entity.name
            checked += bool(every)
        assert checked >= 3  # people and organisations that made statements
        assert store.statements_by(ids) == []  # no name, no speaker


def test_entity_page_lists_come_a_page_at_a_time(demo_db: Path, monkeypatch):
    from starlette.testclient import TestClient

    from sitrep.web import pages

    monkeypatch.setattr(pages, "ENTITY_PAGE", 2)  # the demo's entities have few rows
    with Store(demo_db) as store:
        ws = build_workspace(store)
    entity = max(ws.entities, key=lambda e: len(e.article_ids) if e.kind == "org" else 0)
    with TestClient(create_app(demo_db), base_url="http://127.0.0.1") as c:
        first = c.get(f"/entity/{entity.id}").text
        shown = re.findall(r'href="/article/\w+#[fs]-(\w+)"', first)
        last = re.search(r"page 1 of (\d+)", first)
        assert last, "an organisation of the demo has more than two rows in a list"
        pages_seen = [shown]
        for number in range(2, int(last.group(1)) + 1):
            html = c.get(f"/entity/{entity.id}?page={number}").text
            assert f"page {number} of {last.group(1)}" in html
            pages_seen.append(re.findall(r'href="/article/\w+#[fs]-(\w+)"', html))
        assert c.get(f"/entity/{entity.id}?page=x").status_code == 200
    seen = [fid for page in pages_seen for fid in page]
    assert all(len(page) <= 6 for page in pages_seen)  # three lists of two
    totals = [int(n) for n in re.findall(r'<span class="small">\((\d+)\)</span>', first)]
    assert len(seen) == sum(totals) and len(set(seen)) == len(seen) > 2
