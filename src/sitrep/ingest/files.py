"""Input files: their names as safe text, opening them without blocking, what kind of thing a
path is, and which capture format a name or a file's first bytes say."""

from __future__ import annotations

import errno
import os
import re
import stat
from typing import BinaryIO, NamedTuple

from ..documents import Locator, Refusal
from ..errors import Reason

_TEXT_EXT = (".txt", ".text")
_HTML_EXT = (".html", ".htm", ".xhtml", ".shtml")
_JSONL_EXT = (".jsonl", ".ndjson")
_WARC_EXT = (".warc", ".arc")
GZIP_MAGIC = b"\x1f\x8b"
UTF8_BOM = b"\xef\xbb\xbf"
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_NOT_REGULAR = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
                (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
                (stat.S_ISDIR, "a folder"))


class Opened(NamedTuple):
    """An input opened for reading, and what ``fstat`` said of it."""

    file: BinaryIO
    info: os.stat_result


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


def os_error(exc: OSError) -> str:
    """An OS error as a short reason."""
    if exc.errno == errno.ELOOP:
        return "a symbolic link loop"
    if exc.errno == errno.ENXIO:
        return "a socket or a device with nothing behind it"
    return exc.strerror or str(exc)


def kind(mode: int) -> str:
    """What a file that is not a regular file is (a FIFO, a device, a folder...)."""
    return next((what for test, what in _NOT_REGULAR if test(mode)), "not a regular file")


def open_input(path: str, label: str, regular_only: bool) -> Opened | Refusal:
    """Open ``path`` for reading without ever blocking on the open itself (a FIFO)."""
    where = Locator(label)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the name
        return Refusal(Reason.UNREADABLE, where,
                       os_error(exc) if isinstance(exc, OSError) else str(exc))
    try:
        info = os.fstat(fd)
        regular = stat.S_ISREG(info.st_mode)
        if not regular and (regular_only or stat.S_ISDIR(info.st_mode)):
            os.close(fd)
            return Refusal(Reason.NOT_REGULAR, where, kind(info.st_mode))
        if not regular:
            os.set_blocking(fd, True)  # a pipe with a writer: wait for it, as for stdin
        return Opened(os.fdopen(fd, "rb"), info)
    except OSError as exc:
        os.close(fd)
        return Refusal(Reason.UNREADABLE, where, os_error(exc))


def format_from_name(name: str) -> str | None:
    """The capture format a file name says (``.gz`` aside), or None."""
    lower = name.lower().removesuffix(".gz")
    for fmt, exts in (("text", _TEXT_EXT), ("html", _HTML_EXT), ("jsonl", _JSONL_EXT),
                      ("warc", _WARC_EXT)):
        if lower.endswith(exts):
            return fmt
    return None


def sniff(head: bytes) -> str:
    """The capture format the first bytes of an unnamed input suggest."""
    start = head.removeprefix(UTF8_BOM).lstrip()[:16]
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"<"):
        return "html"
    return "text"
