"""Walking a folder for captures: a verdict for every entry (read it, refuse it, pass over it),
each folder once, links out of the folder refused, FIFOs never opened."""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass

from ..documents import Locator, Refusal
from ..errors import Reason
from .files import display_path, format_from_name, kind, os_error
from .options import Item, ReadOptions, Skipped

#: Files a folder walk passes over without a word: a SQLite database and its journals (a
#: sitrep store is often kept beside the captures it holds).
_QUIET_FILES = re.compile(r".*\.(?:db|sqlite3?)(?:-wal|-shm|-journal)?", re.I | re.S)


@dataclass(frozen=True, slots=True)
class Found:
    """A regular file in a capture format, found by :func:`walk`, for the caller to read."""

    path: str


@dataclass(frozen=True, slots=True)
class _Walk:
    """What every step of one walk shares."""

    root_real: str
    options: ReadOptions
    skip: set[str]
    #: (device, inode) of every folder listed or queued, so that a link loop ends
    visited: set[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class _Entry:
    """A folder entry that is not hidden, and what ``stat`` said of what it names."""

    where: Locator
    info: os.stat_result
    is_link: bool


def walk(root: str, options: ReadOptions, skip: set[str]) -> Iterator[Item | Found]:
    """Every capture file under ``root``, depth first in name order (as ``os.walk`` gave them).

    Written out rather than ``os.walk`` because each entry needs a verdict that ``os.walk``
    hides: a folder it cannot list, a link loop, a link out of the folder, a FIFO.

    * hidden entries (a leading dot: ``.git``, ``.DS_Store``, editor swap files) are passed
      over quietly, as a shell glob would, and so are SQLite databases (``sitrep.db`` and its
      ``-wal``/``-shm`` files, when the store is kept in the folder it ingests);
    * regular files in a capture format are yielded as :class:`Found`, for the caller to
      read (the walk waits meanwhile); other files are refused with E009;
    * FIFOs, devices and sockets are refused with E015 (opening a FIFO can block forever);
    * a symbolic link whose target lies outside ``root`` is refused with E014 unless
      ``options.follow_symlinks``; a broken link or a link loop with E011;
    * a folder reached a second time (a link back into the walk) is noted as skipped, so a
      loop ends; folders are told apart by (device, inode).

    Files named in ``skip`` (real paths: the manifest) are passed over.
    """
    root_real = os.path.realpath(root)
    try:
        st = os.stat(root)
    except OSError as exc:
        yield Refusal(Reason.UNREADABLE, Locator(display_path(root)), os_error(exc))
        return
    state = _Walk(root_real, options, skip, {(st.st_dev, st.st_ino)})
    stack = [root]
    while stack:
        folder = stack.pop()
        entries = _listing(folder)
        if isinstance(entries, Refusal):
            yield entries
            continue
        subfolders: list[str] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            yield from _visit(entry, state, subfolders)
        stack.extend(reversed(subfolders))


def _listing(folder: str) -> list[os.DirEntry[str]] | Refusal:
    """The entries of ``folder`` in name order, or why it cannot be listed."""
    try:
        with os.scandir(folder) as listing:
            return sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        return Refusal(Reason.UNREADABLE, Locator(display_path(folder)),
                       f"cannot list the folder: {os_error(exc)}")


def _visit(dir_entry: os.DirEntry[str], state: _Walk,
           subfolders: list[str]) -> Iterator[Item | Found]:
    """The verdict on one entry that is not hidden; a new folder is added to ``subfolders``."""
    entry = _stat(dir_entry)
    if isinstance(entry, Refusal):
        yield entry
        return
    if entry.is_link and not state.options.follow_symlinks:
        target = os.path.realpath(dir_entry.path)
        if not _inside(target, state.root_real):
            yield Refusal(Reason.OUTSIDE_FOLDER, entry.where,
                          f"it points to {display_path(target)}; pass "
                          "--follow-symlinks to read it")
            return
    mode = entry.info.st_mode
    if stat.S_ISDIR(mode):
        key = (entry.info.st_dev, entry.info.st_ino)
        if key in state.visited:
            yield Skipped(entry.where, "a folder already read (a symbolic link loop or a "
                                       "second link to it)")
            return
        state.visited.add(key)
        subfolders.append(dir_entry.path)
    elif not stat.S_ISREG(mode):
        yield Refusal(Reason.NOT_REGULAR, entry.where, kind(mode))
    elif format_from_name(dir_entry.name) is None:
        if _QUIET_FILES.fullmatch(dir_entry.name):
            return
        yield Refusal(Reason.UNSUPPORTED, entry.where,
                      "not a capture format (.txt, .html, .jsonl, .warc; also gzipped)")
    elif not state.skip or os.path.realpath(dir_entry.path) not in state.skip:
        yield Found(dir_entry.path)


def _stat(dir_entry: os.DirEntry[str]) -> _Entry | Refusal:
    """What the entry names, links followed; a broken link or a link loop is refused."""
    where = Locator(display_path(dir_entry.path))
    is_link = False
    try:
        is_link = dir_entry.is_symlink()
        info = dir_entry.stat(follow_symlinks=True)
    except OSError as exc:
        detail = os_error(exc)
        if exc.errno == errno.ENOENT:
            detail = "a broken symbolic link" if is_link else detail
        return Refusal(Reason.UNREADABLE, where, detail)
    return _Entry(where, info, is_link)


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)
