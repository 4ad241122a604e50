"""The matches of the single-value pattern, found without trying it at every word.

Why: the pattern (:attr:`FigureWords.single`) opens with a look-around, so Python's matcher
tries it at every position of an article, and that scan cost a twentieth of the extraction
time. Every match holds a number, which starts at a digit or a number word; before it come
at most a currency sign (and one space) and a hedge ("more than") with spaces. So the
places where a match can start are few and easy to list, and the pattern is tried there
only (:func:`.scan.matches_from`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .figure_words import FigureWords, figure_words
from .opening import fast_pattern
from .scan import matches_from, phrase_starts

if TYPE_CHECKING:
    from .phrases import PhraseHits

_DIGIT_RUN = fast_pattern(r"\d\d*")  # a class first: the matcher skips to the digits
#: A number never starts right after one of these (the number pattern's look-behind).
_GLUED = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_.,")


@cache
def _phrases(lang: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The number words, currency signs and hedges the single pattern of ``lang`` is built
    from (the same words: see ``figure_words._single`` and ``numbers.number_reader``)."""
    words = figure_words(lang)
    numbers = words.numbers
    number_words = (*numbers.units, *numbers.tens, *numbers.phrases)
    return (tuple(sorted(set(number_words))), tuple(sorted(words.currency_signs)),
            tuple(sorted(words.hedges.bounds)))


def number_phrases(lang: str) -> tuple[str, ...]:
    """The number words of ``lang``'s single pattern (their places: :mod:`.phrases`)."""
    return _phrases(lang)[0]


def single_matches(folded: str, words: FigureWords, hits: PhraseHits | None = None
                   ) -> list[re.Match[str]]:
    """``list(words.single.finditer(folded))``, trying the pattern only where a match may
    start (``folded``: the lower-cased text, as the pattern expects; ``hits``: where the
    words of ``folded`` are written, when known)."""
    number_words, currencies, hedges = _phrases(words.lang)
    at_words = hits.starts(number_words) if hits is not None else phrase_starts(
        folded, number_words)
    digits = [start for start, _ in hits.digit_runs()] if hits is not None else [
        m.start() for m in _DIGIT_RUN.finditer(folded)]
    return matches_from(words.single, folded, _starts(folded, digits + at_words,
                                                      _by_last(currencies), _by_last(hedges)))


@cache
def _by_last(phrases: tuple[str, ...]) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """``phrases`` by their last character, in their order, and those that end anywhere
    (an empty one: in every group too): a phrase ends at a place only if its last
    character is the one before it, so the few that end with it are the ones tried."""
    anywhere = tuple(p for p in phrases if not p)
    groups: dict[str, tuple[str, ...]] = {}
    for p in phrases:
        if p and p[-1] not in groups:
            groups[p[-1]] = tuple(q for q in phrases if not q or q[-1] == p[-1])
    return groups, anywhere


def _ending(folded: str, end: int, phrases: tuple[dict[str, tuple[str, ...]], tuple[str, ...]]
            ) -> list[int]:
    """Where each of the phrases (grouped by :func:`_by_last`) that ends at ``end`` starts,
    in the phrases' order."""
    groups, anywhere = phrases
    fit = groups.get(folded[end - 1], anywhere) if end > 0 else anywhere
    return [end - len(p) for p in fit if folded.endswith(p, 0, end)] if fit else []


def _starts(folded: str, found: list[int],
            currencies: tuple[dict[str, tuple[str, ...]], tuple[str, ...]],
            hedges: tuple[dict[str, tuple[str, ...]], tuple[str, ...]]) -> set[int]:
    """Every position where a single value may start, in order: each start of a run of
    digits or of a number word (``found``), the currency sign before it, and the hedge
    before those (the signs and hedges by their last character: :func:`_by_last`)."""
    numbers = [at for at in found if not at or folded[at - 1] not in _GLUED]
    starts = set(numbers)
    for at in numbers:
        before = [at]
        for end in (at, at - 1):  # a sign, and one space or none, before the number
            if end > 0:
                before += _ending(folded, end, currencies)
        if len(before) > 1:  # ``at`` itself is among the starts already
            starts.update(before)
        for end in before:
            space = end
            while space > 0 and folded[space - 1].isspace():
                space -= 1
            if space < end:
                starts.update(_ending(folded, space, hedges))
    return starts
