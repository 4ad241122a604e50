"""The store: SQLite in WAL mode. This module owns the schema and every SQL statement.

WAL lets a reader (the web page, ``sitrep articles``) work while ingest writes. Each ingest
batch is one transaction, so a crash or ``kill -9`` leaves the store as it was before the
batch; ids come from content, so a rerun inserts exactly what was missing.

Near-duplicate buckets live in ``lsh_bands`` (see :mod:`sitrep.dedupe.minhash`) and duplicate groups
are a ``group_id`` column: the smallest article id of the connected component, which does not
depend on the order articles arrived in. ``duplicate_of`` is derived when read: the earliest
member of the group (by publication date, else capture time).
"""

from __future__ import annotations

import json
import os
import random
import re
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import dedupe
from ..documents import Article, CleanedCapture, Locator, Refusal, content_id
from ..errors import SchemaTooNewError, StoreError

DEFAULT_DB = "sitrep.db"
#: Seconds a connection waits for another's write lock (another ingest, or another process
#: creating the same store) before giving up.
BUSY_TIMEOUT = 30.0

_MIGRATIONS: tuple[str, ...] = (
    # 1: captures, articles, provenance, duplicate detection, refusals
    """
    CREATE TABLE IF NOT EXISTS captures (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        raw TEXT NOT NULL,
        encoding TEXT NOT NULL,
        source TEXT NOT NULL,
        locator TEXT NOT NULL,
        url TEXT,
        hints TEXT NOT NULL,
        captured_at TEXT NOT NULL,
        captured_at_source TEXT NOT NULL,
        note TEXT
    );
    CREATE TABLE IF NOT EXISTS capture_sources (
        capture_id TEXT NOT NULL REFERENCES captures(id),
        locator TEXT NOT NULL,
        PRIMARY KEY (capture_id, locator)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS articles (
        id TEXT PRIMARY KEY,
        capture_id TEXT NOT NULL REFERENCES captures(id),
        part TEXT NOT NULL,
        text TEXT NOT NULL,
        offsets TEXT NOT NULL,
        title TEXT,
        outlet TEXT,
        outlet_source TEXT,
        published TEXT,
        published_source TEXT,
        captured_at TEXT NOT NULL,
        language TEXT,
        related_to TEXT REFERENCES articles(id),
        text_hash TEXT NOT NULL,
        signature BLOB,
        group_id TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS articles_text_hash ON articles(text_hash);
    CREATE INDEX IF NOT EXISTS articles_group ON articles(group_id);
    CREATE INDEX IF NOT EXISTS articles_capture ON articles(capture_id);
    CREATE TABLE IF NOT EXISTS lsh_bands (
        band INTEGER NOT NULL,
        key INTEGER NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id),
        PRIMARY KEY (band, key, article_id)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS line_labels (
        capture_id TEXT NOT NULL REFERENCES captures(id),
        line INTEGER NOT NULL,
        label TEXT NOT NULL,
        reason TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        PRIMARY KEY (capture_id, line)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS refusals (
        id TEXT PRIMARY KEY,
        locator TEXT NOT NULL,
        code TEXT NOT NULL,
        message TEXT NOT NULL,
        last_seen TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid'
    );
    """,
    # 2: extraction results, redone per article when the extractor version changes
    """
    CREATE TABLE IF NOT EXISTS extractions (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        version TEXT NOT NULL,
        main_event TEXT
    );
    CREATE TABLE IF NOT EXISTS mentions (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        key TEXT NOT NULL,
        role TEXT,
        country TEXT,
        lat REAL,
        lon REAL,
        via TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
    CREATE INDEX IF NOT EXISTS mentions_key ON mentions(kind, key);
    CREATE TABLE IF NOT EXISTS figures (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        kind TEXT NOT NULL,
        subject TEXT,
        measure TEXT,
        family TEXT,
        low REAL,
        high REAL,
        unit TEXT,
        qualifier TEXT,
        change TEXT,
        start_date TEXT,
        end_date TEXT,
        vague INTEGER NOT NULL,
        speaker TEXT,
        role TEXT,
        org TEXT,
        speaker_key TEXT,
        stated_on TEXT,
        to_whom TEXT,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS figures_article ON figures(article_id);
    CREATE INDEX IF NOT EXISTS figures_subject ON figures(subject, family);
    CREATE TABLE IF NOT EXISTS statements (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        speaker TEXT,
        role TEXT,
        org TEXT,
        speaker_key TEXT,
        stated_on TEXT,
        to_whom TEXT,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS statements_article ON statements(article_id);
    CREATE TABLE IF NOT EXISTS events (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        what TEXT NOT NULL,
        when_start TEXT,
        when_end TEXT,
        place TEXT,
        who TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
    """,
    # 3: the analyst's corrections; kept apart from derived data so re-ingest keeps them
    """
    CREATE TABLE IF NOT EXISTS corrections (
        id TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT NOT NULL,
        value TEXT,
        note TEXT
    );
    CREATE INDEX IF NOT EXISTS corrections_target ON corrections(action, target);
    """,
)
SCHEMA_VERSION = len(_MIGRATIONS)

_ARTICLE_COLUMNS = ("a.id, a.capture_id, a.part, a.text, a.offsets, a.title, a.outlet, "
                    "a.outlet_source, a.published, a.published_source, a.captured_at, "
                    "a.language, a.related_to, a.group_id, c.source, c.url, c.locator, "
                    "c.captured_at_source, c.kind")
# The earliest member of each duplicate group: publication date when known, else capture time.
_FIRST_IN_GROUP = """
    FIRST_VALUE(a.id) OVER (
        PARTITION BY a.group_id
        ORDER BY COALESCE(a.published, substr(a.captured_at, 1, 10)), a.captured_at, a.id
    )
"""


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article as read back from the store, with its source and duplicate status."""

    id: str
    capture_id: str
    part: str
    text: str
    offsets: str
    title: str | None
    outlet: str | None
    outlet_source: str | None
    published: str | None
    published_source: str | None
    captured_at: str
    language: str | None
    related_to: str | None
    group_id: str
    source: str
    url: str | None
    locator: str
    captured_at_source: str
    kind: str
    duplicate_of: str | None
    group_size: int

    def as_record(self) -> dict[str, Any]:
        """The public JSON form (``sitrep articles --format jsonl``)."""
        return {
            "id": self.id, "outlet": self.outlet, "title": self.title,
            "published": self.published, "captured_at": self.captured_at,
            "captured_at_source": self.captured_at_source, "language": self.language,
            "text": self.text, "source": self.url or self.source,
            "locator": json.loads(self.locator), "duplicate_of": self.duplicate_of,
            "duplicate_group_size": self.group_size, "related_to": self.related_to,
            "capture_id": self.capture_id, "part": self.part,
        }


@dataclass(frozen=True, slots=True)
class AddResult:
    article_ids: tuple[str, ...]
    joined_groups: int  # how many of the new articles joined an existing duplicate group


def _iso(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds")


def _set_wal(db: sqlite3.Connection, attempts: int = 100) -> None:
    """Switch to WAL. Under contention (another process creating the same store) SQLite
    may report "database is locked" at once, without waiting for the busy timeout, so this
    retries for a few seconds."""
    for attempt in range(attempts):
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.02 + 0.03 * random.random())


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape_surrogate(match: re.Match[str]) -> str:
    point = ord(match.group())
    # U+DC80..U+DCFF stand for undecodable bytes (surrogateescape): show the byte
    return f"\\x{point - 0xDC00:02x}" if 0xDC80 <= point <= 0xDCFF else f"\\u{point:04x}"


def _text(value: Any) -> Any:
    """A value SQLite can store: lone surrogates in a str (a file name that was not UTF-8,
    a JSON "\\ud800" escape) become a visible escape instead of a UnicodeEncodeError.

    The last line of defence: readers should not let such text through, but one odd file
    name must not cost the batch."""
    if isinstance(value, str) and not value.isascii() and _LONE_SURROGATE.search(value):
        return _LONE_SURROGATE.sub(_escape_surrogate, value)
    return value


def _locator_json(locator: Locator) -> str:
    """A locator as stored: JSON with sorted keys, its strings made storable the same way
    as every other column (JSON's "\\udce9" would bring the surrogate back when read)."""
    return json.dumps({k: _text(v) for k, v in locator.as_dict().items()}, sort_keys=True)


def _bind(params: Sequence[Any]) -> tuple[Any, ...]:
    """Statement parameters with every str made storable (see :func:`_text`)."""
    return tuple(_text(v) for v in params)


class Store:
    """A connection to one sitrep store. Not shared between threads; open one per worker."""

    def __init__(self, path: str | os.PathLike[str] = DEFAULT_DB) -> None:
        self.path = Path(path)
        try:
            # the busy timeout comes first: another process may be creating the same store
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc
        try:
            self._db.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT * 1000)}")
            self._db.row_factory = sqlite3.Row
            _set_wal(self._db)
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:  # not a database, or locked for 30 s
            self._db.close()
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc
        except BaseException:
            self._db.close()
            raise

    # -- lifecycle ---------------------------------------------------------------------------

    def _migrate(self) -> None:
        """Bring the schema up to date in one immediate transaction.

        The version is read inside the transaction that migrates, so that two processes
        opening a new store at once do not both create it: the second waits for the first's
        write lock, then finds the schema current."""
        if self._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            return  # the common case takes no write lock: a reader never waits for ingest
        with self.transaction():
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise SchemaTooNewError(
                    f"{self.path} has schema version {version}; this sitrep knows up to "
                    f"{SCHEMA_VERSION}. Upgrade sitrep to read it.")
            for number in range(version, SCHEMA_VERSION):
                for statement in _split_sql(_MIGRATIONS[number]):
                    self._db.execute(statement)
            if version < SCHEMA_VERSION:
                self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing: a batch either lands whole or not at all."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """Inside a transaction: the writes of one document, undone alone if it fails."""
        self._db.execute("SAVEPOINT document")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK TO document")
            self._db.execute("RELEASE document")
            raise
        self._db.execute("RELEASE document")

    # -- writing ------------------------------------------------------------------------------

    def has_capture(self, capture_id: str) -> bool:
        row = self._db.execute("SELECT 1 FROM captures WHERE id=?", (capture_id,)).fetchone()
        return row is not None

    def add_capture_source(self, capture_id: str, locator: Locator) -> bool:
        """Record another place the same capture was found; True if it was new."""
        cur = self._db.execute(
            "INSERT OR IGNORE INTO capture_sources(capture_id, locator) VALUES (?, ?)",
            (capture_id, _locator_json(locator)))
        return cur.rowcount > 0

    def add_cleaned(self, cleaned: CleanedCapture,
                    fingerprints: list[dedupe.Fingerprint]) -> AddResult:
        """Insert a capture, its line labels and articles, and place each article in a group."""
        cap = cleaned.capture
        locator = _locator_json(cap.locator)
        hints = json.dumps({"url": cap.hints.url, "title": cap.hints.title,
                            "published": cap.hints.published, "outlet": cap.hints.outlet})
        self._db.execute(
            "INSERT INTO captures(id, kind, raw, encoding, source, locator, url, hints, "
            "captured_at, captured_at_source, note) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            _bind((cap.id, cap.kind, cap.raw, cap.encoding, cap.locator.source, locator,
                   cap.hints.url, hints, _iso(cap.captured_at), cap.captured_at_source,
                   cleaned.note)))
        self.add_capture_source(cap.id, cap.locator)
        self._db.executemany(
            "INSERT INTO line_labels(capture_id, line, label, reason, start, end) "
            "VALUES (?,?,?,?,?,?)",
            [_bind((cap.id, lb.line, lb.label, lb.reason, lb.start, lb.end))
             for lb in cleaned.labels])
        by_part = {a.part: a.id for a in cleaned.articles}
        joined = 0
        for article, fp in zip(cleaned.articles, fingerprints, strict=True):
            joined += self._insert_article(article, fp, by_part.get(article.related_part or ""))
        return AddResult(tuple(a.id for a in cleaned.articles), joined)

    def _insert_article(self, article: Article, fp: dedupe.Fingerprint,
                        related_to: str | None) -> int:
        groups = {r[0] for r in self._db.execute(
            "SELECT DISTINCT group_id FROM articles WHERE text_hash=?", (fp.text_hash,))}
        if fp.bands and fp.signature is not None:
            pairs = ",".join("(?,?)" for _ in fp.bands)
            params = [v for i, key in enumerate(fp.bands) for v in (i, key)]
            # a join on the VALUES list lets SQLite use the primary key for each band;
            # "(band, key) IN (VALUES ...)" scans the whole table
            rows = self._db.execute(
                f"SELECT DISTINCT a.group_id, a.signature FROM (VALUES {pairs}) v "
                f"JOIN lsh_bands b ON b.band = v.column1 AND b.key = v.column2 "
                f"JOIN articles a ON a.id = b.article_id", params).fetchall()
            groups |= {r["group_id"] for r in rows
                       if r["signature"] is not None
                       and dedupe.similarity(fp.signature, r["signature"]) >= dedupe.THRESHOLD}
        group = min(groups | {article.id})
        stale = sorted(groups - {group})
        if stale:
            marks = ",".join("?" for _ in stale)
            self._db.execute(f"UPDATE articles SET group_id=? WHERE group_id IN ({marks})",
                             (group, *stale))
        cur = self._db.execute(
            "INSERT INTO articles(id, capture_id, part, text, offsets, title, outlet, "
            "outlet_source, published, published_source, captured_at, language, related_to, "
            "text_hash, signature, group_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            _bind((article.id, article.capture_id, article.part, article.text,
                   article.offsets.to_json(), article.title, article.outlet,
                   article.outlet_source,
                   article.published.isoformat() if article.published else None,
                   article.published_source, _iso(article.captured_at), article.language,
                   related_to, fp.text_hash, fp.signature, group)))
        self._db.execute("INSERT INTO articles_fts(rowid, title, text) VALUES (?,?,?)",
                         _bind((cur.lastrowid, article.title or "", article.text)))
        self._db.executemany(
            "INSERT OR IGNORE INTO lsh_bands(band, key, article_id) VALUES (?,?,?)",
            [(i, key, article.id) for i, key in enumerate(fp.bands)])
        return 1 if groups else 0

    def record_refusal(self, refusal: Refusal, at: datetime) -> None:
        locator = _locator_json(refusal.locator)
        self._db.execute(
            "INSERT INTO refusals(id, locator, code, message, last_seen) VALUES (?,?,?,?,?) "
            "ON CONFLICT(id) DO UPDATE SET message=excluded.message, last_seen=excluded.last_seen",
            _bind((content_id(locator, refusal.reason.code, prefix="r"), locator,
                   refusal.reason.code, refusal.message, _iso(at))))

    # -- reading ------------------------------------------------------------------------------

    def articles(self, *, limit: int | None = None) -> Iterator[StoredArticle]:
        """Every article, oldest capture first, with its duplicate status."""
        sql = (f"SELECT {_ARTICLE_COLUMNS}, {_FIRST_IN_GROUP} AS first_id, "
               "COUNT(*) OVER (PARTITION BY a.group_id) AS group_size "
               "FROM articles a JOIN captures c ON c.id = a.capture_id "
               "ORDER BY a.captured_at, a.capture_id, a.part")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        for row in self._db.execute(sql):
            yield _stored(row)

    def find_article(self, id_or_prefix: str) -> StoredArticle | None:
        """One article by id or unique id prefix (as ``git`` accepts short hashes)."""
        ids = [r[0] for r in self._db.execute(
            "SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
            (id_or_prefix.replace("_", "\\_").replace("%", "\\%") + "%",))]
        if len(ids) != 1:
            return None
        row = self._db.execute(
            f"SELECT {_ARTICLE_COLUMNS}, {_FIRST_IN_GROUP} AS first_id, "
            "COUNT(*) OVER (PARTITION BY a.group_id) AS group_size "
            "FROM articles a JOIN captures c ON c.id = a.capture_id "
            "WHERE a.group_id = (SELECT group_id FROM articles WHERE id=?)", (ids[0],))
        for r in row:
            if r["id"] == ids[0]:
                return _stored(r)
        return None

    def articles_of_capture(self, capture_id: str) -> list[dict[str, Any]]:
        """Id, title and part of the main article and related stories cut from one capture."""
        return [dict(r) for r in self._db.execute(
            "SELECT id, title, part FROM articles WHERE capture_id=? ORDER BY part",
            (capture_id,))]

    def group_members(self, group_id: str) -> list[dict[str, Any]]:
        return [dict(r) for r in self._db.execute(
            "SELECT id, outlet, published, captured_at, title FROM articles WHERE group_id=? "
            "ORDER BY COALESCE(published, substr(captured_at, 1, 10)), captured_at, id",
            (group_id,))]

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
        return [dict(r) for r in self._db.execute(
            "SELECT line, label, reason, start, end FROM line_labels WHERE capture_id=? "
            "ORDER BY line", (capture_id,))]

    def refusals(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._db.execute(
            "SELECT locator, code, message, last_seen FROM refusals ORDER BY last_seen, id")]

    def counts(self) -> dict[str, int]:
        one = self._db.execute
        return {
            "captures": one("SELECT COUNT(*) FROM captures").fetchone()[0],
            "articles": one("SELECT COUNT(*) FROM articles").fetchone()[0],
            "related": one("SELECT COUNT(*) FROM articles WHERE related_to IS NOT NULL")
            .fetchone()[0],
            "duplicate_groups": one("SELECT COUNT(*) FROM (SELECT group_id FROM articles "
                                    "GROUP BY group_id HAVING COUNT(*) > 1)").fetchone()[0],
            "duplicates": one("SELECT COUNT(*) - COUNT(DISTINCT group_id) FROM articles")
            .fetchone()[0],
            "refusals": one("SELECT COUNT(*) FROM refusals").fetchone()[0],
        }

    def search(self, query: str, limit: int = 20) -> list[str]:
        """Article ids matching an FTS5 query, best first."""
        return [r[0] for r in self._db.execute(
            "SELECT a.id FROM articles_fts f JOIN articles a ON a.rowid = f.rowid "
            "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?", (query, limit))]

    # -- extraction -----------------------------------------------------------------------

    def articles_to_extract(self, version: str, *, redo: bool = False) -> list[str]:
        """Ids of the articles with no extraction at ``version`` (all of them with ``redo``).

        Ids only: the texts are read batch by batch (:meth:`extraction_inputs`), so that
        memory does not grow with the store."""
        sql = ("SELECT a.id FROM articles a "
               "LEFT JOIN extractions e ON e.article_id = a.id")
        if not redo:
            sql += " WHERE e.version IS NULL OR e.version != ?"
            return [r[0] for r in self._db.execute(sql + " ORDER BY a.id", (version,))]
        return [r[0] for r in self._db.execute(sql + " ORDER BY a.id")]

    def extraction_inputs(self, ids: Sequence[str]
                          ) -> list[tuple[str, str, str | None, str | None, str | None]]:
        """(id, text, published, language, captured_at) of the given articles, in order.

        ``captured_at`` is None when it is only a file's modification time, which says
        nothing about when the page was published."""
        marks = ",".join("?" * len(ids))
        rows = {r[0]: tuple(r) for r in self._db.execute(
            f"SELECT a.id, a.text, a.published, a.language, CASE WHEN c.captured_at_source "
            f"IN ('mtime', 'now') THEN NULL ELSE a.captured_at END FROM articles a "
            f"JOIN captures c ON c.id = a.capture_id WHERE a.id IN ({marks})", tuple(ids))}
        return [rows[i] for i in ids if i in rows]

    def save_extraction(self, article_id: str, version: str, extraction: Any) -> None:
        """Replace the extraction results of one article (call inside a transaction)."""
        for table in ("mentions", "figures", "statements", "events"):
            self._db.execute(f"DELETE FROM {table} WHERE article_id=?", (article_id,))
        self._db.execute("INSERT OR REPLACE INTO extractions(article_id, version, main_event) "
                         "VALUES (?,?,?)", _bind((article_id, version, extraction.main_event)))
        rows = []
        for m in extraction.mentions:
            place = m.place
            rows.append((content_id(article_id, "m", m.span.start, m.span.end, m.kind,
                                    prefix="m"), article_id, m.kind, m.name, m.key, m.role,
                         m.country, place.lat if place else None, place.lon if place else None,
                         m.via, m.span.start, m.span.end, m.span.text))
        self._db.executemany("INSERT OR REPLACE INTO mentions VALUES "
                             "(?,?,?,?,?,?,?,?,?,?,?,?,?)", map(_bind, rows))
        from ..extract.figures import measure_family

        rows = []
        for f in extraction.figures:
            a = f.attribution
            rows.append((content_id(article_id, "f", f.evidence.start, f.evidence.end,
                                    prefix="f"), article_id, f.kind, f.subject, f.measure,
                         "dates" if f.kind == "dates" else measure_family(f.measure, f.unit),
                         f.low, f.high, f.unit, f.qualifier,
                         json.dumps(f.change) if f.change else None,
                         f.dates.start.isoformat() if f.dates else None,
                         f.dates.end.isoformat() if f.dates else None, int(f.vague),
                         a.speaker, a.role, a.org, a.speaker_key,
                         a.stated_on_text, a.to,
                         f.evidence.start, f.evidence.end, f.evidence.text))
        self._db.executemany("INSERT OR REPLACE INTO figures VALUES "
                             "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", map(_bind, rows))
        rows = []
        for st in extraction.statements:
            a = st.attribution
            rows.append((content_id(article_id, "s", st.evidence.start, st.evidence.end,
                                    prefix="s"), article_id, a.speaker, a.role, a.org,
                         a.speaker_key, a.stated_on_text, a.to,
                         st.evidence.start, st.evidence.end, st.evidence.text))
        self._db.executemany("INSERT OR REPLACE INTO statements VALUES "
                             "(?,?,?,?,?,?,?,?,?,?,?)", map(_bind, rows))
        rows = []
        for ev in extraction.events:
            rows.append((content_id(article_id, "e", ev.evidence.start, ev.evidence.end,
                                    prefix="e"), article_id, ev.what,
                         ev.when.start.isoformat() if ev.when else None,
                         ev.when.end.isoformat() if ev.when else None, ev.where,
                         json.dumps(list(ev.who)), ev.evidence.start, ev.evidence.end,
                         ev.evidence.text))
        self._db.executemany("INSERT OR REPLACE INTO events VALUES (?,?,?,?,?,?,?,?,?,?)",
                             map(_bind, rows))

    def claims(self, table: str, *, subject: str | None = None, speaker: str | None = None,
               since: str | None = None) -> list[dict[str, Any]]:
        """Rows of ``figures``, ``statements`` or ``events`` with their article's metadata."""
        if table not in ("figures", "statements", "events"):
            raise StoreError(f"no claim table {table!r}")
        where, params = [], []
        if subject and table == "figures":
            where.append("t.subject LIKE ?")
            params.append(f"%{subject}%")
        if speaker and table != "events":
            where.append("(t.speaker LIKE ? OR t.org LIKE ?)")
            params += [f"%{speaker}%", f"%{speaker}%"]
        if since:
            # a partial date ("2026-05": said in May) counts from its first day
            column = ("t.when_start" if table == "events"
                      else "substr(t.stated_on || '-01-01', 1, 10)")
            where.append(f"COALESCE({column}, a.published, substr(a.captured_at, 1, 10)) >= ?")
            params.append(since)
        sql = (f"SELECT t.*, a.published, a.outlet, a.title, a.captured_at, a.group_id "
               f"FROM {table} t JOIN articles a ON a.id = t.article_id")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY a.published, a.id, t.start"
        rows = [dict(r) for r in self._db.execute(sql, params)]
        if table == "figures":
            aliases = self.merges("merge_subjects")
            for row in rows:
                row["subject"] = aliases.get(row["subject"], row["subject"])
        return rows

    def claims_of_article(self, article_id: str) -> dict[str, list[dict[str, Any]]]:
        """Figures, statements and mentions of one article, in text order."""
        return {table: [dict(r) for r in self._db.execute(
            f"SELECT * FROM {table} WHERE article_id=? ORDER BY start", (article_id,))]
            for table in ("figures", "statements", "mentions")}

    # -- corrections ------------------------------------------------------------------------

    def add_correction(self, action: str, target: str, value: str | None, who: str,
                       note: str | None, at: datetime) -> str:
        """Record one correction (who, when, what); returns its id."""
        stamp = at.isoformat(timespec="microseconds")  # orders corrections made in a burst
        cid = content_id(action, target, value, who, stamp, prefix="x")
        with self.transaction():
            self._db.execute("INSERT OR IGNORE INTO corrections VALUES (?,?,?,?,?,?,?)",
                             _bind((cid, stamp, who, action, target, value, note)))
        return cid

    def corrections(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._db.execute(
            "SELECT * FROM corrections ORDER BY at, id")]

    def rejected_figures(self) -> frozenset[str]:
        """Figures whose latest accept/reject correction is a rejection."""
        latest: dict[str, str] = {}
        for row in self._db.execute("SELECT target, action FROM corrections WHERE action IN "
                                    "('reject_figure', 'accept_figure') ORDER BY at, id"):
            latest[row[0]] = row[1]
        return frozenset(t for t, a in latest.items() if a == "reject_figure")

    def merges(self, action: str) -> dict[str, str]:
        """``merge_subjects`` or ``merge_entities`` corrections: old name/key -> kept one."""
        out = {row[0]: row[1] for row in self._db.execute(
            "SELECT target, value FROM corrections WHERE action=? ORDER BY at, id", (action,))}
        for key in list(out):  # follow chains a -> b -> c
            seen = {key}
            while out[key] in out and out[key] not in seen:
                seen.add(out[key])
                out[key] = out[out[key]]
        return out

    def figure_exists(self, figure_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM figures WHERE id=?",
                                (figure_id,)).fetchone() is not None

    def mentions(self, kind: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM mentions"
        params: tuple[str, ...] = ()
        if kind:
            sql += " WHERE kind=?"
            params = (kind,)
        return [dict(r) for r in self._db.execute(sql + " ORDER BY article_id, start", params)]

    def dump(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every row of every data table, sorted: two stores with equal dumps hold the same
        data. Refusals and corrections are left out: they record when something happened."""
        out = {}
        for table in ("captures", "capture_sources", "articles", "lsh_bands", "line_labels",
                      "extractions", "mentions", "figures", "statements", "events"):
            out[table] = sorted(tuple(r) for r in self._db.execute(f"SELECT * FROM {table}"))
        return out


def _stored(row: sqlite3.Row) -> StoredArticle:
    data = {k: row[k] for k in row.keys() if k  # noqa: SIM118 - Row iterates values
             not in ("first_id", "group_size")}
    first = row["first_id"]
    return StoredArticle(**data, duplicate_of=None if first == row["id"] else first,
                         group_size=row["group_size"])


def _split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
