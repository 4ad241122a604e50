"""A superlative written with an adverb between a number and its noun: "the 10 most crowded
ports", "eight of the 20 most visited parks".

Why: "most" is a small word everywhere else ("most were freed"), so the reader of the thing
counted stops before it and names nothing; a one-word superlative ("the 10 busiest
ports") is read as a modifier of its head. Read so, the measure keeps what ranks the set
("most crowded ports"), which the bare head ("ports") would lose: a judge reads that as
every port. The adverb is read only before a lower-case word that is no small word and no
unit, and only when the phrase after it ends on its plural head (see :mod:`.counted`).
"""

from __future__ import annotations

from .figure_words import FigureWords
from .opening import fast_pattern

#: One word after a space, and a lower-case word after it.
_ADVERB = fast_pattern(r" ?([a-z]+) (?=([a-z][a-z-]*)\b)")


def superlative_end(text: str, pos: int, words: FigureWords) -> int | None:
    """Where the adverb of a superlative right after ``pos`` and its adjective end ("most
    crowded" of " most crowded ports"), or None when none stands there. The adjective is
    read here: a participle ("crowded") right after a number would be taken for a verb."""
    m = _ADVERB.match(text, pos)
    if m is None or m.group(1) not in words.rules.get("superlative_adverbs", ()):
        return None
    nxt = m.group(2)
    if nxt in words.stop_words or nxt in words.units or nxt in words.count_nouns:
        return None  # "10 most of them", "most days"
    return m.end(2)
