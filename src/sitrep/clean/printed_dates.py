"""A date line printed above an article in any language sitrep has a calendar for:
"29 марта 2024", "Опубликовано: 12 квітня 2025, 14:05", "3. April 2025 | 08:15",
"2024-3-26 12:53 |".

Why: the date-line patterns of :mod:`.meta_patterns` are built from English words, so a
Russian or German page whose only date is the line under its headline was left undated and
the line thrown away as page furniture; every figure on it then had no day, and a toll that
rose over such pages read as no revision. The month words come from each language's
``calendar.json`` (the same words the foreign reader dates sentences with). Only a whole
line that is a date with its year counts: a yearless "27 марта" may be any year, and a
sentence that names a day is not a date line.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from ..errors import UsageError
from ..lang import folders, language_data


@cache
def _months() -> dict[str, int]:
    """Month word (lower case) -> month, over every language with a calendar; a word two
    languages give different months is left out."""
    months: dict[str, int] = {}
    clashes: set[str] = set()
    for code in folders():
        try:
            table = language_data(code).table("calendar")["months"]
        except (UsageError, KeyError):  # English dates are read by .meta_patterns
            continue
        for word, month in table.items():
            word = word.lower()
            if months.get(word, month) != month:
                clashes.add(word)
            months[word] = month
    return {w: m for w, m in months.items() if w not in clashes and len(w) >= 3}


@cache
def _line() -> re.Pattern[str]:
    month = "|".join(re.escape(w) for w in sorted(_months(), key=len, reverse=True))
    printed = (rf"(?P<d>\d{{1,2}})\.?\s+(?P<m>{month})\.?,?\s+(?P<y>\d{{4}})(?:\s*[гр]\.)?"
               r"|(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})")
    clock = r"(?:\s*(?:,|\||·|-|в|о|um|à|alle|o)?\s*\d{1,2}[:.]\d{2})?"
    return re.compile(rf"^(?:[^\W\d_]{{3,20}}:?\s+)?(?P<abs>{printed}){clock}\s*[|·]?\s*$",
                      re.I)


def printed_date_line(line: str) -> str | None:
    """The date phrase of ``line`` when the whole line is a printed date with its year."""
    m = _line().match(line.strip())
    return m.group("abs") if m else None


def printed_date(phrase: str) -> date | None:
    """The day of a phrase :func:`printed_date_line` found, or None (no such day)."""
    m = _line().match(phrase.strip())
    if m is None:
        return None
    try:
        if m.group("iy"):
            return date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        return date(int(m.group("y")), _months()[m.group("m").lower()], int(m.group("d")))
    except ValueError:  # "31 февраля 2024", "2024-13-01"
        return None
