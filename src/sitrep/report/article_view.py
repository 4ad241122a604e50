"""Put together what ``sitrep show`` prints about one article."""

from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass, field
from typing import Any

from ..offsets import OffsetMap
from ..store import Store, StoredArticle


@dataclass(frozen=True, slots=True)
class ArticleReport:
    article: StoredArticle
    group: list[dict[str, Any]]
    printed_beside: list[dict[str, Any]]
    sources: list[dict[str, Any]]
    removed: list[dict[str, Any]]
    note: str | None
    offsets: OffsetMap
    raw: str = ""
    claims: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {**self.article.as_record(), "outlet_source": self.article.outlet_source,
                "published_source": self.article.published_source,
                "duplicate_group": self.group, "printed_beside": self.printed_beside,
                "found_at": self.sources, "removed_lines": self.removed,
                "cleaning_note": self.note,
                "figures": [{**f, "raw_line": self.raw_line(f["start"])}
                            for f in self.claims.get("figures", [])],
                "statements": [{**st, "raw_line": self.raw_line(st["start"])}
                               for st in self.claims.get("statements", [])],
                "offsets": {"exact": self.offsets.exact,
                            "segments": [[s.clean_start, s.raw_start, s.length]
                                         for s in self.offsets.segments]}}

    def render(self) -> str:
        a = self.article
        out = [f"{a.title or '(no title)'}",
               f"  id            {a.id}",
               f"  outlet        {a.outlet or '-'}  ({a.outlet_source or 'unknown'})",
               f"  published     {a.published or 'unknown'}  "
               f"({a.published_source or 'no date found'})",
               f"  captured at   {a.captured_at}  ({a.captured_at_source})",
               f"  language      {a.language or '-'}",
               f"  source        {a.url or a.source}"]
        if a.related_to:
            out.append(f"  printed on    the page of article {a.related_to} (a related story)")
        if a.duplicate_of:
            out.append(f"  copy of       {a.duplicate_of} (earliest of {a.group_size} copies)")
        elif a.group_size > 1:
            out.append(f"  original of   {a.group_size - 1} other copies")
        for member in self.group:
            if member["id"] != a.id:
                out.append(f"    copy        {member['id']}  {member['outlet'] or '-'}  "
                           f"{member['published'] or member['captured_at'][:10]}")
        if a.same_source_of:
            out.append(f"  same source   as {a.same_source_of} (reports the same statement "
                       f"in other words: one source)")
        for other in self.printed_beside:
            out.append(f"  printed beside {other['id']}  {other['title'] or ''}")
        out.append("")
        out.extend(textwrap.fill(p, 96) for p in self.marked_text().split("\n") if p.strip())
        out.append("")
        out.extend(self.legend())
        if self.removed:
            out.append("Removed from the capture:")
            for r in self.removed:
                out.append(f"  line {r['line']:>4}  {r['label']:<11} {r['reason']}: "
                           f"{r['text'][:50]!r}")
        if self.note:
            out.append(f"Cleaning: {self.note}")
        exact = "exact" if self.offsets.exact else "paragraph-level"
        out.append(f"Provenance: {len(self.offsets.segments)} pieces of the raw capture, "
                   f"mapped back {exact}; capture {a.capture_id}")
        return "\n".join(out)


    def raw_line(self, clean_offset: int) -> int | None:
        """The 1-based line of the raw capture a clean offset comes from."""
        raw = self.offsets.to_raw(clean_offset)
        return None if raw is None else self.raw.count("\n", 0, raw) + 1

    def marked_text(self) -> str:
        """The clean text with figures in ⟦ ⟧ and statements in « », numbered F1, S1."""
        # (offset, order, mark): at one offset closers come before openers, an inner figure
        # closes before the statement around it and opens after it
        marks: list[tuple[int, int, str]] = []
        for n, f in enumerate(self.claims.get("figures", []), start=1):
            marks += [(f["start"], 2, "⟦"), (f["end"], -2, f"⟧F{n}")]
        for n, st in enumerate(self.claims.get("statements", []), start=1):
            marks += [(st["start"], 1, "«"), (st["end"], -1, f"»S{n}")]
        text = self.article.text
        out, pos = [], 0
        for offset, _, mark in sorted(marks):
            out.append(text[pos:offset])
            out.append(mark)
            pos = offset
        out.append(text[pos:])
        return "".join(out)

    def legend(self) -> list[str]:
        lines = []
        for n, f in enumerate(self.claims.get("figures", []), start=1):
            who = f["speaker"] or f["org"] or "the outlet"
            value = (f"{f['start_date']}..{f['end_date']}" if f["start_date"] else
                     _change(json.loads(f["change"])) if f["change"] else
                     f"{_num(f['low'])}..{_num(f['high'])}")
            # the matter, where no event instance is the subject: "Davis Cup Finals"
            matter = f" (matter: {f['matter']})" if f.get("matter") else ""
            lines.append(f"  F{n} {value} {f['unit'] or ''} {f['measure'] or ''} | subject "
                         f"{f['subject'] or '-'}{matter} | {who}, stated {f['stated_on'] or '-'} | "
                         f"raw line {self.raw_line(f['start'])}")
        for n, st in enumerate(self.claims.get("statements", []), start=1):
            who = st["speaker"] or st["org"]
            lines.append(f"  S{n} {who}{' to ' + st['to_whom'] if st['to_whom'] else ''}, "
                         f"stated {st['stated_on'] or '-'} | raw line {self.raw_line(st['start'])}")
        return (["Figures (⟦ ⟧) and statements (« »):", *lines, ""]) if lines else []


def _change(change: dict[str, Any]) -> str:
    """"x0.5" for a change by a factor, "+2" for an announced increment."""
    return f"+{_num(change['add'])}" if "add" in change else f"x{change['factor']}"


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:,.0f}"


def describe_article(store: Store, id_or_prefix: str) -> ArticleReport | None:
    article = store.find_article(id_or_prefix)
    if article is None:
        return None
    raw = store.capture_raw(article.capture_id)
    removed = [{**lb, "text": raw[lb["start"]:lb["end"]]}
               for lb in store.line_labels(article.capture_id)
               if lb["label"] in ("boilerplate", "meta", "title")]
    beside = [o for o in store.articles_of_capture(article.capture_id) if o["id"] != article.id]
    return ArticleReport(article, store.group_members(article.group_id), beside,
                         store.capture_sources(article.capture_id), removed,
                         store.capture_note(article.capture_id),
                         OffsetMap.from_json(article.offsets), raw,
                         store.claims_of_article(article.id))
