"""The literal text a case-insensitive cue cannot match without: a cheap test before it.

Why: a line is searched for sixteen promotion cues (:mod:`.lexicon`), each a case-insensitive
pattern such as ``\\bdownload\\w*\\b``. Python's ``re`` scans such a pattern position by
position (it only skips ahead to a literal when case does not matter), so those searches
were the largest single cost of cleaning a capture. Most lines cannot match most cues: a
line without "download" in it cannot match the first. So each cue gets the strings, in
lower case, one of which every match of it contains, and a line that holds none of them is
not searched for it. The answer is the cue's own, never a guess: the strings are read off
the pattern's parse tree, and a pattern this module cannot read gets no gate (it is always
searched).

Why the gate holds: a case-insensitive ASCII literal matches the same letter in either
case and, of all the other characters, only the four of :data:`MATCH_ASCII` (which
``tests/test_cue_gates.py`` checks against ``re`` over all of Unicode). So in a line
without those four, the characters a literal run matched are ASCII, and lowering the line
leaves that run, lower-cased, in one piece. A line holding one of them (the dotted and
dotless i, the long s, the Kelvin sign: rare outside Turkish) is searched for every cue.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parser re compiles with; a Python without it leaves every cue ungated
    from re import _constants as sre_c  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - every supported Python has them
    sre_c = sre_parse = None

#: The non-ASCII characters that ``re`` matches to an ASCII letter when case is ignored.
MATCH_ASCII = "\u0130\u0131\u017f\u212a"
#: A set of strings one of which every match contains; None: nothing known.
Needs = frozenset[str] | None


def _strongest(candidates: list[frozenset[str]]) -> Needs:
    """Of several sets that each hold, the one whose shortest string is longest (the most
    telling test); None when there are none."""
    if not candidates:
        return None
    return max(candidates, key=lambda s: (min(map(len, s)), -len(s)))


def _plain(code: int) -> bool:
    """A literal that only itself or its ASCII case partner matches, and that lowering a
    line leaves as its own lower case: an ASCII character, or one without case ("©", "–").
    (A character that ``str`` calls caseless is caseless to ``re`` too: the two differ only
    where ``str`` maps one character to several.)"""
    char = chr(code)
    return code < 128 or char.lower() == char.upper() == char


def _needs(items: Any) -> Needs:
    """What a sequence of parsed items needs: a run of plain literals in it, or what one
    of its groups, alternations or repeats of at least one needs."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is sre_c.LITERAL and _plain(av):
            run.append(chr(av).lower())
            continue
        if run:
            candidates.append(frozenset(("".join(run),)))
            run = []
        inner: Needs = None
        if op is sre_c.SUBPATTERN:
            inner = _needs(av[-1])
        elif op is sre_c.ATOMIC_GROUP:
            inner = _needs(av)
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT) and av[0] >= 1:
            inner = _needs(av[2])
        elif op is sre_c.BRANCH:
            branches = [_needs(b) for b in av[1]]
            inner = (None if any(b is None for b in branches)
                     else frozenset().union(*branches))  # type: ignore[arg-type]
        if inner:
            candidates.append(inner)
    return _strongest(candidates)


def needs(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings (lower case, sorted) one of which the lower-cased form of any text that
    ``pattern`` matches contains, when the text holds none of :data:`MATCH_ASCII`; None
    when the pattern gives no such strings."""
    if sre_parse is None:
        return None
    try:
        found = _needs(sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # an unfamiliar tree: no gate, the cue is always searched
        return None
    if not found:
        return None
    # a string that holds another of the set adds nothing ("monthly" holds "month")
    return tuple(sorted(s for s in found if not any(o != s and o in s for o in found)))


def gates_hold(text: str) -> bool:
    """Whether the gates may be trusted on ``text``: it holds none of :data:`MATCH_ASCII`."""
    return text.isascii() or not any(c in text for c in MATCH_ASCII)


def may_match(gate: tuple[str, ...] | None, low: str) -> bool:
    """Whether a pattern with this gate may match a line lowered to ``low`` (on a line
    :func:`gates_hold` trusts; no gate: always). A plain loop: it runs for every cue of
    every line, where a generator costs more than the tests."""
    if gate is None:
        return True
    for s in gate:  # noqa: SIM110 - a generator costs more than these few tests
        if s in low:
            return True
    return False


def gated_count(text: str, low: str, cues: tuple[re.Pattern[str], ...],
                gates: tuple[tuple[str, ...] | None, ...]) -> int:
    """How many of ``cues`` ``text`` matches; ``low`` is ``text.lower()``. A cue whose
    gate strings are all missing from ``low`` is not searched (it cannot match)."""
    if not gates_hold(text):
        return sum(1 for cue in cues if cue.search(text))
    count = 0
    for cue, gate in zip(cues, gates, strict=True):
        if may_match(gate, low) and cue.search(text):
            count += 1
    return count
