"""One name for one government body, however the text words it.

"Belarus's defence ministry", "the Belarusian Defence Ministry", "the defence ministry in
Minsk" and "the Ministry of Defence of Belarus" all become "Belarusian Ministry of Defence".
The body keeps the text's spelling (Defence or Defense); the country comes from an
adjective, a possessive, or a place named in the phrase. Why: the ledger compares what one
side said over time, and an analyst reads one name per body, not four.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer

_MINISTRY = re.compile(
    r"\b(?:(?P<national>national\s+)?(?P<short>defen[cs]e|foreign|interior|emergenc(?:y|ies))"
    r"\s+ministry|ministry\s+of\s+(?P<national2>national\s+)?(?P<long>defen[cs]e|foreign\s+affairs"
    r"|internal\s+affairs|interior|emergenc(?:y|ies)(?:\s+situations)?))\b", re.I)
_BODIES = {"defence": "Defence", "defense": "Defense", "foreign": "Foreign Affairs",
           "foreign affairs": "Foreign Affairs", "interior": "Internal Affairs",
           "internal affairs": "Internal Affairs", "emergency": "Emergency Situations",
           "emergencies": "Emergency Situations", "emergency situations": "Emergency Situations",
           "emergencies situations": "Emergency Situations"}
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def country_in(phrase: str, gaz: Gazetteer) -> str | None:
    """The country an adjective, possessive or place in ``phrase`` names, else None."""
    for m in _WORD.finditer(phrase):
        word = re.sub(r"['’]s$", "", m.group(0))
        if not word[:1].isupper():
            continue
        code = gaz.demonym(word)
        if code is None:
            place = gaz.place(word)
            code = place.country if place is not None else None
        if code:
            return code
    return None


def canonical_org(phrase: str, gaz: Gazetteer, country: str | None = None) -> str | None:
    """The canonical name of the ministry ``phrase`` names, or None when it names none."""
    m = _MINISTRY.search(phrase)
    if m is None:
        return None
    body = " ".join((m.group("short") or m.group("long")).lower().split())
    national = "National " if (m.group("national") or m.group("national2")) else ""
    adjective = gaz.adjective(country or country_in(phrase, gaz))
    name = f"Ministry of {national}{_BODIES[body]}"
    return f"{adjective} {name}" if adjective else name
