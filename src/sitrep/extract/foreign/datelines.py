"""The dateline of a wire story in a language read by rules: "Naypyidaw, 31 mar.
(Adnkronos) –", "МОСКВА, 23 марта. /ТАСС/.", "МОСКВА, 23 мар — РИА Новости", "Madrid,
28 mar (EFE).-", "Paris, 28 mars 2025 (AFP) -", "Moskau, 23. März (Reuters) -".

Why: as in English (:mod:`sitrep.extract.datelines`), the dateline's date is the day the
story's news was told. It dates the statements that give no day of their own, and it is
the day against which a weekday or a yearless date is read; a page without a date of its
own (an excerpt, a copy) is dated by it, and where the page's date disagrees (a date of
last change, a republication), the dateline wins. The month words are the language's
(``calendar.json``); the day comes first, as these languages write it. Only a line among
the first ones that opens with a place, then the day and month, then an agency or a dash,
counts: a sentence that opens with a place and a date has neither.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from ..opening import fast_pattern
from ..story_days import year_from_story
from .resources import Words

#: The dateline comes among the first lines: after a title, a standfirst and a byline at most.
DATELINE_REACH = 600

_PLACE = r"(?P<place>[^\W\d_][^\W\d_'’-]*(?:[ -][^\W\d_][^\W\d_'’-]*){0,3})"
_AGENCY = r"(?:\([^()\n]{2,40}\)|/[^/\n]{2,40}/)"
_DASH = r"[-—–]+"


@cache
def _pattern(months: tuple[str, ...]) -> re.Pattern[str]:
    month = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    when = (rf"(?P<day>\d{{1,2}})\.?\s+(?P<month>{month})\.?"
            r"(?:,?\s+(?P<year>\d{4})(?:\s*[гр]\.)?)?")
    return fast_pattern(rf"^[ \t]*{_PLACE}[,.]\s+{when}\s*"
                        rf"(?:{_AGENCY}\s*\.?\s*(?:{_DASH})?|{_DASH})", re.M | re.I)


def dateline_day(text: str, words: Words, published: date | None,
                 story: tuple[date, ...] = ()) -> date | None:
    """The day of the dateline among the first lines of ``text``, or None: its year as
    written, else the publication's (the year before for a later month), else the one year
    that puts it near the story's days (``story``, sorted)."""
    if not words.months:  # a language that writes its months as numbers ("3월")
        return None
    m = _pattern(tuple(words.months)).search(text, 0, min(len(text), DATELINE_REACH))
    if m is None or not m.group("place")[0].isupper():
        return None
    day, month = int(m.group("day")), words.months[m.group("month").lower()]
    try:
        if m.group("year"):
            return date(int(m.group("year")), month, day)
        if published is not None:
            year = published.year if month <= published.month else published.year - 1
            return date(year, month, day)
    except ValueError:  # "31 февраля": no such day
        return None
    return year_from_story(month, day, story)
