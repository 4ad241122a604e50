"""Put together what ``sitrep show`` prints about one article."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any

from .offsets import OffsetMap
from .store import Store, StoredArticle


@dataclass(frozen=True, slots=True)
class ArticleReport:
    article: StoredArticle
    group: list[dict[str, Any]]
    printed_beside: list[dict[str, Any]]
    sources: list[dict[str, Any]]
    removed: list[dict[str, Any]]
    note: str | None
    offsets: OffsetMap

    def as_dict(self) -> dict[str, Any]:
        return {**self.article.as_record(), "outlet_source": self.article.outlet_source,
                "published_source": self.article.published_source,
                "duplicate_group": self.group, "printed_beside": self.printed_beside,
                "found_at": self.sources, "removed_lines": self.removed,
                "cleaning_note": self.note,
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
        for other in self.printed_beside:
            out.append(f"  printed beside {other['id']}  {other['title'] or ''}")
        out.append("")
        out.extend(textwrap.fill(p, 96) for p in a.text.split("\n") if p.strip())
        out.append("")
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


def describe_article(store: Store, id_or_prefix: str) -> ArticleReport | None:
    article = store.find_article(id_or_prefix)
    if article is None:
        return None
    raw = store.capture_raw(article.capture_id)
    removed = [{**lb, "text": raw[lb["start"]:lb["end"]]}
               for lb in store.line_labels(article.capture_id)
               if lb["label"] in ("boilerplate", "meta", "title")]
    beside = [{"id": o.id, "title": o.title, "part": o.part}
              for o in store.articles_of_capture(article.capture_id) if o.id != article.id]
    return ArticleReport(article, store.group_members(article.group_id), beside,
                         store.capture_sources(article.capture_id), removed,
                         store.capture_note(article.capture_id),
                         OffsetMap.from_json(article.offsets))
