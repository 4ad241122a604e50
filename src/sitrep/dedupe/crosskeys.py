"""Keys that survive translation: numbers and names written in any script.

A translation keeps its figures and its names; only the words around them change. So two
texts in different languages that are translations of each other share these keys, and
the keys make a cheap index: only pairs that share some are ever compared on their
sentences (see :mod:`sitrep.dedupe.translations`).

* A number's key is its significant digits, whatever the separators: "3.600" (German),
  "3,600" (English), "3 600" (Russian) and "3,6 тыс." all give ``#36``. Calendar days
  and years are numbers too, so a date shares its day and year across languages.
* A name's key is a consonant skeleton of its Latin transliteration (``anyascii``): the
  digraphs of each spelling system are folded ("sz", "sch" and "sh" are one sound), the
  vowels dropped (they are what transliterations disagree on), and the skeleton cut to
  three consonants so that case endings and a dropped final consonant do not matter:
  Лукашенко, Лукашэнка, Łukaszenka, Lukashenko and Lukaschenko all give ``@lks``, Мьянма
  and Myanmar ``@mnm``, Зеленський and Selenskyj ``@sln``. Three consonants also join
  some different names: a name key is weak evidence, never enough alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

#: Sentence ends: a full stop, question or exclamation mark (and a closing quote), then a
#: capital or a digit; or a line break. Rough, but the same in every language compared.
_SENTENCE_END = re.compile(
    r"(?<=[.!?…])[\"'»”)]?\s+(?=[«\"'„“(]?[^\W\d_a-zß-ÿа-яёіїєґ])|\s*\n+\s*")
#: Sentences shorter than this are headings, bylines and captions, not translated prose.
MIN_SENTENCE = 20
_NUMBER = re.compile(r"\d+(?:[.,\s\u00a0\u202f’']\d{3}(?!\d))*(?:[.,]\d+)?")
_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")
#: Spellings of one sound across Latin transliterations, longest first.
_DIGRAPHS = (("tsch", "c"), ("sch", "s"), ("sz", "s"), ("cz", "c"), ("ch", "c"),
             ("sh", "s"), ("zh", "z"), ("kh", "k"), ("ts", "c"), ("tz", "c"), ("ck", "k"),
             ("ph", "f"), ("w", "v"), ("q", "k"), ("x", "ks"),
             # German writes З as S (Selenskyj): z and s are one key
             ("z", "s"))
_SKELETON_LETTERS = "bcdfgklmnprstv"
_REPEAT = re.compile(r"(.)\1+")
_NOT_DIGIT = re.compile(r"\D")
SKELETON = 3


@dataclass(frozen=True, slots=True)
class CrossKeys:
    """The numbers and name skeletons of one text (each as a key string)."""

    numbers: frozenset[str]
    names: frozenset[str]

    @property
    def all(self) -> frozenset[str]:
        return self.numbers | self.names

    @classmethod
    def of(cls, keys: frozenset[str]) -> CrossKeys:
        """The keys ``all`` gave, split again (a number's key starts with #, a name's
        with @): what the store keeps of an article, read back without its text."""
        return cls(frozenset(k for k in keys if k.startswith("#")),
                   frozenset(k for k in keys if k.startswith("@")))


def sentences(text: str) -> list[str]:
    """The text's sentences of some length, in order."""
    return [s for s in map(str.strip, _SENTENCE_END.split(text)) if len(s) >= MIN_SENTENCE]


def number_key(written: str) -> str | None:
    """``#`` and the significant digits of a number with at least two digits."""
    digits = _NOT_DIGIT.sub("", written)
    if len(digits) < 2:
        return None  # one digit: "3 people" is everywhere
    return "#" + (digits.strip("0") or "0")


@cache
def _drop_vowels() -> dict[int, None]:
    """A ``str.translate`` table deleting every ASCII character but the skeleton's
    consonants: the transliteration is ASCII, and one translate is cheaper than a regex
    substitution (every distinct name of every ingested article is keyed)."""
    return {c: None for c in range(128) if chr(c) not in _SKELETON_LETTERS}


def name_key(word: str) -> str | None:
    """``@`` and the consonant skeleton of a name, in any script; None when too short."""
    from anyascii import anyascii  # imported when first needed

    latin = anyascii(word).lower()
    for spelling, sound in _DIGRAPHS:
        latin = latin.replace(spelling, sound)
    skeleton = _REPEAT.sub(r"\1", latin.translate(_drop_vowels()))
    return "@" + skeleton[:SKELETON] if len(skeleton) >= 3 else None


def cross_keys(text: str) -> CrossKeys:
    """The keys of a text: its numbers, and its capitalised words but the first of each
    sentence (in German every noun is capitalised: those keys only rarely meet another
    language's, and a key too common to be telling is dropped by the index).

    Each distinct capitalised word is keyed once: a text names the same people and places
    again and again, and every ingested article is keyed (most of the worker's time went
    to transliterating the same names)."""
    numbers = {k for k in map(number_key, _NUMBER.findall(text)) if k}
    capitalised = {w for sentence in sentences(text) or [text]
                   for w in _WORD.findall(sentence)[1:] if w[0].isupper()}
    names = {k for w in capitalised if (k := name_key(w))}
    return CrossKeys(frozenset(numbers), frozenset(names))
