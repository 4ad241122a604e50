"""Copies and same-source rewrites between stored articles: finding them when an article
arrives, keeping them, and reading them back.

The LSH band keys (``lsh_bands``) only propose candidates: articles that share a band key
and whose MinHash estimate of the Jaccard similarity is at least :data:`MIN_JACCARD`. Each
candidate is then decided on its passages by :func:`sitrep.dedupe.relate`, so the costly
comparison runs on a handful of pairs, never on the whole store. A *copy* joins the
article's duplicate group (``articles.group_id``); a *same source* pair is only recorded
(``article_relations``): the two are shown together, each stays an article of its own.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import numpy as np

from .. import dedupe

#: Candidates with a lower MinHash estimate are not compared: a trimmed copy of half the
#: length still measures about 0.25, stories that only share a topic measure under 0.1.
MIN_JACCARD = 0.08


@dataclass(frozen=True, slots=True)
class Related:
    """A stored article and what a new article is to it."""

    article_id: str
    group_id: str
    kind: str  # dedupe.COPY or dedupe.SAME_SOURCE
    coverage: float


@dataclass(frozen=True, slots=True)
class ArticleRelation:
    """One recorded pair, as the listings and the report read it."""

    a: str
    b: str
    kind: str
    coverage: float


def exact_copies(db: sqlite3.Connection, text_hash: str) -> list[Related]:
    return [Related(r[0], r[1], dedupe.COPY, 1.0) for r in db.execute(
        "SELECT id, group_id FROM articles WHERE text_hash=?", (text_hash,))]


def _candidates(db: sqlite3.Connection, fp: dedupe.Fingerprint) -> list[sqlite3.Row]:
    """Articles sharing an LSH band key with ``fp`` whose MinHash estimate is high enough."""
    if not fp.bands or fp.signature is None:
        return []
    pairs = ",".join("(?,?)" for _ in fp.bands)
    params = [v for i, key in enumerate(fp.bands) for v in (i, key)]
    # a join on the VALUES list lets SQLite use the primary key for each band;
    # "(band, key) IN (VALUES ...)" scans the whole table
    rows = db.execute(
        f"SELECT DISTINCT a.id, a.group_id, a.signature, a.text_hash FROM (VALUES {pairs}) v "
        f"JOIN lsh_bands b ON b.band = v.column1 AND b.key = v.column2 "
        f"JOIN articles a ON a.id = b.article_id", params).fetchall()
    return [r for r in rows if r["signature"] is not None and r["text_hash"] != fp.text_hash
            and dedupe.similarity(fp.signature, r["signature"]) >= MIN_JACCARD]


def near_relations(db: sqlite3.Connection, text: str,
                   fp: dedupe.Fingerprint) -> list[Related]:
    """The stored articles a new text copies or shares a source with, decided on passages."""
    out = []
    for row in _candidates(db, fp):
        other = db.execute("SELECT text FROM articles WHERE id=?", (row["id"],)).fetchone()[0]
        relation = dedupe.relate(text, other)
        if relation.kind is not None:
            out.append(Related(row["id"], row["group_id"], relation.kind, relation.coverage))
    return out


def record(db: sqlite3.Connection, article_id: str, found: list[Related]) -> None:
    """Keep each pair once, the smaller id first, so the table does not depend on order."""
    db.executemany(
        "INSERT OR IGNORE INTO article_relations(a, b, kind, coverage) VALUES (?,?,?,?)",
        [(*sorted((article_id, r.article_id)), r.kind, r.coverage) for r in found
         if r.article_id != article_id])


def read(db: sqlite3.Connection, kind: str | None = None) -> list[ArticleRelation]:
    sql = "SELECT a, b, kind, coverage FROM article_relations"
    rows = db.execute(sql + (" WHERE kind=?" if kind else "") + " ORDER BY a, b",
                      (kind,) if kind else ()).fetchall()
    return [ArticleRelation(r[0], r[1], r[2], r[3]) for r in rows]


def rebuild_bands(db: sqlite3.Connection) -> None:
    """Recompute every stored article's band keys from its signature (after a layout change)."""
    rows = db.execute("SELECT id, signature FROM articles WHERE signature IS NOT NULL")
    db.executemany(
        "INSERT OR IGNORE INTO lsh_bands(band, key, article_id) VALUES (?,?,?)",
        [(i, key, r[0]) for r in rows
         for i, key in enumerate(dedupe.bands(np.frombuffer(r[1], dtype=np.uint64)))])
