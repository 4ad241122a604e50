"""Running ingest and extraction on a Dask cluster (``--cluster local:N | tcp://HOST:8786``).

The workers read their own inputs (paths and JSON Lines byte ranges, never bytes sent from
this process), clean, fingerprint and extract there, and write Parquet parts that the store
merges. Near duplicates are found across parts by shuffling LSH band keys into buckets, so
every candidate pair meets in one task. Dask is imported only here, and only when a
cluster is asked for.
"""

from .cluster import ClusterSpec, parse_cluster
from .extract import cluster_extract
from .ingest import cluster_ingest

__all__ = ["ClusterSpec", "cluster_extract", "cluster_ingest", "parse_cluster"]
