"""Vague amounts: "dozens of troops", "injuring hundreds", "dozens more were injured",
"several hundred killed", "a few soldiers".

Why apart from the finder: a vague amount says what it counts in three ways (a noun after
"of", a verb of harm around it, a noun right after a range word such as "several"), each with
its own guard against rhetoric ("thousands of kilometers", "a few hours", "several times").
The bounds come from ``figure_vague``: a lower bound for "dozens"/"hundreds", a range for
"several hundred" or "a few".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .figure_predicates import with_state
from .scan import matches_from

if TYPE_CHECKING:
    from .figure_values import FigureFinder

def find_vague(finder: FigureFinder) -> None:
    """Every vague amount of the finder's text, added as a figure with ``vague=True``."""
    words = finder.words
    if finder.table.writes_any(words.vague_stems):
        _with_of(finder)
        _bare(finder)
    _ranges(finder)


def _with_of(finder: FigureFinder) -> None:
    """"dozens of troops": counted when what follows "of" is a noun of people or things."""
    words = finder.words
    several = f"{words.vague_several} "
    # a match opens with one of its first words: tried only where one is written
    for m in matches_from(words.vague, finder.folded,
                          finder.table.phrase_starts(words.vague_openers)):
        if not finder._free(m.start(), m.end()):
            continue
        measure, unit, end = finder._noun_phrase(m.end())
        head = (measure or "").split()[-1].lower() if measure else ""
        if unit is not None or head not in words.count_nouns:
            continue  # "thousands of kilometers", "billions of dollars": rhetoric
        if head in finder.predicates.generic and (state := harm_around(finder, m.start(), end)):
            measure = with_state(measure, state)  # "killed millions of people"
        word = " ".join(m.group("vague").lower().split()).replace(several, "")
        finder.add(m.start(), end, measure=measure, low=float(words.vague_low[word]),
                   high=None, unit=None, qualifier=word, change=None, dates=None, vague=True)


def harm_around(finder: FigureFinder, start: int, end: int) -> str | None:
    """What happened to the people an amount counts when a verb says it: "injuring
    hundreds" (the verb before), "dozens more were injured" (the predicate after)."""
    told = finder.predicates
    return told.happened(finder.folded, end) or told.done_before(finder.folded, start)


def _bare(finder: FigureFinder) -> None:
    """"injuring hundreds", "dozens more were injured": no noun, a verb of harm."""
    words = finder.words
    for m in matches_from(words.vague_bare, finder.folded,
                          finder.table.phrase_starts(words.vague_bare_openers)):
        if not finder._free(m.start(), m.end()):
            continue
        state = harm_around(finder, m.start(), m.end())
        if state is None:
            continue
        word = " ".join(m.group("vague").lower().split())
        finder.add(m.start(), m.end(), measure=f"people {state}",
                   low=float(words.vague_low[word]), high=None, unit=None, qualifier=word,
                   change=None, dates=None, vague=True)


def _ranges(finder: FigureFinder) -> None:
    """"several soldiers", "a few hundred casualties", "several hundred killed"."""
    words = finder.words
    if not finder.table.writes_any(words.vague_range_stems):
        return
    for m in words.vague_range.finditer(finder.folded):
        if not finder._free(m.start(), m.end()):
            continue
        word = " ".join(m.group("vague").lower().split())
        low, high = words.vague_ranges[word]
        measure, unit, end = finder._noun_phrase(m.end())
        head = (measure or "").split()[-1].lower() if measure else ""
        if unit is not None:
            continue  # "a few hours", "several kilometres"
        if head not in words.count_nouns:
            state = harm_around(finder, m.start(), m.end()) if high >= 100 else None
            if state is None:
                continue  # "several times", "a few questions"
            measure, end = f"people {state}", m.end()
        elif state := harm_around(finder, m.start(), end):
            measure = with_state(measure, state)  # "several people died": people killed
        finder.add(m.start(), end, measure=measure, low=low, high=high, unit=None,
                   qualifier=word, change=None, dates=None, vague=True)
