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
* WARC records are framed in :mod:`sitrep.ingest.warc`: each record is a capture, a skip or
  an E005 refusal at its own byte offset, and the records after a bad one are still read,
  in plain files, per-record gzip and whole-file gzip alike. A record whose WARC-Target-URI
  cannot be parsed is refused; one whose WARC-Date cannot be is kept, dated from elsewhere.

This module finds the inputs and sends each to the reader of its format; the readers live
beside it: :mod:`~sitrep.ingest.folders` (walking), :mod:`~sitrep.ingest.pages` (a single
page), :mod:`~sitrep.ingest.jsonl`, :mod:`~sitrep.ingest.warc` (over
:mod:`~sitrep.ingest.warc_bytes`) and :mod:`~sitrep.ingest.manifest`, with what they share in
:mod:`~sitrep.ingest.options`, :mod:`~sitrep.ingest.files` and :mod:`~sitrep.ingest.captures`.
The public names of all of them are importable from here.
"""

from __future__ import annotations

import gzip
import io
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import IO, BinaryIO

from ..documents import Locator, Refusal
from ..errors import Reason
from .captures import Source, manifest_entry
from .files import GZIP_MAGIC, display_path, format_from_name, open_input, os_error, sniff
from .folders import Found, walk
from .jsonl import read_jsonl
from .manifest import Manifest, load_manifest
from .options import (
    DEFAULT_MAX_DOCUMENT_BYTES,
    Item,
    ManifestEntry,
    ReadOptions,
    Skipped,
    Timestamp,
    parse_timestamp,
)
from .pages import read_document
from .warc import read_warc
from .warc_bytes import WarcBytes

__all__ = [
    "DEFAULT_MAX_DOCUMENT_BYTES",
    "Item",
    "Manifest",
    "ManifestEntry",
    "ReadOptions",
    "Skipped",
    "Timestamp",
    "display_path",
    "iter_inputs",
    "load_manifest",
    "parse_timestamp",
    "read_bytes",
    "read_file",
    "read_stream",
]


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
            yield from _read_folder(path, options, skip)
        elif os.path.lexists(path):
            yield from read_file(path, options)
        else:
            yield Refusal(Reason.UNREADABLE, Locator(display_path(path)),
                          "no such file or folder")


def _read_folder(root: str, options: ReadOptions, skip: set[str]) -> Iterator[Item]:
    """Every capture under ``root``: each file the walk finds is read before it goes on."""
    for found in walk(root, options, skip):
        if isinstance(found, Found):
            yield from read_file(found.path, options, regular_only=True)
        else:
            yield found


def read_file(path: str, options: ReadOptions, *, regular_only: bool = False) -> Iterator[Item]:
    """Captures in one file, whatever its format (by extension, else by its first bytes).

    The file is opened without blocking, so a FIFO nobody writes to reads as empty instead
    of hanging. With ``regular_only`` (a folder walk) anything but a regular file is refused
    with E015; named explicitly, a FIFO or device is read like stdin, within the limits.
    """
    label = display_path(path)
    opened = open_input(path, label, regular_only)
    if isinstance(opened, Refusal):
        yield opened
        return
    regular = stat.S_ISREG(opened.info.st_mode)
    with opened.file as fh:
        mtime = (datetime.fromtimestamp(opened.info.st_mtime, UTC).replace(tzinfo=None)
                 if regular else None)
        yield from _read_stream(fh, path, label, mtime, options, regular=regular)


def _read_stream(fh: BinaryIO, path: str | None, label: str, mtime: datetime | None,
                 options: ReadOptions, *, regular: bool) -> Iterator[Item]:
    """One input, sent to the reader of its format (gzip undone first, except for WARC)."""
    where = Locator(label)
    src = Source(path, label, mtime, manifest_entry(path, options), not regular)
    try:
        head = fh.peek(64)[:64] if hasattr(fh, "peek") else b""
    except OSError as exc:
        yield Refusal(Reason.UNREADABLE, where, os_error(exc))
        return
    fmt = format_from_name(path) if path is not None else None
    gzipped = head.startswith(GZIP_MAGIC)
    if fmt == "warc":  # gzip members are read one by one there, to know where records are
        yield from read_warc(WarcBytes(fh, gzipped), src, options)
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
        fmt = sniff(head)
    if fmt == "warc":
        yield from read_warc(WarcBytes(stream, False), src, options)
    elif fmt == "jsonl":
        yield from read_jsonl(stream, src, options)
    else:
        yield from read_document(stream, src, fmt, options)


def read_stream(fh: BinaryIO, name: str, options: ReadOptions | None = None) -> Iterator[Item]:
    """Read captures from an open binary stream (a pipe, a generator's output), lazily: a
    stream far larger than memory is read item by item. ``fh`` must support ``peek``
    (wrap a raw stream in :class:`io.BufferedReader`); ``name`` labels the locators."""
    return _read_stream(fh, None, name, None, options or ReadOptions(), regular=False)


def read_bytes(data: bytes, name: str, options: ReadOptions | None = None) -> list[Item]:
    """Read captures from bytes in memory (tests and library users)."""
    return list(_read_stream(io.BufferedReader(io.BytesIO(data)),  # type: ignore[arg-type]
                             None if name == "<stdin>" else name, display_path(name), None,
                             options or ReadOptions(), regular=True))
