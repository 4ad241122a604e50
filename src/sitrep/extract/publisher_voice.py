"""The publisher speaking in the first person: "our volunteers answered 48 calls", "we are
running two mobile kitchens" on a relief group's own page are that group's figures.

Why: a body that publishes its own update (a relief network's field report, a union's
notice, a ministry's release) names no speaker for its figures; it speaks as "we". Without
this rule those figures belong to no one, and the ledger cannot set the group's count of the
displaced against the county's. The publisher is the page's outlet when the page names it
(a masthead line, the outlet printed by the date line, a site name: never the bare host of
the URL, which is no name). A firm named as the subject of its own "about us" paragraph
(:meth:`.carry.Carrier.own_voice`) is tried first; this is the fallback when the paragraph
names no such body.

Only outside quotations (a quoted "we" is its speaker's), and only for a figure no cue of
its own sentence reports; a paragraph speaks in the first person when one of its sentences
does ("Since Sunday our teams have delivered 40 tonnes of food ... In at least nine of
them the supply has been cut off").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from .opening import fast_pattern

_QUOTES = "\"“”"
_WORD = fast_pattern(r"\w+")


class _Sentence(Protocol):
    start: int
    end: int


def _opens_paragraph(text: str, sentences: Sequence[_Sentence], j: int) -> bool:
    """Whether sentence ``j`` opens a paragraph: a line break after the sentence before it."""
    if j == 0:
        return True
    gap = text[sentences[j - 1].start:sentences[j].start]
    return "\n" in gap[len(gap.rstrip()):]


def _in_first_person(text: str, sentence: _Sentence, we: frozenset[str]) -> bool:
    body = text[sentence.start:sentence.end]
    return not any(q in body for q in _QUOTES) and not we.isdisjoint(
        _WORD.findall(body.lower()))


def publisher_voice(text: str, sentences: Sequence[_Sentence], k: int, we: frozenset[str],
                    publisher: str | None) -> str | None:
    """``publisher`` when the paragraph of sentence ``k`` speaks in the first person plural
    (``we``: the language's words for it) outside quotations, else None."""
    if not publisher or not we:
        return None
    first = k
    while not _opens_paragraph(text, sentences, first):
        first -= 1
    last = k
    while last + 1 < len(sentences) and not _opens_paragraph(text, sentences, last + 1):
        last += 1
    return publisher if any(_in_first_person(text, sentences[j], we)
                            for j in range(first, last + 1)) else None
