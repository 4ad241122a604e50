"""Map a stage over many documents, in this process or in worker processes.

Why: every stage is a plain function of one document, so using more cores is a map. One
worker per core nearly multiplies extraction throughput (see BENCHMARKS.md), but a worker
costs a second or two to start (spaCy and the gazetteer load in each), so small jobs stay
in this process. Workers are started with ``spawn``: a fork of a process that holds an
open SQLite connection and a progress-bar thread is not safe.

Results come back in the order of the inputs, so a caller can pair them with what it sent.

Workers die with the process that started them: a ``kill -9`` of ``sitrep extract`` must
not leave workers of several hundred megabytes running forever. On Linux the kernel sends
them SIGKILL (``PR_SET_PDEATHSIG``); elsewhere, and as a second guard, a thread in each
worker sees its parent change and ends the worker.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from .errors import UsageError

T = TypeVar("T")
R = TypeVar("R")

#: Below this many documents, ``workers="auto"`` stays in one process: starting workers
#: would cost more than it saves.
AUTO_MIN_DOCUMENTS = 1000


#: How often a worker checks that the process that started it is still alive (seconds).
PARENT_POLL_SECONDS = 0.5
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def _kill_me_with_parent() -> None:
    """Ask Linux to SIGKILL this process when its parent dies. Best effort: other systems,
    or a libc without ``prctl``, rely on :func:`_watch_parent` alone."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def _watch_parent(parent_pid: int) -> None:
    """End this worker once its parent is gone (it is then re-parented, so ``getppid``
    changes). ``os._exit``: nothing of a worker needs cleaning up, and a normal exit could
    wait forever on queues whose other end is dead."""
    while True:
        if os.getppid() != parent_pid:
            os._exit(1)
        time.sleep(PARENT_POLL_SECONDS)


def _start_worker(parent_pid: int, initializer: Callable[[], object] | None) -> None:
    """Worker start-up: tie the worker's life to its parent's, then run ``initializer``."""
    _kill_me_with_parent()
    if os.getppid() != parent_pid:  # the parent died before the line above
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent_pid,), name="sitrep-parent-watch",
                     daemon=True).start()
    if initializer is not None:
        initializer()


def available_cores() -> int:
    """Cores this process may run on (respects CPU affinity, unlike ``os.cpu_count``)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def worker_count(workers: int | str | None, documents: int) -> int:
    """How many processes to use: ``"auto"``/None picks by job size, 0 means one per core."""
    if workers is None or workers == "auto":
        return 1 if documents < AUTO_MIN_DOCUMENTS else available_cores()
    if isinstance(workers, str):
        try:
            workers = int(workers)
        except ValueError:
            raise UsageError(f"workers must be a number or 'auto', not {workers!r}") from None
    if workers < 0:
        raise UsageError(f"workers must be 0 (one per core) or more, not {workers}")
    return workers or available_cores()


class Workers:
    """A pool of ``count`` processes (none when ``count`` is 1), used as a context manager.

    ``initializer`` runs once in each worker, to load what every call needs (the pipeline);
    with one worker, that worker is this process, and it runs here on entering.
    """

    def __init__(self, count: int, initializer: Callable[[], object] | None = None) -> None:
        if count < 1:
            raise UsageError(f"a pool needs at least one worker, not {count}")
        self.count = count
        self._initializer = initializer
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Workers:
        if self.count > 1:
            self._pool = ProcessPoolExecutor(
                max_workers=self.count, mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker, initargs=(os.getpid(), self._initializer))
        elif self._initializer is not None:
            self._initializer()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        """``fn`` over ``items``, results in input order. ``fn`` must be a module-level
        function (it is pickled to the workers) and should not raise: return failures."""
        if self._pool is None:
            return map(fn, items)
        # a few chunks per worker: large enough to amortise pickling, small enough to
        # keep both workers busy until the end
        chunk = max(1, min(16, len(items) // (self.count * 4)))
        return self._pool.map(fn, items, chunksize=chunk)
