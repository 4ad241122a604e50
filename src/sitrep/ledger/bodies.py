"""Which body of a government a claim speaks for.

One country's officials are one side (:attr:`Source.side`): a spokesman's figure and the
minister's revision of it are one official line. Yet two distinct agencies of one
government counting one thing apart (the investigators' 139 dead, the health ministry's
140 and the emergencies ministry's list of 143, said the same day) disagree as much as two
governments do. A claim of the government as a whole ("the authorities", "the military
government", an unnamed official) is set against none of its bodies, and a person speaks
for the one body of their country their role names ("Health Minister" for the Ministry of
Health, "Deputy Pentagon Press Secretary" for the Pentagon), else for the whole. A body of
a region (a "Moscow Region Health Ministry", a "Tomsk City Council") is not the federal body
of its name: a region's hospitals count their patients and the federal minister his, and
the two lists differ.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..knowledge.gazetteer import load_gazetteer
from ..knowledge.orgs import known_org
from ..lang import language_data
from .claims import Claim
from .source_types import Source

_OFFICIAL = ("official", "foreign government")


@cache
def _table() -> tuple[frozenset[str], dict[str, str], frozenset[str]]:
    t = language_data("en").table("ledger_bodies")
    return frozenset(t["generic"]), dict(t["role_spellings"]), frozenset(t["local"])


def _words(text: str) -> frozenset[str]:
    """The words of a body's name that tell it from another body of its government: no
    generic word, no country, demonym or place, no word that makes it a region's."""
    generic, spellings, local = _table()
    gaz = load_gazetteer()
    words = (spellings.get(w, w) for w in re.findall(r"[a-z]+", text.lower()))
    return frozenset(w for w in words if len(w) > 1 and w not in generic and w not in {
        "the", "of", "and", "for"} and w not in local and not gaz.demonym(w)
        and not gaz.place(w))


def _region(text: str) -> frozenset[str]:
    """Where a body of a region rules, from its name or its head's role: its places below
    the country ("Moscow" in "Moscow Region Health Ministry"), else the local word itself
    ("regional"); empty for a body of the whole country."""
    _, _, local = _table()
    gaz = load_gazetteer()
    words = re.findall(r"[a-z]+", text.lower())
    places = frozenset(w for w in words if (p := gaz.place(w)) and p.kind != "country")
    marked = frozenset(w for w in words if w in local)
    return places if places and marked else marked


def _local(source: Source) -> frozenset[str]:
    return _region(source.role or "" if _person(source) else source.name)


def _org_words(name: str) -> frozenset[str]:
    """A named body's words, under its known full name when it has one ("NIS (South
    Korea)" is the National Intelligence Service)."""
    bare = re.sub(r"\s*\([^)]*\)", "", name).strip()
    known = known_org(bare) or known_org(name)
    return _words(known.name if known else bare)


def _person(source: Source) -> bool:
    return ":person:" in source.key


def body_words(source: Source, bodies: Iterable[frozenset[str]]) -> frozenset[str] | None:
    """The body ``source`` speaks for, as its words; None for a claim of the whole
    government or of no government. ``bodies`` are the named bodies of the claims
    compared: a person's role must name exactly one of them."""
    if source.type not in _OFFICIAL or not source.country:
        return None
    if not _person(source):
        return _org_words(source.name) or None
    role = _words(source.role or "")
    named = {b for b in bodies if b and b <= role}
    return next(iter(named)) if len(named) == 1 else None


def named_bodies(sources: Iterable[Source]) -> set[frozenset[str]]:
    """The named (not generic, not personal) bodies among ``sources``."""
    return {w for s in sources if s.type in _OFFICIAL and s.country and not _person(s)
            and (w := _org_words(s.name))}


def distinct_bodies(a: Source, b: Source, bodies: Iterable[frozenset[str]]) -> bool:
    """Whether two sources of one government speak for two distinct agencies of it:
    both name a body, and neither body's words hold the other's ("Intelligence Service"
    and "National Intelligence Service" are one body under two names), or one is a
    region's and the other the country's or another region's (a "Moscow Region Health
    Ministry" and the Health Minister)."""
    if a.side != b.side:
        return False
    la, lb = _local(a), _local(b)
    wa, wb = body_words(a, bodies), body_words(b, bodies)
    if la != lb:  # a person speaks for the body their role names, named here or not
        wa = wa or (_words(a.role or "") if _person(a) else None)
        wb = wb or (_words(b.role or "") if _person(b) else None)
        return bool(wa and wb)
    return bool(wa and wb and not wa <= wb and not wb <= wa)


def apart(a: Claim, b: Claim) -> bool:
    """Whether two claims' values cannot be one figure. Two bare counts that are not round
    hundreds ("139 dead", "143 dead") from two agencies of one government are their
    registers' counts of names or beds, not estimates: each allows itself only, so 139
    and 143 are two tolls, not one rounded. Against a hedged or round figure ("about
    1,700"), or across sides, where one may be the other's figure misread, a count keeps
    its rounding band."""
    if _counted(a) and _counted(b) and a.source.side == b.source.side:
        return a.low != b.low
    ia, ib = a.interval(), b.interval()
    return ia is not None and ib is not None and not (ia[0] <= ib[1] and ib[0] <= ia[1])


def _counted(c: Claim) -> bool:
    return (not c.qualifier and c.unit is None and c.low is not None and c.low == c.high
            and c.low == int(c.low) and int(c.low) % 100 != 0)
