"""Join the lines of a hard-wrapped capture back into the paragraphs they were cut from.

Why: a text saved from an e-mail, a terminal browser or a PDF is broken into lines of some
70 to 100 characters, and every test the labeller makes reads one line as one paragraph: a
wrapped paragraph's lines are too short and end mid-sentence, so the article was taken for
header lines and its second line for the headline. No library fits: ``textwrap`` only wraps,
and the reflow tools assume every line is prose.

How, for the whole capture first: the width is that of the second-widest line of words (one
long address may stand out), and a capture counts as wrapped when that width is a page
column's (:data:`MIN_WIDTH` to :data:`MAX_WIDTH`) and at least :data:`MIN_BREAKS` lines go
on in the next with a lower-case word, which headlines and menus never do. Then each break
between two lines is judged by the words around it (:func:`_wraps`). Date and byline lines
are never joined, nor is a bullet line to the line above it. A joined line keeps where each
of its pieces lies in the raw capture (``Line.parts``), so offsets still map back.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..offsets import Segment
from .lines import BULLET, Line
from .meta_lines import parse_meta_line

#: Wider than this, a capture's lines are whole paragraphs, not a page column.
MAX_WIDTH = 160
#: Narrower than this, the "lines" are a list or a table, not wrapped prose.
MIN_WIDTH = 40
#: The share of the width from which a line counts as full (proportional fonts in a PDF
#: fill their lines unevenly).
FULL = 0.75
#: Breaks followed by a lower-case word that make a capture count as wrapped.
MIN_BREAKS = 2
#: Marks that may open a line before its first word.
_OPENING = "\"'“‘«„([{-–—"
#: A line that ends a sentence, perhaps inside quotation marks or brackets.
_ENDED = re.compile(r"[.!?…][\"'”’»)\]]*$")


def unwrap_lines(lines: list[Line]) -> list[Line]:
    """The lines of a capture with its wrapped paragraphs joined; ``lines`` when none are."""
    width = _wrap_width(lines)
    if width is None:
        return lines
    out: list[Line] = []
    run = [lines[0]]
    for line, joins in zip(lines[1:], _breaks(lines, width), strict=True):
        if joins:
            run.append(line)
        else:
            out.append(_joined(run) if len(run) > 1 else run[0])
            run = [line]
    out.append(_joined(run) if len(run) > 1 else run[0])
    return out


def _wrap_width(lines: list[Line]) -> int | None:
    wide = 0  # most captures hold whole paragraphs on a line: answer them first
    for line in lines:
        if len(line.text) > MAX_WIDTH and line.text.count(" ") >= 3:
            wide += 1
            if wide == 2:
                return None
    widths = sorted(len(ln.text) for ln in lines if len(ln.text.split()) >= 4)
    if len(widths) < MIN_BREAKS + 1:
        return None
    width = widths[-2]
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return None
    lower = 0
    for a, b in pairwise(lines):
        lower += _goes_on_lower(b.text) and _wraps(a.text, b.text, width, False) \
            and not _is_meta(a) and not _is_meta(b)
        if lower >= MIN_BREAKS:
            return width
    return None


def _breaks(lines: list[Line], width: int) -> list[bool]:
    """For each line but the last, whether it goes on in the next: judged from the end, as
    a break after a sentence's end depends on where the next line's run ends. The last
    line of the capture ends its sentence even when cut off in the middle of one."""
    last = max(i for i, line in enumerate(lines) if line.text)
    ended = [_ENDED.search(line.text) is not None for line in lines]
    joins = [False] * (len(lines) - 1)
    ends = True  # whether the run from line i + 1 ends a sentence
    meta_below = _is_meta(lines[-1])
    for i in range(len(lines) - 2, -1, -1):
        meta_here = _is_meta(lines[i])
        joins[i] = not meta_here and not meta_below \
            and _wraps(lines[i].text, lines[i + 1].text, width, ends)
        meta_below = meta_here
        ends = ends if joins[i] else (ended[i] or i == last)
    _part_lists(lines, joins, ended, last)
    return joins


def _part_lists(lines: list[Line], joins: list[bool], ended: list[bool], last: int) -> None:
    """Undo the breaks before a capital in a run of three lines or more that does not end a
    sentence, once a wrapped sentence has been read: a list of headlines that nearly fill
    the width (one of them perhaps wrapped), not a paragraph. Above the first wrapped
    sentence such a run is the headline, wrapped twice; at the end of the capture, one
    that goes on in lower case somewhere is a paragraph cut off."""
    i, prose_seen = 0, False
    while i < len(joins):
        j = i
        while j < len(joins) and joins[j]:
            j += 1  # the run goes from line i to line j
        run = lines[i + 1:j + 1]
        ends = ended[j] or (j == last and any(_goes_on_lower(ln.text) for ln in run))
        if prose_seen and len(run) >= 2 and not ends:
            for k in range(i, j):
                joins[k] = joins[k] and not lines[k + 1].text[:1].isupper()
        prose_seen = prose_seen or (bool(run) and ends)
        i = j + 1


def _wraps(a: str, b: str, width: int, b_ends: bool) -> bool:
    """Whether line ``a`` was cut short and goes on in ``b``.

    Before a capital the next word must not have fit on the line, since a headline may
    come straight before a paragraph (a date or byline line is the caller's to keep
    apart: that test costs the most). After a sentence's end a lower-case word starts
    nothing, nor does a bracket, and a capital goes on only into lines that end a sentence
    (``b_ends``): a headline or a name line may come straight after a paragraph. A line
    printed twice in a row is a headline or a link printed twice, never a wrapped one."""
    if not a or not b or a == b or BULLET.match(b):
        return False  # a headline printed twice is two lines; a bullet starts an item
    fits = len(a) + 1 + len(b.split(maxsplit=1)[0]) <= width
    ended = _ENDED.search(a) is not None
    if _goes_on_lower(b):
        return not ended and (not fits or len(a) >= FULL * width)
    return not fits and (not ended or (b_ends and b[:1] not in "([{"))


def _is_meta(line: Line) -> bool:
    """A date or byline line: never joined, since the labeller reads the date from it."""
    return bool(line.text) and parse_meta_line(line.text) is not None


def _goes_on_lower(text: str) -> bool:
    """A line that starts in lower case (after any opening quotation mark or bracket), or
    with a letter of a script without case (Korean, Arabic): there no capital marks a new
    line, so it reads as going on."""
    first = text.lstrip(_OPENING)[:1]
    return first.isalpha() and not first.isupper()


def _joined(run: list[Line]) -> Line:
    """One line of the run's texts, a space between them (none after a hyphen), each piece
    still mapped to its place in the raw capture."""
    pieces: list[str] = []
    parts: list[Segment] = []
    length = 0
    for line in run:
        if pieces and not (pieces[-1].endswith("-") and pieces[-1][-2:-1].isalpha()):
            pieces.append(" ")
            length += 1
        parts.extend(Segment(length + p.clean_start, p.raw_start, p.length)
                     for p in line.raw_parts())
        pieces.append(line.text)
        length += len(line.text)
    origin = tuple(raw for line in run for raw in line.raw_lines())
    return Line(run[0].no, run[0].start, "".join(pieces), parts=tuple(parts), origin=origin)
