"""Near duplicates across parts: candidate pairs per bucket, then connected components.

Why this shape: two articles are duplicates when they share their text hash, or share an
LSH band key and their MinHash signatures agree on at least ``dedupe.THRESHOLD`` of their
values; a group is a connected component of that relation, named by its smallest article
id. This is what :meth:`sitrep.store.Captures.add_cleaned` computes one article at a time,
so a cluster run gives the groups a single-process run gives. The workers wrote every key
to the bucket its value hashes to, so each bucket task sees every article that shares one
of its keys; it checks those pairs and writes the edges. One task then joins the edges
into groups. Only group members travel, never all articles.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from .. import dedupe
from .ingest_part import SIGNATURE_COLUMNS, TEXT_HASH_BAND
from .parquet import read_rows, write_rows

EDGE_COLUMNS = ("a", "b")
GROUP_COLUMNS = ("article_id", "group_id")


def find_edges(work: str, bucket: int, part_ids: list[str]) -> int:
    """Check the candidate pairs of one bucket; write the duplicate edges; how many."""
    base = Path(work)
    candidates: set[tuple[str, str]] = set()
    edges: set[tuple[str, str]] = set()
    for band, members in _shared_keys(base, bucket, part_ids):
        for a, b in itertools.combinations(sorted(set(members)), 2):
            (edges if band == TEXT_HASH_BAND else candidates).add((a, b))
    candidates -= edges
    if candidates:
        signatures = _signatures(base, part_ids, {i for pair in candidates for i in pair})
        edges |= {(a, b) for a, b in candidates
                  if a in signatures and b in signatures
                  and dedupe.similarity(signatures[a], signatures[b]) >= dedupe.THRESHOLD}
    write_rows(base / "edges" / f"bucket-{bucket}.parquet", EDGE_COLUMNS, sorted(edges))
    return len(edges)


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
    shared = grouped.filter(pc.greater(pc.list_value_length(grouped["article_id_list"]), 1))
    return list(zip(shared["band"].to_pylist(), shared["article_id_list"].to_pylist(),
                    strict=True))


def _signatures(base: Path, part_ids: list[str], wanted: set[str]) -> dict[str, bytes]:
    """The signatures of ``wanted`` articles, read from the parts (only those columns)."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    found: dict[str, bytes] = {}
    keys = list(wanted)
    for part_id in part_ids:
        path = base / "parts" / part_id / "signatures.parquet"
        table = pq.read_table(path, columns=list(SIGNATURE_COLUMNS))
        if table.num_rows == 0:  # a part with no article long enough to sign
            continue
        table = table.filter(pc.is_in(table["article_id"], value_set=_string_array(keys)))
        data = table.to_pydict()
        found.update(zip(data["article_id"], data["signature"], strict=True))
        if len(found) == len(wanted):
            break
    return found


def _string_array(values: list[str]) -> object:
    import pyarrow as pa

    return pa.array(values, type=pa.string())


def components(work: str, buckets: int) -> int:
    """Join the edges of every bucket into groups; write (article, group) for every member
    of a group of two or more; how many such members."""
    base = Path(work)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    for bucket in range(buckets):
        path = base / "edges" / f"bucket-{bucket}.parquet"
        for a, b in read_rows(path)[1]:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)  # the root is the smallest id
    members = sorted((x, find(x)) for x in parent)
    write_rows(base / "groups.parquet", GROUP_COLUMNS, members)
    return len(members)
