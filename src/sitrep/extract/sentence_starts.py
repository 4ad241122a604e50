"""Which tokens start a sentence, from the offsets where the boundary pattern says one
starts (see :mod:`.nlp`), and the abbreviations whose period ends none.

Why apart from :mod:`.nlp`: the sentences component ran on every article a pattern search
per sentence end (its last word, to test it against the abbreviations: quadratic in the
word's length, tried from each of 24 characters) and a dozen array operations on a table of
the whole text's offsets. Both are done here in plain Python over the few sentence ends
and the token offsets, with the same answers (tests/test_doc_fast_paths.py compares them).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from collections.abc import Set as AbstractSet

#: A sentence is cut at the first token past this many characters from its start. The rules
#: read a sentence once per figure or speaker in it: on a text with no sentence end (a list
#: of 100,000 numbers) that was quadratic. News sentences are shorter (the longest of the
#: sample corpus and the benchmark has 2,073 characters).
MAX_SENTENCE_CHARS = 3000

#: How far before a sentence end its last word is read: the window the abbreviation
#: pattern ``(\w+)\.["”’']?$`` was searched in.
WORD_WINDOW = 24
_QUOTES = frozenset("\"”’'")
#: The run of word characters (``\w``) that ends where the search ends (its ``endpos``).
_WORD_BEFORE = re.compile(r"\w+\Z")


def _is_word(char: str) -> bool:
    """``\\w`` of Python's matcher on a str: a letter, a digit or a numeric, or ``_``."""
    return char.isalnum() or char == "_"


def ends_with_abbreviation(text: str, at: int, abbreviations: AbstractSet[str],
                           longest: int) -> bool:
    """Whether ``text[:at]`` ends with one of ``abbreviations`` (in lower case), its period
    and maybe a closing quote and a line break ("Gen.", "Nov.”"): what a search of
    ``(\\w+)\\.["”’']?$`` in the :data:`WORD_WINDOW` characters before ``at`` and the test of
    its word said (``longest``: the length of the longest abbreviation; a longer word is
    none, since lower case never shortens a word).

    The word is the run of word characters right before the period, read no further back
    than one character past ``longest`` (a run that long is too long) by one search of
    :data:`_WORD_BEFORE` in that window: a loop over its characters cost ten times more."""
    lo = max(0, at - WORD_WINDOW)
    end = at - 1 if at > lo and text[at - 1] == "\n" else at  # "$": before a last line break
    if end > lo and text[end - 1] in _QUOTES:
        end -= 1
    if end <= lo or text[end - 1] != ".":
        return False
    period = end - 1
    word = _WORD_BEFORE.search(text, max(lo, period - longest - 1), period)
    return word is not None and word.end() - word.start() <= longest and (
        word.group().lower() in abbreviations)


def first_tokens(offsets: list[int], starts: Iterable[int], length: int) -> list[int]:
    """The tokens (by index, in order) that start a sentence: the first token, each token
    at one of the ``starts`` (character offsets) and the cuts of a sentence over
    :data:`MAX_SENTENCE_CHARS` characters (``offsets``: each token's offset, increasing;
    ``length``: the text's)."""
    count = len(offsets)
    if not count:
        return []
    firsts = sorted({0, *(i for at in starts
                          if (i := bisect_left(offsets, at)) < count and offsets[i] == at)})
    chars = [offsets[i] for i in firsts]
    ends = [*chars[1:], length]
    if all(end - start <= MAX_SENTENCE_CHARS for start, end in zip(chars, ends, strict=True)):
        return firsts
    return sorted({*firsts, *_cuts(offsets, chars, ends)})


def _cuts(offsets: list[int], starts: list[int], ends: list[int]) -> list[int]:
    """Tokens that start a sentence because the one before them grew too long: every
    :data:`MAX_SENTENCE_CHARS` characters of a longer sentence, at the next token start
    (``starts`` and ``ends``: each sentence's first and past-the-last characters)."""
    cuts: list[int] = []
    for start, end in zip(starts, ends, strict=True):
        if end - start <= MAX_SENTENCE_CHARS:
            continue
        at = start + MAX_SENTENCE_CHARS
        while at < end:
            token = bisect_left(offsets, at)
            if token >= len(offsets) or offsets[token] >= end:
                break
            cuts.append(token)
            at = offsets[token] + MAX_SENTENCE_CHARS
    return cuts
