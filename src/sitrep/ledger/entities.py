"""Entities across articles: the mentions of every article merged into one record per
person, organisation, place or event.

This is a ledger question, not an extraction one: extraction reads one article at a time,
and only here are the spellings of many articles (Lukashenko / Lukashenka) and the
analyst's ``merge-entities`` corrections brought together.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..documents import content_id
from ..knowledge.names import same_person

if TYPE_CHECKING:
    from ..store import Store


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
    return merge_entities(store.mention_rows(kind), store.merges("merge_entities"))


def merge_entities(mentions: Iterable[Any], aliases: Mapping[str, str]) -> list[Entity]:
    """Entities of mention rows (``Store.mention_rows()``), the analyst's merges
    (``aliases``: "kind:key" -> kept "kind:key") applied."""
    merged: dict[tuple[str, str], Entity] = {}
    by_surname: dict[str, list[Entity]] = {}  # person entities by surname skeleton
    # a person key's entity: the first of its surname it is the same person as, which
    # stays the first as entities are added (computed once per key, not once per mention)
    person: dict[str, Entity] = {}
    rows = [(_aliased(row, aliases), row) for row in mentions]
    # full-name keys first, so that a bare surname joins the full name it belongs to
    rows.sort(key=lambda p: (p[0].endswith("/"), p[1]["article_id"], p[1]["start"]))
    for key, row in rows:
        target = None
        surname = key.split("/", 1)[0]
        if row["kind"] == "person":
            target = person.get(key) or next(
                (e for e in by_surname.get(surname, ()) if same_person(e.key, key)), None)
        if target is None:
            target = merged.get((row["kind"], key))
        if target is None:
            target = merged[(row["kind"], key)] = Entity(row["kind"], key, row["name"])
            if row["kind"] == "person":
                by_surname.setdefault(surname, []).append(target)
        if row["kind"] == "person":
            person[key] = target
        _add(target, row)
    out = sorted(merged.values(), key=lambda e: (-e.mentions, e.name))
    for e in out:
        e.variants.discard(e.name)
    return out


def _aliased(row: Any, aliases: Mapping[str, str]) -> str:
    full = f"{row['kind']}:{row['key']}"
    return aliases.get(full, full).split(":", 1)[1]


def _add(target: Entity, row: Any) -> None:
    """One mention of ``target``."""
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
