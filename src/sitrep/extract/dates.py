"""Find date phrases in running text and resolve them to intervals.

``dateparser.search_dates`` misreads running text ("On Jan. 10, 2025" became two wrong
dates in a trial), so phrases are found here with patterns, and each isolated phrase is
resolved by rules:

* absolute ("Jan. 10, 2025", "10 January 2025", "2025-01-10", "October 2024");
* partial ("May 28"): the year comes from the publication date and the tense of the clause
  (past: the latest occurrence on or before publication; future: the first on or after);
  when the publication date is unknown, from the nearest full date stated earlier in the text;
* relative ("on Tuesday", "next month", "6 days ago", "this summer"): against publication;
* ranges ("September 12 through September 16", "from February 10 to February 20, 2022");
* vague ("late 2021", "the summer of 2022", "the 2000s"): an interval with its granularity.

A phrase that cannot be resolved keeps ``value=None``: a date is never invented.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from types import MappingProxyType
from typing import Literal

from .date_words import DateWords
from .numbers import parse_number
from .opening import fast_pattern
from .story_days import year_from_story

Granularity = Literal["day", "week", "month", "season", "year", "decade", "vague"]
Tense = Literal["past", "future", "unknown"]

_CLAUSE_STOP = fast_pattern(r"[.;!?]")
_TENSE_WORDS = fast_pattern(r"[\w']+")
_FIRST_DIGITS = fast_pattern(r"\d+")
_DECADE = fast_pattern(r"\d{4}")
#: The intervals of the parts of a year a vague phrase names ("early 2021"), as (first
#: month, first day, last month, last day), and how the resolution is described.
_PARTS_OF_YEAR = MappingProxyType({"early": ((1, 1, 4, 30), "early in the year"),
                  "mid": ((5, 1, 8, 31), "mid-year"),
                  "first half": ((1, 1, 6, 30), "first half"),
                  "second half": ((7, 1, 12, 31), "second half"),
                  "late": ((9, 1, 12, 31), "late in the year")})
#: The units of "three weeks ago" and the granularity of the date they give.
_AGO_GRANULARITY: Mapping[str, Granularity] = MappingProxyType(
    {"day": "day", "week": "day", "month": "month", "year": "year"})


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved interval; ``start == end`` for a single day."""

    start: date
    end: date
    granularity: Granularity


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # character offsets in the text
    end: int
    text: str
    kind: str  # the pattern that matched: "range", "mdy", "md", "weekday", ...
    value: DateValue | None
    how: str  # how it was resolved, for ``sitrep show``
    #: the phrase qualifies a noun ("Friday's earthquake", "last week's vote"): it dates
    #: that thing, never the saying of a statement
    attributive: bool = False


def _month(name: str, months: dict[str, int]) -> int:
    return months[name.lower().rstrip(".")[:3] if name.lower().rstrip(".")[:3] in months
                  else name.lower().rstrip(".")]


def _day(text: str) -> int:
    return int(_FIRST_DIGITS.match(text).group(0))  # type: ignore[union-attr]


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def tense_near(text: str, start: int, end: int, words: DateWords) -> Tense:
    """Past or future, from the verbs nearest a phrase in its clause (before it, else after)."""
    left = text[max(0, start - 120):start]
    stop = max((m.end() for m in _CLAUSE_STOP.finditer(left)), default=0)
    left = left[stop:]
    found = _TENSE_WORDS.findall(left)
    for i in range(len(found) - 1, -1, -1):
        window = " ".join(found[i:i + 2])
        if words.refused.match(window):
            return "past"  # "would not comment on ...": a refusal, told after the fact
        if words.future.match(window):
            return "future"
        if words.past.fullmatch(found[i]):
            return "past"
    return _tense_after(text, end, words) or "unknown"


def possessive_tense(text: str, end: int, words: DateWords) -> Tense:
    """The tense of a possessive date ("Friday's quake", "Monday's vote"): the noun phrase
    it opens names an event of its own, so the verb before it ("will continue to grow from
    Friday's quake") tells nothing of its day. Its own predicate after it may ("Monday's
    vote will decide"); without one, an event named by its day is one that took place."""
    return _tense_after(text, end, words) or "past"


def _tense_after(text: str, end: int, words: DateWords) -> Tense | None:
    """The tense the clause after ``end`` gives (up to its end), or None without a verb."""
    right = text[end:end + 160]
    m = _CLAUSE_STOP.search(right)
    right = right[: m.start()] if m else right
    fut, past = words.future.search(right), words.past.search(right)
    if fut and (not past or fut.start() < past.start()):
        return "future"
    return "past" if past else None


#: The kinds of phrase whose reading takes a tense, and only against a reference date: a
#: partial date's year (md, dm, a range without a year), a weekday, a month alone.
_TENSED_KINDS = frozenset({"md", "dm", "range", "weekday", "month_alone"})


class DateResolver:
    """Resolves phrases of one text in order; remembers the last full date as context."""

    def __init__(self, published: date | None, words: DateWords,
                 base: str = "publication date", lang: str = "en",
                 story: tuple[date, ...] = ()) -> None:
        self.published = published  # the reference date: publication, else capture
        self.words = words
        self.lang = lang
        self.base = base
        self.anchor: date | None = None
        self.story = story  # the publication days of the story's other articles, sorted

    def _pick_year(self, month: int, day: int, tense: Tense) -> tuple[date | None, str]:
        if self.published is not None:
            ref, base = self.published, self.base
            options = [d for y in (ref.year - 1, ref.year, ref.year + 1)
                       if (d := _safe(y, month, day))]
            if tense == "past":
                before = [d for d in options if d <= ref]
                return (max(before), f"latest before the {base} (past tense)") if before else (
                    None, "no match")
            if tense == "future":
                after = [d for d in options if d >= ref]
                return (min(after), f"first after the {base} (future tense)") if after else (
                    None, "no match")
            return min(options, key=lambda d: abs((d - ref).days)), f"nearest the {base}"
        near_story = year_from_story(month, day, self.story)
        if near_story is not None:
            return near_story, "the year of the story's other articles"
        if self.anchor is not None:
            ref = self.anchor
            options = [d for y in (ref.year - 1, ref.year, ref.year + 1)
                       if (d := _safe(y, month, day))]
            best = min(options, key=lambda d: (abs((d - ref).days), d < ref))
            return best, f"nearest the date stated earlier ({ref.isoformat()})"
        return None, "no year in the text and no publication or capture date"

    def resolve(self, m: re.Match[str], text: str, tense: Tense | None = None
                ) -> tuple[DateValue | None, str]:
        """The interval of the phrase ``m`` matched in ``text``; ``tense`` (else the tense
        of its clause) picks the year of a partial date."""
        kind = m.lastgroup or ""
        phrase = m.group(kind) if kind else m.group(0)
        if tense is None:
            # read only where it is read: the clause's verbs cost more than the phrase
            tense = tense_near(text, m.start(kind), m.end(kind), self.words) if (
                self.published is not None and kind in _TENSED_KINDS) else "unknown"
        try:
            value, how = self._resolve(kind, phrase, tense)
        except (OverflowError, ValueError):  # "10,000 years ago", a reference date in year 1
            value, how = None, "outside the calendar"
        if value is not None and kind in ("mdy", "dmy", "iso", "range", "md", "dm", "my"):
            self.anchor = value.end if kind == "range" else value.start
        return value, how

    def _resolve(self, kind: str, phrase: str, tense: Tense) -> tuple[DateValue | None, str]:
        p = phrase.strip()
        w = self.words
        if kind in ("mdy", "dmy"):
            year = re.search(w.year, p).group(0)  # type: ignore[union-attr]
            day = _day(re.search(rf"\b{w.day}\b", p.replace(year, "")).group(0))  # type: ignore[union-attr]
            d = _safe(int(year), self._month_in(p), day)
            return (DateValue(d, d, "day"), "stated in full") if d else (None, "no such day")
        if kind == "iso":
            y, mo, dd = map(int, p.split("-"))
            d = _safe(y, mo, dd)
            return (DateValue(d, d, "day"), "stated in full") if d else (None, "no such day")
        if kind in ("md", "dm"):
            d, how = self._pick_year(self._month_in(p), _day(re.search(w.day, p).group(0)),  # type: ignore[union-attr]
                                     tense)
            return (DateValue(d, d, "day"), how) if d else (None, how)
        if kind == "my":
            month = self._month_in(p)
            year = int(re.search(w.year, p).group(0))  # type: ignore[union-attr]
            return DateValue(date(year, month, 1), _month_end(year, month), "month"), "month"
        if kind == "range":
            return self._range(p, tense)
        return self._vague(kind, p.lower(), tense)

    def _month_in(self, p: str) -> int:
        """The month named in ``p``."""
        found = re.search(self.words.month, p).group(0)  # type: ignore[union-attr]
        return _month(found, self.words.months)

    def _range(self, p: str, tense: Tense) -> tuple[DateValue | None, str]:
        w = self.words
        parts = w.split.split(w.opener.sub("", p), maxsplit=1)
        if len(parts) != 2:
            return None, "unreadable range"
        year_m = re.search(w.year, parts[1]) or re.search(w.year, parts[0])
        months = [re.search(w.month, x) for x in parts]
        days = [re.search(rf"(?<!\d){w.day}(?!\d)", re.sub(w.year, "", x)) for x in parts]
        if not all(days) or not any(months):
            return None, "unreadable range"
        m0 = months[0] or months[1]
        m1 = months[1] or months[0]
        mo0 = _month(m0.group(0), w.months)  # type: ignore[union-attr]
        mo1 = _month(m1.group(0), w.months)  # type: ignore[union-attr]
        d0, d1 = _day(days[0].group(0)), _day(days[1].group(0))  # type: ignore[union-attr]
        if year_m:
            y1 = int(year_m.group(0))
            y0 = y1 - 1 if (mo0, d0) > (mo1, d1) else y1
            start, end = _safe(y0, mo0, d0), _safe(y1, mo1, d1)
            how = "range with its year"
        else:
            start, how = self._pick_year(mo0, d0, tense)
            end = None
            if start:
                end = _safe(start.year + (1 if (mo0, d0) > (mo1, d1) else 0), mo1, d1)
        if not start or not end:
            return None, how
        return DateValue(start, end, "day"), how

    def _vague(self, kind: str, p: str, tense: Tense) -> tuple[DateValue | None, str]:
        """Vague and relative phrases, ``p`` lower-cased."""
        if kind in ("vague_year", "season_year", "decade", "year_alone"):
            return self._vague_year(kind, p)
        ref = self.published
        if ref is None:
            return None, "relative to an unknown publication date"
        table = self.words.table
        if kind == "rel_day":
            d = ref + timedelta(days=table["days"][p])
            return DateValue(d, d, "day"), f"relative to the {self.base}"
        if kind == "ago":
            return self._ago(p, ref)
        if kind == "weekday":
            return self.weekday(p, ref, tense)
        if kind == "month_alone":
            month = _month(p, self.words.months)
            candidates = [date(y, month, 1) for y in (ref.year - 1, ref.year, ref.year + 1)]
            if tense == "future":
                pick = min(c for c in candidates if _month_end(c.year, c.month) >= ref)
            elif tense == "past":
                pick = max(c for c in candidates if c <= ref)
            else:
                pick = min(candidates, key=lambda c: abs((c - ref).days))
            return DateValue(pick, _month_end(pick.year, pick.month), "month"), "month by tense"
        if kind == "rel_period":
            return self._period(p, ref)
        return None, "unrecognised"

    def _vague_year(self, kind: str, p: str) -> tuple[DateValue | None, str]:
        """A phrase with its year or decade: "late 2021", "the summer of 2022", "the 2000s",
        "in 2014"."""
        if kind == "decade":
            start = int(_DECADE.search(p).group(0))  # type: ignore[union-attr]
            return DateValue(date(start, 1, 1), date(start + 9, 12, 31), "decade"), "decade"
        year = int(re.search(self.words.year, p).group(0))  # type: ignore[union-attr]
        if kind == "year_alone":
            return DateValue(date(year, 1, 1), date(year, 12, 31), "year"), "year"
        if kind == "season_year":
            season = next(s for s in self.words.seasons if s in p)
            return self._season(year, season), "season of the stated year"
        part = " ".join(re.sub(rf"[\s-]+{self.words.year}$", "", p).split())
        (m0, d0, m1, d1), how = _PARTS_OF_YEAR[self.words.parts_of_year[part]]
        return DateValue(date(year, m0, d0), date(year, m1, d1), "vague"), how

    def _ago(self, p: str, ref: date) -> tuple[DateValue | None, str]:
        """"three weeks ago": counted back from the reference date."""
        ago = self.words.table["ago"]
        n_text, unit = p.split()[0], p.split()[1].rstrip(ago["plural"])
        n = 1 if n_text in ago["articles"] else int(parse_number(n_text, self.lang) or 0)
        d = ref - timedelta(days=ago["units"][unit] * n)
        return DateValue(d, d, _AGO_GRANULARITY[unit]), f"counted back from the {self.base}"

    def weekday(self, p: str, ref: date, tense: Tense) -> tuple[DateValue | None, str]:
        """"on Tuesday", "next Friday": the weekday before or after the reference date."""
        target = self.words.weekdays[p.split()[-1]]
        first = p.split()[0] if len(p.split()) > 1 else ""
        shift = self.words.table["period_shifts"].get(first, 0)
        delta = (ref.weekday() - target) % 7
        if shift > 0 or (tense == "future" and shift >= 0):
            ahead = (target - ref.weekday()) % 7 or (7 if shift > 0 else 0)
            d = ref + timedelta(days=ahead)
            return DateValue(d, d, "day"), f"the weekday on or after the {self.base} (future)"
        d = ref - timedelta(days=delta)
        return DateValue(d, d, "day"), f"the weekday on or before the {self.base}"

    def _season(self, year: int, season: str) -> DateValue:
        first, last = self.words.seasons[season]
        if first > last:  # winter: December to February of the next year
            return DateValue(date(year, first, 1), _month_end(year + 1, last), "season")
        return DateValue(date(year, first, 1), _month_end(year, last), "season")

    def _period(self, p: str, ref: date) -> tuple[DateValue | None, str]:
        words = p.split()
        which, unit = words[-2], self.words.table["periods"].get(words[-1], words[-1])
        shift = self.words.table["period_shifts"].get(which, 0)
        if unit == "week":
            monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=shift)
            return DateValue(monday, monday + timedelta(days=6), "week"), f"week of the {self.base}"
        if unit == "month":
            y, m = divmod(ref.year * 12 + ref.month - 1 + shift, 12)
            return DateValue(date(y, m + 1, 1), _month_end(y, m + 1), "month"), \
                f"month relative to the {self.base}"
        if unit == "year":
            y = ref.year + shift
            return DateValue(date(y, 1, 1), date(y, 12, 31), "year"), \
                f"year relative to the {self.base}"
        year = ref.year + shift
        return self._season(year, unit), f"season relative to the {self.base}"
