"""JSON Lines: lines read with bounded memory, one JSON object per line with its fields
checked (a string or null, else the line is refused naming the field), each line a capture."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterable, Iterator
from typing import IO, Any, NamedTuple

from ..documents import Capture, CaptureKind, Hints, Locator, Refusal
from ..errors import Reason
from .captures import Source, capture_time, clean_str, hints
from .decode import scrub_surrogates
from .files import UTF8_BOM
from .options import CaptureTime, Item, ReadOptions, parse_timestamp

_LINE_CHUNK = 1 << 18
_JSONL_TEXT_FIELDS = ("html", "text", "url", "title", "published", "outlet", "captured_at")


class Line(NamedTuple):
    """A numbered line: its bytes, None when longer than the limit, or ``b""`` when reading
    gave up on an endless stream."""

    no: int
    text: bytes | None


def type_name(value: object) -> str:
    """A JSON value's type as a person would name it."""
    return {dict: "an object", list: "an array", bool: "true/false", int: "a number",
            float: "a number", type(None): "null"}.get(type(value), type(value).__name__)


def wrong_types(obj: dict[str, Any], keys: Iterable[str]) -> str | None:
    """The first of ``keys`` whose value is neither a string nor null, described."""
    for key in keys:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            return f"'{key}' must be a string, not {type_name(value)}"
    return None


def json_object(line: bytes, where: Locator) -> dict[str, Any] | Refusal:
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
        return Refusal(Reason.BAD_JSON, where, f"expected an object, got {type_name(obj)}")
    return obj


def bounded_lines(stream: IO[bytes], limit: int, endless: bool = False) -> Iterator[Line]:
    """A :class:`Line` for each line; None in place of a line longer than ``limit``.

    At most ``limit`` bytes of a line are ever held: past that the line is read through in
    chunks (``readline`` would gather it whole first). On an endless stream (a FIFO,
    ``/dev/zero``) reading gives up on such a line instead, yielding ``Line(number, b"")``.
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
            yield Line(no, line if i <= limit else None)
            continue
        if len(buf) > limit:  # a line too long to hold: pass over it
            no += 1
            skipped, scanned = len(buf), 0
            buf.clear()
            while True:
                chunk = read(_LINE_CHUNK)
                if not chunk:
                    yield Line(no, None)
                    return
                j = chunk.find(b"\n")
                if j >= 0:
                    buf += chunk[j + 1 :]
                    break
                skipped += len(chunk)
                if endless and skipped > limit:
                    yield Line(no, b"")
                    return
            yield Line(no, None)
            continue
        scanned = len(buf)
        chunk = read(_LINE_CHUNK)
        if not chunk:
            if buf:
                yield Line(no + 1, bytes(buf))
            return
        buf += chunk


def read_jsonl(stream: IO[bytes], src: Source, options: ReadOptions) -> Iterator[Item]:
    """Every line of a JSON Lines input: a capture or a refusal naming the line."""
    when_file = capture_time(src, options, None, "mtime")
    limit = options.max_document_bytes
    no, seen = 0, False
    try:
        for no, line in bounded_lines(stream, limit, src.endless):
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
                if no == 1 and line.startswith(UTF8_BOM):  # Windows tools write one
                    line = line[len(UTF8_BOM):]
                yield _jsonl_item(line, where, src, when_file, options)
    except (OSError, EOFError, zlib.error) as exc:
        yield Refusal(Reason.TRUNCATED_GZIP if isinstance(stream, gzip.GzipFile)
                      else Reason.UNREADABLE, Locator(src.label, line=no + 1),
                      f"{str(exc) or type(exc).__name__}; the lines before were read")
        return
    if not seen:
        yield Refusal(Reason.EMPTY, Locator(src.label))


def _jsonl_item(line: bytes, where: Locator, src: Source, when: CaptureTime,
                options: ReadOptions) -> Item:
    """One line as a capture; a field of the wrong type or an unparsable URL or time refuses it.

    Fields are strings or null (null counts as absent). ``source`` may also be an object with
    a string ``name`` (as news APIs write it).
    """
    obj = json_object(line, where)
    if isinstance(obj, Refusal):
        return obj
    problem = wrong_types(obj, _JSONL_TEXT_FIELDS)
    source = obj.get("source")
    if isinstance(source, dict):
        source = source.get("name")
    if not problem and source is not None and not isinstance(source, str):
        problem = f"'source' must be a string or an object with a 'name', not {type_name(source)}"
    if problem:
        return Refusal(Reason.MISSING_FIELD, where, problem)
    html, text = obj.get("html"), obj.get("text")
    kind: CaptureKind = "html" if html and not html.isspace() else "text"
    body = html if kind == "html" else text
    if not body or body.isspace():
        return Refusal(Reason.MISSING_FIELD, where,
                       "each line needs a non-empty string 'text' or 'html' field")
    body = scrub_surrogates(body)
    url = clean_str(obj.get("url"))  # kept as given even when unparsable: see url_problem
    line_hints = Hints(url=url, title=clean_str(obj.get("title")),
                       published=clean_str(obj.get("published")),
                       outlet=clean_str(obj.get("outlet")) or clean_str(source))
    captured_at = clean_str(obj.get("captured_at"))
    if captured_at and options.captured_at is None:
        try:
            got, has_time = parse_timestamp(captured_at)
        except ValueError as exc:
            return Refusal(Reason.MISSING_FIELD, where,
                           f"'captured_at' is not an ISO date or date-time ({exc})")
        when = CaptureTime(got, "feed", has_time)
    return Capture(kind, body, "utf-8", where, when.at, when.source,
                   hints(src, options, line_hints), when.has_time)

