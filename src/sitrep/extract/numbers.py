"""Read numbers written in digits or words: ``13,000``, ``13 000``, ``13.000``, ``1.5 million``,
``one million``, ``twenty-five``, ``a dozen``.
"""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "bn": 1_000_000_000,
          "mln": 1_000_000}
_SPECIAL = {"a dozen": 12, "dozen": 12, "half a dozen": 6, "a hundred": 100,
            "a thousand": 1000, "a million": 1_000_000, "a billion": 1_000_000_000}

_WORD_NUMBER = (r"(?:" + "|".join(sorted(list(_UNITS) + list(_TENS), key=len, reverse=True))
                + r")(?:[- ](?:" + "|".join(_UNITS) + r"))?")
#: A number in digits (with thousands separators of several styles) or in words, with an
#: optional scale word: ``13,000``, ``1.5 million``, ``one million``, ``twenty-five``.
NUMBER = (
    r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 13,000 / 1,500.5
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+"  # 13 000 (space, no-break or thin space)
    r"|\d{1,3}(?:\.\d{3}){1,3}(?![\d,])"  # 13.000 (continental style)
    r"|\d+(?:[.,]\d+)?"  # 180, 1.5, 2,5
    rf"|(?:{_WORD_NUMBER}|a dozen|half a dozen|dozen|a hundred|a thousand|a million|"
    r"a billion)\b)"
    r"(?:\s+(?:hundred|thousand|million|billion|trillion)\b|\s?(?:bn|mln|k)\b)?"
)
NUMBER_RE = re.compile(NUMBER, re.I)
_SUFFIXED = re.compile(r"[\d.,]+(?:bn|mln|k)")
_COMMA_THOUSANDS = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(\.\d{3}){1,3}")
_PLAIN = re.compile(r"\d+([.,]\d+)?")


def parse_number(text: str) -> float | None:
    """The value of a number phrase, or None when it is not one."""
    phrase = " ".join(text.lower().replace("-", " ").split())
    if phrase in _SPECIAL:
        return float(_SPECIAL[phrase])
    scale = 1
    parts = phrase.split(" ")
    if len(parts) > 1 and parts[-1] in SCALES:
        scale = SCALES[parts.pop()]
        phrase = " ".join(parts)
    elif _SUFFIXED.fullmatch(phrase):
        suffix = re.search(r"(bn|mln|k)$", phrase).group(1)  # type: ignore[union-attr]
        scale = SCALES[suffix]
        phrase = phrase[: -len(suffix)]
    if phrase in _SPECIAL:
        return float(_SPECIAL[phrase] * scale)
    value = _digits(phrase)
    if value is None:
        value = _words(phrase)
    return None if value is None else value * scale


def _digits(phrase: str) -> float | None:
    compact = re.sub(r"[ \u00a0\u202f\u2009]", "", phrase)
    if _COMMA_THOUSANDS.fullmatch(compact):
        return float(compact.replace(",", ""))
    if _DOT_THOUSANDS.fullmatch(compact):
        # "13.000": a thousands separator, unless it could be a decimal ("1.500 km" is rare
        # in English news; "1.5" has fewer than three decimals and is handled below)
        return float(compact.replace(".", ""))
    if _PLAIN.fullmatch(compact):
        return float(compact.replace(",", "."))
    return None


def _words(phrase: str) -> float | None:
    total = 0
    current = 0
    seen = False
    for word in phrase.split():
        if word in ("and", "a"):
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None
