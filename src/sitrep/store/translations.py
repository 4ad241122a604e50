"""Translations across languages: the key index, which articles were looked at, and the
pairs found.

The scoring is :mod:`sitrep.dedupe.translations`; the run that ties it to the store is
:func:`sitrep.ingest.translations.link_translations`. This module only keeps and reads:

* ``translation_keys`` and its smaller levels (:mod:`.recent`): each article's numbers and
  transliterated names (:mod:`sitrep.dedupe.crosskeys`), one row a key, so that a new
  article finds the stored articles that share some of its keys with indexed queries,
  never by reading every text;
* ``translation_checked``: the articles already looked at, with the version of the rules,
  so that a run looks only at what is new (or at everything, once the rules change), and
  each article's keys as one row (``key_set``);
* ``translation_links``: one row per pair, the smaller id first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from . import recent
from .connection import StoreConnection


@dataclass(frozen=True, slots=True)
class TranslationLink:
    """Two articles in different languages, one a translation of the other."""

    a: str
    b: str
    method: str  # "embeddings" or "keys"
    aligned: int  # sentences aligned in order
    sentences: int  # sentences of the shorter text
    similarity: float


@dataclass(frozen=True, slots=True)
class LinkText:
    """What the scoring reads of one article."""

    id: str
    language: str
    text: str


class Translations(StoreConnection):
    """Reading and keeping translation keys and links."""

    def articles_to_link(self, version: str, *also: str) -> list[str]:
        """Articles with a known language not yet looked at by this version of the rules
        (nor marked with any of the versions ``also``: the articles whose keys are saved
        are left out of the ones to key)."""
        marks = ",".join("?" * (1 + len(also)))
        return [r[0] for r in self._db.execute(
            "SELECT a.id FROM articles a INDEXED BY articles_language "
            "LEFT JOIN translation_checked t "
            "ON t.article_id = a.id WHERE a.language IS NOT NULL "
            f"AND (t.version IS NULL OR t.version NOT IN ({marks})) ORDER BY a.id",
            (version, *also))]

    def link_texts(self, ids: Iterable[str]) -> list[LinkText]:
        out = []
        for chunk in _chunks(list(ids)):
            marks = ",".join("?" * len(chunk))
            out += [LinkText(r[0], r[1], r[2]) for r in self._db.execute(
                f"SELECT id, language, text FROM articles WHERE id IN ({marks})", chunk)]
        return sorted(out, key=lambda t: t.id)

    def save_translation_keys(self, keys: dict[str, tuple[str, frozenset[str]]],
                              version: str) -> None:
        """Replace the keys of these articles (id -> language, keys) and mark them looked
        at (links of an article looked at again are dropped first: they are found again if
        they still hold)."""
        # one statement each over all the articles, the keys in index order: a cluster
        # run links tens of thousands of articles at once, in its serial part
        ids = sorted(keys)
        with self.transaction():
            old = sorted((k, a) for a, held in self.translation_keys(ids).items() for k in held)
            for table in recent.tables(self._db, recent.TRANSLATION):
                self._db.executemany(f"DELETE FROM {table} WHERE key=? AND article_id=?", old)
            self._db.executemany("DELETE FROM translation_links WHERE a=? OR b=?",
                                 [(a, a) for a in ids])
            self.add_translation_keys(keys, version)

    def add_translation_keys(self, keys: dict[str, tuple[str, frozenset[str]]],
                             version: str) -> None:
        """Add the keys of articles that have none (new ones: ingest saves their keys with
        the batch that stores them) and mark them with ``version``; call inside a
        transaction. The keys go into the recent level (:mod:`.recent`), and each
        article's whole set into its one row."""
        ids = sorted(keys)
        self._db.executemany(
            "INSERT OR IGNORE INTO translation_recent(key, article_id) VALUES (?,?)",
            sorted((k, a) for a in ids for k in keys[a][1]))
        self._db.executemany(
            "INSERT OR REPLACE INTO translation_checked(article_id, language, version, key_set) "
            "VALUES (?,?,?,?)", [(a, keys[a][0], version, _joined(keys[a][1])) for a in ids])

    def translation_keys(self, ids: Iterable[str]) -> dict[str, frozenset[str]]:
        """The saved keys of these articles (one without keys is left out)."""
        return {a: held for a, (_, held) in self._key_sets(sorted(set(ids))).items() if held}

    def _key_sets(self, ids: list[str]) -> dict[str, tuple[str, frozenset[str]]]:
        """Language and keys of each of these articles that was keyed."""
        out = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for article_id, language, key_set in self._db.execute(
                    f"SELECT article_id, language, key_set FROM translation_checked "
                    f"WHERE article_id IN ({marks})", chunk):
                out[article_id] = (language, frozenset(key_set.split("\n")) if key_set
                                   else frozenset())
        return out

    def translation_candidates(self, ids: list[str], min_shared: int,
                               max_spread: int) -> list[tuple[str, str, int]]:
        """Pairs (new article, any article in another language) sharing at least
        ``min_shared`` keys, each held by at most ``max_spread`` articles (a key every
        article holds, like the year, tells nothing), with how many they share.

        Each slice of new articles puts its keys that are not common into a temporary
        table, joined with each level of the stored keys in turn; SQLite does the join
        and the count, and only pairs across languages that share enough keys come back.
        A stored article's keys sit in one level, whole (they go into the recent level
        together and every fold moves a whole level), so a pair's count is read in one
        level and the slice's memory does not grow with the pairs that share one key."""
        common = self._common_keys(max_spread)
        counts: dict[tuple[str, str], int] = {}
        self._db.execute("DROP TABLE IF EXISTS temp.slice_keys")
        self._db.execute("CREATE TEMP TABLE slice_keys(key TEXT, article_id TEXT, "
                         "language TEXT, PRIMARY KEY (key, article_id)) WITHOUT ROWID")
        try:
            for chunk in _chunks(ids):
                self._db.execute("DELETE FROM temp.slice_keys")
                self._db.executemany(
                    "INSERT INTO temp.slice_keys VALUES (?,?,?)",
                    sorted((k, a, language) for a, (language, held)
                           in self._key_sets(chunk).items() for k in held - common))
                for table in recent.tables(self._db, recent.TRANSLATION):
                    # CROSS JOIN keeps this order: the slice's keys, each looked up in
                    # the level; SQLite otherwise chose to scan the level for every slice
                    for a, b, shared in self._db.execute(
                            f"SELECT n.article_id, k.article_id, COUNT(*) "
                            f"FROM temp.slice_keys n CROSS JOIN {table} k ON k.key = n.key "
                            f"AND k.article_id != n.article_id CROSS JOIN translation_checked "
                            f"ak ON ak.article_id = k.article_id "
                            f"AND ak.language != n.language "
                            f"GROUP BY n.article_id, k.article_id HAVING COUNT(*) >= ?",
                            (min_shared,)):
                        counts[(a, b)] = shared
        finally:
            self._db.execute("DROP TABLE IF EXISTS temp.slice_keys")
        out = {(min(a, b), max(a, b)): n for (a, b), n in counts.items()}
        return sorted((a, b, n) for (a, b), n in out.items())

    def _common_keys(self, max_spread: int) -> frozenset[str]:
        """The keys held by more than ``max_spread`` articles, over every level: each level
        is counted in key order into a temporary table, summed there, so that only the few
        common keys come back (a big store holds millions of distinct keys)."""
        self._db.execute("DROP TABLE IF EXISTS temp.key_counts")
        self._db.execute("CREATE TEMP TABLE key_counts(key TEXT NOT NULL, n INTEGER NOT NULL)")
        try:
            for table in recent.tables(self._db, recent.TRANSLATION):
                self._db.execute(f"INSERT INTO temp.key_counts "
                                 f"SELECT key, COUNT(*) FROM {table} GROUP BY key")
            return frozenset(r[0] for r in self._db.execute(
                "SELECT key FROM temp.key_counts GROUP BY key HAVING SUM(n) > ?",
                (max_spread,)))
        finally:
            self._db.execute("DROP TABLE IF EXISTS temp.key_counts")

    def save_translation_links(self, links: list[TranslationLink], *,
                               checked: Iterable[str] = (), version: str = "") -> None:
        """Keep the pairs found and, in the same transaction, mark the ``checked``
        articles looked at by ``version``: a run stopped before this looks at them again."""
        with self.transaction():
            self._db.executemany("UPDATE translation_checked SET version=? WHERE article_id=?",
                                 [(version, a) for a in checked])
            self._db.executemany(
                "INSERT OR REPLACE INTO translation_links"
                "(a, b, method, aligned, sentences, similarity) VALUES (?,?,?,?,?,?)",
                [(min(x.a, x.b), max(x.a, x.b), x.method, x.aligned, x.sentences,
                  x.similarity) for x in links])

    def translation_links(self) -> list[TranslationLink]:
        return [TranslationLink(*r) for r in self._db.execute(
            "SELECT a, b, method, aligned, sentences, similarity FROM translation_links "
            "ORDER BY a, b")]


def _joined(keys: frozenset[str]) -> str:
    """An article's keys as one text, sorted (no key holds a line break)."""
    return "\n".join(sorted(keys))


def _chunks(ids: list[str], size: int = 500) -> list[list[str]]:
    """SQLite caps the parameters of one statement: ask in slices."""
    return [ids[i:i + size] for i in range(0, len(ids), size)]
