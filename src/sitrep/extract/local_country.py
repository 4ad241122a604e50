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

from bisect import bisect_left

from .records import Mention

#: what may follow the place a dateline opens with: "KOCHI:", "OSLO, May 3", "LIMA (Wire)"
_DATELINE_MARKS = (":", ",", "(", "-", "–", "—")
#: how far into the text the dateline's place may start (after a title line at most)
_DATELINE_REACH = 80


def setting_country(text: str, places: list[Mention]) -> str | None:
    """The country of the place the story opens with as its dateline ("NAIROBI: ...",
    "Oslo, March 3 (Wire) -"), or None. ``places``: place mentions with a country, in text
    order."""
    if not places:
        return None
    first = places[0]
    start = first.span.start
    if start > _DATELINE_REACH:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return None  # the place stands inside a sentence, not at a line's start
    after = text[first.span.end:first.span.end + 3].lstrip(" \t")
    return first.country if after.startswith(_DATELINE_MARKS) else None


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
