"""What a change after a figure, or a change by an amount, is of: "sold 208,560 new cars this
year, down 5%" (the cars), "..., the third-busiest trading month of the season but still down
8%" (the trading month set beside the count), "cut school spending by $5 million" (a school
spending reduction).

Why apart from :mod:`.counted_left`: these read what a figure changes, not the subject or
the noun a figure names; they are called from its reading of the words around a value.
"""

from __future__ import annotations

import re
from functools import cache

from .counted import _head_words, has_common_noun
from .figure_words import FigureWords, figure_words
from .measure_phrases import before_link
from .opening import fast_pattern

_NUMBER = fast_pattern(r"(?<![\w.])\d[\d,.]*\d(?![\w%])|(?<![\w.])\d(?![\w%.,])")


def by_change(measure: str, m: re.Match[str], words: FigureWords) -> str:
    """"cut school spending by $5 million": a change of the thing by an amount, named as
    its change ("school spending reduction") when the verb says which way; "increase
    efficiency from 20%" is the thing's own level."""
    way = words.percent_verbs.get(m.group("verb").lower()) if m.group("by") else None
    return f"{measure} {words.rules['change_names'][way]}" if way else measure


def apposed(clause: str, skip: frozenset[str]) -> str | None:
    """The head words of the noun phrase after the clause's last comma ("..., the
    third-busiest trading month of the season": trading month), without a superlative."""
    found = before_link(clause.rsplit(",", 1)[-1].split(), skip)
    kept = [w for w in found if "-" not in w and not w.lower().endswith("est")]
    return " ".join(kept) if kept and "," in clause and kept[-1].islower() else None


def count_before(clause: str, words: FigureWords) -> str | None:
    """The thing the clause's last number counts, when a change follows it after a comma
    ("have bought 208,560 new cars this year, down 5%"; past a scale: "1.2 million cars"):
    the change is of that count."""
    numbers = list(_NUMBER.finditer(clause))
    if not numbers:
        return None
    at = numbers[-1].end()
    scale = _scale(words.lang).match(clause, at)
    phrase, unit, _ = _head_words(clause, scale.end() if scale else at, words)
    if not phrase or unit is not None or any(
            w.lower() in words.units or words.numbers.parse(w) is not None for w in phrase):
        return None  # "3 million tonnes, down 2%": a measurement, its unit no thing counted
    named = " ".join(phrase)
    return named if has_common_noun(named, words) else None


@cache
def _scale(lang: str) -> re.Pattern[str]:
    """A scale word right after a number ("1.2 million cars"), built once per language."""
    return re.compile(rf"\s+(?:{'|'.join(figure_words(lang).rules['range_scales'])})\b")


def apposed_change(before: str, found: list[str], words: FigureWords) -> str | None:
    """"dealers sold 1.2 million cars this spring, a rise of 0.3 percent": a bare noun
    of change set after a comma beside a count is the change of that count ("cars
    increase"); ``before``: the text before the noun's phrase, ``found``: its words."""
    nouns = words.rules["left_measure"].get("change_nouns", {})
    if len(found) > 2 or not found or (way := nouns.get(found[-1].lower())) is None or (
            not before.rstrip().endswith(",")):
        return None
    counted = count_before(before.rstrip()[:-1], words)
    return f"{counted} {words.rules['change_names'][way]}" if counted else None
