"""The day a page without a publication date was written, from a date line at its top.

Why: many pages arrive without a publication date but print one in their first lines:
a line that is only a date ("29 марта 2024", "2024-3-26 12:53 |", "Posted 23 марта,
13:23") or a wire dateline before the lead ("Napoli, 31 mar. (Agenzia) – ..."). That day
is the day the page's news was told, as the English reader takes a dateline
(:mod:`sitrep.extract.datelines`): it dates the attributed statements that name no day of
their own, and it is the day against which "в субботу" is read.

A yearless line ("27 марта, 11:42") takes its year from the story the page is read with
(:func:`sitrep.extract.story_days.year_from_story`); with no story it dates nothing. Only a
line made of a date (and a time, a bar, or an agency and a dash) counts: a sentence that
names a day ("Станом на неділю, 24 березня, відомо ...") is not a date line.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from ..story_days import year_from_story
from .resources import Words

#: Only the first lines are read: after a title, a standfirst and a byline at most.
DATELINE_REACH = 600
#: at most two words before the date ("Posted", "Опубликовано:", "Napoli,")
_LEAD = r"^[ \t]*(?:[^\W\d_][\w'’-]*:?,?[ \t]+){0,2}"
_TIME = r"(?:[ \t]*,?[ \t]*\d{1,2}[:.]\d\d)?"
_AFTER = r"[ \t]*(?:\|[ \t]*)?(?:$|\([^()\n]{2,40}\)[ \t]*[-—–])"


@cache
def _pattern(months: tuple[str, ...]) -> re.Pattern[str]:
    month = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    when = (rf"(?:(?P<day>\d{{1,2}})\.?[ \t]+(?P<month>{month})\.?(?:[ \t]+(?P<year>\d{{4}}))?"
            r"|(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
            r"|(?P<nd>\d{1,2})\.(?P<nm>\d{1,2})\.(?P<ny>\d{4}))")
    return re.compile(rf"{_LEAD}{when}(?:[ \t]*г\.|[ \t]*р\.)?{_TIME}{_AFTER}",
                      re.M | re.I)


def dateline_day(text: str, words: Words, story: tuple[date, ...] = ()) -> date | None:
    """The day of the first date line among the first lines of ``text``, or None."""
    m = _pattern(tuple(words.months)).search(text, 0, min(len(text), DATELINE_REACH))
    if m is None:
        return None
    try:
        if m.group("iy"):
            return date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        if m.group("ny"):
            return date(int(m.group("ny")), int(m.group("nm")), int(m.group("nd")))
        month = words.months[m.group("month").lower()]
        day = int(m.group("day"))
        if m.group("year"):
            return date(int(m.group("year")), month, day)
    except ValueError:  # "31. 02." or a month 13: not a day
        return None
    return year_from_story(month, day, story)
