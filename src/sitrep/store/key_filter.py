"""Bloom filters of the band and passage keys a store holds, one for each table holding
them, kept in memory while one ingest run writes the store, so that the look-ups of a new
article read only the tables that may hold its keys.

Why: the keys are hashes, so each look-up lands on a random leaf page, and a key the store
does not hold costs the same page as one it does. Most keys of a new article are in no
stored article (only its copies and rewrites share them), and a filter says so from memory,
at about 8 bits a key (BENCHMARKS.md, session 17). One filter for the whole store (sessions
17 to 28) let through every key held anywhere, and each such key was then looked up in every
table of its kind (store/recent.py: some ten segments at a million captures, more as the
store grows): at 680,000 captures the look-ups took 6.0 ms a capture against 1.8 ms in the
first 10,000. A filter per table sends each key only to the tables that may hold it.

Two memos spare the look-ups of keys met again and again: the holders of smallest id of a
crowded band key (relations.BAND_HOLDERS), updated as articles holding the key are stored,
and the passage keys known to be stock phrases (relations.STOCK_POSTINGS: a key's holders
only grow, so a stock key stays one). A rolled-back savepoint or transaction forgets them
(StoreConnection), since they may name what it undid.

A Bloom filter never says "absent" of a key it was given, so a look-up through it finds
every row it found before: no pair, group or copy changes (a key it wrongly lets through
costs one look-up). That holds while every key of every table went into that table's
filter: :meth:`KeyFilter.sync`, called before each batch, reads the segments sealed or merged
since (and drops those merged away), and another connection's writes (``PRAGMA
data_version``, read inside the writer's transaction) make :meth:`KeyFilter.still_whole`
false, and the caller drops the filter. A savepoint rolled back leaves the keys of its
article in the filter: a false positive, nothing worse.

We use rbloom (a small Rust library) for the recent tables' bits, which take each new
article's keys as it is stored: Python's own set of 130 million keys would not fit the
ingest's memory limit. A sealed table's bits are ours (store/sealed_filter.py), asked about
a whole batch's keys at once, since a batch asks every table about every key.
"""

from __future__ import annotations

import bisect
import sqlite3
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, TypeAlias, cast

from rbloom import Bloom

from . import recent
from .batch_keys import BatchKeys, Stored
from .read_ahead import ReadAhead
from .relations import BAND_HOLDERS, STOCK_POSTINGS

if TYPE_CHECKING:
    import numpy as np

    from .. import dedupe
    from .read_ahead import Prints
    from .sealed_filter import SealedFilter

    Filter: TypeAlias = "RecentBits | SealedFilter"

#: The share of absent keys a recent table's filter (rbloom) lets through when it holds as
#: many keys as it is sized for (about 8 bits a key); it is sized for twice its rows.
FALSE_POSITIVES = 0.02
#: Keys the recent tables' filters are sized for at least; when one holds as many as it
#: was sized for, it is made again from its table, sized for twice the keys.
MIN_CAPACITY = 1_000_000
#: Key rows of the store per capture a run stores before it builds the filter: the build
#: reads every key (69 s for 48 million at 510,000 captures, the store not in the cache),
#: which pays back only over a run long enough (a look-up kept from the disk saves a
#: fraction of a millisecond, and a capture has some 75 keys).
#: A small ingest into a big store never builds one; a run into a new store builds it at
#: once, for almost nothing.
ROWS_PER_CAPTURE_WAITED = 5_000

#: Entries each memo holds at most (the crowded one then takes no more, the stock one lets
#: its older half go: :class:`StockMemo`; those they hold stay exact): a crowded key's entry
#: holds thirty ids (interned, so keys of one story share them), a stock key is one integer;
#: some 60 MiB together at most, inside the ingest's memory limit.
MAX_CROWDED = 50_000
MAX_STOCK = 500_000

Pair = tuple[int, int]


class KeyFilter:
    """For each table of band keys, its (band, key) pairs; for each table of passage keys,
    its keys; and the memos of crowded band keys and stock passages."""

    def __init__(self, db: sqlite3.Connection) -> None:
        """Read every key of the store (every table: :mod:`.recent`); call inside the
        writer's transaction, so that no other connection adds keys meanwhile."""
        self._bands: dict[str, Filter] = {}
        self._passages: dict[str, Filter] = {}
        self._sizes: dict[str, int] = {}  # keys each recent table's filter holds
        self._room: dict[str, int] = {}  # and the keys it was sized for
        self._rows: dict[str, int] = {}  # rows each sealed table held when read
        #: band pair -> its BAND_HOLDERS holders of smallest id (it has at least as many)
        self.crowded: dict[Pair, list[str]] = {}
        #: passage keys held by more than STOCK_POSTINGS articles
        self.stock = StockMemo(MAX_STOCK)
        #: the stored holders of the keys of the batch being stored (:meth:`read_batch`)
        self.batch: BatchKeys | None = None
        #: the next batch's read, beside the writer (store/read_ahead.py), and the articles
        #: stored since it began (None after a rollback: which were kept is not known)
        self._ahead = ReadAhead.of(db, BAND_HOLDERS, STOCK_POSTINGS)
        self._stored: list[Stored] | None = None
        #: batches whose keys were read beside the writer (the rest were read by the writer)
        self.read_beside = 0
        from .signature_memo import SignatureMemo  # numpy: for writing only

        #: every stored article's compact signature (store/signature_memo.py)
        self.signatures = SignatureMemo(db)
        self.sync(db)
        self._version = _data_version(db)

    def sync(self, db: sqlite3.Connection) -> None:
        """Match the tables as they are now: a filter for each segment sealed or merged
        since the last call, none for those merged away, and the recent tables' filters
        made again when a seal emptied them or they are full (once the read beside the
        writer, which asks them, is done)."""
        if self._ahead is not None:
            self._ahead.wait()
        for kind, held in ((recent.BAND, self._bands), (recent.PASSAGE, self._passages)):
            names = recent.tables(db, kind)
            changed = False
            for gone in set(held) - set(names):
                del held[gone]
                self._rows.pop(gone, None)
                changed = True
            for name in names:
                if name not in held and name != kind.recent:
                    self._rows[name] = _capacity(db, kind, name)
                    held[name] = _read_sealed(db, kind, name)
                    changed = True
            if changed or self._sizes.get(kind.recent, 0) >= self._room.get(kind.recent, 0):
                self._renew_recent(db, kind, held)

    def _renew_recent(self, db: sqlite3.Connection, kind: recent.KeyKind,
                      held: dict[str, Filter]) -> None:
        """The recent table's filter made again from its rows (a seal emptied it, or it holds
        as many keys as it was sized for), sized for twice its rows."""
        rows = _count(db, kind.recent)
        self._room[kind.recent] = max(MIN_CAPACITY, 2 * rows)
        self._sizes[kind.recent] = rows
        held.pop(kind.recent, None)
        held[kind.recent] = _read(db, kind, kind.recent, self._room[kind.recent])

    def still_whole(self, db: sqlite3.Connection) -> bool:
        """Whether the filter still holds every key of the store: no other connection has
        written it since the filter was built (call inside the writer's transaction)."""
        return _data_version(db) == self._version

    def read_batch(self, db: sqlite3.Connection, prints: Iterable[dedupe.Fingerprint] | None,
                   ahead: Prints | None = None) -> None:
        """Have the stored holders of a batch's keys before it is stored (store/batch_keys.py):
        read beside the writer while it stored the batch before, with the articles stored
        since added (store/read_ahead.py), or read now. Then begin reading those of the next
        batch, ``ahead()``, when given. With None, forget them (the batch is stored)."""
        if prints is None:
            self.batch = None
            return
        mine = list(prints)
        read = self._ahead.take(mine) if self._ahead is not None else None
        if read is not None and self._stored is not None:
            read.add_stored(self._stored)
            self.batch = read
            self.read_beside += 1
        else:
            self.batch = BatchKeys(db, self, mine, holders=BAND_HOLDERS, postings=STOCK_POSTINGS)
        # the articles stored from now on, kept only for a read begun beside this batch
        self._stored = None
        if ahead is not None and self._ahead is not None:
            self._stored = []
            self._ahead.start(self, ahead)

    def close(self) -> None:
        """End the read beside the writer, if any (the run is over, or the filter dropped)."""
        if self._ahead is not None:
            self._ahead.close()

    def add(self, article_id: str, fp: dedupe.Fingerprint,
            compact: bytes | None = None) -> None:
        """Take an article's keys as the store takes them (into the recent tables), and
        count it among the holders of the crowded band keys it holds (and of the batch's
        keys, with its compact signature, when a batch was read)."""
        if compact is not None:
            self.signatures.add(article_id, compact)
        if self.batch is not None:
            self.batch.add(article_id, fp, compact)
        if self._stored is not None:
            self._stored.append((article_id, fp, compact))
        pairs = list(enumerate(fp.bands))
        cast(RecentBits, self._bands[recent.BAND.recent]).update(pairs)
        cast(RecentBits, self._passages[recent.PASSAGE.recent]).update(fp.passages)
        self._sizes[recent.BAND.recent] += len(pairs)
        self._sizes[recent.PASSAGE.recent] += len(fp.passages)
        for pair in pairs:
            if (holders := self.crowded.get(pair)) is not None:
                bisect.insort(holders, sys.intern(article_id))
                if len(holders) > BAND_HOLDERS:
                    holders.pop()

    def remember_crowded(self, pair: Pair, holders: list[str]) -> None:
        """Remember a band key's holders of smallest id, found by a look-up (it has at least
        :data:`relations.BAND_HOLDERS` of them), while the memo has room."""
        if len(self.crowded) < MAX_CROWDED:
            self.crowded[pair] = [sys.intern(i) for i in holders]

    def remember_stock(self, key: int) -> None:
        """Remember a passage key found held by more than the stock bound."""
        self.stock.add(key)

    def forget(self) -> None:
        """Drop the memos and the batch's holders (a rollback may have undone what they
        name)."""
        self.batch = None
        self._stored = None
        self.crowded.clear()
        self.stock.clear()

    def bands(self, fp: dedupe.Fingerprint) -> dict[str, list[Pair]]:
        """For each band table, the (band, key) pairs of ``fp`` it may hold (tables holding
        none left out), crowded pairs aside (their holders are in :attr:`crowded`)."""
        return self.band_tables([p for p in enumerate(fp.bands) if p not in self.crowded])

    def band_tables(self, pairs: list[Pair]) -> dict[str, list[Pair]]:
        """For each band table, those of ``pairs`` it may hold (none: left out)."""
        from .sealed_filter import band_probes, by_table  # numpy: for writing only

        return by_table(self._bands, pairs, band_probes)

    def passages(self, keys: Iterable[int]) -> dict[str, list[int]]:
        """For each passage table, the keys it may hold, stock keys aside; the biggest
        tables first, the recent one last, so that a stock key (held by more than
        :data:`relations.STOCK_POSTINGS` articles) is most often known after the first
        table read, and the caller can leave it out of the rest."""
        from .sealed_filter import by_table, passage_probes

        wanted = [k for k in keys if k not in self.stock]
        found = by_table(self._passages, wanted, passage_probes)
        return dict(sorted(found.items(), key=lambda item: -self._rows.get(item[0], 0)))

    def passage_filters(self) -> list[tuple[str, Filter]]:
        """Each passage table with its filter, in the order of :meth:`passages` (the
        biggest first), for a caller that drops the keys it finds stock as it goes
        (ask them with :func:`may_hold`)."""
        return sorted(self._passages.items(), key=lambda item: -self._rows.get(item[0], 0))


class StockMemo:
    """The stock passage keys met lately, in two generations of at most half the room each:
    when the newer one is full it becomes the older and a new one starts, and a key met in
    the older is carried into the newer, so that the keys met again and again stay.

    Why not stop taking keys once full (as the crowded band keys do): a million generated
    captures hold more stock passages than the room, and a memo that stopped at the first
    half million could take none of the later captures' (an article at a million captures
    met eight stock keys its memo did not know: BENCHMARKS.md, session 30). Forgetting a
    key costs one table read (:func:`relations._filtered_postings` stops at the first table
    that shows it stock); a key held by more than the bound stays one, so what the memo holds
    is always true (a rollback empties it: :meth:`KeyFilter.forget`)."""

    def __init__(self, room: int) -> None:
        self._half = max(room // 2, 1)
        self._new: set[int] = set()
        self._old: set[int] = set()

    def holds(self, key: int) -> bool:
        """Whether ``key`` is remembered, leaving the memo as it is (for the read beside the
        writer, which must not change it: store/read_ahead.py)."""
        return key in self._new or key in self._old

    def __contains__(self, key: object) -> bool:
        if key in self._new:
            return True
        if key in self._old:
            self.add(key)  # type: ignore[arg-type]
            return True
        return False

    def add(self, key: int) -> None:
        if len(self._new) >= self._half:
            self._old, self._new = self._new, set()
        self._new.add(key)

    def clear(self) -> None:
        self._new.clear()
        self._old.clear()

    def __bool__(self) -> bool:
        return bool(self._new or self._old)

    def __len__(self) -> int:
        return len(self._new | self._old)

    def __iter__(self) -> Iterator[int]:
        return iter(self._new | self._old)


def _capacity(db: sqlite3.Connection, kind: recent.KeyKind, name: str) -> int:
    """Keys a table's filter is sized for: a segment's rows of all kinds as listed, or the
    rows of an old level (counted: they are read whole next anyway)."""
    prefix = f"{kind.prefix}_seg_"
    if name.startswith(prefix):
        row = db.execute("SELECT rows FROM key_segments WHERE number = ?",
                         (int(name[len(prefix):]),)).fetchone()
        if row is not None:
            return max(int(row[0]), 1)
    return max(_count(db, name), 1)


def _count(db: sqlite3.Connection, name: str) -> int:
    return int(db.execute(f"SELECT count(*) FROM {name}").fetchone()[0])


def _read_sealed(db: sqlite3.Connection, kind: recent.KeyKind, name: str) -> SealedFilter:
    """A filter of every key of one table that no longer changes (a segment, or an old
    level), sized for its keys."""
    from .sealed_filter import read_table

    columns = "band, key" if kind is recent.BAND else "key"
    return read_table(db, f"SELECT {columns} FROM {name}", _count(db, name))


def _read(db: sqlite3.Connection, kind: recent.KeyKind, name: str,
          capacity: int) -> RecentBits:
    """A filter of every key of a recent table, sized for ``capacity`` keys."""
    bits = RecentBits(capacity)
    cur = db.cursor()
    cur.row_factory = None  # plain tuples: (band, key) is the item itself
    if kind is recent.BAND:
        bits.update(cur.execute(f"SELECT band, key FROM {name}"))
    else:
        bits.update(k for (k,) in cur.execute(f"SELECT key FROM {name}"))
    return bits


class RecentBits:
    """A recent table's filter (rbloom), which the writer adds each new article's keys to
    while the read beside it asks about the next batch's (store/read_ahead.py): each call
    takes a lock, since rbloom does not promise that a filter may be written in one thread
    while another reads it (an update that iterates Python objects may let the other run)."""

    def __init__(self, capacity: int) -> None:
        self._bloom = Bloom(max(capacity, 1), FALSE_POSITIVES)
        self._lock = threading.Lock()

    def update(self, keys: Iterable[object]) -> None:
        with self._lock:
            self._bloom.update(keys)

    def may_hold_keys(self, keys: Sequence[object]) -> np.ndarray:
        """For each of ``keys``, whether the table may hold it, under one lock."""
        import numpy as np

        bloom = self._bloom
        with self._lock:
            return np.fromiter((k in bloom for k in keys), dtype=bool, count=len(keys))


def worth_building(db: sqlite3.Connection, captures_stored: int) -> bool:
    """Whether a run that has stored ``captures_stored`` captures should build the filter
    now (:data:`ROWS_PER_CAPTURE_WAITED`): the key rows as the folds counted them, which
    leave out rows merged from a cluster run; an estimate is all this needs."""
    return captures_stored * ROWS_PER_CAPTURE_WAITED >= recent.stored_rows(db)


def _data_version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA data_version").fetchone()[0])
