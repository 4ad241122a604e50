"""Merging rows built elsewhere (Parquet parts written by cluster workers) into the store.

Why: on a cluster the workers clean, fingerprint and extract, and write rows; only this
process holds the SQLite file. Rows come from :mod:`sitrep.store.rows` and
:func:`sitrep.store.extractions.extraction_rows`, the same functions the single-process
path uses, so a merged store holds what a single-process run would have written. Every
insert is ``INSERT OR IGNORE`` on content-hash keys: merging a part twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from ..errors import StoreError
from . import relations, rows
from .captures import Captures
from .extractions import EXTRACTION_TABLES, Extractions

if TYPE_CHECKING:  # numpy, behind dedupe: the store's readers do not load it
    from .. import dedupe

#: Tables the merge may write, with their columns in the order the rows carry them.
MERGED_TABLES: dict[str, Sequence[str]] = {
    "captures": rows.CAPTURE_COLUMNS, "capture_sources": rows.SOURCE_COLUMNS,
    "articles": rows.ARTICLE_COLUMNS,
    "lsh_bands": rows.BAND_COLUMNS, "passage_keys": rows.PASSAGE_COLUMNS,
    "article_relations": rows.RELATION_COLUMNS, "article_minhash": rows.MINHASH_COLUMNS,
}


class Merging(Captures, Extractions):
    """Bulk inserts of prepared rows, and duplicate groups and pairs decided outside the
    store."""

    def article_count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def existing_articles(self, ids: Sequence[str]) -> set[str]:
        marks = ",".join("?" * len(ids))
        return {r[0] for r in self._db.execute(
            f"SELECT id FROM articles WHERE id IN ({marks})", tuple(ids))}

    def insert_rows(self, table: str, columns: Sequence[str],
                    values: Iterable[rows.Row]) -> int:
        """Insert rows that are not there yet (call inside a transaction); how many were new.

        New articles also go into the full-text index."""
        if table not in MERGED_TABLES or tuple(columns) != tuple(MERGED_TABLES[table]):
            raise StoreError(f"cannot merge rows of {table}({', '.join(columns)})")
        last = self.last_article_rowid() if table == "articles" else 0
        cur = self._db.executemany(
            f"INSERT OR IGNORE INTO {table}({', '.join(columns)}) "
            f"VALUES ({','.join('?' * len(columns))})", values)
        if table == "articles":
            self.index_articles_after(last)
        return max(cur.rowcount, 0)

    def record_refusal_rows(self, values: Iterable[rows.Row], at: datetime) -> None:
        for row in values:
            self.record_refusal_row(row, at)

    def relate_stored(self, article_id: str, text: str, fp: dedupe.Fingerprint) -> set[str]:
        """Find and record the pairs a merged article makes with the articles stored before
        the run, as :meth:`add_cleaned` does; the groups it copies. (Pairs within the run are
        found again here: the same rows, ignored.)"""
        from ..dedupe import COPY  # numpy, behind dedupe, is for writing only

        found = [r for r in relations.exact_copies(self._db, fp.text_hash)
                 if r.article_id != article_id]
        found += relations.near_relations(self._db, text, fp)
        relations.record(self._db, article_id, fp, found)
        return {r.group_id for r in found if r.kind == COPY}

    def set_groups(self, members: Iterable[tuple[str, str]]) -> int:
        """Give articles their group: (article id, group id) pairs; how many changed.

        A group named here that already holds stored articles takes them along, so that
        groups a new article bridges become one, as in :meth:`add_cleaned`."""
        changed = 0
        for article_id, group in members:
            cur = self._db.execute(
                "UPDATE articles SET group_id=? WHERE (id=? OR group_id=?) AND group_id!=?",
                (group, article_id, article_id, group))
            changed += max(cur.rowcount, 0)
        return changed

    def save_extraction_rows(self, article_ids: Sequence[str],
                             tables: dict[str, tuple[Sequence[str], list[rows.Row]]]) -> None:
        """Replace the extraction results of ``article_ids`` by the given rows (call inside a
        transaction); ``tables`` maps each of ``extractions``, ``mentions``, ``figures``,
        ``statements``, ``events`` to its columns and rows."""
        for table in EXTRACTION_TABLES:
            self._db.executemany(f"DELETE FROM {table} WHERE article_id=?",
                                 [(i,) for i in article_ids])
        self._db.executemany("DELETE FROM extractions WHERE article_id=?",
                             [(i,) for i in article_ids])
        for table, (columns, values) in tables.items():
            if table not in (*EXTRACTION_TABLES, "extractions"):
                raise StoreError(f"cannot merge extraction rows of {table}")
            self._db.executemany(
                f"INSERT OR REPLACE INTO {table}({', '.join(columns)}) "
                f"VALUES ({','.join('?' * len(columns))})", values)
