"""What the ledger reads, as slim records: figures and mentions with only the columns the
claims, findings, entities and the workspace's figures table use, and one article's text.

Why not :meth:`Queries.claims` and :meth:`Extractions.mentions`: they give one dict per
row with every column, a new string object per cell. On a store of 30,169 articles
(553,092 figures, 590,488 mentions) those dicts held 1.9 GB before the ledger computed
anything. Here a row is a slotted record, and the strings a column repeats (an article's
id on each of its figures, an outlet, a subject, a date) are one object each.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import Any

from .corrections import Corrections


class _Row:
    """Read like the dict rows the store gives elsewhere (``row["outlet"]``), so the
    ledger's rules take either."""

    __slots__ = ()

    #: ``row[key]`` is the attribute, looked up in C: the ledger reads some sixty fields
    #: per figure this way (11.6 million calls on 189k figures, a tenth of the workspace's
    #: build as a Python method calling ``getattr``).
    __getitem__ = object.__getattribute__


@dataclass(frozen=True, slots=True)
class StoredFigure(_Row):
    """A figure as the ledger reads it, with its article's date, outlet and group."""

    id: str
    article_id: str
    kind: str
    subject: str | None  # the analyst's merges of subjects applied
    measure: str | None
    family: str | None
    low: float | None
    high: float | None
    unit: str | None
    qualifier: str | None
    change: str | None
    start_date: str | None
    end_date: str | None
    speaker: str | None
    role: str | None
    org: str | None
    speaker_key: str | None
    stated_on: str | None
    start: int
    end: int
    text: str
    published: str | None
    outlet: str | None
    captured_at: str
    group_id: str


@dataclass(frozen=True, slots=True)
class StoredMention(_Row):
    """A mention as the ledger reads it (entities, event parties, people's roles)."""

    article_id: str
    kind: str
    name: str
    key: str
    role: str | None
    country: str | None
    lat: float | None
    lon: float | None
    start: int
    text: str


_ARTICLE_FIELDS = ("published", "outlet", "captured_at", "group_id")
_FIGURE_SQL = ", ".join(f"a.{f.name}" if f.name in _ARTICLE_FIELDS else f"t.{f.name}"
                        for f in fields(StoredFigure))
_MENTION_SQL = ", ".join(f.name for f in fields(StoredMention))


def _one(seen: dict[str, str], value: Any) -> Any:
    """One object per distinct string (numbers are left alone: 1 and 1.0 are equal keys
    but not the same value)."""
    return seen.setdefault(value, value) if type(value) is str else value


class LedgerRows(Corrections):
    """Slim rows for the ledger, in the order of :meth:`Queries.claims` and
    :meth:`Extractions.mentions`."""

    def figure_rows(self) -> list[StoredFigure]:
        """Every figure, ordered as ``claims("figures")`` orders them (by article, so that
        a reader taking the articles' texts in this order reads each text once)."""
        aliases = self.merges("merge_subjects")
        seen: dict[str, str] = {}
        out = []
        for row in self._db.execute(
                f"SELECT {_FIGURE_SQL} FROM figures t JOIN articles a ON a.id = t.article_id "
                "ORDER BY a.published, a.id, t.start"):
            # _one inlined: a call per cell was 6.7 million calls on 189k figures
            cells = [seen.setdefault(v, v) if type(v) is str else v for v in row]
            cells[3] = aliases.get(cells[3], cells[3])
            out.append(StoredFigure(*cells))
        return out

    def mention_rows(self, kind: str | None = None) -> Iterator[StoredMention]:
        """Every mention (of one ``kind``), ordered as :meth:`mentions` orders them."""
        seen: dict[str, str] = {}
        where, params = (" WHERE kind=?", (kind,)) if kind else ("", ())
        for row in self._db.execute(f"SELECT {_MENTION_SQL} FROM mentions{where} "
                                    "ORDER BY article_id, start", params):
            yield StoredMention(*(_one(seen, v) for v in row))

    def article_text(self, article_id: str) -> str | None:
        """One article's clean text, None when there is no such article."""
        row = self._db.execute("SELECT text FROM articles WHERE id=?",
                               (article_id,)).fetchone()
        return None if row is None else row[0]
