"""A phrase with an article after a count that opens its sentence: "Two cyclists in a
collision were taken to hospital in Lyon" counts the cyclists in the collision.

Why: :mod:`.measure_qualifiers` reads no phrase that has an article ("in the attack"),
since after a verb it mostly tells where or when the verb happened ("killed 12 people in
the attack"). Before the sentence's own verb, with the count as its subject, the phrase can
only say which of the things the sentence is about: the bare noun ("cyclists") names no one
a reader can place. Read only when the count opens the sentence, the phrase is short, has
no mark, and the next word is the sentence's verb (an auxiliary or a past form).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..lang import language_data
from .counted import irregular_past, is_plural
from .figure_words import FigureWords
from .opening import fast_pattern
from .records import Figure, Span

_WORD = fast_pattern(r"[A-Za-z][\w’'-]*")
_SENTENCE_START = fast_pattern(r"(?:^|[.!?]\s+|\n)[\"“‘']?$")


@dataclass(frozen=True)
class SubjectWords:
    """The words of ``figure_measure_qualifiers`` (subject_phrases) for one language."""

    opener: re.Pattern[str]  # " in a " after the count
    max_words: int
    verbs: frozenset[str]  # the auxiliaries and past forms that close the phrase


@cache
def subject_words(lang: str) -> SubjectWords | None:
    """The table of ``lang``, or None when the language has none (no phrase is read)."""
    data = language_data(lang)
    t = data.table_part("figure_measure_qualifiers", "subject_phrases")
    part = data.table_part("figure_measure_qualifiers", "participles")
    if t is None or part is None:
        return None
    return SubjectWords(
        opener=fast_pattern(rf" (?:{'|'.join(t['links'])}) (?:{'|'.join(t['articles'])}) "),
        max_words=int(t["max_words"]),
        verbs=frozenset(part["auxiliaries"]) | irregular_past(lang))


def subject_phrase(text: str, fig: Figure, words: FigureWords) -> Figure:
    """``fig`` with the phrase after its plural head in its measure and evidence when the
    count is the subject of its sentence (see the module's docstring); else as it is."""
    table = subject_words(words.lang)
    ev = fig.evidence
    if table is None or fig.kind != "count" or fig.unit or not fig.measure or (
            not ev.text.endswith(fig.measure)) or not _SENTENCE_START.search(
            text, max(0, ev.start - 3), ev.start):
        return fig
    last = fig.measure.rsplit(" ", 1)[-1]
    if not last.islower() or not (last in words.count_nouns or is_plural(
            last, words.rules["plural"])) or (opened := table.opener.match(text, ev.end)) is None:
        return fig
    end = _phrase_end(text, opened.end(), table, words)
    if end is None:
        return fig
    said = text[ev.end:end].split()
    return replace(fig, measure=" ".join([fig.measure, *said]),
                   evidence=Span(ev.start, end, text[ev.start:end]))


def _phrase_end(text: str, pos: int, table: SubjectWords, words: FigureWords) -> int | None:
    """Where the phrase from ``pos`` ends when the sentence's verb follows it: at most
    ``max_words`` lower-case words; None when a mark, a small word, a name or too many
    words come first."""
    end, read = pos, 0
    for m in _WORD.finditer(text, pos, min(len(text), pos + 80)):
        word = m.group(0)
        if m.start() != end + (read > 0) or not word.islower():
            return None  # a mark or a name inside the phrase
        if read and (word in table.verbs or word.endswith(words.rules["past"])):
            return end
        if read == table.max_words or word in words.stop_words:
            return None
        end, read = m.end(), read + 1
    return None
