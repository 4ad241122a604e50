"""What the store knows about sources beyond one sentence: the countries of an event, the
country and role a person is named with anywhere, the long names of acronyms; and a
figure's source typed with them.

Why a module of its own: the claims read this once per store and then once per figure,
and a figure's source depends only on who spoke, for whom, in which outlet, about which
event: :class:`SourceTyper` types each such combination once (on a store of 30,169
articles, 289,525 figures but a few thousand combinations).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..knowledge.names import same_person
from ..knowledge.orgs import org_words
from .source_types import Source, classify_source, role_country

#: How near (in characters) a country must be named to an event's name to count as a party.
_PARTY_WINDOW = 100


def event_parties(mentions: Iterable[dict[str, Any]]) -> dict[str, tuple[str, ...]]:
    """The countries each event instance belongs to, most named first: countries named
    close to the event's own name ("Belarus and Russia will hold Zapad-2025 ...")."""
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in mentions:
        by_article[m["article_id"]].append(m)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for article in by_article.values():
        events = [m for m in article if m["kind"] == "event"]
        for place in (m for m in article if m["kind"] == "place" and m["country"]):
            for event in events:
                if abs(place["start"] - event["start"]) <= _PARTY_WINDOW:
                    counts[event["name"]][place["country"]] += 1
    return {s: tuple(sorted(c, key=lambda k: (-c[k], k))[:2]) for s, c in counts.items()}


def person_countries(mentions: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Person key -> the country their roles name anywhere in the store, most often named.

    "Defence Minister Aiste Vaitkeviciene" says no country, "Lithuanian Defence Minister
    Aiste Vaitkeviciene" in another article does."""
    votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for m in mentions:
        if m["kind"] == "person" and m["role"]:
            country = role_country(m["role"])
            if country:
                votes[m["key"]][country] += 1
    out: dict[str, str] = {}
    keys = list(votes)
    for key in keys:  # a bare-surname key shares the votes of its full name
        for other in keys:
            if other != key and same_person(key, other):
                for country, n in votes[other].items():
                    votes[key][country] += n if not key.endswith("/") else 0
    for key, counts in list(votes.items()):
        out[key] = max(sorted(counts), key=lambda c: counts[c])
    return out


def person_names(keys: Iterable[str | None]) -> dict[str, str]:
    """Person key -> the key the ledger knows that person by: a bare surname ("Зеленський",
    "Zelensky": ``zlnsk/``) is the one full name of the store with that surname
    ("Volodymyr Zelensky": ``zlnsk/vl``), so the two are one source. A surname two full
    names share (Joe Biden, Hunter Biden) stays as it is: which of them spoke is not known.
    Keys compare by their transliterated consonant skeleton, so the scripts meet."""
    full: dict[str, set[str]] = defaultdict(set)
    bare = set()
    for key in keys:
        if key and "/" in key:
            surname, first = key.split("/", 1)
            if first:
                full[surname].add(key)
            else:
                bare.add(key)
    return {key: next(iter(full[key[:-1]])) for key in bare if len(full[key[:-1]]) == 1}


def person_roles(mentions: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Person key -> the role the store names them with most often: "Maung Maung Ohn said"
    in one article is the minister another article names."""
    votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for m in mentions:
        if m["kind"] == "person" and m["role"]:
            votes[m["key"]][m["role"]] += 1
    return {k: max(sorted(v), key=lambda r: v[r]) for k, v in votes.items()}


def org_acronyms(orgs: Iterable[str | None]) -> dict[str, str]:
    """"NIS" -> "National Intelligence Service" when the store names both: one body; and
    "port authority" -> "Port of Gdansk Authority" (:func:`_described`)."""
    names = {o for o in orgs if o}
    initials: dict[str, list[str]] = defaultdict(list)
    for name in names:
        words = [w for w in re.findall(r"[A-Z][\w’'-]*", name) if len(w) > 1 or w.isupper()]
        if len(words) >= 2:
            initials["".join(w[0] for w in words)].append(name)
    return {**_described(names),
            **{a: longs[0] for a in names if re.fullmatch(r"[A-Z]{2,6}", a)
               and len(longs := initials.get(a, [])) == 1}}


def _described(names: set[str]) -> dict[str, str]:
    """A body the text describes in lower case ("the port authority said", "the Gdansk port
    authority") -> the one name of the store that holds every word of it ("Port of Gdansk
    Authority"): a reporter writes the name once and the description after, in one article
    or the next. Two words at least ("authorities" alone describes any government), and
    only when one name fits: with a "Port of Gdynia Authority" in the store too, which port
    is not told."""
    fillers = org_words().fillers
    def described(name: str) -> bool:  # a content word in lower case: "Gdansk port authority"
        return any(w.islower() and w not in fillers for w in re.findall(r"[^\W\d_]+", name))

    named: dict[str, set[str]] = {}  # a name's words
    holding: dict[str, set[str]] = defaultdict(set)  # word -> the names that hold it
    descriptions = []
    for name in names:
        words = re.findall(r"[a-z]+", name.lower())
        if described(name):
            if len(words) >= 2:
                descriptions.append((name, words))
            continue
        named[name] = set(words)
        for word in words:
            holding[word].add(name)
    out = {}
    for name, words in descriptions:
        fits = [n for n in set.intersection(*(holding.get(w, set()) for w in words))
                if len(named[n]) > len(words)]
        if len(fits) == 1:
            out[name] = fits[0]
    return out


@dataclass
class SourceTyper:
    """What the store knows about sources beyond one sentence, and the sources typed with
    it, each combination of speaker, role, organisation, outlet and event once."""

    parties: dict[str, tuple[str, ...]]
    countries: dict[str, str]
    roles: dict[str, str]
    acronyms: dict[str, str]
    #: a bare surname's key -> its one full name's key (:func:`person_names`)
    people: dict[str, str] = field(default_factory=dict)
    _typed: dict[tuple[Any, ...], Source] = field(default_factory=dict)

    def source(self, row: Any, subject: str) -> Source:
        """The source of a figure row (``row["speaker"]``...) about ``subject``."""
        asked = (row["speaker"], row["role"], row["speaker_key"], row["org"], row["outlet"],
                 subject)
        found = self._typed.get(asked)
        if found is None:
            found = self._typed[asked] = self._classify(*asked)
        return found

    def _classify(self, speaker: str | None, role: str | None, speaker_key: str | None,
                  org: str | None, outlet: str | None, subject: str) -> Source:
        role = role or (_role_for(speaker_key, self.roles) if speaker else None)
        org = self.acronyms.get(org, org) if org else None
        person = self.people.get(speaker_key, speaker_key) if speaker_key else None
        return classify_source(speaker, role, org, outlet, self.parties.get(subject, ()),
                               _country_for(speaker_key, self.countries), person)


def _role_for(speaker_key: str | None, roles: dict[str, str]) -> str | None:
    """The role the store names a person with, under any spelling of their name ("Zelensky"
    alone is the president another article names in full)."""
    if not speaker_key or "/" not in speaker_key:
        return None
    if speaker_key in roles:
        return roles[speaker_key]
    return next((r for k, r in sorted(roles.items()) if same_person(k, speaker_key)), None)


def _country_for(speaker_key: str | None, countries: dict[str, str]) -> str | None:
    if not speaker_key or "/" not in speaker_key:  # organisations carry their own country
        return None
    if speaker_key in countries:
        return countries[speaker_key]
    return next((c for k, c in countries.items() if same_person(k, speaker_key)), None)
