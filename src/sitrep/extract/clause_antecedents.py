"""A figure in a relative clause tells of the named thing the clause hangs on.

Why: a figure whose sentence names no matter takes the page's matter, or the person the
sentence opens with. But a figure inside a clause that describes another named thing is
that thing's: on a page about one moon's ice, "unlike the jets of Neptune's moon Triton,
which are fed by 40 vents" counts Triton's vents, and in "Ines Varga scored 30 for the
Harbour Hawks, who have lost 4 of 6 games" the lost games are the team's, not Varga's.

The rule: the figure stands in a clause opened by a comma and one of the language's
relative pronouns (``relative_pronouns``: "which", "who"), with no other comma, bracket
or dash between; the clause hangs on the capitalised run right before the comma (past
the article). It is the figure's matter unless it is a person or a place the page names
(a person's or a place's clause tells of what the sentence is about, not of a matter of
its own), a party the title or the lead names (the page's own matter), a single word that
opens the sentence (a capital there names nothing: "Inflation, which ..."), or the
source the figure is credited to ("according to the Harbour Trust, which counted 12
deaths": what the source counted is the page's, not the source's own).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from ..lang import language_data
from .opening import fast_pattern
from .speech_cues import speech_cues

_NAME_BEFORE = fast_pattern(r"((?:[A-Z][\w’'.&-]*\s+)*[A-Z][\w’'.&-]*)\s*$")
#: at most this many words between a source lead and the name it leads into
_BETWEEN = 3
#: a clause is read at most this far back from its figure (characters)
_REACH = 160
#: the kinds of party whose clause is no matter of its own (see the module docstring)
_NOT_MATTERS = frozenset({"person", "place", "own"})


@cache
def _opener(lang: str) -> re.Pattern[str] | None:
    """A comma and a relative pronoun; None for a language without them."""
    words = language_data(lang).table_part("matters", "relative_pronouns")
    if not words:
        return None
    return fast_pattern(rf",\s+(?:{'|'.join(map(re.escape, words))})\s")


def antecedent(text: str, start: int, at: int,
               parties: tuple[tuple[int, str, str, int], ...], lang: str,
               source: str | None = None) -> str | None:
    """The named thing the relative clause holding the figure at ``at`` hangs on, in a
    sentence starting at ``start`` (see the module docstring); ``parties``: where the
    page names a party (sorted: start, kind, name, end); ``source``: the body the figure
    is credited to."""
    opener = _opener(lang)
    if opener is None:
        return None
    low = max(start, at - _REACH)
    clauses = list(opener.finditer(text, low, at))
    if not clauses or any(mark in text[clauses[-1].end():at] for mark in ",;()—–"):
        return None
    comma = clauses[-1].start()
    m = _NAME_BEFORE.search(text, low, comma)
    if m is None:
        return None
    s, e = m.span(1)
    words = m.group(1).split()
    if words[0].lower() in ("the", "a", "an"):
        words, s = words[1:], s + len(words[0]) + 1
    if not words or (len(words) == 1 and not text[start:s].strip(" \"“‘(")):
        return None  # "Inflation, which ...": a sentence's first word
    i = bisect_left(parties, (s - _REACH, ""))
    if any(p[1] in _NOT_MATTERS for p in parties[i:] if p[0] < e and s < p[3]):
        return None
    name = " ".join(words)
    if (source and (name in source or source in name)) or _sourced(text, start, s, lang):
        return None  # "according to the Harbour Trust, which counted 12 deaths"
    return name


def _sourced(text: str, start: int, at: int, lang: str) -> bool:
    """Whether a source phrase ("according to") leads into the name at ``at``, past at
    most a few lower-case words: a source's clause tells what it counted, not its own."""
    leads = list(speech_cues(lang).according.finditer(text, start, at))
    between = text[leads[-1].end():at] if leads else ""
    return bool(leads) and len(between.split()) <= _BETWEEN and not any(
        mark in between for mark in ",;:()")
