"""A count restricted by a relative clause that has its own subject: "the 14 petitions that
the council had received", "the five clubs it has faced", "the 16 races she entered".

Why: :mod:`.measure_shares` reads a relative clause after a counted noun when the relative
is its subject ("people who visited the site") or is "who"/"whom" before a subject; after
"that" a subject may as well open a clause of the verb before the count ("told 300 workers
that the plant would close"), and a clause with no relative at all is read by no rule, so
the count is named by its bare noun ("clubs"), which a reader takes for every club. Such a
clause is an object relative: its verb has no object of its own, the counted noun is that
object. So it is read only when the clause's verb is followed by a mark, a preposition or a
word that opens a time ("it has faced this season"), never by a noun phrase ("In two games
he scored three goals" is no relative), and not after a verb that takes a clause or a
second object ("told", "warned", "gave"). The measure is the noun, the relative if any,
the subject and its verb: no adverbial after it (the noun phrase a reader needs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lang import language_data
from .counted import irregular_past
from .figure_words import FigureWords
from .opening import fast_pattern
from .records import Figure

_TOKEN = fast_pattern(r"[\w’'-]+|[^\w\s]")
_SENTENCE_END = fast_pattern(r"[.!?]\s|\n")
_LAST_WORD = fast_pattern(r"([A-Za-z]+)\W*$")


@dataclass(frozen=True)
class RelativeWords:
    """The words of ``figure_measure_bases`` (gapped_relatives) for one language."""

    relatives: frozenset[str]
    pronouns: frozenset[str]
    determiners: frozenset[str]
    subject_words: int
    auxiliaries: frozenset[str]
    gaps: frozenset[str]
    dated_links: frozenset[str]
    stranded: frozenset[str]
    calendar: frozenset[str]
    clause_verbs: frozenset[str]
    fronting: frozenset[str]


@cache
def relative_words(lang: str) -> RelativeWords | None:
    """The table of ``lang``, or None when the language has none (no clause is read)."""
    t = language_data(lang).table_part("figure_measure_bases", "gapped_relatives")
    if t is None:
        return None
    return RelativeWords(
        relatives=frozenset(t["relatives"]), pronouns=frozenset(t["pronouns"]),
        determiners=frozenset(t["determiners"]), subject_words=int(t["subject_words"]),
        auxiliaries=frozenset(t["auxiliaries"]), gaps=frozenset(t["gap_words"]),
        dated_links=frozenset(t["dated_links"]), stranded=frozenset(t["stranded"]),
        calendar=_calendar(lang),
        clause_verbs=frozenset(t["clause_verbs"]), fronting=frozenset(t["fronting"]))


def gapped_relative(text: str, fig: Figure, words: FigureWords) -> str | None:
    """``fig``'s measure with the object relative clause after it, or None when none
    follows its noun (see the module's docstring)."""
    table = relative_words(words.lang)
    measure, end = fig.measure or "", fig.evidence.end
    if table is None or not measure or not fig.evidence.text.endswith(measure) or (
            text[end:end + 1] != " ") or _after_clause_verb(text, fig.evidence.start, table):
        return None
    tokens = [m.group(0) for m in _TOKEN.finditer(text, end, min(len(text), end + 120))]
    kept = _clause(tokens, table, words)
    return f"{measure} {' '.join(kept)}" if kept else None


def _after_clause_verb(text: str, start: int, table: RelativeWords) -> bool:
    """The count is the object of a verb that takes a clause or a second object, or the
    sentence opens with a preposition right before it (the words after are its own
    subject and verb)."""
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 200), start)),
                  default=max(0, start - 200))
    head = text[opening:start].split()
    if len(head) <= 2 and head and head[0].lower() in table.fronting:
        return True
    last = _LAST_WORD.search(text, max(0, start - 40), start)
    return last is not None and last.group(1).lower() in table.clause_verbs


def _clause(tokens: list[str], table: RelativeWords, words: FigureWords) -> list[str] | None:
    """The relative, the subject and the verb at the head of ``tokens`` when they make an
    object relative clause whose verb has no object; None else."""
    i = 1 if tokens and tokens[0] in table.relatives else 0
    subject = _subject(tokens, i, table, words)
    if subject == i:
        return None
    j, helped = subject, False
    while j < len(tokens) and tokens[j] in table.auxiliaries:
        j, helped = j + 1, True
    if j >= len(tokens) or not _verb(tokens[j], helped, words):
        return None
    after = tokens[j + 1] if j + 1 < len(tokens) else ""
    then = tokens[j + 2] if j + 2 < len(tokens) else ""
    if after in table.stranded and not then[:1].isalnum():
        return tokens[:j + 2]  # "the firm she worked with.": the preposition stays
    if after[:1].isalnum() and after not in table.gaps and not (
            after in table.dated_links and (then[:1].isdigit() or then in table.calendar)):
        return None  # "he scored three goals", "they had written to the agent"
    return tokens[:j + 1]


def _subject(tokens: list[str], i: int, table: RelativeWords, words: FigureWords) -> int:
    """Where the clause's subject ends when it starts at ``i``: a pronoun, a determiner
    and at most ``subject_words`` words, or capitalised words (a name) after a relative;
    ``i`` when there is none."""
    if i >= len(tokens):
        return i
    first = tokens[i]
    if first.lower() in table.pronouns and (first == "I" or first.islower()):
        return i + 1
    if i == 0:
        return i  # without a relative only a pronoun opens the clause
    j = i
    if first in table.determiners:
        j += 1
        while j < len(tokens) and j - i <= table.subject_words and re.fullmatch(
                r"[a-z][a-z-]*", tokens[j]) and tokens[j] not in table.auxiliaries and not (
                j > i + 1 and _verb(tokens[j], False, words)):
            j += 1  # "that the council received": the verb ends the subject
        return j if j > i + 1 else i
    while j < len(tokens) and j - i < table.subject_words and tokens[j][:1].isupper():
        j += 1
    return j


def _verb(word: str, helped: bool, words: FigureWords) -> bool:
    """A past verb: after an auxiliary any lower-case word that is no small word ("has
    faced", "had beaten"), without one a word in the past ending or an irregular past."""
    if not word.isalpha() or not word.islower() or word in words.stop_words:
        return False
    return helped or word.endswith(words.rules["past"]) or word in irregular_past(words.lang)


def _calendar(lang: str) -> frozenset[str]:
    """Month and weekday names: "in March" after the clause's verb dates it."""
    table = language_data(lang).table_part("date_words", "months") or []
    days = language_data(lang).table_part("date_words", "weekdays") or []
    return frozenset([m["name"] for m in table] + list(days))
