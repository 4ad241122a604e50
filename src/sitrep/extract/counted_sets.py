"""Word sets the rules on what a value counts build from a language's tables, kept once
per language.

Why: a set or a list read off ``figure_rules`` (the plain verbs of the left patterns, the
unit words of a percentage) was rebuilt at each call, a loop over the whole table for
every value that asks; the tables do not change, so the language's own words keep the
answer. Words built otherwise (a test's own tables) are read afresh, as before.
"""

from __future__ import annotations

from functools import cache

from .figure_words import FigureWords, figure_words


def plain_verbs(words: FigureWords) -> frozenset[str]:
    """The one-word verbs of the left patterns (``left_measure``'s ``verbs``), lower case."""
    if words is figure_words(words.lang):
        return _plain_verbs(words.lang)
    return _verbs_of(words)


def percent_words(words: FigureWords) -> tuple[str, ...]:
    """The unit words written for a percentage ("%", "percent"), in table order."""
    if words is figure_words(words.lang):
        return _percent_words(words.lang)
    return _percents_of(words)


@cache
def _plain_verbs(lang: str) -> frozenset[str]:
    return _verbs_of(figure_words(lang))


@cache
def _percent_words(lang: str) -> tuple[str, ...]:
    return _percents_of(figure_words(lang))


def _verbs_of(words: FigureWords) -> frozenset[str]:
    return frozenset(v.lower() for v in words.rules["left_measure"]["verbs"] if " " not in v)


def _percents_of(words: FigureWords) -> tuple[str, ...]:
    return tuple(w for w, code in words.units.items() if code == "%")
