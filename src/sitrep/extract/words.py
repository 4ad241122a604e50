"""A Doc's tokens as plain lists, read once per document.

Why: every ``doc[i]`` (and every step of ``for token in doc``) makes a new spaCy ``Token``
object, and each ``token.lower_`` looks its string up again. The components read each token
many times, and at news length that cost more than all their rules together. The sentences
component reads the token attributes once, into lists, with one ``Doc.to_array`` call; the
other components index those lists. spaCy still owns tokenisation and the sentence flags.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from spacy.attrs import IDX, IS_ALPHA, IS_STOP, LENGTH
from spacy.tokens import Doc


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

    def __len__(self) -> int:
        return len(self.text)

    def end_char(self, i: int) -> int:
        return self.idx[i] + len(self.text[i])


def read_words(doc: Doc, text: str, sent_starts: list[int]) -> Words:
    """The token table of ``doc`` (whose text is ``text``), cut at ``sent_starts``."""
    if not len(doc):
        return Words([], [], [], [], [], [])
    # column by column: ``tolist`` of a 2-D array is ten times slower
    idx_col, len_col, alpha_col, stop_col = doc.to_array([IDX, LENGTH, IS_ALPHA, IS_STOP]).T
    idx = idx_col.tolist()
    words = [text[i:i + n] for i, n in zip(idx, len_col.tolist(), strict=True)]
    bounds = [*sent_starts, len(words)]
    sents = [Sentence(a, b, idx[a], idx[b - 1] + len(words[b - 1]))
             for a, b in pairwise(bounds) if b > a]
    return Words(text=words, lower=[w.lower() for w in words], idx=idx,
                 alpha=alpha_col.astype(bool).tolist(), stop=stop_col.astype(bool).tolist(),
                 sents=sents)
