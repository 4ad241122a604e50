"""Copies and same-source rewrites between stored articles: finding them when an article
arrives, keeping them, and reading them back.

Two indexes propose candidates, and neither decides: the MinHash LSH band keys
(``lsh_bands``) find texts similar as a whole, the sampled passage keys (``passage_keys``)
find texts that share passages whatever else they hold (a trimmed or padded copy), kept when
their MinHash estimate is not negligible either (so stock phrases do not make candidates). The
candidates are then decided on their words by :func:`sitrep.dedupe.relate`, so the costly
comparison never runs over the whole store.

What depends on arrival order, and what does not: what two articles are (:func:`decide`,
which reads the pair in one fixed order) depends on the two alone, and so does whether they
are candidates (:func:`is_candidate`) through an LSH band key held by at most
:data:`BAND_HOLDERS` + 1 articles or a passage held by at most :data:`STOCK_POSTINGS` + 1.
Keys held by more depend on the articles stored *when the later one arrives*. A passage
held by more is a stock phrase: its first ``STOCK_POSTINGS + 1`` holders pair up on it
(each finds the earlier ones), the later ones do not. A band key held by more is crowded:
each new holder meets the :data:`BAND_HOLDERS` of smallest id among those stored before it.
So two articles that share nothing but such a key are compared or not depending on which
articles came before them; with no key that common, a store gets the same pairs and groups
whatever order its articles came in. A cluster run (:mod:`sitrep.scale.dedupe`), which
meets candidate pairs in buckets of keys, sorts the holders of such a key into the order
one process reads the inputs, and so stores what a single process stores for the same
command into a new store. Into a store that held articles before, it does so unless a key
is held more than those bounds by the stored and the new articles together: the bucket
counts the run's holders only, and the new articles are then related to the stored ones by
what the store holds (not yet by what was stored before each new one, as one process does).

A *copy* joins the article's duplicate group (``articles.group_id``); a *same source* pair
is only recorded (``article_relations``): the two are shown together, each stays an
article.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING, TypeVar

from . import batch_keys, recent, rows

#: A passage key held by more stored articles than this is a stock phrase (a sign-off, a
#: standard paragraph of one outlet or generator) and proposes no candidate. Without the
#: bound each new article would compare against every article holding the phrase, which
#: grows with the store: a million captures made every ingest a scan. Copies of a story
#: still meet through their other passages and their LSH bands.
STOCK_POSTINGS = 30

#: MinHash estimate of whole-text similarity a passage candidate needs: a copy trimmed to a third of
#: the original still measures 0.3; two stories that share stock phrases measure 0.1.
MIN_JACCARD = 0.2

#: An LSH band key proposes at most this many of its holders as candidates: those of
#: smallest id. Template text (a generator's stock sentences, an outlet's standard
#: paragraph) puts unrelated articles in one band bucket, and a million captures made
#: buckets of thousands, each new article reading all their signatures (157 a text against
#: 0.5 in an empty store). Unlike a stock passage, a crowded band key still proposes some
#: holders: a story copied by hundreds of outlets fills its buckets with its own copies,
#: and a new copy meets some of them there and joins their group. The holders of smallest
#: id change seldom, so the same few signatures are read again and stay in the cache.
BAND_HOLDERS = 30

_Key = TypeVar("_Key")


if TYPE_CHECKING:
    from .. import dedupe
    from ..dedupe.passages import Relation, Tokens
    from .key_filter import KeyFilter


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


def is_candidate(similarity: float, shares_band: bool, shares_passage: bool) -> bool:
    """Two articles are compared on their words when they share an LSH band key and their
    MinHash estimate reaches ``dedupe.THRESHOLD``, or share a passage key and it reaches
    :data:`MIN_JACCARD`: a rule on the pair alone (symmetric, order-free)."""
    return ((shares_band and similarity >= _dedupe().THRESHOLD)
            or (shares_passage and similarity >= MIN_JACCARD))


def decide(a: str | Tokens, hash_a: str, b: str | Tokens, hash_b: str) -> Relation:
    """What two texts of different text hashes are, read in the order of their hashes, so
    that the answer (kind and coverage) does not depend on which one is the new one."""
    if hash_b < hash_a:
        a, b = b, a
    return _dedupe().relate(a, b)


def _similar(db: sqlite3.Connection, fp: dedupe.Fingerprint,
             held: KeyFilter | None) -> set[str]:
    """Articles sharing an LSH band key whose MinHash estimate reaches the threshold, each
    key proposing at most its :data:`BAND_HOLDERS` holders of smallest id
    (:func:`band_holders`; through ``held``, when given, only in the tables that may hold
    the key: store/key_filter.py)."""
    if not fp.bands or fp.signature is None:
        return set()
    if held is None:
        found = band_holders(db, list(enumerate(fp.bands)))
    else:
        found = _filtered_holders(db, fp, held)
    ids = sorted({i for holders in found.values() for i in holders})
    if not ids:
        return set()
    return _close_ids(db, fp.signature, _dedupe().THRESHOLD, ids, held)


def _filtered_holders(db: sqlite3.Connection, fp: dedupe.Fingerprint,
                      held: KeyFilter) -> dict[tuple[int, int], list[str]]:
    """:func:`band_holders` of the new text's pairs, each pair looked up only in the tables
    ``held`` says may hold it, a crowded pair not at all (its holders are remembered, and
    remembered here when found)."""
    out: dict[tuple[int, int], list[str]] = {}
    unread = [p for p in enumerate(fp.bands) if p not in held.crowded]
    if held.batch is not None and held.batch.covers(fp):  # read for the whole batch
        unread = _from_batch(unread, held.batch.band_holders, out)
    for table, pairs in held.band_tables(unread).items():
        for band, key, article_id in db.execute(_band_sql(len(pairs), (table,)),
                                                [v for pair in pairs for v in pair]):
            out.setdefault((band, key), []).append(article_id)
    holders = {pair: sorted(set(ids))[:BAND_HOLDERS] for pair, ids in out.items()}
    for pair, ids in holders.items():
        if len(ids) >= BAND_HOLDERS:
            held.remember_crowded(pair, ids)
    for pair in enumerate(fp.bands):
        if pair not in holders and pair in held.crowded:
            holders[pair] = held.crowded[pair]
    return holders


def band_holders(db: sqlite3.Connection,
                 wanted: list[tuple[int, int]]) -> dict[tuple[int, int], list[str]]:
    """For each (band, key), the :data:`BAND_HOLDERS` stored articles of smallest id that
    hold it (all of them when fewer do), over every level of the band keys.

    The holders are read whole and cut here: a key's rows lie together in its table's
    primary key, so even a crowded key costs a few pages, and one join for all the keys
    measured faster than a query per key and level that stops at the bound (200,000
    captures: 185 against 211 microseconds a text). What the bound saves is the signature
    read for every holder (:func:`_close`), a random read each."""
    if not wanted:
        return {}
    out: dict[tuple[int, int], list[str]] = {}
    held = recent.tables(db, recent.BAND)
    for band, key, article_id in db.execute(_band_sql(len(wanted), held),
                                            [v for pair in wanted for v in pair]
                                            * len(held)):
        out.setdefault((band, key), []).append(article_id)
    return {pair: sorted(set(ids))[:BAND_HOLDERS] for pair, ids in out.items()}


@lru_cache(maxsize=256)
def _band_sql(count: int, held: tuple[str, ...]) -> str:
    """The holders of ``count`` (band, key) pairs in every table of ``held``: a join on the
    VALUES list lets SQLite use the primary key for each pair ("(band, key) IN (VALUES
    ...)" scans the whole table). Built once per count and set of tables."""
    pairs = ",".join("(?,?)" for _ in range(count))
    return " UNION ALL ".join(
        f"SELECT b.band, b.key, b.article_id FROM (VALUES {pairs}) v "
        f"JOIN {table} b ON b.band = v.column1 AND b.key = v.column2"
        for table in held)


def _sharing(db: sqlite3.Connection, fp: dedupe.Fingerprint,
             held: KeyFilter | None) -> set[str]:
    """Articles holding one of the new text's passage keys, and similar enough as a whole
    (a stock phrase alone does not make a candidate).

    Every key is looked up, not a sample of them: a sample of the new text's keys finds
    the texts it is trimmed from but may miss the texts it pads, and which of the two is
    new must not matter. Keys are sampled runs already (one in ``SAMPLE``). Stock phrases
    (:data:`STOCK_POSTINGS`) are left out, each found by reading at most that many rows."""
    if not fp.passages or fp.signature is None:
        return set()
    if held is not None:
        ids = sorted(_filtered_postings(db, fp, held))
        if not ids:
            return set()
        return _close_ids(db, fp.signature, MIN_JACCARD, ids, held)
    held_in = recent.tables(db, recent.PASSAGE)
    keys = _rare_keys(db, tuple(fp.passages), held_in)
    if not keys:
        return set()
    values = ",".join("(?)" for _ in keys)
    sql = " UNION ALL ".join(f"SELECT p.article_id FROM (VALUES {values}) v "
                             f"JOIN {table} p ON p.key = v.column1" for table in held_in)
    return _close(db, fp.signature, MIN_JACCARD, sql, keys * len(held_in))


def _filtered_postings(db: sqlite3.Connection, fp: dedupe.Fingerprint,
                       held: KeyFilter) -> set[str]:
    """The holders of the keys held by at most :data:`STOCK_POSTINGS` articles, each key
    looked up only in the tables ``held`` says may hold it (reading at most one row more
    than the bound in each), a known stock key not at all; the stock keys found are
    remembered. The same holders as :func:`_rare_keys` and the join after it find."""
    postings: dict[int, list[str]] = {}
    # each key once (a text's keys are a set already), so that no holder counts twice
    unread = list(dict.fromkeys(fp.passages))
    if held.batch is not None and held.batch.covers(fp):  # read for the whole batch
        unread = _from_batch([k for k in unread if k not in held.stock],
                             held.batch.passage_holders, postings)
    for table, maybe in held.passages(unread).items():
        # a key known stock from the tables read already is read no further: at a million
        # captures a stock key sits in most of the segments (some 17 a kind)
        found = [k for k in maybe if len(postings.get(k, ())) <= STOCK_POSTINGS]
        if found:
            batch_keys.read_passages(db, table, found, STOCK_POSTINGS, postings)
    out: set[str] = set()
    for key, ids in postings.items():
        if len(ids) > STOCK_POSTINGS:
            held.remember_stock(key)
        else:
            out.update(ids)
    return out


def _rare_keys(db: sqlite3.Connection, keys: tuple[int, ...],
               held_in: tuple[str, ...]) -> list[int]:
    """The keys held by at most :data:`STOCK_POSTINGS` stored articles (a count that stops
    reading at one more than the bound, so a phrase in every article costs no more), over
    every table of the passage keys ``held_in`` (an article's keys sit in one of them)."""
    values = ",".join("(?)" for _ in keys)
    counts = " + ".join(
        f"(SELECT count(*) FROM (SELECT 1 FROM {table} p WHERE p.key = v.column1 "
        f"LIMIT {STOCK_POSTINGS + 1}))" for table in held_in)
    return [r[0] for r in db.execute(
        f"SELECT v.column1 FROM (VALUES {values}) v WHERE {counts} <= {STOCK_POSTINGS}",
        list(keys))]


def _from_batch(keys: list[_Key], holders: Callable[[_Key], list[str] | None],
                out: dict[_Key, list[str]]) -> list[_Key]:
    """Put into ``out`` the holders the batch's read gives for ``keys`` (those holding
    any); the keys it did not read, to read from the store."""
    unread = []
    for key in keys:
        found = holders(key)
        if found is None:
            unread.append(key)
        elif found:
            out[key] = found
    return unread


def _close_ids(db: sqlite3.Connection, signature: bytes, threshold: float, ids: list[str],
               held: KeyFilter | None) -> set[str]:
    """:func:`_close` over ``ids``, their signatures taken from the batch's read
    (store/batch_keys.py) or the run's memo of them (store/signature_memo.py) when ``held``
    is given, read from the store otherwise."""
    if held is None:
        return _close(db, signature, threshold, ",".join("?" for _ in ids), ids)
    rows, missing = held.batch.signatures(ids) if held.batch is not None else ([], ids)
    if missing:
        rows += held.signatures.find(missing).items()
    return _agreeing(signature, threshold, rows)


def _close(db: sqlite3.Connection, signature: bytes, threshold: float, ids_sql: str,
           params: list[int]) -> set[str]:
    """The articles ``ids_sql`` names whose MinHash estimate against ``signature`` reaches
    ``threshold``. Each signature is read once, however many keys its article shares, and
    all are compared in one array operation: stock phrases make many candidates. They are
    read from their own compact table (one byte a value, keyed by the article id: schema
    18, ``dedupe.compact``): read from the article rows, behind the text, they made the
    look-ups of a big store random reads across all its articles; four bytes a value still
    sent half of a big store's look-up reads to disk."""
    rows = db.execute(f"SELECT article_id, signature FROM article_minhash "
                      f"WHERE article_id IN ({ids_sql})", params).fetchall()
    return _agreeing(signature, threshold, rows)


def _agreeing(signature: bytes, threshold: float,
              rows: Sequence[tuple[str, bytes]]) -> set[str]:
    """The ids of ``rows`` (id, compact signature) whose MinHash estimate against
    ``signature`` reaches ``threshold``, in one array operation."""
    import numpy as np

    if not rows:
        return set()
    mine = np.frombuffer(_dedupe().compact(signature), dtype=np.uint8)
    theirs = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.uint8).reshape(
        len(rows), len(mine))
    agree = _dedupe().minhash.jaccard(np.count_nonzero(theirs == mine, axis=1))
    return {r[0] for r, score in zip(rows, agree, strict=True) if score >= threshold}


def near_relations(db: sqlite3.Connection, text: str, fp: dedupe.Fingerprint,
                   held: KeyFilter | None = None) -> list[Related]:
    """The stored articles a new text copies or shares a source with, decided on its words
    (looking up only the keys ``held`` says the store may hold, when given)."""
    candidates = sorted(_similar(db, fp, held) | _sharing(db, fp, held))
    if not candidates:
        return []
    mine = _dedupe().passages.tokens(text)
    out = []
    for article_id in candidates:
        row = db.execute("SELECT text, group_id, text_hash FROM articles WHERE id=?",
                         (article_id,)).fetchone()
        if row[2] == fp.text_hash:
            continue  # an exact copy, found by its hash
        relation = decide(mine, fp.text_hash, row[0], row[2])
        if relation.kind is not None:
            out.append(Related(article_id, row[1], relation.kind, relation.coverage))
    return out


def record(db: sqlite3.Connection, article_id: str, fp: dedupe.Fingerprint,
           found: list[Related]) -> None:
    """Keep the article's passage keys (in the recent level), and each pair once, the
    smaller id first, so that the table does not depend on the order articles arrived in."""
    recent.add_passages(db, rows.passage_rows(article_id, fp))
    db.executemany(
        "INSERT OR IGNORE INTO article_relations(a, b, kind, coverage) VALUES (?,?,?,?)",
        [rows.relation_row(article_id, r.article_id, r.kind, r.coverage) for r in found
         if r.article_id != article_id])


def read(db: sqlite3.Connection, kind: str | None = None) -> list[ArticleRelation]:
    sql = "SELECT a, b, kind, coverage FROM article_relations"
    rows = db.execute(sql + (" WHERE kind=?" if kind else "") + " ORDER BY a, b",
                      (kind,) if kind else ()).fetchall()
    return [ArticleRelation(r[0], r[1], r[2], r[3]) for r in rows]


def rebuild_passage_keys(db: sqlite3.Connection) -> None:
    """Key every stored article of a store made before passage keys existed (a no-op when
    the store has keys already, in any of their tables: it does not depend on which
    migration added them).

    Every table, not the big one alone: a store made since the keys were sealed in segments
    (schema 19) holds none in ``passage_keys``, and the first migration after that one took
    such a store for one without keys, read every article's text into memory at once (over
    7 GB at a million captures before it was stopped) and keyed them all again. The texts
    are read a thousand at a time."""
    if any(db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None
           for table in recent.tables(db, recent.PASSAGE)):
        return
    articles = db.execute("SELECT id, text FROM articles")
    while chunk := articles.fetchmany(1000):
        db.executemany("INSERT OR IGNORE INTO passage_keys(key, article_id) VALUES (?,?)",
                       [(key, article_id) for article_id, text in chunk
                        for key in _dedupe().passage_keys(_dedupe().minhash.words(text))])
