"""Where sentences and paragraphs start and where "the number of X" phrases are, indexed
once per text for the figure rules.

Why: the rules ask, for every value, where its sentence or paragraph starts and which
"number of" phrase is near it; scanning for each value was quadratic on a text with many
values and no sentence end.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from .literals import holds_pieces
from .words import same_length_lower

if TYPE_CHECKING:
    from .records import Figure


class TextIndex:
    """Sentence and paragraph starts and "the number of X" phrases, indexed once per text.

    The rules asked, for every value, where its sentence or paragraph starts (a scan back)
    and which "number of" phrases it holds (a scan of the sentence): quadratic on a text
    with many values and no sentence end. The answers here are the same, each found by a
    bisection, and each stretch of text is scanned once."""

    def __init__(self, text: str, number_of: re.Pattern[str], folded: str | None = None
                 ) -> None:
        self.text = text
        #: ``text`` in lower case, offsets kept (:func:`.words.same_length_lower`), when the
        #: caller has it: the rules that test a text for a pattern's pieces read it
        self.folded = folded if folded is not None else same_length_lower(text)
        self.number_of = number_of  # "the number of X" (see figure_words)
        self._index: dict[str, list[int]] = {}
        self._holds: dict[tuple[tuple[str, ...] | None, int], bool] = {}
        self._scans: dict[tuple[int, int | None], tuple[list[re.Match[str]], list[int]]] = {}
        # the bounds of the sentence at a position, kept: the context rules of one value
        # ask them several times each (see sentence_start)
        self._bounds: dict[tuple[int, int], int] = {}

    def may_match(self, pieces: tuple[str, ...] | None, times: int = 1) -> bool:
        """Whether the text may hold ``times`` matches of a case-blind pattern whose
        :func:`.literals.caseless_pieces` are ``pieces`` (asked once per text: a rule
        searched near every value is skipped on a text that cannot match it)."""
        key = (pieces, times)
        if key not in self._holds:
            self._holds[key] = holds_pieces(self.text, self.folded, pieces, times)
        return self._holds[key]

    def _positions(self, needle: str) -> list[int]:
        if needle not in self._index:
            self._index[needle] = [m.start() for m in re.finditer(re.escape(needle), self.text)]
        return self._index[needle]

    def _last(self, needle: str, end: int) -> int:
        """``text.rfind(needle, 0, end)``."""
        found = self._positions(needle)
        k = bisect_right(found, end - len(needle)) - 1
        return found[k] if k >= 0 else -1

    def _next(self, needle: str, start: int) -> int:
        """``text.find(needle, start)``."""
        found = self._positions(needle)
        k = bisect_left(found, start)
        return found[k] if k < len(found) else -1

    def last_at(self, needle: str, end: int) -> int:
        """Where ``needle`` last starts and ends by ``end`` (-1: nowhere)."""
        return self._last(needle, end)

    def next_at(self, needle: str, start: int) -> int:
        """Where ``needle`` next starts from ``start`` (-1: nowhere)."""
        return self._next(needle, start)

    def paragraph_start(self, pos: int) -> int:
        return self._last("\n", pos) + 1

    def period_start(self, pos: int) -> int:
        """Where the sentence holding ``pos`` opens, read from periods only: after the
        last ". " before it, not before its paragraph."""
        key = (0, pos)
        if (found := self._bounds.get(key)) is None:
            stop = self._last(". ", pos)
            found = self._bounds[key] = max(stop + 2 if stop >= 0 else 0,
                                            self.paragraph_start(pos))
        return found

    def sentence_start(self, pos: int) -> int:
        """Where the sentence holding ``pos`` opens: after the last ". ", "? " or "! "
        before it, not before its paragraph."""
        key = (1, pos)
        if (found := self._bounds.get(key)) is None:
            stop = max(self._last(". ", pos), self._last("? ", pos), self._last("! ", pos))
            found = self._bounds[key] = max(stop + 2 if stop >= 0 else 0,
                                            self.paragraph_start(pos))
        return found

    def sentence_end(self, pos: int) -> int:
        """Where the sentence holding ``pos`` ends: the next ". " or line break (the text's
        end when there is neither)."""
        key = (2, pos)
        if (found := self._bounds.get(key)) is None:
            found = self._bounds[key] = min(
                (e for e in (self._next(". ", pos), self._next("\n", pos)) if e >= 0),
                default=len(self.text))
        return found

    def _scan(self, start: int, end: int | None) -> tuple[list[re.Match[str]], list[int]]:
        """``number_of.finditer(text, start, end)`` (end None: to the end), and the ends."""
        if (start, end) not in self._scans:
            found = list(self.number_of.finditer(self.text, start, len(self.text)
                                             if end is None else end))
            self._scans[(start, end)] = found, [n.end() for n in found]
        return self._scans[(start, end)]

    def last_number_of(self, pos: int) -> re.Match[str] | None:
        """The last match of ``number_of.finditer(text, start, pos)``, where ``start`` is
        where the sentence before ``pos`` starts (". " or a line break)."""
        start = max(self._last(". ", pos), self._last("\n", pos), 0)
        # every value with this sentence start lies before the next sentence end: scanning
        # that far finds the same matches before the value as scanning to the text's end
        stops = [at + len(needle) for needle in (". ", "\n")
                 if (at := self._next(needle, start + 1)) >= 0]
        found, ends = self._scan(start, min(stops, default=None))
        k = bisect_right(ends, pos)  # found[:k] end by pos: the same when the scan stops there
        if k < len(found) and found[k].start() < pos:
            # a match running past pos may match shorter, or not at all, when cut at pos
            tail = list(self.number_of.finditer(self.text, found[k].start(), pos))
            if tail:
                return tail[-1]
        return found[k - 1] if k else None

    def nearest_number_of(self, start: int, end: int) -> re.Match[str] | None:
        """Of the "number of" phrases between the periods around ``start:end``, the one
        starting nearest ``start`` (the first of two as near)."""
        sent_start = self._last(".", start) + 1
        sent_end = self._next(".", end)
        found, _ = self._scan(sent_start, len(self.text) if sent_end < 0 else sent_end)
        k = bisect_left(found, start, key=lambda n: n.start())
        near = [n for n in found[max(0, k - 1):k + 1]]
        return min(near, key=lambda n: abs(n.start() - start), default=None)


def last_before(figures: list[Figure], pos: int) -> Figure | None:
    """Of ``figures`` (in text order, by their evidence), the first of those with the
    greatest start before ``pos``, as ``max`` by start would pick it."""
    k = bisect_left(figures, pos, key=lambda f: f.evidence.start)
    if k == 0:
        return None
    return figures[bisect_left(figures, figures[k - 1].evidence.start,
                               key=lambda f: f.evidence.start)]
