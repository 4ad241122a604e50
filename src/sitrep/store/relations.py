"""Copies and same-source rewrites between stored articles: finding them when an article
arrives, keeping them, and reading them back.

Two indexes propose candidates, and neither decides: the MinHash LSH band keys
(``lsh_bands``) find texts similar as a whole, the sampled passage keys (``passage_keys``)
find texts that share passages whatever else they hold (a trimmed or padded copy), kept when
their MinHash estimate is not negligible either (so stock phrases do not make candidates). At most
:data:`MAX_CANDIDATES` candidates per article are then decided on their words by
:func:`sitrep.dedupe.relate`, so the costly comparison never runs over the whole store. A
*copy* joins the article's duplicate group (``articles.group_id``); a *same source* pair is
only recorded (``article_relations``): the two are shown together, each stays an article.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

#: Passage keys two texts must share to be compared: one, since a short copy has only a
#: handful of keys; the MinHash estimate below keeps chance phrases out.
MIN_SHARED_KEYS = 1
#: Passage keys of a new text looked up (its smallest): bounded work per article.
QUERY_KEYS = 16
#: And the MinHash estimate of their whole-text similarity: a copy trimmed to a third of
#: the original still measures 0.3; two stories that share stock phrases measure 0.1.
MIN_JACCARD = 0.2
#: Candidates compared per new article, the most shared first.
MAX_CANDIDATES = 5


if TYPE_CHECKING:
    from .. import dedupe


def _dedupe() -> ModuleType:
    """The dedupe package, imported when the store writes: it loads numpy, which the
    store's readers (every listing) do without."""
    from .. import dedupe

    return dedupe

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
    return [Related(r[0], r[1], _dedupe().COPY, 1.0) for r in db.execute(
        "SELECT id, group_id FROM articles WHERE text_hash=?", (text_hash,))]


def _similar(db: sqlite3.Connection, fp: dedupe.Fingerprint) -> list[str]:
    """Articles sharing an LSH band key whose MinHash estimate reaches the threshold."""
    if not fp.bands or fp.signature is None:
        return []
    pairs = ",".join("(?,?)" for _ in fp.bands)
    params = [v for i, key in enumerate(fp.bands) for v in (i, key)]
    # a join on the VALUES list lets SQLite use the primary key for each band;
    # "(band, key) IN (VALUES ...)" scans the whole table
    rows = db.execute(
        f"SELECT DISTINCT a.id, a.signature FROM (VALUES {pairs}) v "
        f"JOIN lsh_bands b ON b.band = v.column1 AND b.key = v.column2 "
        f"JOIN articles a ON a.id = b.article_id", params).fetchall()
    return [r[0] for r in rows if r[1] is not None
            and _dedupe().similarity(fp.signature, r[1]) >= _dedupe().THRESHOLD]


def _sharing(db: sqlite3.Connection, fp: dedupe.Fingerprint) -> list[str]:
    """Articles holding enough of the new text's QUERY_KEYS smallest passage keys, and
    similar enough as a whole, most shared first.

    Only the smallest keys are looked up (a bottom-k sample: the same keys whichever text
    holds them), so the work per article stays bounded however many keys it has; the
    candidates sharing most of them are kept when their MinHash estimate is not negligible
    (a stock phrase alone does not make a candidate)."""
    keys = fp.passages[:QUERY_KEYS]  # passage keys are sorted
    if len(keys) < MIN_SHARED_KEYS or fp.signature is None:
        return []
    values = ",".join("(?)" for _ in keys)
    rows = db.execute(
        f"SELECT p.article_id, COUNT(*) AS shared, a.signature "
        f"FROM (VALUES {values}) v JOIN passage_keys p ON p.key = v.column1 "
        f"JOIN articles a ON a.id = p.article_id GROUP BY p.article_id "
        f"HAVING shared >= ? ORDER BY shared DESC, p.article_id LIMIT ?",
        (*keys, MIN_SHARED_KEYS, MAX_CANDIDATES * 2)).fetchall()
    return [article_id for article_id, _, signature in rows
            if signature is not None
            and _dedupe().similarity(fp.signature, signature) >= MIN_JACCARD]


def near_relations(db: sqlite3.Connection, text: str,
                   fp: dedupe.Fingerprint) -> list[Related]:
    """The stored articles a new text copies or shares a source with, decided on its words."""
    candidates = list(dict.fromkeys([*_similar(db, fp), *_sharing(db, fp)]))
    if not candidates:
        return []
    mine = _dedupe().passages.tokens(text)
    out = []
    for article_id in candidates[:MAX_CANDIDATES]:
        row = db.execute("SELECT text, group_id, text_hash FROM articles WHERE id=?",
                         (article_id,)).fetchone()
        if row[2] == fp.text_hash:
            continue  # an exact copy, found by its hash
        relation = _dedupe().relate(mine, row[0])
        if relation.kind is not None:
            out.append(Related(article_id, row[1], relation.kind, relation.coverage))
    return out


def record(db: sqlite3.Connection, article_id: str, fp: dedupe.Fingerprint,
           found: list[Related]) -> None:
    """Keep the article's passage keys, and each pair once, the smaller id first, so that
    the table does not depend on the order articles arrived in."""
    db.executemany("INSERT OR IGNORE INTO passage_keys(key, article_id) VALUES (?,?)",
                   [(key, article_id) for key in fp.passages])
    db.executemany(
        "INSERT OR IGNORE INTO article_relations(a, b, kind, coverage) VALUES (?,?,?,?)",
        [(*sorted((article_id, r.article_id)), r.kind, r.coverage) for r in found
         if r.article_id != article_id])


def read(db: sqlite3.Connection, kind: str | None = None) -> list[ArticleRelation]:
    sql = "SELECT a, b, kind, coverage FROM article_relations"
    rows = db.execute(sql + (" WHERE kind=?" if kind else "") + " ORDER BY a, b",
                      (kind,) if kind else ()).fetchall()
    return [ArticleRelation(r[0], r[1], r[2], r[3]) for r in rows]


def rebuild_passage_keys(db: sqlite3.Connection) -> None:
    """Key every stored article of a store made before passage keys existed (a no-op when
    the store has keys already: it does not depend on which migration added them)."""
    if db.execute("SELECT 1 FROM passage_keys LIMIT 1").fetchone() is not None:
        return
    db.executemany("INSERT OR IGNORE INTO passage_keys(key, article_id) VALUES (?,?)",
                   [(key, article_id) for article_id, text in
                    db.execute("SELECT id, text FROM articles").fetchall()
                    for key in _dedupe().passage_keys(_dedupe().minhash.words(text))])
