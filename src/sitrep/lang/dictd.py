"""Read a dictionary in the dictd format (FreeDict's): an index and a gzip-compressed text.

Why our own reader: the format is two files, an index of tab-separated lines (headword,
offset and length of its entry, both in base 64) and the entries' text compressed with gzip
(dictzip adds random access, which a reader that goes through every entry once does not
need). The libraries that read it (pyglossary, idzip) are not on the package mirror this
project installs from, and thirty lines of the standard library do what is needed here.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _number(text: str) -> int:
    """A dictd base-64 number ("B6" = 58)."""
    value = 0
    for ch in text:
        value = value * 64 + _DIGITS.index(ch)
    return value


@dataclass(frozen=True)
class Dictionary:
    """One dictd dictionary on disk: ``NAME.index`` and ``NAME.dict.dz`` (or ``NAME.dict``)."""

    index: Path
    text: Path

    @classmethod
    def at(cls, folder: Path, name: str) -> Dictionary | None:
        """The dictionary ``name`` in ``folder``, or None when it is not installed."""
        index = folder / f"{name}.index"
        for text in (folder / f"{name}.dict.dz", folder / f"{name}.dict"):
            if index.is_file() and text.is_file():
                return cls(index, text)
        return None

    def signature(self) -> str:
        """Sizes and modification times of both files: a cache built from an older edition
        of the dictionary is rebuilt."""
        parts = [(p.stat().st_size, p.stat().st_mtime_ns) for p in (self.index, self.text)]
        return ";".join(f"{size}:{mtime}" for size, mtime in parts)

    def entries(self) -> Iterator[tuple[str, str]]:
        """(headword, entry text) for every line of the index, in index order; the
        database's own entries ("00databaseinfo") are skipped."""
        opener = gzip.open if self.text.suffix == ".dz" else open
        with opener(self.text, "rb") as f:
            body = f.read()
        with self.index.open(encoding="utf-8") as lines:
            for line in lines:
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 3 or parts[0].startswith("00database"):
                    continue
                start, length = _number(parts[1]), _number(parts[2])
                yield parts[0], body[start:start + length].decode("utf-8", "replace")
