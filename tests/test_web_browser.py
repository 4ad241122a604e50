"""The workspace in a real browser: Debian's Chromium through Playwright, against uvicorn
serving on 127.0.0.1 in this process.

Two things are checked the way an analyst would meet them: the flow of a session on the
sample corpus (overview, a finding, its evidence in the article, a search, a rejected
figure gone), and hostile captures (script, ``onerror``, ``javascript:`` links and
``</script>`` in the page's JSON) that must run nothing on any page. Any request that
would leave 127.0.0.1 fails the test.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from browser import CHROMIUM, Visit, keep_on_this_machine, needs_chromium
from click.testing import CliRunner
from test_report_security import ARTICLES, PAGE, _Tags

from sitrep.cli import main
from sitrep.web import create_app

DOCS = Path(__file__).resolve().parents[1] / "docs"
# starlette's TestClient asks for httpx2; httpx is what it runs on here
pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """The workspace on a free port of 127.0.0.1, in a thread; yields its base URL."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@contextmanager
def browsing(base: str) -> Iterator[Visit]:
    """A Chromium page that can reach ``base`` and nothing else."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        visit = Visit(page, base)
        keep_on_this_machine(visit)
        page.add_init_script("window.__violations = [];"
                             "document.addEventListener('securitypolicyviolation',"
                             " e => window.__violations.push(e.violatedDirective));")
        page.set_default_timeout(60_000)
        yield visit
        browser.close()


def _shot(page: Any, folder: Path, name: str) -> None:
    path = folder / name
    page.screenshot(path=str(path), full_page=False)
    assert path.stat().st_size > 10_000
    if os.environ.get("SITREP_UPDATE_DOCS"):
        DOCS.mkdir(exist_ok=True)
        shutil.copy(path, DOCS / name)


@needs_chromium
def test_an_analysts_session_in_chromium(demo_db: Path, tmp_path: Path):
    db = tmp_path / "session.db"
    shutil.copy(demo_db, db)
    with serving(db) as base, browsing(base) as visit:
        page = visit.page
        page.goto(base)
        findings = page.locator(".finding a.kind")
        assert findings.count() >= 3
        _shot(page, tmp_path, "serve-overview.png")
        # a finding, its claims side by side, then the evidence in its article
        findings.first.click()
        page.wait_for_url("**/finding/*")
        assert page.locator("section.claim").count() >= 2
        assert page.locator(".evidence mark").count() >= 2
        _shot(page, tmp_path, "serve-finding.png")
        link = page.locator("a.to-article").first
        figure = link.get_attribute("href").split("#f-")[1]
        link.click()
        page.wait_for_url("**/article/*")
        anchor = page.locator(f"#f-{figure}")
        assert anchor.count() == 1
        assert page.locator("span.fig").count() >= 1
        page.check("#show-raw")
        assert page.locator("sup.raw").first.is_visible()
        _shot(page, tmp_path, "serve-article.png")
        # search from the box every page has
        page.fill("nav.top input[name=q]", "troops")
        page.press("nav.top input[name=q]", "Enter")
        page.wait_for_url("**/search?q=troops*")
        assert page.locator("ol.hits li").count() >= 3
        assert page.locator(".snippet mark").count() >= 3
        # reject a figure: it leaves the table
        page.goto(urljoin(base, "figures"))
        first = page.locator("button.reject").first
        rejected = first.get_attribute("data-figure")
        assert page.locator(f"#row-{rejected}").count() == 1
        first.click()
        page.wait_for_url("**/figures")
        assert page.locator(f"#row-{rejected}").count() == 0
        assert page.evaluate("window.__violations") == []
    assert visit.outside == [] and visit.dialogs == []


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("hostile-web")
    lines = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES)
    (tmp / "payloads.jsonl").write_text(lines, encoding="utf-8")
    (tmp / "page.html").write_text(PAGE, encoding="utf-8")
    db = tmp / "h.db"
    for name in ("payloads.jsonl", "page.html"):
        result = CliRunner().invoke(main, ["ingest", str(tmp / name), "--captured-at",
                                           "2026-03-10", "--db", str(db)])
        assert result.exit_code == 0, result.output
    return db


def _pages(client: Any) -> list[str]:
    """Every page of the hostile store: overview, findings, articles, entities, searches."""
    import re

    overview = client.get("/").text
    urls = ["/", "/figures", "/figures?rejected=1", "/entities", "/alerts", "/search?q=troops",
            "/search?q=script", "/search?q=pwned", "/search?q=javascript"]
    urls += sorted(set(re.findall(r'href="(/finding/g\w+)"', overview)))
    urls += sorted(set(re.findall(r'href="(/article/a\w+)', client.get("/figures").text)))
    urls += sorted(set(re.findall(r'href="(/entity/n\w+)"', client.get("/entities").text)))
    return urls


def test_hostile_captures_reach_the_pages_only_as_text(hostile_db: Path):
    from starlette.testclient import TestClient

    with TestClient(create_app(hostile_db), base_url="http://127.0.0.1") as client:
        urls = _pages(client)
        assert any(u.startswith("/article/") for u in urls)
        assert any(u.startswith("/entity/") for u in urls)
        html = {u: client.get(u).text for u in urls}
    joined = "\n".join(html.values())
    for shown in ("&lt;img src=x onerror=window.__pwned=1&gt;",
                  "&lt;script&gt;window.__pwned=2&lt;/script&gt;",
                  "&lt;/script&gt;&lt;script&gt;window.__pwned=3&lt;/script&gt;",
                  "javascript:window.__pwned=5"):
        assert shown in joined, shown  # the payloads are there, as text
    for url, page in html.items():
        parser = _Tags()
        parser.feed(page)
        tags = {tag for tag, _ in parser.tags}
        assert not tags & {"img", "iframe", "svg", "object", "embed", "b", "base"}, url
        for tag, attrs in parser.tags:
            assert not [a for a in attrs if a.startswith("on")], (url, tag, attrs)
            if tag == "script":
                assert attrs.get("type") == "application/json", url
            href = attrs.get("href")
            if href is not None:
                assert href.startswith(("/", "#")) or urlsplit(href).scheme in (
                    "http", "https"), (url, href)
        for script in parser.scripts:  # data only, and it cannot close its block
            assert "<" not in script
            json.loads(script)
    article = next(p for u, p in html.items() if u.startswith("/article/")
                   and "window.__pwned=3" in p)
    assert "\\u003c/script\\u003e" in article


@needs_chromium
def test_hostile_captures_run_nothing_in_chromium(hostile_db: Path):
    from starlette.testclient import TestClient

    with TestClient(create_app(hostile_db), base_url="http://127.0.0.1") as client:
        urls = _pages(client)
    with serving(hostile_db) as base, browsing(base) as visit:
        page = visit.page
        for url in urls:
            page.goto(urljoin(base, url.lstrip("/")))
            page.evaluate("""for (const el of document.querySelectorAll('*')) {
                for (const t of ['mouseover', 'mouseenter', 'focus', 'click'])
                    if (el.tagName !== 'A' && el.tagName !== 'BUTTON')
                        el.dispatchEvent(new Event(t));
            }""")
            assert page.evaluate("window.__pwned") is None, url
            assert page.evaluate("window.__violations") == [], url
    assert visit.outside == [] and visit.dialogs == []
