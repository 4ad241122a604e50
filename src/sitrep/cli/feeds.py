"""``sitrep feeds add|list|poll``: RSS and Atom feeds, the only network sitrep uses."""

from __future__ import annotations

import json
import re
import time

import click

from .app import _open, _table, db_option, format_option, main, workers_option
from .messages import say

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)")
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(text: str) -> float:
    """"15m", "1h", "90s", "90" (seconds) -> seconds; at least one minute."""
    match = _DURATION.fullmatch(text.strip().lower())
    if not match:
        raise click.BadParameter(f"{text!r}: a duration like 15m, 1h or 90s")
    return max(60.0, float(match.group(1)) * _UNIT[match.group(2)])


@main.group()
def feeds() -> None:
    """RSS and Atom feeds: add them, list them, poll them for new entries.

    The network is used only here, and only for the feeds you add: http(s) only, the
    site's robots.txt honoured, ETag and Last-Modified sent, size and time limited, and
    private or local addresses refused unless --allow-private.

    \b
    Examples:
      sitrep feeds add https://news.example/rss.xml
      sitrep feeds poll --every 15m
    """


@feeds.command("add")
@click.argument("url")
@click.option("--fetch-pages/--no-fetch-pages", default=True, show_default=True,
              help="Fetch each entry's page, or ingest the content the feed carries.")
@click.option("--allow-private", is_flag=True,
              help="Let this feed (and its pages) be on a private or local address.")
@db_option()
def feeds_add(url: str, fetch_pages: bool, allow_private: bool, db: str) -> None:
    """Add a feed; nothing is fetched until `sitrep feeds poll`.

    \b
    Example:
      sitrep feeds add https://news.example/world/rss.xml --no-fetch-pages
    """
    from datetime import UTC, datetime
    from urllib.parse import urlsplit

    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise click.BadParameter(f"{url!r}: a feed is an http or https address",
                                 param_hint="URL")
    with _open(db, create=True) as store:
        new = store.add_feed(url.strip(), fetch_pages=fetch_pages, allow_private=allow_private,
                             at=datetime.now(UTC).replace(tzinfo=None).isoformat(
                                 timespec="seconds"))
    say(f"{'added' if new else 'updated'} {url.strip()}")


@feeds.command("list")
@format_option
@db_option()
def feeds_list(fmt: str, db: str) -> None:
    """The feeds added, when each was last polled and what came of it.

    \b
    Example:
      sitrep feeds list --format jsonl
    """
    with _open(db) as store:
        rows = store.feeds()
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    _table(("url", "title", "entries", "last polled", "status"),
           [(r["url"][:60], (r["title"] or "-")[:30], str(r["entries"]),
             r["last_polled"] or "never", (r["last_status"] or "")[:50]) for r in rows])


@feeds.command("poll")
@click.option("--every", metavar="DURATION",
              help="Poll again after this long (15m, 1h), until Ctrl-C; once without it.")
@click.option("--allow-private", is_flag=True,
              help="Let every feed reach private or local addresses.")
@click.option("--extract/--no-extract", default=True, show_default=True,
              help="Extract figures, statements, events and entities after each poll.")
@workers_option
@db_option()
def feeds_poll(every: str | None, allow_private: bool, extract: bool, workers: str,
               db: str) -> None:
    """Fetch every feed and ingest its new entries as HTML captures.

    \b
    Examples:
      sitrep feeds poll
      sitrep feeds poll --every 15m
    """
    from ..ingest.feeds import poll_feeds
    from ..ingest.fetch import FetchPolicy
    from .core import _extract

    pause = parse_every(every) if every else None
    with _open(db) as store:
        while True:
            results = poll_feeds(store, FetchPolicy(allow_private=allow_private),
                                 on_feed=lambda r: say(r.describe()))
            for result in results:
                for line in result.refused:
                    say(f"refused: {line}", err=True)
            if extract and any(r.summary.articles for r in results):
                report = _extract(store, workers=workers)
                say(f"{report.done} articles extracted")
            if pause is None:
                break
            try:
                time.sleep(pause)
            except KeyboardInterrupt:
                say("stopped")
                break
