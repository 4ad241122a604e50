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
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Granularity = Literal["day", "week", "month", "season", "year", "decade", "vague"]
Tense = Literal["past", "future", "unknown"]

MONTHS = {name: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], start=1) for name in names}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday",
                                        "saturday", "sunday"])}
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
            "winter": (12, 2)}

_M = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
      r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_D = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_Y = r"(?:1[89]\d\d|20\d\d)"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_UNIT = r"(?:day|week|month|year)s?"
_TO = r"\s*(?:through|thru|to|until|till|–|—|-)\s*"

# one date (no range); named groups tell the form
_SINGLE = (
    rf"(?P<mdy>{_M}\s+{_D},?\s+{_Y})"
    rf"|(?P<dmy>{_D}\s+{_M},?\s+{_Y})"
    rf"|(?P<iso>{_Y}-[01]\d-[0-3]\d)"
    rf"|(?P<md>{_M}\s+{_D})(?![\d,]*\s*\d)"
    rf"|(?P<dm>{_D}\s+{_M})"
    rf"|(?P<my>{_M}\s+{_Y})"
)
_PATTERN = re.compile(
    # every phrase starts a word: the leading check rejects the other positions at once
    # instead of trying each alternative there (four times faster on news-length text)
    r"\b(?=\w)(?:"
    # ranges first: the longest phrase wins
    rf"(?P<range>(?:(?:from|between)\s+)?"
    rf"(?:{_M}\s+{_D}(?:,?\s+{_Y})?(?:{_TO}|\s+and\s+){_M}\s+{_D}(?:,?\s+{_Y})?"
    rf"|{_M}\s+{_D}(?:{_TO}|\s+and\s+){_D}(?:,?\s+{_Y})?"
    rf"|{_D}(?:{_TO}|\s+and\s+){_D}\s+{_M}(?:,?\s+{_Y})?"
    rf"|{_D}\s+{_M}(?:{_TO}|\s+and\s+){_D}\s+{_M}(?:,?\s+{_Y})?))"
    rf"|{_SINGLE}"
    rf"|(?P<vague_year>(?:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
    rf"the\s+first\s+half\s+of|the\s+second\s+half\s+of)[\s-]+{_Y})"
    rf"|(?P<season_year>(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+of\s+{_Y})"
    rf"|(?P<decade>the\s+(?:1[89]|20)\d0s)"
    rf"|(?P<rel_period>(?:earlier|later)\s+this\s+(?:week|month|year)"
    rf"|(?:this|last|next|past|coming)\s+(?:week|month|year|spring|summer|autumn|fall|winter))"
    rf"|(?P<ago>{_NUM}\s+{_UNIT}\s+ago)"
    rf"|(?P<rel_day>yesterday|today|tomorrow)"
    rf"|(?P<weekday>(?:(?:on|last|this|next)\s+)?{_WD})"
    # a month or a year alone counts only after a preposition, which is not part of the phrase
    rf"|\b(?i:in|since|by|until|from|through|during|early|late|mid|last|next|this)\s+"
    rf"(?P<month_alone>{_M})\b(?!\s*\d)"
    rf"|\b(?i:in|since|by|until|before|after|from|during|through|of|around)\s+"
    rf"(?P<year_alone>{_Y})(?![-\d]))",
)
# "would" reports a future seen from the past ("said the drills would run from ..."): for a
# date phrase it points forward from the publication date, like "will"
_FUTURE = re.compile(r"\b(?:will|would|shall|'ll|is\s+to|are\s+to|scheduled|planned|plans?\s+to|"
                     r"going\s+to|upcoming|expected\s+to|set\s+to)\b", re.I)
_PAST = re.compile(r"\b(?:was|were|had|did|said|told|took|held|met|began|came|went|saw|"
                   r"made|gave|sent|left|spoke|wrote|thought|brought|rose|fell|grew|drew|"
                   r"knew|won|lost|kept|led|paid|sought|struck|stood|chose|broke|ran|felt|"
                   r"heard|spent|built|found|became|ago|last|\w{3,}ed)\b", re.I)
_REFUSED = re.compile(r"(?:would|could)\s+not\b|(?:wouldn't|couldn't)\b", re.I)
_CLAUSE_STOP = re.compile(r"[.;!?]")


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


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")[:3] if name.lower().rstrip(".")[:3] in MONTHS
                  else name.lower().rstrip(".")]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def tense_near(text: str, start: int, end: int) -> Tense:
    """Past or future, from the verbs nearest a phrase in its clause (before it, else after)."""
    left = text[max(0, start - 120):start]
    stop = max((m.end() for m in _CLAUSE_STOP.finditer(left)), default=0)
    left = left[stop:]
    words = re.findall(r"[\w']+", left)
    for i in range(len(words) - 1, -1, -1):
        window = " ".join(words[i:i + 2])
        if _REFUSED.match(window):
            return "past"  # "would not comment on ...": a refusal, told after the fact
        if _FUTURE.match(window):
            return "future"
        if _PAST.fullmatch(words[i]):
            return "past"
    right = text[end:end + 160]
    m = _CLAUSE_STOP.search(right)
    right = right[: m.start()] if m else right
    fut, past = _FUTURE.search(right), _PAST.search(right)
    if fut and (not past or fut.start() < past.start()):
        return "future"
    return "past" if past else "unknown"


class DateResolver:
    """Resolves phrases of one text in order; remembers the last full date as context."""

    def __init__(self, published: date | None, base: str = "publication date") -> None:
        self.published = published  # the reference date: publication, else capture
        self.base = base
        self.anchor: date | None = None

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
        if self.anchor is not None:
            ref = self.anchor
            options = [d for y in (ref.year - 1, ref.year, ref.year + 1)
                       if (d := _safe(y, month, day))]
            best = min(options, key=lambda d: (abs((d - ref).days), d < ref))
            return best, f"nearest the date stated earlier ({ref.isoformat()})"
        return None, "no year in the text and no publication or capture date"

    def resolve(self, m: re.Match[str], text: str) -> tuple[DateValue | None, str]:
        kind = m.lastgroup or ""
        phrase = m.group(kind) if kind else m.group(0)
        tense = tense_near(text, m.start(kind), m.end(kind))
        try:
            value, how = self._resolve(kind, phrase, tense)
        except (OverflowError, ValueError):  # "10,000 years ago", a reference date in year 1
            value, how = None, "outside the calendar"
        if value is not None and kind in ("mdy", "dmy", "iso", "range", "md", "dm", "my"):
            self.anchor = value.end if kind == "range" else value.start
        return value, how

    def _resolve(self, kind: str, phrase: str, tense: Tense) -> tuple[DateValue | None, str]:
        p = phrase.strip()
        if kind in ("mdy", "dmy"):
            month = _month(re.search(_M, p).group(0))  # type: ignore[union-attr]
            day = _day(re.search(rf"\b{_D}\b", p.replace(re.search(_Y, p).group(0), ""))
                       .group(0))  # type: ignore[union-attr]
            d = _safe(int(re.search(_Y, p).group(0)), month, day)  # type: ignore[union-attr]
            return (DateValue(d, d, "day"), "stated in full") if d else (None, "no such day")
        if kind == "iso":
            y, mo, dd = map(int, p.split("-"))
            d = _safe(y, mo, dd)
            return (DateValue(d, d, "day"), "stated in full") if d else (None, "no such day")
        if kind in ("md", "dm"):
            month = _month(re.search(_M, p).group(0))  # type: ignore[union-attr]
            d, how = self._pick_year(month, _day(re.search(_D, p).group(0)), tense)  # type: ignore[union-attr]
            return (DateValue(d, d, "day"), how) if d else (None, how)
        if kind == "my":
            month = _month(re.search(_M, p).group(0))  # type: ignore[union-attr]
            year = int(re.search(_Y, p).group(0))  # type: ignore[union-attr]
            return DateValue(date(year, month, 1), _month_end(year, month), "month"), "month"
        if kind == "range":
            return self._range(p, tense)
        return self._vague(kind, p.lower(), tense)

    def _range(self, p: str, tense: Tense) -> tuple[DateValue | None, str]:
        body = re.sub(r"^(?:from|between)\s+", "", p)
        parts = re.split(rf"{_TO}|\s+and\s+", body, maxsplit=1)
        if len(parts) != 2:
            return None, "unreadable range"
        year_m = re.search(_Y, parts[1]) or re.search(_Y, parts[0])
        months = [re.search(_M, x) for x in parts]
        days = [re.search(rf"(?<!\d){_D}(?!\d)", re.sub(_Y, "", x)) for x in parts]
        if not all(days) or not any(months):
            return None, "unreadable range"
        m0 = months[0] or months[1]
        m1 = months[1] or months[0]
        mo0, mo1 = _month(m0.group(0)), _month(m1.group(0))  # type: ignore[union-attr]
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
        ref = self.published
        if kind == "vague_year":
            year = int(re.search(_Y, p).group(0))  # type: ignore[union-attr]
            if p.startswith("early") or "beginning" in p or "start" in p:
                return DateValue(date(year, 1, 1), date(year, 4, 30), "vague"), "early in the year"
            if p.startswith("mid"):
                return DateValue(date(year, 5, 1), date(year, 8, 31), "vague"), "mid-year"
            if "first half" in p:
                return DateValue(date(year, 1, 1), date(year, 6, 30), "vague"), "first half"
            if "second half" in p:
                return DateValue(date(year, 7, 1), date(year, 12, 31), "vague"), "second half"
            return DateValue(date(year, 9, 1), date(year, 12, 31), "vague"), "late in the year"
        if kind == "season_year":
            year = int(re.search(_Y, p).group(0))  # type: ignore[union-attr]
            season = next(s for s in _SEASONS if s in p)
            return self._season(year, season), "season of the stated year"
        if kind == "decade":
            start = int(re.search(r"\d{4}", p).group(0))  # type: ignore[union-attr]
            return DateValue(date(start, 1, 1), date(start + 9, 12, 31), "decade"), "decade"
        if kind == "year_alone":
            year = int(p)
            return DateValue(date(year, 1, 1), date(year, 12, 31), "year"), "year"
        if ref is None:
            return None, "relative to an unknown publication date"
        if kind == "rel_day":
            offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[p]
            d = ref + timedelta(days=offset)
            return DateValue(d, d, "day"), f"relative to the {self.base}"
        if kind == "ago":
            n_text, unit = p.split()[0], p.split()[1].rstrip("s")
            from .numbers import parse_number
            n = 1 if n_text in ("a", "an") else int(parse_number(n_text) or 0)
            days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * n
            d = ref - timedelta(days=days)
            gran: Granularity = "day" if unit in ("day", "week") else unit  # type: ignore[assignment]
            return DateValue(d, d, gran), f"counted back from the {self.base}"
        if kind == "weekday":
            target = WEEKDAYS[p.split()[-1]]
            delta = (ref.weekday() - target) % 7
            if p.startswith("next") or (tense == "future" and not p.startswith("last")):
                ahead = (target - ref.weekday()) % 7 or (7 if p.startswith("next") else 0)
                d = ref + timedelta(days=ahead)
                return DateValue(d, d, "day"), f"the weekday on or after the {self.base} (future)"
            d = ref - timedelta(days=delta)
            return DateValue(d, d, "day"), f"the weekday on or before the {self.base}"
        if kind == "month_alone":
            month = _month(p)
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

    @staticmethod
    def _season(year: int, season: str) -> DateValue:
        first, last = _SEASONS[season]
        if season == "winter":
            return DateValue(date(year, 12, 1), _month_end(year + 1, 2), "season")
        return DateValue(date(year, first, 1), _month_end(year, last), "season")

    def _period(self, p: str, ref: date) -> tuple[DateValue | None, str]:
        words = p.split()
        which, unit = words[-2], words[-1]
        shift = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(which, 0)
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


# Every date phrase holds a digit or one of these (lower-cased) pieces: a month, "day"
# (weekdays, today, yesterday), or a relative unit or season.
_ANCHORS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
            "day", "tomorrow", "week", "month", "year", "spring", "summer", "autumn", "fall",
            "winter")
_DIGITS = re.compile(r"\d+")
# A phrase reaches at most this far before its first anchor ("the second half of 2021",
# "between February 10") and after its last ("September", "months ago").
_REACH = 40


def _windows(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` that may hold a date phrase.

    Why: the phrase pattern has some twenty alternatives, and trying them at every word
    of an article cost more than resolving the phrases. Digits and anchor words are found
    by plain substring search; the pattern then runs only around them (about a third of a
    news text), with the same matches as a scan of the whole text."""
    lower = text.lower()
    if len(lower) != len(text):  # a character lower-cases to several: offsets differ
        return [(0, len(text))]
    spans = [(m.start(), m.end()) for m in _DIGITS.finditer(text)]
    for anchor in _ANCHORS:
        i = lower.find(anchor)
        while i >= 0:
            spans.append((i, i + len(anchor)))
            i = lower.find(anchor, i + 1)
    spans.sort()
    out: list[tuple[int, int]] = []
    for start, end in spans:
        start, end = max(0, start - _REACH), min(len(text), end + _REACH)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def find_dates(text: str, published: date | None,
               captured: date | None = None) -> list[DateMention]:
    """Every date phrase in ``text`` with its resolved interval, in text order.

    Relative phrases resolve against the publication date, else against the capture date
    (a page is published on or before it is captured), and say which in ``how``."""
    resolver = DateResolver(published or captured,
                            "publication date" if published else "capture date")
    out = []
    matches = (m for start, end in _windows(text) for m in _PATTERN.finditer(text, start, end))
    for m in matches:
        kind = m.lastgroup or ""
        value, how = resolver.resolve(m, text)
        start, end = m.span(kind) if kind else m.span()
        out.append(DateMention(start, end, text[start:end], kind, value, how))
    return out
