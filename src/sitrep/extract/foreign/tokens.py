"""Sentences and tokens of a text in a language read by rules, with character offsets.

Why not spaCy's blank pipelines: their sentence splitter fails on abbreviations of these
languages ("тыс.", "ok.", "r."), and the rules need only words, offsets and lemmas; a
regular expression gives them at many thousand sentences a second.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache, lru_cache

import simplemma

from ...lang import language_data, longest_first
from ..opening import fast_pattern
from .resources import Words

_TOKEN = fast_pattern(r"\d+(?:[.,]\d+|[  \u202f]\d{3}(?!\d))*|[^\W\d_]+(?:['’][^\W\d_]+)*|\S")
_END = fast_pattern(r"[.!?…]+[\"»”“')]*(?=\s+[\"«“„(—–-]?\s*"
                    r"[A-ZА-ЯЁІЇЄҐÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻ0-9\uac00-\ud7a3])|\n+")


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
    """The simplemma lemma of ``word`` in lower case (memoised: news repeats words); in a
    language whose folder lists the particles its words end in (Korean, which simplemma
    does not know), the word without its longest such particle ("국방부는" -> "국방부")."""
    endings = _particles(lang)
    if endings:
        lower = word.lower()
        cut = next((p for p in endings if lower.endswith(p) and len(lower) > len(p)), "")
        return lower[:len(lower) - len(cut)]
    return simplemma.lemmatize(word, lang=lang).lower()


@cache
def _particles(lang: str) -> tuple[str, ...]:
    """The particles of ``particles.txt``, longest first (none for most languages)."""
    return tuple(sorted(language_data(lang).optional_words("particles"), key=len, reverse=True))


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
    glued = _glued_pattern(lang)
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        if glued is not None and toks and toks[-1].end == m.start() and toks[-1].is_number \
                and word[0].isalpha():
            pieces = _split_glued(word, m.start(), glued)
        else:
            pieces = [(word, m.start())]
        for piece, at in pieces:
            lower = piece.lower()
            lem = lemma(piece, lang) if piece[0].isalpha() else lower
            toks.append(Token(piece, at, at + len(piece), lower, lem))
    return toks


@cache
def _glued_pattern(lang: str) -> re.Pattern[str] | None:
    """The words a language writes onto a number with no space (``numbers.json``
    ``glued``: Korean counters, scales and hedges, "600여명" = 600 + 여 + 명), as one
    pattern, longest first; None for a language that has none."""
    glued = language_data(lang).table("numbers").get("glued", [])
    return fast_pattern(longest_first(glued)) if glued else None


def _split_glued(word: str, at: int, glued: re.Pattern[str]) -> list[tuple[str, int]]:
    """``word``, written onto a number, cut into the glued words it starts with and the
    rest ("명가량이" -> "명", "가량", "이"), each with its offset; a word that starts with
    none stays whole ("번째" unless listed)."""
    pieces: list[tuple[str, int]] = []
    pos = 0
    while pos < len(word) and (m := glued.match(word, pos)) is not None:
        pieces.append((m.group(), at + pos))
        pos = m.end()
    if pos < len(word):
        pieces.append((word[pos:], at + pos))
    return pieces
