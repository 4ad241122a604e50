"""The year of a partial date in an undated article, from the story it belongs to.

Why: an article without a publication date ("Vilnius, March 29: ...", "said on Dec. 27")
often names no year at all, while the other articles fed in with it (the story an analyst
follows) carry theirs. The days those articles were published (``story``) tell which
year's "March 29" the article means: the one year whose March 29 lies near the story
(within :data:`STORY_REACH` days of one of its publication days). When no year, or more than
one, fits, the date stays unresolved: a store that spans several years does not date a
yearless phrase.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date

from .opening import fast_pattern

#: How far (in days) a partial date may lie from the story's publication days.
STORY_REACH = 60


def _distance(day: date, story: tuple[date, ...]) -> int:
    """Days from ``day`` to the nearest of ``story`` (sorted)."""
    k = bisect_left(story, day)
    near = story[max(0, k - 1):k + 1]
    return min(abs((d - day).days) for d in near)


def year_from_story(month: int, day: int, story: tuple[date, ...]) -> date | None:
    """The one date of that month and day near the story's publication days (sorted), or
    None."""
    if not story:
        return None
    fits = []
    for year in range(story[0].year - 1, story[-1].year + 2):
        try:
            candidate = date(year, month, day)
        except ValueError:  # February 29 of a common year
            continue
        if _distance(candidate, story) <= STORY_REACH:
            fits.append(candidate)
    return fits[0] if len(fits) == 1 else None


_DAY = fast_pattern(r"\d{4}-\d\d-\d\d")


def event_day(kind: str, place: str | None, events: tuple[tuple[str, int], ...]
              ) -> date | None:
    """The day the story's articles date the instance of ``kind`` in ``place`` to
    (``events``: instance names, "earthquake, Myanmar, 2025-03-28", and how many articles
    are about each): the one such day, or one named by at least twice as many articles
    as the next (a misread day elsewhere does not hide it); else None."""
    if place is None:
        return None
    days = sorted(((n, date.fromisoformat(parts[2])) for name, n in events
                   if len(parts := name.split(", ")) == 3 and parts[:2] == [kind, place]
                   and _DAY.fullmatch(parts[2])), key=lambda x: -x[0])
    if len(days) == 1 or (len(days) > 1 and days[0][0] >= 2 * days[1][0]):
        return days[0][1]
    return None
