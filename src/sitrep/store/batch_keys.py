"""The stored holders of a whole ingest batch's keys, read before the batch is stored, one
statement per table, so that the look-ups of each new article (store/relations.py) read the
store only for what this did not read.

Why: one article at a time, the look-ups made a statement for every table the key filter
let a key through to (store/key_filter.py), and one more for the candidates' signatures: at
a million captures some forty statements an article, each with a list of values of its own
length, so SQLite compiled most of them afresh, and each probed a tree at random. That is
what grew with the store (BENCHMARKS.md, "The million in session 31": the look-ups went
from 2.2 to 4.4 ms a capture, the per-table reads and the Python loop over the tables a
third of that). Read for the whole batch, each table is probed once a batch, its keys in
order; the signatures of every stored candidate come from the run's memo of them
(store/signature_memo.py), in one search.

What a look-up finds does not change. A key's holders are its stored holders (read here,
through the same filter, so from the same tables) and the holders stored earlier in this
batch (:meth:`BatchKeys.add`, as each article is stored, in the order one process stores).
A passage key keeps at most ``STOCK_POSTINGS + 1`` stored holders from each table, and
is read no further once it has more than ``STOCK_POSTINGS`` (the biggest tables first), as
the one-at-a-time read does: whether it is stock, and its holders when it is not, come out
the same. A key this did not read (a band key crowded, or a passage key known stock, when the
batch began: they need no read) gives ``None``, and the caller reads the store for it.
A rolled-back savepoint drops the whole record (``KeyFilter.forget``): the look-ups of the
rest of the batch then read the store, which holds the truth.

Where it is read: in a thread beside the writer while the batch before is stored
(store/read_ahead.py), from the store as committed before that batch, which the writer's
:meth:`BatchKeys.add_stored` then brings up to date; or by the writer itself (the first
batch of a run, the batch after a rollback, a store in memory).
"""

from __future__ import annotations

import itertools
import sqlite3
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .. import dedupe
    from .key_filter import KeyFilter

Pair = tuple[int, int]
#: An article as the key filter saw it stored: its id, fingerprint and compact signature.
Stored = tuple[str, "dedupe.Fingerprint", bytes | None]

#: Values bound in one statement at most (SQLite allows 32,766 since 3.32).
CHUNK = 8_000


class BatchKeys:
    """The stored holders of a batch's band and passage keys and the signatures of the
    stored articles they may propose, and what the batch has stored so far.

    Kept small, since a batch has some 160,000 keys and most are held by no stored article
    nor by a second article of the batch: holders only for keys that have some, the batch's
    own holders only for keys two of its articles share, and the keys not read (crowded or
    stock when the batch began) as a set."""

    def __init__(self, db: sqlite3.Connection, held: KeyFilter,
                 prints: Iterable[dedupe.Fingerprint], *, holders: int, postings: int) -> None:
        """Read, for the keys of ``prints``, every stored holder of each band key (that is
        not crowded), the first ``postings + 1`` of each passage key (that is not known
        stock) in each table until it has more than ``postings``, and the signatures of the
        ``holders`` of smallest id of each band key, of each crowded key's remembered
        holders and of each passage key's holders when it is not stock."""
        self._prints = list(prints)  # kept, so that their ids stay theirs (:meth:`covers`)
        self._ids = {id(fp) for fp in self._prints}
        bands = Counter(p for fp in self._prints for p in enumerate(fp.bands))
        passages = Counter(k for fp in self._prints for k in dict.fromkeys(fp.passages))
        self._unread_bands = {p for p in bands if p in held.crowded}
        self._unread_passages = {k for k in passages if held.stock.holds(k)}
        self._bands: dict[Pair, list[str]] = {}
        self._passages: dict[int, list[str]] = {}
        wanted = sorted(p for p in bands if p not in self._unread_bands)
        self._read_bands = set(wanted)  # for add_stored
        for table, some in held.band_tables(wanted).items():
            _read_bands(db, table, some, self._bands)
        read = sorted(k for k in passages if k not in self._unread_passages)
        self._read_passage_keys = set(read)
        self._read_passages(db, held, read, postings)
        self._new_bands: dict[Pair, list[str]] = {p: [] for p, n in bands.items() if n > 1}
        self._new_passages: dict[int, list[str]] = {
            k: [] for k, n in passages.items() if n > 1}
        proposed = {i for ids in self._bands.values() for i in sorted(set(ids))[:holders]}
        proposed.update(i for ids in self._passages.values() if len(ids) <= postings
                        for i in ids)
        proposed.update(i for p in self._unread_bands for i in held.crowded.get(p, ()))
        self._signatures = held.signatures.find(proposed)

    def _read_passages(self, db: sqlite3.Connection, held: KeyFilter, wanted: list[int],
                       postings: int) -> None:
        """The stored holders of ``wanted``, the biggest tables first; a key found stock in
        those read goes no further (as one article's look-up:
        store/relations._filtered_postings): while the stock memo is cold (the first
        batches of a run), a batch of the generator's captures at 260,000 meets thousands
        of stock phrases, each held some fourteen times a segment."""
        import numpy as np  # for writing only: a listing of the store imports this module

        from .sealed_filter import may_hold, passage_probes

        probes = passage_probes(wanted)
        for table, bits in held.passage_filters():
            found = np.flatnonzero(may_hold(bits, wanted, probes))
            if not len(found):
                continue
            read_passages(db, table, [wanted[i] for i in found], postings, self._passages)
            if stock := [i for i in found if len(self._passages.get(wanted[i], ())) > postings]:
                keep = np.ones(len(wanted), dtype=bool)
                keep[stock] = False
                wanted = list(itertools.compress(wanted, keep))
                probes = probes[..., keep]

    def read_for(self, prints: list[dedupe.Fingerprint]) -> bool:
        """Whether this read is of exactly ``prints`` (the same objects, in order)."""
        return len(prints) == len(self._prints) and all(
            a is b for a, b in zip(prints, self._prints, strict=True))

    def add_stored(self, stored: Iterable[Stored]) -> None:
        """Articles stored after the store this read saw and before the batch (the batch
        before, stored while this was read beside it: store/read_ahead.py): holders of
        the keys read, as if read with them."""
        for article_id, fp, compact in stored:
            holds = False
            for pair in enumerate(fp.bands):
                if pair in self._read_bands:
                    self._bands.setdefault(pair, []).append(article_id)
                    holds = True
            for key in dict.fromkeys(fp.passages):
                if key in self._read_passage_keys:
                    self._passages.setdefault(key, []).append(article_id)
                    holds = True
            if holds and compact is not None:
                self._signatures[article_id] = compact

    def covers(self, fp: dedupe.Fingerprint) -> bool:
        """Whether ``fp`` is one of the batch's, whose keys were read."""
        return id(fp) in self._ids

    def band_holders(self, pair: Pair) -> list[str] | None:
        """Every holder of a band key of the batch, stored before it or in it; None when
        not read."""
        if pair in self._unread_bands:
            return None
        return self._bands.get(pair, []) + self._new_bands.get(pair, [])

    def passage_holders(self, key: int) -> list[str] | None:
        """A passage key's holders as the tables give them (at most ``postings + 1`` stored
        ones a table), and those of this batch; None when not read."""
        if key in self._unread_passages:
            return None
        return self._passages.get(key, []) + self._new_passages.get(key, [])

    def signatures(self, ids: Iterable[str]) -> tuple[list[tuple[str, bytes]], list[str]]:
        """The compact signatures of ``ids`` known here, and the ids not known (to read)."""
        found, missing = [], []
        for article_id in ids:
            if (signature := self._signatures.get(article_id)) is not None:
                found.append((article_id, signature))
            else:
                missing.append(article_id)
        return found, missing

    def add(self, article_id: str, fp: dedupe.Fingerprint, compact: bytes | None) -> None:
        """An article stored in this batch: a holder of the keys it shares with the articles
        after it, and its compact signature (None when it has none: the store has none)."""
        for pair in enumerate(fp.bands):
            if (holders := self._new_bands.get(pair)) is not None:
                holders.append(article_id)
        for key in dict.fromkeys(fp.passages):
            if (holders := self._new_passages.get(key)) is not None:
                holders.append(article_id)
        if compact is not None:
            self._signatures[article_id] = compact


def _read_bands(db: sqlite3.Connection, table: str, pairs: list[Pair],
                out: dict[Pair, list[str]]) -> None:
    """Every holder of ``pairs`` in one table (a join on a list of values: SQLite uses the
    primary key for each pair), as one string a statement: see :func:`read_passages`."""
    cur = db.cursor()
    cur.row_factory = None
    step = CHUNK // 2
    for start in range(0, len(pairs), step):
        chunk = pairs[start:start + step]
        values = ",".join("(?,?)" for _ in chunk)
        (found,) = cur.execute(
            f"SELECT group_concat(b.band || ' ' || b.key || ' ' || b.article_id, ' ') "
            f"FROM (VALUES {values}) v JOIN {table} b "
            f"ON b.band = v.column1 AND b.key = v.column2",
            [v for pair in chunk for v in pair]).fetchone()
        if found:
            parts = found.split(" ")
            for band, key, article_id in zip(parts[::3], parts[1::3], parts[2::3],
                                             strict=True):
                out.setdefault((int(band), int(key)), []).append(article_id)


def read_passages(db: sqlite3.Connection, table: str, keys: list[int], postings: int,
                   out: dict[int, list[str]]) -> None:
    """The first ``postings + 1`` holders of each of ``keys`` in one table, added to
    ``out`` (a batch's read, or one article's: store/relations._filtered_postings).

    One string a statement, not a row a key: SQLite runs the whole statement without
    Python's lock, and a row a key handed the lock back and forth with the writer at every
    row when this runs in a thread beside it (store/read_ahead.py), which slowed the
    writer's own statements by a third."""
    cur = db.cursor()
    cur.row_factory = None
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start:start + CHUNK]
        values = ",".join("(?)" for _ in chunk)
        (found,) = cur.execute(
            f"SELECT group_concat(k || ':' || ids, ' ') FROM (SELECT v.column1 AS k, "
            f"(SELECT group_concat(article_id) FROM (SELECT article_id FROM {table} p "
            f"WHERE p.key = v.column1 LIMIT {postings + 1})) AS ids "
            f"FROM (VALUES {values}) v) WHERE ids IS NOT NULL", chunk).fetchone()
        if found:
            for item in found.split(" "):
                key, ids = item.split(":")
                out.setdefault(int(key), []).extend(ids.split(","))
