"""Numbers of a page that lists links: "Drum kit with 7 pads" over its shop link, a
round-up's "21) Fishing game with 45 fish" in any language.

Why apart and with no word table: shopping round-ups and link lists carry product names
full of numbers, none a figure of the news, in English and in every other language the
extraction reads; a web address is written the same way in all of them. A page with at
least :data:`MINIMUM` lines that end in a web address lists links, and a number on such a
line, or on the line right before one, belongs to the item listed.
"""

from __future__ import annotations

import re

#: a line that is, or ends in, a web address
_LINK_LINE = re.compile(r"https?://\S+[ \t]*$", re.M)
#: a page with at least this many such lines lists links
MINIMUM = 3


class LinkList:
    """Whether numbers of one text are items of its list of links (read on the first
    question and kept)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._ends: frozenset[int] | None = None  # where the lines ending in links end

    def holds(self, pos: int) -> bool:
        """The line of offset ``pos`` ends in a web address, or the next line does, on a
        page of several such lines."""
        if self._ends is None:
            ends = [m.end() for m in _LINK_LINE.finditer(self.text)]
            self._ends = frozenset(ends) if len(ends) >= MINIMUM else frozenset()
        if not self._ends:
            return False
        text = self.text
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        if self._line_end(line_end) in self._ends:
            return True
        following = text.find("\n", line_end + 1)
        following = len(text) if following < 0 else following
        return line_end < len(text) and self._line_end(following) in self._ends

    def _line_end(self, newline: int) -> int:
        """Where the line closed at ``newline`` ends, trailing blanks left out (a link
        line's match ends before them)."""
        end = newline
        while end > 0 and self.text[end - 1] in " \t":
            end -= 1
        return end if end < newline else newline
