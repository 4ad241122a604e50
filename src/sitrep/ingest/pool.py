"""Where an ingest prepares its captures: in this process, or in a pool of worker processes.

Why: cleaning, fingerprinting and keying a capture cost more than storing it, and need no
store (:mod:`.prepare`), so with two cores a pool prepares the next batch while this
process stores the one before. A batch's captures go out in a few chunks per worker
(enough to keep every worker busy to the end, few enough to amortise the pickling and the
MinHash set-up of each chunk) and come back in order.

``"auto"`` starts the pool only once the input has proved long (as many items read as
:data:`sitrep.workers.AUTO_MIN_DOCUMENTS`): a worker takes a second or two to start, more
than a few hundred captures take to clean.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..documents import Capture, Refusal
from ..workers import Workers, worker_count
from .prepare import Prepared, prepare_captures

#: Chunks of a batch per worker.
CHUNKS_PER_WORKER = 4
#: The fewest captures in a chunk (its MinHash set-up and its pickling are paid per chunk).
MIN_CHUNK = 8


class PreparePool:
    """Prepares lists of captures, with ``workers`` processes (N, 0 for one per core, or
    "auto"); used as a context manager, which ends the workers."""

    def __init__(self, workers: int | str | None = 1) -> None:
        self._workers = "auto" if workers is None else workers
        self._pool: Workers | None = None
        self._read = 0
        if self._workers != "auto":
            self._start(worker_count(self._workers, 0))

    def _start(self, count: int) -> None:
        if count > 1:
            self._pool = Workers(count).__enter__()

    @property
    def count(self) -> int:
        """Worker processes running (1: this process prepares)."""
        return self._pool.count if self._pool is not None else 1

    def prepare(self, captures: Sequence[Capture],
                read: int) -> Iterator[list[Prepared | Refusal]]:
        """The results of :func:`sitrep.ingest.prepare.prepare_captures` on ``captures``,
        one list per chunk, in order: computed by the workers from now on, or here as they
        are read. ``read`` counts the items read with them, for "auto"."""
        self._read += read
        if self._pool is None and self._workers == "auto":
            self._start(worker_count("auto", self._read))
        if self._pool is None:
            return map(prepare_captures, [captures])  # lazy: computed when read
        size = max(MIN_CHUNK, -(-len(captures) // (self._pool.count * CHUNKS_PER_WORKER)))
        chunks = [captures[i:i + size] for i in range(0, len(captures), size)]
        return self._pool.map(prepare_captures, chunks)

    def __enter__(self) -> PreparePool:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.__exit__(*exc)
            self._pool = None
