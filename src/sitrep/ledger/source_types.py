"""Source types: official (with its country), foreign government, independent, media,
anonymous. From the attribution plus the editable list ``sitrep/data/sources.json``."""

from __future__ import annotations

import itertools
import json
import os
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal

from ..knowledge.gazetteer import load_gazetteer
from ..knowledge.orgs import KnownOrg, known_org
from ..lang import language_data

SourceType = Literal["official", "foreign government", "independent", "media", "anonymous"]
#: The analyst's own rules, tried before the bundled ones.
USER_RULES = ("SITREP_SOURCES", "sitrep-sources.json")


#: bodies that speak against their country's government, not for it: a side of their own
#: (a "national unity" or parallel government is the rival of the one in power)
_OPPOSITION = re.compile(r"\b(?:shadow|opposition|rebels?|exiled?|resistance|"
                         r"insurgents?|nation(?:al)? unity|parallel)\b", re.I)


@dataclass(frozen=True, slots=True)
class Source:
    type: SourceType
    name: str  # who: the speaker's organisation, the speaker, or the outlet
    key: str  # groups one source across articles and name variants
    country: str | None  # ISO alpha-2 of an official source
    #: the role a person speaks in ("Health Minister"): which body of their government
    #: they speak for (:mod:`.bodies`); no part of the source's identity
    role: str | None = field(default=None, compare=False)

    @property
    def side(self) -> str:
        """Whose line a claim states: one country's officials speak with one voice (a
        spokesman's figure and the minister's revision of it are one official line)."""
        if self.type in ("official", "foreign government") and self.country and not (
                _OPPOSITION.search(self.name)):
            return f"government:{self.country}"
        return self.key


def _rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The analyst's rules ($SITREP_SOURCES, else ./sitrep-sources.json) before the bundled."""
    user = os.environ.get(USER_RULES[0]) or (
        USER_RULES[1] if os.path.exists(USER_RULES[1]) else None)
    return _compiled(str(Path(user).resolve()) if user else None)


@cache
def _compiled(user_file: str | None) -> tuple[tuple[re.Pattern[str], str], ...]:
    rules = []
    if user_file:
        rules += json.loads(Path(user_file).read_text("utf-8"))["rules"]
    rules += json.loads(resources.files("sitrep").joinpath("knowledge", "data", "sources.json")
                        .read_text("utf-8"))["rules"]
    return tuple((re.compile(r["pattern"], re.I), r["type"]) for r in rules)


@cache
def _seats() -> tuple[tuple[re.Pattern[str], str], ...]:
    """"the Kremlin", "the Pentagon": a government named by its seat, and its country."""
    seats = json.loads(resources.files("sitrep").joinpath("knowledge", "data", "seats.json")
                       .read_text("utf-8"))["seats"]
    return tuple((re.compile(rf"\b{re.escape(name)}\b", re.I), code)
                 for name, code in seats.items())


def _country(text: str) -> str | None:
    """The country a source's organisation or role names: its seat ("the Kremlin"), a
    demonym, a country, or a large city."""
    for pattern, code in _seats():
        if pattern.search(text):
            return code
    gaz = load_gazetteer()
    # "U.S.", "U.K.": a country's initials written with stops are its initials
    text = re.sub(r"\b((?:[A-Z]\.){2,})", lambda m: m.group(1).replace(".", ""), text)
    words = re.findall(r"[A-Z][\w’'-]+", text)
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(words)]
    for word in pairs + words:  # "United Kingdom" before "United"
        word = re.sub(r"['’]s$", "", word)
        code = gaz.demonym(word)
        if code:
            return code
        place = gaz.place(word)
        if place is not None and place.kind in ("country", "city") and (
                place.kind == "country" or place.population >= 500_000):
            return place.country
    return None


def classify_source(speaker: str | None, role: str | None, org: str | None,
                    outlet: str | None, parties: tuple[str, ...] = (),
                    country_hint: str | None = None, person: str | None = None) -> Source:
    """Type a figure's source. ``parties`` are the countries the event belongs to, most
    named first: an official source of another country is a foreign government, and an
    official whose country the text does not name ("Defence Minister X") is taken to be
    of the first party. ``person`` is the speaker's person key (a transliterated skeleton,
    ``surname/fi``): a person who speaks for no body is known by it, in any script and
    under any spelling of the name."""
    if not (speaker or org):
        name = outlet or "the outlet"
        # an institute publishing its own count speaks as an independent source
        for pattern, rule_type in _rules():
            if rule_type == "independent" and pattern.search(name):
                return Source("independent", name, "independent::" + name.lower(), None)
        return Source("media", name, "media:" + name.lower(), None)
    text = " ".join(x for x in (org, role) if x)
    kind: str = "anonymous" if not speaker else "official"
    typed = False
    for pattern, rule_type in _rules():
        if pattern.search(text or speaker or ""):
            kind, typed = rule_type, True
            break
    else:
        if speaker:
            kind = "independent"  # a named person with no official role
    known = _known_body(org, role)
    if not typed and known is not None and known.country and kind != "official":
        kind = "official"  # a named body of a government ("the NIS", "FSB Director") speaks
        #                    for it: no rumour, no private person
    country = (_country(text) or (known.country if known else None) or country_hint
               ) if kind in ("official", "anonymous") else None
    if kind == "anonymous" and country is None and org and "official" in org.lower():
        kind = "official"
    if kind == "official" and country is None and parties and not (
            org and org.lower() == "official figures"):
        country = parties[0]
    if kind == "official" and country and parties and country not in parties:
        kind = "foreign government"
    name = org or speaker or "unknown"
    if org and org.lower() == "official figures":
        kind = "official"
    own = f"person:{person}" if person and speaker and not org else _source_key(org, speaker)
    key = f"{kind}:{country or ''}:{own}"
    return Source(kind, name, key, country, role)  # type: ignore[arg-type]


def _known_body(org: str | None, role: str | None) -> KnownOrg | None:
    """The known body a source's organisation is, or that its role names by an acronym
    ("FSB Director Ivan Petrov" speaks for the FSB)."""
    if org and (known := known_org(org)) is not None:
        return known
    for word in re.findall(r"\b[A-Z]{2,6}\b", " ".join(x for x in (org, role) if x)):
        if (known := known_org(word)) is not None:
            return known
    return None


def role_country(role: str | None) -> str | None:
    """The country a role names ("Lithuanian Defence Minister", "chief of the Belarusian
    general staff"), if any."""
    return _country(role) if role else None


def _source_key(org: str | None, speaker: str | None) -> str:
    """One organisation under its spellings: "Belarusian Ministry of Defense" and
    "Belarus's defence ministry" share a key."""
    keys = language_data("en").table("source_keys")
    text = (org or speaker or "").lower()
    for spelling, one in keys["spellings"].items():
        text = text.replace(spelling, one)
    words = sorted(set(re.findall(r"[a-z]+", text)) - set(keys["ignored"]))
    return "-".join(w for w in words if not load_gazetteer().demonym(w)
                    and not load_gazetteer().place(w))
