"""The story a figure belongs to when its own sentence named no event.

Why: extraction reads one page at a time. A page of a story that never names the event by
a word of its type ("the committee said 46 people were found in the border forest", a
charity's field notes, a wire lead that says "the river rose") leaves its figures with
the thing they count ("people") or a place as their subject, and so does a sentence that
the page's own rules keep apart from an event the page names only once. Such a subject
tells the reader nothing of what the figure belongs to, and its claims never meet the
story's claims. Across the store it is plain: the store's articles cite one event over
the places that page names.

The rule, over the figures of the store (subjects already aliased, see
:mod:`.instances`): a figure whose subject is a thing counted, a place, a body or a bare
event type ("deployment": no event instance; a figure with no subject was set apart by
extraction, as of another time or scope, and keeps none) takes its story, which is

* the one event instance its page's other figures name, when the store cites that
  instance on at least :data:`STORY_PAGES` pages (copies of one wire story count once):
  a page that names one event of the store's story is that story's page; but not when the
  page names it for a place outside the story's ("migration, Belarus / Latvia" aliased
  to the store's "migration, Belarus / Lithuania", :mod:`.instances`): the alias is
  enough to join what the page says of the event, not to join what it counts in another
  country (a week's detentions in Latvia and in Lithuania are no rival claims);
* on a page whose figures name no event, the instance the store cites on the most pages
  among those whose countries the page names, when it is cited on at least
  :data:`STORY_PAGES` pages and on at least :data:`CLEAR_LEAD` times as many as the next
  such instance, and the page is published within the instance's days (an incident's
  from its day to :data:`AFTERMATH_DAYS` after; an ongoing event's at any time).

* for a figure whose subject is an instance of no place ("flood, 2026-03-08", which
  :mod:`.instances` leaves alone when the store holds its type in two countries), the same
  choice among the store's instances of its type that have a place.
A page whose figures name two events, or whose countries point to two stories cited
alike, keeps its subjects: nothing tells which one a figure belongs to.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from functools import cache
from typing import Any

from ..knowledge.gazetteer import load_gazetteer
from .instances import (
    instance_day,
    instance_kind,
    instance_place,
    is_event_instance,
    subject_aliases,
)

#: how many pages (copies of one story counted once) must cite an instance for it to be
#: a story that takes the figures of pages naming no event
STORY_PAGES = 2
#: how many times more pages the story of a page's countries must have than the next one
CLEAR_LEAD = 2
#: how long after an incident's day its story still runs (the recovery, the inquiries)
AFTERMATH_DAYS = 60


def ledger_subjects(rows: Sequence[Any], mentions: Iterable[Any]) -> list[str | None]:
    """The subject the ledger gives each figure row: its instance's name across the store
    (:func:`.instances.subject_aliases`), or its story's when no event claims it."""
    aliases = subject_aliases(r["subject"] for r in rows if r["subject"])
    return story_subjects(rows, [aliases.get(r["subject"], r["subject"]) for r in rows],
                          mentions)


def story_subjects(rows: Sequence[Any], subjects: Sequence[str | None],
                   mentions: Iterable[Any]) -> list[str | None]:
    """``subjects`` (the aliased subject of each of ``rows``), with the figures no event
    claims given their story (see the module's rule). ``rows``: figure rows with
    ``article_id``, ``group_id`` and ``published``; ``mentions``: the store's mention rows
    (``article_id``, ``kind``, ``country``)."""
    # the names are few and repeat on every row: each is parsed once
    instances = frozenset(n for n in set(subjects) if n and is_event_instance(n))
    # "flood, 2026-03-08": an instance its page's places must place (below)
    placeless = frozenset(n for n in instances if instance_place(n) is None
                          and instance_day(n) is not None)
    pages: dict[str, set[str]] = defaultdict(set)  # article -> its figures' instances
    groups: dict[str, set[str]] = defaultdict(set)  # instance -> the stories citing it
    for row, subject in zip(rows, subjects, strict=True):
        if subject in instances:
            pages[row["article_id"]].add(subject)
            groups[subject].add(row["group_id"] or row["article_id"])  # copies count once
            if not _countries_of(row["subject"]) <= _countries_of(subject):
                pages[row["article_id"]].add(row["subject"])  # another place's: not one
    cited = Counter({name: len(seen) for name, seen in groups.items()})
    stories = {name: n for name, n in cited.items() if n >= STORY_PAGES}
    if not stories:
        return list(subjects)
    countries = _countries(mentions)
    chosen: dict[tuple[str, str | None], str | None] = {}
    out = list(subjects)
    for i, (row, subject) in enumerate(zip(rows, subjects, strict=True)):
        if not subject or (subject in instances and subject not in placeless):
            continue
        article = row["article_id"]
        key = (article, subject if subject in placeless else None)
        if key not in chosen:
            own, pool = _candidates(key[1], pages.get(article, set()), stories, placeless)
            chosen[key] = _story(own, pool, countries.get(article, set()),
                                 _day(row["published"]))
        out[i] = chosen[key] or subject
    return out


def _candidates(placeless: str | None, own: set[str], stories: dict[str, int],
                unplaced: frozenset[str]) -> tuple[set[str], dict[str, int]]:
    """The page's instances and the store's stories a subject may take: any, for a subject
    that is no instance; for an instance of no place (``placeless``), those of its type
    that have a place ("flood, Hungary" for "flood, 2026-03-08"), so that the page's own
    places choose between a flood's two countries."""
    if placeless is None:
        return own, stories
    kind = instance_kind(placeless)

    def fits(name: str) -> bool:
        return name not in unplaced and instance_kind(name) == kind

    return {n for n in own if fits(n)}, {n: c for n, c in stories.items() if fits(n)}


def _story(own: set[str], stories: dict[str, int], countries: set[str],
           published: date | None) -> str | None:
    if own:
        one = next(iter(own))
        return one if len(own) == 1 and one in stories else None
    fits = sorted(((n, name) for name, n in stories.items()
                   if _countries_of(name) & countries and _runs_on(name, published)),
                  reverse=True)
    if not fits or (len(fits) > 1 and fits[0][0] < CLEAR_LEAD * fits[1][0]):
        return None
    return fits[0][1]


def _countries(mentions: Iterable[Any]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m["kind"] == "place" and m["country"]:
            out[m["article_id"]].add(m["country"])
    return out


@cache
def _countries_of(name: str) -> frozenset[str]:
    """The countries (ISO codes) of an instance's places ("migration, Belarus /
    Lithuania" -> BY, LT); none for a series name or an instance of no place."""
    place = instance_place(name)
    if not place:
        return frozenset()
    gaz = load_gazetteer()
    found = (gaz.place(part) for part in place.split(" / "))
    return frozenset(p.country for p in found if p is not None and p.country)


def _runs_on(name: str, published: date | None) -> bool:
    day = instance_day(name)
    if day is None or published is None:
        return True
    return day - timedelta(days=1) <= published <= day + timedelta(days=AFTERMATH_DAYS)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
