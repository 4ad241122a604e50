"""What the listings read: articles with their duplicate status, claims, counts, search.

``duplicate_of`` is derived here, when read: the earliest member of the article's duplicate
group (by publication date, else capture time), so that it never has to be rewritten when
an earlier copy arrives later.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import StoreError
from . import recent
from .corrections import Corrections
from .rows import CAPTURE_COLUMNS, LABEL_FIELDS, labels_from_json

_ARTICLE_COLUMNS = ("a.id, a.capture_id, a.part, a.text, a.offsets, a.title, a.outlet, "
                    "a.outlet_source, a.published, a.published_source, a.captured_at, "
                    "a.language, a.related_to, a.group_id, c.source, c.url, c.locator, "
                    "c.captured_at_source, c.kind")
# The earliest member of each duplicate group: publication date when known, else capture time.
_FIRST_IN_GROUP = """
    FIRST_VALUE(a.id) OVER (
        PARTITION BY a.group_id
        ORDER BY COALESCE(a.published, substr(a.captured_at, 1, 10)), a.captured_at, a.id
    )
"""
# Another article reporting the same statement in other words (store/relations.py).
_SAME_SOURCE = """
    (SELECT MIN(CASE WHEN r.a = a.id THEN r.b ELSE r.a END) FROM article_relations r
     WHERE r.kind = 'same_source' AND (r.a = a.id OR r.b = a.id)) AS same_source_of
"""
_CLAIM_TABLES = ("figures", "statements", "events")


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article as read back from the store, with its source and duplicate status."""

    id: str
    capture_id: str
    part: str
    text: str
    offsets: str
    title: str | None
    outlet: str | None
    outlet_source: str | None
    published: str | None
    published_source: str | None
    captured_at: str
    language: str | None
    related_to: str | None
    group_id: str
    source: str
    url: str | None
    locator: str
    captured_at_source: str
    kind: str
    same_source_of: str | None
    duplicate_of: str | None
    group_size: int

    def as_record(self) -> dict[str, Any]:
        """The public JSON form (``sitrep articles --format jsonl``)."""
        return {
            "id": self.id, "outlet": self.outlet, "title": self.title,
            "published": self.published, "captured_at": self.captured_at,
            "captured_at_source": self.captured_at_source, "language": self.language,
            "text": self.text, "source": self.url or self.source,
            "locator": json.loads(self.locator), "duplicate_of": self.duplicate_of,
            "duplicate_group_size": self.group_size, "same_source_of": self.same_source_of,
            "related_to": self.related_to,
            "capture_id": self.capture_id, "part": self.part,
        }


@dataclass(frozen=True, slots=True)
class ArticleLine:
    """What a listing of articles shows of one: no text beyond its opening, no capture."""

    id: str
    published: str | None
    outlet: str | None
    language: str | None
    related_to: str | None
    duplicate_of: str | None
    same_source_of: str | None
    title: str | None
    opening: str  # the first 200 characters of the text, for an article without a title


def _stored(row: sqlite3.Row) -> StoredArticle:
    data = {k: row[k] for k in row.keys() if k  # noqa: SIM118 - Row iterates values
             not in ("first_id", "group_size")}
    first = row["first_id"]
    return StoredArticle(**data, duplicate_of=None if first == row["id"] else first,
                         group_size=row["group_size"])


def _claims_filter(table: str, subject: str | None, speaker: str | None,
                   since: str | None) -> tuple[list[str], list[str]]:
    """WHERE conditions and their parameters for :meth:`Queries.claims`."""
    where, params = [], []
    if subject and table == "figures":
        where.append("t.subject LIKE ?")
        params.append(f"%{subject}%")
    if speaker and table != "events":
        where.append("(t.speaker LIKE ? OR t.org LIKE ?)")
        params += [f"%{speaker}%", f"%{speaker}%"]
    if since:
        # a partial date ("2026-05": said in May) counts from its first day
        column = ("t.when_start" if table == "events"
                  else "substr(t.stated_on || '-01-01', 1, 10)")
        where.append(f"COALESCE({column}, a.published, substr(a.captured_at, 1, 10)) >= ?")
        params.append(since)
    return where, params


class Queries(Corrections):
    """Reading for the listings and the report. Built on :class:`Corrections` because the
    analyst's merges of subjects apply to what is read."""

    def articles(self, *, limit: int | None = None) -> Iterator[StoredArticle]:
        """Every article, oldest capture first, with its duplicate status."""
        sql = (f"SELECT {_ARTICLE_COLUMNS}, {_FIRST_IN_GROUP} AS first_id, {_SAME_SOURCE}, "
               "COUNT(*) OVER (PARTITION BY a.group_id) AS group_size "
               "FROM articles a JOIN captures c ON c.id = a.capture_id "
               "ORDER BY a.captured_at, a.capture_id, a.part")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        for row in self._db.execute(sql):
            yield _stored(row)

    def article_lines(self) -> list[ArticleLine]:
        """Every article as a listing shows it, in the order of :meth:`articles`. Reads
        neither whole texts nor captures (whose raw pages sit in the same rows as their
        source): a tenth of the time on a large store."""
        rows = self._db.execute(
            f"SELECT a.id, a.published, a.outlet, a.language, a.related_to, a.title, "
            f"substr(a.text, 1, 200) AS opening, {_FIRST_IN_GROUP} AS first_id, {_SAME_SOURCE} "
            f"FROM articles a ORDER BY a.captured_at, a.capture_id, a.part")
        return [ArticleLine(r["id"], r["published"], r["outlet"], r["language"],
                            r["related_to"], None if r["first_id"] == r["id"] else r["first_id"],
                            r["same_source_of"], r["title"], r["opening"]) for r in rows]

    def find_article(self, id_or_prefix: str) -> StoredArticle | None:
        """One article by id or unique id prefix (as ``git`` accepts short hashes)."""
        ids = [r[0] for r in self._db.execute(
            "SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
            (id_or_prefix.replace("_", "\\_").replace("%", "\\%") + "%",))]
        if len(ids) != 1:
            return None
        row = self._db.execute(
            f"SELECT {_ARTICLE_COLUMNS}, {_FIRST_IN_GROUP} AS first_id, {_SAME_SOURCE}, "
            "COUNT(*) OVER (PARTITION BY a.group_id) AS group_size "
            "FROM articles a JOIN captures c ON c.id = a.capture_id "
            "WHERE a.group_id = (SELECT group_id FROM articles WHERE id=?)", (ids[0],))
        for r in row:
            if r["id"] == ids[0]:
                return _stored(r)
        return None

    def articles_of_capture(self, capture_id: str) -> list[dict[str, Any]]:
        """Id, title and part of the main article and related stories cut from one capture."""
        return [dict(r) for r in self._db.execute(
            "SELECT id, title, part FROM articles WHERE capture_id=? ORDER BY part",
            (capture_id,))]

    def group_members(self, group_id: str) -> list[dict[str, Any]]:
        return [dict(r) for r in self._db.execute(
            "SELECT id, outlet, published, captured_at, title FROM articles WHERE group_id=? "
            "ORDER BY COALESCE(published, substr(captured_at, 1, 10)), captured_at, id",
            (group_id,))]

    def counts(self) -> dict[str, int]:
        one = self._db.execute
        return {
            "captures": one("SELECT COUNT(*) FROM captures").fetchone()[0],
            "articles": one("SELECT COUNT(*) FROM articles").fetchone()[0],
            "related": one("SELECT COUNT(*) FROM articles WHERE related_to IS NOT NULL")
            .fetchone()[0],
            "duplicate_groups": one("SELECT COUNT(*) FROM (SELECT group_id FROM articles "
                                    "GROUP BY group_id HAVING COUNT(*) > 1)").fetchone()[0],
            "duplicates": one("SELECT COUNT(*) - COUNT(DISTINCT group_id) FROM articles")
            .fetchone()[0],
            "refusals": one("SELECT COUNT(*) FROM refusals").fetchone()[0],
        }

    def search(self, query: str, limit: int = 20) -> list[str]:
        """Article ids matching an FTS5 query, best first."""
        return [r[0] for r in self._db.execute(
            "SELECT a.id FROM articles_fts f JOIN articles a ON a.rowid = f.rowid "
            "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?", (query, limit))]

    def claims(self, table: str, *, subject: str | None = None, speaker: str | None = None,
               since: str | None = None) -> list[dict[str, Any]]:
        """Rows of ``figures``, ``statements`` or ``events`` with their article's metadata."""
        if table not in _CLAIM_TABLES:
            raise StoreError(f"no claim table {table!r}")
        where, params = _claims_filter(table, subject, speaker, since)
        sql = (f"SELECT t.*, a.published, a.outlet, a.title, a.captured_at, a.group_id "
               f"FROM {table} t JOIN articles a ON a.id = t.article_id")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY a.published, a.id, t.start"
        rows = [dict(r) for r in self._db.execute(sql, params)]
        if table == "figures":
            aliases = self.merges("merge_subjects")
            for row in rows:
                row["subject"] = aliases.get(row["subject"], row["subject"])
        return rows

    def claims_of_article(self, article_id: str) -> dict[str, list[dict[str, Any]]]:
        """Figures, statements and mentions of one article, in text order."""
        return {table: [dict(r) for r in self._db.execute(
            f"SELECT * FROM {table} WHERE article_id=? ORDER BY start", (article_id,))]
            for table in ("figures", "statements", "mentions")}

    def dump(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every row of every data table, sorted: two stores with equal dumps hold the same
        data. Refusals and corrections are left out: they record when something happened.
        The band, passage and translation keys are read from all their levels
        (:mod:`.recent`), and the line labels from the capture rows and the table that holds
        those of older stores (``line_labels``: a row a label): where a row waits is no
        difference in the data."""
        out: dict[str, list[tuple[Any, ...]]] = {}
        for table in ("capture_sources", "articles", "line_labels",
                      "article_relations", "article_minhash",
                      "translation_checked", "translation_links", "extractions", "mentions",
                      "figures", "statements", "events"):
            out[table] = sorted(tuple(r) for r in self._db.execute(f"SELECT * FROM {table}"))
        columns = [c for c in CAPTURE_COLUMNS if c != "labels"]
        out["captures"] = sorted(tuple(r) for r in self._db.execute(
            f"SELECT {', '.join(columns)} FROM captures"))
        out["line_labels"] = sorted(out["line_labels"] + [
            (capture_id, *(label[f] for f in LABEL_FIELDS))
            for capture_id, labels in self._db.execute(
                "SELECT id, labels FROM captures WHERE labels IS NOT NULL")
            for label in labels_from_json(labels)])
        for kind in recent.KINDS:
            out[kind.big] = recent.all_rows(self._db, kind)
        return out
