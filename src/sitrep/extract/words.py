"""A Doc's tokens as plain lists, read once per document.

Why: every ``doc[i]`` (and every step of ``for token in doc``) makes a new spaCy ``Token``
object, and each ``token.lower_`` looks its string up again. The components read each token
many times, and at news length that cost more than all their rules together. The sentences
component reads the token attributes once, into lists, with one ``Doc.to_array`` call; the
other components index those lists. spaCy still owns tokenisation and the sentence flags.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, TypeVar

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc

from .phrases import phrase_spans
from .scan import phrase_starts

if TYPE_CHECKING:
    from .phrases import PhraseHits, PhraseIndex

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Sentence:
    """Tokens ``start:end`` and their characters ``start_char:end_char``, as in spaCy's Span."""

    start: int
    end: int
    start_char: int
    end_char: int


@dataclass(frozen=True, slots=True)
class Words:
    text: list[str]
    lower: list[str]
    idx: list[int]  # character offset of each token
    alpha: list[bool]
    stop: list[bool]
    sents: list[Sentence]
    #: The whole text in lower case with the same offsets, for word patterns compiled
    #: without ``re.IGNORECASE`` (which makes Python's matcher try every alternative).
    folded: str = ""
    #: Where the rules' words are written in ``folded`` (see :mod:`.phrases`), found on the
    #: first question; None: each list is searched on its own.
    phrases: PhraseHits | None = None

    def phrase_starts(self, phrases: tuple[str, ...]) -> list[int]:
        """:func:`.scan.phrase_starts` of ``folded``, from the index when there is one."""
        if self.phrases is None:
            return phrase_starts(self.folded, phrases)
        return self.phrases.starts(phrases)

    def writes_any(self, phrases: tuple[str, ...]) -> bool:
        """Whether one of ``phrases`` is written in ``folded`` (from the index when there is
        one: a rule that needs a word list present asks here, not by a search per word)."""
        if self.phrases is None:
            return any(phrase in self.folded for phrase in phrases)
        return self.phrases.holds_any(phrases)

    def places(self, phrases: tuple[str, ...]) -> list[tuple[int, int]]:
        """(start, end) of the places where one of ``phrases`` is written in ``folded``, in
        text order (from the index when there is one; a phrase listed twice may give its
        places once or twice: a test of presence in a stretch reads them the same)."""
        if self.phrases is None:
            return sorted(phrase_spans(self.folded, phrases))
        return sorted(self.phrases.spans(phrases))

    def __len__(self) -> int:
        return len(self.text)

    def end_char(self, i: int) -> int:
        return self.idx[i] + len(self.text[i])


def read_words(doc: Doc, text: str, sent_starts: list[int], stop_words: AbstractSet[str],
               index: PhraseIndex | None = None, offsets: list[int] | None = None) -> Words:
    """The token table of ``doc`` (whose text is ``text``), cut at ``sent_starts``; with the
    places of ``index``'s words, looked up when first asked for.

    ``stop_words``: the language's stop words (``nlp.Defaults.stop_words``): spaCy sets a
    lexeme's ``is_stop`` when its lower case is one of them, and its ``is_alpha`` by
    ``str.isalpha``; ``offsets``: each token's offset, when the caller has read them. Why:
    ``Doc.to_array`` then reads the lengths only; the two lexeme flags it read besides cost
    more than the same tests made on the token texts."""
    folded = same_length_lower(text)
    hits = index.hits(folded) if index is not None else None
    if not len(doc):
        return Words([], [], [], [], [], [], folded, hits)
    idx = offsets if offsets is not None else doc.to_array(IDX).tolist()
    words = [text[i:i + n] for i, n in zip(idx, doc.to_array(LENGTH).tolist(), strict=True)]
    lower = list(map(str.lower, words))
    bounds = [*sent_starts, len(words)]
    sents = [Sentence(a, b, idx[a], idx[b - 1] + len(words[b - 1]))
             for a, b in pairwise(bounds) if b > a]
    return Words(text=words, lower=lower, idx=idx, alpha=list(map(str.isalpha, words)),
                 stop=list(map(stop_words.__contains__, lower)), sents=sents, folded=folded,
                 phrases=hits)


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


#: The one character whose lower case is two characters ("İ" -> "i̇"): in a text without
#: it, :func:`same_length_lower` is ``text.lower()`` (tests/test_fast_paths.py checks it).
EXPANDS_ON_LOWER = "\u0130"


def plain_lower(text: str, folded: str) -> str:
    """``text.lower()``, read off ``folded`` (:func:`same_length_lower` of ``text``) where
    it is that: a rule that needs the text in lower case does not lower it again."""
    return folded if EXPANDS_ON_LOWER not in text else text.lower()


def same_length_lower(text: str) -> str:
    """``text.lower()``, unless a character lower-cases to several ("İ"): then only ASCII
    letters are lowered, so that every offset still points at the same character."""
    lower = text.lower()
    return lower if len(lower) == len(text) else text.translate(_ASCII_LOWER)


def by_sentence(sents: list[Sentence], items: Iterable[T], start: Callable[[T], int]
                ) -> list[list[T]]:
    """``items`` grouped by the sentence their ``start`` offset falls in, in one pass.

    Why: components asked "which mentions are in this sentence?" by scanning every mention
    for every sentence; at news length that quadratic scan was a visible share of the time.
    Items before the first sentence or past the last one are left out, as the scan did."""
    groups: list[list[T]] = [[] for _ in sents]
    ordered = sorted(items, key=start)
    if not ordered:
        return groups
    # each item's offset read once, and the sentences walked only while items remain
    offsets = list(map(start, ordered))
    k, last = 0, len(ordered)
    for n, sent in enumerate(sents):
        while k < last and offsets[k] < sent.start_char:
            k += 1
        if k == last:
            break
        group = groups[n]
        while k < last and offsets[k] < sent.end_char:
            group.append(ordered[k])
            k += 1
    return groups
