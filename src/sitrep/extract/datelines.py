"""The dateline of a news story: where and when the story was filed.

Why: wire copy opens with a dateline ("MINSK, Aug. 18 (Wire) -", "March 30 (Wire) --",
"Vilnius, March 29:", "MINSK, August 18. /Wire/.", "Vilnius (Wire) March 29, 2025 -"),
and its date is the day the story's news was told. It dates the statements that give no
day of their own, and it is the day against which "on Tuesday" is read; where a page's own
date disagrees (a date of last change, a republication), the dateline wins.

A dateline without a date ("MINSK (Wire) - ...") marks where the lead starts instead: the
day the lead's statement was made on then stands for the story (see
:mod:`.attribution`). Only the first lines of a text are read, and only a line that starts
with the dateline: a place name or a month, never a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .date_words import date_words
from .opening import fast_pattern

#: The dateline is one of the first lines: after a title, a standfirst and a byline at most.
DATELINE_REACH = 600
_PLACE = r"[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3}(?:,\s+[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?"
_AGENCY = r"\([^()\n]{2,40}\)"
_DASH = r"\s*(?:--|[-—–])\s"


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where a dateline's date phrase lies (None: a dateline without a date) and where the
    story's lead starts after it."""

    date_start: int | None
    date_end: int | None
    lead: int


@cache
def _pattern(lang: str) -> re.Pattern[str]:
    w = date_words(lang)
    when = rf"(?P<date>{w.month}\s+{w.day}\b(?:,?\s+{w.year})?)"
    return fast_pattern(
        r"^[ \t]*(?:"
        # MINSK, Aug. 18, 2025 (Wire) -    /    Vilnius, March 29:    /    MINSK, Aug 18. /Wire/.
        rf"(?:{_PLACE}),\s+{when}(?:\s*{_AGENCY}{_DASH}|\s*:\s|\.\s*/[^/\n]{{2,40}}/\.?\s)"
        # March 30 (Wire) --
        rf"|{when.replace('?P<date>', '?P<date2>')}\s*{_AGENCY}{_DASH}"
        # Vilnius (Wire) March 29, 2025 -
        rf"|(?:{_PLACE})\s*{_AGENCY}\s*{when.replace('?P<date>', '?P<date3>')}(?:{_DASH}|\s*:\s)"
        # MINSK (Wire) -   (no date: the lead's own date stands for the story)
        rf"|[A-Z][A-Z./ -]{{2,40}}(?:,\s+[A-Z][\w.'’ -]{{2,30}})?\s*{_AGENCY}{_DASH}"
        r")", re.M)


def find_dateline(text: str, lang: str = "en") -> Dateline | None:
    """The dateline among the first lines of ``text``, or None."""
    m = _pattern(lang).search(text, 0, min(len(text), DATELINE_REACH))
    if m is None:
        return None
    group = next((g for g in ("date", "date2", "date3") if m.group(g)), None)
    if group is None:
        return Dateline(None, None, m.end())
    return Dateline(m.start(group), m.end(group), m.end())
