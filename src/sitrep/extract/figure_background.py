"""Figures that are not about the article's event: background of another time or scope, and
sums or sizes of a thing their own clause names.

Why: in a story about an event, most figures are the event's ("the outbreak has killed 40"),
so the subject rules give the article's event to every figure of a paragraph about it. But
news puts the event in context: "between 2010 and 2015 there were 3,100 cases worldwide",
"in the 14th century the disease killed millions in Europe", "the state spends $2 million on
an ad campaign". Those figures are of another period, another scope or another thing; tied
to today's event they would add a decade's toll or a budget to its ledger. A figure is
background when its sentence:

- dates what it tells to a year before the article's (its publication year, else its
  event's, else the latest year the text names), or to a past era ("the 14th century");
- gives it a worldwide scope ("worldwide", "around the world"), on a page tied to a place
  (a page on a disease or a habit in general tells no narrower scope the world is wider
  than);

but on a page whose own matter is read from the page (not an event), a sentence that tells
of research over a span of years ("surveys completed between 2008 and 2016") gives the
period of the research's data, which a study published later always reports: the page's
own findings, no background;

and a sum or a size is of its own thing when a noun phrase follows it ("on a new ad
campaign", "a 2 GW solar farm") in a sentence naming no event word. The words are the
language's (``lang/<code>/figure_background.json``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from ..errors import UsageError
from ..lang import language_data, longest_first
from .literals import holds_pieces, pattern_pieces
from .match_stretches import stretches
from .opening import fast_pattern
from .records import Figure

_YEAR = r"((?:1[5-9]|20)\d\d)(?!\d|,\d|\.\d)"
_NEVER = re.compile(r"(?!)")
#: what every match of ``BackgroundWords.year`` holds (its year and what may follow it)
_YEAR_HELD = re.compile(_YEAR)
#: a span of years right before a word of time_links: "18 years after"
_SPAN_BEFORE = re.compile(r"\b(?:\d+|[a-z]+)\s+years\s+$")
_YEARS = re.compile(r"(?:19|20)\d\d")
#: a span of at least this many years is a tally of another time, whenever it ends
_TALLY_YEARS = 2


@dataclass(frozen=True, slots=True)
class BackgroundWords:
    """One language's background patterns (``figure_background.json``)."""

    year: re.Pattern[str]  # group 1: a year put on what a sentence tells
    not_year: re.Pattern[str]  # the end of the text before a year that compares
    era: re.Pattern[str]
    worldwide: re.Pattern[str]
    own_thing: re.Pattern[str]  # group "thing": a noun phrase right after a figure
    stop: frozenset[str]
    #: the end of the text before a year in a clause that opens a span still running
    since_clause: re.Pattern[str] = re.compile(r"(?!)")
    #: a word of research and a span of years ("researchers", "between 2008 and 2016")
    research: re.Pattern[str] = _NEVER
    span: re.Pattern[str] = _NEVER
    #: read a research sentence's span as its data's period (see page_background)
    data_periods: bool = False
    #: a sentence that tells of a coming time: its years date no past
    future: re.Pattern[str] = _NEVER


def page_background(words: BackgroundWords | None, local: bool) -> BackgroundWords | None:
    """``words`` as a page's matter reads them: a research sentence's span of years is its
    data's period, and the whole world is a wider scope only on a ``local`` page (one whose
    title or lead names a place)."""
    if words is None:
        return None
    return replace(words, data_periods=True, worldwide=words.worldwide if local else _NEVER)


def background_words_of(lang: str) -> BackgroundWords | None:
    """The background words of ``lang``; None for a language without them (no background
    is told apart)."""
    try:
        return background_words(lang)
    except UsageError:  # no such table
        return None


@cache
def background_words(lang: str) -> BackgroundWords:
    """The background patterns of ``lang``, built once per process."""
    t = language_data(lang).table("figure_background")
    before = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in
                      sorted(t["year_before"], key=len, reverse=True))
    return BackgroundWords(
        # "in 2001", "between 2010 and", "in March 2024", "on May 5, 2019", "2010-2015"
        year=fast_pattern(rf"(?:(?<![\w-])(?i:{before})\s*(?i:the\s+)?(?:[A-Z][a-z]+\.?\s+"
                        rf"(?:\d{{1,2}},?\s+)?)?|(?<=\d)[-–]){_YEAR}"),
        not_year=fast_pattern(rf"\b(?:{longest_first(t['not_year_before'])})\s+(?:the\s+)?$",
                            re.I),
        era=fast_pattern(rf"\b(?:{'|'.join(t['era'])})\b", re.I),
        worldwide=fast_pattern(rf"\b(?:{longest_first(t['worldwide'])})\b", re.I),
        own_thing=fast_pattern(
            rf"^\s+(?:(?P<prep>{longest_first(t['own_thing_before'])})\s+(?:(?:an?|the)\s+)?)?"
            r"(?P<thing>[a-z][\w-]*(?:\s+(?:[a-z][\w-]*|[A-Z]{2,}\b)){0,3})"),
        stop=frozenset(t["own_thing_stop"]),
        since_clause=fast_pattern(rf"\b(?:{longest_first(t['since_clause'])})\b[^,.;:]{{0,50}}$",
                                re.I),
        research=fast_pattern(rf"\b(?:{longest_first(t['research'])})\b", re.I),
        span=fast_pattern(rf"\b(?:(?i:{longest_first(t['span_opens'])})\s+(?:19|20)\d\d\s+"
                          rf"(?i:{longest_first(t['span_links'])})\s+|(?:19|20)\d\d[-–])"
                          r"(?:19|20)\d\d\b"),
        future=fast_pattern(rf"\b(?:{longest_first(t.get('future', ()))})\b", re.I)
        if t.get("future") else _NEVER)


def years(text: str, words: BackgroundWords) -> list[int]:
    """The years ``text`` puts on what it tells, without those it compares to ("since
    2004") or sets as a goal ("by 2030")."""
    out = []
    # only the stretches that hold a year are searched (the pattern opens with words: it
    # was tried at every character)
    for m in (m for start, end in stretches(text, words.year, _YEAR_HELD)
              for m in words.year.finditer(text, start, end)):
        before = text[max(0, m.start() - 60):m.start(1)]
        if words.not_year.search(before[-20:]) or words.since_clause.search(before):
            continue
        out.append(int(m.group(1)))
    return out


def reference_year(text: str, published: date | None, main: str | None,
                   words: BackgroundWords) -> int | None:
    """The article's own year: its publication's, else its event's day ("quake, Nepal,
    2026-03-13"), else the latest year the text puts on anything (an undated page telling
    of 2009 and 2018 is of 2018 at least)."""
    if published is not None:
        return published.year
    day = re.search(r"\b((?:19|20)\d\d)-\d\d-\d\d$", main or "")
    if day:
        return int(day.group(1))
    found = years(text, words)
    return max(found) if found else None


def of_another_time_or_scope(sentence: str, reference: Callable[[], int | None],
                             said: date | None, words: BackgroundWords) -> bool:
    """Whether ``sentence`` puts what it tells in a past era, a year before ``reference()``
    (called only when the sentence has a year and tells of no coming time: "expects to
    build three by 2024"), or a worldwide scope. The year of ``said``, the day the figure
    was said, dates the saying ("in December 2024, the minister said that ..."), not what
    is told."""
    lowered = sentence.lower()
    if _found(words.era, sentence, lowered) or _found(words.worldwide, sentence, lowered):
        return True
    span = words.span.search(sentence)
    if words.data_periods and span and _found(words.research, sentence, lowered):
        return False
    found = [y for y in years(sentence, words) if said is None or y != said.year]
    if not found or _found(words.future, sentence, lowered):  # "will build three rockets
        return False  # through 2024"
    year = reference()  # read only for a sentence with a year: an undated text is scanned
    return year is not None and (max(found) < year or _tally(span, year))


def _found(pattern: re.Pattern[str], sentence: str, lowered: str) -> bool:
    """Whether ``pattern`` (case-blind) matches in ``sentence`` (``lowered``: its lower
    case); not searched when the sentence holds none of the pattern's pieces, as most
    hold no word of an era, of the world or of research (each search a scan of it)."""
    return holds_pieces(sentence, lowered, pattern_pieces(pattern)) and (
        pattern.search(sentence) is not None)


def _tally(span: re.Match[str] | None, year: int) -> bool:
    """Whether ``span`` (a span of years a sentence tells) is a tally of several years
    begun before ``year``: "26 cases between 2009 and 2018" is of another time than a page
    of 2018 (or an undated page whose latest year is 2018) about this week's cases."""
    if span is None:
        return False
    first, last = (int(y) for y in _YEARS.findall(span.group(0))[:2])
    return first < year and last - first >= _TALLY_YEARS


_ATTRIBUTIVE = fast_pattern(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}$")
_AMOUNT = fast_pattern(r"[^\d]{0,12}?\d[\d.,]*"
                       r"(?:\s*(?:[KMB]n?|bn|thousand|million|billion|trillion)(?![\w]))?")


def own_thing(fig: Figure, text: str, words: BackgroundWords) -> str | None:
    """The thing a sum or a size is spent on or measures, named right after its amount and
    unit ("$2 million on a new ad campaign", "a 2 GW floating solar project"), in ``text``
    (the article's). None for counts and shares, which count the event's."""
    if fig.unit is None or fig.unit in ("%", "percent") or fig.kind not in ("count", "measure"):
        return None
    amount = _AMOUNT.match(text, fig.evidence.start, fig.evidence.end)
    if amount is None:
        return None
    at = amount.end()
    # a sum ("USD": no unit word written) or a unit written as it is named ("2 GW"): a
    # distance or a weight is read in other words ("185 miles northwest of ...")
    unit = re.match(rf"\s*{re.escape(fig.unit)}\b", text[at:at + 12])
    if unit is None and not (len(fig.unit) == 3 and fig.unit.isupper()):
        return None
    m = words.own_thing.match(text[at + (unit.end() if unit else 0):at + 80])
    # the thing is named after "on" or "for", or the figure qualifies a noun ("a 2 GW
    # solar farm"); "had $20 billion done", "$360 billion worth of" name no thing
    if not m or not (m.group("prep") or _ATTRIBUTIVE.search(
            text, max(0, fig.evidence.start - 40), fig.evidence.start)):
        return None
    kept = []
    for w in m.group("thing").split():
        if w.lower() in words.stop or (kept and w.endswith("ed")):
            break  # "a 3 GW array planned in ...": a participle opens what is said of it
        kept.append(w)
    return " ".join(kept) or None


@cache
def _time_links(lang: str) -> re.Pattern[str] | None:
    links = language_data(lang).table("figure_background").get("time_links")
    return fast_pattern(rf"\b(?:{longest_first(links)})\b", re.I) if links else None


def point_in_time(text: str, after: int, at: int, name: str, year: int | None,
                  lang: str) -> bool:
    """Whether the event instance ``name`` named at ``at``, after a figure that ends at
    ``after``, is of a year before the article's (``year``) and set by a word of
    ``time_links`` between them: a point in time the figure is counted from ("5,000
    troops remain, eight years after the 2013 attacks"), not what the figure counts."""
    links = _time_links(lang)
    named = re.search(r"((?:19|20)\d\d)(?:-\d\d-\d\d)?$", name)
    link = links.search(text, after, at) if links and named and at > after else None
    if link is None or named is None:
        return False
    # "18 years after": the span says the event is older than the figure's time
    return bool(year and int(named.group(1)) < year) or bool(
        _SPAN_BEFORE.search(text, max(after, link.start() - 20), link.start()))
