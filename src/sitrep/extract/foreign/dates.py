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
    #: on a page with no day, the incident's day when the page names the incident by its
    #: weekday ("the quake on Friday"): the page was written in the week after it, and its
    #: other weekdays count from it (:func:`incident_week`)
    week_of: date | None = None


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


def incident_week(sents: list[Sentence], words: Words, incidents: frozenset[date]
                  ) -> date | None:
    """The one incident day of an undated page when a sentence of it names an event word
    and the incident's weekday ("do którego doszło w piątek", "das Erdbeben hatte sich am
    Freitag ereignet"), else None. Why: a writer calls a day by its weekday only within a
    week or so of it, so such a page was written in the days after the incident, and a
    weekday it gives a statement ("w sobotę") is the first such day on or after the
    incident. A page that names the incident by its date ("le séisme du 28 mars") may be
    written weeks later, when "samedi" is any Saturday since: its weekdays stay unread."""
    if len(incidents) != 1:
        return None
    day = next(iter(incidents))
    for sentence in sents:
        toks = sentence.tokens
        for i in range(len(toks)):
            named = weekday_at(toks, i, words)
            if named is not None and named[0] == day.weekday() and _after_event(
                    toks, i, words, WEEKDAY_REACH):
                return day
    return None


def statement_when(sentence: Sentence, words: Words, days: PageDays
                   ) -> tuple[date | None, str]:
    """When an attributed ``sentence`` was stated, and how precisely ("day" or "month"):
    the day it names, read against the page's day, or on a page with no day, against the
    story's; else the month it names before its figures (:func:`month_of_saying`); or
    None. A page's own day (nor its dateline's) is not taken for a statement that names
    none: a page restates earlier tolls without saying when they were given."""
    if days.reference is None:
        day = _story_day(sentence, words, days)
    else:
        day = stated_on(sentence, words, days.reference)
    if day is not None:
        return day, "day"
    month = month_of_saying(sentence.tokens, words, days)
    return (month, "month") if month is not None else (None, "day")


def month_of_saying(toks: tuple[Token, ...], words: Words, days: PageDays) -> date | None:
    """The first day of the month a statement names with no day, after one of the
    language's month leads ("в середине июня говорил", "на конец апреля 2025 года", "im
    Juni sagte", "w styczniu podał"), in the year it gives, else the last such month on or
    before the page's day, else the one near the story's days; or None. Why: a source
    quoted months later is dated by the month the writer gives, as "said in May" is in
    English. Only before the sentence's first number (a month after a figure is the time
    of what is told: "погибли 40 человек в марте") and not right after an event word
    ("теракт в марте": the event's month)."""
    lowers = [t.lower for t in toks]
    for i, tok in enumerate(toks):
        if tok.lower not in words.months or _day_before(toks, i, words) is not None:
            continue
        lead = next((p for p in words.month_leads
                     if i >= len(p) and tuple(lowers[i - len(p):i]) == p), None)
        if lead is None:
            continue
        start = i - len(lead)
        if any(t.is_number for t in toks[:start]) or _after_event(toks, start, words):
            return None
        month = words.months[tok.lower]
        after = toks[i + 1].text if i + 1 < len(toks) else ""
        if after.isdigit() and len(after) == 4:
            return date(int(after), month, 1)
        if days.reference is not None:
            ref = days.reference
            return date(ref.year if month <= ref.month else ref.year - 1, month, 1)
        return year_from_story(month, 1, days.story)
    return None


#: How many tokens after an "as of" phrase its day may start ("по состоянию на 08:00 12
#: мая", "станом на неділю, 24 березня")
AS_OF_REACH = 5


def as_of_day(sentence: Sentence, words: Words, days: PageDays) -> date | None:
    """The day an "as of" phrase of ``sentence`` names ("по состоянию на 30 марта",
    "станом на неділю, 24 березня", "Stand 30. März"), read against the page's day or on
    an undated page the story's, or None. Why: a count given as of a day is the count on
    that day, whoever the sentence names as its source or none: a bulletin quoted
    ("«По состоянию на 08:00 12 мая ... пострадали 64 человека», — сказано в
    сводке") is dated by its own words, not by the source the reporter named before."""
    toks = sentence.tokens
    lowers = [t.lower for t in toks]
    for i in range(len(toks)):
        phrase = next((p for p in words.as_of if tuple(lowers[i:i + len(p)]) == p), None)
        if phrase is None:
            continue
        after = i + len(phrase)
        for j in range(after, min(len(toks), after + AS_OF_REACH + 1)):
            if (day := _day_before(toks, j, words)) is None or j - 1 < after:
                continue
            month = words.months[toks[j].lower]
            if days.reference is not None:
                return _day(days.reference, month, day)
            return year_from_story(month, day, days.story)
    return None


def stated_on(sentence: Sentence, words: Words, published: date | None) -> date | None:
    """The date ``sentence`` says something was stated, or None."""
    if published is None:
        return None
    toks = sentence.tokens
    for i, tok in enumerate(toks):
        if (named := weekday_at(toks, i, words)) is not None:
            back = (published.weekday() - named[0]) % 7
            return published - timedelta(days=back)
        if (day := _day_before(toks, i, words)) is not None:
            return _day(published, words.months[tok.lower], day)
        if words.day_suffix and (numbered := _numbered_day(toks, i, words)) is not None:
            month, day = numbered
            return _day(published, month, day) if month else _last_day(published, day)
        if tok.lower in words.today:
            return published
        if tok.lower in words.yesterday:
            return published - timedelta(days=1)
    return None


def _last_day(published: date, day: int) -> date | None:
    """"지난 19일", "19일": a day of the month named without its month is the last such day
    on or before ``published`` (this month's, else last month's)."""
    year, month = published.year, published.month
    if day > published.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        return date(year, month, day)
    except ValueError:  # "31일" named in a month of 30 days
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
    at = _day_index(toks, i, words)
    if at is not None and toks[at].text.isdigit() and 1 <= int(toks[at].text) <= 31:
        return int(toks[at].text)
    return None


def _day_index(toks: tuple[Token, ...], i: int, words: Words) -> int | None:
    """The token where a day before the month word ``toks[i]`` would stand: right before
    it, before a period ("22. März") or before a word of the language's ``day_links`` ("12
    de março"); None when ``toks[i]`` is no month."""
    if toks[i].lower not in words.months or not i:
        return None
    if toks[i - 1].text == "." or toks[i - 1].lower in words.day_links:
        return i - 2 if i > 1 else None
    return i - 1


def _numbered_day(toks: tuple[Token, ...], i: int, words: Words
                  ) -> tuple[int | None, int] | None:
    """(month or None, day) when ``toks[i]`` is a day written as a number with the day
    word glued after it, and perhaps a month the same way before it ("3월 22일", "22일":
    ``calendar.json`` ``day_suffix`` and ``month_suffix``), else None."""
    tok = toks[i]
    if i + 1 >= len(toks) or not tok.text.isdigit() or toks[i + 1].lower != words.day_suffix \
            or toks[i + 1].start != tok.end or not 1 <= int(tok.text) <= 31:
        return None
    month = None
    if i >= 2 and toks[i - 1].lower == words.month_suffix and toks[i - 2].text.isdigit() \
            and toks[i - 2].end == toks[i - 1].start and 1 <= int(toks[i - 2].text) <= 12:
        month = int(toks[i - 2].text)
    return month, int(tok.text)


def _story_day(sentence: Sentence, words: Words, days: PageDays) -> date | None:
    """On an undated page: the latest day and month the sentence names, in the one year
    that puts it near the story's days (what is said comes after what it tells of). A day
    just after an event word names the event ("теракт 22 марта"), as does a day the
    story dates the page's incident to ("le séisme survenu en Turquie le 6 février"). With
    no such day, a weekday counts from the incident (:func:`_weekday_after`); "yesterday"
    has nothing to count from."""
    toks = sentence.tokens
    found = None
    for i, tok in enumerate(toks):
        numbered = _numbered_day(toks, i, words) if words.day_suffix else None
        if numbered is not None and numbered[0] is not None and not _after_event(
                toks, i - 2, words):
            month, day = numbered[0], numbered[1]
        elif (day := _day_before(toks, i, words)) is None or _names_event(toks, i, words):
            continue
        else:
            month = words.months[tok.lower]
        named = year_from_story(month, day, days.story)
        if named is not None and named not in days.incidents:
            found = named
    return found or _weekday_after(toks, words, days.week_of)


def _weekday_after(toks: tuple[Token, ...], words: Words, start: date | None
                   ) -> date | None:
    """"w sobotę", "am Samstag", "este lunes" on an undated page written in the week of
    its incident (:func:`incident_week`): the first such weekday on or after the
    incident's day ``start``, as the English reader dates an undated article's weekdays
    (:func:`sitrep.extract.date_reading.weekdays_after`). The first weekday of the
    sentence counts, as on a dated page (:func:`stated_on`), but for one that names the
    incident ("w ataku w piątek") or another week ("el pasado viernes")."""
    if start is None:
        return None
    for i in range(len(toks)):
        if (named := weekday_at(toks, i, words)) is None:
            continue
        near = {t.lower for t in toks[max(0, i - 2):named[1] + 2]}
        if near & words.weekday_shifts or _after_event(toks, i, words):
            continue
        return start + timedelta(days=(named[0] - start.weekday()) % 7)
    return None


def weekday_at(toks: tuple[Token, ...], i: int, words: Words) -> tuple[int, int] | None:
    """(weekday, its last token) that ``toks[i]`` names: a weekday word ("sábado",
    "lundi"), or the first part of one the language writes as a compound with a hyphen
    ("terça-feira", three tokens), whose first part alone means another thing ("a segunda
    maior cidade": the second); else None."""
    if i + 2 < len(toks) and toks[i + 1].text == "-" and toks[i + 1].start == toks[i].end \
            and toks[i + 2].start == toks[i + 1].end:
        day = words.weekdays.get(f"{toks[i].lower}-{toks[i + 2].lower}")
        if day is not None:
            return day, i + 2
    day = words.weekdays.get(toks[i].lower)
    return None if day is None else (day, i)


#: How many words before a day an event word makes it the event's day ("теракт 22 марта",
#: "Anschlag vom 22. März", "séisme du 28 mars")
EVENT_REACH = 3
#: How many words before the incident's weekday an event word names the incident by it,
#: through a clause that tells what it was ("trzęsienia ziemi o magnitudzie 6,1, do
#: którego doszło w piątek"): see :func:`incident_week`
WEEKDAY_REACH = 12


def _names_event(toks: tuple[Token, ...], i: int, words: Words) -> bool:
    """Whether the day whose month word is ``toks[i]`` follows an event word closely."""
    at = _day_index(toks, i, words)
    return _after_event(toks, i - 1 if at is None else at, words)


def _after_event(toks: tuple[Token, ...], day: int, words: Words, reach: int = EVENT_REACH
                 ) -> bool:
    """Whether the date starting at ``toks[day]`` follows an event word within ``reach``
    words."""
    return any(t.text[0].isalpha() and lookup(words.events, t.lemma, t.lower)
               for t in toks[max(0, day - reach):day])
