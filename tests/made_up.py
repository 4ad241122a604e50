"""Helpers of the tests that ingest many made-up captures: a name of its own for every
number, and the tables a single-process and a cluster store are compared on."""

from __future__ import annotations

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
