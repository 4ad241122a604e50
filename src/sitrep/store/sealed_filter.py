"""A Bloom filter of one sealed key table, asked about a whole batch of keys at once.

Why: an ingest batch asks every key table's filter about each of its keys (store/batch_keys.py:
some 43,000 band pairs and 45,000 passage keys a batch of 1,000 captures), and the tables
grow in number with the store (a segment every 44,000 captures or so: store/recent.py). With
a filter that is asked one key at a time from Python (rbloom: some 0.25 µs a question),
those questions took 160-210 ms a batch at 472,000 captures and grow with every segment
sealed (BENCHMARKS.md, "The million in session 34"). rbloom has no call that asks about
many keys, so this one is ours: its bits are a numpy array, where each key sets its bits
(its probes) is computed once a batch, and each table answers for all of them in a few
array operations.

How: a blocked Bloom filter, two 64-bit words a key: for each, a mix of the key's hash
picks the word, and 6-bit fields of another pick four bits in it. A sealed table never
changes, so the filter is built once, from all its keys, sized for as many; the
recent table, which takes every new article's keys, keeps its rbloom filter
(store/key_filter.py). Like any Bloom filter it never says "absent" of a key it was given,
so a look-up through it finds every row it found before; a key it wrongly lets through
costs one probe of that table (some 0.1% of absent keys at :data:`BITS_PER_KEY`).
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any, Protocol

import numpy as np

#: Key rows read from a table at a time to build its filter (the probes of a segment's 2.4
#: million keys at once would hold 77 MiB).
READ_CHUNK = 500_000
#: Bits of filter a key: one 64-bit word for every four keys on average, half what the
#: rbloom filters this replaced held (each sized for all of a segment's rows, of every kind).
BITS_PER_KEY = 16
#: Words a key sets bits in (two, each found by a gather of its own), and bits it sets in
#: each. Measured on a million random keys: 0.11% of absent keys let through; one word of
#: six bits let through 0.40%, and each false pass is a probe of that table's tree.
WORDS = 2
BITS_SET = 4

_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_MIX_1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX_2 = np.uint64(0x94D049BB133111EB)


def _mix(values: np.ndarray) -> np.ndarray:
    """SplitMix64's finaliser: every bit of the result depends on every bit of the value
    (band and passage keys are hashes already, but a band's pairs share their band)."""
    with np.errstate(over="ignore"):
        z = values + _GOLDEN
        z = (z ^ (z >> np.uint64(30))) * _MIX_1
        z = (z ^ (z >> np.uint64(27))) * _MIX_2
    return z ^ (z >> np.uint64(31))


def passage_probes(keys: Sequence[int] | Sequence[tuple[int]] | np.ndarray) -> np.ndarray:
    """The probes of each passage key (signed 64-bit integers, or rows of one):
    :func:`_probes`."""
    return _probes(np.asarray(keys, dtype=np.int64).reshape(-1).view(np.uint64))


def band_probes(pairs: Sequence[tuple[int, int]] | np.ndarray) -> np.ndarray:
    """The probes of each (band, key) pair, from the key moved by its band: :func:`_probes`."""
    both = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    with np.errstate(over="ignore"):
        moved = both[:, 1].view(np.uint64) + both[:, 0].astype(np.uint64) * _MIX_2
    return _probes(moved)


def _probes(keys: np.ndarray) -> np.ndarray:
    """For each of :data:`WORDS` words a key sets bits in, where the word is (the high half
    of one mix of the key, a fraction of the filter's length) and the bits it sets (6-bit
    fields of another mix): an array ``[word][where, bits][key]``, the keys last, so that
    ``probes[..., chosen]`` keeps some of them. Computed once a batch, for every table."""
    probes = np.empty((WORDS, 2, len(keys)), dtype=np.uint64)
    hashes = _mix(keys)
    for word in range(WORDS):
        bits = _mix(hashes)
        probes[word, 0] = hashes >> np.uint64(32)
        mask = probes[word, 1]
        mask[:] = 0
        for i in range(BITS_SET):
            mask |= np.uint64(1) << ((bits >> np.uint64(6 * i)) & np.uint64(63))
        hashes = _mix(bits)
    return probes


class SealedFilter:
    """The bits of one sealed table's keys, sized for their number, set from their probes
    (:func:`band_probes`, :func:`passage_probes`)."""

    def __init__(self, keys: int) -> None:
        self._words = np.zeros(max(1, -(-keys * BITS_PER_KEY // 64)), dtype=np.uint64)

    def add(self, probes: np.ndarray) -> None:
        """Set the bits of some keys."""
        for word in range(WORDS):
            np.bitwise_or.at(self._words, self._slots(probes[word, 0]), probes[word, 1])

    def _slots(self, where: np.ndarray) -> np.ndarray:
        # a 32-bit fraction of the length: a word in range, evenly
        return (where * np.uint64(len(self._words))) >> np.uint64(32)

    def may_hold(self, probes: np.ndarray) -> np.ndarray:
        """For each key, whether it may be in the table (False: it is not)."""
        held = np.ones(probes.shape[-1], dtype=bool)
        for word in range(WORDS):
            mask = probes[word, 1]
            held &= (self._words[self._slots(probes[word, 0])] & mask) == mask
        return held

    @property
    def nbytes(self) -> int:
        return int(self._words.nbytes)


class AskedByKey(Protocol):
    """A filter that answers for a list of keys, probing each on its own (the recent
    table's: key_filter.RecentBits), where a sealed one answers from the keys' probes."""

    def may_hold_keys(self, keys: Sequence[Any]) -> np.ndarray: ...


def may_hold(bits: SealedFilter | AskedByKey, keys: Sequence[Any],
             probes: np.ndarray) -> np.ndarray:
    """For each of ``keys`` (``probes``: theirs, :func:`band_probes` or
    :func:`passage_probes`), whether the table of ``bits`` may hold it: a sealed table's
    filter answers for all at once, the recent table's (rbloom) one key at a time."""
    if isinstance(bits, SealedFilter):
        return bits.may_hold(probes)
    return bits.may_hold_keys(keys)


def by_table(filters: dict[str, Any], keys: Sequence[Any],
             probes_of: Callable[[Sequence[Any]], np.ndarray]) -> dict[str, list[Any]]:
    """For each table of ``filters`` (sealed or rbloom), those of ``keys`` it may hold
    (tables holding none left out); ``probes_of`` gives the keys' probes, computed once."""
    out: dict[str, list[Any]] = {}
    if not keys:  # an article whose keys its batch read: no array work for nothing
        return out
    probes = probes_of(keys)
    for name, bits in filters.items():
        if len(found := np.flatnonzero(may_hold(bits, keys, probes))):
            out[name] = [keys[i] for i in found]
    return out


def read_table(db: sqlite3.Connection, select: str, keys: int) -> SealedFilter:
    """A filter of the keys ``select`` gives (band and key, or a passage key, a row),
    sized for ``keys`` of them, read :data:`READ_CHUNK` rows at a time."""
    bits = SealedFilter(keys)
    cur = db.cursor()
    cur.row_factory = None
    cur.execute(select)
    width = len(cur.description)
    probes_of = band_probes if width == 2 else passage_probes
    while rows := cur.fetchmany(READ_CHUNK):  # flat: numpy takes the rows' tuples slowly
        bits.add(probes_of(np.fromiter(itertools.chain.from_iterable(rows), dtype=np.int64,
                                       count=width * len(rows))))
    return bits
