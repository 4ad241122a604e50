"""What extraction stores: mentions, figures, statements and events of each article.

Results are derived data, redone per article when the extractor version changes: saving an
article's extraction replaces all of its rows. The store takes the extraction records as
they are and computes nothing about them (a figure's measure family comes with the figure),
so it needs the record types for type checking only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ..documents import HOST_SOURCE, content_id
from .connection import StoreConnection
from .values import bind

if TYPE_CHECKING:
    from ..extract.records import Event, Extraction, Figure, Mention, Statement

_MENTION_COLUMNS = ("id", "article_id", "kind", "name", "key", "role", "country", "lat", "lon",
                    "via", "start", "end", "text")
_FIGURE_COLUMNS = ("id", "article_id", "kind", "subject", "measure", "family", "low", "high",
                   "unit", "qualifier", "change", "start_date", "end_date", "vague", "speaker",
                   "role", "org", "speaker_key", "stated_on", "to_whom", "start", "end", "text",
                   "matter")
_STATEMENT_COLUMNS = ("id", "article_id", "speaker", "role", "org", "speaker_key", "stated_on",
                      "to_whom", "start", "end", "text")
_EVENT_COLUMNS = ("id", "article_id", "what", "when_start", "when_end", "place", "who",
                  "start", "end", "text")


def _replace_sql(table: str, columns: Sequence[str]) -> str:
    """``INSERT OR REPLACE`` naming every column, so a row never depends on column order."""
    return (f"INSERT OR REPLACE INTO {table}({', '.join(columns)}) "
            f"VALUES ({','.join('?' * len(columns))})")


def _mention_row(article_id: str, m: Mention) -> tuple[Any, ...]:
    place = m.place
    return (content_id(article_id, "m", m.span.start, m.span.end, m.kind, prefix="m"),
            article_id, m.kind, m.name, m.key, m.role, m.country,
            place.lat if place else None, place.lon if place else None,
            m.via, m.span.start, m.span.end, m.span.text)


def _figure_row(article_id: str, f: Figure) -> tuple[Any, ...]:
    a = f.attribution
    return (content_id(article_id, "f", f.evidence.start, f.evidence.end, prefix="f"),
            article_id, f.kind, f.subject, f.measure, f.family,
            f.low, f.high, f.unit, f.qualifier,
            json.dumps(f.change) if f.change else None,
            f.dates.start.isoformat() if f.dates else None,
            f.dates.end.isoformat() if f.dates else None, int(f.vague),
            a.speaker, a.role, a.org, a.speaker_key, a.stated_on_text, a.to,
            f.evidence.start, f.evidence.end, f.evidence.text, f.matter)


def _statement_row(article_id: str, st: Statement) -> tuple[Any, ...]:
    a = st.attribution
    return (content_id(article_id, "s", st.evidence.start, st.evidence.end, prefix="s"),
            article_id, a.speaker, a.role, a.org, a.speaker_key, a.stated_on_text, a.to,
            st.evidence.start, st.evidence.end, st.evidence.text)


def _event_row(article_id: str, ev: Event) -> tuple[Any, ...]:
    return (content_id(article_id, "e", ev.evidence.start, ev.evidence.end, prefix="e"),
            article_id, ev.what,
            ev.when.start.isoformat() if ev.when else None,
            ev.when.end.isoformat() if ev.when else None, ev.where,
            json.dumps(list(ev.who)), ev.evidence.start, ev.evidence.end, ev.evidence.text)


#: The per-article result tables, each with its columns.
EXTRACTION_TABLES: dict[str, tuple[str, ...]] = {
    "mentions": _MENTION_COLUMNS, "figures": _FIGURE_COLUMNS,
    "statements": _STATEMENT_COLUMNS, "events": _EVENT_COLUMNS,
}
EXTRACTIONS_COLUMNS = ("article_id", "version", "main_event")


def extraction_rows(article_id: str, version: str,
                    extraction: Extraction) -> dict[str, list[tuple[Any, ...]]]:
    """The rows :meth:`Extractions.save_extraction` writes for one article, per table, built
    without a connection (the cluster path builds them on a worker)."""
    return {
        "extractions": [bind((article_id, version, extraction.main_event))],
        "mentions": [bind(_mention_row(article_id, m)) for m in extraction.mentions],
        "figures": [bind(_figure_row(article_id, f)) for f in extraction.figures],
        "statements": [bind(_statement_row(article_id, st)) for st in extraction.statements],
        "events": [bind(_event_row(article_id, e)) for e in extraction.events],
    }


class Extractions(StoreConnection):
    """Which articles need extracting, their inputs, and the results saved per article."""

    def articles_to_extract(self, version: str, *, redo: bool = False,
                            limit: int | None = None) -> list[str]:
        """Ids of the articles with no extraction at ``version`` (all of them with ``redo``),
        the first ``limit`` of them by id when given.

        Ids only: the texts are read batch by batch (:meth:`extraction_inputs`), so that
        memory does not grow with the store."""
        tail = " LIMIT ?" if limit is not None else ""
        more: tuple[int, ...] = (limit,) if limit is not None else ()
        sql = ("SELECT a.id FROM articles a "
               "LEFT JOIN extractions e ON e.article_id = a.id")
        if not redo:
            sql += " WHERE e.version IS NULL OR e.version != ?"
            return [r[0] for r in self._db.execute(sql + " ORDER BY a.id" + tail,
                                                   (version, *more))]
        return [r[0] for r in self._db.execute(sql + " ORDER BY a.id" + tail, more)]

    def extraction_inputs(self, ids: Sequence[str]
                          ) -> list[tuple[str, str, str | None, str | None, str | None,
                                          str | None, str | None]]:
        """(id, text, published, language, captured_at, title, publisher) of the given
        articles, in order.

        ``captured_at`` is None when it is only a file's modification time, which says
        nothing about when the page was published; ``publisher`` is the outlet when the page
        names it, None when the outlet is only the host of its URL (no name of a body)."""
        marks = ",".join("?" * len(ids))
        rows = {r[0]: tuple(r) for r in self._db.execute(
            f"SELECT a.id, a.text, a.published, a.language, CASE WHEN c.captured_at_source "
            f"IN ('mtime', 'now') THEN NULL ELSE a.captured_at END, a.title, CASE WHEN "
            f"coalesce(a.outlet_source, '') IN ('', ?) THEN NULL ELSE a.outlet END FROM articles a "
            f"JOIN captures c ON c.id = a.capture_id WHERE a.id IN ({marks})", (HOST_SOURCE, *ids))}
        return [rows[i] for i in ids if i in rows]

    def publication_days(self) -> list[str]:
        """The days articles of the store were published on (ISO, sorted, each once): the
        story an undated article is read with (see :mod:`sitrep.extract.story_days`)."""
        return [r[0] for r in self._db.execute(
            "SELECT DISTINCT published FROM articles WHERE published IS NOT NULL "
            "ORDER BY published")]

    def main_events(self) -> dict[str, int]:
        """Each main event of the extracted articles and how many articles it is: the
        instances an undated article's weekdays are dated by (see
        :mod:`sitrep.extract.story_days`)."""
        return {r[0]: r[1] for r in self._db.execute(
            "SELECT main_event, COUNT(*) FROM extractions WHERE main_event IS NOT NULL "
            "GROUP BY main_event")}

    def save_extraction(self, article_id: str, version: str, extraction: Extraction) -> None:
        """Replace the extraction results of one article (call inside a transaction)."""
        for table in ("mentions", "figures", "statements", "events"):
            self._db.execute(f"DELETE FROM {table} WHERE article_id=?", (article_id,))
        self._db.execute("INSERT OR REPLACE INTO extractions(article_id, version, main_event) "
                         "VALUES (?,?,?)", bind((article_id, version, extraction.main_event)))
        self._insert("mentions", _MENTION_COLUMNS,
                     (_mention_row(article_id, m) for m in extraction.mentions))
        self._insert("figures", _FIGURE_COLUMNS,
                     (_figure_row(article_id, f) for f in extraction.figures))
        self._insert("statements", _STATEMENT_COLUMNS,
                     (_statement_row(article_id, s) for s in extraction.statements))
        self._insert("events", _EVENT_COLUMNS,
                     (_event_row(article_id, e) for e in extraction.events))

    def _insert(self, table: str, columns: Sequence[str],
                rows: Iterable[tuple[Any, ...]]) -> None:
        self._db.executemany(_replace_sql(table, columns), map(bind, rows))

    def figure_exists(self, figure_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM figures WHERE id=?",
                                (figure_id,)).fetchone() is not None

    def mentions(self, kind: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM mentions"
        params: tuple[str, ...] = ()
        if kind:
            sql += " WHERE kind=?"
            params = (kind,)
        return [dict(r) for r in self._db.execute(sql + " ORDER BY article_id, start", params)]
