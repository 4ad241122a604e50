"""The words and the phrase pattern of date phrases, built from one language's
``date_words`` table.

Why: how a date phrase resolves (a partial date takes its year from the tense, "last week"
is the week before publication) holds in any language; month names, "ago" and "will" do
not. :func:`date_words` builds the pattern once per process and language; alternatives keep
the table's order, which decides what matches (a regex alternation takes the first that
fits).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..lang import language_data
from .date_gate import first_words
from .opening import fast_pattern

_Y = r"(?:1[89]\d\d|20\d\d)"


@dataclass(frozen=True)
class DateWords:
    """Everything language-specific the date rules read, for one language."""

    table: dict[str, Any]
    months: dict[str, int]  # lower-case name or abbreviation -> 1..12
    weekdays: dict[str, int]  # lower-case name -> 0 (Monday) ..6
    month: str  # the pattern of a month name
    day: str  # the pattern of a day of the month ("10", "10th")
    year: str
    to: str  # the pattern between the ends of a range
    parts_of_year: dict[str, str]
    seasons: dict[str, tuple[int, int]]
    opener: re.Pattern[str]
    split: re.Pattern[str]
    pattern: re.Pattern[str]
    future: re.Pattern[str]
    past: re.Pattern[str]
    refused: re.Pattern[str]
    anchors: tuple[str, ...]


def _alt(words: Any) -> str:
    return "|".join(words)


def _spaced(words: Any) -> str:
    return "|".join(w.replace(" ", r"\s+") for w in words)


def _month_pattern(month: dict[str, Any]) -> str:
    """``Jan(?:uary|\\.)?``, ``June?``, ``Sept?(?:ember|\\.)?``: a month's name and its
    abbreviations (the longer adding letters to the shorter) in one pattern."""
    short, name = month["short"], month["name"]
    base, longest = short[0], short[-1]
    extra = f"{longest[len(base):]}?" if len(longest) > len(base) else ""
    rest = name[len(longest):]
    if month["dot"]:
        return f"{base}{extra}(?:{rest}|\\.)?"
    return f"{base}{extra}{rest}?" if len(rest) == 1 else f"{base}{extra}{rest}"


@cache
def date_words(lang: str) -> DateWords:
    """The date rules' words and pattern for ``lang``, built once per process."""
    t = language_data(lang).table("date_words")
    months = {name.lower(): i for i, m in enumerate(t["months"], start=1)
              for name in (*m["short"], m["name"])}
    month = "(?:" + "|".join(_month_pattern(m) for m in t["months"]) + ")"
    # a day is never the hour of a clock time ("March 3 to 5:45 a.m.": no range to the 5th)
    day = rf"(?:[12]\d|3[01]|0?[1-9])(?:{_alt(t['ordinal_suffixes'])})?(?!:\d)"
    to = rf"\s*(?:{_alt(t['range_joiners'])})\s*"
    past = t["past"]
    return DateWords(
        table=t, months=months, weekdays={d.lower(): i for i, d in enumerate(t["weekdays"])},
        month=month, day=day, year=_Y, to=to,
        parts_of_year={" ".join(k.split()): v for k, v in t["parts_of_year"].items()},
        seasons={k: (v[0], v[1]) for k, v in t["seasons"].items()},
        opener=fast_pattern(rf"^(?:{_alt(t['range_openers'])})\s+"),
        split=fast_pattern(rf"{to}|\s+{t['range_and']}\s+"),
        pattern=_pattern(t, month, day, to),
        future=fast_pattern(rf"\b(?:{_spaced(t['future'])})\b", re.I),
        past=fast_pattern(rf"\b(?:{_alt(past)}|\w{{3,}}{t['past_suffix']})\b", re.I),
        refused=fast_pattern(rf"(?:{_spaced(t['refusals'])})\b", re.I),
        anchors=tuple(t["anchors"]),
    )


def _openers(t: dict[str, Any]) -> tuple[list[str], list[str]]:
    """The words and phrases a date phrase of table ``t`` can start with: as written (the
    pattern reads them case by case), and the prepositions before a month or a year (read
    in either case)."""
    openers = [*t["range_openers"], *t["parts_of_year"], t["article"], *t["seasons"],
               *t["period_near"], *t["period_shifts"], *t["ago"]["counts"], *t["days"],
               *t["weekday_prefixes"], *t["weekdays"],
               *(name for month in t["months"] for name in (*month["short"], month["name"]))]
    return openers, [*t["month_prepositions"], *t["year_prepositions"]]


def _first_letters(t: dict[str, Any]) -> str:
    """What a date phrase of table ``t`` starts with: a digit, the first letter of a word
    that can open one (as written: the pattern reads them case by case), or of a
    preposition before a month or a year (in either case). ``\\w`` when a word opens with
    something else (a pattern of its own)."""
    openers, either = _openers(t)
    if not all(w[:1].isalpha() and w[:1].isascii() for w in [*openers, *either]):
        return r"\w"
    cased = "".join(sorted({w[0] for w in openers}))
    return rf"[\d{cased}]|(?i:[{''.join(sorted({w[0] for w in either}))}])"


def _pattern(t: dict[str, Any], m: str, d: str, to: str) -> re.Pattern[str]:
    """Every date phrase; the named group that matched tells its form."""
    y, the, of = _Y, t["article"], t["of"]
    join = rf"(?:{to}|\s+{t['range_and']}\s+)"
    ago = t["ago"]
    single = (
        rf"(?P<mdy>{m}\s+{d},?\s+{y})"
        rf"|(?P<dmy>{d}\s+{m},?\s+{y})"
        rf"|(?P<iso>{y}-[01]\d-[0-3]\d)"
        rf"|(?P<md>{m}\s+{d})(?![\d,]*\s*\d)"
        rf"|(?P<dm>{d}\s+{m})"
        rf"|(?P<my>{m}\s+{y})"
    )
    return fast_pattern(
        # every phrase starts a word, with a digit or the first letter of one of the words
        # below: the leading check rejects the other positions at once instead of trying
        # each alternative there (four times faster on news-length text than none); then
        # the first word and what follows it (see .date_gate: half the pattern's cost)
        rf"\b(?={_first_letters(t)})"
        f"{first_words(t, [_month_pattern(x) for x in t['months']])}(?:"
        # ranges first: the longest phrase wins
        rf"(?P<range>(?:(?:{_alt(t['range_openers'])})\s+)?"
        rf"(?:{m}\s+{d}(?:,?\s+{y})?{join}{m}\s+{d}(?:,?\s+{y})?"
        rf"|{m}\s+{d}{join}{d}(?:,?\s+{y})?"
        rf"|{d}{join}{d}\s+{m}(?:,?\s+{y})?"
        rf"|{d}\s+{m}{join}{d}\s+{m}(?:,?\s+{y})?))"
        rf"|{single}"
        rf"|(?P<vague_year>(?:{_spaced(t['parts_of_year'])})[\s-]+{y})"
        rf"|(?P<season_year>(?:{the}\s+)?(?:{_alt(t['seasons'])})\s+{of}\s+{y})"
        rf"|(?P<decade>{the}\s+(?:1[89]|20)\d0{t['decade_suffix']})"
        rf"|(?P<rel_period>(?:{_alt(t['period_near'])})\s+{t['this']}\s+"
        rf"(?:{_alt(t['periods'])})"
        rf"|(?:{_alt(t['period_shifts'])})\s+(?:{_alt([*t['periods'], *t['seasons']])}))"
        rf"|(?P<ago>(?:\d+|{_alt(ago['counts'])})\s+(?:{_alt(ago['units'])}){ago['plural']}?"
        rf"\s+{ago['word']})"
        rf"|(?P<rel_day>{_alt(t['days'])})"
        rf"|(?P<weekday>(?:(?:{_alt(t['weekday_prefixes'])})\s+)?(?:{_alt(t['weekdays'])}))"
        # a month or a year alone counts only after a preposition, which is not part of the
        # phrase
        rf"|\b(?i:{_alt(t['month_prepositions'])})\s+"
        rf"(?P<month_alone>{m})\b(?!\s*\d)"
        rf"|\b(?i:{_alt(t['year_prepositions'])})\s+"
        rf"(?P<year_alone>{y})(?![-\d]))",
    )
