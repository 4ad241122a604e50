"""The words a share's measure is read with (``figure_measure_bases``: shares), read once
per language: see :mod:`.measure_shares` for the rules that read them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..errors import UsageError
from ..lang import language_data, longest_first
from .figure_words import figure_words
from .opening import fast_pattern


@dataclass(frozen=True)
class ShareWords:
    """The words of ``figure_measure_bases`` (shares) for one language."""

    verbs: frozenset[str]
    modals: frozenset[str]
    relatives: frozenset[str]
    not_verbs: frozenset[str]
    people: frozenset[str]
    who: str
    that: str
    most: int
    ends: frozenset[str]
    fraction: re.Pattern[str]
    fractions: dict[str, float]
    fraction_words: tuple[str, ...]  # the last word of each fraction, in lower case
    not_bases: frozenset[str]
    not_after: frozenset[str]
    group_before: re.Pattern[str]
    share: str
    share_nouns: frozenset[str]
    #: "the number who reported trying it " right before a change: the clause
    number_who: re.Pattern[str]
    #: "who", "that": the relatives that restrict a counted noun right after it, and the
    #: words that make what follows them a clause of its own ("that the plant would close")
    restrictive: frozenset[str] = frozenset()
    not_subjects: frozenset[str] = frozenset()
    any_after: frozenset[str] = frozenset()  # "where": a subject may follow it
    #: "who", "whom": a subject after them opens an object relative ("people who he met")
    object_relatives: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()  # "were": where a restricting clause ends
    adverbs: frozenset[str] = frozenset()  # "always": no last word of a restricting clause
    #: "to": opens a restricting infinitive before an auxiliary ("to have won", "to be")
    infinitives: frozenset[str] = frozenset()


@cache
def share_words(lang: str) -> ShareWords | None:
    """The table of ``lang``, or None when the language has none (no share is read)."""
    try:
        t = language_data(lang).table("figure_measure_bases")["shares"]
    except (UsageError, KeyError):  # no such table, or no such part of it
        return None
    fractions = {k.lower(): float(v) for k, v in t["fractions"].items()}
    determiners = "|".join(t["fraction_determiners"])
    return ShareWords(
        verbs=frozenset(t["share_verbs"]), modals=frozenset(t["modals"]),
        relatives=frozenset(t["relatives"]),
        not_verbs=frozenset(t["not_verbs"]) | frozenset(  # "speed", "seed": no verb
            figure_words(lang).rules.get("ed_nouns", ())),
        people=frozenset(t["people_nouns"]), who=t["who_word"], that=t["that_word"],
        share=t["share_word"], share_nouns=frozenset(t["share_nouns"]),
        number_who=fast_pattern(
            rf"\bthe\s+(?P<noun>{'|'.join(t['share_nouns'])})\s+"
            rf"(?P<rel>{'|'.join(t.get('count_relatives', t['relatives']))})\s+"
            r"(?P<clause>[^,;:()\n]{3,100}?)\s+$", re.I),
        restrictive=frozenset(t.get("count_relatives", ())),
        not_subjects=frozenset(t.get("count_relative_breaks", ())),
        any_after=frozenset(t.get("count_relatives_any", ())),
        object_relatives=frozenset(t.get("count_object_relatives", ())),
        auxiliaries=frozenset(t.get("count_relative_ends", ())),
        adverbs=frozenset(t.get("count_relative_adverbs", ())),
        infinitives=frozenset(t.get("count_infinitives", ())),
        most=int(t["clause_words"]), ends=frozenset(t["clause_ends"]),
        # searched through the whole text: opened with a class the matcher skips to
        fraction=fast_pattern(
            rf"(?<![\w-])(?P<frac>{longest_first(fractions)})\s+of\s+"
            rf"(?:(?:{determiners})\s+)?(?=[A-Za-z])", re.I),
        fractions=fractions,
        fraction_words=tuple(sorted({re.split(r"[\s-]+", k)[-1] for k in fractions})),
        not_bases=frozenset(t["fraction_not_bases"]),
        not_after=frozenset(t["fraction_not_after"]),
        group_before=fast_pattern(
            rf"\b(?P<noun>{'|'.join(t['share_nouns'])})\s+of\s+(?:the\s+)?(?P<group>[A-Za-z][\w’'-]*"
            r"(?:\s+[a-z][\w’'-]*){0,2}?)"
            rf"(?:\s+in\s+(?:the\s+)?\w+)?\s+(?P<rel>{'|'.join(t['relatives'])})\s+"
            r"(?P<clause>[^,;:()]+?)\s+(?:was|is|were|are|stood\s+at|reached"
            rf"{_moves(t)})\s+$", re.I))


def _moves(t: dict[str, object]) -> str:
    """The verbs of a move to a new value after a group's clause ("the share of adults who
    smoke fell to 11%"), as alternatives of the pattern, each with its link."""
    moves = t.get("group_moves") or {}
    if not moves:
        return ""
    verbs = "|".join(moves["verbs"])  # type: ignore[index]
    helpers = "|".join(moves["auxiliaries"])  # type: ignore[index]
    return rf"|(?:(?:{helpers})\s+)?(?:{verbs})\s+{moves['link']}"  # type: ignore[index]
