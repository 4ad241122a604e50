"""One name for one government body, however the text words it.

"Belarus's defence ministry", "the Belarusian Defence Ministry", "the defence ministry in
Minsk" and "the Ministry of Defence of Belarus" all become "Belarusian Ministry of Defence".
The body keeps the text's spelling (Defence or Defense); the country comes from an
adjective, a possessive, or a place named in the phrase. Why: the ledger compares what one
side said over time, and an analyst reads one name per body, not four.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..lang import language_data
from .gazetteer import Gazetteer, fold


@dataclass(frozen=True, slots=True)
class _Ministries:
    """How one language words a ministry (``lang/<code>/ministries.json``), as a pattern."""

    pattern: re.Pattern[str]
    bodies: dict[str, str]
    name: str
    national_name: str
    possessive: re.Pattern[str]
    subnational: re.Pattern[str]


def _phrases(phrases: list[str]) -> str:
    """An alternation of ``phrases`` in their order, any whitespace between words."""
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)


@cache
def _ministries(lang: str) -> _Ministries:
    t = language_data(lang).table("ministries")
    national, ministry, of = (re.escape(t[k]) for k in ("national", "ministry", "of"))
    pattern = re.compile(
        rf"\b(?:(?P<national>{national}\s+)?(?P<short>{_phrases(t['short_bodies'])})"
        rf"\s+{ministry}|{ministry}\s+{of}\s+(?P<national2>{national}\s+)?"
        rf"(?P<long>{_phrases(t['long_bodies'])}))\b", re.I)
    possessive = "|".join(re.escape(s) for s in t["possessive_suffixes"])
    return _Ministries(pattern, t["body_names"], t["name"], t["national_name"],
                       re.compile(f"(?:{possessive})$"),
                       re.compile(rf"\b(?:{_phrases(t['subnational'])})\s+(?:\w+\s+)?$", re.I))


_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def country_in(phrase: str, gaz: Gazetteer, lang: str = "en") -> str | None:
    """The country an adjective, possessive or place in ``phrase`` names, else None."""
    possessive = _ministries(lang).possessive
    for m in _WORD.finditer(phrase):
        word = possessive.sub("", m.group(0))
        if not word[:1].isupper():
            continue
        code = gaz.demonym(word) or gaz.capital_of(word)
        if code is None:  # a country, not any town ("The" is a town's other name)
            place = gaz.place(word)
            code = place.country if place is not None and place.kind == "country" else None
        if code:
            return code
    return None


def canonical_org(phrase: str, gaz: Gazetteer, country: str | None = None,
                  lang: str = "en") -> str | None:
    """The canonical name of the ministry ``phrase`` names, or None when it names none."""
    words = _ministries(lang)
    m = words.pattern.search(phrase)
    if m is None or words.subnational.search(phrase, 0, m.start()):
        return None  # "the regional health ministry" is not the country's
    body = " ".join((m.group("short") or m.group("long")).lower().split())
    national = words.national_name if (m.group("national") or m.group("national2")) else ""
    adjective = gaz.adjective(country or country_in(phrase, gaz, lang))
    name = words.name.format(national=national, body=words.bodies[body])
    return f"{adjective} {name}" if adjective else name


@dataclass(frozen=True, slots=True)
class KnownOrg:
    """A body known by several names (``knowledge/data/orgs.json``)."""

    name: str
    country: str | None


@cache
def _known_orgs() -> dict[str, KnownOrg]:
    """Every name and alias -> its body: acronyms in capitals as written ("WHO", not the
    pronoun), longer names folded."""
    data = json.loads(resources.files("sitrep").joinpath("knowledge", "data", "orgs.json")
                      .read_text("utf-8"))
    table: dict[str, KnownOrg] = {}
    for entry in data["orgs"]:
        org = KnownOrg(entry["name"], entry.get("country"))
        for label in (entry["name"], *entry["aliases"]):
            table[label if label.isupper() else fold(label)] = org
    return table


def known_org(name: str) -> KnownOrg | None:
    """The known body ``name`` names ("WHO", "U.N. Office for the Coordination of
    Humanitarian Affairs"), else None."""
    table = _known_orgs()
    return table.get(name) or (None if name.isupper() else table.get(fold(name)))


@dataclass(frozen=True, slots=True)
class OrgWords:
    """The words of body names that do not tell one body from another."""

    fillers: frozenset[str]
    generic: frozenset[str]
    #: "government", "junta": a name with one of them names a country's government ...
    governing: frozenset[str]
    #: ... and these words beside them do not make it another body ("military government")
    governing_qualifiers: frozenset[str]


@cache
def org_words(lang: str = "en") -> OrgWords:
    t = language_data(lang).table("ministries")
    return OrgWords(frozenset(t["name_fillers"]), frozenset(t["generic_body_words"]),
                    frozenset(t["governing_words"]), frozenset(t["governing_qualifiers"]))
