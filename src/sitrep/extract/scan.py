"""Run a pattern only where a match can start, with the matches ``finditer`` gives.

Why: Python's matcher skips ahead quickly only when a pattern opens with a character class
or literal; the rules' patterns open with look-arounds (a word start, "not after a
hyphen"), so each was tried at every position of every article. When the places where a
match may start are few and cheap to list (around a digit, a year), the pattern is tried
there only: in text order, each next try at or after the end of the last match, which is
what ``finditer`` does for a pattern that matches no empty text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from .opening import fast_pattern

#: A year after a space or hyphen: every event instance ("Zapad 2021") ends with one.
_YEAR = fast_pattern(r"[ -](?:19|20)\d\d")
#: The characters of an event series' words (see ``entities.EVENT_INSTANCE``).
_SERIES_CHARS = frozenset("_’'\"“”")


def matches_from(pattern: re.Pattern[str], text: str, starts: Iterable[int]
                 ) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` when every match starts at one of ``starts`` and
    none is empty."""
    out: list[re.Match[str]] = []
    done = 0
    for start in sorted(set(starts)):
        if start < done:
            continue
        m = pattern.match(text, start)
        if m is not None:
            out.append(m)
            done = m.end()
    return out


def first_match(pattern: re.Pattern[str], text: str, starts: Iterable[int]
                ) -> re.Match[str] | None:
    """``pattern.search(text)`` when every match starts at one of ``starts``: the match at
    the first of them where one is found."""
    for start in sorted(set(starts)):
        m = pattern.match(text, start)
        if m is not None:
            return m
    return None


def phrase_starts(text: str, phrases: Iterable[str]) -> list[int]:
    """Every position where one of ``phrases`` is written in ``text`` (in no set order, some
    maybe twice): where a pattern that opens with a word boundary and one of them may match
    (plain substring search, no regular expression)."""
    out = []
    for phrase in shortest_prefixes(tuple(phrases)):
        at = text.find(phrase)
        while at >= 0:
            out.append(at)
            at = text.find(phrase, at + 1)
    return out


@cache
def shortest_prefixes(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """``phrases`` without those that another one begins ("attacks" after "attack"): where
    the longer is written, so is the shorter, so the positions found are the same, in fewer
    scans of the text. Remembered: the same few word lists are asked for in every article."""
    kept: list[str] = []
    for phrase in sorted(phrases):
        if not kept or not phrase.startswith(kept[-1]):
            kept.append(phrase)
    return tuple(kept)


def instance_starts(text: str, words: int = 3,
                    digits: Iterable[tuple[int, int]] | None = None) -> list[int]:
    """Where an event instance may start: a capital or an opening quote among the
    ``words`` words (letters, digits, apostrophes and quotes, apart by a space or a hyphen)
    before a year.

    ``digits``: every run of digits of the text (``\\d+``, as :meth:`.phrases.PhraseHits.
    digit_runs` gives them), when known. Why: the years are then read off them (a year is a
    run of four digits or more that opens with "19" or "20" after a space or a hyphen), not
    found by a scan of the text for a space or hyphen, every space tried."""
    out = []
    for at in _years(text) if digits is None else _years_in(text, digits):
        start = at
        gaps = 0
        while start > 0:
            c = text[start - 1]
            if c in " -":
                gaps += 1
                if gaps == words:
                    break
            elif not (c.isalnum() or c in _SERIES_CHARS):
                break
            start -= 1
        out += [i for i in range(start, at) if text[i].isupper() or text[i] in "\"“"]
    return out


def _years(text: str) -> Iterator[int]:
    """Where each match of ``_YEAR`` starts (at its space or hyphen)."""
    return (m.start() for m in _YEAR.finditer(text))


def _years_in(text: str, digits: Iterable[tuple[int, int]]) -> list[int]:
    """:func:`_years` read off the runs of digits: a match of ``_YEAR`` is a space or hyphen
    and the first four digits of a run that open with "19" or "20" (its digits start a run,
    as the character before them is no digit; matches cannot overlap, as each opens on a
    character that is no digit)."""
    return [start - 1 for start, end in digits
            if end - start >= 4 and start and text[start - 1] in " -"
            and text[start:start + 2] in ("19", "20")]
