"""Feeds against a real HTTP server on 127.0.0.1: RSS, Atom, a broken feed, a redirect to
a private address, a huge page, a slow page, robots.txt and ETag.

The server is on this machine, which the fetcher refuses by default; the tests open
exactly 127.0.0.1 (``allow_addresses``) and check that everything else private stays
closed: a redirect to the cloud metadata address, a name resolving to loopback.
"""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.ingest.feeds import poll_feeds
from sitrep.ingest.fetch import FetchError, FetchPolicy, fetch, resolve
from sitrep.store import Store

PAGE = ("<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        "<p>Regional officials in Grodno said on Monday that {n} families had been moved "
        "from villages along the Neman after the river rose overnight.</p><p>Rescue teams "
        "from Lida and Slonim worked through the night, the regional office said, and "
        "schools in three districts stayed closed on Tuesday.</p></article></body></html>")


def rss(base: str) -> str:
    items = "".join(
        f"<item><title>Flood update {n}</title><link>{base}/page/{n}.html</link>"
        f"<guid>flood-{n}</guid><pubDate>Mon, 0{n} Sep 2026 10:00:00 GMT</pubDate>"
        f"<description>Teaser {n}</description></item>" for n in (1, 2))
    items += (f"<item><title>Robots say no</title><link>{base}/private/3.html</link>"
              "<guid>flood-3</guid></item>"
              f"<item><title>Huge</title><link>{base}/huge</link><guid>huge</guid></item>"
              f"<item><title>Slow</title><link>{base}/slow</link><guid>slow</guid></item>"
              f"<item><title>Away</title><link>{base}/to-metadata</link><guid>away</guid>"
              "</item>")
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Neman Courier</title>'
            f"<link>{base}/</link>{items}</channel></rss>")


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Polesie Wire</title>
<id>urn:polesie</id><updated>2026-09-03T10:00:00Z</updated>
<entry><title>Pinsk dam holds</title><id>urn:polesie:1</id>
<updated>2026-09-03T10:00:00Z</updated><link href="http://127.0.0.1/nowhere"/>
<content type="html">&lt;p&gt;Officials in Pinsk said on Wednesday that 240 residents had
returned home after the dam held, and that 35 roads were still closed.&lt;/p&gt;
&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;p&gt;Engineers from Brest inspected the
dam on Thursday and found no new damage, the district office said.&lt;/p&gt;</content>
</entry></feed>"""


class Handler(http.server.BaseHTTPRequestHandler):
    requests: list[tuple[str, dict[str, str]]]

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes = b"", ctype: str = "text/html",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # one branch per route of the test site
        self.requests.append((self.path, dict(self.headers)))
        base = f"http://127.0.0.1:{self.server.server_port}"
        if self.path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif self.path == "/rss.xml":
            if self.headers.get("If-None-Match") == '"v1"':
                self._send(304)
            else:
                self._send(200, rss(base).encode(), "application/rss+xml", {"ETag": '"v1"'})
        elif self.path == "/atom.xml":
            self._send(200, ATOM.encode(), "application/atom+xml")
        elif self.path == "/broken.xml":
            self._send(200, b"<html><body>Not a feed <<<", "text/html")
        elif self.path.startswith(("/page/", "/private/")):
            n = self.path.rsplit("/", 1)[1].split(".")[0]
            self._send(200, PAGE.format(title=f"Flood update {n}", n=10 * int(n)).encode())
        elif self.path == "/to-metadata":
            self._send(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
        elif self.path == "/huge":  # no Content-Length: only counting stops it
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"x" * 65_536 + b"</p>"
            for _ in range(64):
                self.wfile.write(chunk)
        elif self.path == "/slow":  # a byte at a time, never done in time
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(40):
                self.wfile.write(b"<p>")
                self.wfile.flush()
                time.sleep(0.25)
        else:
            self._send(404, b"no")


@contextmanager
def site() -> Iterator[tuple[str, list]]:
    requests: list[tuple[str, dict[str, str]]] = []
    handler = type("H", (Handler,), {"requests": requests})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", requests
    finally:
        server.shutdown()


POLICY = FetchPolicy(allow_addresses=frozenset({"127.0.0.1"}), max_bytes=1024 * 1024,
                     timeout=2.0)


def _add(db: Path, url: str, *flags: str) -> None:
    result = CliRunner().invoke(main, ["feeds", "add", url, *flags, "--db", str(db)])
    assert result.exit_code == 0, result.output


def test_rss_entries_are_fetched_within_the_limits(tmp_path: Path):
    db = tmp_path / "f.db"
    with site() as (base, requests):
        _add(db, f"{base}/rss.xml")
        with Store(db) as store:
            [result] = poll_feeds(store, POLICY)
            titles = sorted(a.title or "" for a in store.articles())
            sources = {a.url for a in store.articles()}
        assert result.error is None and result.new_entries == 6
        assert titles == ["Flood update 1", "Flood update 2"]
        assert sources == {f"{base}/page/1.html", f"{base}/page/2.html"}
        why = "\n".join(result.refused)
        assert "robots.txt" in why and "private/3.html" in why  # robots honoured
        assert "over the limit" in why  # the huge page
        assert "longer than 2 s" in why or "timed out" in why  # the slow page
        assert "169.254.169.254" in why and "private or local" in why  # the redirect
        assert not any(path.startswith("/private/") for path, _ in requests)
        agents = {h.get("User-Agent") for _, h in requests}
        assert agents == {POLICY.user_agent}
        # a second poll sends the ETag, gets a 304 and fetches no page again
        before = len(requests)
        with Store(db) as store:
            [again] = poll_feeds(store, POLICY)
            assert store.counts()["captures"] == 2
        assert again.unchanged
        assert [p for p, _ in requests[before:]] == ["/robots.txt", "/rss.xml"]
        assert requests[-1][1].get("If-None-Match") == '"v1"'


def test_atom_content_is_ingested_when_pages_are_not_wanted(tmp_path: Path):
    db = tmp_path / "f.db"
    with site() as (base, requests):
        _add(db, f"{base}/atom.xml", "--no-fetch-pages")
        with Store(db) as store:
            [result] = poll_feeds(store, POLICY)
            [article] = list(store.articles())
    assert result.new_entries == 1 and article.title == "Pinsk dam holds"
    assert "240 residents" in article.text and "__pwned" not in article.text
    assert article.outlet == "Polesie Wire" and article.published == "2026-09-03"
    assert [p for p, _ in requests] == ["/robots.txt", "/atom.xml"]  # no page fetched


def test_a_broken_feed_is_reported_and_the_others_still_polled(tmp_path: Path):
    db = tmp_path / "f.db"
    with site() as (base, _):
        _add(db, f"{base}/broken.xml")
        _add(db, f"{base}/atom.xml", "--no-fetch-pages")
        with Store(db) as store:
            results = {r.url: r for r in poll_feeds(store, POLICY)}
            broken, atom = results[f"{base}/broken.xml"], results[f"{base}/atom.xml"]
            listed = {f["url"]: f for f in store.feeds()}
    assert broken.error and "not an RSS or Atom feed" in broken.error
    assert atom.error is None and atom.new_entries == 1
    assert listed[f"{base}/broken.xml"]["last_status"].startswith("error")


def test_private_and_local_addresses_are_refused_by_default(tmp_path: Path):
    for url in ("http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/feed",
                "http://[::1]/feed", "http://0.0.0.0/feed", "ftp://example.org/feed",
                "file:///etc/passwd"):
        with pytest.raises(FetchError):
            fetch(url, FetchPolicy(timeout=1.0))
    with pytest.raises(FetchError, match="private or local"):  # after DNS resolution
        resolve("localhost", 80, FetchPolicy())
    db = tmp_path / "f.db"
    with site() as (base, requests):
        _add(db, f"{base}/rss.xml")
        refused = CliRunner().invoke(main, ["feeds", "poll", "--no-extract", "--db", str(db)])
        assert refused.exit_code == 0 and "private or local" in refused.output
        assert requests == []  # nothing was sent
        allowed = CliRunner().invoke(main, ["feeds", "poll", "--allow-private",
                                            "--no-extract", "--db", str(db)])
        assert allowed.exit_code == 0, allowed.output
        assert "6 new entries" in allowed.output
    listing = CliRunner().invoke(main, ["feeds", "list", "--format", "jsonl", "--db", str(db)])
    assert '"entries": 6' in listing.output


def test_feeds_add_refuses_what_is_not_http(tmp_path: Path):
    result = CliRunner().invoke(main, ["feeds", "add", "file:///etc/passwd",
                                       "--db", str(tmp_path / "f.db")])
    assert result.exit_code == 2 and "http or https" in result.output


def test_poll_intervals_read_as_durations():
    import click

    from sitrep.cli.feeds import parse_every

    assert [parse_every(t) for t in ("15m", "1h", "90s", "2d", "600")] == [
        900, 3600, 90, 172800, 600]
    assert parse_every("5s") == 60  # never more often than once a minute
    with pytest.raises(click.BadParameter):
        parse_every("soon")
