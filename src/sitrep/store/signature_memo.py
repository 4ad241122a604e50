"""The compact MinHash signatures of every stored article, held in memory while one ingest
run writes the store, so that the candidates of a batch's keys are compared without reading
``article_minhash``.

Why: the candidates a batch's keys propose are tens of thousands of stored articles (a
crowded band key proposes thirty, a passage up to thirty), and their signatures sat at
random in a table keyed by a content hash: at 250,000 captures reading them was a fifth of
the batch's look-ups, and it grew with the store as the table outgrew the page cache
(BENCHMARKS.md, "The million in session 33"). One byte a value, 128 bytes an article: some
230 MiB at a million captures (1.75 million articles), which the ingest's page cache gives
up in exchange (``connection.INGEST_CACHE_MAX_MIB``), since it no longer holds that table.

How: article ids are ``a`` and sixteen hex digits (:func:`sitrep.documents.content_id`),
so each is kept as a 64-bit number, in sorted runs of numpy arrays searched with
``searchsorted``; new articles wait in a dict until there are :data:`RUN` of them, then
become a run. Runs are never merged, so memory never holds two copies of the signatures.
An id of another form (none today) is kept as it is, in a dict of its own.

Like the key filter it belongs to (store/key_filter.py), the memo holds every signature the
store holds while no other connection writes, which is when the filter is kept: an id it
does not know has no signature in the store. A rolled-back article may stay in it; it is
never asked for, since only stored rows name it.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable

import numpy as np

#: Articles a sorted run holds (some 9 MiB of signatures). Small, because the articles
#: waiting for a run sit in a dict at some 250 bytes each (a run of 262,144 made the memo
#: hold 65 MiB more before it was sealed); a search is a ``searchsorted`` a run, some 27 runs
#: at a million captures.
RUN = 65_536
#: Bytes of a compact signature (``dedupe.minhash.compact``: one a value).
WIDTH = 128

_USUAL = re.compile(r"a[0-9a-f]{16}")
#: Each byte's value as a lower-case hex digit (16 and over: not one).
_HEX = np.full(256, 255, dtype=np.uint8)
_HEX[np.frombuffer(b"0123456789abcdef", dtype=np.uint8)] = np.arange(16, dtype=np.uint8)
_HEX.flags.writeable = False


class SignatureMemo:
    """Every stored article's compact signature, by id."""

    def __init__(self, db: sqlite3.Connection) -> None:
        """Read every signature of the store (call inside the writer's transaction)."""
        self._runs: list[tuple[np.ndarray, np.ndarray]] = []
        self._recent: dict[int, bytes] = {}
        self._odd: dict[str, bytes] = {}
        cur = db.cursor()
        cur.row_factory = None
        for article_id, signature in cur.execute(
                "SELECT article_id, signature FROM article_minhash"):
            self.add(article_id, signature)
        self._seal()

    def __len__(self) -> int:
        return sum(len(keys) for keys, _ in self._runs) + len(self._recent) + len(self._odd)

    def add(self, article_id: str, signature: bytes) -> None:
        """Keep a stored article's compact signature."""
        key = _number(article_id)
        if key is None or len(signature) != WIDTH:
            self._odd[article_id] = signature
            return
        self._recent[key] = signature
        if len(self._recent) >= RUN:
            self._seal()

    def find(self, ids: Iterable[str]) -> dict[str, bytes]:
        """The signatures of those of ``ids`` the store holds.

        In array operations, not a step of Python an id: a batch's read asks for some
        100,000 candidates, and it runs in a thread beside the writer (store/read_ahead.py),
        whose statements wait whenever this holds Python's lock."""
        names = list(ids)
        out: dict[str, bytes] = {}
        if self._odd:
            out.update((i, self._odd[i]) for i in names if i in self._odd)
        numbers, usual = _numbers(names)
        if not len(numbers):
            return out
        order = np.argsort(numbers)  # searched in order: fewer cache misses
        wanted = numbers[order]
        named = np.asarray(names, dtype=object)[usual][order]
        missing = np.ones(len(wanted), dtype=bool)
        for run_keys, run_signatures in self._runs:
            at = np.minimum(np.searchsorted(run_keys, wanted), len(run_keys) - 1)
            hit = np.flatnonzero(run_keys[at] == wanted)
            if len(hit):
                raw = run_signatures[at[hit]].tobytes()
                out.update(zip(named[hit].tolist(), [
                    raw[i:i + WIDTH] for i in range(0, len(raw), WIDTH)], strict=True))
                missing[hit] = False
        for i in np.flatnonzero(missing).tolist():  # the articles not yet in a run
            if (signature := self._recent.get(int(wanted[i]))) is not None:
                out[named[i]] = signature
        return out

    def _seal(self) -> None:
        """The waiting signatures become one sorted run."""
        if not self._recent:
            return
        keys = np.fromiter(sorted(self._recent), dtype=np.uint64, count=len(self._recent))
        signatures = np.frombuffer(b"".join(self._recent[int(k)] for k in keys),
                                   dtype=np.uint8).reshape(len(keys), WIDTH)
        self._runs.append((keys, signatures))
        self._recent = {}


def _numbers(ids: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The ids of the usual form as 64-bit numbers (as :func:`_number` makes them), and
    which of ``ids`` they are: their hex digits read as arrays."""
    if not ids:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=bool)
    if min(map(len, ids)) == max(map(len, ids)) == 17 and (joined := "".join(ids)).isascii():
        chars = np.frombuffer(joined.encode("ascii"), dtype=np.uint8).reshape(-1, 17)
        nibbles = _HEX[chars[:, 1:]]
        usual = (chars[:, 0] == ord("a")) & (nibbles < 16).all(axis=1)
        both = (nibbles[usual, 0::2] << 4) | nibbles[usual, 1::2]
        return np.ascontiguousarray(both).view(">u8").ravel().astype(np.uint64), usual
    found = [_number(i) for i in ids]
    usual = np.array([n is not None for n in found], dtype=bool)
    return np.array([n for n in found if n is not None], dtype=np.uint64), usual


def _number(article_id: str) -> int | None:
    """The id as a 64-bit number, when it is of the usual form."""
    if _USUAL.fullmatch(article_id) is None:
        return None
    return int(article_id[1:], 16)
