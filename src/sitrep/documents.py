"""The records passed between stages.

Stages hand each other these frozen dataclasses, never bare tuples, so that a runner (a loop,
a process pool, a Dask cluster) can ship them between processes and a reader of the code can
see what each field means.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from .errors import Reason
from .offsets import OffsetMap

CaptureKind = Literal["text", "html"]
#: Where a capture time came from, most trusted first.
CapturedAtSource = Literal["explicit", "manifest", "warc", "feed", "mtime", "now"]
#: The outlet source of an outlet that is only the host of the page's URL: no name of a body,
#: so never taken for the publisher who speaks as "we" (extract/publisher_voice.py).
HOST_SOURCE = "host of the page URL"


def content_id(*parts: object, prefix: str = "") -> str:
    """A stable id from content: the first 16 hex digits of a SHA-256 over ``parts``.

    Ids derive from content so that re-running anything produces the same rows.
    """
    h = hashlib.sha256()
    for part in parts:
        if isinstance(part, str):  # the common case, and raw pages are large: no JSON pass
            h.update(b"s" + part.encode("utf-8", "surrogatepass"))
        else:
            h.update(b"j" + _json(part).encode())
        h.update(b"\x1f")
    return prefix + h.hexdigest()[:16]


def _json(part: object) -> str:
    """``json.dumps(part, sort_keys=True, default=str)``, without building an encoder for
    the scalars an id is mostly made of (the ledger hashes a few per figure): JSON writes
    None as null and a finite number as its ``repr``."""
    if part is None:
        return "null"
    if type(part) is int or (type(part) is float and math.isfinite(part)):
        return repr(part)
    return json.dumps(part, sort_keys=True, default=str)


# Characters that can forge or reorder what a terminal shows: C0 and C1 controls (newline, CR,
# ESC, ...), DEL, line and paragraph separators, lone surrogates and the bidirectional
# overrides and isolates. A file name, record id or detail holding one is shown escaped.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069"
                          r"\ud800-\udfff]")


def _escape_char(m: re.Match[str]) -> str:
    ch = m.group()
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch) or (
        f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")


def printable(text: str) -> str:
    """``text`` safe to print on one line: control and bidi characters escaped as ``\\n``,
    ``\\x1b``, ``\\u202e``, so a file named ``"a\\nrefused: E001"`` cannot forge a line."""
    return _UNPRINTABLE.sub(_escape_char, text) if _UNPRINTABLE.search(text) else text


@dataclass(frozen=True, slots=True)
class Locator:
    """Where a capture sits inside its source: a whole file, a JSONL line or a WARC record."""

    source: str
    line: int | None = None
    record_id: str | None = None
    byte_offset: int | None = None

    def describe(self) -> str:
        """The place as one printable line (control characters in names escaped)."""
        where = printable(self.source)
        if self.line is not None:
            where += f":{self.line}"
        if self.record_id is not None:
            where += f" record {printable(self.record_id)}"
        elif self.byte_offset is not None:
            where += f" @byte {self.byte_offset}"
        return where

    def as_dict(self) -> dict[str, object]:
        return {
            "source": self.source,
            "line": self.line,
            "record_id": self.record_id,
            "byte_offset": self.byte_offset,
        }


@dataclass(frozen=True, slots=True)
class Hints:
    """Metadata a source states about a capture (a JSONL object, a WARC header, the CLI)."""

    url: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Capture:
    """One raw page as it arrived, decoded to text but otherwise untouched."""

    kind: CaptureKind
    raw: str
    encoding: str
    locator: Locator
    captured_at: datetime
    captured_at_source: CapturedAtSource
    hints: Hints = field(default_factory=Hints)
    #: False when only a day was given ("--captured-at 2025-08-18"): "13 minutes ago" then
    #: resolves to that day, not to the evening before.
    captured_at_has_time: bool = True
    #: Hash of what was captured: the same page found at another path is the same capture.
    id: str = field(init=False, default="")

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", content_id(self.kind, self.raw, self.hints.url,
                                                  self.hints.title, self.hints.published,
                                                  prefix="c"))


@dataclass(frozen=True, slots=True)
class Refusal:
    """An input that was not ingested, with the place and the reason in plain words."""

    reason: Reason
    locator: Locator
    detail: str = ""

    @property
    def message(self) -> str:
        """One printable line: a name or detail cannot break it into two."""
        detail = printable(self.reason.format(self.detail))
        return f"{self.locator.describe()}: {self.reason.code} {detail}"


LineLabelName = Literal["title", "meta", "body", "related", "boilerplate"]


@dataclass(frozen=True, slots=True)
class LineLabel:
    """The cleaner's verdict on one line of a text capture, and why."""

    line: int  # 1-based
    label: LineLabelName
    reason: str
    start: int  # raw offsets of the line
    end: int


@dataclass(frozen=True, slots=True)
class Draft:
    """An article as a cleaner sees it, before language detection and storage."""

    part: str  # "main" or "related-N"
    text: str
    offsets: OffsetMap
    title: str | None = None
    outlet: str | None = None
    outlet_source: str | None = None
    published: date | None = None
    published_source: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A clean article: immutable text plus the metadata and the map back to the raw capture."""

    capture_id: str
    part: str  # "main" or "related-N"
    text: str
    offsets: OffsetMap
    title: str | None
    outlet: str | None
    outlet_source: str | None
    published: date | None
    published_source: str | None
    captured_at: datetime
    language: str | None
    related_part: str | None = None  # the part of the same capture this was printed beside
    id: str = field(init=False, default="")

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", content_id(self.capture_id, self.part, prefix="a"))


@dataclass(frozen=True, slots=True)
class CleanedCapture:
    """What cleaning one capture produced: its articles and, for text captures, line labels."""

    capture: Capture
    articles: tuple[Article, ...]
    labels: tuple[LineLabel, ...] = ()
    note: str | None = None  # a summary of what the cleaner removed, for ``sitrep show``
