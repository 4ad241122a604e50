"""One key for a name however a language writes it: Лукашенко, Лукашэнка, Łukaszenka,
Lukashenko and Lukaschenko; Зеленський, Зеленский and Zelensky; "Запад-2025", "Захід-2025"
and "Zapad-2025".

Why a skeleton: transliteration (anyascii) turns every script into Latin letters, but
each language spells the same sounds its own way ("sz", "sch", "sh") and each language's
grammar changes the vowels ("Лукашенко" / "Лукашэнка"). Spelling groups are rewritten to
one letter and the vowels dropped; what is left, the consonants in order, is the key.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources

from anyascii import anyascii

from .names import person_key


@cache
def _table() -> dict[str, object]:
    path = resources.files("sitrep").joinpath("knowledge", "data", "translit.json")
    text = path.read_text("utf-8")
    return json.loads(text)


@cache
def _spelling() -> tuple[re.Pattern[str], dict[str, str]]:
    spellings: dict[str, str] = _table()["spellings"]  # type: ignore[assignment]
    pattern = "|".join(sorted(map(re.escape, spellings), key=len, reverse=True))
    return re.compile(pattern), spellings


def latin(text: str) -> str:
    """``text`` in lower-case ASCII letters and digits, words kept apart by one space;
    common words that differ between related languages are first put in one form."""
    same: dict[str, str] = _table()["same_word"]  # type: ignore[assignment]
    words = [same.get(w, w) for w in re.findall(r"\w+", text.lower())]
    ascii_words = (re.sub(r"[^a-z0-9]", "", anyascii(w).lower()) for w in words)
    return " ".join(w for w in ascii_words if w)


@lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """The key under which spellings of one name meet: consonants of its transliteration,
    spelling groups unified, repeated letters collapsed, digits kept ("Zapad-2025" ->
    "spd 2025")."""
    pattern, spellings = _spelling()
    vowels = set(str(_table()["vowels"]))
    keys = []
    for word in latin(name).split():
        if word.isdigit():
            keys.append(word)
            continue
        word = pattern.sub(lambda m: spellings[m.group()], word)
        skeleton = "".join(c for c in word if c not in vowels)
        skeleton = re.sub(r"(.)\1+", r"\1", skeleton)
        keys.append(skeleton or word)
    return " ".join(keys)


def same_name(a: str, b: str) -> bool:
    """Whether two spellings name one person or one event (their keys are equal)."""
    return bool(a) and bool(b) and name_key(a) == name_key(b)


def person_key_any_script(full_name: str) -> str:
    """The ledger's person key (:func:`sitrep.knowledge.names.person_key`, ``surname/fi``)
    of a name in any script: "Владимир Зеленский" gets the key of "Volodymyr Zelensky",
    so a speaker quoted in Russian meets the same speaker quoted in English."""
    return person_key(latin(full_name))
