"""Read captures from files, directories, stdin, JSON Lines and WARC, streaming.

Every reader yields :class:`~sitrep.model.Capture` or :class:`~sitrep.model.Refusal`; a bad
file, line or record becomes a refusal naming it and saying why, and reading goes on.
JSON Lines and WARC are streamed record by record, so a file larger than memory is fine;
a single-page file larger than ``max_document_bytes`` is refused without being read.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from .decode import DecodeFailure, decode_bytes, sniff_html_charset
from .errors import Reason
from .model import Capture, CapturedAtSource, CaptureKind, Hints, Locator, Refusal

DEFAULT_MAX_DOCUMENT_BYTES = 64 * 1024 * 1024

_TEXT_EXT = (".txt", ".text")
_HTML_EXT = (".html", ".htm", ".xhtml", ".shtml")
_JSONL_EXT = (".jsonl", ".ndjson")
_WARC_EXT = (".warc", ".arc")
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    captured_at: datetime | None = None
    has_time: bool = True
    outlet: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read inputs. ``captured_at`` and ``outlet`` override whatever the input says."""

    captured_at: datetime | None = None
    captured_at_has_time: bool = True
    outlet: str | None = None
    manifest: dict[str, ManifestEntry] = field(default_factory=dict)
    manifest_path: str | None = None
    max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that is not a capture at all (a WARC request record, a 404): not an error."""

    locator: Locator
    why: str


Item = Capture | Refusal | Skipped


def parse_timestamp(text: str) -> tuple[datetime, bool]:
    """Parse an ISO date or date-time; return it as naive UTC and whether a time was given."""
    value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value, ("T" in text or " " in text.strip())


def load_manifest(path: str | os.PathLike[str]) -> tuple[dict[str, ManifestEntry], list[Refusal]]:
    """Read a manifest: JSON Lines of ``{"path", "captured_at", "outlet", "url"}``.

    Paths are relative to the manifest's folder. Analysts keep such lists beside their
    captures; it gives each file a capture time that file timestamps cannot.
    """
    base = Path(path).resolve().parent
    entries: dict[str, ManifestEntry] = {}
    refusals: list[Refusal] = []
    with open(path, "rb") as fh:
        for no, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            where = Locator(str(path), line=no)
            try:
                obj = json.loads(line)
                rel = obj["path"]
                when, has_time = (parse_timestamp(obj["captured_at"])
                                  if obj.get("captured_at") else (None, True))
            except (ValueError, KeyError, TypeError) as exc:
                refusals.append(Refusal(Reason.BAD_JSON, where, f"manifest entry: {exc}"))
                continue
            entries[str((base / rel).resolve())] = ManifestEntry(
                when, has_time, obj.get("outlet"), obj.get("url"))
    return entries, refusals


def iter_inputs(paths: Iterable[str], options: ReadOptions) -> Iterator[Item]:
    """Everything found at ``paths`` (files, folders walked recursively, ``-`` for stdin)."""
    skip = {str(Path(options.manifest_path).resolve())} if options.manifest_path else set()
    for path in paths:
        if path == "-":
            yield from _read_stream(sys.stdin.buffer, "<stdin>", None, options)
        elif os.path.isdir(path):
            for file in _walk(path):
                if str(Path(file).resolve()) not in skip:
                    yield from read_file(file, options)
        elif os.path.exists(path):
            yield from read_file(path, options)
        else:
            yield Refusal(Reason.UNREADABLE, Locator(path), "no such file or folder")


def _walk(folder: str) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and _format_from_name(name) is not None:
                yield os.path.join(root, name)


def _format_from_name(name: str) -> str | None:
    lower = name.lower().removesuffix(".gz")
    for fmt, exts in (("text", _TEXT_EXT), ("html", _HTML_EXT), ("jsonl", _JSONL_EXT),
                      ("warc", _WARC_EXT)):
        if lower.endswith(exts):
            return fmt
    return None


def _sniff(head: bytes) -> str:
    start = head.lstrip()[:16]
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"<"):
        return "html"
    return "text"


def read_file(path: str, options: ReadOptions) -> Iterator[Item]:
    """Captures in one file, whatever its format (by extension, else by its first bytes)."""
    where = Locator(path)
    try:
        fh: BinaryIO = open(path, "rb")  # noqa: SIM115 - closed below, generator-safe
    except OSError as exc:
        yield Refusal(Reason.UNREADABLE, where, exc.strerror or str(exc))
        return
    with fh:
        try:
            mtime = datetime.fromtimestamp(os.fstat(fh.fileno()).st_mtime, UTC).replace(
                tzinfo=None)
        except OSError:
            mtime = None
        yield from _read_stream(fh, path, mtime, options)


def _read_stream(fh: BinaryIO, name: str, mtime: datetime | None,
                 options: ReadOptions) -> Iterator[Item]:
    where = Locator(name)
    head = fh.peek(64)[:64] if hasattr(fh, "peek") else b""
    stream: IO[bytes] = fh
    fmt = _format_from_name(name) if name != "<stdin>" else None
    if head.startswith(_GZIP_MAGIC) or name.lower().endswith(".gz"):
        stream = gzip.GzipFile(fileobj=fh)
        if fmt != "warc":  # warcio reads gzip members itself
            try:
                head = stream.peek(64)[:64]
            except (OSError, EOFError, zlib.error) as exc:
                yield Refusal(Reason.TRUNCATED_GZIP, where, str(exc) or type(exc).__name__)
                return
        else:
            stream = fh
    if fmt is None:
        if not head:
            yield Refusal(Reason.EMPTY, where)
            return
        fmt = _sniff(head)
    if fmt == "warc":
        yield from _read_warc(stream, name, options)
    elif fmt == "jsonl":
        yield from _read_jsonl(stream, name, mtime, options)
    else:
        yield from _read_document(stream, name, fmt, mtime, options)


def _capture_time(name: str, options: ReadOptions, record_time: datetime | None,
                  record_source: CapturedAtSource, mtime: datetime | None
                  ) -> tuple[datetime, CapturedAtSource, bool]:
    if options.captured_at is not None:
        return options.captured_at, "explicit", options.captured_at_has_time
    entry = options.manifest.get(str(Path(name).resolve())) if options.manifest else None
    if entry and entry.captured_at is not None:
        return entry.captured_at, "manifest", entry.has_time
    if record_time is not None:
        return record_time, record_source, True
    if mtime is not None:
        return mtime, "mtime", True
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0), "now", True


def _hints(name: str, options: ReadOptions, base: Hints) -> Hints:
    entry = options.manifest.get(str(Path(name).resolve())) if options.manifest else None
    outlet = options.outlet or (entry.outlet if entry else None) or base.outlet
    url = base.url or (entry.url if entry else None)
    return replace(base, outlet=outlet, url=url)


def _make_capture(kind: CaptureKind, data: bytes, where: Locator, declared: str | None,
                  when: tuple[datetime, CapturedAtSource, bool], hints: Hints) -> Item:
    if kind == "html" and declared is None:
        declared = sniff_html_charset(data)
    decoded = decode_bytes(data, declared)
    if isinstance(decoded, DecodeFailure):
        return Refusal(decoded.reason, where, decoded.detail)
    return Capture(kind, decoded.text, decoded.encoding, where, when[0], when[1], hints, when[2])


def _read_document(stream: IO[bytes], name: str, fmt: str, mtime: datetime | None,
                   options: ReadOptions) -> Iterator[Item]:
    where = Locator(name)
    limit = options.max_document_bytes
    try:
        data = stream.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        yield Refusal(Reason.TRUNCATED_GZIP, where, str(exc) or type(exc).__name__)
        return
    if len(data) > limit:
        yield Refusal(Reason.TOO_LARGE, where,
                      f"a single page larger than {limit:,} bytes; split it, or raise "
                      "--max-doc-size")
        return
    kind: CaptureKind = "html" if fmt == "html" else "text"
    yield _make_capture(kind, data, where, None,
                        _capture_time(name, options, None, "mtime", mtime),
                        _hints(name, options, Hints()))


def _read_jsonl(stream: IO[bytes], name: str, mtime: datetime | None,
                options: ReadOptions) -> Iterator[Item]:
    when_file = _capture_time(name, options, None, "mtime", mtime)
    no = 0
    try:
        for no, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            where = Locator(name, line=no)
            if len(line) > options.max_document_bytes:
                yield Refusal(Reason.TOO_LARGE, where,
                              f"line longer than {options.max_document_bytes:,} bytes")
                continue
            yield _jsonl_item(line, where, name, when_file, options)
    except (OSError, EOFError, zlib.error) as exc:
        yield Refusal(Reason.TRUNCATED_GZIP, Locator(name, line=no + 1),
                      str(exc) or type(exc).__name__)


def _jsonl_item(line: bytes, where: Locator, name: str,
                when: tuple[datetime, CapturedAtSource, bool], options: ReadOptions) -> Item:
    try:
        obj = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return Refusal(Reason.BAD_JSON, where, str(exc))
    if not isinstance(obj, dict):
        return Refusal(Reason.BAD_JSON, where, f"expected an object, got {type(obj).__name__}")
    body = obj.get("html") if isinstance(obj.get("html"), str) else obj.get("text")
    if not isinstance(body, str) or not body.strip():
        return Refusal(Reason.MISSING_FIELD, where,
                       "each line needs a non-empty string 'text' or 'html' field")
    kind: CaptureKind = "html" if isinstance(obj.get("html"), str) else "text"

    def text_field(key: str) -> str | None:
        value = obj.get(key)
        return value.strip() if isinstance(value, str) and value.strip() else None

    hints = Hints(url=text_field("url"), title=text_field("title"),
                  published=text_field("published"),
                  outlet=text_field("outlet") or text_field("source"))
    if obj.get("captured_at") and options.captured_at is None:
        try:
            got, has_time = parse_timestamp(str(obj["captured_at"]))
            when = (got, "feed", has_time)
        except ValueError as exc:
            return Refusal(Reason.BAD_JSON, where, f"captured_at: {exc}")
    return Capture(kind, body, "utf-8", where, when[0], when[1], _hints(name, options, hints),
                   when[2])


def _read_warc(stream: IO[bytes], name: str, options: ReadOptions) -> Iterator[Item]:
    it = ArchiveIterator(stream)
    offset = 0
    try:
        for record in it:
            item = _warc_item(record, name, it, options)
            offset = it.get_record_offset()  # only valid once the payload has been read
            if item is not None:
                yield item
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
        yield Refusal(Reason.TRUNCATED_WARC, Locator(name, byte_offset=offset),
                      f"{type(exc).__name__}: {exc}; records before this point were read")


def _warc_item(record: Any, name: str, it: ArchiveIterator, options: ReadOptions) -> Item | None:
    """One WARC record as a capture; request, metadata and non-HTML records are skipped."""
    headers = record.rec_headers
    record_id = headers.get_header("WARC-Record-ID")
    rtype = record.rec_type
    http = record.http_headers
    ctype = (http.get_header("Content-Type") if http else
             headers.get_header("Content-Type")) or ""
    mime = ctype.split(";")[0].strip().lower()
    wanted = (rtype in ("response", "resource")
              and (http is None or http.get_statuscode().startswith("2"))
              and mime in ("text/html", "application/xhtml+xml", "text/plain"))
    data = record.content_stream().read(options.max_document_bytes + 1) if wanted else b""
    where = Locator(name, record_id=record_id, byte_offset=it.get_record_offset())
    missing = getattr(record.raw_stream, "limit", 0)
    if wanted and missing and len(data) <= options.max_document_bytes:
        # warcio hands back a short payload when the file ends mid-record; the record's
        # declared length tells.
        return Refusal(Reason.TRUNCATED_WARC, where,
                       f"the file ends {missing:,} bytes before this record does")
    if rtype == "warcinfo":
        return None
    if rtype not in ("response", "resource"):
        return Skipped(where, f"WARC {rtype} record")
    if http is not None and not http.get_statuscode().startswith("2"):
        return Skipped(where, f"HTTP status {http.get_statuscode()}")
    if not wanted:
        return Skipped(where, f"content type {mime or 'unknown'}")
    if len(data) > options.max_document_bytes:
        return Refusal(Reason.TOO_LARGE, where, "record payload too large")
    declared = None
    if "charset=" in ctype.lower():
        declared = ctype.lower().split("charset=")[1].split(";")[0].strip(" \"'")
    warc_date = headers.get_header("WARC-Date")
    record_time = parse_timestamp(warc_date)[0] if warc_date else None
    url = headers.get_header("WARC-Target-URI")
    kind: CaptureKind = "text" if mime == "text/plain" else "html"
    return _make_capture(kind, data, where, declared,
                         _capture_time(name, options, record_time, "warc", None),
                         _hints(name, options, Hints(url=url)))


def read_bytes(data: bytes, name: str, options: ReadOptions | None = None) -> list[Item]:
    """Read captures from bytes in memory (tests and library users)."""
    return list(_read_stream(io.BufferedReader(io.BytesIO(data)), name, None,  # type: ignore[arg-type]
                             options or ReadOptions()))
