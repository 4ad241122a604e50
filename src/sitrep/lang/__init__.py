"""Language resources as data: one folder per language (``en/``, ``ru/``, ``de/`` ...).

Why: rules are general, words are not. A rule such as "a hedge before a number widens it"
holds in any language, but the hedges themselves ("about", "more than") are English. Each
component reads its words and patterns from its language's folder, so a second language
is a new folder and a factory config, not edits across modules.

A folder holds two kinds of file:

* ``NAME.txt``: a word list, one entry per line; blank lines and ``#`` comments are
  skipped; entries keep their case and inner spaces ("more than").
* ``NAME.json``: a table (a mapping or a list) for anything with structure: hedges and
  the bound they imply, month names and their numbers, number words and their values.

Files are read once per process (the cache below) and never changed after loading.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ..errors import UsageError

#: The languages the spaCy pipeline of ``sitrep.extract.nlp`` is built for; other
#: languages with a folder are read by ``sitrep.extract.foreign`` (see :func:`folders`).
LANGUAGES = ("en",)


@cache
def folders() -> tuple[str, ...]:
    """Every language with a resource folder: a new language is a new folder, no code."""
    root = resources.files("sitrep").joinpath("lang")
    return tuple(sorted(p.name for p in root.iterdir()
                        if p.is_dir() and re.fullmatch(r"[a-z]{2,3}", p.name)))


@dataclass(frozen=True)
class LanguageData:
    """The resources of one language, read on first use."""

    code: str

    def words(self, name: str) -> tuple[str, ...]:
        """The entries of ``NAME.txt`` in file order (a tuple: callers build sets or
        patterns from it as they need)."""
        return _words(self.code, name)

    def table(self, name: str) -> Any:
        """The content of ``NAME.json``."""
        return _table(self.code, name)

    def table_part(self, name: str, part: str) -> Any:
        """``NAME.json``'s entry ``part``, or None when the folder has no such table or the
        table no such entry: rules only some languages have words for."""
        folder = resources.files("sitrep").joinpath("lang", self.code)
        if not folder.joinpath(f"{name}.json").is_file():
            return None
        table = _table(self.code, name)
        return table.get(part) if isinstance(table, dict) else None

    def optional_words(self, name: str) -> tuple[str, ...]:
        """The entries of ``NAME.txt``, or none when the folder has no such file: a list
        only some languages need (the particles a Korean word ends in)."""
        folder = resources.files("sitrep").joinpath("lang", self.code)
        return _words(self.code, name) if folder.joinpath(f"{name}.txt").is_file() else ()


def longest_first(words: Iterable[str]) -> str:
    """``words`` as a regex alternation, escaped, longest first: an alternation takes the
    first alternative that fits, so "well over" must be tried before "over"."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


#: The tables a folder needs for the rule reader of languages other than English
#: (``sitrep.extract.foreign``).
READER_TABLES = ("numbers", "hedges", "speech", "measures", "events", "calendar", "orgs")


def reads(code: str | None) -> bool:
    """Whether sitrep extracts from articles in ``code``: English (and an article whose
    language is unknown, read as English), or a folder holding every reader table."""
    if code is None or code == "en":
        return True
    if code not in folders():
        return False
    folder = resources.files("sitrep").joinpath("lang", code)
    return all(folder.joinpath(f"{name}.json").is_file() for name in READER_TABLES)


def not_read(languages: Iterable[str | None]) -> dict[str, int]:
    """How many of ``languages`` (one per article) sitrep cannot read, by language, most
    first: an article in such a language is kept and counted, never silently empty."""
    counts: dict[str, int] = {}
    for code in languages:
        if not reads(code):
            counts[str(code)] = counts.get(str(code), 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def describe_not_read(counts: dict[str, int]) -> str | None:
    """"3 articles not read: ko 2, pt 1", or None when every article was read."""
    if not counts:
        return None
    total = sum(counts.values())
    plural = "s" if total != 1 else ""
    return f"{total} article{plural} not read: " + ", ".join(f"{k} {v}" for k, v in counts.items())


def language_data(code: str) -> LanguageData:
    """The resources of ``code``; a language without a folder is a usage error."""
    if code not in folders():
        raise UsageError(f"no language resources for {code!r} (have: {', '.join(folders())})")
    return LanguageData(code)


def _read(code: str, file: str) -> str:
    try:
        return resources.files("sitrep").joinpath("lang", code, file).read_text("utf-8")
    except FileNotFoundError:
        raise UsageError(f"language {code!r} has no resource {file!r}") from None


@cache
def _words(code: str, name: str) -> tuple[str, ...]:
    lines = (line.split("#", 1)[0].strip() for line in _read(code, f"{name}.txt").splitlines())
    return tuple(line for line in lines if line)


@cache
def _table(code: str, name: str) -> Any:
    return json.loads(_read(code, f"{name}.json"))
