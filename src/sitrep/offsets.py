"""Map offsets in a clean text back to the raw capture it came from.

The clean text is assembled from pieces of the raw capture (kept lines, stripped of furniture
and glued prefixes). Each piece is a segment ``(clean_start, raw_start, length)``; anything
derived later is a span into the clean text, and this map takes it back to the original.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Segment:
    clean_start: int
    raw_start: int
    length: int


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Sorted, non-overlapping segments. ``exact`` is False when alignment was approximate."""

    segments: tuple[Segment, ...]
    exact: bool = True

    def to_raw(self, clean_offset: int) -> int | None:
        """The raw offset of a clean offset, or None when it falls in inserted text (separators)."""
        starts = [s.clean_start for s in self.segments]
        i = bisect.bisect_right(starts, clean_offset) - 1
        if i < 0:
            return None
        seg = self.segments[i]
        if clean_offset < seg.clean_start + seg.length:
            return seg.raw_start + (clean_offset - seg.clean_start)
        if clean_offset == seg.clean_start + seg.length:  # span ends are exclusive
            return seg.raw_start + seg.length
        return None

    def span_to_raw(self, start: int, end: int) -> tuple[int, int] | None:
        """Map a clean span to a raw span; None if either end cannot be placed."""
        raw_start = self.to_raw(start)
        raw_end = self.to_raw(end) if end > start else raw_start
        if raw_start is None or raw_end is None:
            return None
        return raw_start, raw_end

    def to_json(self) -> str:
        return json.dumps({"exact": self.exact,
                           "segments": [[s.clean_start, s.raw_start, s.length]
                                        for s in self.segments]})

    @classmethod
    def from_json(cls, text: str) -> OffsetMap:
        data = json.loads(text)
        return cls(tuple(Segment(*row) for row in data["segments"]), data["exact"])


class TextBuilder:
    """Assemble a clean text from raw pieces while recording where each piece came from."""

    def __init__(self, separator: str = "\n\n") -> None:
        self._parts: list[str] = []
        self._segments: list[Segment] = []
        self._length = 0
        self._separator = separator

    def add(self, text: str, raw_start: int | None) -> None:
        """Append a paragraph; ``raw_start`` None means it has no exact place in the raw text."""
        if self._parts:
            self._parts.append(self._separator)
            self._length += len(self._separator)
        if raw_start is not None and text:
            self._segments.append(Segment(self._length, raw_start, len(text)))
        self._parts.append(text)
        self._length += len(text)

    def add_pieces(self, text: str, pieces: list[Segment]) -> None:
        """Append a paragraph whose pieces lie apart in the raw text (a wrapped paragraph
        joined again): each piece's ``clean_start`` is counted within ``text``."""
        base = self._length + (len(self._separator) if self._parts else 0)
        self.add(text, None)
        self._segments.extend(Segment(base + p.clean_start, p.raw_start, p.length)
                              for p in pieces)

    def __bool__(self) -> bool:
        return bool(self._parts)

    def build(self, exact: bool = True) -> tuple[str, OffsetMap]:
        return "".join(self._parts), OffsetMap(tuple(self._segments), exact)
