"""Decode the HTML character references left in a text capture (``&nbsp;``, ``&#8201;``).

Why: a feed's or a scraper's text field often keeps them, and the extractor reads the
characters: "4,000&nbsp;troops" gave no figure, "1&#8201;200 soldiers" gave 200, and a
quotation opened by ``&ldquo;`` had no quotation mark. ``html.unescape`` knows every
reference HTML5 names; this only finds each one, so that the characters around it keep
their places in the raw capture (a decoded character has none: it stands for several).
"""

from __future__ import annotations

import html
import re

from .lines import Line, rebuilt

#: A named or numbered character reference, with its closing semicolon.
REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_lines(lines: list[Line]) -> list[Line]:
    """The lines with their character references decoded; ``lines`` when none holds one."""
    out: list[Line] | None = None
    for i, line in enumerate(lines):
        if "&" not in line.text:
            continue
        decoded = _decoded(line)
        if decoded is not line:
            out = out if out is not None else list(lines)
            out[i] = decoded
    return out if out is not None else lines


def _decoded(line: Line) -> Line:
    pieces: list[tuple[int, int] | str] = []
    at = 0
    for m in REFERENCE.finditer(line.text):
        char = html.unescape(m.group())
        if char == m.group() or len(char) > 2:
            continue  # not a reference HTML knows ("&notareference;" is "&not" and words)
        if m.start() > at:
            pieces.append((at, m.start()))
        pieces.append(char)
        at = m.end()
    if not pieces:
        return line
    if at < len(line.text):
        pieces.append((at, len(line.text)))
    return rebuilt(line, pieces)
