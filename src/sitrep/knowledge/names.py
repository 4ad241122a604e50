"""Keys that let spelling variants of one name meet: Lukashenko / Lukashenka,
Zelensky / Zelenskyy, Lazouski / Lazovsky, Siarhei / Sergei, Aliaksandr / Alexander.

A name becomes a consonant skeleton after folding diacritics and mapping letters that
transliteration systems swap (x/ks, c/k, w/v, h/g, Belarusian ou/ov); vowels, y and j drop.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import fold

_SWAPS = (("kh", "h"), ("ph", "f"), ("x", "ks"), ("ck", "k"), ("c", "k"), ("q", "k"),
          ("w", "v"), ("h", "g"), ("dzh", "j"), ("zh", "z"))
_OU = re.compile(r"ou(?=[^aeiouy])")


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """The consonant skeleton of one name (memoised: pure, and names recur)."""
    s = _OU.sub("ov", fold(name))
    s = re.sub(r"^u(?=[lr])", "v", s)  # Belarusian Uladzimir / Russian Vladimir
    s = re.sub(r"[^a-z]", "", s)
    for a, b in _SWAPS:
        s = s.replace(a, b)
    s = re.sub(r"[aeiouyj]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


def person_key(full_name: str) -> str:
    """``surname-skeleton/first-two-consonants``; a bare surname gives ``surname/``."""
    parts = full_name.replace("-", " ").split()
    if not parts:
        return ""
    surname = skeleton(parts[-1])
    first = skeleton(parts[0])[:2] if len(parts) > 1 else ""
    return f"{surname}/{first}"


def same_person(a: str, b: str) -> bool:
    """Two person keys name the same person when surnames match and first names agree."""
    sa, fa = a.split("/", 1)
    sb, fb = b.split("/", 1)
    return sa == sb and (not fa or not fb or fa == fb)
