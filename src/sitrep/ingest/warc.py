"""WARC and ARC files framed record by record: each record is a capture, a skip or an E005
refusal at its own byte offset, and the records after a bad one are still read.

Framing (header lines, ``Content-Length``, the blank lines after) is done here, over
:class:`~sitrep.ingest.warc_bytes.WarcBytes`; each record's bytes are then handed to warcio's
``ArcWarcRecordLoader``, which parses the WARC and HTTP headers and undoes chunked and
compressed HTTP bodies.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from warcio.recordloader import ArcWarcRecordLoader
from warcio.statusandheaders import StatusAndHeadersParser, StatusAndHeadersParserException

from ..documents import CaptureKind, Hints, Locator, Refusal
from ..errors import Reason
from .captures import Source, capture_time, clean_str, hints, make_capture
from .options import Item, ReadOptions, Skipped, parse_timestamp
from .warc_bytes import WarcBytes

# warcio logs what it mends in a record header ("Replacing spaces in invalid
# WARC-Target-URI: ...") with the raw header text; with no logging set up Python prints that
# on stderr, where a hostile header could forge lines. Whoever sets up logging still sees it.
logging.getLogger("warcio").addHandler(logging.NullHandler())

#: The longest WARC header line and the largest record header we hold.
_WARC_HEADER = 1 << 20
#: Room for the HTTP headers (and chunk marks) around a payload of ``max_document_bytes``.
_HTTP_ROOM = 1 << 20
_ARC_HEADER = re.compile(rb"\S+ \S+ \d{14} \S+ \d{1,18}\r?\n")
#: A WARC version line, at the end of a line of bytes (garbage may run into it).
_WARC_LINE_END = re.compile(rb"WARC/\d\.\d{1,2}\r?\n\Z")
#: A WARC header line: a name and a colon, or a continuation (leading space or tab).
_HEADER_LINE = re.compile(rb"[!-9;-~]+[ \t]*:|[ \t]")
#: Where a record starts inside a block whose Content-Length ran past it.
_WARC_IN_BLOCK = re.compile(rb"WARC/\d\.\d{1,2}\r?\n[A-Za-z-]+:")
_DIGITS = re.compile(r"\d{1,18}")
_WANTED_MIME = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass(frozen=True, slots=True)
class _Framing:
    """What the steps framing one record share."""

    data: WarcBytes
    mode: str  # "warc" or "arc"
    #: The most bytes skipped unread on a stream that may never end; None for a regular file.
    budget: int | None
    where: Locator
    #: Said after each refusal when ``where`` is an offset in the inflated data.
    note: str

    def refuse(self, detail: str) -> Refusal:
        return Refusal(Reason.TRUNCATED_WARC, self.where, detail)


class _Head(NamedTuple):
    """A record's header as read, with its Content-Length (as given) and WARC-Record-ID."""

    raw: bytes
    length_text: str
    record_id: str | None


class _Inner(NamedTuple):
    """A record found inside the block of another: where that one ends, where this starts."""

    end: int
    next_start: int


def _where(data: WarcBytes, label: str, pos: int, record_id: str | None = None) -> Locator:
    offset, _ = data.file_offset(pos)
    return Locator(label, record_id=record_id, byte_offset=offset)


def _offset_note(data: WarcBytes, pos: int) -> str:
    return "" if data.file_offset(pos).in_file else \
        " (the byte offset is in the inflated data: the file is one gzip stream)"


def _is_record_start(line: bytes, mode: str | None) -> bool:
    if mode != "arc" and line.startswith(b"WARC/"):
        return True
    return mode != "warc" and _ARC_HEADER.fullmatch(line) is not None


def _record_in_block(block: bytes) -> _Inner | None:
    """Where this record ends and the next starts, when a record header starts inside
    ``block``."""
    m = _WARC_IN_BLOCK.search(block, 1)
    if m is None:
        return None
    end = m.start()
    while end and block[end - 1] in b"\r\n":
        end -= 1
    return _Inner(end, m.start())


def _pending_problem(data: WarcBytes) -> str:
    """`` (why)`` when the data stopped at a problem right here, to report with this record."""
    problem = None if data.has_data() else data.take_problem()
    return f" ({problem})" if problem else ""


def _resync(data: WarcBytes, mode: str | None, budget: int | None) -> tuple[int, bool]:
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


def read_warc(data: WarcBytes, src: Source, options: ReadOptions) -> Iterator[Item]:
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


def _warc_record(data: WarcBytes, src: Source, options: ReadOptions,
                 loader: ArcWarcRecordLoader, first: bytes, start: int, mode: str,
                 budget: int | None) -> Iterator[Item]:
    """Frame one record whose first line has been read; yield what it is."""
    rec = _Framing(data, mode, budget, _where(data, src.label, start), _offset_note(data, start))
    head = _record_head(rec, first)
    if isinstance(head, Refusal):
        yield head
        return
    if head.record_id is not None:
        rec = replace(rec, where=replace(rec.where, record_id=head.record_id))
    if not _DIGITS.fullmatch(head.length_text):
        skipped, _ = _resync(data, mode, budget)
        yield rec.refuse(f"no valid Content-Length ({head.length_text[:40]!r}); {skipped:,} "
                         f"bytes skipped to the next record" + _pending_problem(data) + rec.note)
        return
    length = int(head.length_text)
    keep = min(length, options.max_document_bytes + _HTTP_ROOM)
    block = _read_block(rec, length, keep)
    if isinstance(block, Refusal):
        yield block
        return
    misframed = _misframed(rec, block, length, keep)
    if misframed is not None:
        yield misframed
        return
    item = _parse_record(rec, loader, head.raw + block, src, options, too_large=length > keep)
    if item is not None:
        yield item


def _record_head(rec: _Framing, first: bytes) -> _Head | Refusal:
    """The header of a record whose first line has been read (an ARC record's is that line)."""
    if rec.mode != "warc":
        # no WARC-Record-ID: warcio would make up a random one
        return _Head(first, first.rsplit(b" ", 1)[-1].strip().decode("ascii"), None)
    header = _warc_header(rec, first)
    if isinstance(header, Refusal):
        return header
    fields = _header_fields(header)
    return _Head(header, fields.get("content-length", ""), fields.get("warc-record-id"))


def _warc_header(rec: _Framing, first: bytes) -> bytes | Refusal:
    """A WARC record's header lines up to the blank line after them, or where they break off."""
    data = rec.data
    header = bytearray(first)
    while True:
        line = data.readline(_WARC_HEADER)
        header += line
        if not line.endswith(b"\n") or len(header) > _WARC_HEADER:
            if len(header) > _WARC_HEADER or len(line) >= _WARC_HEADER:
                _resync(data, rec.mode, rec.budget)
                detail = f"a record header longer than {_WARC_HEADER:,} bytes"
            else:
                detail = "the file ends inside the record header"
            return rec.refuse(detail + _pending_problem(data) + rec.note)
        if line in (b"\r\n", b"\n"):
            return bytes(header)
        m = _WARC_LINE_END.search(line)
        if m or not _HEADER_LINE.match(line):
            # cut short by the next record, or by something that is no header at all
            data.unread(line[m.start():] if m else line)
            if not m:
                _resync(data, rec.mode, rec.budget)
            rid = _header_fields(bytes(header)).get("warc-record-id")
            return Refusal(Reason.TRUNCATED_WARC, replace(rec.where, record_id=rid),
                           f"the record header breaks off at {line[:40]!r}{rec.note}")


def _read_block(rec: _Framing, length: int, keep: int) -> bytes | Refusal:
    """The first ``keep`` bytes of the record's ``length`` (the rest passed over), or the
    refusal of a record the file ends inside."""
    data = rec.data
    block = data.read(keep)
    got = len(block) + (data.skip(length - keep) if len(block) == keep else 0)
    if got >= length:
        return block
    if rec.mode == "warc" and len(block) == got:
        # a length that runs past the end of the file swallows the records after this
        # one: look for them in what was read
        data.unread(block)
        _resync(data, rec.mode, rec.budget)
    return rec.refuse(f"the file ends {length - got:,} bytes before this record does (or "
                      f"its Content-Length is wrong)" + _pending_problem(data) + rec.note)


def _misframed(rec: _Framing, block: bytes, length: int, keep: int) -> Refusal | None:
    """The refusal of a record whose Content-Length is wrong, seen from what follows it; None
    when the record is whole (what follows, if no record, is refused on its own)."""
    data = rec.data
    blank, whole = data.skip_blank_lines()
    following = data.peekline(_WARC_HEADER)
    if not following or _is_record_start(following, rec.mode):
        return None
    # A length too long has swallowed the start of the next record (find it in the block);
    # one too short left a tail of this one (no blank line after the block).
    inner = _record_in_block(block) if rec.mode == "warc" and keep == length else None
    if inner is not None and whole:
        data.unread(block[inner.next_start:] + blank)
        return rec.refuse(f"its Content-Length ({length:,}) runs past the record, which ends "
                          f"after {inner.end:,} bytes{rec.note}")
    if not blank.startswith((b"\r\n\r\n", b"\n\n") if rec.mode == "warc" else b"\n"):
        if keep == length and whole:  # the next record may start inside the block
            data.unread(block + blank)
        _resync(data, rec.mode, rec.budget)
        return rec.refuse(f"the record does not end where its Content-Length ({length:,}) "
                          f"says; reading goes on at the next record found"
                          + _pending_problem(data) + rec.note)
    return None


def _parse_record(rec: _Framing, loader: ArcWarcRecordLoader, raw: bytes, src: Source,
                  options: ReadOptions, too_large: bool) -> Item | None:
    """What a framed record is, as warcio parses it (None for a warcinfo record)."""
    try:
        record = loader.parse_record_stream(io.BytesIO(raw), known_format=rec.mode)
        return _warc_item(record, rec.where, src, options, too_large=too_large)
    except Exception as exc:  # warcio on one in-memory record: whatever it raises
        return rec.refuse(f"cannot parse the record: {type(exc).__name__}: "
                          f"{str(exc)[:200]}{rec.note}")


def _header_fields(header: bytes) -> dict[str, str]:
    """Lower-cased WARC header names and their values (the first of repeated names)."""
    fields: dict[str, str] = {}
    for raw in header.split(b"\n")[1:]:
        name, sep, value = raw.decode("utf-8", "replace").partition(":")
        if sep and not name[:1].isspace():
            fields.setdefault(name.strip().lower(), value.strip())
    return fields


def _warc_item(record: Any, where: Locator, src: Source, options: ReadOptions,
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
        record_time = parse_timestamp(headers.get_header("WARC-Date") or "").value
    except ValueError:
        record_time = None  # a garbage date: the capture time comes from elsewhere
    url = clean_str(headers.get_header("WARC-Target-URI"))  # kept as given: see url_problem
    kind: CaptureKind = "text" if mime == "text/plain" else "html"
    return make_capture(kind, data, where, declared,
                        capture_time(src, options, record_time, "warc"),
                        hints(src, options, Hints(url=url)))

