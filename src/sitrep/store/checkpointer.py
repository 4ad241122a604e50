"""Copying the WAL back into the store in a thread beside the writer, not in its commits.

Why: in WAL mode every COMMIT of an ingest batch writes more pages than
``connection.WAL_CHECKPOINT_PAGES``, so SQLite's automatic checkpoint ran inside every
COMMIT: it reads each page of the batch back from the WAL, writes it into the store at its
place, and waits twice for the disk (``fdatasync`` of the WAL, then of the store). At a
million captures that was 7 of the writer's 57 seconds per 10,000 captures, 2.8 at the
start: a part of its time that grows with the store. The writer is the run's one
serial resource while the machine's other core is mostly idle (the workers that clean and
fingerprint use some 13% of it each), and SQLite runs a checkpoint without Python's lock,
so a thread of its own does that copy beside the next batch (BENCHMARKS.md, "The million in
session 43").

SQLite allows this: a PASSIVE checkpoint on a second connection never blocks the writer; it
copies the frames committed when it starts. The WAL starts over from its beginning only
when a write transaction begins after a checkpoint that copied everything, so the writer
keeps its own automatic checkpoint at ``connection.BACKSTOP_PAGES``: should the thread fall
behind or fail, the WAL still cannot grow without bound. A failure here loses nothing (the WAL
holds every committed page until it is copied); the writer then checkpoints in its commits
again, as it did without the thread.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

#: Milliseconds the thread's connection waits for another checkpoint to finish.
BUSY_MS = 5_000


@dataclass
class CheckpointCounts:
    """What the thread has done: checkpoints run, the WAL's frames at the last one and how
    many of them it copied (equal when the WAL was copied whole)."""

    runs: int = 0
    wal_frames: int = 0
    copied_frames: int = 0


class Checkpointer:
    """A thread that checkpoints the store at ``path`` after :meth:`committed` is called.

    Use as a context manager; :attr:`error` holds what stopped it early, if anything."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.counts = CheckpointCounts()
        self.error: BaseException | None = None
        self._cond = threading.Condition()
        self._asked = 0  # commits announced
        self._begun = 0  # the commits announced when the last copy began
        self._done = 0  # the same, when it ended
        self._stop = False
        self._thread = threading.Thread(target=self._run, name="sitrep-checkpointer",
                                        daemon=True)

    def __enter__(self) -> Checkpointer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        with self._cond:
            self._stop = True
            self._cond.notify_all()
        self._thread.join()

    @property
    def running(self) -> bool:
        return self._thread.is_alive() and not self._stop

    def committed(self) -> None:
        """A transaction was committed: copy the WAL back (now, or once the copy under way
        ends; calls in between make one more copy, not one each)."""
        with self._cond:
            self._asked += 1
            self._cond.notify_all()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until every commit announced so far is copied (True), the thread has
        stopped (True), or ``timeout`` passes (False)."""
        with self._cond:
            return self._cond.wait_for(lambda: self._done == self._asked or self._stop,
                                       timeout)

    def _next(self) -> bool:
        """Wait for a commit to copy; False once asked to stop."""
        with self._cond:
            self._cond.wait_for(lambda: self._asked != self._begun or self._stop)
            self._begun = self._asked
            return not self._stop

    def _run(self) -> None:
        try:
            db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except Exception as exc:  # whatever stops it, the writer takes over
            self._fail(exc)
            return
        try:
            db.execute(f"PRAGMA busy_timeout={BUSY_MS}")
            while self._next():
                _, frames, copied = db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                with self._cond:
                    self.counts.runs += 1
                    self.counts.wal_frames, self.counts.copied_frames = frames, copied
                    self._done = self._begun
                    self._cond.notify_all()
        except Exception as exc:  # whatever stops it, the writer takes over
            self._fail(exc)
        finally:
            db.close()

    def _fail(self, exc: BaseException) -> None:
        with self._cond:
            self.error = exc
            self._stop = True
            self._cond.notify_all()
