"""Read numbers written in digits or words: ``13,000``, ``13 000``, ``13.000``, ``1.5 million``,
``one million``, ``twenty-five``, ``a dozen``.

The digit styles are the same in every language this reads; the number words come from the
language's ``number_words`` table, so :func:`number_reader` builds one reader per language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..lang import language_data
from .opening import fast_pattern

_COMMA_THOUSANDS = fast_pattern(r"\d{1,3}(,\d{3})+(\.\d+)?")
_DOT_THOUSANDS = fast_pattern(r"\d{1,3}(\.\d{3}){1,3}")
_PLAIN = fast_pattern(r"\d+([.,]\d+)?")
#: The spaces that group thousands ("13 000"): dropped before a number is read.
_NO_GROUP_SPACES = str.maketrans(dict.fromkeys(" \u00a0\u202f\u2009"))
_DIGIT_STYLES = (
    r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 13,000 / 1,500.5
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+"  # 13 000 (space, no-break or thin space)
    r"|\d{1,3}(?:\.\d{3}){1,3}(?![\d,])"  # 13.000 (continental style)
    r"|\d+(?:[.,]\d+)?"  # 180, 1.5, 2,5
)


#: Answers a :class:`NumberReader` keeps; past that, a new text is read each time.
PARSED_KEPT = 50_000


@dataclass(frozen=True)
class NumberReader:
    """The number words of one language and the pattern built from them."""

    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]  # scale words and abbreviations
    scale_words: tuple[str, ...]
    group_scales: frozenset[str]
    phrases: dict[str, int]
    fillers: frozenset[str]
    #: A number in digits (with thousands separators of several styles) or in words, with
    #: an optional scale word: ``13,000``, ``1.5 million``, ``one million``, ``twenty-five``.
    pattern: str
    suffixed: re.Pattern[str]
    suffix: re.Pattern[str]
    #: :meth:`parse`'s answers by text: a reader is built once per process and language,
    #: and the same numbers ("two", "1,000", "5 million") come back in every article
    answers: dict[str, float | None] = field(default_factory=dict, compare=False,
                                             repr=False)

    def parse(self, text: str) -> float | None:
        """The value of a number phrase, or None when it is not one."""
        if text in self.answers:
            return self.answers[text]
        value = self._parse(text)
        if len(self.answers) < PARSED_KEPT:
            self.answers[text] = value
        return value

    def _parse(self, text: str) -> float | None:
        phrase = " ".join(text.lower().replace("-", " ").split())
        if phrase in self.phrases:
            return float(self.phrases[phrase])
        scale = 1
        parts = phrase.split(" ")
        if len(parts) > 1 and parts[-1] in self.scales:
            scale = self.scales[parts.pop()]
            phrase = " ".join(parts)
        elif self.suffixed.fullmatch(phrase):
            suffix = self.suffix.search(phrase).group(1)  # type: ignore[union-attr]
            scale = self.scales[suffix]
            phrase = phrase[: -len(suffix)]
        if phrase in self.phrases:
            return float(self.phrases[phrase] * scale)
        value = _digits(phrase)
        if value is None:
            value = self._words(phrase)
        return None if value is None else value * scale

    def _words(self, phrase: str) -> float | None:
        total = 0
        current = 0
        seen = False
        for word in phrase.split():
            if word in self.fillers:
                continue
            if word in self.units:
                current += self.units[word]
            elif word in self.tens:
                current += self.tens[word]
            elif word in self.group_scales:
                current = max(current, 1) * self.scales[word]
            elif word in self.scales:
                total += max(current, 1) * self.scales[word]
                current = 0
            else:
                return None
            seen = True
        return float(total + current) if seen else None


@cache
def number_reader(lang: str) -> NumberReader:
    """The reader of ``lang``'s numbers, built once per process."""
    table = language_data(lang).table("number_words")
    units, tens, scales = table["units"], table["tens"], table["scales"]
    suffixes = "|".join(table["suffixes"])
    word_number = (r"(?:" + "|".join(sorted([*units, *tens], key=len, reverse=True))
                   + r")(?:[- ](?:" + "|".join(units) + r"))?")
    pattern = (_DIGIT_STYLES
               + rf"|(?:{word_number}|{'|'.join(table['phrases'])})\b)"
               + rf"(?:(?:\s+|-)(?:{'|'.join(scales)})\b|\s?(?:{suffixes})\b)?")
    return NumberReader(
        units=units, tens=tens, scales={**scales, **table["abbreviations"]},
        scale_words=tuple(scales),
        group_scales=frozenset(table["group_scales"]), phrases=table["phrases"],
        fillers=frozenset(table["fillers"]), pattern=pattern,
        suffixed=fast_pattern(rf"[\d.,]+(?:{suffixes})"), suffix=fast_pattern(rf"({suffixes})$"))


def parse_number(text: str, lang: str = "en") -> float | None:
    """The value of a number phrase in ``lang``, or None when it is not one."""
    return number_reader(lang).parse(text)


def _digits(phrase: str) -> float | None:
    compact = phrase.translate(_NO_GROUP_SPACES)
    if _COMMA_THOUSANDS.fullmatch(compact):
        return float(compact.replace(",", ""))
    if _DOT_THOUSANDS.fullmatch(compact):
        # "13.000": a thousands separator, unless it could be a decimal ("1.500 km" is rare
        # in English news; "1.5" has fewer than three decimals and is handled below)
        return float(compact.replace(".", ""))
    if _PLAIN.fullmatch(compact):
        return float(compact.replace(",", "."))
    return None
