"""Copies and same-source pairs across parts: candidate pairs per bucket, then groups.

Why this shape: two articles are copies when they share their text hash, or are candidates
(:func:`sitrep.store.relations.is_candidate`: an LSH band key or a passage key shared, and
a MinHash estimate high enough) that :func:`sitrep.store.relations.decide` finds to be
copies on their words; a group is a connected component of copies, named by its smallest
article id. This is what :meth:`sitrep.store.Captures.add_cleaned` computes one article at
a time, and a cluster run gives the pairs and groups a single-process run gives.

One thing there depends on more than the pair: a passage held by more than
``STOCK_POSTINGS`` stored articles is a stock phrase, and an article arriving then does not
look it up, so the articles that pair up on a passage are its first ``STOCK_POSTINGS + 1``
holders in the order one process stores them. The parts are planned in that order, and
every key row carries its article's place in its part, so a bucket sorts the holders of
such a passage and keeps the first ones (:func:`stock_passages` writes them down).

The workers wrote every key to the bucket its value hashes to, so each bucket task sees
every pair that shares one of its keys. A pair sharing many keys meets in many buckets; it
is decided in one, the bucket of the smallest key that makes it a candidate, so the costly
comparison runs once per pair. A stock passage makes the pair a candidate only when both
articles are among its first holders: that is read from every bucket's stock file, which
is why a bucket's pairs (:func:`find_edges`) wait for every bucket's stock passages. The
bucket writes its pairs (``article_relations`` rows); one task then joins the copies into
groups. Only pairs, group members and the first holders of stock passages travel, never
all articles.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import dedupe
from ..groups import joined
from ..store import relations, rows
from .candidates import close_pairs, pair_set, read_wanted
from .ingest_part import PASSAGE_BAND, SIGNATURE_COLUMNS, TEXT_HASH_BAND, bucket_of
from .parquet import read_rows, write_rows

GROUP_COLUMNS = ("article_id", "group_id")
#: The passages held by more than ``STOCK_POSTINGS`` articles of the run, with the articles
#: that pair up on each (the first ``STOCK_POSTINGS + 1`` to arrive): one row per article.
STOCK_COLUMNS = ("key", "article_id")
#: The pairs a crowded LSH band key makes (held by more than ``BAND_HOLDERS`` + 1 articles
#: of the run: each holder with the ``BAND_HOLDERS`` of smallest id that came before it).
CROWDED_COLUMNS = ("band", "key", "a", "b")


@dataclass
class BucketKeys:
    """What a bucket's keys pair up: the article ids of each shared key whose holders all
    pair (band, ids); the first holders of its stock passages (key, id); and the pairs of
    its crowded band keys (band, key, a, b), each pair in id order."""

    shared: list[tuple[int, list[str]]] = field(default_factory=list)
    stock: list[tuple[int, str]] = field(default_factory=list)
    crowded: list[tuple[int, int, str, str]] = field(default_factory=list)


def stock_passages(work: str, bucket: int, part_ids: list[str]) -> int:
    """The first of the two steps of a bucket: write which articles pair up on each of its
    stock passages and crowded band keys, which every bucket's :func:`find_edges` reads to
    know where a pair is decided; how many such keys."""
    base = Path(work)
    keys = _shared_keys(base, bucket, part_ids, pairs=False)
    write_rows(base / "stock" / f"bucket-{bucket}.parquet", STOCK_COLUMNS, keys.stock)
    write_rows(base / "crowded" / f"bucket-{bucket}.parquet", CROWDED_COLUMNS, keys.crowded)
    return len({key for key, _ in keys.stock}) + len({r[:2] for r in keys.crowded})


def find_edges(work: str, bucket: int, part_ids: list[str], buckets: int,
               after: object = None) -> int:
    """Find and decide the pairs this bucket owns; write them as ``article_relations``
    rows; how many. ``after`` holds the results of every bucket's :func:`stock_passages`
    (a task of the cluster waits for them, and this one reads their files)."""
    base = Path(work)
    keys = _shared_keys(base, bucket, part_ids)
    exact = pair_set((m for band, m in keys.shared if band == TEXT_HASH_BAND), ()).pairs()
    found = [rows.relation_row(a, b, dedupe.COPY, 1.0) for a, b in sorted(exact)]
    seen = close_pairs(base, part_ids, pair_set(
        (m for band, m in keys.shared if band != TEXT_HASH_BAND),
        ((a, b) for _, _, a, b in keys.crowded)))
    prints = _fingerprints(base, part_ids, {i for pair in seen for i in pair})
    paired = _Paired(
        _stock(base, buckets, {k for a, b in seen
                               for k in set(prints[a].passages) & set(prints[b].passages)}),
        _crowded(base, buckets, {(i, k) for a, b in seen for i, (k, other) in
                                 enumerate(zip(prints[a].bands, prints[b].bands,
                                               strict=False)) if k == other}))
    owned = sorted(pair for pair in seen
                   if _owner(pair, prints[pair[0]], prints[pair[1]], paired, buckets) == bucket)
    texts = _texts(base, part_ids, {i for pair in owned for i in pair})
    tokens: dict[str, object] = {}
    for a, b in owned:
        for i in (a, b):
            if i not in tokens:
                tokens[i] = dedupe.passages.tokens(texts[i])
        relation = relations.decide(tokens[a], prints[a].text_hash,  # type: ignore[arg-type]
                                    tokens[b], prints[b].text_hash)  # type: ignore[arg-type]
        if relation.kind is not None:
            found.append(rows.relation_row(a, b, relation.kind, relation.coverage))
    write_rows(base / "relations" / f"bucket-{bucket}.parquet", rows.RELATION_COLUMNS, found)
    return len(found)


@dataclass(frozen=True)
class _Paired:
    """Who pairs up on the stock passages (key: first holders) and the crowded band keys
    ((band, key): pairs) that the pairs of a bucket share, read from every bucket."""

    stock: dict[int, set[str]]
    crowded: dict[tuple[int, int], set[tuple[str, str]]]


def _owner(pair: tuple[str, str], a: dedupe.Fingerprint, b: dedupe.Fingerprint,
           paired: _Paired, buckets: int) -> int | None:
    """The bucket that decides a pair: that of the smallest key that makes it a
    candidate; None when it is no candidate (or an exact copy, decided by its hash).

    A stock passage counts only when both articles are among those that pair up on it, and
    a crowded band key only when it pairs the two, as in the bucket that holds it:
    otherwise a pair could be owned by a bucket that never sees it, and be decided
    nowhere."""
    if a.text_hash == b.text_hash or a.signature is None or b.signature is None:
        return None
    stock, crowded = paired.stock, paired.crowded
    bands = [(i, k) for i, (k, other) in enumerate(zip(a.bands, b.bands, strict=False))
             if k == other and ((i, k) not in crowded or pair in crowded[(i, k)])]
    passages = [(PASSAGE_BAND, k) for k in sorted(set(a.passages) & set(b.passages))
                if k not in stock or (pair[0] in stock[k] and pair[1] in stock[k])]
    similarity = dedupe.similarity(dedupe.compact(a.signature), dedupe.compact(b.signature))
    keys = [*(passages if relations.is_candidate(similarity, False, bool(passages)) else ()),
            *(bands if relations.is_candidate(similarity, bool(bands), False) else ())]
    return bucket_of(*min(keys), buckets) if keys else None


def _stock(base: Path, buckets: int, keys: set[int]) -> dict[int, set[str]]:
    """Of ``keys``, the stock passages, each with the articles that pair up on it."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    out: dict[int, set[str]] = {}
    if not keys:
        return out
    wanted = pa.array(sorted(keys), type=pa.int64())
    for bucket in range(buckets):
        table = pq.read_table(base / "stock" / f"bucket-{bucket}.parquet")
        if table.num_rows == 0:
            continue
        table = table.filter(pc.is_in(table["key"], value_set=wanted))
        for key, article_id in zip(table["key"].to_pylist(), table["article_id"].to_pylist(),
                                   strict=True):
            out.setdefault(key, set()).add(article_id)
    return out


def _crowded(base: Path, buckets: int,
             keys: set[tuple[int, int]]) -> dict[tuple[int, int], set[tuple[str, str]]]:
    """Of ``keys`` (band, key), the crowded band keys, each with the pairs it makes."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    out: dict[tuple[int, int], set[tuple[str, str]]] = {}
    if not keys:
        return out
    wanted = pa.array(sorted({k for _, k in keys}), type=pa.int64())
    for bucket in range(buckets):
        table = pq.read_table(base / "crowded" / f"bucket-{bucket}.parquet")
        if table.num_rows == 0:
            continue
        data = table.filter(pc.is_in(table["key"], value_set=wanted)).to_pydict()
        for band, key, a, b in zip(*(data[c] for c in CROWDED_COLUMNS), strict=True):
            if (band, key) in keys:
                out.setdefault((band, key), set()).add((a, b))
    return out


def _shared_keys(base: Path, bucket: int, part_ids: list[str], pairs: bool = True
                 ) -> BucketKeys:
    """What the keys of the bucket pair up (:class:`BucketKeys`; with ``pairs`` False,
    only the stock passages' first holders and the crowded band keys' pairs).

    A passage held by more than ``STOCK_POSTINGS`` articles of the run is a stock phrase.
    One process looks a passage up only while at most that many stored articles hold it
    (:func:`sitrep.store.relations._rare_keys`): the articles that pair up on it are the
    first ``STOCK_POSTINGS + 1`` to arrive, in the order it stores them, which is the order
    of the parts (``part_ids``) and of the articles in each. A band key is crowded when
    more than ``BAND_HOLDERS`` + 1 articles hold it: one process then looks up only the
    ``BAND_HOLDERS`` holders of smallest id stored before each new one
    (:func:`sitrep.store.relations.band_holders`), and so does :func:`_band_pairs`. The
    grouping runs in Arrow: most keys are held by one article, and only the few shared ones
    become Python objects."""
    import pyarrow.compute as pc

    out = BucketKeys()
    table = _bucket_table(base, bucket, part_ids)
    if table is None:
        return out
    grouped = table.group_by(["band", "key"]).aggregate(
        [("article_id", "list"), ("order", "list"), ("article_id", "count_distinct")])
    held = grouped["article_id_count_distinct"]
    capped = pc.and_(pc.equal(grouped["band"], PASSAGE_BAND),
                     pc.greater(held, relations.STOCK_POSTINGS))
    crowded = pc.and_(pc.greater_equal(grouped["band"], 0),
                      pc.greater(held, relations.BAND_HOLDERS + 1))
    shared = grouped.filter(pc.and_(pc.greater(held, 1),
                                    pc.invert(pc.or_(capped, crowded))))
    if pairs:
        out.shared = list(zip(shared["band"].to_pylist(), shared["article_id_list"].to_pylist(),
                              strict=True))
    capped_rows = grouped.filter(capped)
    for key, ids, order in zip(capped_rows["key"].to_pylist(),
                               capped_rows["article_id_list"].to_pylist(),
                               capped_rows["order_list"].to_pylist(), strict=True):
        first = _arrivals(ids, order)[:relations.STOCK_POSTINGS + 1]
        out.shared.append((PASSAGE_BAND, first))
        out.stock += [(key, i) for i in first]
    crowded_rows = grouped.filter(crowded)
    for band, key, ids, order in zip(*(crowded_rows[c].to_pylist() for c in (
            "band", "key", "article_id_list", "order_list")), strict=True):
        out.crowded += [(band, key, a, b) for a, b in _band_pairs(_arrivals(ids, order))]
    return out


def _arrivals(ids: list[str], order: list[int]) -> list[str]:
    """The articles in the order they arrive (an article read twice counts where it was
    first read, as one process stores it there)."""
    first: dict[str, int] = {}
    for article_id, at in zip(ids, order, strict=True):
        first[article_id] = min(at, first.get(article_id, at))
    return sorted(first, key=first.__getitem__)


def _band_pairs(arrivals: list[str]) -> list[tuple[str, str]]:
    """The pairs one process makes on a crowded band key: each holder, as it arrives, with
    the ``BAND_HOLDERS`` of smallest id stored before it (each pair in id order)."""
    smallest: list[str] = []
    out: list[tuple[str, str]] = []
    for article_id in arrivals:
        out += [(min(x, article_id), max(x, article_id)) for x in smallest]
        bisect.insort(smallest, article_id)
        del smallest[relations.BAND_HOLDERS:]
    return out


def _bucket_table(base: Path, bucket: int, part_ids: list[str]) -> Any:
    """The keys of one bucket from every part, each row with its article's place in the
    order of arrival (``order``: the part's place, then the article's in the part)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    tables = []
    for index, part_id in enumerate(part_ids):
        path = base / "keys" / f"bucket-{bucket}" / f"{part_id}.parquet"
        table = pq.read_table(path) if path.exists() else None
        if table is None or table.num_rows == 0:
            continue
        order = pc.add(table["position"].cast(pa.int64()), pa.scalar(index << 32, pa.int64()))
        tables.append(table.drop_columns(["position"]).append_column("order", order))
    return pa.concat_tables(tables) if tables else None


def _fingerprints(base: Path, part_ids: list[str],
                  wanted: set[str]) -> dict[str, dedupe.Fingerprint]:
    """The fingerprints of ``wanted`` articles, read from the parts."""
    return {r[0]: dedupe.Fingerprint(r[1], r[2], tuple(r[3]), tuple(r[4]))
            for r in read_wanted(base, part_ids, "signatures", SIGNATURE_COLUMNS, wanted)}


def _texts(base: Path, part_ids: list[str], wanted: set[str]) -> dict[str, str]:
    return dict(read_wanted(base, part_ids, "articles", ("id", "text"), wanted))


def components(work: str, buckets: int) -> int:
    """Join the copies found in every bucket into groups; write (article, group) for every
    member of a group of two or more; how many such members."""
    base = Path(work)
    copies = [(a, b) for bucket in range(buckets)
              for a, b, kind, _ in read_rows(base / "relations" / f"bucket-{bucket}.parquet")[1]
              if kind == dedupe.COPY]
    members = sorted(joined(copies).items())
    write_rows(base / "groups.parquet", GROUP_COLUMNS, members)
    return len(members)
