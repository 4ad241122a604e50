"""Helpers of the tests that ingest many made-up captures: a name of its own for every
number, and the tables a single-process and a cluster store are compared on."""

from __future__ import annotations

from pathlib import Path

from sitrep.ingest.readers import ReadOptions
from sitrep.store import Store

#: the tables that hold what an ingest decided (captures, articles, pairs and keys)
INGESTED_TABLES = ("captures", "articles", "article_relations", "passage_keys", "lsh_bands")


def made_up_name(n: int, syllables: list[str]) -> str:
    """A made-up name of its own for every number (its digits in base ``len(syllables)``
    as syllables), so that no two captures share a name by chance."""
    out = ""
    for _ in range(3):
        n, digit = divmod(n, len(syllables))
        out += syllables[digit]
    return out.capitalize()


def ingested(store: Store) -> dict[str, list]:
    """The rows of :data:`INGESTED_TABLES` of ``store``."""
    dump = store.dump()
    return {t: dump[t] for t in INGESTED_TABLES}


def cluster_ingested(paths: list[str], db: Path, options: ReadOptions) -> dict[str, list]:
    """The tables of a new store at ``db`` after a cluster run (``local:2``, as ``--cluster
    local:2`` starts one) over ``paths``, in parts small enough to make several."""
    from sitrep.scale import cluster_ingest, parse_cluster
    from sitrep.scale.parts import PartSizes

    with Store(db) as store:
        cluster_ingest(paths, store, parse_cluster("local:2"), options,
                       sizes=PartSizes(files=100, bytes=4_000))
        return ingested(store)
