"""A Bloom filter of the band and passage keys a store holds, kept in memory while one
ingest run writes the store, so that the look-ups of a new article read only the keys the
store may hold.

Why: the keys are hashes, so each look-up lands on a random leaf page of tables that grow
with the store (at half a million captures some 1.5 GiB across their levels), and a key the
store does not hold costs the same page as one it does. Once those tables outgrow what the
machine keeps cached, most look-ups read the disk: at 490,000 captures the band and passage
tables took 44% of the reads that went to disk, and the look-ups 38% of the writer's time
(BENCHMARKS.md, session 17). Most keys of a new article are in no stored article (only its
copies and rewrites share them), and a filter says so from memory, at about 8 bits a key.

A Bloom filter never says "absent" of a key it was given, so a look-up through it finds
every row it found before: no pair, group or copy changes (a key it wrongly lets through
costs one look-up, as every key did before). That holds while every key the store holds
went into the filter: the filter takes the keys of each article stored through it, and
another connection's writes (``PRAGMA data_version``, read inside the writer's transaction)
make :meth:`KeyFilter.still_whole` false, and the caller drops it. A savepoint rolled back
leaves the keys of its article in the filter: a false positive, nothing worse.

We use rbloom (a small Rust library) for the bits: Python's own set of 130 million keys
would not fit the ingest's memory limit.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from rbloom import Bloom

from . import recent

if TYPE_CHECKING:
    from .. import dedupe

#: The share of absent keys the filter lets through: 2% keeps it at about 8 bits a key it
#: is sized for (some 90 MiB at 510,000 captures).
FALSE_POSITIVES = 0.02
#: Keys the filter is sized for at least; once it holds as many as it was sized for, it
#: is made again from the store, sized for twice the keys (so the share of false positives
#: stays under :data:`FALSE_POSITIVES`, and the scans of the store cost a constant share).
MIN_CAPACITY = 1_000_000
#: Key rows of the store per capture a run stores before it builds the filter: the build
#: reads every key (69 s for 48 million at 510,000 captures, the store not in the cache),
#: which pays back only over a run long enough (a look-up kept from the disk saves a
#: fraction of a millisecond, and a capture has some 75 keys).
#: A small ingest into a big store never builds one; a run into a new store builds it at
#: once, for almost nothing.
ROWS_PER_CAPTURE_WAITED = 5_000


class KeyFilter:
    """The band keys, as (band, key), and the passage keys of every article of one store."""

    def __init__(self, db: sqlite3.Connection, capacity: int | None = None) -> None:
        """Read every key of the store (every table: :mod:`.recent`), in a filter sized for
        ``capacity`` keys (default: the key rows the folds counted, and a fold's worth: they
        count the translation keys too, about as many again as the band and passage keys,
        so the filter is sized for about twice the keys it takes); call inside the writer's
        transaction, so that no other connection adds keys meanwhile."""
        if capacity is None:
            capacity = recent.stored_rows(db) + recent.FOLD_ROWS
        self.capacity = max(capacity, MIN_CAPACITY)
        self._bloom = Bloom(self.capacity, FALSE_POSITIVES)
        self.held = 0
        cur = db.cursor()
        cur.row_factory = None  # plain tuples: (band, key) is the item itself
        for table in recent.tables(db, recent.BAND):
            self._bloom.update(self._counted(cur.execute(f"SELECT band, key FROM {table}")))
        for table in recent.tables(db, recent.PASSAGE):
            self._bloom.update(self._counted(k for (k,) in cur.execute(
                f"SELECT key FROM {table}")))
        self._version = _data_version(db)

    def _counted(self, items: Iterable[object]) -> Iterator[object]:
        for item in items:
            self.held += 1
            yield item

    def still_whole(self, db: sqlite3.Connection) -> bool:
        """Whether the filter still holds every key of the store: no other connection has
        written it since the filter was built (call inside the writer's transaction)."""
        return _data_version(db) == self._version

    def full(self) -> bool:
        return self.held >= self.capacity

    def add(self, fp: dedupe.Fingerprint) -> None:
        """Take an article's keys (as the store takes them: its band rows and passages)."""
        self._bloom.update(enumerate(fp.bands))
        self._bloom.update(fp.passages)
        self.held += len(fp.bands) + len(fp.passages)

    def bands(self, fp: dedupe.Fingerprint) -> list[tuple[int, int]]:
        """The (band, key) pairs of ``fp`` the store may hold."""
        return [pair for pair in enumerate(fp.bands) if pair in self._bloom]

    def passages(self, keys: Iterable[int]) -> list[int]:
        """The passage keys the store may hold."""
        return [k for k in keys if k in self._bloom]


def worth_building(db: sqlite3.Connection, captures_stored: int) -> bool:
    """Whether a run that has stored ``captures_stored`` captures should build the filter
    now (:data:`ROWS_PER_CAPTURE_WAITED`): the key rows as the folds counted them, which
    leave out rows merged from a cluster run; an estimate is all this needs."""
    return captures_stored * ROWS_PER_CAPTURE_WAITED >= recent.stored_rows(db)


def _data_version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA data_version").fetchone()[0])
