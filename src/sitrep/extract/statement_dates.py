"""The day a statement was made when its own sentence does not say.

Why: a reporter dates a source's statement once ("the ministry said on Tuesday that 40
died") and goes on with what the same source said without repeating the day ("It said 12
are missing."; "He said 300 were rescued."). Those statements were made on the day given
before. A cue without a date of its own takes the date of the nearest earlier dated cue of
the same source (the same person, else a person of the same organisation: "the ministry
said on Tuesday ... Minister X said ..."),
when it is close (:data:`REACH`), even when another source's dated statement lies between
them: a date is carried, never guessed. An official named by a role alone, with no body
or country of their own ("the government said on Thursday ... Information Minister X
said ..."), speaks for the organisation whose dated statement comes last before: the
reporter goes on with the details of that one announcement.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from ..knowledge.gazetteer import load_gazetteer
from ..lang import language_data, longest_first
from .opening import fast_pattern

if TYPE_CHECKING:
    from .attribution import Cue
    from .dates import DateMention

# between a verb of saying and the date of the saying: a few words, no clause break, no
# number and no "that" (after which the date belongs to what was said)
_SAYING_GAP = fast_pattern(r"(?:(?!\bthat\b)[^,;:.!?\"“”\d]){0,30}")

#: How far back (in characters) a statement's date is carried: a few sentences.
REACH = 800

# a number written on its own ("$9.1 billion", "40"), not one inside a word ("27-nation",
# "G7", "3rd")
_NUMBER = fast_pattern(r"(?<![\w.,-])\d[\d,.]*(?![\w-])")


@dataclass(frozen=True, slots=True)
class SayingDates:
    """One language's words for telling the day a thing was said from the time of what was
    said (``lang/<code>/saying_dates.json``)."""

    #: the end of the text before a date that bounds or spans a period ("so far this year",
    #: "through November 2030"): the time of what is told
    bounds: re.Pattern[str]
    #: how many words may open a sentence before a date of saying ("On Tuesday, ...")
    opening_words: int
    #: the start of the text after a date that names what was said on it ("a May 2025 study")
    saying_noun: re.Pattern[str] = re.compile(r"(?!)")
    #: "announced", "filed": verbs whose object may stand between them and the day
    object_verbs: frozenset[str] = frozenset()
    #: the end of the text before a day that gives a count inside what was said ("the toll
    #: rose on", "climbed to 90"), or its opening ("By", "As of")
    count_day: re.Pattern[str] = re.compile(r"(?!)")
    as_of: re.Pattern[str] = re.compile(r"(?!)")


@cache
def saying_dates(lang: str) -> SayingDates:
    """The saying-date words of ``lang``, read once per process."""
    t = language_data(lang).table("saying_dates")
    return SayingDates(
        fast_pattern(rf"\b(?:{longest_first(t['period_bounds'])})\s+(?:the\s+)?$", re.I),
        int(t["opening_words"]),
        fast_pattern(rf"\s+(?:{longest_first(t['saying_nouns'])})\b", re.I),
        frozenset(t.get("object_verbs", ())),
        fast_pattern(rf"\b(?:{longest_first(t.get('count_day_verbs', []))})\s+"
                     r"(?:(?:to|at)\s+[\d,.]+\s+)?(?:on\s+)?$", re.I),
        fast_pattern(rf"\W*(?:{longest_first(t.get('as_of_leads', []))})\s+$", re.I))


def opens_saying(text: str, d: DateMention, sentence_start: int, verb_end: int,
                 content: tuple[int, int], all_dates: list[DateMention],
                 rules: SayingDates) -> bool:
    """Whether ``d``, before the verb of saying that ends at ``verb_end``, dates the saying:
    no number lies before the verb outside what was said and the dates (``all_dates``, by
    start), and ``d`` names a day ("the ministry on Tuesday said", "a report issued late
    Monday by the agency said"), opens the sentence ("In May 2025, the ministry said") or
    dates a noun of saying ("a March 2025 study by the institute concluded").

    Why: a year or a period further into the sentence, or after a figure, is the time of
    what is told ("exports fell to $4 billion in 2024, according to the bureau"; "the
    agency, founded in 1990, said"), not the day it was told; taken for that day it would
    date every claim of a page without a date.
    """
    day = d.value is not None and d.value.granularity in ("day", "week")
    if not (day or len(text[sentence_start:d.start].split()) <= rules.opening_words
            or rules.saying_noun.match(text, d.end)):
        return False
    k = bisect_left(all_dates, sentence_start, key=lambda x: x.start)
    masks = [(x.start, x.end) for x in all_dates[k:] if x.start < verb_end]
    masks.append(content)
    return not any(not any(a <= m.start() < b for a, b in masks)
                   for m in _NUMBER.finditer(text, sentence_start, verb_end))


def date_after_verb(dates: list[DateMention], text: str, verb_end: int
                    ) -> DateMention | None:
    """"said in a statement on Saturday", "reported Sunday": the first resolved date a few
    words after a verb of saying, when nothing but words about the saying lies between."""
    return next((d for d in dates if d.start >= verb_end and d.value is not None
                 and _SAYING_GAP.fullmatch(text, verb_end, d.start)), None)


# the object of a verb that makes a thing public, up to the day: no clause break, no quote
_OBJECT = fast_pattern(r"[^,;:!?\"“”]{1,70}?\s(?:on\s+)?$")


def date_after_object(dates: list[DateMention], text: str, verb: str, verb_end: int,
                      rules: SayingDates, complementizer: str) -> DateMention | None:
    """"announced a purchase of 50 trams on Monday": the day that closes the object of a
    verb of making public (``rules.object_verbs``), when nothing but the object lies
    between (no "that", after which the day belongs to what was said, no period inside a
    sentence but an abbreviation's). Why: the object is what was made public, and the day
    after it is when; only a day: "released figures for 2024" gives the time of the
    figures."""
    if verb.lower() not in rules.object_verbs:
        return None
    d = next((d for d in dates if d.start > verb_end), None)
    if d is None or d.value is None or d.value.granularity != "day" or d.attributive:
        return None
    gap = text[verb_end:d.start]
    if _OBJECT.fullmatch(gap) is None or complementizer in gap.lower().split() or any(
            w.endswith(".") and len(w) > 4 for w in gap.split()):
        return None
    return d


#: How far before a day the words that make it a count's day are looked for
COUNT_DAY_REACH = 30


def count_day(dates: list[DateMention], text: str, content: tuple[int, int],
              rules: SayingDates) -> DateMention | None:
    """"the toll rose on Friday to 57, officials said", "By Wednesday afternoon, 80
    remained in hospital, the minister said": the day inside what was said on which a
    count changed or stood, for a verb of saying with no day of its own. Why: a count that
    "rose on Wednesday" rose when it was given out; the reporter dates the count, not the
    saying, and the two are one day. Only a day, and only after a verb of a count's change
    or an as-of lead opening what was said: "killed on Friday" dates the event."""
    lo, hi = content
    for d in dates:
        if not (lo <= d.start < hi) or d.value is None or d.value.granularity != "day":
            continue
        if rules.count_day.search(text, max(lo, d.start - COUNT_DAY_REACH), d.start) or (
                rules.as_of.fullmatch(text, lo, d.start)):
            return d
    return None


def _sources(cue: Cue) -> list[tuple[str, str]]:
    """Who made the statement of ``cue``, most precise first: the person, then the
    organisation."""
    a = cue.attribution
    found = []
    if a.speaker_key or a.speaker:
        found.append(("person", a.speaker_key or a.speaker or ""))
    if a.org:
        found.append(("org", a.org))
    return found


def _pronoun_led(cue: Cue, text: str, pronouns: frozenset[str]) -> bool:
    """Whether ``cue``'s sentence opens with a pronoun as the one saying ("It also said",
    "He added"): the source of the sentence before goes on speaking."""
    words = text[cue.sentence[0]:cue.verb.start].split()
    return bool(words) and words[0].lower() in pronouns and len(words) <= 2


def _announcement(cue: Cue, org_cue: Cue | None) -> Cue | None:
    """The dated statement of an organisation that ``cue``, by an official named by role
    alone (no organisation, no country), goes on reporting: the last one before it, close
    (see the module)."""
    a = cue.attribution
    if org_cue is None or not (a.speaker and a.role) or a.org:
        return None
    gaz = load_gazetteer()
    if any(gaz.demonym(w) or gaz.place(w) for w in a.role.split() if w[:1].isupper()):
        return None  # "Bolivian Information Minister": another country's official
    return org_cue if 0 <= cue.verb.start - org_cue.verb.start <= REACH else None


def _unnamed_report(before: Cue, cue: Cue, text: str) -> bool:
    """Whether ``before``, the last cue of the sentence before ``cue``'s, dates a report
    that names no source ("The finding was announced in a paper published Monday.") and
    ``cue``, in the sentence right after it (in the same paragraph or opening the next one,
    as news prints one sentence a paragraph), goes on with it ("Lind and her team reported
    that ..."):
    the people who speak next are the report's. Only a day: "announced this week" dates no
    statement of its own, and carried it would pass for one."""
    a = before.attribution
    return (a.stated_on is not None and a.stated_granularity == "day"
            and not (a.speaker or a.org) and not text[before.sentence[1]:cue.sentence[0]].strip())


def date_follow_ups(cues: list[Cue], text: str = "",
                    pronouns: frozenset[str] = frozenset(),
                    told: frozenset[int] = frozenset()) -> list[Cue]:
    """``cues`` (in text order) with undated follow-up statements dated (see the module);
    a sentence led by one of ``pronouns`` goes on with the dated statement of the sentence
    before it, whoever the pronoun was read as. A sentence in ``told`` (by its start) dates
    what it tells ("150 were hurt when gunmen fired on Friday evening, according to the
    authorities") and is no follow-up of a statement in another sentence: the reporter is
    back at the events, and when the source said it is not told; within one sentence the
    source's day of saying still holds ("the ministry said on Monday, raising its previous
    estimate of ...")."""
    out = list(cues)
    dated: dict[tuple[str, str], Cue] = {}  # each source's last dated cue
    last_org: Cue | None = None  # the last dated cue of an organisation speaking as one
    last: Cue | None = None  # the cue read last
    before: Cue | None = None  # the last cue of the sentence before the current one
    for i in sorted(range(len(cues)), key=lambda k: cues[k].verb.start):
        cue = cues[i]
        if last is not None and last.sentence != cue.sentence:
            before = last
        sources = _sources(cue)
        if cue.attribution.stated_on is None:
            found = next((dated[s] for s in sources if s in dated
                          and 0 <= cue.verb.start - dated[s].verb.start <= REACH), None)
            found = found or _announcement(cue, last_org)
            if (found is None and before is not None
                    and before.attribution.stated_on is not None
                    and _pronoun_led(cue, text, pronouns)
                    and cue.verb.start - before.verb.start <= REACH
                    and text.count("\n", before.sentence[1], cue.sentence[0]) <= 2):
                found = before
            if found is None and before is not None and _unnamed_report(before, cue, text):
                found = before
            if found is not None and found.sentence != cue.sentence and cue.sentence[0] in told:
                found = None  # a sentence back at the events: when it was said is not told
            if found is not None:
                cue = out[i] = replace(cue, attribution=replace(
                    cue.attribution, stated_on=found.attribution.stated_on,
                    stated_granularity=found.attribution.stated_granularity))
        if cue.attribution.stated_on is not None:
            dated.update((source, cue) for source in sources)
            if cue.attribution.org and not cue.attribution.speaker:
                last_org = cue
        last = cue
    return out
