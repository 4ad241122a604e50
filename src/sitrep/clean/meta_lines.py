"""Recognise the outlet, date and byline lines printed above an article, and resolve them.

Only isolated phrases are handed to ``dateparser`` (it misreads dates inside running text);
finding the phrase is done here with patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import dateparser

from .lexicon import ICON_WORDS

_UNIT = r"(?:sec(?:ond)?s?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)"
_REL = re.compile(rf"(?P<rel>(?:\d+|an?|one)\s*{_UNIT}\s+ago|yesterday|today|just now)\s*$", re.I)
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s*"
_ABS = (rf"(?:{_WEEKDAY})?(?:\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}"
        rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
        r"|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
        r"|\d{1,2}[./]\d{1,2}[./]\d{4})")
_TIME = (r"(?:\s*(?:,|at|\||·|-)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
         r"(?:\s*\(?[A-Z]{2,5}(?:\s*[+-]\d{1,2}(?::?\d{2})?)?\)?)?)?")
# "... Updated 2 hours ago" after a printed date: the printed date is the publication date
_UPDATED_TAIL = re.compile(r"\s*[|·,-]?\s*(?:updated|last updated|modified)\b.*$", re.I)
_ABS_LINE = re.compile(
    rf"^(?:(?:published|updated|posted|last updated|first published|date)(?:\s+on)?\s*:?\s*"
    rf"|[^\W\d_]{{3,20}}:\s*)?"  # a label in any language: "Opublikowano: 19.08.2026"
    rf"(?P<abs>{_ABS}){_TIME}(?:\s+by\s+[^\d]{{2,60}})?\s*$", re.I)
_BYLINE = re.compile(r"^[Bb]y\s+(?P<who>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})"
                     r"(?:\s*(?:,|\||/|and|for)\s*(?P<rest>.{0,80}))?$")
_AGO = re.compile(r"(\d+|an?|one)\s*(sec(?:ond)?s?|mins?|minutes?|hrs?|hours?|days?|weeks?|"
                  r"months?|years?)\s+ago")
_UNIT_KEY = {**dict.fromkeys(("sec", "secs", "second", "seconds"), "s"),
             **dict.fromkeys(("min", "mins", "minute", "minutes"), "m"),
             **dict.fromkeys(("hr", "hrs", "hour", "hours"), "h"),
             **dict.fromkeys(("day", "days"), "d"), **dict.fromkeys(("week", "weeks"), "w"),
             **dict.fromkeys(("month", "months"), "mo"), **dict.fromkeys(("year", "years"), "y")}
_SUBDAY = re.compile(r"sec|min|hr|hour|just now|today", re.I)


def parse_iso_date(value: str | None) -> date | None:
    """The date of an ISO date or date-time string (metadata fields), or None.

    Placeholders that page templates print for "no date" ("0001-01-01", the Unix epoch)
    are no date either: a wrong publication date would misdate every relative phrase."""
    if not value:
        return None
    try:
        found = date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
    if not 1900 <= found.year <= 2100 or found == date(1970, 1, 1):
        return None
    return found


@dataclass(frozen=True, slots=True)
class MetaLine:
    """A line that states when (and maybe by whom) an article was published."""

    kind: str  # "relative", "absolute" or "byline"
    phrase: str  # the isolated date phrase, or the byline name
    prefix: str | None  # text glued before the date: often the outlet ("Forbes6 days ago")


def parse_meta_line(text: str) -> MetaLine | None:
    """Classify a short line as a date or byline line, or return None."""
    line = text.strip().lstrip("•·*-– ").strip()
    if not line or len(line) > 120:
        return None
    m = _ABS_LINE.match(line) or _ABS_LINE.match(_UPDATED_TAIL.sub("", line))
    if m:
        return MetaLine("absolute", m.group("abs"), None)
    m = _REL.search(line)
    if m:
        prefix = line[: m.start()].strip(" |·•-–,:")
        if prefix.lower() in ICON_WORDS or not prefix:
            prefix = None
        elif len(prefix.split()) > 6 or prefix.endswith((".", "?", "!")):
            return None  # a sentence that happens to end with "ago"
        return MetaLine("relative", m.group("rel"), prefix)
    m = _BYLINE.match(line)
    if m and len(line.split()) <= 12:
        return MetaLine("byline", m.group("who"), m.group("rest"))
    return None


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    value: date
    how: str  # a short account, e.g. "6 days ago before capture"


def resolve_meta_date(meta: MetaLine, captured_at: datetime, *,
                      captured_at_has_time: bool = True) -> ResolvedDate | None:
    """Resolve a date line against the capture time; None when it cannot be known."""
    if meta.kind == "byline":
        return None
    base = captured_at.replace(tzinfo=None)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past",
                "RETURN_AS_TIMEZONE_AWARE": False}
    if meta.kind == "absolute":
        iso = parse_iso_date(meta.phrase)
        if iso is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", meta.phrase):
            return ResolvedDate(iso, f"printed date '{meta.phrase}'")
        value = dateparser.parse(meta.phrase, languages=["en"],
                                 settings={**settings, "DATE_ORDER": "DMY"}
                                 if re.match(r"\d{1,2}[./]", meta.phrase) else settings)
        return ResolvedDate(value.date(), f"printed date '{meta.phrase}'") if value else None
    if not captured_at_has_time and _SUBDAY.search(meta.phrase):
        # "13 minutes ago" against a capture date without a time: the capture day is the best
        # answer; subtracting from midnight would move it to the day before.
        return ResolvedDate(base.date(), f"'{meta.phrase}' on the capture day")
    ago = _AGO.fullmatch(meta.phrase.strip().lower())
    if ago:  # plain arithmetic; dateparser costs a millisecond a call
        n = 1 if ago.group(1) in ("a", "an", "one") else int(ago.group(1))
        unit = ago.group(2)
        delta = {"s": timedelta(seconds=n), "m": timedelta(minutes=n), "h": timedelta(hours=n),
                 "d": timedelta(days=n), "w": timedelta(weeks=n), "mo": timedelta(days=30 * n),
                 "y": timedelta(days=365 * n)}[_UNIT_KEY[unit]]
        return ResolvedDate((base - delta).date(),
                            f"'{meta.phrase}' before capture at {base.isoformat()}")
    value = dateparser.parse(meta.phrase, languages=["en"], settings=settings)
    if value is None or value > base + timedelta(days=1):
        return None
    return ResolvedDate(value.date(), f"'{meta.phrase}' before capture at {base.isoformat()}")
