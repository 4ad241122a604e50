"""A pattern that opens with a look-around, given a character class to open with.

Why: Python's matcher skips ahead to the places where a match may start only when a
pattern opens with a literal or a character class; a rule's pattern that opens with a word
boundary or a look-behind (``\\b(?:coupons?|vouchers?)``, ``(?<![\\w-])(?:half|a third)``)
is tried at every position of the text it searches, most of them letters that can open no
match. :func:`with_opening_class` reads the pattern's first consuming item (past the
zero-width ones: boundaries, anchors, look-arounds), collects the characters any match can
start with into one class, and puts a look-ahead of that class first: a test every match
passes, so the matches are the same, found by the matcher's fast skip.
"""

from __future__ import annotations

import re
from _sre import unicode_iscased  # type: ignore[import-not-found]
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

#: The categories a class may hold, as written in a pattern.
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D",
               sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
               sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_NOT_SPACE: r"\S"}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
#: A pattern whose text these flags would make this one's reading of it wrong: a verbose
#: pattern's comment could swallow the bracket put around it.
_UNREAD_FLAGS = re.VERBOSE
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def with_opening_class(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern``, opening with a look-ahead of the class of characters its matches can
    start with, when every match's first character is read off one item; else ``pattern``
    as it is (an empty match possible, any character, a back-reference, inline flags)."""
    if pattern.flags & _UNREAD_FLAGS or not isinstance(pattern.pattern, str):
        return pattern
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:  # pragma: no cover - it compiled once
        return pattern
    items = list(parsed)
    if not items or not _hides_opening(*items[0]):
        return pattern  # it opens with what it consumes: the matcher skips ahead already
    opening = _first(items)
    if not opening or _GLOBAL_FLAGS.match(pattern.pattern):
        return pattern  # global inline flags ("(?i)...") must stay first: left as it is
    return re.compile(f"(?=[{opening}])(?:{pattern.pattern})", pattern.flags)


def _hides_opening(op: Any, av: Any) -> bool:
    """Whether the item a pattern opens with hides its first characters from the matcher:
    a zero-width item, or alternatives or a group one of which opens with one
    (``\\bseems?\\s+like|\\bas\\s+if``: each alternative is tried at every position)."""
    if op in _ZERO_WIDTH:
        return True
    if op is sre.BRANCH:
        return any(len(branch) and _hides_opening(*branch[0]) for branch in av[1])
    if op is sre.SUBPATTERN:
        body = list(av[3])
        return bool(body) and _hides_opening(*body[0])
    return False


def _first(items: list[tuple[Any, Any]], folded: bool = False) -> str | None:
    """The class text of the characters a match of ``items`` can start with, or None
    (``folded``: the items are read case-insensitively, inside ``(?i:...)``)."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        return _item(op, av, folded)
    return None


def _item(op: Any, av: Any, folded: bool) -> str | None:
    if op is sre.LITERAL:
        return char_class(av, folded)
    if op is sre.IN:
        return _members(av, folded)
    if op is sre.BRANCH:
        parts = [_first(list(branch), folded) for branch in av[1]]
        return None if any(p is None for p in parts) else "".join(parts)  # type: ignore[misc]
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, body = av
        if del_flags or add_flags & ~re.IGNORECASE:
            return None
        return _first(list(body), folded or bool(add_flags))
    if op in _REPEATS:
        low, _, body = av
        return _first(list(body), folded) if low >= 1 else None
    return None  # any character, a negated literal, a back-reference, a condition


#: The characters other than its two cases that an ASCII letter matches case-insensitively
#: (tests/test_opening_class.py reads them off the matcher).
_OTHER_CASES = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def char_class(code: int, folded: bool) -> str | None:
    """The class text of one character, with every character it matches in ``(?i:...)``
    when ``folded``: an ASCII letter's cases, else a character without cases; None for
    another (its cases are not listed here)."""
    char = chr(code)
    if not folded or not unicode_iscased(code):
        return re.escape(char)
    if not (char.isascii() and char.isalpha()):
        return None
    low = char.lower()
    return low + low.upper() + _OTHER_CASES.get(low, "")


def _members(items: list[tuple[Any, Any]], folded: bool = False) -> str | None:
    parts = []
    for op, av in items:
        if op is sre.LITERAL:
            written = char_class(av, folded)
            if written is None:
                return None
            parts.append(written)
        elif op is sre.RANGE:
            if folded and av[1] < 0x80:  # an ASCII range in (?i:...): every case listed
                parts.append("".join(char_class(c, folded) or "" for c in range(av[0], av[1] + 1)))
                continue
            if folded and (av[1] - av[0] > 0x2000 or any(
                    unicode_iscased(c) for c in range(av[0], av[1] + 1))):
                return None  # a range of other letters in (?i:...): not listed
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            return None  # a negated class
    return "".join(parts)


@cache
def fast_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` through :func:`with_opening_class`, once per pattern.

    Why every rule module compiles through it: most rule patterns open with a boundary or a
    look-behind, and each one the matcher cannot skip through is tried at every character of
    the text it scans; the answer is kept, as the rules compile the same patterns from
    loaders and functions more than once (re's own cache would give back the pattern, but
    the reading of it would be done again each time)."""
    return with_opening_class(re.compile(pattern, flags))
