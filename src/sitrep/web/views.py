"""What the article and entity pages show, put together from the store.

The article page reuses :func:`sitrep.report.article_view.describe_article`, the same
account ``sitrep show`` prints (copies, related stories, removed lines, the raw capture
line of every figure and statement), and adds the marked HTML text.
"""

from __future__ import annotations

import re
from typing import Any

from ..knowledge.names import same_person
from ..ledger.entities import Entity
from ..report.article_view import describe_article
from ..store import Store
from .render import Span, marked_text
from .workspace import Workspace

#: How much of a raw capture line a mark's label shows.
_RAW_SHOWN = 160


def _raw_line_text(raw: str, line: int | None) -> str:
    if line is None:
        return ""
    lines = raw.split("\n")
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    return text if len(text) <= _RAW_SHOWN else text[:_RAW_SHOWN] + "…"


def article_view(store: Store, article_id: str, rejected: frozenset[str]
                 ) -> dict[str, Any] | None:
    """Template values of the article page, or None when there is no such article."""
    report = describe_article(store, article_id)
    if report is None:
        return None
    spans, marks = [], []
    claims = report.claims
    for prefix, table in (("F", "figures"), ("S", "statements")):
        for n, row in enumerate(claims.get(table, []), start=1):
            line = report.raw_line(row["start"])
            label = f"{prefix}{n} · raw line {line if line is not None else '?'}"
            spans.append(Span("fig" if prefix == "F" else "stmt", row["id"], row["start"],
                              row["end"], label))
            marks.append({"label": f"{prefix}{n}", "row": row, "line": line,
                          "kind": table, "rejected": row["id"] in rejected,
                          "raw": _raw_line_text(report.raw, line)})
    data = [{"id": m["row"]["id"], "kind": m["kind"], "text": m["row"]["text"],
             "speaker": m["row"]["speaker"], "raw_line": m["line"]} for m in marks]
    return {"a": report.article, "report": report, "text": marked_text(
        report.article.text, spans), "marks": marks, "data": data}


def _speaks_for(row: dict[str, Any], entity: Entity) -> bool:
    """Whether a figure or statement was made by ``entity``."""
    key = row.get("speaker_key")
    if entity.kind == "person":
        return bool(key) and "/" in key and same_person(key, entity.key)
    if entity.kind == "org":
        names = {entity.name, *entity.variants}
        return row.get("org") in names or row.get("speaker") in names
    return False


#: Articles of an entity its page reads for statements and figures about it.
_ARTICLES_READ = 300


def entity_claims(store: Store, entity: Entity, ws: Workspace
                  ) -> dict[str, list[dict[str, Any]]]:
    """Figures and statements made by the entity, and figures about it (its event, or a
    figure sentence naming it in an article that mentions it), read through the
    workspace's indexes. A speaker is named in the article it speaks in, so only the
    entity's articles are read for statements, and only those a person or an
    organisation made are read (a place or an event makes none)."""
    names = {entity.name, *entity.variants}
    index = ws.index
    if entity.kind == "person":
        by = [r for key, rows in index["speaker_key"].items()
              if key and "/" in str(key) and same_person(str(key), entity.key) for r in rows]
    elif entity.kind == "org":
        by = [r for name in names for r in index["org"].get(name, [])]
    else:
        by = []
    taken = {r.id for r in by}
    about = [r for name in names for r in index["subject"].get(name, [])]
    read = sorted(entity.article_ids)[:_ARTICLES_READ]
    # one search for any of the names (a person has a dozen spellings), not one per name
    named = re.compile("|".join(re.escape(n) for n in sorted(names) if n) or "(?!)")
    about += [r for article_id in read for r in index["article_id"].get(article_id, [])
              if r.subject not in names and named.search(r.text)]
    about = [r for r in about if r.id not in taken]
    if entity.kind == "person":
        said = store.statements_by(read, surname=entity.key.split("/", 1)[0])
    elif entity.kind == "org":
        said = store.statements_by(read, names)
    else:
        said = []
    return {"by": by, "about": about,
            "said": [st for st in said if _speaks_for(st, entity)]}
