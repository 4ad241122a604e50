"""The country of an unnamed local body ("officials said", "police said") whose sentence and
the one before it name no place.

Why: the article's main country (the one it names most) is a poor guess when the story is
filed from another country. A story datelined "KOCHI:" about travellers sent back from
Canada names Canada most, yet "the officials said" at the Kochi airport are Indian. The
place a story opens with (its dateline) says where it is set; when that differs from the
main country, the paragraph decides: the places it names before the group show which of
the two it is about, and when it names both or neither the country stays unsaid (a bare
"officials" is no answer, a wrong country is a wrong one).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..knowledge.gazetteer import Gazetteer
from .opening import fast_pattern

#: a dateline's place at a line's start, then what follows it: "KOCHI:", "OSLO, May 3",
#: "LIMA (Wire) -", "Quito - "
_DATELINE = fast_pattern(r"^[ \t]*(?P<place>[A-Z][\w.'’]*(?:[ -][A-Z][\w.'’]*){0,3})"
                         r"\s*(?::|,|\(|[-–—]\s)", re.M)
#: how far into the text the dateline may start (after a title line at most)
_DATELINE_REACH = 80


def setting_country(text: str, gaz: Gazetteer, starts: list[int], codes: list[str]
                    ) -> str | None:
    """The country of the place a story opens with as its dateline ("NAIROBI: ...",
    "Oslo, March 3 (Wire) -"), or None: the place mention's there (``starts``, ``codes``:
    the article's place mentions with a country), else the gazetteer's, when the article
    names a place of that country elsewhere (a city's name is shared by towns abroad)."""
    m = _DATELINE.search(text, 0, min(len(text), _DATELINE_REACH + 40))
    if m is None or m.start("place") > _DATELINE_REACH:
        return None
    k = bisect_left(starts, m.start("place"))
    if k < len(starts) and starts[k] < m.end("place"):
        return codes[k]  # read in context: "SANTA FE, N.M." is in the United States
    place = gaz.place(m.group("place"))
    if place is None or not place.country or place.country not in codes:
        return None
    return place.country


def paragraph_country(text: str, starts: list[int], codes: list[str], at: int,
                      setting: str | None, main: str | None) -> str | None:
    """The country of a local body at ``at`` with no place in its own or the previous
    sentence: ``main`` unless the story is set (``setting``) in another country (or the
    article has no main one); then the one of the two the paragraph names before ``at``
    alone; None when it names both; ``main`` when neither. ``starts`` and ``codes``: the
    place mentions' offsets and countries, in text order."""
    if setting is None or setting == main:
        return main
    lo = text.rfind("\n", 0, at) + 1
    named = set(codes[bisect_left(starts, lo):bisect_left(starts, at)])
    if setting in named and main not in named:
        return setting
    if setting in named and main in named:
        return None
    return main  # the paragraph says nothing of either: the story's country, as before
