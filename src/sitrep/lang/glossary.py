"""English words for foreign nouns, from the FreeDict dictionaries installed on the machine.

Why: a language folder's measure tables name the nouns of the stories they were written
on (the dead, the injured, troops). News about anything else counts nouns no table knows
("40.000 Besucher", "25 Ländern"), and a measure left in German groups with nothing and
reads as noise beside English ones. FreeDict's German-English dictionary alone holds some
380,000 headwords, with the plural of a noun as its own entry; Debian installs it offline
(``dict-freedict-deu-eng``, and the same for French, Spanish, Italian, Polish and
Portuguese: ``make dictionaries``). Without them the readers keep the noun as written.

Why a cache: going through the German dictionary (100 MB of text) takes seconds, and every
worker process would pay it. The nouns and their first English sense are written once to a
file of sorted lines under the user's cache folder (``$XDG_CACHE_HOME/sitrep`` or
``~/.cache/sitrep``) and read back in a twentieth of a second; a new edition of the
dictionary is noticed by its size and modification time.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pycountry

from . import language_data
from .dictd import Dictionary

#: Where Debian installs dictd dictionaries.
SOURCE = Path("/usr/share/dictd")
#: The layout of the cache file: a change of it makes every cache stale.
FORMAT = 3
#: Parts of speech that are not nouns ("<adj>", "<v>" ...).
_NOT_NOUNS = frozenset({"adj", "adv", "v", "vi", "vt", "prep", "pron", "num", "conj", "int",
                        "art", "ptcl", "abbr"})
_TAGS = re.compile(r"<([^<>]*)>\s*$")
_NOISE = re.compile(r"\[[^\]]*\]|<[^>]*>|\([^)]*\)|\{[^}]*\}")


@dataclass(frozen=True)
class Glossary:
    """Foreign nouns (lower case) with their English singular and plural, as sorted lines
    ``noun\tsingular\tplural`` searched by bisection: the German glossary's 240,000
    nouns take some 11 MB so, against 120 MB as a dict of strings, in every worker
    process that reads a German page. ``tagged``: the dictionary marks its nouns, so a
    word it knows is a noun, not an adjective or a verb."""

    lines: bytes
    starts: array
    tagged: bool = True

    @classmethod
    def of(cls, nouns: dict[str, tuple[str, str]], tagged: bool = True) -> Glossary:
        rows = sorted((word.encode("utf-8"), one, many) for word, (one, many) in nouns.items()
                      if "\t" not in word and "\n" not in word)
        text = b"".join(b"%s\t%s\t%s\n" % (word, one.encode(), many.encode())
                        for word, one, many in rows)
        return cls.parse(text, tagged)

    @classmethod
    def parse(cls, lines: bytes, tagged: bool) -> Glossary:
        starts = array("I", [0])
        starts.extend(m.end() for m in re.finditer(b"\n", lines))
        starts.pop()  # the end of the last line starts nothing
        return cls(lines, starts, tagged)

    def _word(self, i: int) -> bytes:
        start = self.starts[i]
        return self.lines[start:self.lines.index(b"\t", start)]

    def entry(self, word: str) -> tuple[str, str] | None:
        """(singular, plural) of a noun, or None."""
        key = word.lower().encode("utf-8")
        i = bisect_left(range(len(self.starts)), key, key=self._word)
        if i == len(self.starts) or self._word(i) != key:
            return None
        end = self.lines.index(b"\n", self.starts[i])
        _, one, many = self.lines[self.starts[i]:end].decode("utf-8").split("\t")
        return one, many

    def english(self, forms: Iterable[str], count: float | None) -> str | None:
        """The English noun for the first of ``forms`` the dictionary knows (the word as
        written, then its lemma), plural unless ``count`` is one."""
        for form in forms:
            found = self.entry(form)
            if found is not None:
                return found[0] if count == 1 else found[1]
        return None


def plural(noun: str) -> str:
    """The English plural of a singular noun phrase: its last word is inflected."""
    table = language_data("en").table("plural_nouns")
    head, _, last = noun.rpartition(" ")
    low = last.lower()
    if low in table["same"]:
        pass
    elif low in table["irregular"]:
        last = table["irregular"][low]
    elif re.search(r"(?<!hu)man$", low):
        last = last[:-3] + "men"
    elif re.search(r"[^aeiou]y$", low):
        last = last[:-1] + "ies"
    elif re.search(r"(s|x|z|ch|sh)$", low):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}" if head else last


def _gloss(line: str) -> str | None:
    """The first English sense on a line of an entry, or None for a line that holds none
    (an example, a note, a cross-reference, a definition in the source language)."""
    text = line.strip()
    if not text or text.startswith(('"', "see:", "Synonym", "Note:", "(")):
        return None
    if text.find("<") > 0:
        text = text.split("<", 1)[0]  # "building <n>bldg": the sense ends at its tag
    text = re.sub(r"^\s*\d+\.\s*", "", _NOISE.sub(" ", text))
    first, *rest = re.split(r"[,;]", text, maxsplit=1)
    if rest and rest[0].lstrip().startswith("/"):
        return None  # an abbreviation glued to the word, then its sound: no clean sense
    first = re.sub(r"\s+\d+\.\s*$", "", first)
    words = first.split()
    if not words or len(words) > 4 or not all(re.fullmatch(r"[A-Za-z'-]+", w) for w in words):
        return None
    phrase = " ".join(words)
    return phrase if any(ch.isupper() for ch in phrase[1:]) else phrase.lower()


def _entry(text: str) -> tuple[frozenset[str], str] | None:
    """(the entry's tags, its first English sense)."""
    lines = text.split("\n")
    found = _TAGS.search(lines[0])
    tags = frozenset(t.strip() for t in found.group(1).split(",")) if found else frozenset()
    for line in lines[1:]:
        gloss = _gloss(line)
        if gloss is not None:
            return tags, gloss
    return None


def read_glossary(dictionary: Dictionary) -> Glossary:
    """Every noun of the dictionary with its first sense. In a dictionary that tags its
    entries (German, French, Polish), only those tagged as nouns; a plural entry ("<pl>")
    is read when the word has no singular entry (the first sense of a singular is the
    more common one: "Häuser" is first "establishments" and "Haus" first "house"). In one
    that tags none, every headword's first sense."""
    entries = [(word.lower(), parsed) for word, text in dictionary.entries()
               if (parsed := _entry(text)) is not None]
    tagged = sum(bool(tags) for _, (tags, _) in entries) > len(entries) // 3
    one: dict[str, str] = {}
    many: dict[str, str] = {}
    for word, (tags, gloss) in entries:
        if tagged and (not tags & {"n", "pl"} or tags & _NOT_NOUNS):
            continue
        (many if "pl" in tags else one).setdefault(word, gloss)
    nouns = {word: (one[word], plural(one[word])) if word in one else (many[word], many[word])
             for word in one.keys() | many.keys()}
    return Glossary.of(nouns, tagged)


def _cache_folder() -> Path:
    root = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(root) / "sitrep"


def cached_glossary(dictionary: Dictionary, cache_file: Path) -> Glossary:
    """The glossary from ``cache_file`` when it was built from this edition of the
    dictionary; else built and written there (atomically: a reader never sees half a
    file; an unwritable folder only costs the rebuild next time)."""
    signature = f"{FORMAT}:{dictionary.signature()}"
    try:
        head, _, lines = cache_file.read_bytes().partition(b"\n")
        stored = json.loads(head)
        if stored.get("signature") == signature:
            return Glossary.parse(lines, bool(stored["tagged"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    glossary = read_glossary(dictionary)
    head = json.dumps({"signature": signature, "tagged": glossary.tagged}).encode()
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=cache_file.parent, delete=False,
                                         suffix=".tmp") as out:
            out.write(head + b"\n" + glossary.lines)
        os.replace(out.name, cache_file)
    except OSError:
        pass
    return glossary


@cache
def glossary(code: str) -> Glossary | None:
    """The glossary of language ``code`` ("de") from FreeDict's dictionary into English,
    or None when it is not installed."""
    language = pycountry.languages.get(alpha_2=code)
    three = getattr(language, "alpha_3", None)
    dictionary = Dictionary.at(SOURCE, f"freedict-{three}-eng") if three else None
    if dictionary is None:
        return None
    return cached_glossary(dictionary, _cache_folder() / f"glossary-{three}-eng.tsv")
