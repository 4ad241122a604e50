"""The pairs a dedupe bucket's shared keys make, kept as arrays until the close ones are known.

Why arrays: a stock passage pairs up its first ``STOCK_POSTINGS + 1`` holders and a crowded
band key each holder with ``BAND_HOLDERS`` others, so each of the eight buckets of a run of
20,000 captures meets some 300,000 pairs, of which some 2,500 are close enough to be
candidates. Kept as Python tuples of ids, sorted and filtered one by one, they took most of
a bucket's time; here each article is a row number, a pair is one 64-bit code, and only the
pairs whose MinHash estimate reaches the bar become ids again. The test is the same as one
process makes (``store/relations._close``): the compact signatures (``article_minhash``),
compared value by value, through :func:`sitrep.dedupe.minhash.jaccard`.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import dedupe
from ..store import relations
from .ingest_part import part_dir

if TYPE_CHECKING:
    import numpy as np

#: Pairs whose estimates are compared in one array operation at a time.
CHUNK = 65_536
#: A group of holders at least this large makes its pairs with numpy, a smaller one in Python
#: (most shared keys have two or three holders, for which an array costs more than a tuple).
_ARRAY_GROUP = 16


@dataclass(frozen=True)
class PairSet:
    """Pairs of articles: ``ids`` sorted, each pair coded ``i * len(ids) + j`` with i < j
    (so in the order of the ids), every code once, in increasing order."""

    ids: list[str]
    codes: np.ndarray

    def pairs(self, keep: np.ndarray | None = None) -> set[tuple[str, str]]:
        """The pairs as ids (only those where ``keep`` is true, when given)."""
        codes = self.codes if keep is None else self.codes[keep]
        n = len(self.ids)
        return {(self.ids[c // n], self.ids[c % n]) for c in codes.tolist()}


def pair_set(groups: Iterable[Sequence[str]], pairs: Iterable[tuple[str, str]]) -> PairSet:
    """Every pair within each group of holders, and the ``pairs`` given, each once."""
    import numpy as np

    groups = [g for g in groups if len(g) > 1]
    pairs = list(pairs)
    ids = sorted({i for g in groups for i in g} | {i for p in pairs for i in p})
    row = {article_id: k for k, article_id in enumerate(ids)}
    n = len(ids)
    small = [row[min(a, b)] * n + row[max(a, b)] for a, b in pairs if a != b]
    arrays = []
    for group in groups:
        rows = sorted({row[i] for i in group})
        if len(rows) < _ARRAY_GROUP:
            small += [i * n + j for i, j in itertools.combinations(rows, 2)]
            continue
        at = np.asarray(rows, dtype=np.int64)
        left, right = np.triu_indices(len(rows), 1)
        arrays.append(at[left] * n + at[right])
    arrays.append(np.asarray(small, dtype=np.int64))
    return PairSet(ids, np.unique(np.concatenate(arrays)))


def close_pairs(base: Path, part_ids: list[str], found: PairSet) -> set[tuple[str, str]]:
    """The pairs whose MinHash estimate reaches the lower of the two candidate bars
    (``relations.MIN_JACCARD``, ``dedupe.THRESHOLD``): no key can make another pair a
    candidate, so they are dropped before the costly per-pair work, as one process drops
    them. An article too short to sign has no signature and makes no pair here."""
    import numpy as np

    if not len(found.codes):
        return set()
    n = len(found.ids)
    matrix, signed = _signatures(base, part_ids, found.ids)
    left, right = np.divmod(found.codes, n)
    keep = signed[left] & signed[right]
    bar = min(relations.MIN_JACCARD, dedupe.THRESHOLD)
    for at in range(0, len(left), CHUNK):
        part = slice(at, at + CHUNK)
        equal = np.count_nonzero(matrix[left[part]] == matrix[right[part]], axis=1)
        keep[part] &= dedupe.minhash.jaccard(equal) >= bar
    return found.pairs(keep)


def _signatures(base: Path, part_ids: list[str], ids: list[str]
                ) -> tuple[np.ndarray, np.ndarray]:
    """The compact signatures of ``ids`` as a matrix (one row each, in their order), and
    which rows hold one."""
    import numpy as np

    row = {article_id: k for k, article_id in enumerate(ids)}
    matrix = np.zeros((len(ids), dedupe.minhash.NUM_PERM), dtype=np.uint8)
    signed = np.zeros(len(ids), dtype=bool)
    for article_id, signature in read_wanted(base, part_ids, "article_minhash",
                                             ("article_id", "signature"), set(ids)):
        k = row[article_id]  # type: ignore[index]
        matrix[k] = np.frombuffer(signature, dtype=np.uint8)  # type: ignore[arg-type]
        signed[k] = True
    return matrix, signed


def read_wanted(base: Path, part_ids: list[str], table_name: str, columns: tuple[str, ...],
                wanted: set[str]) -> list[tuple[object, ...]]:
    """The rows of ``wanted`` articles (first column) of one table of the parts, only the
    given columns, filtered in Arrow."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    found: dict[object, tuple[object, ...]] = {}
    if not wanted:
        return []
    value_set = pa.array(sorted(wanted), type=pa.string())
    for part_id in part_ids:
        path = part_dir(base, part_id) / f"{table_name}.parquet"
        table = pq.read_table(path, columns=list(columns))
        if table.num_rows == 0:  # a part with no article (long enough to sign)
            continue
        table = table.filter(pc.is_in(table[columns[0]], value_set=value_set))
        data = table.to_pydict()
        found.update((r[0], r) for r in zip(*(data[c] for c in columns), strict=True))
        if len(found) == len(wanted):
            break
    return list(found.values())
