"""The plain strings one of which every match of a pattern holds: a test to skip a scan.

Why: some rule patterns are searched through a whole text ("is this a deals post?": seven
marker patterns; "does a sentence open with 'Buy'?"), and most texts hold no match. The
matcher still steps through every character the pattern's opening allows. A pattern such
as ``\\bcoupons?\\b|\\bvouchers?\\b`` cannot match a text that holds neither "coupon" nor
"voucher", and a substring test (``str.__contains__``) says so many times faster than the
scan. :func:`required_pieces` reads those strings off the pattern itself, so a test built
on them holds whatever words the language's table puts in the pattern: skipping the search
when none is present gives the same answer as the search.
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def required_pieces(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains, as written (case and
    all), or None when none can be read off (case-insensitive or verbose patterns, inline
    flags, an alternative with no literal text)."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:  # pragma: no cover - it compiled once
        return None
    return _sequence(list(parsed))


def _sequence(items: list[tuple[Any, Any]]) -> tuple[str, ...] | None:
    """The best requirement of a sequence of items: each run of literals is one (a single
    string), and so is any item that must match once and has one of its own; the best is
    the one whose shortest string is longest (the rarer in text), then the one with fewer."""
    found: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            found.append(("".join(run),))
            run = []
        if (inner := _item(op, av)) is not None:
            found.append(inner)
    if run:
        found.append(("".join(run),))
    return max(found, key=lambda pieces: (min(map(len, pieces)), -len(pieces)), default=None)


def _item(op: Any, av: Any) -> tuple[str, ...] | None:
    """The requirement of one item that consumes text, or None."""
    if op is sre.BRANCH:
        branches = [_sequence(list(branch)) for branch in av[1]]
        if any(b is None for b in branches):
            return None
        return tuple(dict.fromkeys(p for b in branches for p in b))  # type: ignore[union-attr]
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, body = av
        return None if add_flags or del_flags else _sequence(list(body))
    if op in _REPEATS:
        low, _, body = av
        return _sequence(list(body)) if low >= 1 else None
    return None  # a class, a category, a look-around, any character: no literal text


#: Characters a case-blind pattern matches to an ASCII letter that ``str.lower`` does not
#: turn into that letter ("ſ" matches "s", "ı" and "İ" match "i"): a text holding one may
#: match a piece its lower-cased form does not show.
_CASELESS_ODD = ("İ", "ı", "ſ")


def caseless_pieces(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings, in lower case, one of which every match of the case-blind ``pattern``
    holds, written in any case; None when none can be read off or one is not ASCII (whose
    case-blind matches ``str.lower`` may not show). Read off the same pattern matched
    case by case: a case-blind match holds, in some case, what a case-bound one holds."""
    if pattern.flags & re.VERBOSE or not isinstance(pattern.pattern, str):
        return None
    pieces = required_pieces(re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE))
    if pieces is None or not all(p.isascii() for p in pieces):
        return None
    return tuple(dict.fromkeys(p.lower() for p in pieces))


def pattern_pieces(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """:func:`caseless_pieces` of a pattern the rules build once per language, read once
    (the rules ask it near every figure; the patterns are few, so the memo stays small).
    Kept by the pattern's text and flags: a compiled pattern's own hash reads all of its
    compiled code each time, a string's hash is kept."""
    return _pieces_of(pattern.pattern, pattern.flags)


@cache
def _pieces_of(source: str, flags: int) -> tuple[str, ...] | None:
    return caseless_pieces(re.compile(source, flags))


def caseless_places(text: str, folded: str) -> bool:
    """Whether the places a case-blind pattern of ASCII words matches in ``text`` are all
    places where ``folded`` (its lower case) writes those words: no character lower-cases
    to several (offsets kept) and none of the odd ones of :data:`_CASELESS_ODD`."""
    return len(folded) == len(text) and not any(c in text for c in _CASELESS_ODD)


def holds_pieces(text: str, folded: str, pieces: tuple[str, ...] | None, times: int = 1
                 ) -> bool:
    """Whether ``text`` (``folded``: its lower case) may hold ``times`` matches of a
    case-blind pattern whose :func:`caseless_pieces` are ``pieces``: matches do not
    overlap, and each holds a place where a piece is written, so fewer places than
    ``times`` means fewer matches (every place counted, overlapping ones too)."""
    if pieces is None or not caseless_places(text, folded):
        return True
    found = 0
    for piece in pieces:
        at = folded.find(piece)
        while at >= 0:
            found += 1
            if found >= times:
                return True
            at = folded.find(piece, at + 1)
    return False


def may_hold(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` (case-blind or not) may match somewhere in ``text`` (or in a
    stretch of it): False only when ``text`` writes none of the pattern's pieces in any
    case. For a short string read once (a window, a lead): testing a whole text costs
    a lower-casing and a scan per piece, more than the few window searches it spares."""
    pieces = pattern_pieces(pattern)
    return pieces is None or holds_pieces(text, text.lower(), pieces)
