"""Recognise the outlet, date and byline lines printed above an article, and resolve them.

Only isolated phrases are handed to ``dateparser`` (it misreads dates inside running text);
finding the phrase is done here with patterns, built from the language's words by
:mod:`.meta_patterns`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import dateparser

from .lexicon import lexicon
from .meta_patterns import MetaPatterns, meta_patterns
from .printed_dates import printed_date, printed_date_line


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
    pats = meta_patterns()
    bare = pats.icon_label.sub(r"\1", line)
    m = pats.absolute_line.match(line) or pats.absolute_line.match(
        pats.updated_tail.sub("", line)) or (bare != line and pats.absolute_line.match(bare))
    if m:
        return MetaLine("absolute", m.group("abs"), None)
    if (phrase := printed_date_line(line)) is not None:  # "29 марта 2024", any language
        return MetaLine("absolute", phrase, None)
    m = pats.relative.search(line)
    if m:
        prefix = line[: m.start()].strip(" |·•-–,:")
        if prefix and (by := pats.byline.match(prefix)):
            prefix = (by.group("rest") or "").strip()  # the name is the writer's, not the outlet's
        if prefix.lower() in pats.icon_words or not prefix:
            prefix = None
        elif len(prefix.split()) > 6 or prefix.endswith((".", "?", "!")):
            return None  # a sentence that happens to end with "ago"
        elif not _may_name_outlet(prefix, m.group("rel"), pats):
            return None  # "Subscribe today", "Join us today": a call to act, not a date
        return MetaLine("relative", m.group("rel"), prefix)
    m = pats.byline.match(line)
    if m and len(line.split()) <= 12:
        rest = m.group("rest")
        dated = parse_meta_line(rest) if rest and not pats.byline.match(rest) else None
        if dated is not None and dated.kind != "byline":
            return dated  # "By Jane Doe | 12 September 2026": the date is what the page needs
        return MetaLine("byline", m.group("who"), rest)
    return None


def _may_name_outlet(prefix: str, phrase: str, pats: MetaPatterns) -> bool:
    """Whether the words before a relative date may be the outlet's name: no words of an
    appeal or a promotion, and before a bare day word ("today"), which calls to act end
    with too, capitalised words only (or an address such as ``kyivpost.com``)."""
    lex = lexicon()
    if lex.appeal_score(prefix) or lex.promo_score(prefix):
        return False
    if pats.ago.search(phrase.lower()):
        return True  # "3 days ago": no call to act says that
    return all(w[:1].isupper() or w[:1].isdigit() or "." in w or w in pats.name_connectors
               for w in prefix.split())


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
        if (printed := printed_date(meta.phrase)) is not None:
            return ResolvedDate(printed, f"printed date '{meta.phrase}'")
        iso = parse_iso_date(meta.phrase)
        if iso is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", meta.phrase):
            return ResolvedDate(iso, f"printed date '{meta.phrase}'")
        value = dateparser.parse(meta.phrase, languages=["en"],
                                 settings={**settings, "DATE_ORDER": "DMY"}
                                 if re.match(r"\d{1,2}[./]", meta.phrase) else settings)
        return ResolvedDate(value.date(), f"printed date '{meta.phrase}'") if value else None
    pats = meta_patterns()
    if not captured_at_has_time and pats.within_a_day.search(meta.phrase):
        # "13 minutes ago" against a capture date without a time: the capture day is the best
        # answer; subtracting from midnight would move it to the day before.
        return ResolvedDate(base.date(), f"'{meta.phrase}' on the capture day")
    ago = pats.ago.fullmatch(meta.phrase.strip().lower())
    if ago:  # plain arithmetic; dateparser costs a millisecond a call
        n = 1 if ago.group(1) in pats.one else int(ago.group(1))
        unit = ago.group(2)
        delta = {"s": timedelta(seconds=n), "m": timedelta(minutes=n), "h": timedelta(hours=n),
                 "d": timedelta(days=n), "w": timedelta(weeks=n), "mo": timedelta(days=30 * n),
                 "y": timedelta(days=365 * n)}[pats.unit_of[unit]]
        return ResolvedDate((base - delta).date(),
                            f"'{meta.phrase}' before capture at {base.isoformat()}")
    value = dateparser.parse(meta.phrase, languages=["en"], settings=settings)
    if value is None or value > base + timedelta(days=1):
        return None
    return ResolvedDate(value.date(), f"'{meta.phrase}' before capture at {base.isoformat()}")
