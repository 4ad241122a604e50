"""Where the rules' words are written in a text: every word list, in one pass.

Why: a rule whose pattern opens with a look-around is tried only where one of its words is
written (:func:`.scan.phrase_starts`), found by one substring search of the whole text per
word. With the number words, the date anchors, the change stems, the event types and the
verbs of events, that was some two hundred searches of each article, about six percent of
extraction time. An Aho-Corasick automaton (``pyahocorasick``) over all the lists of a
language finds every place where any of their words is written in one pass of the text;
each list then reads its own places. The places are the same the substring searches give
(tests/test_fast_paths.py compares them), so no rule sees a difference.
"""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick

from .opening import fast_pattern
from .scan import phrase_starts

_DIGITS = fast_pattern(r"\d\d*")  # a class first: the matcher skips to the digits

Phrases = tuple[str, ...]


class PhraseIndex:
    """An automaton over several word lists of one language (built once per process)."""

    def __init__(self, lists: Iterable[Phrases]) -> None:
        #: each list the automaton knows -> its number
        self.lists: dict[Phrases, int] = {}
        owners: dict[str, set[int]] = {}
        for phrases in lists:
            if phrases in self.lists or not phrases or not all(phrases):
                continue  # an empty word is written everywhere: left to phrase_starts
            number = self.lists[phrases] = len(self.lists)
            for phrase in phrases:
                owners.setdefault(phrase, set()).add(number)
        self.automaton = ahocorasick.Automaton()
        for phrase, numbers in owners.items():
            self.automaton.add_word(phrase, (len(phrase), tuple(sorted(numbers))))
        if owners:
            self.automaton.make_automaton()

    def find(self, text: str) -> list[list[tuple[int, int]]]:
        """For each list, the (start, end) of every place one of its words is written."""
        found: list[list[tuple[int, int]]] = [[] for _ in self.lists]
        if not self.lists:
            return found
        for last, (length, numbers) in self.automaton.iter(text):
            span = (last + 1 - length, last + 1)
            for number in numbers:
                found[number].append(span)
        return found

    def hits(self, text: str) -> PhraseHits:
        return PhraseHits(text, self)


def phrase_spans(text: str, phrases: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) of every place where one of ``phrases`` is written in ``text``, by one
    substring search per phrase (a list no index holds)."""
    out = []
    for phrase in phrases:
        at = text.find(phrase)
        while at >= 0:
            out.append((at, at + len(phrase)))
            at = text.find(phrase, at + 1)
    return out


class PhraseHits:
    """The places of every list's words in one (lower-cased) text, found on first use."""

    __slots__ = ("_digits", "_found", "index", "text")

    def __init__(self, text: str, index: PhraseIndex) -> None:
        self.text, self.index = text, index
        self._found: list[list[tuple[int, int]]] | None = None
        self._digits: list[tuple[int, int]] | None = None

    def digit_runs(self) -> list[tuple[int, int]]:
        """(start, end) of every run of digits (``\\d+``), in text order, found once: the
        dates and the figures both start from them (lower case changes no digit, so the
        runs of the text are the same)."""
        if self._digits is None:
            self._digits = [m.span() for m in _DIGITS.finditer(self.text)]
        return self._digits

    def spans(self, phrases: Phrases) -> list[tuple[int, int]]:
        """(start, end) of every place where one of ``phrases`` is written, in no set order."""
        number = self.index.lists.get(phrases)
        if number is None:  # a list the index was not built with: searched on its own
            return phrase_spans(self.text, phrases)
        if self._found is None:
            self._found = self.index.find(self.text)
        return self._found[number]

    def holds_any(self, phrases: Phrases) -> bool:
        """``any(p in text for p in phrases)``: for a list the index holds, read off its
        places (the text was passed once for every list), not one search per phrase."""
        if phrases not in self.index.lists:
            return any(phrase in self.text for phrase in phrases)
        return bool(self.spans(phrases))

    def starts(self, phrases: Phrases) -> list[int]:
        """What :func:`.scan.phrase_starts` gives for ``phrases``: every place one is written
        (in no set order, some maybe twice)."""
        if phrases not in self.index.lists:
            return phrase_starts(self.text, phrases)
        return [start for start, _ in self.spans(phrases)]
