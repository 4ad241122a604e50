"""What reading is told and what it hands on: :class:`ReadOptions`, a manifest's entries, the
:data:`Item` every reader yields, and ISO timestamps as the options and inputs give them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import NamedTuple

from ..documents import Capture, CapturedAtSource, Locator, Refusal

DEFAULT_MAX_DOCUMENT_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    captured_at: datetime | None = None
    has_time: bool = True
    outlet: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read inputs. ``captured_at`` and ``outlet`` override whatever the input says.

    ``follow_symlinks``: read what symbolic links inside a walked folder point to even when
    it lies outside that folder (otherwise such a link is refused with E014).
    """

    captured_at: datetime | None = None
    captured_at_has_time: bool = True
    outlet: str | None = None
    manifest: dict[str, ManifestEntry] = field(default_factory=dict)
    manifest_path: str | None = None
    max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES
    follow_symlinks: bool = False


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that is not a capture at all (a WARC request record, a 404): not an error."""

    locator: Locator
    why: str


Item = Capture | Refusal | Skipped


def describe_skips(skips: list[Skipped]) -> str:
    """What was skipped and why, in one line: "6 skipped: 4 WARC request record, 2 HTTP
    status 404". A count alone ("6 skipped") leaves a user wondering what was lost."""
    reasons: dict[str, int] = {}
    for skip in skips:
        reasons[skip.why] = reasons.get(skip.why, 0) + 1
    ranked = sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))
    return f"{len(skips)} skipped: " + ", ".join(f"{n} {why}" for why, n in ranked)


class Timestamp(NamedTuple):
    """A parsed ISO date or date-time: naive UTC, and whether a time of day was given."""

    value: datetime
    has_time: bool


class CaptureTime(NamedTuple):
    """When a capture was made, where that was learnt, and whether a time of day is known."""

    at: datetime
    source: CapturedAtSource
    has_time: bool


def parse_timestamp(text: str) -> Timestamp:
    """Parse an ISO date or date-time; return it as naive UTC and whether a time was given.

    Raises ValueError for anything else (including a date that cannot be shifted to UTC).
    """
    if not isinstance(text, str):
        raise ValueError(f"expected a string, not {type(text).__name__}")
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
    except OverflowError as exc:
        raise ValueError(f"{text!r} is out of range") from exc
    return Timestamp(value, ("T" in text or " " in text.strip()))
