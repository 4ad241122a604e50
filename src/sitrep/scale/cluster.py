"""Connecting to a Dask cluster, or starting a local one, and running tasks with retries.

Why a thin layer: every cluster run needs the same things, a client, the dashboard link for
the user, tasks that are retried when they fail or their worker is lost, and progress as
tasks finish. Dask (``distributed``) is imported inside the functions, so that sitrep
without ``--cluster`` never loads it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from ..errors import UsageError

#: How often a task is retried after it raised or its worker died, before the run fails.
RETRIES = 3
#: Dask settings for the local cluster sitrep starts. Its defaults sample every task's stack
#: every 10 ms and measure GIL contention every 1 ms, from threads that take the GIL from
#: the task: on this workload (pure Python, long tasks) they cost a worker a large share of
#: its CPU. A scheduler you start yourself keeps its own settings.
LOCAL_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.gil.enabled": False,
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
}
_LOCAL = re.compile(r"local:(\d+)")


@dataclass(frozen=True, slots=True)
class ClusterSpec:
    """Where to run: ``workers`` local worker processes, or the scheduler at ``address``."""

    address: str | None = None
    workers: int = 0

    def describe(self) -> str:
        return self.address or f"a local cluster of {self.workers} worker processes"


def parse_cluster(text: str) -> ClusterSpec:
    """``local:N`` (N worker processes on this machine) or a scheduler address
    (``tcp://HOST:8786``)."""
    local = _LOCAL.fullmatch(text.strip())
    if local:
        n = int(local.group(1))
        if n < 1:
            raise UsageError("--cluster local:N needs at least one worker")
        return ClusterSpec(workers=n)
    if re.fullmatch(r"(tcp|tls|inproc|ucx)://\S+", text.strip()):
        return ClusterSpec(address=text.strip())
    raise UsageError(f"--cluster takes local:N or a scheduler address such as "
                     f"tcp://HOST:8786, not {text!r}")


@contextmanager
def connect(spec: ClusterSpec, on_message: Callable[[str], None] | None = None
            ) -> Iterator[Any]:
    """A ``distributed.Client`` for ``spec``; a local cluster is shut down afterwards."""
    import dask
    from dask.distributed import Client, LocalCluster

    say = on_message or (lambda _: None)
    if spec.address:
        client = Client(spec.address)
        cluster = None
    else:
        with dask.config.set(LOCAL_CONFIG):
            cluster = LocalCluster(n_workers=spec.workers, threads_per_worker=1,
                                   processes=True, dashboard_address="127.0.0.1:0",
                                   host="127.0.0.1", silence_logs=logging.ERROR)
        client = Client(cluster)
    try:
        say(f"Dask cluster: {spec.describe()}; dashboard {client.dashboard_link}")
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run_tasks(client: Any, func: Callable[..., Any], args: Sequence[tuple[Any, ...]],
              on_result: Callable[[Any], None],
              on_progress: Callable[[int, int], None] | None = None) -> None:
    """Run ``func(*a)`` for every ``a`` in ``args`` on the cluster, each task retried up to
    :data:`RETRIES` times (a task of a lost worker is rerun elsewhere by the scheduler), and
    hand each result to ``on_result`` in this process as it arrives. Results are small
    summaries; what a task makes goes to files."""
    collect(submit_tasks(client, func, args), on_result, on_progress)


def submit_tasks(client: Any, func: Callable[..., Any],
                 args: Sequence[tuple[Any, ...]]) -> list[Any]:
    """Start ``func(*a)`` for every ``a`` (retried as in :func:`run_tasks`) and return at
    once: this process can do its own work while the workers do theirs, then
    :func:`collect` the results."""
    return [client.submit(func, *a, retries=RETRIES, pure=False) for a in args]


def collect(futures: Sequence[Any], on_result: Callable[[Any], None],
            on_progress: Callable[[int, int], None] | None = None) -> None:
    """Hand each task's result to ``on_result`` as it arrives (a failed task raises)."""
    from dask.distributed import as_completed

    for done, future in enumerate(as_completed(futures), start=1):
        result = future.result()
        future.release()
        on_result(result)
        if on_progress:
            on_progress(done, len(futures))
