"""The feeds the analyst added (``sitrep feeds add``), their validators (ETag,
Last-Modified) and the entries already taken, so that a poll fetches only what is new."""

from __future__ import annotations

from typing import Any

from .connection import StoreConnection
from .values import bind

_UPDATABLE = ("title", "etag", "last_modified", "last_polled", "last_status")


class Feeds(StoreConnection):
    """Feeds and their seen entries."""

    def add_feed(self, url: str, *, fetch_pages: bool, allow_private: bool, at: str) -> bool:
        """Add a feed; False when it was there already (its settings are updated)."""
        with self.transaction():
            known = self._db.execute("SELECT 1 FROM feeds WHERE url=?", (url,)).fetchone()
            self._db.execute(
                "INSERT INTO feeds(url, added_at, fetch_pages, allow_private) VALUES (?,?,?,?) "
                "ON CONFLICT(url) DO UPDATE SET fetch_pages=excluded.fetch_pages, "
                "allow_private=excluded.allow_private",
                bind((url, at, int(fetch_pages), int(allow_private))))
        return known is None

    def feeds(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._db.execute(
            "SELECT f.*, (SELECT COUNT(*) FROM feed_entries e WHERE e.feed_url = f.url) "
            "AS entries FROM feeds f ORDER BY added_at, url")]

    def update_feed(self, url: str, **values: str | None) -> None:
        """Set the feed's title, validators or last poll; other names are refused."""
        names = [k for k in values if k in _UPDATABLE]
        if len(names) != len(values):
            raise ValueError(f"cannot update {sorted(set(values) - set(names))}")
        if names:
            with self.transaction():
                self._db.execute(
                    f"UPDATE feeds SET {', '.join(f'{k}=?' for k in names)} WHERE url=?",
                    bind((*(values[k] for k in names), url)))

    def seen_entries(self, url: str) -> set[str]:
        return {r[0] for r in self._db.execute(
            "SELECT entry_key FROM feed_entries WHERE feed_url=?", (url,))}

    def mark_entries(self, url: str, entries: list[tuple[str, str | None]], at: str) -> None:
        """Record entries (key, link) as taken from the feed."""
        with self.transaction():
            self._db.executemany(
                "INSERT OR IGNORE INTO feed_entries(feed_url, entry_key, link, seen_at) "
                "VALUES (?,?,?,?)", [bind((url, key, link, at)) for key, link in entries])
