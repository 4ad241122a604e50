"""Take the markup out of a Markdown capture's lines, keeping where each word came from.

Why: reader tools and web clippers save a page as Markdown, and an analyst may feed those
files as they are. The labeller reads words: a headline behind ``#`` and a date line behind
a linked byline were not recognised, an image line was taken for a paragraph, and the
numbers in a link's address (``.../2026/09/range-4000.jpg``) were read as figures. No library
fits: markdown-it-py and mistune map a block to its lines, not an inline word to its
character, and a clean text must map back to the raw capture character by character.

How: a capture counts as Markdown when it holds two links or images, or a heading and one
other mark (:func:`is_markdown`). Each line then loses its block marks (quote ``>``, heading
``#``, list marker, a rule) and its inline markup: an image or a bare address goes whole, a
link keeps its text, emphasis and code keep what is inside. A line left empty (an image
alone, a link's definition) is blank. The words kept keep their raw offsets (``Line.parts``).
"""

from __future__ import annotations

import re

from .lines import Line, rebuilt

_IMAGE = r"!\[[^\[\]\n]*\]\([^()\n]*\)"
_LINK = r"\[(?P<link>[^\[\]\n]*)\]\([^()\s]*(?:\s+\"[^\"\n]*\")?\)"
_REFERENCE = r"\[(?P<ref>[^\[\]\n]+)\]\[[^\[\]\n]*\]"
_AUTOLINK = r"<(?:https?|mailto):[^<>\s]+>"
_STRONG = r"(?P<mark>\*\*|__)(?P<strong>\S(?:.{0,400}?\S)?)(?P=mark)"  # bounded: never quadratic
_EMPHASIS = r"(?<![\w*])\*(?P<em>[^\s*](?:[^*]{0,400}?[^\s*])?)\*(?![\w*])" \
    r"|(?<![\w_])_(?P<em_>[^\s_](?:[^_]{0,400}?[^\s_])?)_(?![\w_])"
_CODE = r"`(?P<code>[^`\n]+)`"
#: Inline markup, tried in this order at each place.
INLINE = re.compile("|".join([_IMAGE, _LINK, _REFERENCE, _AUTOLINK, _STRONG, _EMPHASIS,
                              _CODE]))
#: The groups whose text is kept, and whether markup inside them is taken out as well.
_KEPT = {"link": True, "ref": True, "strong": True, "em": True, "em_": True, "code": False}
#: Marks that open a line: quotes, then a heading's hashes or a list's marker.
BLOCK = re.compile(r"^(?:>\s?)*(?:#{1,6}\s+|[*+-]\s+)?")
HEADING = re.compile(r"^(?:>\s?)*#{1,6}\s+\S")
#: A heading's closing hashes.
CLOSING = re.compile(r"\s+#+$")
#: Lines with nothing to read: a rule, a link's definition.
EMPTY = re.compile(r"^(?:(?:[-*_]\s*){3,}|\[[^\]\n]+\]:\s*\S+.*)$")
#: How deep markup inside markup is followed (a link inside emphasis inside a link).
DEPTH = 3


def is_markdown(lines: list[Line]) -> bool:
    """Two links or images, or a heading and one other mark: a copied page never holds
    ``](http``, and a hash or an asterisk alone is no sign."""
    links = marks = headings = 0
    for line in lines:
        if "](" in line.text or "][" in line.text or "<http" in line.text:
            links += sum(1 for m in INLINE.finditer(line.text)
                         if m.lastgroup in (None, "link", "ref"))
        elif "*" in line.text or "_" in line.text or "`" in line.text:
            marks += INLINE.search(line.text) is not None
        headings += HEADING.match(line.text) is not None
        if links >= 2 or (headings and links + marks + headings >= 2):
            return True
    return False


def unmark_lines(lines: list[Line]) -> list[Line]:
    """The lines of a Markdown capture without their markup; ``lines`` when it is not one."""
    if not is_markdown(lines):
        return lines
    return [_unmarked(line) for line in lines]


def _unmarked(line: Line) -> Line:
    text = line.text
    if not text:
        return line
    if EMPTY.match(text):
        return Line(line.no, line.start, "", origin=line.raw_lines())
    lo = BLOCK.match(text).end()  # type: ignore[union-attr]
    closing = CLOSING.search(text, lo) if HEADING.match(text) else None
    ranges = _kept(text, lo, closing.start() if closing else len(text), DEPTH)
    if ranges == [(0, len(text))]:
        return line
    return rebuilt(line, ranges)


def _kept(text: str, lo: int, hi: int, depth: int) -> list[tuple[int, int]]:
    """The ranges of ``text[lo:hi]`` kept once its inline markup is taken out."""
    out: list[tuple[int, int]] = []
    at = lo
    for m in INLINE.finditer(text, lo, hi):
        if m.start() > at:
            out.append((at, m.start()))
        at = m.end()
        group = m.lastgroup
        if group == "mark":  # the strong text's group comes after its marks' one
            group = "strong"
        if group in _KEPT:
            start, end = m.span(group)
            if _KEPT[group] and depth > 1:
                out.extend(_kept(text, start, end, depth - 1))
            elif end > start:
                out.append((start, end))
    if hi > at:
        out.append((at, hi))
    return _merged(out)


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in ranges:
        if out and out[-1][1] == start:
            out[-1] = (out[-1][0], end)
        elif end > start:
            out.append((start, end))
    return out
