"""The next ingest batch's keys, read beside the writer while it stores the batch before.

Why: the read of a batch's stored key holders (store/batch_keys.py) grows with the store,
from 0.25 ms a capture in the first 10,000 captures to 2.9 ms at a million, a third of what
the writer spends by then, and the writer is the run's bottleneck (the worker processes
that prepare the captures wait on it half the time: BENCHMARKS.md, "The million in session
34"). Most of that read is SQLite probing the key tables, which it does without Python's
lock, so a thread with a connection of its own does it while the writer stores. What it
still does holding the lock costs the writer a wait each time: its statements return one
string each (store/batch_keys.py), and the ingest hands the lock on every half millisecond
(ingest/threads.py); without the two, the thread cost the writer as much as it spared it
(BENCHMARKS.md, "The million in session 36").

Exact, as the writer's own read is: the thread reads from the store as it was committed when
the batch before began (its read transaction starts then, in the writer's thread), and the
writer then adds, from memory, the holders it stored in that batch
(:meth:`BatchKeys.add_stored`): those two make the store as the writer sees it, and the
batch's own articles are added as they are stored, as always. A rolled-back savepoint
(``KeyFilter.forget``) leaves the writer unsure which articles it kept, so the batch after
it is read by the writer itself. The thread shares the key filter with the writer: the
writer waits for it before it changes the filter's tables (``KeyFilter.sync``), and the
recent tables' filters, which the writer adds to as it stores, take a lock.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .batch_keys import BatchKeys

if TYPE_CHECKING:
    from .. import dedupe
    from .key_filter import KeyFilter

#: SQLite's page cache of the reading connection, in MiB. It is emptied whenever another
#: connection commits (each batch), so it holds one batch's upper tree pages and no more;
#: the key tables' leaves come from the operating system's file cache.
CACHE_MIB = 32
#: Seconds the reading connection waits on a lock (it takes none but the read lock, which
#: waits only on a checkpoint's brief one).
TIMEOUT = 30.0

Prints = Callable[[], "list[dedupe.Fingerprint]"]


@dataclass(frozen=True, slots=True)
class _Done:
    """What the thread left: the batch's read, or the error that stopped it."""

    keys: BatchKeys | None
    error: BaseException | None


class ReadAhead:
    """One thread at a time reading a batch's keys on its own connection to the store."""

    def __init__(self, path: str, holders: int, postings: int) -> None:
        self._path = path
        self._bounds = (holders, postings)
        self._db: sqlite3.Connection | None = None
        self._thread: threading.Thread | None = None
        self._done: _Done | None = None

    @classmethod
    def of(cls, db: sqlite3.Connection, holders: int, postings: int) -> ReadAhead | None:
        """A reader for the store ``db`` is open on; None for a store in memory (no second
        connection sees it)."""
        for _, name, path in db.execute("PRAGMA database_list"):
            if name == "main":
                return cls(path, holders, postings) if path else None
        return None

    def start(self, held: KeyFilter, prints: Prints) -> None:
        """Begin reading the keys of ``prints()`` (called in the thread: it may wait on the
        workers preparing them) from the store as last committed; call from the writer,
        before its transaction writes anything."""
        self.wait()
        db = self._connection()
        db.execute("BEGIN")
        db.execute("SELECT count(*) FROM key_segments").fetchone()  # the snapshot, taken now
        self._done = None
        self._thread = threading.Thread(target=self._read, args=(db, held, prints),
                                        name="sitrep-read-ahead", daemon=True)
        self._thread.start()

    def _read(self, db: sqlite3.Connection, held: KeyFilter, prints: Prints) -> None:
        holders, postings = self._bounds
        try:
            keys = BatchKeys(db, held, prints(), holders=holders, postings=postings)
            self._done = _Done(keys, None)
        except BaseException as exc:  # handed to the writer by take(), raised there
            self._done = _Done(None, exc)
        finally:
            if db.in_transaction:  # the snapshot let go, so that checkpoints can pass it
                db.execute("COMMIT")

    def wait(self) -> None:
        """Until the thread, if any, has finished."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def take(self, prints: list[dedupe.Fingerprint]) -> BatchKeys | None:
        """The read of ``prints`` (None when the last read was of other keys, or none was
        made); an error the read met is raised here, in the writer."""
        self.wait()
        done, self._done = self._done, None
        if done is None:
            return None
        if done.error is not None:
            raise done.error
        return done.keys if done.keys is not None and done.keys.read_for(prints) else None

    def close(self) -> None:
        """Wait for the thread and close the connection (the run is over)."""
        self.wait()
        self._done = None
        if self._db is not None:
            self._db.close()
            self._db = None

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            db = sqlite3.connect(self._path, isolation_level=None, timeout=TIMEOUT,
                                 check_same_thread=False)  # used by one thread at a time
            db.execute("PRAGMA query_only=ON")
            db.execute(f"PRAGMA cache_size={-CACHE_MIB * 1024}")
            self._db = db
        return self._db
