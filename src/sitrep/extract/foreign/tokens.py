"""Sentences and tokens of a text in a language read by rules, with character offsets.

Why not spaCy's blank pipelines: their sentence splitter fails on abbreviations of these
languages ("тыс.", "ok.", "r."), and the rules need only words, offsets and lemmas; a
regular expression gives them at many thousand sentences a second.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

import simplemma

from ..opening import fast_pattern
from .resources import Words

_TOKEN = fast_pattern(r"\d+(?:[.,]\d+|[  \u202f]\d{3}(?!\d))*|[^\W\d_]+(?:['’][^\W\d_]+)*|\S")
_END = fast_pattern(r"[.!?…]+[\"»”“')]*(?=\s+[\"«“„(—–-]?\s*[A-ZА-ЯЁІЇЄҐÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻ0-9])|\n+")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    lower: str
    lemma: str

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()

    @property
    def is_capital(self) -> bool:
        return self.text[0].isupper() and self.text[:1].isalpha() and len(self.text) > 1


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    tokens: tuple[Token, ...]
    paragraph: int


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str:
    """The simplemma lemma of ``word`` in lower case (memoised: news repeats words)."""
    return simplemma.lemmatize(word, lang=lang).lower()


def sentences(text: str, words: Words) -> list[Sentence]:
    """``text`` cut into sentences: at . ! ? before a capital or a digit, unless the word
    before the period is an abbreviation of the language or a number of a date ("22. März"),
    and at line breaks (a new paragraph)."""
    cuts = [0]
    quoted = _quotes(text)
    for m in _END.finditer(text):
        if m.group().startswith("\n"):
            cuts.append(m.end())
            continue
        if any(start < m.start() < end for start, end in quoted):
            continue
        before = re.search(r"(\w+)$", text[max(0, m.start() - 20):m.start()])
        word = before.group(1).lower() if before else ""
        if word in words.abbreviations or (word.isdigit() and len(word) <= 2):
            continue
        cuts.append(m.end())
    cuts.append(len(text))
    out: list[Sentence] = []
    paragraph = 0
    for start, end in itertools.pairwise(cuts):
        if "\n\n" in text[max(0, start - 2):start + 1] or text[start - 1:start] == "\n":
            paragraph += 1
        toks = tuple(_tokens(text, start, end, words.code))
        if toks:
            out.append(Sentence(toks[0].start, toks[-1].end, toks, paragraph))
    return out


#: Quotations in guillemets, low-high, curly or straight quotes, up to this many characters
#: (straight ones open after no word and close before none): a quotation is
#: one sentence for the rules, so that "«... 12 тисяч приїхали ...», — сказав він" gives
#: every figure inside it to the speaker after it.
_QUOTE = fast_pattern(r"«[^«»\n]{1,1200}»|„[^„“”\n]{1,1200}[“”]|“[^“”„\n]{1,1200}”"
                    r'|(?<![\w"])"[^"\n]{1,1200}"(?![\w"])')


def _quotes(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text)]


def _tokens(text: str, start: int, end: int, lang: str) -> list[Token]:
    toks = []
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        lower = word.lower()
        lem = lemma(word, lang) if word[0].isalpha() else lower
        toks.append(Token(word, m.start(), m.end(), lower, lem))
    return toks
