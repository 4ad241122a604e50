"""Announced increments in a language read by rules: "умер ещё один" (one more died),
"weitere 5 Tote", "kolejne 3 ofiary".

Why: as in English (:mod:`sitrep.extract.figure_increments`), a count said to add to an
earlier one is a step of its family, not its total. The words are the language's
``increments`` (``measures.json``); ``not_increments`` are the word pairs where one of
them means "still" ("все ещё 143": still 143), which keep the count a total. The family
of a step is the outcome word right before it ("умер ещё один пострадавший": one more of
the injured died, so one more dead), else the count's own measure.
"""

from __future__ import annotations

from functools import cache

from ...lang import language_data
from .numbers import Value
from .resources import Words, lookup
from .tokens import Token


@cache
def _words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the increment words, the pairs that say "still") of a language, lower case."""
    table = language_data(code).table("measures")
    return (frozenset(w.lower() for w in table.get("increments", [])),
            frozenset(p.lower() for p in table.get("not_increments", [])))


def foreign_step(toks: tuple[Token, ...], first: int, value: Value, words: Words,
                 measure: str | None) -> tuple[dict[str, object] | None, str | None]:
    """(``change`` of an announced increment or None, the measure): ``first`` is the
    index of the figure's first token (its hedge's, if any). Only a single value."""
    steps, stills = _words(words.code)
    if first == 0 or value.low != value.high or toks[first - 1].lower not in steps:
        return None, measure
    word = toks[first - 1].lower
    if first >= 2 and f"{toks[first - 2].lower} {word}" in stills:
        return None, measure  # "все ещё 143": still 143, a total
    outcome = lookup(words.outcomes, toks[first - 2].lemma, toks[first - 2].lower) if (
        first >= 2) else None
    return {"add": value.low, "word": word}, outcome or measure
