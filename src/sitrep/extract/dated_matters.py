"""The matter of a figure its own clause ties to a thing of an earlier year.

Why: a page about this year's rally, strike or season also tells what a party gave or
spent in an earlier one ("the association gave $3 million toward Quill's 2022 election
campaign"). Such a sentence writes its year as a noun's modifier, not as "in 2022", so
the background rules do not see it, and the figure took the page's event or matter: a
donation to an old campaign counted as the rally's. The thing the clause names, with its
owner and year, is what the figure is about.

The rule: right after the figure, past at most a few words and one of the language's
``links`` ("toward", "for", "on"), or opening the figure's clause before it (no comma
between), a noun phrase of an owner (a possessive name, or an article or pronoun, which
is dropped), a year before the page's, at most two lower-case words and one of the
language's ``heads`` ("campaign", "budget", "season"). The words are the language's
(``lang/<code>/dated_matters.json``); a language without them has no such rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ..errors import UsageError
from ..lang import language_data, longest_first
from .opening import fast_pattern
from .records import Figure

#: the words between a figure and the link to its thing ("$2 million in donations to")
_GAP = r"(?:\s+[a-z][\w-]*){0,3}?"
#: the characters a clause before a figure may run over from its thing (no comma, no stop)
_CLAUSE = 60


@dataclass(frozen=True, slots=True)
class DatedWords:
    """One language's patterns for a thing of a year (see the module docstring)."""

    after: re.Pattern[str]  # matched right after a figure
    before: re.Pattern[str]  # searched in the clause before a figure


@cache
def dated_words(lang: str) -> DatedWords | None:
    """The patterns of ``lang``, built once per process; None for a language without
    its table."""
    try:
        t = language_data(lang).table("dated_matters")
    except UsageError:
        return None
    owner = (rf"(?:(?i:{longest_first(t['owner_words'])})\s+"
             r"|(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+))")
    thing = (rf"(?P<thing>{owner}(?P<year>(?:19|20)\d\d)\s+(?P<rest>(?:[a-z][a-z-]*\s+)"
             rf"{{0,2}}(?:{longest_first(t['heads'])})))\b")
    return DatedWords(
        after=fast_pattern(rf"{_GAP}\s+(?:{longest_first(t['links'])})\s+{thing}"),
        before=fast_pattern(rf"\b{thing}(?![\w-])[^,.;:!?]*$"))


def dated_matter(text: str, fig: Figure, year: Callable[[], int | None], lang: str
                 ) -> str | None:
    """The thing of an earlier year than ``year()`` (the page's) that ``fig``'s clause in
    ``text`` ties it to, as written without its article ("Quill's 2022 election
    campaign"); None when there is none or the page's year is unknown.

    ``year`` is called only when the clause names a thing of a year: an undated page's
    year is read off its whole text, and most figures' clauses name none."""
    words = dated_words(lang)
    if words is None:
        return None
    found = words.after.match(text, fig.evidence.end)
    if found is None:
        start = max(0, fig.evidence.start - _CLAUSE)
        found = words.before.search(text[start:fig.evidence.start])
    if found is None:
        return None
    page = year()
    if page is None or int(found.group("year")) >= page:
        return None
    owner = found.group("owner") or ""
    return " ".join(f"{owner}{found.group('year')} {found.group('rest')}".split())
