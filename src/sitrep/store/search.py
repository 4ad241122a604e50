"""Full-text search over article titles and text (SQLite FTS5), and the small reads the web
workspace needs beside the listings: article summaries, statements and languages.

Why a query of its own and not ``MATCH`` on what the user typed: FTS5 reads ``Zapad-2025``
as a column filter and ``NOT`` or ``"`` as syntax, so an analyst's words would turn into
errors. :func:`fts_query` makes every word a quoted term (``*`` at its end keeps a prefix
search), so any text is a valid query that means "all these words".
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from ..errors import UsageError
from .connection import StoreConnection

#: Marks around each matched term in a snippet: private-use characters no text holds, so
#: that the caller can escape the snippet and then mark the hits (never the other way).
HIT_OPEN, HIT_CLOSE = "\ue000", "\ue001"
_WORD = re.compile(r"[^\s\"]+")
#: Matches counted at most; past it a search says "more than".
COUNT_CAP = 1000
#: Snippet length in tokens (FTS5 allows up to 64).
_SNIPPET_TOKENS = 24


def fts_query(text: str) -> str:
    """An FTS5 query meaning "every word of ``text``": each word quoted, ``word*`` kept as
    a prefix search. Raises :class:`UsageError` when ``text`` holds no word."""
    terms = []
    for word in _WORD.findall(text):
        prefix = word.endswith("*") and len(word) > 1
        core = word.rstrip("*")
        if core:
            terms.append(f'"{core}"' + ("*" if prefix else ""))
    if not terms:
        raise UsageError("the search holds no word")
    return " ".join(terms)


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """What narrows a search besides its words; empty strings and None mean "any"."""

    outlet: str | None = None
    language: str | None = None
    since: str | None = None  # ISO date, inclusive; publication date, else capture date
    until: str | None = None

    def where(self) -> tuple[list[str], list[str]]:
        """SQL conditions on ``articles a`` and their parameters."""
        where, params = [], []
        day = "COALESCE(a.published, substr(a.captured_at, 1, 10))"
        if self.outlet:
            where.append("a.outlet LIKE ?")
            params.append(f"%{self.outlet}%")
        if self.language:
            where.append("a.language = ?")
            params.append(self.language)
        if self.since:
            where.append(f"{day} >= ?")
            params.append(self.since)
        if self.until:
            where.append(f"substr({day}, 1, 10) <= ?")
            params.append(self.until)
        return where, params


@dataclass(frozen=True, slots=True)
class SearchPage:
    """One page of search results and how many there are in all."""

    query: str
    total: int  # at most COUNT_CAP
    hits: tuple[dict[str, Any], ...]
    more: bool = False  # more than COUNT_CAP articles match


class Search(StoreConnection):
    """Searching the articles, and the small reads of the workspace's pages."""

    def search_articles(self, text: str, filters: SearchFilters = SearchFilters(), *,
                        limit: int = 20, offset: int = 0) -> SearchPage:
        """Articles holding every word of ``text``, best first, each with a snippet whose
        hits sit between :data:`HIT_OPEN` and :data:`HIT_CLOSE`."""
        query = fts_query(text)
        where, params = filters.where()
        cond = " AND ".join(["articles_fts MATCH ?", *where])
        base = ("FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
                f"WHERE {cond}")
        # counted up to a cap: a word in every article must not cost a count of them all
        total = self._db.execute(f"SELECT COUNT(*) FROM (SELECT 1 {base} LIMIT ?)",
                                 [query, *params, COUNT_CAP + 1]).fetchone()[0]
        rows = self._db.execute(
            "SELECT a.id, a.title, a.outlet, a.published, a.captured_at, a.language, "
            f"snippet(articles_fts, 1, '{HIT_OPEN}', '{HIT_CLOSE}', '…', {_SNIPPET_TOKENS}) "
            f"AS snippet {base} ORDER BY rank, a.id LIMIT ? OFFSET ?",
            [query, *params, int(limit), int(offset)])
        return SearchPage(query, min(int(total), COUNT_CAP), tuple(dict(r) for r in rows),
                          more=int(total) > COUNT_CAP)

    def article_summaries(self, ids: list[str]) -> list[dict[str, Any]]:
        """Id, title, outlet and date of the given articles (one query, for a listing)."""
        return self._in_ids(
            "SELECT id, title, outlet, COALESCE(published, substr(captured_at, 1, 10)) "
            "AS published FROM articles WHERE id IN ({})", ids)

    def statements_of(self, article_ids: list[str]) -> list[dict[str, Any]]:
        """The statements of the given articles, with each article's date."""
        return self._in_ids(
            "SELECT s.*, a.published FROM statements s JOIN articles a ON a.id = s.article_id "
            "WHERE s.article_id IN ({}) ORDER BY s.article_id, s.start", article_ids)

    def statements_by(self, article_ids: list[str], names: Collection[str] = (),
                      surname: str | None = None) -> list[dict[str, Any]]:
        """The statements of the given articles whose speaker or organisation is one of
        ``names``, or whose speaker's person key has ``surname`` (``surname/...``), with
        each article's date. One query on the article index that keeps only the speaker's
        rows: an organisation's page read 3,300 statements of 300 articles as rows to show
        the 270 it made (60 ms)."""
        where, params = [], [json.dumps(article_ids)]
        if names:
            params.append(json.dumps(sorted(names)))
            where += ["s.speaker IN (SELECT value FROM json_each(?2))",
                      "s.org IN (SELECT value FROM json_each(?2))"]
        if surname:  # a key range: the keys of every first name under this surname
            params += [f"{surname}/", f"{surname}0"]  # "0" sorts right after "/"
            n = len(params)
            where.append(f"(s.speaker_key >= ?{n - 1} AND s.speaker_key < ?{n})")
        if not where:
            return []
        rows = self._db.execute(
            "SELECT s.*, a.published FROM statements s JOIN articles a ON a.id = s.article_id "
            "WHERE s.article_id IN (SELECT value FROM json_each(?1)) "
            f"AND ({' OR '.join(where)}) ORDER BY s.article_id, s.start", params)
        return [dict(r) for r in rows]

    def _in_ids(self, sql: str, ids: list[str]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for i in range(0, len(ids), 500):  # SQLite's limit on bound parameters
            chunk = ids[i:i + 500]
            out += [dict(r) for r in self._db.execute(
                sql.format(",".join("?" for _ in chunk)), chunk)]
        return out

    def article_languages(self) -> dict[str, str | None]:
        """Article id -> language, for tables that filter claims by their article's
        language."""
        return {r[0]: r[1] for r in self._db.execute("SELECT id, language FROM articles")}

    def outlets(self) -> list[str]:
        """Every outlet name, for the filters of a page: read off the index of outlets
        (migration 9), not the article rows, whose long texts sit before the outlet."""
        return [r[0] for r in self._db.execute(
            "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet")]
