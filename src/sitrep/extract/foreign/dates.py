"""When a statement was made, from words in its sentence: "в понедельник", "we wtorek",
"am Dienstag" (the last such weekday on or before publication), "22 марта", "22. März"
(in the publication's year, or the year before for a later month), "сегодня", "gestern".
On a page with no date at all, only a day and month tell: the year is that of the story the
page is read with (:func:`sitrep.extract.story_days.year_from_story`).

dateparser misses the leading preposition and guesses day/month order without a language,
so the spans are found here from the calendar words of the language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..story_days import year_from_story
from .resources import Words, lookup
from .tokens import Sentence, Token


@dataclass(frozen=True, slots=True)
class PageDays:
    """What dates a page's statements: the day its words are read against (publication,
    else capture), and on a page with neither, the publication days of the story's other
    pages."""

    reference: date | None = None
    story: tuple[date, ...] = ()
    #: the days the story's pages date the page's own kind of incident to: a day a
    #: sentence names that is one of them tells of the incident, not of the saying
    incidents: frozenset[date] = frozenset()


def incident_days(kind: str | None, story_events: tuple[tuple[str, int], ...]
                  ) -> frozenset[date]:
    """The days of the story's instances of ``kind`` ("earthquake, Myanmar, 2025-03-28"
    gives 2025-03-28 for "earthquake")."""
    days = set()
    for name, _ in story_events:
        parts = name.split(", ")
        if kind and len(parts) == 3 and parts[0] == kind.split(", ")[0]:
            try:
                days.add(date.fromisoformat(parts[2]))
            except ValueError:  # a month ("2024-10"), not a day
                continue
    return frozenset(days)


def statement_day(sentence: Sentence, words: Words, days: PageDays) -> date | None:
    """The day an attributed ``sentence`` was stated: the day it names, read against the
    page's day, or on a page with no day, against the story's; or None. A page's own day
    is not taken for a statement that names none: a page restates earlier tolls without
    saying when they were given."""
    if days.reference is None:
        return _story_day(sentence, words, days)
    return stated_on(sentence, words, days.reference)


def stated_on(sentence: Sentence, words: Words, published: date | None) -> date | None:
    """The date ``sentence`` says something was stated, or None."""
    if published is None:
        return None
    toks = sentence.tokens
    for i, tok in enumerate(toks):
        if tok.lower in words.weekdays:
            back = (published.weekday() - words.weekdays[tok.lower]) % 7
            return published - timedelta(days=back)
        if (day := _day_before(toks, i, words)) is not None:
            return _day(published, words.months[tok.lower], day)
        if tok.lower in words.today:
            return published
        if tok.lower in words.yesterday:
            return published - timedelta(days=1)
    return None


def _day(published: date, month: int, day: int) -> date | None:
    year = published.year if month <= published.month else published.year - 1
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day_before(toks: tuple[Token, ...], i: int, words: Words) -> int | None:
    """The day of month before the month word ``toks[i]`` ("22 марта", "22. März"), or
    None when ``toks[i]`` is no month or no day stands before it."""
    if toks[i].lower not in words.months or not i:
        return None
    day_tok = toks[i - 1] if toks[i - 1].text != "." else toks[i - 2] if i > 1 else None
    if day_tok is not None and day_tok.text.isdigit() and 1 <= int(day_tok.text) <= 31:
        return int(day_tok.text)
    return None


def _story_day(sentence: Sentence, words: Words, days: PageDays) -> date | None:
    """On an undated page: the latest day and month the sentence names, in the one year
    that puts it near the story's days (what is said comes after what it tells of). A day
    just after an event word names the event ("теракт 22 марта"), as does a day the
    story dates the page's incident to ("le séisme survenu au Myanmar le 28 mars"); a
    weekday or "yesterday" has nothing to count from."""
    toks = sentence.tokens
    found = None
    for i, tok in enumerate(toks):
        if (day := _day_before(toks, i, words)) is None or _names_event(toks, i, words):
            continue
        named = year_from_story(words.months[tok.lower], day, days.story)
        if named is not None and named not in days.incidents:
            found = named
    return found


#: How many words before a day an event word makes it the event's day ("теракт 22 марта",
#: "Anschlag vom 22. März", "séisme du 28 mars")
EVENT_REACH = 3


def _names_event(toks: tuple[Token, ...], i: int, words: Words) -> bool:
    """Whether the day whose month word is ``toks[i]`` follows an event word closely."""
    day = i - 1 if toks[i - 1].text != "." else i - 2
    return any(t.text[0].isalpha() and lookup(words.events, t.lemma, t.lower)
               for t in toks[max(0, day - EVENT_REACH):day])
