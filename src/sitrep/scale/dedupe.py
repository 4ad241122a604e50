"""Copies and same-source pairs across parts: candidate pairs per bucket, then groups.

Why this shape: two articles are copies when they share their text hash, or are candidates
(:func:`sitrep.store.relations.is_candidate`: an LSH band key or a passage key shared, and
a MinHash estimate high enough) that :func:`sitrep.store.relations.decide` finds to be
copies on their words; a group is a connected component of copies, named by its smallest
article id. Both rules look at the pair alone, so this is what
:meth:`sitrep.store.Captures.add_cleaned` computes one article at a time, and a cluster run
gives the pairs and groups a single-process run gives. The workers wrote every key to the
bucket its value hashes to, so each bucket task sees every pair that shares one of its
keys. A pair sharing many keys meets in many buckets; it is decided in one, the bucket of
the smallest key that makes it a candidate, so the costly comparison runs once per pair.
The bucket writes its pairs (``article_relations`` rows); one task then joins the copies
into groups. Only pairs and group members travel, never all articles.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from .. import dedupe
from ..groups import joined
from ..store import relations, rows
from .ingest_part import PASSAGE_BAND, SIGNATURE_COLUMNS, TEXT_HASH_BAND, bucket_of
from .parquet import read_rows, write_rows

GROUP_COLUMNS = ("article_id", "group_id")


def find_edges(work: str, bucket: int, part_ids: list[str], buckets: int) -> int:
    """Find and decide the pairs this bucket owns; write them as ``article_relations``
    rows; how many."""
    base = Path(work)
    exact: set[tuple[str, str]] = set()
    seen: set[tuple[str, str]] = set()
    for band, members in _shared_keys(base, bucket, part_ids):
        for a, b in itertools.combinations(sorted(set(members)), 2):
            (exact if band == TEXT_HASH_BAND else seen).add((a, b))
    found = [rows.relation_row(a, b, dedupe.COPY, 1.0) for a, b in sorted(exact)]
    prints = _fingerprints(base, part_ids, {i for pair in seen for i in pair})
    owned = sorted(pair for pair in seen if pair[0] in prints and pair[1] in prints
                   and _owner(prints[pair[0]], prints[pair[1]], buckets) == bucket)
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


def _owner(a: dedupe.Fingerprint, b: dedupe.Fingerprint, buckets: int) -> int | None:
    """The bucket that decides a pair: that of the smallest key that makes it a
    candidate; None when it is no candidate (or an exact copy, decided by its hash)."""
    if a.text_hash == b.text_hash or a.signature is None or b.signature is None:
        return None
    bands = [(i, k) for i, (k, other) in enumerate(zip(a.bands, b.bands, strict=False))
             if k == other]
    passages = [(PASSAGE_BAND, k) for k in sorted(set(a.passages) & set(b.passages))]
    similarity = dedupe.similarity(a.signature, b.signature)
    keys = [*(passages if relations.is_candidate(similarity, False, bool(passages)) else ()),
            *(bands if relations.is_candidate(similarity, bool(bands), False) else ())]
    return bucket_of(*min(keys), buckets) if keys else None


def _shared_keys(base: Path, bucket: int, part_ids: list[str]) -> list[tuple[int, list[str]]]:
    """(band, article ids) for every key of the bucket that more than one row holds.

    The grouping runs in Arrow: most keys are held by one article, and only the few
    shared ones become Python objects."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    paths = [base / "keys" / f"bucket-{bucket}" / f"{p}.parquet" for p in part_ids]
    tables = [pq.read_table(p) for p in paths if p.exists()]
    tables = [t for t in tables if t.num_rows]
    if not tables:
        return []
    grouped = pa.concat_tables(tables).group_by(["band", "key"]).aggregate(
        [("article_id", "list")])
    held = pc.list_value_length(grouped["article_id_list"])
    # a passage held by more than STOCK_POSTINGS articles is a stock phrase, as for one
    # process (the whole collection's count here, the count so far there: the same
    # pairs as long as no passage is that common when the later article of a pair arrives)
    stock = pc.and_(pc.equal(grouped["band"], PASSAGE_BAND),
                    pc.greater(held, relations.STOCK_POSTINGS))
    shared = grouped.filter(pc.and_(pc.greater(held, 1), pc.invert(stock)))
    return list(zip(shared["band"].to_pylist(), shared["article_id_list"].to_pylist(),
                    strict=True))


def _fingerprints(base: Path, part_ids: list[str],
                  wanted: set[str]) -> dict[str, dedupe.Fingerprint]:
    """The fingerprints of ``wanted`` articles, read from the parts."""
    return {r[0]: dedupe.Fingerprint(r[1], r[2], tuple(r[3]), tuple(r[4]))
            for r in _read_wanted(base, part_ids, "signatures", SIGNATURE_COLUMNS, wanted)}


def _texts(base: Path, part_ids: list[str], wanted: set[str]) -> dict[str, str]:
    return dict(_read_wanted(base, part_ids, "articles", ("id", "text"), wanted))


def _read_wanted(base: Path, part_ids: list[str], table_name: str, columns: tuple[str, ...],
                 wanted: set[str]) -> list[tuple[object, ...]]:
    """The rows of ``wanted`` articles (first column) of one table of the parts, only the
    given columns, filtered in Arrow."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    found: dict[object, tuple[object, ...]] = {}
    if not wanted:
        return []
    keys = list(wanted)
    for part_id in part_ids:
        path = base / "parts" / part_id / f"{table_name}.parquet"
        table = pq.read_table(path, columns=list(columns))
        if table.num_rows == 0:  # a part with no article (long enough to sign)
            continue
        table = table.filter(pc.is_in(table[columns[0]], value_set=_string_array(keys)))
        data = table.to_pydict()
        found.update((r[0], r) for r in zip(*(data[c] for c in columns), strict=True))
        if len(found) == len(wanted):
            break
    return list(found.values())


def _string_array(values: list[str]) -> object:
    import pyarrow as pa

    return pa.array(values, type=pa.string())


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
