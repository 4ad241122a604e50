"""RSS and Atom feeds: poll each feed the analyst added, and ingest its new entries as
HTML captures.

An entry becomes a capture in one of two ways: its page is fetched (the default: a feed
often carries a teaser only), or, for a feed added with ``--no-fetch-pages``, the content
the feed itself carries is wrapped as a page. Every network request goes through
:func:`sitrep.ingest.fetch.fetch` (http(s) only, no private address, size and time
limits) and follows the site's robots.txt; a feed is fetched with the ETag and
Last-Modified of its last answer, so an unchanged feed costs one 304.
"""

from __future__ import annotations

import calendar
import hashlib
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from html import escape
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ..documents import Hints, Locator, Refusal
from ..errors import Reason
from .captures import make_capture
from .fetch import Fetched, FetchError, FetchPolicy, fetch
from .options import CaptureTime, Item
from .runner import IngestSummary, ingest_items

if TYPE_CHECKING:
    from ..store import Store

ROBOTS_AGENT = "sitrep"
_ROBOTS_BYTES = 512 * 1024


@dataclass
class Robots:
    """robots.txt per site, read once per poll. A missing one (4xx) allows everything; one
    that cannot be read (a 5xx, a refused address, a network error) stops the fetch, with
    that reason (:class:`FetchError`)."""

    policy: FetchPolicy
    parsers: dict[str, urllib.robotparser.RobotFileParser | str] = field(default_factory=dict)

    def allows(self, url: str) -> bool:
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self.parsers:
            self.parsers[site] = self._read(site)
        parser = self.parsers[site]
        if isinstance(parser, str):
            raise FetchError(parser)
        return parser.can_fetch(ROBOTS_AGENT, url)

    def _read(self, site: str) -> urllib.robotparser.RobotFileParser | str:
        parser = urllib.robotparser.RobotFileParser(site + "/robots.txt")
        try:
            answer = fetch(site + "/robots.txt",
                           replace(self.policy, max_bytes=_ROBOTS_BYTES))
        except FetchError as exc:
            if " answered 4" not in str(exc):
                return f"robots.txt unreadable, site left alone: {exc}"
            parser.parse([])
            return parser
        parser.parse(answer.body.decode("utf-8", "replace").splitlines())
        return parser


@dataclass
class FeedResult:
    """What one poll of one feed did."""

    url: str
    new_entries: int = 0
    unchanged: bool = False
    error: str | None = None
    refused: list[str] = field(default_factory=list)
    summary: IngestSummary = field(default_factory=IngestSummary)

    def describe(self) -> str:
        if self.error:
            return f"{self.url}: {self.error}"
        if self.unchanged:
            return f"{self.url}: unchanged"
        return f"{self.url}: {self.new_entries} new entries; {self.summary.describe()}"


def _key(entry: Any) -> str:
    """An entry's identity: its id, else its link, else a hash of its title and text."""
    for name in ("id", "link"):
        value = entry.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()[:2000]
    text = f"{entry.get('title', '')}\n{entry.get('summary', '')}"
    return "sha256:" + hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()


def _published(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC).date().isoformat()


def _content_page(entry: Any) -> bytes:
    """The entry's own content as a page (feedparser has sanitised its HTML)."""
    parts = entry.get("content") or []
    body = parts[0].get("value", "") if parts else entry.get("summary", "")
    title = escape(str(entry.get("title", "")))
    return (f"<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}</title>"
            f"</head><body><article><h1>{title}</h1>{body}</article></body></html>"
            ).encode()


@dataclass(frozen=True)
class _Poll:
    """What every entry of one poll shares."""

    feed: dict[str, Any]
    title: str | None
    policy: FetchPolicy
    robots: Robots
    now: datetime


def _entry_capture(entry: Any, poll: _Poll) -> Item:
    link = entry.get("link") if isinstance(entry.get("link"), str) else None
    hints = Hints(url=link, title=entry.get("title"), published=_published(entry),
                  outlet=poll.title)
    when = CaptureTime(poll.now, "feed", True)
    where = Locator(poll.feed["url"], record_id=_key(entry))
    if not poll.feed["fetch_pages"] or not link:
        return make_capture("html", _content_page(entry), where, "utf-8", when, hints)
    try:
        if not poll.robots.allows(link):
            raise FetchError(f"robots.txt of {link} disallows sitrep")
        page: Fetched = fetch(link, poll.policy)
    except FetchError as exc:
        return Refusal(Reason.UNREADABLE, where, str(exc))
    return make_capture("html", page.body, where, page.charset, when,
                        replace(hints, url=page.url))


def poll_feed(store: Store, feed: dict[str, Any], policy: FetchPolicy, robots: Robots,
              now: datetime) -> FeedResult:
    """Fetch one feed (conditionally) and ingest its entries not taken before."""
    import feedparser

    result = FeedResult(feed["url"])
    stamp = now.isoformat(timespec="seconds")
    try:
        if not robots.allows(feed["url"]):
            raise FetchError("robots.txt disallows sitrep")
        answer = fetch(feed["url"], policy, etag=feed["etag"], modified=feed["last_modified"])
    except FetchError as exc:
        result.error = str(exc)
        store.update_feed(feed["url"], last_polled=stamp, last_status=f"error: {exc}")
        return result
    if answer.status == 304:
        result.unchanged = True
        store.update_feed(feed["url"], last_polled=stamp, last_status="unchanged")
        return result
    parsed = feedparser.parse(answer.body, response_headers=answer.headers)
    if not parsed.entries and (parsed.bozo or not parsed.feed):
        result.error = f"not an RSS or Atom feed: {parsed.get('bozo_exception', 'no entries')}"
        store.update_feed(feed["url"], last_polled=stamp, last_status=f"error: {result.error}")
        return result
    seen = store.seen_entries(feed["url"])
    fresh = [e for e in parsed.entries if _key(e) not in seen]
    poll = _Poll(feed, parsed.feed.get("title"), policy, robots, now)
    items = [_entry_capture(e, poll) for e in fresh]
    result.new_entries = len(fresh)
    result.summary = ingest_items(items, store,
                                  on_refusal=lambda r: result.refused.append(r.message))
    store.mark_entries(feed["url"], [(_key(e), e.get("link")) for e in fresh], stamp)
    store.update_feed(feed["url"], title=poll.title, etag=answer.headers.get("etag"),
                      last_modified=answer.headers.get("last-modified"), last_polled=stamp,
                      last_status=f"{len(fresh)} new")
    return result


def poll_feeds(store: Store, policy: FetchPolicy | None = None,
               on_feed: Callable[[FeedResult], None] | None = None) -> list[FeedResult]:
    """Poll every feed once; a feed added with ``--allow-private`` may reach this network."""
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    policy = policy or FetchPolicy()
    results = []
    for feed in store.feeds():
        own = replace(policy, allow_private=policy.allow_private or bool(feed["allow_private"]))
        result = poll_feed(store, feed, own, Robots(own), now)
        results.append(result)
        if on_feed:
            on_feed(result)
    return results


__all__ = ["FeedResult", "Robots", "poll_feed", "poll_feeds"]
