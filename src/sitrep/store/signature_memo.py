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
        """The signatures of those of ``ids`` the store holds."""
        out: dict[str, bytes] = {}
        names, keys = [], []
        for article_id in ids:
            if (signature := self._odd.get(article_id)) is not None:
                out[article_id] = signature
            elif (key := _number(article_id)) is None:
                continue
            elif (signature := self._recent.get(key)) is not None:
                out[article_id] = signature
            else:
                names.append(article_id)
                keys.append(key)
        if not keys:
            return out
        numbers = np.array(keys, dtype=np.uint64)
        order = np.argsort(numbers)  # searched in order: fewer cache misses
        wanted = numbers[order]
        names = [names[i] for i in order]
        for run_keys, run_signatures in self._runs:
            at = np.minimum(np.searchsorted(run_keys, wanted), len(run_keys) - 1)
            for i in np.flatnonzero(run_keys[at] == wanted):
                out[names[i]] = run_signatures[at[i]].tobytes()
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


def _number(article_id: str) -> int | None:
    """The id as a 64-bit number, when it is of the usual form."""
    if _USUAL.fullmatch(article_id) is None:
        return None
    return int(article_id[1:], 16)
