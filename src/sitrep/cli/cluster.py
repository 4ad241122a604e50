"""``--cluster`` for ingest and extract: the options, and progress bars for the cluster run.

Dask is not imported here: :mod:`sitrep.scale` imports it when a cluster run starts.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import click

from ..errors import UsageError
from .messages import say

if TYPE_CHECKING:
    from ..extract.runner import ExtractionReport
    from ..ingest.options import ReadOptions
    from ..ingest.runner import IngestSummary
    from ..scale import ClusterSpec
    from ..store import Store

F = TypeVar("F", bound=Callable[..., object])


def cluster_options(f: F) -> F:
    f = click.option("--work", type=click.Path(file_okay=False), metavar="DIR",
                     help="With --cluster: the folder for the Parquet parts, reachable by "
                          "every worker under this path (default: the store's path + "
                          ".parts).")(f)
    return click.option("--cluster", metavar="local:N|tcp://HOST:8786",
                        help="Run on a Dask cluster: N local worker processes, or the "
                             "scheduler at this address.")(f)


def parse(text: str) -> ClusterSpec:
    from ..scale import parse_cluster

    try:
        return parse_cluster(text)
    except UsageError as exc:
        raise click.BadParameter(str(exc), param_hint="--cluster") from exc


class _Bars:
    """One tqdm bar per stage of the cluster run (parts, dedupe buckets, batches)."""

    def __init__(self) -> None:
        from tqdm import tqdm

        self._tqdm = tqdm
        self._bars: dict[str, object] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        bar = self._bars.get(stage)
        if bar is None:
            bar = self._tqdm(total=total, unit="task", desc=stage, leave=False,
                             disable=not sys.stderr.isatty(), file=sys.stderr)
            self._bars[stage] = bar
        bar.update(done - bar.n)  # type: ignore[attr-defined]

    def close(self) -> None:
        for bar in self._bars.values():
            bar.close()  # type: ignore[attr-defined]


def ingest_on_cluster(paths: tuple[str, ...], store: Store, options: ReadOptions,
                      cluster: str, work: str | None) -> IngestSummary:
    from ..scale import cluster_ingest

    bars = _Bars()
    try:
        return cluster_ingest(paths, store, parse(cluster), options, work=work,
                              on_message=lambda m: say(m, err=True), on_progress=bars)
    finally:
        bars.close()


def extract_on_cluster(store: Store, cluster: str, work: str | None, redo: bool,
                       max_chars: int | None) -> ExtractionReport:
    from ..extract.runner import MAX_EXTRACT_CHARS
    from ..scale import cluster_extract

    bars = _Bars()
    try:
        report = cluster_extract(store, parse(cluster), work=work, redo=redo,
                                 max_chars=max_chars or MAX_EXTRACT_CHARS,
                                 on_message=lambda m: say(m, err=True),
                                 on_progress=lambda d, n: bars("extract", d, n))
    finally:
        bars.close()
    for failure in report.failures:
        say(f"refused: {failure.describe()}", err=True)
    return report
