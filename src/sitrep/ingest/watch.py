"""Watching folders: ingest captures as they appear or change, never one still being
written.

Why a settle time: a crawler or a browser writes a page over seconds, and a capture read
half-way would be stored as an article with half its text (and, its id being the hash of
its content, stay there beside the whole one). A file is read only once its size and
modification time have not changed for ``settle`` seconds. Files a download in progress
leaves (``.part``, ``.crdownload``, ``.tmp``, ``~``) and hidden files are passed over.

The file events come from ``watchfiles`` (inotify on Linux, FSEvents on macOS); each ready
file is ingested by :func:`sitrep.ingest.runner.ingest`, so a file whose content is
already stored is a no-op and a changed file becomes a new capture.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .options import ReadOptions
from .runner import IngestSummary, ingest

if TYPE_CHECKING:
    from ..store import Store

#: Suffixes of files still being downloaded or saved, never read.
PARTIAL_SUFFIXES = (".part", ".crdownload", ".download", ".tmp", ".partial", "~", ".swp")
DEFAULT_SETTLE = 2.0


def wanted(path: str) -> bool:
    """Whether a watched path may be a capture: not hidden, not a partial download, not a
    SQLite store kept in the folder."""
    name = os.path.basename(path)
    return bool(name) and not name.startswith(".") and not name.lower().endswith(
        (*PARTIAL_SUFFIXES, ".db", ".db-wal", ".db-shm", ".db-journal"))


@dataclass
class Settling:
    """Files seen changing, with the (size, mtime) last seen and since when it held."""

    settle: float
    clock: Callable[[], float] = time.monotonic
    pending: dict[str, tuple[tuple[int, int], float]] = field(default_factory=dict)

    def saw(self, path: str) -> None:
        """A file event: the file's settle time starts again."""
        if wanted(path):
            self.pending.pop(path, None)
            self.check(path)

    def check(self, path: str) -> bool:
        """Note the file's current state; True when it has held for ``settle`` seconds."""
        try:
            info = os.stat(path)
        except OSError:  # gone again (a temporary file renamed away)
            self.pending.pop(path, None)
            return False
        if not os.path.isfile(path):
            self.pending.pop(path, None)
            return False
        state = (info.st_size, info.st_mtime_ns)
        now = self.clock()
        seen = self.pending.get(path)
        if seen is None or seen[0] != state:
            self.pending[path] = (state, now)
            return False
        return now - seen[1] >= self.settle

    def ready(self) -> list[str]:
        """The pending files that have settled, taken out of the pending set."""
        done = sorted(p for p in list(self.pending) if self.check(p))
        for path in done:
            del self.pending[path]
        return done


def watch_folders(folders: Iterable[str], store: Store, options: ReadOptions | None = None,
                  *, settle: float = DEFAULT_SETTLE, stop: threading.Event | None = None,
                  after: Callable[[list[str], IngestSummary], None] | None = None) -> None:
    """Ingest what the folders hold, then every file that appears or changes in them, once
    it has settled; runs until ``stop`` is set. ``after`` is called after each ingest with
    the files and the summary (the command line extracts there)."""
    from watchfiles import Change, watch

    folders = [str(Path(f)) for f in folders]
    options = options or ReadOptions()
    stop = stop or threading.Event()
    first = ingest(folders, store, options)
    if after:
        after(folders, first)
    settling = Settling(settle)
    tick = max(50, int(settle * 250))  # look at pending files four times per settle time
    for changes in watch(*folders, stop_event=stop, yield_on_timeout=True, rust_timeout=tick,
                         debounce=tick, step=50, recursive=True):
        for change, path in changes:
            if change != Change.deleted:
                settling.saw(path)
        # a link appearing in a watched folder follows the folder rule (E014 in a walk)
        ready = [p for p in settling.ready()
                 if options.follow_symlinks or not os.path.islink(p)]
        if ready:
            summary = ingest(ready, store, options)
            if after:
                after(ready, summary)
