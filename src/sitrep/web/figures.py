"""The figures table: its filters, sort order and pages, read from the query string.

The filters are those an analyst narrows a crisis with: the event instance, the measure,
the type of source, the speaker, the article's language and a date range (the date the
figure was stated, else its article's publication or capture date).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

if TYPE_CHECKING:
    from .workspace import Workspace

PAGE_SIZE = 50
#: Sortable columns: name in the query string -> how a row sorts on it.
SORTS = {
    "day": lambda r: r["day"] or "",
    "subject": lambda r: (r["subject"] or "").lower(),
    "measure": lambda r: (r["family"] or "").lower(),
    "value": lambda r: r["low"] if r["low"] is not None else (r["high"] or 0.0),
    "source": lambda r: (r["source"] or "").lower(),
    "outlet": lambda r: (r["outlet"] or "").lower(),
}


def _text(params: Mapping[str, str], key: str) -> str | None:
    value = (params.get(key) or "").strip()
    return value[:200] or None


@dataclass(frozen=True, slots=True)
class FigureQuery:
    """What the figures page was asked for; unknown or malformed values fall back to the
    defaults, so a hand-edited URL never errors."""

    subject: str | None = None
    measure: str | None = None
    source_type: str | None = None
    speaker: str | None = None
    language: str | None = None
    since: str | None = None
    until: str | None = None
    sort: str = "day"
    descending: bool = False
    page: int = 1
    rejected: bool = False  # show rejected figures too

    @classmethod
    def parse(cls, params: Mapping[str, str]) -> FigureQuery:
        sort = params.get("sort") or "day"
        try:
            page = max(1, min(int(params.get("page") or 1), 1_000_000))
        except ValueError:
            page = 1
        return cls(_text(params, "subject"), _text(params, "measure"),
                   _text(params, "source_type"), _text(params, "speaker"),
                   _text(params, "language"), _text(params, "since"), _text(params, "until"),
                   sort if sort in SORTS else "day", params.get("order") == "desc", page,
                   params.get("rejected") == "1")

    def in_range(self, day: str) -> bool:
        """Whether a row's day (stated, else published, else captured) is in the range;
        ``until`` is compared on its own length, so "2026-05" keeps all of May."""
        return not ((self.since and day < self.since)
                    or (self.until and day[:len(self.until)] > self.until))

    def select(self, ws: Workspace) -> tuple[list[dict[str, Any]], int]:
        """The rows of the asked page, sorted, and how many rows pass the filters (read
        off the workspace's coded columns, see :mod:`sitrep.web.table`)."""
        return ws.table.select(self, (self.page - 1) * PAGE_SIZE, PAGE_SIZE)

    def params(self) -> dict[str, str]:
        """The query string of this query, without defaults."""
        out = {k: v for k, v in (("subject", self.subject), ("measure", self.measure),
                                 ("source_type", self.source_type), ("speaker", self.speaker),
                                 ("language", self.language), ("since", self.since),
                                 ("until", self.until)) if v}
        if self.sort != "day":
            out["sort"] = self.sort
        if self.descending:
            out["order"] = "desc"
        if self.page != 1:
            out["page"] = str(self.page)
        if self.rejected:
            out["rejected"] = "1"
        return out

    def url(self, **changes: Any) -> str:
        """``/figures?...`` for this query with some fields changed (a page, a sort)."""
        query = replace(self, **changes).params()
        return "/figures" + ("?" + urlencode(query) if query else "")

    def sort_url(self, column: str) -> str:
        """Sort by ``column``; the same column again flips the order."""
        descending = not self.descending if column == self.sort else column == "value"
        return self.url(sort=column, descending=descending, page=1)
