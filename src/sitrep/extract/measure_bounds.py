"""The measure of a sum or a share set after a bound: "Rents in Leeds hit a peak of $1,900"
measures the rents' peak, "home sales reached a record high of 4%" the home sales' record.

Why: the bound words ("peak", "average", "maximum", ``left_measure``: bounds) say which
value of a thing is given but not what the thing is, so :mod:`.counted_left` reads past them
and, finding no noun, drops the figure. The thing is the subject of the sentence's first
verb, which the bound is said of; a pronoun or no subject leaves the figure as it was (a
judge reads "it peak" as nothing measured).
"""

from __future__ import annotations

import re
from functools import cache

from .figure_words import FigureWords
from .measure_phrases import after_saying, before_link
from .opening import fast_pattern

_APOSTROPHE = fast_pattern(r"[’']")


@cache
def _bound_of(words: tuple[str, ...], link: str) -> re.Pattern[str]:
    bound = "|".join(words)  # "a record high of": both words
    return fast_pattern(rf"\b(?P<bound>(?:(?:{bound})\s+)?(?:{bound}))\s+{link}\s+$", re.I)


def bound_measure(window: str, first: re.Pattern[str], skip: frozenset[str],
                  words: FigureWords) -> str | None:
    """"rents peak" for a ``window`` (the sentence up to the value) that ends with a bound
    and "of"; ``first`` finds a clause's subject before its first verb, ``skip`` the small
    words a subject stops at. None when the window ends otherwise or names no subject."""
    table = words.rules["left_measure"]
    if "bounds" not in table:
        return None
    m = _bound_of(tuple(table["bounds"]), table["of_link"]).search(window)
    said = first.search(window[:m.start()]) if m and _plain(window[:m.start()], words) else None
    if m is None or said is None:
        return None
    thing = before_link(after_saying(said.group("noun").split(), words), skip)
    if not thing or any(_APOSTROPHE.split(w)[0].lower() in words.stop_words for w in thing):
        return None  # "it’s": a pronoun
    return f"{' '.join(thing)} {m.group('bound').lower()}"


def _plain(before: str, words: FigureWords) -> bool:
    """The bound's own modifiers (after its determiner) say only when: a name ("the April
    peak"), a span ("the previous 12-month average", "an all-time high") or a period word.
    "The national average" is a measure of its own, read as :mod:`.counted_left` reads it."""
    table = words.rules
    said = before.split()
    cut = max((i for i, w in enumerate(said) if w.lower() in table["determiners"]), default=-1)
    times = frozenset(table["left_measure"]["periods"]) | {"prior", "previous"}
    return cut >= 0 and all(w[:1].isupper() or any(c.isdigit() or c == "-" for c in w)
                            or w.lower() in times for w in said[cut + 1:])
