"""Splitting the inputs of an ingest into parts, one task each, by path and byte range.

Why paths and ranges: a worker reads its own share from a shared file system, so this
process never reads a page to send it. Files are grouped a few hundred to a part; a large
JSON Lines file is cut into byte ranges at line ends, each with the number of its first
line, so that a capture's locator (``file.jsonl:LINE``) is the one a single-process run
gives. Inputs may also be URLs, read with fsspec (:mod:`sitrep.scale.remote`). A part's id
hashes what it covers with each file's size and modification time: the same inputs give
the same parts, and a rerun finds their results already written.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..documents import Refusal, content_id
from ..ingest.files import format_from_name
from ..ingest.folders import Found, walk
from ..ingest.options import ReadOptions, Skipped
from .remote import is_url, list_url, open_binary, url_size, url_stamp

#: Files per part when a folder holds many small captures.
FILES_PER_PART = 100
#: Bytes per part of a large JSON Lines file (some 800 news-length captures). Each part
#: costs fixed work: a Dask task, 18 small Parquet files, one transaction of the client
#: (its COMMIT rewrites the index pages the part touched, and adds a full-text segment),
#: and a read of each bucket's file of the part. At 20,000 captures, parts of 4 MiB instead
#: of 1 MiB cut the cluster's CPU by a fifth (143 to 117 CPU-s, BENCHMARKS.md); larger
#: parts gained little more and leave a longer tail when the last ones run.
BYTES_PER_PART = 4 * 2**20
_CHUNK = 2**20
#: What a part writes: a part id changes with it, so a work folder of an older sitrep is
#: not mistaken for a finished part (2: passage keys and whole fingerprints; 3: translation
#: keys; 4: every article's passage keys with its position in the part; 5: the compact
#: signatures, as the article rows no longer carry them; 6: one byte a value).
PART_FORMAT = 6


@dataclass(frozen=True, slots=True)
class PartSizes:
    """How much input one task reads: files of a folder, or bytes of a JSON Lines file."""

    files: int = FILES_PER_PART
    bytes: int = BYTES_PER_PART


@dataclass(frozen=True, slots=True)
class InputFile:
    path: str
    walked: bool  # found in a folder: only a regular file is read (as a single run does)


@dataclass(frozen=True, slots=True)
class Part:
    """One task's share of the inputs: whole files, or lines of one JSON Lines file."""

    files: tuple[InputFile, ...] = ()
    jsonl: str | None = None
    start: int = 0  # byte range [start, end) of ``jsonl``, cut at line ends
    end: int = 0
    first_line: int = 1
    stamp: str = ""  # sizes and modification times of what the part covers

    @property
    def id(self) -> str:
        return content_id(tuple((f.path, f.walked) for f in self.files), self.jsonl,
                          self.start, self.end, self.first_line, self.stamp, PART_FORMAT,
                          prefix="p")


@dataclass(frozen=True, slots=True)
class Plan:
    parts: tuple[Part, ...]
    refusals: tuple[Refusal, ...]  # inputs refused before reading (no such file, ...)
    skipped: int


def _stamp(paths: Iterable[str]) -> str:
    out = []
    for path in paths:
        if is_url(path):
            out.append(url_stamp(path))
            continue
        try:
            info = os.stat(path)
            out.append(f"{info.st_size}:{info.st_mtime_ns}")
        except OSError:
            out.append("-")
    return ",".join(out)


def jsonl_ranges(path: str, size: int = BYTES_PER_PART) -> Iterator[tuple[int, int, int]]:
    """(start, end, first line number) of the parts of one JSON Lines file, each ending at a
    line end. The file is scanned once for line ends (no line is parsed)."""
    start, line, pos, lines_before = 0, 1, 0, 0
    with (open_binary(path) if is_url(path) else open(path, "rb")) as fh:
        while chunk := fh.read(_CHUNK):
            cut = 0
            while pos + len(chunk) - start >= size:
                at = chunk.find(b"\n", max(start + size - pos - 1, cut))
                if at < 0:
                    break
                end = pos + at + 1
                lines_before += chunk.count(b"\n", cut, at + 1)
                yield start, end, line
                start, line, cut = end, lines_before + 1, at + 1
            lines_before += chunk.count(b"\n", cut)
            pos += len(chunk)
    if pos > start or start == 0:
        yield start, pos, line


def plan_parts(paths: Iterable[str], options: ReadOptions,
               files_per_part: int = FILES_PER_PART,
               bytes_per_part: int = BYTES_PER_PART) -> Plan:
    """The parts of an ingest of ``paths``; folders are walked here (names only).

    The parts come in the order a single process reads the inputs (a run of files is cut
    where a large JSON Lines file comes between them): that order decides which articles
    of a stock passage pair up (:mod:`sitrep.scale.dedupe`)."""
    skip = {os.path.realpath(options.manifest_path)} if options.manifest_path else set()
    files: list[InputFile] = []
    parts: list[Part] = []
    refusals: list[Refusal] = []
    skipped = 0
    for found in _found(paths, options, skip):
        if isinstance(found, Refusal):
            refusals.append(found)
        elif isinstance(found, Skipped):
            skipped += 1
        elif _splittable(found.path, bytes_per_part):
            parts += _file_parts(files)  # the files before it come first, as in one process
            files = []
            stamp = _stamp([found.path.path])
            parts += [Part(jsonl=found.path.path, start=s, end=e, first_line=n, stamp=stamp)
                      for s, e, n in jsonl_ranges(found.path.path, bytes_per_part)]
        else:
            files.append(found.path)
            if len(files) == files_per_part:
                parts += _file_parts(files)
                files = []
    parts += _file_parts(files)
    return Plan(tuple(parts), tuple(refusals), skipped)


def _file_parts(files: list[InputFile]) -> list[Part]:
    """The part of a run of whole files (none for no file)."""
    return [Part(files=tuple(files), stamp=_stamp(f.path for f in files))] if files else []


@dataclass(frozen=True, slots=True)
class _Input:
    path: InputFile


def _found(paths: Iterable[str], options: ReadOptions,
           skip: set[str]) -> Iterator[_Input | Refusal | Skipped]:
    from ..documents import Locator
    from ..errors import Reason
    from ..ingest.files import display_path

    for path in paths:
        if is_url(path):
            yield from (_Input(InputFile(url, True)) for url in list_url(path))
        elif os.path.isdir(path):
            for found in walk(path, options, skip):
                yield _Input(InputFile(found.path, True)) if isinstance(found, Found) else found
        elif os.path.lexists(path):
            yield _Input(InputFile(path, False))
        else:
            yield Refusal(Reason.UNREADABLE, Locator(display_path(path)),
                          "no such file or folder")


def _splittable(found: InputFile, size: int) -> bool:
    """A plain (not gzipped) JSON Lines file larger than one part."""
    if format_from_name(found.path) != "jsonl":
        return False
    try:
        return (url_size(found.path) if is_url(found.path)
                else os.path.getsize(found.path)) > size
    except OSError:
        return False
