"""Vague amounts: "dozens of troops", "injuring hundreds", "dozens more were injured",
"several hundred killed", "a few soldiers".

Why apart from the finder: a vague amount says what it counts in three ways (a noun after
"of", a verb of harm around it, a noun right after a range word such as "several"), each with
its own guard against rhetoric ("thousands of kilometers", "a few hours", "several times").
The bounds come from ``figure_vague``: a lower bound for "dozens"/"hundreds", a range for
"several hundred" or "a few".
"""

from __future__ import annotations

from functools import cache
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
    starts = _range_starts(finder, tuple(words.vague_ranges))
    for m in (words.vague_range.finditer(finder.folded) if starts is None
              else matches_from(words.vague_range, finder.folded, starts)):
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


@cache
def _range_openers(keys: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]
                                                   ] | None:
    """The first words of the range phrases ``keys`` looked for where they are written,
    and the short ones ("a" of "a few") each with the word after it, looked for instead
    (an "a" is written everywhere); None when a phrase has an empty word."""
    alone: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for key in keys:
        first, *rest = key.split(" ")
        if not first or not all(rest):
            return None
        if len(first) > 2 or not rest:
            alone.add(first)
        else:
            pairs.add((first, rest[0]))
    return tuple(sorted(alone)), tuple(sorted(pairs))


def _range_starts(finder: FigureFinder, keys: tuple[str, ...]) -> list[int] | None:
    """Every place a match of ``vague_range`` may start (a superset), or None: not known.

    Why: the pattern's opening class lets it start at every "a" and "s" of the text, and
    it was tried at each; a match opens with the first word of a phrase, and a short first
    word is found from the word after it and the spaces between, as the pattern reads
    them (``\\s+``, the characters ``str.isspace`` tells)."""
    openers = _range_openers(keys)
    if openers is None:
        return None
    alone, pairs = openers
    folded, table = finder.folded, finder.table
    starts = list(table.phrase_starts(alone)) if alone else []
    for first, second in pairs:
        for at in table.phrase_starts((second,)):
            end = at
            while end > 0 and folded[end - 1].isspace():
                end -= 1
            if end < at and folded.endswith(first, 0, end):
                starts.append(end - len(first))
    return starts
