"""Read every date phrase of a text, in order, against the story's day.

Why apart from :mod:`.dates` (which resolves one phrase): reading a text decides first which
day the story's relative phrases count from. That is the dateline's date when the story has
one ("Vilnius, March 29: ..."; it beats a page date, which may be a date of last change),
else the publication date, else an explicit capture date. With none of them, a weekday
counts from the last full date stated before it, and otherwise stays unresolved: a date is
never invented (see :mod:`.datelines`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from itertools import pairwise

from ..errors import UsageError
from .date_words import date_words
from .datelines import find_dateline
from .dates import DateMention, DateResolver, possessive_tense
from .event_types import event_types
from .opening import fast_pattern
from .phrases import PhraseHits, phrase_spans
from .words import plain_lower

_DIGITS = fast_pattern(r"\d\d*")  # a class first: the matcher skips to the digits
# A phrase reaches at most this far before its first anchor ("the second half of 2021",
# "between February 10") and after its last ("September", "months ago").
_REACH = 40
_POSSESSIVE = fast_pattern(r"['’]s?\b")


@dataclass(frozen=True, slots=True)
class DatedText:
    """The date phrases of a text and what its dateline says."""

    mentions: list[DateMention] = field(default_factory=list)
    #: the dateline's date, resolved ("MINSK, Aug. 18 (Wire) -"), when the text has one
    dateline: DateMention | None = None
    #: where the lead starts after a dateline without a date ("MINSK (Wire) - ...")
    lead: int | None = None


@cache
def _months(lang: str) -> dict[str, str]:
    """The anchors that are a month's shortest name (lower case) -> the name as the phrase
    pattern writes it: the pattern reads month names case by case ("May", never "may"), so
    only there can such an anchor be part of a phrase."""
    words = date_words(lang)
    names = {month["short"][0]: month for month in words.table["months"]}
    return {name.lower(): name for name in names if name.lower() in words.anchors}


def _windows(text: str, anchors: tuple[str, ...], hits: PhraseHits | None = None,
             cased: dict[str, str] | None = None) -> list[tuple[int, int]]:
    """The stretches of ``text`` that may hold a date phrase.

    Why: the phrase pattern has some twenty alternatives, and trying them at every word
    of an article cost more than resolving the phrases. Digits and ``anchors`` (every date
    phrase holds a digit or one of them) are found by plain substring search; the pattern
    then runs only around them (about a third of a news text), with the same matches as a
    scan of the whole text (``hits``: where the words of the lower-cased text are written,
    when known; ``cased``: anchors that count only as written there, "may" as "May")."""
    lower = plain_lower(text, hits.text) if hits is not None else text.lower()
    if len(lower) != len(text):  # a character lower-cases to several: offsets differ
        return [(0, len(text))]
    # the places in the lower-cased text (the index's text is the same then)
    spans = hits.spans(anchors) if hits is not None else phrase_spans(lower, anchors)
    if cased:  # a month is written as the pattern writes it, "May", not "may"
        spans = [(start, end) for start, end in spans
                 if (form := cased.get(lower[start:end])) is None
                 or text.startswith(form, start)]
    spans = [*spans, *(hits.digit_runs() if hits is not None else (
        (m.start(), m.end()) for m in _DIGITS.finditer(text)))]
    spans.sort()
    out: list[tuple[int, int]] = []
    for start, end in spans:
        start, end = max(0, start - _REACH), min(len(text), end + _REACH)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def read_dates(text: str, published: date | None, captured: date | None = None,
               lang: str = "en", story: tuple[date, ...] = (),
               hits: PhraseHits | None = None) -> DatedText:
    """Every date phrase in ``text`` (in ``lang``) with its resolved interval, in text order,
    and the text's dateline.

    Relative phrases resolve against the dateline's date, else the publication date, else
    the capture date (a page is published on or before it is captured), and say which in
    ``how``. ``story``: the publication days of the story's other articles (sorted), which
    give a yearless date of an undated text its year (see :mod:`.story_days`); ``hits``:
    where the words of the lower-cased text are written, when known (:mod:`.phrases`)."""
    words = date_words(lang)
    resolver = DateResolver(published or captured, words,
                            "publication date" if published else "capture date", lang,
                            story)
    matches = [m for start, end in _windows(text, words.anchors, hits, _months(lang))
               for m in words.pattern.finditer(text, start, end)]
    line = find_dateline(text, lang)
    dateline = None
    if line is not None and line.date_start is not None:
        dated = next((m for m in matches if m.start(m.lastgroup or 0) == line.date_start), None)
        if dated is not None:
            # a dateline is the day of filing: the nearest to the page date, whatever the
            # tense of the lead (a page dated the day before, in another time zone)
            value, how = resolver.resolve(dated, text, "unknown")
            resolver.anchor = None  # the dateline is read again in its place below
            if value is not None and value.granularity == "day":
                dateline = DateMention(line.date_start, dated.end(dated.lastgroup or 0),
                                       dated.group(dated.lastgroup or 0), dated.lastgroup or "",
                                       value, how)
                resolver.published, resolver.base = value.start, "dateline"
    out = []
    for m in matches:
        kind = m.lastgroup or ""
        start, end = m.span(kind) if kind else m.span()
        attributive = _POSSESSIVE.match(text, end) is not None or _names_an_event(
            text, end, lang)
        tense = possessive_tense(text, end, words) if attributive and kind == "weekday" else None
        value, how = resolver.resolve(m, text, tense)
        out.append(DateMention(start, end, text[start:end], kind, value, how,
                               attributive=attributive))
    out = _appositions(out, text)
    if resolver.published is None:
        out = _weekdays_after_dates(out, resolver)
    lead = line.lead if line is not None and line.date_start is None else None
    return DatedText(out, dateline, lead)


_DAY_KINDS = frozenset({"mdy", "dmy", "iso", "md", "dm"})
_APPOSITION = fast_pattern(r",?\s*\(?")


def _appositions(found: list[DateMention], text: str) -> list[DateMention]:
    """"on Friday, March 28", "today (April 10)": a relative day followed by the day it
    names takes that day, whether or not the text is dated (the writer said which)."""
    out = list(found)
    for i, (d, nxt) in enumerate(pairwise(found)):
        gap = _APPOSITION.fullmatch(text, d.end, nxt.start)
        if (d.kind in ("weekday", "rel_day") and gap is not None and nxt.kind in _DAY_KINDS
                and nxt.value is not None and nxt.value.granularity == "day"):
            out[i] = replace(d, value=nxt.value, how=f"the day named after it ({nxt.text})")
    return out


def weekdays_after(found: list[DateMention], event: date, lang: str = "en"
                   ) -> list[DateMention]:
    """The weekdays an undated text left unresolved, as the first on or after ``event``,
    the day the store's other articles date its event to (see :mod:`.story_days`); a
    full date the text states before a weekday still counts first."""
    return _weekdays_after_dates(found, DateResolver(None, date_words(lang)), event)


def _weekdays_after_dates(found: list[DateMention], resolver: DateResolver,
                          event: date | None = None) -> list[DateMention]:
    """In an undated text, "on Friday" is the first Friday on or after the day the text
    dates in full ("the quake struck on March 28 ... the ministry said on Friday"): a story
    tells what followed the day it names. The nearest such day before the weekday counts,
    else the first after it (or the event's day, when known); a weekday with a shift
    ("last Friday") stays unresolved."""
    days = [(d.start, d.value.start) for d in found if d.kind in _DAY_KINDS and d.value
            and d.value.granularity == "day"]
    # a day that comes after the weekday and dates an event of its own ("in the wake of the
    # September 11, 2001 attacks") is history, not the day the story tells what followed
    later = [(at, day) for (at, day), d in zip(days, (
        d for d in found if d.kind in _DAY_KINDS and d.value and d.value.granularity == "day"),
        strict=True) if not d.attributive]
    if event is not None:
        days.insert(0, (-1, event))
        later.insert(0, (-1, event))
    if not days:
        return found
    words = resolver.words
    out = []
    for d in found:
        parts = d.text.lower().split()
        if d.kind != "weekday" or d.value is not None or (
                len(parts) > 1 and words.table["period_shifts"].get(parts[0], 0)):
            out.append(d)
            continue
        before = [day for at, day in days if at < d.start]
        if not before and not later:
            out.append(d)
            continue
        anchor = before[-1] if before else later[0][1]
        value, _ = resolver.weekday(parts[-1], anchor + timedelta(days=6), "past")
        source = "the day the text states" if anchor != event else "the event's day"
        out.append(replace(d, value=value,
                           how=f"the first {parts[-1]} on or after {anchor.isoformat()}, "
                               f"{source}"))
    return out


@cache
def _event_words(lang: str) -> re.Pattern[str] | None:
    """The event words of ``lang`` (``event_types``), None for a language without them."""
    try:
        return event_types(lang).trigger
    except UsageError:
        return None


def _names_an_event(text: str, end: int, lang: str) -> bool:
    """"the September 11, 2001 attacks": a date right before an event word dates that
    event (another one than the story's, or its own: never the day of a saying)."""
    words = _event_words(lang)
    return (words is not None and text[end:end + 1] == " "
            and words.match(text[end + 1:end + 30].lower()) is not None)


def find_dates(text: str, published: date | None, captured: date | None = None,
               lang: str = "en") -> list[DateMention]:
    """The date phrases of :func:`read_dates`, without the dateline."""
    return read_dates(text, published, captured, lang).mentions
