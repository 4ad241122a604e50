"""Opening a store: WAL mode, the busy timeout, the schema brought up to date; transactions.

WAL lets a reader (the web page, ``sitrep articles``) work while ingest writes. Each ingest
batch is one transaction, so a crash or ``kill -9`` leaves the store as it was before the
batch; ids come from content, so a rerun inserts exactly what was missing.

Every part of :class:`sitrep.store.Store` builds on :class:`StoreConnection`: it holds the
one SQLite connection they share.
"""

from __future__ import annotations

import os
import random
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Self

from ..errors import StoreError

if TYPE_CHECKING:
    from .key_filter import KeyFilter
from . import relations
from .checkpointer import Checkpointer
from .migrate import migrate, schema_version
from .schema import SCHEMA_VERSION

DEFAULT_DB = "sitrep.db"
#: Seconds a connection waits for another's write lock (another ingest, or another process
#: creating the same store) before giving up.
BUSY_TIMEOUT = 30.0
#: SQLite's page cache per connection, in MiB (SQLite's default is 2 MiB). The indexes of a
#: store are keyed by content hashes, so every insert lands on a random page; once the store
#: outgrows the cache, each insert re-reads its page from the file. Held only as it is used.
CACHE_MIB = 256
#: The most an ingest's page cache grows to (:func:`ingest_cache_mib`): with two workers
#: beside it and its filter of the stored keys (store/key_filter.py, which spares the cache
#: the key tables: 74.5 MiB at 418,000 captures, so some 180 MiB at a million, since the
#: sealed tables' filters are store/sealed_filter.py's; rbloom's held 145 MiB there), an
#: ingest stays inside 2 GB.
#: 900 until the filter also held every stored signature (store/signature_memo.py: some
#: 230 MiB at a million captures), which spares the cache the ``article_minhash`` table;
#: 700 until the next batch's keys were read beside the writer (store/read_ahead.py), which
#: holds some 200 MiB more. At 1,080,000 captures, blocks of batches alternated between 700
#: and 500 MiB took the writer 6.40 and 6.52 ms a capture (BENCHMARKS.md, "The million in
#: session 37"): 2% for 200 MiB that the 2 GB limit needs.
INGEST_CACHE_MAX_MIB = 500
#: Pages the WAL may hold before SQLite copies it back into the store (its default is
#: 1,000, 4 MiB). An ingest batch writes more than that, so with the default every COMMIT
#: ran a checkpoint with its fsyncs; a larger WAL writes a page that several batches touch
#: (the upper levels of every index) once per checkpoint instead of once per batch.
WAL_CHECKPOINT_PAGES = 16_384
#: The WAL size (pages) at which the writer's commits checkpoint while a thread beside it
#: does (:meth:`StoreConnection.checkpoint_beside`): a bound should the thread fall behind.
BACKSTOP_PAGES = 4 * WAL_CHECKPOINT_PAGES


def ingest_cache_mib(store_bytes: int) -> int:
    """The page cache an ingest gives itself for a store of ``store_bytes``: a twentieth of
    the store, never less than :data:`CACHE_MIB` nor more than :data:`INGEST_CACHE_MAX_MIB`.

    Why: each capture probes the duplicate-key tables some 370 times at random. Once the
    store outgrows the operating system's file cache (23 GB against 18 GB here, at 850,000
    captures), the article text written behind every batch pushes those pages out, and the
    look-ups of 10,000 captures took 61-89 s instead of 30-45 s. Kept in SQLite's own cache
    they stay (BENCHMARKS.md, "The million run in session 9"). A cache only grows as pages
    are read, so a small store costs nothing more."""
    return max(CACHE_MIB, min(INGEST_CACHE_MAX_MIB, store_bytes // (20 * 2**20)))


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


class StoreConnection:
    """A connection to one sitrep store. Not shared between threads; open one per worker."""

    def __init__(self, path: str | os.PathLike[str] = DEFAULT_DB) -> None:
        self.path = Path(path)
        # an ingest run's filter of the stored keys (store/key_filter.py), None between runs,
        # and whether another connection wrote during this run (no filter then: it would
        # have to be built again at every batch)
        self._key_filter: KeyFilter | None = None
        self._keys_shared = False
        # the thread that copies the WAL back during an ingest (store/checkpointer.py)
        self._checkpointer: Checkpointer | None = None
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
            self._db.execute(f"PRAGMA cache_size={-CACHE_MIB * 1024}")
            self._db.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:  # not a database, or locked for 30 s
            self._db.close()
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc
        except BaseException:
            self._db.close()
            raise

    def _migrate(self) -> None:
        """Bring the schema up to date in one immediate transaction (see :func:`migrate`)."""
        if schema_version(self._db) == SCHEMA_VERSION:
            return  # the common case takes no write lock: a reader never waits for ingest
        with self.transaction():
            before = schema_version(self._db)
            migrate(self._db, self.path)
            if before > 0:  # an older store: key its articles if it has no keys yet
                relations.rebuild_passage_keys(self._db)

    def fit_cache_to_ingest(self) -> int:
        """Size the page cache for ingesting into this store as it now stands (store file and
        WAL): :func:`ingest_cache_mib`. Called before each batch, as the store grows."""
        size = sum(p.stat().st_size for p in (self.path, Path(f"{self.path}-wal"))
                   if p.exists())
        mib = ingest_cache_mib(size)
        self._db.execute(f"PRAGMA cache_size={-mib * 1024}")
        return mib

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
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
            self._forget_key_memos()
            raise
        self._db.execute("COMMIT")
        self._committed()

    @contextmanager
    def checkpoint_beside(self) -> Iterator[Checkpointer]:
        """Inside: the WAL is copied back into the store by a thread of its own after each
        commit (store/checkpointer.py), and by this connection's commits only once it holds
        :data:`BACKSTOP_PAGES`. Should the thread fail, this connection's
        commits checkpoint as before. Call outside a transaction."""
        with Checkpointer(self.path) as beside:
            self._db.execute(f"PRAGMA wal_autocheckpoint={BACKSTOP_PAGES}")
            self._checkpointer = beside
            try:
                yield beside
            finally:
                self._checkpointer = None
                self._db.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")

    @contextmanager
    def deletes_unwiped(self) -> Iterator[None]:
        """Inside: rows deleted and pages freed are overwritten with zeros only on pages
        written anyway (SQLite's ``secure_delete=FAST``). Call outside a transaction.

        Why: Debian's SQLite is built with ``SQLITE_SECURE_DELETE``, so by default every page
        a ``DROP TABLE`` or a ``DELETE`` of a whole table frees is zeroed, and so written to
        the WAL and then into the store. An ingest frees many: a merge of key segments drops
        the segments it merged, each seal empties the recent key tables (store/recent.py),
        and the full-text index drops the segments it merges. Dropping an 8 MiB table wrote
        8.9 MiB to the WAL, against 0.02 MiB with FAST (BENCHMARKS.md, "The million in
        session 43"). What an ingest deletes it has written elsewhere first (keys moved into
        a segment, index segments merged); deleting what a user asked to erase keeps the
        setting the library was built with."""
        before = int(self._db.execute("PRAGMA secure_delete").fetchone()[0])
        self._db.execute("PRAGMA secure_delete=FAST")
        try:
            yield
        finally:
            self._db.execute(f"PRAGMA secure_delete={before}")

    def _committed(self) -> None:
        beside = self._checkpointer
        if beside is None:
            return
        if beside.running:
            beside.committed()
        else:  # it failed: checkpoint here again
            self._checkpointer = None
            self._db.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")

    @contextmanager
    def savepoint_journal_in_memory(self) -> Iterator[None]:
        """Inside: SQLite keeps the journal of each savepoint (:meth:`savepoint`) in memory,
        not in a temporary file. Call outside a transaction.

        Why: an ingest stores each document in a savepoint of its own, and SQLite copies
        every page a savepoint first changes into that journal. In a file, every page was
        two ``pwrite`` calls; in memory, where a savepoint's copies are freed when it ends,
        the writer takes 0.885 of the time (BENCHMARKS.md, "The million in session 37").
        Only for the ingest, because the setting (``temp_store``) also keeps SQLite's other
        temporary tables in memory, and a reader's large sort should not."""
        before = int(self._db.execute("PRAGMA temp_store").fetchone()[0])
        self._db.execute("PRAGMA temp_store=MEMORY")
        try:
            yield
        finally:
            # inside a transaction (an error left one open) SQLite may refuse the change,
            # which must not hide that error: the setting then stays, a harmless one
            if not self._db.in_transaction:
                self._db.execute(f"PRAGMA temp_store={before}")

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """Inside a transaction: the writes of one document, undone alone if it fails."""
        self._db.execute("SAVEPOINT document")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK TO document")
            self._db.execute("RELEASE document")
            self._forget_key_memos()
            raise
        self._db.execute("RELEASE document")

    def _forget_key_memos(self) -> None:
        """What the key filter remembers of crowded and stock keys may name rows a rollback
        just undid (store/key_filter.py): forget it; the filter's bits may stay."""
        if self._key_filter is not None:
            self._key_filter.forget()
