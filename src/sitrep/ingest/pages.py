"""A single page, plain or gzipped: read up to the size limit and never further, a binary
start refused at once, then decoded into one capture."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from typing import IO

from ..documents import CaptureKind, Hints, Locator, Refusal
from ..errors import Reason
from .captures import Source, capture_time, hints, make_capture
from .decode import looks_binary
from .files import UTF8_BOM
from .options import Item, ReadOptions

_BOM_STARTS = (UTF8_BOM, b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")  # UTF-8/16/32
_SNIFF_BYTES = 8192


def read_document(stream: IO[bytes], src: Source, fmt: str,
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
    yield make_capture(kind, data, where, None, capture_time(src, options, None, "mtime"),
                       hints(src, options, Hints()))

