"""Whether two names given for a source name the same body or the same person.

Why: an analyst, an annotator and sitrep word one source differently: "WHO" and "World
Health Organization", "the U.N. Office for the Coordination of Humanitarian Affairs" and
"UN OCHA", "Russian authorities" and "the Russian government", "Zelensky" and "Zelenskiy",
"Lee Sung-kwon" and "Lee Seong-kweun". Comparing the strings calls these different sources;
comparing any shared word calls "the Kremlin" and "the FSB" one. Here a name is read into
what identifies it: its country (an adjective, a possessive, a country or capital named in
it, or the country the body is known to belong to), and its distinctive words once known
aliases are expanded (``knowledge/data/orgs.json``) and the words every government body
shares ("government", "authorities", "officials") are set aside. Two bodies are the same
when their countries do not clash and their distinctive words agree, or, having none, they
are the government of one country. People compare by the consonant skeletons of their name
parts (:func:`sitrep.knowledge.names.skeleton`), in any order (Korean names put the family
name first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .gazetteer import Gazetteer, fold, load_gazetteer
from .names import skeleton
from .orgs import canonical_org, known_org, org_words

_TOKEN = re.compile(r"[a-z0-9]+")
_PARENS = re.compile(r"\(([^)]*)\)")
_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")
_HYPHEN = re.compile(r"(?<=[a-z])[-‐‑](?=[a-z])")


@dataclass(frozen=True, slots=True)
class OrgReading:
    """What identifies a body's name: its countries, distinctive words and initials."""

    countries: frozenset[str]
    words: frozenset[str]
    initials: str
    acronym: str | None  # the name itself when it is one word in capitals ("WHO")


def _undot(name: str) -> str:
    """"U.N." -> "UN", "U.S." -> "US": dotted acronyms as one word."""
    return _DOTTED.sub(lambda m: m.group(0).replace(".", ""), name)


@lru_cache(maxsize=4096)
def read_org(name: str) -> OrgReading:
    """The reading of one body's name (memoised: pure, and names recur)."""
    gaz = load_gazetteer()
    words = org_words()
    name = _undot(name.strip())
    countries: set[str] = set()
    for inner in _PARENS.findall(name):  # "NIS (South Korea)": a place in brackets qualifies
        code = _country_of(inner.strip(), gaz)
        if code:
            countries.add(code)
    main = _HYPHEN.sub("", _PARENS.sub(" ", name).strip())  # "Co-ordination"
    known = known_org(main)
    first, _, rest_of_name = main.partition(" ")
    if known is None and rest_of_name and known_org(first) is not None:
        known = known_org(rest_of_name)  # "UN Office for the ...": the office is known
    if known is not None:
        main = known.name
        if known.country:
            countries.add(known.country)
    elif (ministry := canonical_org(main, gaz)) is not None:
        main = ministry  # "Interior Ministry" is the "Ministry of Internal Affairs"
    tokens = _TOKEN.findall(fold(main).replace("'s", " ").replace("’s", " "))
    acronym = main if re.fullmatch(r"[A-Z]{2,6}", main) else None
    rest: list[str] = []
    i = 0
    while i < len(tokens):
        pair = f"{tokens[i]} {tokens[i + 1]}" if i + 1 < len(tokens) else ""
        code = _country_of(pair, gaz) if pair else None
        if code:
            countries.add(code)
            i += 2
            continue
        code = _country_of(tokens[i], gaz)
        expanded = known_org(tokens[i].upper()) if len(tokens) > 1 else None
        if code:
            countries.add(code)
        elif expanded is not None:  # "UN OCHA": a known acronym inside a longer name
            rest += _TOKEN.findall(fold(expanded.name))
        else:
            rest.append(tokens[i])
        i += 1
    content = [w for w in rest if w not in words.fillers]
    initials = "".join(w[0] for w in tokens if w not in words.fillers)
    if acronym is None:  # "BMA officials": an acronym with a generic word
        acronym = next((t for t in main.split() if re.fullmatch(r"[A-Z]{2,6}", t)), None)
    distinctive = {w for w in content if w not in words.generic}
    if words.governing & set(content):
        # "military government", "junta": the government of the country, however it came
        distinctive -= words.governing_qualifiers
    return OrgReading(frozenset(countries), frozenset(distinctive), initials, acronym)


def _country_of(phrase: str, gaz: Gazetteer) -> str | None:
    """The country a word or two names: an adjective, a country, or a capital."""
    code = gaz.demonym(phrase)
    if code:
        return code
    place = gaz.place(phrase)
    if place is not None and place.kind == "country":
        return place.country
    return gaz.capital_of(phrase) if " " not in phrase else None


def same_org(a: str | None, b: str | None) -> bool:
    """Whether ``a`` and ``b`` name the same body (see the module's docstring)."""
    if not a or not b:
        return False
    if fold(a) == fold(b):
        return True
    x, y = read_org(a), read_org(b)
    if x.countries and y.countries and not x.countries & y.countries:
        return False  # the Russian and the Ukrainian defence ministries
    for one, other in ((x, y), (y, x)):
        if one.acronym and one.acronym.lower() == other.initials and len(other.initials) > 1:
            return True  # "BMA" and "Bangkok Metropolitan Administration"
    if not x.words and not y.words:
        # "the Russian government", "Russian authorities": one country's government
        return bool(x.countries & y.countries)
    small, large = sorted((x.words, y.words), key=len)
    inside = all(any(_same_word(w, v) for v in large) for w in small)
    # "General Staff" and "Armed Forces General Staff"; one shared word is not enough
    return inside and (len(small) == len(large) or len(small) >= 2)


def _same_word(a: str, b: str) -> bool:
    """One word, or one spelt otherwise: "organisation" / "organization", "Nation" /
    "National" (a word inside the other, five letters at least)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5:
        return False
    return a.startswith(b) or b.startswith(a) or _one_edit(a, b)


def _parts(name: str) -> list[str]:
    return [s for s in (skeleton(p) for p in re.split(r"[\s\-‐‑]+", name.strip()) if p) if s]


def same_person(a: str | None, b: str | None) -> bool:
    """Whether ``a`` and ``b`` name one person: the consonant skeletons of one name's parts
    are all among the other's ("Zelensky" / "Volodymyr Zelenskiy", "Lee Sung-kwon" / "Lee
    Seong-kweun"). A name that lists several people ("X and Y") matches any of them."""
    if not a or not b:
        return False
    for one in _people(a):
        for other in _people(b):
            x, y = _parts(one), _parts(other)
            if x and y and (_among(x, y) or _among(y, x)):
                return True
    return False


def _among(few: list[str], many: list[str]) -> bool:
    """Every part of ``few`` is one of ``many``, or one letter off a long one (Murashko,
    Murasko)."""
    return all(p in many or (len(p) >= 4 and any(_one_edit(p, q) for q in many))
               for p in few)


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by one inserted, dropped or changed letter."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] or a[i + 1:] == b[i:] or a[i:] == b[i + 1:]


@cache
def _joiners() -> re.Pattern[str]:
    return re.compile(r"\s*(?:,|\band\b|&)\s*")


def _people(names: str) -> list[str]:
    return [p for p in _joiners().split(names) if p.strip()]
