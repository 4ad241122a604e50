"""What ingest stores: captures, their articles and line labels, refusals, duplicate groups.

Near-duplicate buckets live in ``lsh_bands`` and its smaller levels (see :mod:`.recent`),
the pairs found on them in ``article_relations`` (see :mod:`.relations`), and duplicate groups are a
``group_id`` column: the smallest article id of the connected component, which
does not depend on the order articles arrived in. ``duplicate_of`` is derived when read
(see :mod:`sitrep.store.queries`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..documents import Article, CleanedCapture, Locator, Refusal
from ..errors import StoreError
from . import key_filter, recent, relations, rows
from .connection import StoreConnection
from .values import bind, iso, locator_json

if TYPE_CHECKING:  # numpy, behind dedupe, is for writing only: listings do not load it
    from .. import dedupe


@dataclass(frozen=True, slots=True)
class AddResult:
    article_ids: tuple[str, ...]
    joined_groups: int  # how many of the new articles joined an existing duplicate group


class Captures(StoreConnection):
    """Writing and reading what ingest found; one capture with its articles at a time."""

    # -- writing ------------------------------------------------------------------------------

    def has_capture(self, capture_id: str) -> bool:
        row = self._db.execute("SELECT 1 FROM captures WHERE id=?", (capture_id,)).fetchone()
        return row is not None

    def add_capture_source(self, capture_id: str, locator: Locator) -> bool:
        """Record another place the same capture was found; True if it was new."""
        cur = self._db.execute(
            "INSERT OR IGNORE INTO capture_sources(capture_id, locator) VALUES (?, ?)",
            (capture_id, locator_json(locator)))
        return cur.rowcount > 0

    def add_cleaned(self, cleaned: CleanedCapture, fingerprints: list[dedupe.Fingerprint],
                    *, index_now: bool = True) -> AddResult:
        """Insert a capture, its line labels and articles, and place each article in a group.

        With ``index_now=False`` the articles wait for :meth:`index_articles_after` to enter
        the full-text index (an ingest does so once per batch): FTS5 writes what it holds in
        memory to a new segment at every savepoint, so indexing inside the savepoint each
        capture is stored in made a segment per capture, and merging them cost the writer
        more as the store grew."""
        cap = cleaned.capture
        self._db.execute(
            f"INSERT INTO captures({', '.join(rows.CAPTURE_COLUMNS)}) "
            f"VALUES ({','.join('?' * len(rows.CAPTURE_COLUMNS))})", rows.capture_row(cleaned))
        self.add_capture_source(cap.id, cap.locator)
        joined = 0
        for article, fp in zip(cleaned.articles, fingerprints, strict=True):
            joined += self._insert_article(article, fp, rows.related_to(cleaned, article),
                                           index_now)
        return AddResult(tuple(a.id for a in cleaned.articles), joined)

    def _insert_article(self, article: Article, fp: dedupe.Fingerprint,
                        related_to: str | None, index_now: bool) -> int:
        """Insert one article into its duplicate group; 1 if it joined an existing group."""
        from ..dedupe import COPY  # numpy, behind dedupe, is for writing only

        found = relations.exact_copies(self._db, fp.text_hash)
        found += relations.near_relations(self._db, article.text, fp, self._key_filter)
        groups = {r.group_id for r in found if r.kind == COPY}
        group = min(groups | {article.id})
        stale = sorted(groups - {group})
        if stale:  # the new article bridges groups: they become one
            marks = ",".join("?" for _ in stale)
            self._db.execute(f"UPDATE articles SET group_id=? WHERE group_id IN ({marks})",
                             (group, *stale))
        cur = self._db.execute(
            f"INSERT INTO articles({', '.join(rows.ARTICLE_COLUMNS)}) "
            f"VALUES ({','.join('?' * len(rows.ARTICLE_COLUMNS))})",
            rows.article_row(article, fp, related_to, group))
        if index_now:
            self._db.execute("INSERT INTO articles_fts(rowid, title, text) VALUES (?,?,?)",
                             bind((cur.lastrowid, article.title or "", article.text)))
        if (minhash := rows.minhash_row(article.id, fp)) is not None:
            self._db.execute("INSERT OR REPLACE INTO article_minhash(article_id, signature) "
                             "VALUES (?,?)", minhash)
        recent.add_bands(self._db, rows.band_rows(article.id, fp))
        relations.record(self._db, article.id, fp, found)
        if self._key_filter is not None:
            self._key_filter.add(article.id, fp, minhash[1] if minhash else None)
        return 1 if groups else 0

    def filter_keys(self, captures_stored: int, wanted: bool | None = None) -> None:
        """Keep the key filter of an ingest run (:mod:`.key_filter`) whole: build it once
        the run has stored enough captures for it to pay (or at once, ``wanted`` True; never,
        False), bring it up to the segments sealed and merged since the last batch, and drop
        it when another connection has written the store (its keys are not in it). Call
        inside the transaction of each batch, before storing it."""
        held = self._key_filter
        if held is not None and not held.still_whole(self._db):
            held.close()
            self._key_filter, self._keys_shared = None, True
        elif held is not None:
            held.sync(self._db)
        elif not self._keys_shared and wanted is not False and (
                wanted or key_filter.worth_building(self._db, captures_stored)):
            self._key_filter = key_filter.KeyFilter(self._db)

    @contextmanager
    def batch_read(self, prints: Iterable[dedupe.Fingerprint],
                   ahead: Callable[[], list[dedupe.Fingerprint]] | None = None
                   ) -> Iterator[None]:
        """Store a batch with its keys' stored holders read first, one statement per key
        table (store/batch_keys.py), when the run has a key filter; forgotten afterwards.
        With ``ahead``, which gives the next batch's fingerprints (and may wait for them),
        those of the next batch are read beside this one as it is stored
        (store/read_ahead.py). Call inside the batch's transaction, after
        :meth:`filter_keys`, before writing."""
        if self._key_filter is None:
            yield
            return
        self._key_filter.read_batch(self._db, prints, ahead)
        try:
            yield
        finally:
            if self._key_filter is not None:
                self._key_filter.read_batch(self._db, None)

    def stop_filtering_keys(self) -> None:
        """Drop the key filter (at the end of a run: nothing keeps it whole afterwards)."""
        if self._key_filter is not None:
            self._key_filter.close()
        self._key_filter, self._keys_shared = None, False

    def last_article_rowid(self) -> int:
        """Where the articles stored from now on begin (:meth:`index_articles_after`)."""
        return int(self._db.execute("SELECT coalesce(max(rowid), 0) FROM articles").fetchone()[0])

    def index_articles_after(self, rowid: int) -> None:
        """Put the articles stored after ``rowid`` into the full-text index, in one statement
        (call inside the transaction that stored them, after the last savepoint)."""
        self._db.execute("INSERT INTO articles_fts(rowid, title, text) SELECT rowid, "
                         "coalesce(title, ''), text FROM articles WHERE rowid > ?", (rowid,))

    def article_relations(self, kind: str | None = None) -> list[relations.ArticleRelation]:
        """Recorded pairs of articles: copies and same-source rewrites (``kind`` filters)."""
        return relations.read(self._db, kind)

    def fold_recent(self, min_rows: int = recent.FOLD_ROWS, fanout: int = recent.FANOUT,
                    top_tier: int = recent.TOP_TIER) -> int:
        """Seal the recent key tables into a segment once they hold ``min_rows`` rows, and
        merge ``fanout`` segments of a tier below ``top_tier`` into one of the next (call
        inside a transaction; see :mod:`.recent`); how many recent rows were sealed."""
        return recent.fold(self._db, min_rows, fanout, top_tier)

    def record_refusal(self, refusal: Refusal, at: datetime) -> None:
        self.record_refusal_row(rows.refusal_row(refusal), at)

    def record_refusal_row(self, row: rows.Row, at: datetime) -> None:
        """Record a refusal built by :func:`sitrep.store.rows.refusal_row`."""
        self._db.execute(
            "INSERT INTO refusals(id, locator, code, message, last_seen) VALUES (?,?,?,?,?) "
            "ON CONFLICT(id) DO UPDATE SET message=excluded.message, last_seen=excluded.last_seen",
            (*row, iso(at)))

    # -- reading ------------------------------------------------------------------------------

    def capture_raw(self, capture_id: str) -> str:
        row = self._db.execute("SELECT raw FROM captures WHERE id=?", (capture_id,)).fetchone()
        if row is None:
            raise StoreError(f"no capture {capture_id}")
        return str(row[0])

    def capture_note(self, capture_id: str) -> str | None:
        row = self._db.execute("SELECT note FROM captures WHERE id=?", (capture_id,)).fetchone()
        return row[0] if row else None

    def capture_sources(self, capture_id: str) -> list[dict[str, Any]]:
        return [json.loads(r[0]) for r in self._db.execute(
            "SELECT locator FROM capture_sources WHERE capture_id=? ORDER BY locator",
            (capture_id,))]

    def line_labels(self, capture_id: str) -> list[dict[str, Any]]:
        """The capture's line labels: from its row, or for a capture stored before schema 20
        from the ``line_labels`` table, which keeps those."""
        row = self._db.execute("SELECT labels FROM captures WHERE id=?",
                               (capture_id,)).fetchone()
        if row is not None and row[0] is not None:
            return rows.labels_from_json(row[0])
        return [dict(r) for r in self._db.execute(
            "SELECT line, label, reason, start, end FROM line_labels WHERE capture_id=? "
            "ORDER BY line", (capture_id,))]

    def refusals(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._db.execute(
            "SELECT locator, code, message, last_seen FROM refusals ORDER BY last_seen, id")]
