"""Making captures: what every capture of one input shares (:class:`Source`), its capture
time and hints as the options, the manifest and the input say, and decoding its bytes."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from ..documents import Capture, CapturedAtSource, CaptureKind, Hints, Locator, Refusal
from .decode import DecodeFailure, decode_bytes, scrub_surrogates, sniff_html_charset
from .options import CaptureTime, Item, ManifestEntry, ReadOptions


@dataclass(frozen=True, slots=True)
class Source:
    """What every capture of one input shares: its names, file time and manifest entry."""

    path: str | None  # the real name, for the manifest and the format; None for stdin
    label: str  # the name as safe text, for locators
    mtime: datetime | None
    entry: ManifestEntry | None
    #: Not a regular file (stdin, a FIFO, a device): what is skipped unread is bounded too,
    #: since such a stream may never end.
    endless: bool


def manifest_entry(path: str | None, options: ReadOptions) -> ManifestEntry | None:
    """The manifest's entry for the file at ``path``, if any."""
    if not options.manifest or path is None:
        return None
    try:
        return options.manifest.get(os.path.realpath(path))
    except (ValueError, OSError):
        return None


def capture_time(src: Source, options: ReadOptions, record_time: datetime | None,
                 record_source: CapturedAtSource) -> CaptureTime:
    """The capture time: given, else the manifest's, else the record's, else the file's."""
    if options.captured_at is not None:
        return CaptureTime(options.captured_at, "explicit", options.captured_at_has_time)
    if src.entry and src.entry.captured_at is not None:
        return CaptureTime(src.entry.captured_at, "manifest", src.entry.has_time)
    if record_time is not None:
        return CaptureTime(record_time, record_source, True)
    if src.mtime is not None:
        return CaptureTime(src.mtime, "mtime", True)
    return CaptureTime(datetime.now(UTC).replace(tzinfo=None, microsecond=0), "now", True)


def hints(src: Source, options: ReadOptions, base: Hints) -> Hints:
    """``base`` with the outlet and URL the options and the manifest give."""
    entry = src.entry
    outlet = options.outlet or (entry.outlet if entry else None) or base.outlet
    url = base.url or (entry.url if entry else None)
    return replace(base, outlet=outlet, url=url)


def make_capture(kind: CaptureKind, data: bytes, where: Locator, declared: str | None,
                 when: CaptureTime, hints: Hints) -> Item:
    """A capture of ``data`` decoded (``declared`` charset first), or why it cannot be."""
    if kind == "html" and declared is None:
        declared = sniff_html_charset(data)
    decoded = decode_bytes(data, declared)
    if isinstance(decoded, DecodeFailure):
        return Refusal(decoded.reason, where, decoded.detail)
    return Capture(kind, decoded.text, decoded.encoding, where, when.at, when.source, hints,
                   when.has_time)


def clean_str(value: object) -> str | None:
    """A stripped, surrogate-free string, or None for anything else or a blank string."""
    if not isinstance(value, str):
        return None
    value = scrub_surrogates(value).strip()
    return value or None
