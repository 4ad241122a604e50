"""The analyst's workspace (``sitrep serve``), page by page, through an ASGI client on a
real store built from the bundled sample corpus; its correction forms and their guard
against cross-site requests; ``sitrep search`` on the command line."""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.store import SearchFilters, Store
from sitrep.web import create_app

# starlette's TestClient asks for httpx2; httpx is what it runs on here
pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

BASE = "http://127.0.0.1"


@pytest.fixture
def db(demo_db: Path, tmp_path: Path) -> Path:
    """A copy of the demo store that a test may correct."""
    copy = tmp_path / "demo.db"
    with Store(demo_db) as src, Store(copy) as dst:
        src._db.backup(dst._db)
    return copy


def client(db: Path):
    from starlette.testclient import TestClient

    return TestClient(create_app(db, who="tester"), base_url=BASE)


def token_of(html: str) -> str:
    return re.search(r'name="token" value="([0-9a-f]+)"', html).group(1)


def test_overview_shows_findings_then_events_then_most_cited_claims(demo_db: Path):
    with client(demo_db) as c:
        page = c.get("/")
        assert page.status_code == 200
        html = page.text
    assert html.index('id="findings"') < html.index('id="events"') < html.index('id="cited"')
    with Store(demo_db) as store:
        from sitrep.ledger import ledger_from_store

        claims, findings = ledger_from_store(store)
    assert findings  # the workspace's ledger is the command line's, corrections applied
    assert set(re.findall(r'href="/finding/(g\w+)"', html)) == {f.id for f in findings}
    subjects = {c.subject for c in claims}
    assert all(f">{s}</a>" in html for s in subjects if "&" not in s and "'" not in s)


def test_finding_page_sets_its_claims_side_by_side_with_evidence(demo_db: Path):
    with Store(demo_db) as store:
        from sitrep.ledger import ledger_from_store

        _, findings = ledger_from_store(store)
        finding = next(f for f in findings if f.kind == "disagreement")
        figures = {r["id"]: r for r in store.claims("figures")}
    with client(demo_db) as c:
        html = c.get(f"/finding/{finding.id}").text
        assert c.get("/finding/g0000").status_code == 404
    assert html.count('class="claim"') == len(finding.claims) >= 2
    # each claim with the evidence of its first copies (fewer when claims are many)
    shown = 12 if len(finding.claims) <= 6 else 3
    for claim in finding.claims:
        if len(claim.figure_ids) > shown:
            assert f"and {len(claim.figure_ids) - shown} more copies" in html
    for fid in [f for claim in finding.claims for f in claim.figure_ids[:shown]]:
        row = figures[fid]
        # the evidence sentence, its span marked, a link to the figure in its article
        assert f'href="/article/{row["article_id"]}#f-{fid}"' in html
        assert f"<mark>{row['text'][:20]}" in html.replace("&#39;", "'")
        assert (row["outlet"] or "?") in html.replace("&#39;", "'")
    assert "copies" in html or "copy" in html


def test_figures_table_filters_sorts_and_pages(demo_db: Path):
    with Store(demo_db) as store:
        rows = store.claims("figures")
    subject = max({r["subject"] for r in rows if r["subject"]},
                  key=lambda s: sum(r["subject"] == s for r in rows))
    with client(demo_db) as c:
        every = c.get("/figures").text
        total = int(re.search(r"(\d+) figures · page", every).group(1))
        assert total == len(rows)
        assert every.count('data-figure="') // 2 == 50  # a row and its button; one page
        second = c.get("/figures?page=2").text
        assert set(re.findall(r'id="row-(f\w+)"', every)).isdisjoint(
            re.findall(r'id="row-(f\w+)"', second))
        narrowed = c.get("/figures", params={"subject": subject}).text
        shown = re.findall(r'data-figure="f\w+">\n<td>[^<]*</td><td>([^<]*)</td>', narrowed)
        assert 0 < len(shown) < total and set(shown) == {subject}
        by_id = {r["id"]: r for r in rows}
        spoken = c.get("/figures", params={"speaker": "Ministry"}).text
        chunks = re.findall(r'<tr id="row-f\w+".*?</tr>', spoken, re.S)
        assert chunks and int(re.search(r"(\d+) figures · page", spoken).group(1)) < total
        assert all("ministry" in chunk.lower() for chunk in chunks)
        none = c.get("/figures", params={"language": "xx"}).text
        assert "No figure matches" in none
        official = c.get("/figures", params={"source_type": "official"}).text
        assert "official" in official and "media</span>" not in official
        dated = c.get("/figures", params={"since": "2026-09-01", "until": "2026-09-30"}).text
        days = re.findall(r'<tr id="row-f\w+" class="[^"]*" data-figure="f\w+">\n<td>([^<]+)',
                          dated)
        assert days and all("2026-09-01" <= d <= "2026-09-30" for d in days)
        values = c.get("/figures?sort=value&order=desc").text
        first = re.findall(r'id="row-(f\w+)"', values)[:5]
        highs = [by_id[f]["low"] if by_id[f]["low"] is not None else by_id[f]["high"] or 0
                 for f in first]
        assert highs == sorted(highs, reverse=True)
        assert c.get("/figures?page=abc&sort=nonsense").status_code == 200


def test_article_page_marks_every_figure_and_statement_with_its_raw_line(demo_db: Path):
    with Store(demo_db) as store:
        rows = store.claims("figures")
        article_id = max({r["article_id"] for r in rows},
                         key=lambda a: sum(r["article_id"] == a for r in rows))
        claims = store.claims_of_article(article_id)
        article = store.find_article(article_id)
    with client(demo_db) as c:
        html = c.get(f"/article/{article_id}").text
        assert c.get("/article/zzzz").status_code == 404
    for f in claims["figures"]:
        assert f'id="f-{f["id"]}"' in html
    for s in claims["statements"]:
        assert f'id="s-{s["id"]}"' in html
    assert html.count('class="fig') >= len(claims["figures"])
    assert 'id="show-raw"' in html and "raw line" in html
    assert (article.outlet or "-") in html
    data = re.search(r'<script type="application/json" id="sitrep-marks">(.*?)</script>',
                     html, re.S).group(1)
    assert {m["id"] for m in json.loads(data)} >= {f["id"] for f in claims["figures"]}


def test_entity_pages_list_variants_articles_and_claims(demo_db: Path):
    with client(demo_db) as c:
        listing = c.get("/entities?kind=person").text
        ids = re.findall(r'href="/entity/(n[0-9a-f]+)"', listing)
        assert ids
        pages = [c.get(f"/entity/{i}").text for i in ids[:8]]
        assert c.get("/entity/n000").status_code == 404
    assert any("Figures given by" in p and 'href="/article/' in p for p in pages)
    assert any(re.search(r'<a href="/article/\w+#[fs]-', p) for p in pages)


def test_search_page_highlights_and_filters(demo_db: Path):
    with Store(demo_db) as store:
        expected = store.search_articles("troops", limit=1000).total
        english = store.search_articles("troops", SearchFilters(language="en")).total
    assert expected > 0
    with client(demo_db) as c:
        html = c.get("/search", params={"q": "troops"}).text
        assert f"{expected} articles hold every word" in html
        assert "<mark>troops</mark>" in html.lower()
        en = c.get("/search", params={"q": "troops", "language": "en"}).text
        assert f"{english} articles" in en
        later = c.get("/search", params={"q": "troops", "since": "2099-01-01"}).text
        assert "0 articles" in later
        # FTS5 syntax in the box is text, never an error
        odd = c.get("/search", params={"q": 'Zapad-2025 NOT " ( *'})
        assert odd.status_code == 200


def test_every_page_carries_a_strict_policy_and_refuses_foreign_hosts(demo_db: Path):
    with client(demo_db) as c:
        for url in ("/", "/figures", "/entities", "/search?q=x", "/static/style.css"):
            response = c.get(url)
            assert response.status_code == 200, url
            csp = response.headers["content-security-policy"]
            assert "script-src 'none'" in csp and "default-src 'none'" in csp
            assert "frame-ancestors 'none'" in csp
        cookie = c.get("/").headers.get("set-cookie") or ""
        rebound = c.get("/", headers={"host": "evil.example"})
        assert rebound.status_code == 400
    assert "samesite=strict" in cookie.lower() or c.cookies.get("sitrep_session")


def test_rejecting_a_figure_in_the_page_is_audited_and_removes_it(db: Path):
    with client(db) as c:
        figures = c.get("/figures").text
        fid = re.findall(r'id="row-(f\w+)"', figures)[0]
        form = {"figure_id": fid, "action": "reject", "token": token_of(figures),
                "next": "/figures", "note": "misread"}
        done = c.post("/correct/figure", data=form, headers={"origin": BASE},
                      follow_redirects=False)
        assert done.status_code == 303 and done.headers["location"] == "/figures"
        assert f'id="row-{fid}"' not in c.get("/figures").text
        assert f'id="row-{fid}"' in c.get("/figures?rejected=1").text
        c.post("/correct/figure", data={**form, "action": "accept"}, headers={"origin": BASE})
        assert f'id="row-{fid}"' in c.get("/figures").text
    with Store(db) as store:
        rows = store.corrections()
    assert [(r["action"], r["target"], r["who"]) for r in rows] == [
        ("reject_figure", fid, "tester"), ("accept_figure", fid, "tester")]
    assert rows[0]["note"] == "misread"


def test_correction_forms_refuse_cross_site_posts(db: Path):
    with client(db) as c:
        figures = c.get("/figures").text
        fid = re.findall(r'id="row-(f\w+)"', figures)[0]
        good = {"figure_id": fid, "action": "reject", "token": token_of(figures)}
        refused = [
            c.post("/correct/figure", data={**good, "token": ""}, headers={"origin": BASE}),
            c.post("/correct/figure", data={**good, "token": "0" * 64},
                   headers={"origin": BASE}),
            c.post("/correct/figure", data=good, headers={"origin": "http://evil.example"}),
            c.post("/correct/figure", data=good),  # neither Origin nor Referer
            c.post("/correct/figure", data=good,
                   headers={"referer": "http://evil.example/page"}),
        ]
        assert [r.status_code for r in refused] == [403] * 5
        # another session's token does not fit this session
        other = client(db)
        assert other.post("/correct/figure", data=good,
                          headers={"origin": BASE}).status_code == 403
        # an address outside the server is never a place to be sent back to
        sent = c.post("/correct/figure", data={**good, "next": "//evil.example/"},
                      headers={"referer": BASE + "/figures"}, follow_redirects=False)
        assert sent.status_code == 303 and sent.headers["location"] == "/"
    with Store(db) as store:
        assert len(store.corrections()) == 1


def test_merging_events_and_entities_in_the_page(db: Path):
    with client(db) as c:
        overview = c.get("/").text
        subjects = re.findall(r'<option value="([^"]+)">', overview)
        old, kept = subjects[-1], subjects[0]
        c.post("/correct/merge", headers={"origin": BASE},
               data={"kind": "subjects", "old": old, "kept": kept,
                     "token": token_of(overview)})
        listing = c.get("/entities?kind=person").text
        first, second = re.findall(r'href="/entity/(n[0-9a-f]+)"', listing)[:2]
        page = c.get(f"/entity/{first}").text
        kept_key = re.search(r'<option value="(person:[^"]+)">', page).group(1)
        old_key = re.search(r'name="old" value="(person:[^"]+)"', page).group(1)
        moved = c.post("/correct/merge", headers={"origin": BASE}, follow_redirects=False,
                       data={"kind": "entities", "old": old_key, "kept": kept_key,
                             "token": token_of(page)})
        assert moved.status_code == 303 and moved.headers["location"].startswith("/entity/")
        assert c.get(moved.headers["location"]).status_code == 200
        assert f'href="/entity/{first}"' not in c.get("/entities?kind=person").text
    with Store(db) as store:
        assert store.merges("merge_subjects") == {old: kept}
        assert store.merges("merge_entities") == {old_key: kept_key}
    assert second


def test_search_command_matches_the_page(demo_db: Path):
    runner = CliRunner()
    table = runner.invoke(main, ["search", "troops", "--db", str(demo_db)])
    assert table.exit_code == 0, table.output
    lines = runner.invoke(main, ["search", "troops", "--limit", "500", "--format", "jsonl",
                                 "--db", str(demo_db)])
    assert lines.exit_code == 0, lines.output
    hits = [json.loads(line) for line in lines.output.splitlines()]
    with Store(demo_db) as store:
        page = store.search_articles("troops", limit=500)
    assert [h["id"] for h in hits] == [h["id"] for h in page.hits]
    assert f"{page.total} articles hold every word" in table.output
    assert all(w.lower().startswith("troop") for h in hits for w in h["hits"])
    assert "[troops]" in table.output.lower()
    bad = runner.invoke(main, ["search", '"', "--db", str(demo_db)])
    assert bad.exit_code == 1 and "no word" in bad.output


def test_pages_are_served_while_an_ingest_writes(db: Path, tmp_path: Path):
    """Readers in WAL mode never see "database is locked": pages keep coming while another
    connection ingests captures batch by batch."""
    from synth import write_captures

    from sitrep.ingest.readers import ReadOptions
    from sitrep.ingest.runner import ingest

    folder = tmp_path / "captures"
    folder.mkdir()
    write_captures(folder, 300)
    done = threading.Event()
    failures: list[BaseException] = []

    def write() -> None:
        try:
            with Store(db) as store:
                ingest([str(folder)], store, ReadOptions(), batch_size=20)
        except BaseException as exc:  # reported by the test below
            failures.append(exc)
        finally:
            done.set()

    writer = threading.Thread(target=write)
    statuses = []
    with client(db) as c:
        writer.start()
        urls = ("/", "/figures", "/search?q=personnel", "/entities", "/figures?page=2")
        while not done.is_set() or len(statuses) < 50:
            statuses.append(c.get(urls[len(statuses) % len(urls)]).status_code)
    writer.join()
    assert not failures
    assert set(statuses) == {200}, statuses
    with Store(db) as store:
        assert store.counts()["captures"] >= 300


def test_serve_runs_on_this_machine_only_by_default(demo_db: Path, tmp_path: Path):
    """The command itself: it refuses a missing store, and serves the store on 127.0.0.1."""
    import os
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    host = next(p for p in main.commands["serve"].params if p.name == "host")
    assert host.default == "127.0.0.1"
    missing = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and "no store" in missing.output
    assert not (tmp_path / "none.db").exists()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    server = subprocess.Popen([sys.executable, "-m", "sitrep", "serve", "--port", str(port),
                               "--db", str(demo_db)], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT)
    try:
        deadline, page = time.monotonic() + 60, None
        while page is None and time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as r:
                    page = (r.status, r.headers["Content-Security-Policy"], r.read())
            except OSError:
                time.sleep(0.2)
        assert page is not None and page[0] == 200 and "script-src 'none'" in page[1]
        assert b'id="findings"' in page[2]
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_pages_use_the_ledger_at_hand_while_a_newer_one_is_computed(db: Path, tmp_path: Path):
    """During an ingest each batch changes the store: a page is served from the ledger at
    hand (marked stale) while one thread computes the new one; the analyst's own
    correction waits for it."""
    import time
    from datetime import datetime

    from sitrep.ingest.readers import ReadOptions
    from sitrep.ingest.runner import ingest
    from sitrep.web.workspace import WorkspaceCache

    cache = WorkspaceCache(lambda: Store(db))
    with Store(db) as store:
        first = cache.get(store)
        assert cache.get(store) is first and not cache.stale(store)
        (tmp_path / "new.txt").write_text(
            "Officials in Grodno said on Monday that 40 families had been moved from "
            "villages near the river after the flood, the regional office said.\n")
        ingest([str(tmp_path / "new.txt")], store, ReadOptions())
        assert cache.get(store) is first and cache.stale(store)  # at once, stale
        deadline = time.monotonic() + 60
        while cache.stale(store) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not cache.stale(store) and cache.get(store) is not first
        second = cache.get(store)
        store.add_correction("reject_figure", second.figures[0]["id"], None, "t", None,
                             datetime(2026, 9, 1, 12, 0))
        fresh = cache.get(store, fresh=True)
        assert fresh is not second and fresh.figures[0]["id"] in fresh.rejected
    with client(db) as c:
        assert "The store is changing" not in c.get("/").text


def test_findings_page_lists_every_finding_by_kind(demo_db: Path):
    from sitrep.ledger import ledger_from_store

    with Store(demo_db) as store:
        _, findings = ledger_from_store(store)
    with client(demo_db) as c:
        every = c.get("/findings").text
        revisions = c.get("/findings", params={"kind": "revision"}).text
        assert c.get("/findings?page=abc").status_code == 200
    assert set(re.findall(r'href="/finding/(g\w+)"', every)) == {f.id for f in findings}
    assert set(re.findall(r'href="/finding/(g\w+)"', revisions)) == {
        f.id for f in findings if f.kind == "revision"}
