"""Map a stage over many documents, in this process or in worker processes.

Why: every stage is a plain function of one document, so using more cores is a map. One
worker per core nearly multiplies extraction throughput (see BENCHMARKS.md), but a worker
costs a second or two to start (spaCy and the gazetteer load in each), so small jobs stay
in this process. Workers are started with ``spawn``: a fork of a process that holds an
open SQLite connection and a progress-bar thread is not safe.

Results come back in the order of the inputs, so a caller can pair them with what it sent.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from .errors import UsageError

T = TypeVar("T")
R = TypeVar("R")

#: Below this many documents, ``workers="auto"`` stays in one process: starting workers
#: would cost more than it saves.
AUTO_MIN_DOCUMENTS = 1000


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

    ``initializer`` runs once in each worker, to load what every call needs (the pipeline).
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
                initializer=self._initializer)
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
