"""Keys that let spelling variants of one name meet: Lukashenko / Lukashenka,
Zelensky / Zelenskyy, Lazouski / Lazovsky, Siarhei / Sergei, Aliaksandr / Alexander.

A name becomes a consonant skeleton after folding diacritics and mapping letters that
transliteration systems swap (x/ks, c/k, w/v, h/g, Belarusian ou/ov); vowels, y and j drop.
The letter rules are data (``lang/<code>/name_skeleton.json``): they belong to the script and
the transliterations a language's press uses, not to the matching.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..lang import language_data
from .gazetteer import fold


@dataclass(frozen=True, slots=True)
class _SkeletonRules:
    """The letter rules of ``lang/<code>/name_skeleton.json``, compiled."""

    ou: re.Pattern[str]
    ou_to: str
    initial_u: re.Pattern[str]
    initial_u_to: str
    swaps: tuple[tuple[str, str], ...]
    dropped: re.Pattern[str]


@cache
def _rules(lang: str) -> _SkeletonRules:
    t = language_data(lang).table("name_skeleton")
    ou, initial = t["before_consonant"], t["initial"]
    return _SkeletonRules(
        ou=re.compile(f"{re.escape(ou['from'])}(?=[^{re.escape(t['vowels'])}])"),
        ou_to=ou["to"],
        initial_u=re.compile(f"^{re.escape(initial['from'])}(?=[{re.escape(initial['before'])}])"),
        initial_u_to=initial["to"], swaps=tuple((a, b) for a, b in t["swaps"]),
        dropped=re.compile(f"[{re.escape(t['dropped'])}]"))


@lru_cache(maxsize=65536)
def skeleton(name: str, lang: str = "en") -> str:
    """The consonant skeleton of one name (memoised: pure, and names recur)."""
    rules = _rules(lang)
    s = rules.ou.sub(rules.ou_to, fold(name))
    s = rules.initial_u.sub(rules.initial_u_to, s)  # Belarusian Uladzimir / Russian Vladimir
    s = re.sub(r"[^a-z]", "", s)
    for a, b in rules.swaps:
        s = s.replace(a, b)
    s = rules.dropped.sub("", s)
    return re.sub(r"(.)\1+", r"\1", s)


@lru_cache(maxsize=65536)
def person_key(full_name: str, lang: str = "en") -> str:
    """``surname-skeleton/first-two-consonants``; a bare surname gives ``surname/``
    (memoised: pure, and the entity rules ask it of every name and surname they read)."""
    parts = full_name.replace("-", " ").split()
    if not parts:
        return ""
    surname = skeleton(parts[-1], lang)
    first = skeleton(parts[0], lang)[:2] if len(parts) > 1 else ""
    return f"{surname}/{first}"


def same_person(a: str, b: str) -> bool:
    """Two person keys name the same person when surnames match and first names agree."""
    sa, fa = a.split("/", 1)
    sb, fb = b.split("/", 1)
    return sa == sb and (not fa or not fb or fa == fb)
