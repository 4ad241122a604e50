"""When a figure on an undated page was stated, from a day its sentence names and the day
of the incident it counts.

Why: a page without a publication date gives "reported on 27 March" or "said Saturday"
no year and no week, so the extraction leaves the figure undated, and an undated figure
orders no revision (a toll rising over days on such pages reads as nothing). The ledger
knows the day of the incident a figure counts (the instance "attack, Russia, 2024-03-22"),
and a figure is stated on or after that day: "27 марта" is the first 27 March on or after
it. Only a day soon after the incident is taken
(:data:`AFTER_DAYS`): a yearless day further off may be another year's.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from ..lang import folders, language_data

#: How many days after the incident a day read this way may fall.
AFTER_DAYS = 45

#: a sentence ends at . ! ? before a space, or at a line end, in any script
_END = re.compile(r"[.!?…]\s|\n")


@cache
def _months(lang: str) -> dict[str, int] | None:
    """Month word (lower case, as written) -> month, in a language."""
    if lang == "en":
        months = {}
        for number, month in enumerate(language_data("en").table("date_words")["months"], 1):
            for name in (month["name"], *month["short"]):
                months[name.lower()] = number
        return months
    if lang not in folders():
        return None  # a language sitrep has no words for
    try:
        return dict(language_data(lang).table("calendar")["months"])
    except (FileNotFoundError, KeyError):
        return None  # a language with words but no calendar


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence holding ``start:end``, its ends found in any script."""
    lo = max((m.end() for m in _END.finditer(text, max(0, start - 400), start)),
             default=max(0, start - 400))
    after = _END.search(text, end)
    return text[lo:after.start() + 1 if after else len(text)]


def day_said(sentence: str, lang: str | None, incident: date) -> date | None:
    """The latest day ``sentence`` names that falls soon after ``incident`` ("27 марта",
    "March 27", "27. März"), or None: what is said comes after what it tells of, so of
    "the attack on 22 March ... said on 27 March" the 27th dates the statement. A weekday
    alone is not read: "Saturday" on an undated page may be any Saturday after it. Nor is the
    incident's own day: "the 28 March quake" names the event, not the day anyone spoke."""
    months = _months(lang or "en")
    if months is None:
        return None
    found: list[date] = []
    tokens = re.findall(r"\w+", sentence.lower())
    for i, token in enumerate(tokens):
        if token in months:
            near = [t for t in (tokens[i - 1] if i else "", tokens[i + 1] if i + 1 < len(tokens)
                                else "") if t.isdigit() and 1 <= int(t) <= 31]
            day = _next_day(incident, months[token], int(near[0])) if near else None
            found += [day] if day else []
    soon = [d for d in found if 0 < (d - incident).days <= AFTER_DAYS]
    return max(soon, default=None)


def _next_day(incident: date, month: int, day: int) -> date | None:
    """The first ``day`` of ``month`` on or after ``incident``."""
    for year in (incident.year, incident.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate >= incident:
            return candidate
    return None
