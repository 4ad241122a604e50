"""Read captures from files, directories, stdin, JSON Lines and WARC, streaming.

Every reader yields :class:`~sitrep.documents.Capture` or :class:`~sitrep.documents.Refusal`; a bad
file, line or record becomes a refusal naming it and saying why, and reading goes on. No input,
however hostile, raises, hangs or is dropped without a word:

* memory is bounded by ``max_document_bytes``: a single page, a JSON Lines line or a WARC
  record larger than that is refused without being held (gzip is inflated as a stream, so a
  small file that inflates to gigabytes costs time, not memory);
* folders are walked by :func:`iter_inputs` reading regular files only (a FIFO named
  ``x.txt`` is refused with E015, never opened for a blocking read), each folder once
  (symbolic link loops are noticed), and links leaving the folder are refused with E014
  unless ``follow_symlinks``; files of other formats are refused with E009 so the summary
  counts them, while hidden files and folders (``.git``, ``.DS_Store``) are passed over
  quietly;
* a FIFO or device named explicitly is opened without blocking, and what is discarded from
  it (an over-long line, garbage between WARC records) is bounded, so ``/dev/zero`` ends;
* names of files are carried as safe text (bytes that are not UTF-8 shown as ``\\xff``), and
  every string from JSON has its lone surrogates replaced, so the store can always write them;
* JSON Lines fields of the wrong type, unparsable URLs and timestamps refuse their line (E007)
  naming the field, rather than being dropped silently (null counts as absent); a JSON line
  that is not an object, or nests too deeply, is refused with E006;
* manifests are checked line by line the same way, a bad line refused and the others kept;
* WARC records are framed here (see :func:`_read_warc`): each record is a capture, a skip or
  an E005 refusal at its own byte offset, and the records after a bad one are still read,
  in plain files, per-record gzip and whole-file gzip alike. A record whose WARC-Target-URI
  cannot be parsed is refused; one whose WARC-Date cannot be is kept, dated from elsewhere.
"""

from __future__ import annotations

import errno
import gzip
import io
import json
import logging
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import IO, Any, BinaryIO

from warcio.recordloader import ArcWarcRecordLoader
from warcio.statusandheaders import StatusAndHeadersParser, StatusAndHeadersParserException

from ..documents import Capture, CapturedAtSource, CaptureKind, Hints, Locator, Refusal
from ..errors import Reason
from .decode import DecodeFailure, decode_bytes, looks_binary, scrub_surrogates, sniff_html_charset

DEFAULT_MAX_DOCUMENT_BYTES = 64 * 1024 * 1024

# warcio logs what it mends in a record header ("Replacing spaces in invalid
# WARC-Target-URI: ...") with the raw header text; with no logging set up Python prints that
# on stderr, where a hostile header could forge lines. Whoever sets up logging still sees it.
logging.getLogger("warcio").addHandler(logging.NullHandler())

_TEXT_EXT = (".txt", ".text")
_HTML_EXT = (".html", ".htm", ".xhtml", ".shtml")
_JSONL_EXT = (".jsonl", ".ndjson")
_WARC_EXT = (".warc", ".arc")
_GZIP_MAGIC = b"\x1f\x8b"
_UTF8_BOM = b"\xef\xbb\xbf"
_BOM_STARTS = (_UTF8_BOM, b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")  # UTF-8/16/32
_SNIFF_BYTES = 8192
_CHUNK = 1 << 16
_LINE_CHUNK = 1 << 18
#: The longest manifest line; a manifest entry is a path and three short fields.
_MANIFEST_LINE = 1 << 20
_SURROGATES = re.compile(r"[\ud800-\udfff]")
#: Files a folder walk passes over without a word: a SQLite database and its journals (a
#: sitrep store is often kept beside the captures it holds).
_QUIET_FILES = re.compile(r".*\.(?:db|sqlite3?)(?:-wal|-shm|-journal)?", re.I | re.S)


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


def display_path(path: str | os.PathLike[str]) -> str:
    """A file name as text that can always be stored and printed.

    Linux names are bytes; Python carries those that are not UTF-8 as lone surrogates
    ("surrogateescape"), which SQLite and ``print`` refuse. Here each such byte is written
    ``\\xff`` instead. The file itself is still opened by its real name.
    """
    path = os.fspath(path)
    if not _SURROGATES.search(path):
        return path
    try:
        raw = os.fsencode(path)
    except UnicodeEncodeError:  # a lone surrogate that no byte stands for
        raw = path.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "backslashreplace")


def parse_timestamp(text: str) -> tuple[datetime, bool]:
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
    return value, ("T" in text or " " in text.strip())


def _type_name(value: object) -> str:
    return {dict: "an object", list: "an array", bool: "true/false", int: "a number",
            float: "a number", type(None): "null"}.get(type(value), type(value).__name__)


def load_manifest(path: str | os.PathLike[str]) -> tuple[dict[str, ManifestEntry], list[Refusal]]:
    """Read a manifest: JSON Lines of ``{"path", "captured_at", "outlet", "url"}``.

    Paths are relative to the manifest's folder. Analysts keep such lists beside their
    captures; it gives each file a capture time that file timestamps cannot. A line that is
    not such an object (bad JSON, a value of the wrong type, a bad timestamp or URL) is
    refused with its line number; the other lines still apply.
    """
    label = display_path(path)
    entries: dict[str, ManifestEntry] = {}
    refusals: list[Refusal] = []
    try:
        base = os.path.dirname(os.path.realpath(path))
    except ValueError as exc:  # a NUL byte in the name
        return entries, [Refusal(Reason.UNREADABLE, Locator(label), str(exc))]
    opened = _open_input(os.fspath(path), label, regular_only=False)
    if isinstance(opened, Refusal):
        return entries, [opened]
    fh, info = opened
    with fh:
        try:
            for no, line in _bounded_lines(fh, _MANIFEST_LINE, not stat.S_ISREG(info.st_mode)):
                where = Locator(label, line=no)
                if line == b"":
                    refusals.append(Refusal(Reason.TOO_LARGE, where,
                                            "manifest line too long; stopped reading a stream "
                                            "that is not a regular file"))
                    break
                if line is None:
                    refusals.append(Refusal(Reason.TOO_LARGE, where,
                                            f"manifest line longer than {_MANIFEST_LINE:,} bytes"))
                    continue
                if not line.strip():
                    continue
                parsed = _manifest_line(line, base)
                if isinstance(parsed, tuple):
                    entries[parsed[0]] = parsed[1]
                else:
                    refusals.append(replace(parsed, locator=where))
        except OSError as exc:
            refusals.append(Refusal(Reason.UNREADABLE, Locator(label), _os_error(exc)))
    return entries, refusals


def _manifest_line(line: bytes, base: str) -> tuple[str, ManifestEntry] | Refusal:
    nowhere = Locator("")
    obj = _json_object(line, nowhere)
    if isinstance(obj, Refusal):
        return replace(obj, detail=f"manifest entry: {obj.detail}")
    rel = obj.get("path")
    if not isinstance(rel, str) or not rel.strip() or "\x00" in rel:
        return Refusal(Reason.MISSING_FIELD, nowhere,
                       f"manifest entry: 'path' must be a non-empty string, not {_type_name(rel)}"
                       if not isinstance(rel, str) else
                       "manifest entry: 'path' must name a file")
    problem = _wrong_types(obj, ("captured_at", "outlet", "url"))
    if problem:
        return Refusal(Reason.MISSING_FIELD, nowhere, f"manifest entry: {problem}")
    when, has_time = None, True
    if obj.get("captured_at"):
        try:
            when, has_time = parse_timestamp(obj["captured_at"])
        except ValueError as exc:
            return Refusal(Reason.MISSING_FIELD, nowhere,
                           f"manifest entry: 'captured_at' is not an ISO date or date-time "
                           f"({exc})")
    url = _clean_str(obj.get("url"))  # kept as given even when unparsable: see url_problem
    try:
        key = os.path.realpath(os.path.join(base, rel))
    except (ValueError, OSError) as exc:
        return Refusal(Reason.MISSING_FIELD, nowhere, f"manifest entry: 'path': {exc}")
    return key, ManifestEntry(when, has_time, _clean_str(obj.get("outlet")), url)


def _clean_str(value: object) -> str | None:
    """A stripped, surrogate-free string, or None for anything else or a blank string."""
    if not isinstance(value, str):
        return None
    value = scrub_surrogates(value).strip()
    return value or None


def _wrong_types(obj: dict[str, Any], keys: Iterable[str]) -> str | None:
    """The first of ``keys`` whose value is neither a string nor null, described."""
    for key in keys:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            return f"'{key}' must be a string, not {_type_name(value)}"
    return None


def _json_object(line: bytes, where: Locator) -> dict[str, Any] | Refusal:
    """One JSON object from one line, or the reason it is none (never an exception)."""
    try:
        obj = json.loads(line)
    except RecursionError:
        return Refusal(Reason.BAD_JSON, where,
                       "nested too deeply (arrays or objects inside each other beyond what "
                       "a capture needs)")
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError, a 5,000-digit number
        return Refusal(Reason.BAD_JSON, where, str(exc)[:300])
    if not isinstance(obj, dict):
        return Refusal(Reason.BAD_JSON, where, f"expected an object, got {_type_name(obj)}")
    return obj


def _os_error(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "a symbolic link loop"
    if exc.errno == errno.ENXIO:
        return "a socket or a device with nothing behind it"
    return exc.strerror or str(exc)


# -- finding inputs ---------------------------------------------------------------------------


def iter_inputs(paths: Iterable[str], options: ReadOptions) -> Iterator[Item]:
    """Everything found at ``paths`` (files, folders walked recursively, ``-`` for stdin)."""
    skip = {os.path.realpath(options.manifest_path)} if options.manifest_path else set()
    for path in paths:
        if path == "-":
            if sys.stdin is None:
                yield Refusal(Reason.UNREADABLE, Locator("<stdin>"), "no standard input")
            else:
                yield from _read_stream(sys.stdin.buffer, None, "<stdin>", None, options,
                                        regular=False)
        elif os.path.isdir(path):
            yield from _walk(path, options, skip)
        elif os.path.lexists(path):
            yield from read_file(path, options)
        else:
            yield Refusal(Reason.UNREADABLE, Locator(display_path(path)),
                          "no such file or folder")


_NOT_REGULAR = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
                (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
                (stat.S_ISDIR, "a folder"))


def _kind(mode: int) -> str:
    return next((what for test, what in _NOT_REGULAR if test(mode)), "not a regular file")


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _walk(root: str, options: ReadOptions, skip: set[str]) -> Iterator[Item]:
    """Every capture under ``root``, depth first in name order (as ``os.walk`` gave them).

    Written out rather than ``os.walk`` because each entry needs a verdict that ``os.walk``
    hides: a folder it cannot list, a link loop, a link out of the folder, a FIFO.

    * hidden entries (a leading dot: ``.git``, ``.DS_Store``, editor swap files) are passed
      over quietly, as a shell glob would, and so are SQLite databases (``sitrep.db`` and its
      ``-wal``/``-shm`` files, when the store is kept in the folder it ingests);
    * regular files in a capture format are read; others are refused with E009;
    * FIFOs, devices and sockets are refused with E015 (opening a FIFO can block forever);
    * a symbolic link whose target lies outside ``root`` is refused with E014 unless
      ``options.follow_symlinks``; a broken link or a link loop with E011;
    * a folder reached a second time (a link back into the walk) is noted as skipped, so a
      loop ends; folders are told apart by (device, inode).
    """
    root_real = os.path.realpath(root)
    try:
        st = os.stat(root)
    except OSError as exc:
        yield Refusal(Reason.UNREADABLE, Locator(display_path(root)), _os_error(exc))
        return
    visited = {(st.st_dev, st.st_ino)}
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            yield Refusal(Reason.UNREADABLE, Locator(display_path(folder)),
                          f"cannot list the folder: {_os_error(exc)}")
            continue
        subfolders: list[str] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            where = Locator(display_path(entry.path))
            is_link = False
            try:
                is_link = entry.is_symlink()
                info = entry.stat(follow_symlinks=True)
            except OSError as exc:
                detail = _os_error(exc)
                if exc.errno == errno.ENOENT:
                    detail = "a broken symbolic link" if is_link else detail
                yield Refusal(Reason.UNREADABLE, where, detail)
                continue
            if is_link and not options.follow_symlinks:
                target = os.path.realpath(entry.path)
                if not _inside(target, root_real):
                    yield Refusal(Reason.OUTSIDE_FOLDER, where,
                                  f"it points to {display_path(target)}; pass "
                                  "--follow-symlinks to read it")
                    continue
            if stat.S_ISDIR(info.st_mode):
                key = (info.st_dev, info.st_ino)
                if key in visited:
                    yield Skipped(where, "a folder already read (a symbolic link loop or a "
                                         "second link to it)")
                    continue
                visited.add(key)
                subfolders.append(entry.path)
            elif not stat.S_ISREG(info.st_mode):
                yield Refusal(Reason.NOT_REGULAR, where, _kind(info.st_mode))
            elif _format_from_name(entry.name) is None:
                if _QUIET_FILES.fullmatch(entry.name):
                    continue
                yield Refusal(Reason.UNSUPPORTED, where,
                              "not a capture format (.txt, .html, .jsonl, .warc; also gzipped)")
            elif not skip or os.path.realpath(entry.path) not in skip:
                yield from read_file(entry.path, options, regular_only=True)
        stack.extend(reversed(subfolders))


def _format_from_name(name: str) -> str | None:
    lower = name.lower().removesuffix(".gz")
    for fmt, exts in (("text", _TEXT_EXT), ("html", _HTML_EXT), ("jsonl", _JSONL_EXT),
                      ("warc", _WARC_EXT)):
        if lower.endswith(exts):
            return fmt
    return None


def _sniff(head: bytes) -> str:
    start = head.removeprefix(_UTF8_BOM).lstrip()[:16]
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"<"):
        return "html"
    return "text"


def read_file(path: str, options: ReadOptions, *, regular_only: bool = False) -> Iterator[Item]:
    """Captures in one file, whatever its format (by extension, else by its first bytes).

    The file is opened without blocking, so a FIFO nobody writes to reads as empty instead
    of hanging. With ``regular_only`` (a folder walk) anything but a regular file is refused
    with E015; named explicitly, a FIFO or device is read like stdin, within the limits.
    """
    label = display_path(path)
    opened = _open_input(path, label, regular_only)
    if isinstance(opened, Refusal):
        yield opened
        return
    fh, info = opened
    regular = stat.S_ISREG(info.st_mode)
    with fh:
        mtime = (datetime.fromtimestamp(info.st_mtime, UTC).replace(tzinfo=None)
                 if regular else None)
        yield from _read_stream(fh, path, label, mtime, options, regular=regular)


def _open_input(path: str, label: str,
                regular_only: bool) -> tuple[BinaryIO, os.stat_result] | Refusal:
    """Open ``path`` for reading without ever blocking on the open itself (a FIFO)."""
    where = Locator(label)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the name
        return Refusal(Reason.UNREADABLE, where,
                       _os_error(exc) if isinstance(exc, OSError) else str(exc))
    try:
        info = os.fstat(fd)
        regular = stat.S_ISREG(info.st_mode)
        if not regular and (regular_only or stat.S_ISDIR(info.st_mode)):
            os.close(fd)
            return Refusal(Reason.NOT_REGULAR, where, _kind(info.st_mode))
        if not regular:
            os.set_blocking(fd, True)  # a pipe with a writer: wait for it, as for stdin
        return os.fdopen(fd, "rb"), info
    except OSError as exc:
        os.close(fd)
        return Refusal(Reason.UNREADABLE, where, _os_error(exc))


# -- one stream -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Source:
    """What every capture of one input shares: its names, file time and manifest entry."""

    path: str | None  # the real name, for the manifest and the format; None for stdin
    label: str  # the name as safe text, for locators
    mtime: datetime | None
    entry: ManifestEntry | None
    #: Not a regular file (stdin, a FIFO, a device): what is skipped unread is bounded too,
    #: since such a stream may never end.
    endless: bool


def _manifest_entry(path: str | None, options: ReadOptions) -> ManifestEntry | None:
    if not options.manifest or path is None:
        return None
    try:
        return options.manifest.get(os.path.realpath(path))
    except (ValueError, OSError):
        return None


def _read_stream(fh: BinaryIO, path: str | None, label: str, mtime: datetime | None,
                 options: ReadOptions, *, regular: bool) -> Iterator[Item]:
    where = Locator(label)
    src = _Source(path, label, mtime, _manifest_entry(path, options), not regular)
    try:
        head = fh.peek(64)[:64] if hasattr(fh, "peek") else b""
    except OSError as exc:
        yield Refusal(Reason.UNREADABLE, where, _os_error(exc))
        return
    fmt = _format_from_name(path) if path is not None else None
    gzipped = head.startswith(_GZIP_MAGIC)
    if fmt == "warc":  # gzip members are read one by one there, to know where records are
        yield from _read_warc(_WarcBytes(fh, gzipped), src, options)
        return
    stream: IO[bytes] = fh
    if gzipped or (path is not None and path.lower().endswith(".gz")):
        stream = gzip.GzipFile(fileobj=fh)
        try:
            head = stream.peek(64)[:64]
        except (OSError, EOFError, zlib.error) as exc:
            yield Refusal(Reason.TRUNCATED_GZIP, where, str(exc) or type(exc).__name__)
            return
    if fmt is None:
        if not head:
            yield Refusal(Reason.EMPTY, where)
            return
        fmt = _sniff(head)
    if fmt == "warc":
        yield from _read_warc(_WarcBytes(stream, False), src, options)
    elif fmt == "jsonl":
        yield from _read_jsonl(stream, src, options)
    else:
        yield from _read_document(stream, src, fmt, options)


def _capture_time(src: _Source, options: ReadOptions, record_time: datetime | None,
                  record_source: CapturedAtSource) -> tuple[datetime, CapturedAtSource, bool]:
    if options.captured_at is not None:
        return options.captured_at, "explicit", options.captured_at_has_time
    if src.entry and src.entry.captured_at is not None:
        return src.entry.captured_at, "manifest", src.entry.has_time
    if record_time is not None:
        return record_time, record_source, True
    if src.mtime is not None:
        return src.mtime, "mtime", True
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0), "now", True


def _hints(src: _Source, options: ReadOptions, base: Hints) -> Hints:
    entry = src.entry
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


def _read_document(stream: IO[bytes], src: _Source, fmt: str,
                   options: ReadOptions) -> Iterator[Item]:
    """One page: read up to the limit, never further; a binary start is refused at once."""
    where = Locator(src.label)
    limit = options.max_document_bytes
    try:
        data = stream.read(min(limit + 1, _SNIFF_BYTES))
        why_binary = None if data.startswith(_BOM_STARTS) else looks_binary(data)
        if why_binary:  # /dev/zero, a photo: no need to read 64 MiB of it to know
            yield Refusal(Reason.BINARY, where, why_binary)
            return
        if len(data) == _SNIFF_BYTES:
            data += stream.read(limit + 1 - len(data))
    except (OSError, EOFError, zlib.error) as exc:
        yield Refusal(Reason.TRUNCATED_GZIP if isinstance(stream, gzip.GzipFile)
                      else Reason.UNREADABLE, where, str(exc) or type(exc).__name__)
        return
    if len(data) > limit:
        yield Refusal(Reason.TOO_LARGE, where,
                      f"a single page larger than {limit:,} bytes; split it, or raise "
                      "--max-doc-size")
        return
    kind: CaptureKind = "html" if fmt == "html" else "text"
    yield _make_capture(kind, data, where, None, _capture_time(src, options, None, "mtime"),
                        _hints(src, options, Hints()))


# -- JSON Lines -------------------------------------------------------------------------------


def _bounded_lines(stream: IO[bytes], limit: int,
                   endless: bool = False) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) for each line; None in place of a line longer than ``limit``.

    At most ``limit`` bytes of a line are ever held: past that the line is read through in
    chunks (``readline`` would gather it whole first). On an endless stream (a FIFO,
    ``/dev/zero``) reading gives up on such a line instead, yielding ``(number, b"")``.
    """
    read = getattr(stream, "read1", stream.read)
    buf = bytearray()
    no = scanned = 0
    while True:
        i = buf.find(b"\n", scanned)
        if i >= 0:
            no += 1
            line = bytes(memoryview(buf)[: i + 1])
            del buf[: i + 1]
            scanned = 0
            yield no, (line if i <= limit else None)
            continue
        if len(buf) > limit:  # a line too long to hold: pass over it
            no += 1
            skipped, scanned = len(buf), 0
            buf.clear()
            while True:
                chunk = read(_LINE_CHUNK)
                if not chunk:
                    yield no, None
                    return
                j = chunk.find(b"\n")
                if j >= 0:
                    buf += chunk[j + 1 :]
                    break
                skipped += len(chunk)
                if endless and skipped > limit:
                    yield no, b""
                    return
            yield no, None
            continue
        scanned = len(buf)
        chunk = read(_LINE_CHUNK)
        if not chunk:
            if buf:
                yield no + 1, bytes(buf)
            return
        buf += chunk


def _read_jsonl(stream: IO[bytes], src: _Source, options: ReadOptions) -> Iterator[Item]:
    when_file = _capture_time(src, options, None, "mtime")
    limit = options.max_document_bytes
    no, seen = 0, False
    try:
        for no, line in _bounded_lines(stream, limit, src.endless):
            where = Locator(src.label, line=no)
            if line == b"":
                yield Refusal(Reason.TOO_LARGE, where,
                              f"line longer than {limit:,} bytes in a stream that is not a "
                              "regular file; stopped reading it")
                return
            if line is None:
                seen = True
                yield Refusal(Reason.TOO_LARGE, where, f"line longer than {limit:,} bytes")
            elif line.strip():
                seen = True
                if no == 1 and line.startswith(_UTF8_BOM):  # Windows tools write one
                    line = line[len(_UTF8_BOM):]
                yield _jsonl_item(line, where, src, when_file, options)
    except (OSError, EOFError, zlib.error) as exc:
        yield Refusal(Reason.TRUNCATED_GZIP if isinstance(stream, gzip.GzipFile)
                      else Reason.UNREADABLE, Locator(src.label, line=no + 1),
                      f"{str(exc) or type(exc).__name__}; the lines before were read")
        return
    if not seen:
        yield Refusal(Reason.EMPTY, Locator(src.label))


_JSONL_TEXT_FIELDS = ("html", "text", "url", "title", "published", "outlet", "captured_at")


def _jsonl_item(line: bytes, where: Locator, src: _Source,
                when: tuple[datetime, CapturedAtSource, bool], options: ReadOptions) -> Item:
    """One line as a capture; a field of the wrong type or an unparsable URL or time refuses it.

    Fields are strings or null (null counts as absent). ``source`` may also be an object with
    a string ``name`` (as news APIs write it).
    """
    obj = _json_object(line, where)
    if isinstance(obj, Refusal):
        return obj
    problem = _wrong_types(obj, _JSONL_TEXT_FIELDS)
    source = obj.get("source")
    if isinstance(source, dict):
        source = source.get("name")
    if not problem and source is not None and not isinstance(source, str):
        problem = f"'source' must be a string or an object with a 'name', not {_type_name(source)}"
    if problem:
        return Refusal(Reason.MISSING_FIELD, where, problem)
    html, text = obj.get("html"), obj.get("text")
    kind: CaptureKind = "html" if html and not html.isspace() else "text"
    body = html if kind == "html" else text
    if not body or body.isspace():
        return Refusal(Reason.MISSING_FIELD, where,
                       "each line needs a non-empty string 'text' or 'html' field")
    body = scrub_surrogates(body)
    url = _clean_str(obj.get("url"))  # kept as given even when unparsable: see url_problem
    hints = Hints(url=url, title=_clean_str(obj.get("title")),
                  published=_clean_str(obj.get("published")),
                  outlet=_clean_str(obj.get("outlet")) or _clean_str(source))
    captured_at = _clean_str(obj.get("captured_at"))
    if captured_at and options.captured_at is None:
        try:
            got, has_time = parse_timestamp(captured_at)
        except ValueError as exc:
            return Refusal(Reason.MISSING_FIELD, where,
                           f"'captured_at' is not an ISO date or date-time ({exc})")
        when = (got, "feed", has_time)
    return Capture(kind, body, "utf-8", where, when[0], when[1], _hints(src, options, hints),
                   when[2])


# -- WARC -------------------------------------------------------------------------------------

#: The longest WARC header line and the largest record header we hold.
_WARC_HEADER = 1 << 20
#: Room for the HTTP headers (and chunk marks) around a payload of ``max_document_bytes``.
_HTTP_ROOM = 1 << 20
#: While rescanning for the next gzip member after a corrupt one, keep at most this much of it.
_RESCAN_KEEP = 4 << 20
_ARC_HEADER = re.compile(rb"\S+ \S+ \d{14} \S+ \d{1,18}\r?\n")
#: A WARC version line, at the end of a line of bytes (garbage may run into it).
_WARC_LINE_END = re.compile(rb"WARC/\d\.\d{1,2}\r?\n\Z")
#: A WARC header line: a name and a colon, or a continuation (leading space or tab).
_HEADER_LINE = re.compile(rb"[!-9;-~]+[ \t]*:|[ \t]")
#: Where a record starts inside a block whose Content-Length ran past it.
_WARC_IN_BLOCK = re.compile(rb"WARC/\d\.\d{1,2}\r?\n[A-Za-z-]+:")
_DIGITS = re.compile(r"\d{1,18}")


class _WarcBytes:
    """The bytes of a WARC (or ARC) file as its records see them, with where each record sits.

    A ``.warc.gz`` is usually one gzip member per record (which lets an index seek to a
    record), sometimes one member for the whole file. Both are inflated here member by member
    with :mod:`zlib`, at most 64 KiB at a time, so:

    * the offset of a record is the file offset of the gzip member it starts, when it starts
      one (otherwise its offset in the inflated data, which :meth:`file_offset` says);
    * a truncated or corrupt member stops the data *there* (:meth:`take_problem` says why) and
      reading resumes at the next gzip member found after it, so later records survive;
    * whatever is read through a plain stream (stdin, a ``GzipFile``) works the same, minus
      resuming.

    Reads stop short at a problem or at the end; the reader then asks :meth:`take_problem`.
    """

    def __init__(self, raw: IO[bytes], gzipped: bool) -> None:
        self._raw = raw
        self._gzipped = gzipped
        self._buf = bytearray()  # inflated bytes not consumed yet
        self._pos = 0  # inflated offset of _buf[0]
        self._end = False  # nothing more will come
        self._problem: str | None = None  # data stops here until take_problem()
        self._problem_at: int | None = None
        self.problem_at: int | None = None
        self._inflater: Any = None  # zlib decompressobj of the current member
        self._in = b""  # compressed bytes read but not inflated yet
        self._in_offset = 0  # file offset of _in[0]
        self._member_offset = 0
        self._member_raw = bytearray()  # compressed bytes of this member, for a rescan
        self._held = bytearray()  # output of this member, held until its CRC is checked
        self._holding = False
        self._probing = False  # trying a gzip magic found by a rescan: fail quietly
        self._starts: dict[int, int] = {}  # inflated offset -> file offset of a member

    # reading

    def tell(self) -> int:
        return self._pos

    def _fill(self, want: int) -> bool:
        while len(self._buf) < want and not self._end and self._problem is None:
            if self._gzipped:
                self._inflate()
            else:
                self._read_plain()
        return len(self._buf) >= want

    def has_data(self) -> bool:
        return self._fill(1)

    def read(self, n: int) -> bytes:
        self._fill(n)
        out = bytes(self._buf[:n])
        del self._buf[:n]
        self._pos += len(out)
        return out

    def skip(self, n: int) -> int:
        left = n
        while left and (self._buf or self._fill(1)):
            k = min(left, len(self._buf))
            del self._buf[:k]
            self._pos += k
            left -= k
        return n - left

    def readline(self, limit: int) -> bytes:
        scanned = 0
        while True:
            i = self._buf.find(b"\n", scanned, limit)
            if i >= 0:
                return self.read(i + 1)
            scanned = min(len(self._buf), limit)
            if scanned >= limit or not self._fill(len(self._buf) + 1):
                return self.read(min(limit, len(self._buf)))

    def peekline(self, limit: int) -> bytes:
        line = self.readline(limit)
        self.unread(line)
        return line

    def unread(self, data: bytes) -> None:
        self._buf[0:0] = data
        self._pos -= len(data)

    def skip_blank_lines(self, keep: int = _CHUNK) -> tuple[bytes, bool]:
        """Pass over CRLF/LF between records; return them (up to ``keep``) and if all kept."""
        kept = bytearray()
        whole = True
        while self._fill(2) or self._buf:
            n = 2 if self._buf.startswith(b"\r\n") else 1 if self._buf.startswith(b"\n") else 0
            if not n:
                break
            if len(kept) < keep:
                kept += self._buf[:n]
            else:
                whole = False
            del self._buf[:n]
            self._pos += n
        return bytes(kept), whole

    def take_problem(self) -> str | None:
        """Why the data stopped (then reading may resume after it), or None at the end.

        ``problem_at`` is then the file offset of the problem, when it is known.
        """
        problem, self._problem = self._problem, None
        self.problem_at, self._problem_at = self._problem_at, None
        return problem

    def file_offset(self, pos: int) -> tuple[int, bool]:
        """(offset, True) when ``pos`` is a place in the file itself, else (pos, False)."""
        if not self._gzipped:
            return pos, True
        start = self._starts.get(pos)
        return (start, True) if start is not None else (pos, False)

    def forget_before(self, pos: int) -> None:
        if len(self._starts) > 64:
            self._starts = {k: v for k, v in self._starts.items() if k >= pos}

    # filling

    def _stop(self, problem: str, end: bool = False, at: int | None = None) -> None:
        self._problem = problem
        self._problem_at = at
        self._end = self._end or end

    def _read_plain(self) -> None:
        try:
            chunk = self._raw.read(_CHUNK)
        except (OSError, EOFError, zlib.error) as exc:  # a GzipFile underneath
            self._stop(f"gzip stream: {str(exc) or type(exc).__name__}", end=True)
            return
        if chunk:
            self._buf += chunk
        else:
            self._end = True

    def _more_input(self) -> bool:
        try:
            chunk = self._raw.read(_CHUNK)
        except OSError as exc:
            self._stop(f"cannot read on: {_os_error(exc)}", end=True)
            return False
        self._in += chunk
        return bool(chunk)

    def _inflate(self) -> None:
        """Inflate some more. A member's output is held until zlib has checked the member's
        CRC (up to ``_RESCAN_KEEP`` bytes; a larger member, a whole-file gzip, streams)."""
        if self._inflater is None:  # between members
            while len(self._in) < 3 and self._more_input():
                pass
            if not self._in:
                self._end = True
                return
            if not self._in.startswith(_GZIP_MAGIC + b"\x08"):
                if not self._probing:
                    self._stop(f"{len(self._in):,}+ bytes at file offset {self._in_offset:,} "
                               "are not gzip data", at=self._in_offset)
                self._rescan(self._in_offset)
                return
            self._member_offset = self._in_offset
            self._starts[self._pos + len(self._buf)] = self._in_offset
            self._inflater = zlib.decompressobj(31)
            self._member_raw.clear()
            self._held.clear()
            self._holding = True
        if not self._in and not self._more_input():
            self._fail(f"the file ends inside the gzip member at file offset "
                       f"{self._member_offset:,}", truncated=True)
            return
        data = self._in
        try:
            out = self._inflater.decompress(data, _CHUNK)
        except zlib.error as exc:
            self._fail(f"corrupt gzip member at file offset {self._member_offset:,} ({exc})",
                       truncated=False)
            return
        rest = self._inflater.unused_data if self._inflater.eof else self._inflater.unconsumed_tail
        used = len(data) - len(rest)
        if len(self._member_raw) < _RESCAN_KEEP:
            self._member_raw += data[:used]
        self._in, self._in_offset = rest, self._in_offset + used
        if self._holding:
            self._held += out
            if len(self._held) > _RESCAN_KEEP:  # too large to hold: stream it
                self._release(len(self._held))
        else:
            self._buf += out
        if self._inflater.eof:  # a whole member, its CRC checked
            self._inflater = None
            self._probing = False
            self._release(len(self._held))

    def _release(self, n: int) -> None:
        self._buf += self._held[:n]
        self._held.clear()
        self._holding = False

    def _fail(self, problem: str, truncated: bool) -> None:
        """A member is cut short or corrupt: pass on what of it can be trusted, then resume.

        The next member may begin inside the bytes this one was inflating (a record cut short
        and another appended after it): output from there on is noise, so only the output of
        the bytes before it is kept. A corrupt member's output is dropped whole; a truncated
        one's is kept (inflating is sequential, so what came out before the cut is right).
        """
        self._inflater = None
        consumed = bytes(self._member_raw) if len(self._member_raw) < _RESCAN_KEEP else None
        member = self._member_offset
        quiet = self._probing
        found = self._rescan(member + 1)
        keep = len(self._held) if truncated else 0
        if found and consumed is not None and member < self._in_offset < member + len(consumed) \
                and _plausible_member(self._in):
            head = consumed[: self._in_offset - member]
            keep = len(zlib.decompressobj(31).decompress(head, len(self._held) + 1))
            problem = (f"the gzip member at file offset {member:,} is cut short by another "
                       f"starting at {self._in_offset:,}")
        if not quiet:
            self._release(min(keep, len(self._held)))
            self._stop(problem, at=None if keep else member)
        self._held.clear()
        self._holding = False

    def _rescan(self, start: int) -> bool:
        """Look for the next gzip member from file offset ``start`` on; False at the end."""
        self._probing = True
        if self._member_offset < start <= self._member_offset + len(self._member_raw) and \
                len(self._member_raw) < _RESCAN_KEEP:
            data = bytes(self._member_raw[start - self._member_offset:]) + self._in
            base = start
        else:
            data, base = self._in[max(0, start - self._in_offset):], max(start, self._in_offset)
        self._member_raw.clear()
        while True:
            i = data.find(_GZIP_MAGIC + b"\x08")
            if i >= 0:
                self._in, self._in_offset = data[i:], base + i
                return True
            keep = data[-2:]
            base += len(data) - len(keep)
            self._in, self._in_offset = b"", base
            if not self._more_input():
                self._end = True
                return False
            data = keep + self._in


def _plausible_member(data: bytes) -> bool:
    """Whether ``data`` starts like a real gzip member (a rescan can hit the magic bytes by
    chance inside compressed data; such a false start fails to inflate almost at once)."""
    try:
        zlib.decompressobj(31).decompress(data[:_CHUNK], 256)
    except zlib.error:
        return False
    return True


def _where(data: _WarcBytes, label: str, pos: int, record_id: str | None = None) -> Locator:
    offset, _ = data.file_offset(pos)
    return Locator(label, record_id=record_id, byte_offset=offset)


def _offset_note(data: _WarcBytes, pos: int) -> str:
    return "" if data.file_offset(pos)[1] else \
        " (the byte offset is in the inflated data: the file is one gzip stream)"


def _is_record_start(line: bytes, mode: str | None) -> bool:
    if mode != "arc" and line.startswith(b"WARC/"):
        return True
    return mode != "warc" and _ARC_HEADER.fullmatch(line) is not None


def _record_in_block(block: bytes) -> tuple[int, int] | None:
    """(end of this record, start of the next) when a record header starts inside ``block``."""
    m = _WARC_IN_BLOCK.search(block, 1)
    if m is None:
        return None
    end = m.start()
    while end and block[end - 1] in b"\r\n":
        end -= 1
    return end, m.start()


def _pending_problem(data: _WarcBytes) -> str:
    """`` (why)`` when the data stopped at a problem right here, to report with this record."""
    problem = None if data.has_data() else data.take_problem()
    return f" ({problem})" if problem else ""


def _resync(data: _WarcBytes, mode: str | None, budget: int | None) -> tuple[int, bool]:
    """Skip to the next line that starts a record; (bytes skipped, whether the budget ran out)."""
    skipped = 0
    while True:
        line = data.readline(_WARC_HEADER)
        if not line:
            return skipped, False
        if _is_record_start(line, mode):
            data.unread(line)
            return skipped, False
        if mode != "arc" and (m := _WARC_LINE_END.search(line)):  # garbage ran into it
            data.unread(line[m.start():])
            return skipped + m.start(), False
        skipped += len(line)
        if budget is not None and skipped > budget:
            return skipped, True


def _read_warc(data: _WarcBytes, src: _Source, options: ReadOptions) -> Iterator[Item]:
    """Every record of a WARC (or ARC) file: a capture, a skip or a refusal, never silence.

    warcio's ``ArchiveIterator`` is not used to walk the file: on hostile input it raises
    ``AttributeError`` on a header cut short, reads only the first record of a file gzipped
    as one stream, yields nothing (and says nothing) for a truncated ``.warc.gz``, loses the
    record after a wrong ``Content-Length`` and stops at the first bad ``WARC-Date``. Records
    are framed here instead (header lines, ``Content-Length``, the blank lines after), with
    offsets, bounded reads and resynchronisation on the next ``WARC/`` line; each record's
    bytes are then handed to warcio's ``ArcWarcRecordLoader``, which still parses the WARC
    and HTTP headers and undoes chunked and compressed HTTP bodies.
    """
    loader = ArcWarcRecordLoader(verify_http=False)
    limit = options.max_document_bytes
    budget = limit if src.endless else None
    mode: str | None = "arc" if (src.path or "").lower().removesuffix(".gz").endswith(".arc") \
        else None
    anything = False
    while True:
        data.skip_blank_lines()
        start = data.tell()
        data.forget_before(start)
        if not data.has_data():
            problem = data.take_problem()
            if problem is None:
                break
            anything = True
            if data.problem_at is not None:  # nothing of it was passed on: say where it is
                yield Refusal(Reason.TRUNCATED_WARC,
                              Locator(src.label, byte_offset=data.problem_at), problem)
            else:
                yield Refusal(Reason.TRUNCATED_WARC, _where(data, src.label, start),
                              problem + _offset_note(data, start))
            continue
        anything = True
        line = data.readline(_WARC_HEADER)
        if not _is_record_start(line, mode):
            skipped, gave_up = _resync(data, mode, budget)
            yield Refusal(Reason.TRUNCATED_WARC, _where(data, src.label, start),
                          f"expected a WARC record here, found {line[:40]!r}; "
                          f"{len(line) + skipped:,} bytes skipped to the next record"
                          + _pending_problem(data) + _offset_note(data, start)
                          + ("; stopped reading a stream that is not a regular file"
                             if gave_up else ""))
            if gave_up:
                return
            continue
        mode = mode or ("warc" if line.startswith(b"WARC/") else "arc")
        yield from _warc_record(data, src, options, loader, line, start, mode, budget)
    if not anything:
        yield Refusal(Reason.EMPTY, Locator(src.label))


def _warc_record(data: _WarcBytes, src: _Source, options: ReadOptions,
                 loader: ArcWarcRecordLoader, first: bytes, start: int, mode: str,
                 budget: int | None) -> Iterator[Item]:
    """Frame one record whose first line has been read; yield what it is."""
    where = _where(data, src.label, start)
    note = _offset_note(data, start)
    header = bytearray(first)
    if mode == "warc":
        while True:
            line = data.readline(_WARC_HEADER)
            header += line
            if not line.endswith(b"\n") or len(header) > _WARC_HEADER:
                if len(header) > _WARC_HEADER or len(line) >= _WARC_HEADER:
                    _resync(data, mode, budget)
                    detail = f"a record header longer than {_WARC_HEADER:,} bytes"
                else:
                    detail = "the file ends inside the record header"
                yield Refusal(Reason.TRUNCATED_WARC, where,
                              detail + _pending_problem(data) + note)
                return
            if line in (b"\r\n", b"\n"):
                break
            m = _WARC_LINE_END.search(line)
            if m or not _HEADER_LINE.match(line):
                # cut short by the next record, or by something that is no header at all
                data.unread(line[m.start():] if m else line)
                if not m:
                    _resync(data, mode, budget)
                rid = _header_fields(bytes(header)).get("warc-record-id")
                yield Refusal(Reason.TRUNCATED_WARC, replace(where, record_id=rid),
                              f"the record header breaks off at {line[:40]!r}{note}")
                return
        fields = _header_fields(bytes(header))
        length_text = fields.get("content-length", "")
        record_id = fields.get("warc-record-id")
    else:
        length_text = first.rsplit(b" ", 1)[-1].strip().decode("ascii")
        record_id = None  # warcio would make up a random one
    if record_id is not None:
        where = replace(where, record_id=record_id)
    if not _DIGITS.fullmatch(length_text):
        skipped, _ = _resync(data, mode, budget)
        yield Refusal(Reason.TRUNCATED_WARC, where,
                      f"no valid Content-Length ({length_text[:40]!r}); {skipped:,} bytes "
                      f"skipped to the next record" + _pending_problem(data) + note)
        return
    length = int(length_text)
    keep = min(length, options.max_document_bytes + _HTTP_ROOM)
    block = data.read(keep)
    got = len(block) + (data.skip(length - keep) if len(block) == keep else 0)
    if got < length:
        if mode == "warc" and len(block) == got:
            # a length that runs past the end of the file swallows the records after this
            # one: look for them in what was read
            data.unread(block)
            _resync(data, mode, budget)
        yield Refusal(Reason.TRUNCATED_WARC, where,
                      f"the file ends {length - got:,} bytes before this record does (or "
                      f"its Content-Length is wrong)" + _pending_problem(data) + note)
        return
    blank, whole = data.skip_blank_lines()
    following = data.peekline(_WARC_HEADER)
    if following and not _is_record_start(following, mode):
        # Not a record next. A length too long has swallowed the start of the next record
        # (find it in the block); one too short left a tail of this one (no blank line
        # after the block). Otherwise the record is whole and what follows is refused on
        # its own.
        inner = _record_in_block(block) if mode == "warc" and keep == length else None
        if inner is not None and whole:
            data.unread(block[inner[1]:] + blank)
            yield Refusal(Reason.TRUNCATED_WARC, where,
                          f"its Content-Length ({length:,}) runs past the record, which ends "
                          f"after {inner[0]:,} bytes{note}")
            return
        if not blank.startswith((b"\r\n\r\n", b"\n\n") if mode == "warc" else b"\n"):
            if keep == length and whole:  # the next record may start inside the block
                data.unread(block + blank)
            _resync(data, mode, budget)
            yield Refusal(Reason.TRUNCATED_WARC, where,
                          f"the record does not end where its Content-Length ({length:,}) "
                          f"says; reading goes on at the next record found"
                          + _pending_problem(data) + note)
            return
    try:
        record = loader.parse_record_stream(io.BytesIO(bytes(header) + block),
                                            known_format=mode)
        item = _warc_item(record, where, src, options, too_large=length > keep)
    except Exception as exc:  # warcio on one in-memory record: whatever it raises
        yield Refusal(Reason.TRUNCATED_WARC, where,
                      f"cannot parse the record: {type(exc).__name__}: {str(exc)[:200]}{note}")
        return
    if item is not None:
        yield item


def _header_fields(header: bytes) -> dict[str, str]:
    """Lower-cased WARC header names and their values (the first of repeated names)."""
    fields: dict[str, str] = {}
    for raw in header.split(b"\n")[1:]:
        name, sep, value = raw.decode("utf-8", "replace").partition(":")
        if sep and not name[:1].isspace():
            fields.setdefault(name.strip().lower(), value.strip())
    return fields


_WANTED_MIME = ("text/html", "application/xhtml+xml", "text/plain")


def _warc_item(record: Any, where: Locator, src: _Source, options: ReadOptions,
               too_large: bool) -> Item | None:
    """One WARC record as a capture; request, metadata and non-HTML records are skipped."""
    headers = record.rec_headers
    rtype = record.rec_type
    http = record.http_headers
    body: Any = None
    if http is None and rtype in ("response", "revisit") \
            and (headers.get_header("Content-Length") or "0").strip() != "0" \
            and (headers.get_header("Content-Type") or "").lower().startswith("application/http"):
        # warcio reads the HTTP headers only under an http(s) target URI; a page whose URI
        # is broken ('::::') still carries them, and is still a page
        try:
            http = StatusAndHeadersParser(["HTTP/1.0", "HTTP/1.1"]).parse(record.raw_stream)
        except (EOFError, ValueError, StatusAndHeadersParserException):
            return Refusal(Reason.TRUNCATED_WARC, where,
                           "an application/http record whose HTTP headers cannot be read")
        body = record.raw_stream
    if rtype == "warcinfo":
        return None
    if not rtype:
        return Refusal(Reason.TRUNCATED_WARC, where, "the record has no WARC-Type")
    if rtype not in ("response", "resource"):
        return Skipped(where, f"WARC {rtype[:40]} record")
    if http is not None and not http.protocol.upper().startswith("HTTP/"):
        return Refusal(Reason.TRUNCATED_WARC, where,
                       f"a {rtype} record whose payload is not an HTTP response (it starts "
                       f"{http.protocol[:40]!r})")
    status = http.get_statuscode() if http is not None else "200"
    if not status.startswith("2"):
        return Skipped(where, f"HTTP status {status[:20]}")
    ctype = (http.get_header("Content-Type") if http else
             headers.get_header("Content-Type")) or ""
    mime = ctype.split(";")[0].strip().lower()
    if mime not in _WANTED_MIME:
        return Skipped(where, f"content type {mime[:60] or 'unknown'}")
    limit = options.max_document_bytes
    stream = body if body is not None else record.content_stream()
    data = b"" if too_large else stream.read(limit + 1)
    if too_large or len(data) > limit:
        return Refusal(Reason.TOO_LARGE, where,
                       f"record payload larger than {limit:,} bytes; raise --max-doc-size")
    declared = None
    if "charset=" in ctype.lower():
        declared = ctype.lower().split("charset=")[1].split(";")[0].strip(" \"'")
    try:
        record_time = parse_timestamp(headers.get_header("WARC-Date") or "")[0]
    except ValueError:
        record_time = None  # a garbage date: the capture time comes from elsewhere
    url = _clean_str(headers.get_header("WARC-Target-URI"))  # kept as given: see url_problem
    kind: CaptureKind = "text" if mime == "text/plain" else "html"
    return _make_capture(kind, data, where, declared,
                         _capture_time(src, options, record_time, "warc"),
                         _hints(src, options, Hints(url=url)))


def read_bytes(data: bytes, name: str, options: ReadOptions | None = None) -> list[Item]:
    """Read captures from bytes in memory (tests and library users)."""
    return list(_read_stream(io.BufferedReader(io.BytesIO(data)),  # type: ignore[arg-type]
                             None if name == "<stdin>" else name, display_path(name), None,
                             options or ReadOptions(), regular=True))
