"""Countries named in a language read by rules, and governments named by their country.

Why: two things the reader needs come from the countries a text names. An event instance
is named by its type and its place ("war, Russia / Ukraine", as the English reader names
it), so that claims from every language meet in one ledger; and news names a government by
its country and a word for government ("власти Мьянмы", "die chinesische Regierung",
"władze rosyjskie"), a source as good as a ministry's name. The names are data
(``lang/<code>/countries.json``: names, adjectives and capitals in the language's forms,
to ISO codes; ``government_words`` in ``lang/<code>/orgs.json``); the English name of a
country is the gazetteer's. A language without the table names no places.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from ...errors import UsageError
from ...knowledge.gazetteer import load_gazetteer
from ...lang import language_data
from ..opening import fast_pattern


@dataclass(frozen=True)
class Countries:
    """One language's country names (one named group each) and government words."""

    names: re.Pattern[str]
    codes: dict[str, str]  # group name -> ISO alpha-2
    governments: re.Pattern[str]  # a government word beside a country name, either order


@dataclass(frozen=True, slots=True)
class CountryMention:
    start: int
    end: int
    code: str


@cache
def countries_of(code: str) -> Countries:
    """The compiled country table of ``code`` (read once per process)."""
    data = language_data(code)
    try:
        table: dict[str, str] = data.table("countries")["countries"]
    except UsageError:
        table = {}
    words = data.table("orgs").get("government_words", [])
    alternation = "|".join(f"(?P<c{i}>{pattern})" for i, pattern in enumerate(table)) or "(?!)"
    plain = "|".join(f"(?:{pattern})" for pattern in table) or "(?!)"
    government = "|".join(words) or "(?!)"
    return Countries(
        fast_pattern(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE),
        {f"c{i}": iso for i, iso in enumerate(table.values())},
        # a short word may stand between: "Militärführung in Myanmar", "rząd w Warszawie"
        fast_pattern(rf"(?<!\w)(?:(?:{government})\s+(?:\w{{1,3}}\s+)?(?:{plain})"
                   rf"|(?:{plain})\s+(?:{government}))(?!\w)", re.IGNORECASE))


def country_mentions(text: str, start: int, end: int, code: str) -> list[CountryMention]:
    """The countries named in ``text[start:end]``, in order."""
    table = countries_of(code)
    return [CountryMention(m.start(), m.end(), table.codes[m.lastgroup])
            for m in table.names.finditer(text, start, end) if m.lastgroup]


def country_name(iso: str) -> str:
    """The English short name of a country ("KP" -> "North Korea")."""
    return load_gazetteer().country_name(iso) or iso


#: How far from a body's name a country that owns it may stand ("rosyjskie Ministerstwo
#: Zdrowia", "Ministerstwo Zdrowia Rosji", "минздрав РФ")
OWNER_REACH = 25
#: How far before a body's name the country it belongs to may have been named ("Beben in
#: Myanmar: 700 Tote. ... teilte die Militärregierung mit"): a few sentences
CONTEXT_BEFORE = 600


@cache
def own_country(code: str) -> str | None:
    """The country whose bodies a text in ``code`` names without a country, if the
    language's ``orgs.json`` says so (``own_country``)."""
    try:
        return language_data(code).table("orgs").get("own_country")
    except UsageError:
        return None


def owned_body(name: str, text: str, start: int, end: int, code: str,
               home: str | None) -> str:
    """``name`` with its ``{country}`` filled in: the country named right beside the body
    (``text[start:end]``), else the last one named before it (a writer names the country,
    then "the junta of the country"), else the language's own country where it has one
    (:func:`own_country`: "Мінздрав повідомив" in Ukrainian), else ``home``, the country
    the article names most; without any, the name alone ("Health Ministry"). Why: a table
    of a language's bodies names the health ministry, the emergencies ministry, a junta or
    a court by a common noun that every country's has; the country is the page's, never
    the one story the table was first written for. A name with ``{home}`` ("{home}
    authorities" for a bare "die Behörden") takes the country beside it, else ``home``:
    authorities unnamed are those of the country the page is about, not of the one its
    last sentence happened to name."""
    local = "{home}" in name  # the authorities of the page's country, not the last named
    name = name.replace("{home}", "{country}")
    if "{country}" not in name:
        return name
    near = [c for c in country_mentions(text, max(0, start - OWNER_REACH), end + OWNER_REACH,
                                        code)
            if not any(ch in ".;!?" for ch in text[min(c.end, end):max(c.start, start)])]
    before = near or (country_mentions(text, max(0, start - CONTEXT_BEFORE), start, code)
                      if not local else [])
    # the nearest by the words between; a tie goes to the owner after the name, in the
    # genitive ("w Moskwie Ministerstwo Zdrowia Polski")
    owner = (min(near, key=lambda c: (c.start - end, 0) if c.start >= end
                 else (start - c.end, 1)).code if near
             else before[-1].code if before else own_country(code) or home)
    if owner is None:
        return name.replace("{country} ", "").replace("{country}", "")
    gaz = load_gazetteer()
    return name.replace("{country}", gaz.adjective(owner) or country_name(owner))


def home_country(text: str, code: str) -> str | None:
    """The country ``text`` names most (ISO code), or None."""
    votes = Counter(c.code for c in country_mentions(text, 0, len(text), code))
    return votes.most_common(1)[0][0] if votes else None


def government(text: str, start: int, end: int, code: str) -> tuple[int, str] | None:
    """The first government named by its country in ``text[start:end]``: where, and its
    English name ("Government of Myanmar")."""
    table = countries_of(code)
    m = table.governments.search(text, start, end)
    if m is None:
        return None
    named = country_mentions(text, m.start(), m.end(), code)
    return (m.start(), f"Government of {country_name(named[0].code)}") if named else None


def place_of(votes: Counter[str], ongoing: bool) -> str | None:
    """The country most named; for a war or a deployment the two most named, in
    alphabetical order when the second is named at least a third as often (the English
    reader's rule: "war, Russia / Ukraine" whichever side a text names first)."""
    if not votes:
        return None
    ranked = sorted(votes, key=lambda c: (-votes[c], c))
    if ongoing and len(ranked) > 1 and votes[ranked[1]] * 3 >= votes[ranked[0]]:
        return " / ".join(sorted(country_name(c) for c in ranked[:2]))
    return country_name(ranked[0])
