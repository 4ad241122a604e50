"""Run extraction over stored articles, and read the results back as entities.

Extraction is its own stage after ingest: ingest stays fast, and changing the rules
(``EXTRACTOR_VERSION``) redoes only extraction, never cleaning.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from .extract import EXTRACTOR_VERSION, Extraction, extract_text
from .extract.names import same_person
from .model import content_id
from .store import Store

BATCH = 100
#: Languages the extraction rules are written for.
EXTRACTED_LANGUAGES = ("en",)


def extract_pending(store: Store, *, redo: bool = False,
                    on_article: Callable[[str], None] | None = None) -> int:
    """Extract every article not yet extracted by this version; returns how many were done."""
    todo = store.articles_to_extract(EXTRACTOR_VERSION, redo=redo)
    done = 0
    it = iter(todo)
    while batch := list(itertools.islice(it, BATCH)):
        results = []
        for article_id, text, published, language in batch:
            if language not in (None, *EXTRACTED_LANGUAGES):
                # the rules read English; other languages are stored, not misread
                results.append((article_id, Extraction()))
            else:
                results.append((article_id, extract_text(
                    text, date.fromisoformat(published) if published else None)))
            if on_article:
                on_article(article_id)
        with store.transaction():
            for article_id, extraction in results:
                store.save_extraction(article_id, EXTRACTOR_VERSION, extraction)
        done += len(batch)
    return done


@dataclass
class Entity:
    """One person, organisation, place or event across articles, with its spellings."""

    kind: str
    key: str
    name: str
    variants: set[str] = field(default_factory=set)
    article_ids: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    mentions: int = 0
    lat: float | None = None
    lon: float | None = None

    @property
    def id(self) -> str:
        return content_id(self.kind, self.key, prefix="n")

    def as_record(self) -> dict[str, object]:
        return {"id": self.id, "kind": self.kind, "key": f"{self.kind}:{self.key}",
                "name": self.name,
                "variants": sorted(self.variants), "article_ids": sorted(self.article_ids),
                "roles": sorted(self.roles), "mentions": self.mentions,
                "lat": self.lat, "lon": self.lon}


def entities(store: Store, kind: str | None = None) -> list[Entity]:
    """Entities with spelling variants merged (Lukashenko / Lukashenka are one person)."""
    merged: dict[tuple[str, str], Entity] = {}
    by_surname: dict[str, list[Entity]] = {}  # person entities by surname skeleton
    aliases = store.merges("merge_entities")
    rows = store.mentions(kind)
    for row in rows:
        row["key"] = aliases.get(f"{row['kind']}:{row['key']}", f"{row['kind']}:{row['key']}"
                                 ).split(":", 1)[1]
    # full-name keys first, so that a bare surname joins the full name it belongs to
    rows.sort(key=lambda r: (r["key"].endswith("/"), r["article_id"], r["start"]))
    for row in rows:
        key = row["key"]
        target = None
        surname = key.split("/", 1)[0]
        if row["kind"] == "person":
            target = next((e for e in by_surname.get(surname, ())
                           if same_person(e.key, key)), None)
        if target is None:
            target = merged.get((row["kind"], key))
        if target is None:
            target = merged[(row["kind"], key)] = Entity(row["kind"], key, row["name"])
            if row["kind"] == "person":
                by_surname.setdefault(surname, []).append(target)
        target.variants.add(row["text"])
        target.variants.add(row["name"])
        target.article_ids.add(row["article_id"])
        target.mentions += 1
        if row["role"]:
            target.roles.add(row["role"])
        if target.lat is None and row["lat"] is not None:
            target.lat, target.lon = row["lat"], row["lon"]
        if row["kind"] == "person" and len(row["name"].split()) > len(target.name.split()):
            target.name = row["name"]
    out = sorted(merged.values(), key=lambda e: (-e.mentions, e.name))
    for e in out:
        e.variants.discard(e.name)
    return out
