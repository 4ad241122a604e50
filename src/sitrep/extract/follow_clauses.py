"""Figures of the earlier event a story's event is said to follow.

Why: news dates its event against an earlier one in a clause of its own: "The crash came
two days after rebels freed four aid workers in exchange for six of their fighters". The
sentence names the story's event, so its figures took the story's event or matter, and the
freed workers and fighters counted as the crash's. They are of the earlier event:
background to the story, as a figure of another time is.

The rule: a figure after one of the language's ``verbs`` ("comes", "came"), at most a few
words (the time between: "a day", "just hours") and one of its ``links`` ("after",
"following"), in the same sentence with no comma, semicolon or colon between the link and
the figure ("... came two hours after takeoff, killing 40": the 40 are the event's), when
the words before the verb name the story: its event's type ("The crash comes ...") or a
lower-case word of its matter ("The rally comes ..."). "The case comes weeks after three
patients fell ill" or "Their release came hours after ..." may tell the story's own earlier
steps. The words are the language's (``lang/<code>/follow_clauses.json``).
"""

from __future__ import annotations

import re
from functools import cache

from ..errors import UsageError
from ..lang import language_data, longest_first
from .event_types import event_types
from .opening import fast_pattern

#: what ends the clause after the link before a figure
_BREAK = re.compile(r"[,;:]")
_WORD = re.compile(r"[^\W\d_]+")


@cache
def follow_link(lang: str) -> re.Pattern[str] | None:
    """The pattern of a verb and a link, built once per process; None for a language
    without the table."""
    try:
        t = language_data(lang).table("follow_clauses")
    except UsageError:
        return None
    return fast_pattern(rf"\b(?:{longest_first(t['verbs'])})\s+(?:[\w-]+\s+){{0,{int(t['gap'])}}}?"
                        rf"(?:{longest_first(t['links'])})\b", re.IGNORECASE)


def follows_earlier(text: str, sentence_start: int, at: int, story: str, lang: str) -> bool:
    """Whether a figure at ``at``, in the sentence starting at ``sentence_start``, is in
    a clause that tells the earlier event its ``story`` follows (see the module
    docstring)."""
    link = follow_link(lang)
    if link is None:
        return False
    found = next(reversed(list(link.finditer(text, sentence_start, at))), None)
    return found is not None and not _BREAK.search(text, found.end(), at) and _names_story(
        text[sentence_start:found.start()], story, lang)


def _names_story(before: str, story: str, lang: str) -> bool:
    """Whether the words ``before`` the verb name the ``story``: the type of its event
    ("The crash comes ..." when the story is "crash, Mali"), or a lower-case word of its
    matter; "The case comes weeks after three neighbours fell ill ...", "Their release came hours
    after ..." may tell the same story's earlier steps."""
    types = event_types(lang)
    kind = story.split(", ", 1)[0] if ", " in story else None
    if kind is not None:
        return any(types.type_of.get(m.group(0)) == kind
                   for m in types.trigger.finditer(before.lower()))
    own = {w for w in _WORD.findall(story) if w.islower() and len(w) > 3}
    return not own.isdisjoint(_WORD.findall(before))
