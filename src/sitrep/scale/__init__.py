"""Running ingest and extraction on a Dask cluster (``--cluster local:N | tcp://HOST:8786``).

The workers read their own inputs (paths and JSON Lines byte ranges, never bytes sent from
this process), clean, fingerprint and extract there, and write Parquet parts that the store
merges. Near duplicates are found across parts by shuffling LSH band keys into buckets, so
every candidate pair meets in one task. Dask is imported only here, and only when a
cluster is asked for.

The names below are loaded when first used (PEP 562): a worker that unpickles an ingest
task imports this package, and must not pay for the extraction stack (spaCy and the
extractors, about 3 CPU-s a process) it never runs; nor must the client of an ingest.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cluster import ClusterSpec, parse_cluster
    from .extract import cluster_extract
    from .ingest import cluster_ingest

__all__ = ["ClusterSpec", "cluster_extract", "cluster_ingest", "parse_cluster"]
_WHERE = {"ClusterSpec": ".cluster", "parse_cluster": ".cluster",
          "cluster_extract": ".extract", "cluster_ingest": ".ingest"}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(_WHERE[name], __name__), name)
