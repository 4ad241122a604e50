"""One event instance named alike across articles.

Why: extraction reads one article at a time. An article that says "the earthquake in
Myanmar" without a day names "earthquake, Myanmar"; another, dated, names "earthquake,
Myanmar, 2025-03-28". Across the store they are one incident when the store knows a
single dated one of that type and place; with two ("two quakes in one month") the undated
name stays apart, since nothing tells which one it means. An incident that lasts (a flood,
a strike) is dated by each report to another of its days, the onset, the peak or the deal:
dated names of one type and place within the days such an incident lasts are one. Series
names are aliased too:
"Bastion-2026" is "Union Bastion-2026" when that is the only longer name of that year.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from functools import cache
from typing import Any

from ..knowledge.gazetteer import load_gazetteer
from ..lang import language_data

_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _parts(name: str) -> tuple[str, str | None, str | None] | None:
    """(type, place, day) of an inferred instance name, None for any other subject."""
    parts = name.split(", ")
    day = parts[-1] if _DAY.fullmatch(parts[-1]) else None
    rest = parts[:-1] if day else parts
    if len(rest) > 2 or not rest[0].islower():
        return None
    return rest[0], (rest[1] if len(rest) == 2 else None), day


@cache
def _event_types() -> dict[str, dict[str, Any]]:
    """The event types and what the language's table says of each (``ongoing``,
    ``lasts_days``), read once."""
    return dict(language_data("en").table("event_types")["types"])


def is_event_instance(name: str) -> bool:
    """A named series instance ("Zapad-2025") or one built from an event's type, place and
    day ("earthquake, Nepal, 2026-03-13"); not a thing counted standing in for a subject
    ("cities") or a place."""
    if re.fullmatch(r"[A-Z].*-(?:19|20)\d\d", name):
        return True
    parts = _parts(name)
    return parts is not None and parts[0] in _event_types() and (
        parts[1] is not None or parts[2] is not None)


def instance_day(name: str) -> date | None:
    """The day of an instance named with one ("attack, Russia, 2024-03-22"), else None."""
    parts = _parts(name)
    return date.fromisoformat(parts[2]) if parts and parts[2] else None


def instance_kind(name: str) -> str | None:
    """The event type of an instance built from type, place and day ("flood" of "flood,
    Hungary"), else None."""
    parts = _parts(name)
    return parts[0] if parts else None


def instance_place(name: str) -> str | None:
    """The place of an instance built from type, place and day ("Belarus / Lithuania" of
    "migration, Belarus / Lithuania"), else None."""
    parts = _parts(name)
    return parts[1] if parts else None


def is_ongoing(name: str) -> bool:
    """An instance of an ongoing type, named without a day ("war, Russia / Ukraine"): what
    it counts changes over months. An incident its report dates nowhere ("flood, Hungary")
    is no such thing: its tolls are compared within a day, and a lower one said days
    before a higher is that toll rising, not a disagreement."""
    parts = _parts(name)
    return (parts is not None and parts[2] is None and is_event_instance(name)
            and parts[0] in _ongoing_types())


def is_lasting(name: str) -> bool:
    """An incident that goes on for days ("protest, Poland, 2026-04-14"): what it counts
    on one of its days (the ships waiting, the crowd) is not what it counts on another."""
    parts = _parts(name)
    return parts is not None and parts[2] is not None and _lasts().get(parts[0], 0) > 0


def instance_aliases(subjects: Iterable[str]) -> dict[str, str]:
    """Undated or placeless instance names -> the one dated instance they can only mean
    (or the one far more cited than any other);
    an ongoing event named with one of its places -> the most cited wider name."""
    cited = Counter(subjects)
    parsed = {s: p for s in cited if (p := _parts(s)) is not None}
    out = _one_incident(parsed, cited)
    for name, root in out.items():
        cited[root] += cited[name]  # a lasting incident is cited under all its days
    dated: dict[str, list[tuple[str, str | None, str]]] = defaultdict(list)
    for name, (kind, place, day) in parsed.items():
        if day and name not in out:
            dated[kind].append((name, place, day))
    for name, (kind, place, day) in parsed.items():
        if day and place:
            continue
        fits = sorted((n for n, p, d in dated[kind]
                       if n != name and (place is None or p == place)
                       and (day is None or _within(kind, d, day))),
                      key=lambda n: (-cited[n], n))
        if place is None and fits and _placed_rival(kind, fits[0], parsed, cited, out):
            continue  # "flood, 2026-03-08" beside "flood, Hungary": the page must tell
        if len(fits) == 1 or (len(fits) > 1 and cited[fits[0]] >= 2 * cited[fits[1]]):
            # the one dated instance, or one so much more cited than the next that a
            # misread day elsewhere does not make the undated report ambiguous
            out[name] = fits[0]
        elif not day and place and (wider := _wider_ongoing(name, parsed, cited)):
            out[name] = wider
    for name, (_, place, day) in parsed.items():
        if not day and not place and name not in out and (
                one := _the_ongoing(name, parsed, cited, out)):
            out[name] = one
    return out


def _placed_rival(kind: str, best: str, parsed: dict[str, tuple[str, str | None, str | None]],
                  cited: Counter[str], out: dict[str, str]) -> bool:
    """Whether an event of ``kind`` at another place than ``best``'s, named without a day
    ("flood, Hungary" beside "flood, Romania, 2026-03-13"), is cited at least half as often:
    then a name with no place may mean either, and only its page's places tell which
    (ledger/story_subjects.py)."""
    where = parsed[best][1]
    return any(k == kind and p is not None and p != where and d is None and n not in out
               and 2 * cited[n] >= cited[best] for n, (k, p, d) in parsed.items())


def _one_incident(parsed: dict[str, tuple[str, str | None, str | None]],
                  cited: Counter[str]) -> dict[str, str]:
    """Dated names of one type and place whose days fall within the days an incident of
    that type lasts, counted from the first ("flood, Hungary, 2026-03-08" and "flood,
    Hungary, 2026-03-13": one flood, dated by one report to its onset, by another to its
    crest) -> the most cited of them (the earliest of equals). A type that does not last
    (an attack, a quake) joins no two days: two attacks in one country in one week are two."""
    runs: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for name, (kind, place, day) in parsed.items():
        if day and place and _lasts().get(kind):
            runs[(kind, place)].append((day, name))
    out = {}
    for (kind, _), days in runs.items():
        days.sort()
        run: list[tuple[str, str]] = []
        for day, name in [*days, ("", "")]:
            if run and (not day or not _within(kind, run[0][0], day)):
                root = min(run, key=lambda x: (-cited[x[1]], x[0]))[1]
                out.update((n, root) for _, n in run if n != root)
                run = []
            run.append((day, name))
    return out


def _within(kind: str, first: str, other: str) -> bool:
    """Whether days ``first`` and ``other`` (ISO) can date one incident of ``kind``."""
    gap = abs(date.fromisoformat(other) - date.fromisoformat(first))
    return gap <= timedelta(days=_lasts().get(kind, 0))


@cache
def _ongoing_types() -> frozenset[str]:
    return frozenset(name for name, spec in _event_types().items() if spec["ongoing"])


@cache
def _lasts() -> dict[str, int]:
    """How many days an incident of each type may go on (``lasts_days`` in the language's
    event types; none for a sudden one)."""
    return {name: int(spec.get("lasts_days", 0)) for name, spec in _event_types().items()}


def _the_ongoing(name: str, parsed: dict[str, tuple[str, str | None, str | None]],
                 cited: Counter[str], aliased: dict[str, str]) -> str | None:
    """The ongoing instance a bare "the war" or "the deployment" means: the one of its
    type (or of the type it is part of) named with its countries, when the store holds
    only one or one cited far more often than any other (with the names it absorbed).
    A dated incident ("the attack") is left to :func:`instance_aliases`' own rule."""
    kind = parsed[name][0]
    whole = _part_of().get(kind)
    weight: Counter[str] = Counter()
    for n, (_, p, d) in parsed.items():
        root = aliased.get(n, n)
        if n != name and p and not d and root in parsed and parsed[root][0] in (kind, whole):
            weight[root] += cited[n]
    found = weight.most_common(2)
    if not found or (len(found) > 1 and found[0][1] < _FAR_MORE * found[1][1]):
        return None
    return found[0][0]


def _wider_ongoing(name: str, parsed: dict[str, tuple[str, str | None, str | None]],
                   cited: Counter[str]) -> str | None:
    """The ongoing instance an ongoing name is part of: the most cited one of its type (or
    the type it is part of) whose countries hold its own ("war, Ukraine" in "war, Russia /
    Ukraine"; a deployment to that war); else one that shares a country with it and is
    cited far more often. An ally's troops in a war ("North Korean troops fighting in the
    war in Ukraine") make an article name the ally and one party, or the ally and the
    host ("deployment, North Korea / Russia"): a reader knows the war they mean, the one
    the store cites most over that country."""
    kind, place, _ = parsed[name]
    own = set((place or "").split(" / "))
    whole = _part_of().get(kind)
    wider, sharing = [], []
    for n, (k, p, d) in parsed.items():
        if d or not p or n == name or k not in (kind, whole):
            continue
        theirs = set(p.split(" / "))
        if own < theirs or (k == whole and own <= theirs):
            wider.append(n)
        elif own & theirs and _with_parts(n, parsed, cited) >= _FAR_MORE * cited[name]:
            sharing.append(n)
    if not wider and whole is not None and (one := _one_war(own, whole, parsed, cited)):
        return one
    found = wider or sharing
    return max(sorted(found), key=lambda n: cited[n]) if found else None


def _one_war(own: set[str], whole: str, parsed: dict[str, tuple[str, str | None, str | None]],
             cited: Counter[str]) -> str | None:
    """The one ongoing instance of type ``whole`` (a war) that every such instance over
    one of ``own`` countries is named for once aliased ("war, Russia", "war, North Korea
    / Ukraine" are "war, Russia / Ukraine"), else None. A deployment to a party of that
    war is part of it whatever its own count: a deployment is no rival of its war, so one
    more count of it must not cut it from the war."""
    roots = set()
    for n, (k, p, d) in parsed.items():
        if k == whole and not d and p and own & set(p.split(" / ")):
            seen = {n}
            while (nxt := _wider_ongoing(n, parsed, cited)) is not None and nxt not in seen:
                seen.add(nxt)
                n = nxt
            roots.add(n)
    return roots.pop() if len(roots) == 1 else None


def _with_parts(name: str, parsed: dict[str, tuple[str, str | None, str | None]],
                cited: Counter[str]) -> int:
    """How often an ongoing instance is cited, counting the names it holds ("war,
    Ukraine" and the deployments to it are "war, Russia / Ukraine")."""
    kind, place, _ = parsed[name]
    theirs = set((place or "").split(" / "))
    return cited[name] + sum(
        cited[n] for n, (k, p, d) in parsed.items()
        if n != name and not d and p and (k == kind or _part_of().get(k) == kind)
        and set(p.split(" / ")) <= theirs)


#: how many times more cited an ongoing instance must be to absorb one sharing a country
_FAR_MORE = 3


@cache
def _part_of() -> dict[str, str]:
    """Ongoing event types that are part of another over the same countries (troops
    deployed to a war are that war's)."""
    return dict(language_data("en").table("event_types")["part_of"])


def series_aliases(subjects: Iterable[str]) -> dict[str, str]:
    """"Bastion-2026" -> "Union Bastion-2026": one instance named short and long.

    Two subjects are one instance when their years match and one series name ends the
    other's ("Bastion" ends "Union Bastion"); the longer name is kept."""
    parsed = {}
    for s in set(subjects):
        m = re.fullmatch(r"(?P<series>.+)-(?P<year>(?:19|20)\d\d)", s)
        if m:
            parsed[s] = (m.group("series").lower().split(), m.group("year"))
    out = {}
    for short, (words, year) in parsed.items():
        longer = [other for other, (w, y) in parsed.items()
                  if y == year and len(w) > len(words) and w[-len(words):] == words]
        if len(longer) == 1:
            out[short] = longer[0]
    return out


def subject_aliases(subjects: Iterable[str]) -> dict[str, str]:
    """Every subject name -> the name the store knows the instance by (if another)."""
    names = [s for s in subjects if s]
    direct = {**series_aliases(names), **instance_aliases(names)}
    return {name: _final(name, direct) for name in direct}


def _final(name: str, direct: dict[str, str]) -> str:
    """The end of a chain of aliases: "war, North Korea / Ukraine" is "war, Ukraine",
    which is "war, Russia / Ukraine", so the first is the last too (a cycle stops where
    it would come back)."""
    seen = {name}
    while (nxt := direct.get(name)) is not None and nxt not in seen:
        seen.add(nxt)
        name = nxt
    return name


def instance_parties(subjects: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """An incident in one country ("attack, Russia, 2024-03-22") belongs to that country:
    its officials who name no country are that country's. An event of two countries ("war,
    Russia / Ukraine") lends neither to an official: which side they speak for must come
    from what they are, never from the other party."""
    gaz = load_gazetteer()
    out = {}
    for name in set(subjects):
        parts = _parts(name)
        if parts is None or parts[1] is None or " / " in parts[1]:
            continue
        place = gaz.place(parts[1])
        if place is not None and place.kind == "country" and place.country:
            out[name] = (place.country,)
    return out
