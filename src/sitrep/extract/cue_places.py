"""Which sentences of a document hold a cue's words, found once for the whole document.

Why apart from :mod:`.attribution`: the attribution reader walks every sentence of an
article, and most sentences hold no verb of saying and none of the phrase cues' words. It
asked each sentence in turn ("which verbs lie between your first and last token?", "does
one of the anonymous nouns lie inside you?"), two binary searches a sentence and a call per
question; here each verb or phrase place is put in its sentence once, and a sentence with
none is skipped by a look-up.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from itertools import compress
from typing import TypeVar

from .phrases import phrase_spans
from .speech_cues import SpeechCues
from .words import EXPANDS_ON_LOWER, Sentence, Words

T = TypeVar("T")
#: The letters outside ASCII that a case-insensitive pattern matches with an ASCII letter
#: ("ı" and "İ" with "i", "ſ" with "s", the Kelvin sign with "k"): in a text without them, a
#: match of an ASCII phrase under ``re.IGNORECASE`` is the phrase in the lower-cased text.
CASE_TWINS = "\u0130\u0131\u017f\u212a"


@dataclass(frozen=True, slots=True)
class CuePlaces:
    """The sentences (by number) a phrase cue's scan may find something in, and the tokens
    of each sentence that may be verbs of saying."""

    anonymous: set[int]  # an anonymous noun and one of the pattern's verbs
    possessive: set[int]  # a possessive mark and one of the pattern's nouns
    cited: set[int]  # "according to", "citing" (see ``every``)
    official: set[int]  # "officially", "the official count" (see ``every``)
    #: True: the text may hold the last two, and a letter that case-folds to ASCII: every
    #: sentence is scanned for them
    every: bool
    verbs: dict[int, list[int]]


def cue_places(text: str, words: Words, c: SpeechCues,
               scans: tuple[bool, bool, bool, bool, bool]) -> CuePlaces:
    """Where the cues of ``text`` may be (``scans``: which phrase cues it may hold at all,
    see :meth:`.attribution._Attributor._scans`): each list's places found once for the
    whole text and put in their sentences. Each pattern's match writes one of the words
    looked up in its sentence ("officials said", "NATO's estimate", "according to")."""
    sents = words.sents
    starts = [s.start_char for s in sents]
    anonymous = sentences_within(sents, starts, words.places(c.anonymous_nouns)) if (
        scans[2]) else set()
    if anonymous and c.anonymous_verbs:  # searched in those sentences only: the verbs are
        # common words, written all over the text
        verbs = any_of(c.anonymous_verbs).search
        anonymous = {n for n in anonymous
                     if verbs(words.folded, sents[n].start_char, sents[n].end_char)}
    possessive = sentences_within(sents, starts, words.places(c.possessive_marks)) & (
        sentences_within(sents, starts, words.places(c.possessive_nouns))) if (
        scans[3]) else set()
    # the last two patterns are case-insensitive: their words are the match in lower case
    # when both are ASCII and the text holds no letter that case-folds to an ASCII one
    # (every match of ``officially`` writes ``official``, as the text-wide test assumes)
    exact = all(w.isascii() for w in (*c.source_leads, c.official)) and not any(
        ch in text for ch in CASE_TWINS)
    cited = sentences_within(sents, starts, words.places(c.source_leads)) if (
        scans[1] and exact) else set()
    official = sentences_within(sents, starts, phrase_spans(words.folded, (c.official,))) if (
        scans[0] and exact) else set()
    verbs = cue_tokens(text, words, c.cue_words)
    return CuePlaces(anonymous, possessive, cited, official, (scans[0] or scans[1]) and not exact,
                     tokens_by_sentence(sents, [s.start for s in sents], verbs))


@cache
def cue_list(cue_words: frozenset[str]) -> tuple[str, ...]:
    """``cue_words`` sorted: the list the phrase index holds (built once per process)."""
    return tuple(sorted(cue_words))


def cue_tokens(text: str, words: Words, cue_words: frozenset[str]) -> list[int]:
    """The tokens (in order) whose lower case is one of ``cue_words``.

    Why not a test of every token: most tokens are no verb of saying; the phrase index
    finds where the words are written in ``words.folded`` (in its one pass over the text),
    and a token is one when it starts there and is as long as the word. The folded text is
    each token's lower case at the token's place, unless ``text`` holds a letter whose
    lower case is longer (then every token is tested)."""
    lower = words.lower
    if words.phrases is None or EXPANDS_ON_LOWER in text:
        return list(compress(range(len(lower)), map(cue_words.__contains__, lower)))
    idx, n = words.idx, len(lower)
    out = []
    for start, end in words.places(cue_list(cue_words)):
        i = bisect_left(idx, start)
        if i < n and idx[i] == start and len(lower[i]) == end - start and (
                not out or out[-1] != i):
            out.append(i)  # (its lower case is the word written there)
    return out


@cache
def any_of(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that finds one of ``phrases`` as written: ``pattern.search(text, lo, hi)``
    finds something when ``text.find(phrase, lo, hi) >= 0`` for one of them (for ``lo`` up
    to ``len(text)``, as a sentence's start is). Why: one search
    of a sentence, not one per phrase (a call each, and each list has dozens)."""
    return re.compile("|".join(map(re.escape, phrases)))


def within(occurrences: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """Whether one of ``occurrences`` (sorted) lies in ``lo:hi``: ``text.find(phrase, lo,
    hi) >= 0`` for one of the phrases, without a search per sentence and phrase."""
    k = bisect_left(occurrences, (lo,))
    while k < len(occurrences) and occurrences[k][0] < hi:
        if occurrences[k][1] <= hi:
            return True
        k += 1
    return False


def sentences_within(sents: list[Sentence], starts: list[int],
                     occurrences: list[tuple[int, int]]) -> set[int]:
    """The numbers of the sentences ``n`` for which ``within(occurrences,
    sents[n].start_char, sents[n].end_char)`` holds (``starts``: each sentence's first
    character; the sentences are in text order and do not overlap, so an occurrence's
    start lies in one sentence at most, the last that starts at or before it)."""
    out: set[int] = set()
    for start, end in occurrences:
        n = bisect_right(starts, start) - 1
        if n >= 0 and start < sents[n].end_char and end <= sents[n].end_char:
            out.add(n)
    return out


def tokens_by_sentence(sents: list[Sentence], token_starts: list[int], tokens: list[int]
                       ) -> dict[int, list[int]]:
    """``tokens`` (token numbers, in order) grouped by the number of the sentence that holds
    them (``token_starts``: each sentence's first token): the tokens ``i`` with
    ``sent.start <= i < sent.end``; a sentence without one is left out."""
    out: dict[int, list[int]] = {}
    for i in tokens:
        n = bisect_right(token_starts, i) - 1
        if n >= 0 and i < sents[n].end:
            out.setdefault(n, []).append(i)
    return out


def items_by_sentence(sents: list[Sentence], starts: list[int], items: Iterable[T],
                      start: Callable[[T], int]) -> dict[int, list[T]]:
    """:func:`.words.by_sentence` as a table of the sentences that hold an item (by their
    number; ``starts``: each sentence's first character): a document has far fewer dates
    and names than sentences, and each item is put in its sentence by one search."""
    out: dict[int, list[T]] = {}
    for item in sorted(items, key=start):
        at = start(item)
        n = bisect_right(starts, at) - 1
        if n >= 0 and at < sents[n].end_char:
            out.setdefault(n, []).append(item)
    return out
