"""How an ingest's threads share Python's lock: handed on every half millisecond, not every
five, while the run lasts.

Why: the writer, which stores each batch and is the run's bottleneck, shares the process
with threads that hold the lock in bursts: the worker pool's thread that unpickles the
prepared captures, and the thread that reads the next batch's stored keys
(store/read_ahead.py). Each time one of the writer's SQLite statements returns while such a
thread holds the lock, the writer waits until that thread lets it go, which at Python's
default switch interval is up to 5 ms, thousands of times a batch. With the read beside the
writer, a batch at 169,000 captures took 7.95 ms a capture against 7.51 without it (the
writer's own CPU time fell, its waiting grew more); at a half millisecond, 6.10 against
6.81 at 209,000 (BENCHMARKS.md, "The million in session 36").
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

#: Seconds a thread waits for Python's lock before it asks the holder to let go, during an
#: ingest (Python's default: 0.005).
SWITCH_INTERVAL = 0.0005


@contextmanager
def lock_handed_on_often(interval: float = SWITCH_INTERVAL) -> Iterator[None]:
    """Python's switch interval at most ``interval`` inside, as it was afterwards. It is the
    interpreter's, so other threads of the process switch as often meanwhile, at the cost
    of a little more switching."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(before, interval))
    try:
        yield
    finally:
        sys.setswitchinterval(before)
