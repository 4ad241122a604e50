"""Which sentences of a document hold a cue's words, found once for the whole document.

Why apart from :mod:`.attribution`: the attribution reader walks every sentence of an
article, and most sentences hold no verb of saying and none of the phrase cues' words. It
asked each sentence in turn ("which verbs lie between your first and last token?", "does
one of the anonymous nouns lie inside you?"), two binary searches a sentence and a call per
question; here each verb or phrase place is put in its sentence once, and a sentence with
none is skipped by a look-up.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from .words import Sentence


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
