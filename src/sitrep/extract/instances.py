"""Event instances named by type, place and date: "earthquake, Myanmar, 2025-03-28".

Why: most crisis news names no series ("Zapad-2025"). Its figures are about "the
earthquake", "the attack", "the strike on Odesa". An article's instance is built from
what it says: the kind of event its words name most (the lede counts more), the country
of the places named next to those words, and the day those words are dated to. Every
outlet reporting one incident thus names it alike, whatever its wording ("strike" and
"attack" are one type), and another incident (another type elsewhere, another year) is
another instance. A war or a deployment lasts for months: its instance has no day.

The country, not the city, names the place: one outlet says "near Moscow", another
"in Krasnogorsk", and a city would split one incident in two.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..knowledge.gazetteer import load_gazetteer
from .dates import DateMention
from .event_types import EventTypes, Trigger
from .opening import fast_pattern
from .records import Mention


@dataclass(frozen=True, slots=True)
class Instance:
    """One event instance: its type, the country it happened in, and its day (None for an
    ongoing event or when the text dates it nowhere)."""

    type: str
    place: str | None
    day: date | None = None
    year: int | None = None  # an earlier instance dated by its year only ("the 1912 quake")

    @property
    def name(self) -> str:
        when = self.day.isoformat() if self.day else (str(self.year) if self.year else None)
        return ", ".join(p for p in (self.type, self.place, when) if p)


def _country(m: Mention) -> str | None:
    if m.kind != "place" or m.via == "demonym" or not m.country:
        return None
    if m.place is not None and m.place.common_word:
        return None
    return load_gazetteer().country_name(m.country)


#: a city this large names its country by itself ("Moscow", "Bangkok")
_BIG_CITY = 250_000


def corroborated(mentions: list[Mention]) -> list[Mention]:
    """The place mentions whose country the article names too ("Krasnogorsk" with "Russia"
    or "Russian"): a town alone may be a capitalised word that happens to be a town's
    name somewhere ("Most" in the Czech Republic), a country names itself."""
    named = {m.country for m in mentions if m.kind == "place" and m.country
             and (m.via == "demonym" or (m.place is not None and m.place.kind == "country"))}
    return [m for m in mentions if _country(m) and (
        m.country in named or (m.place is not None and m.place.population >= _BIG_CITY))]


def _place_votes(found: list[Trigger], places: list[Mention], text: str, types: EventTypes,
                 weight: Any) -> Counter[str]:
    """Countries of the places named next to the event words. A place right before the
    word names where it happened ("the Myanmar earthquake"), and so does one after a
    locative ("an attack on a concert hall near Moscow"), and so, more weakly, does one in
    the lede's sentence of the word; a dateline names where the report was filed, not the
    event, and "neighbouring Thailand" a country beside the event's."""
    votes: Counter[str] = Counter()
    places = [m for m in places
              if not types.elsewhere_before.search(text[max(0, m.span.start - 14):m.span.start])]
    for t in found:
        for m in places:
            if not (t.start - types.place_window <= m.span.start <= t.end + types.place_window
                    or _lede_sentence(text, t, m, types)):
                continue
            if _is_dateline(text, m.span.start) and re.match(r"\s*[,(—–-]", text[m.span.end:]):
                continue
            between = text[m.span.end:t.start] if m.span.end <= t.start else ""
            near = 1
            if m.span.end <= t.start and re.fullmatch(r"[ \w-]{0,25}", between) and \
                    not re.search(r"[.,;]", between):
                near = 3  # "the Myanmar earthquake", "Moscow concert hall attack"
            elif m.span.start >= t.end and types.locative_before.search(
                    text[max(t.end, m.span.start - 14):m.span.start]):
                near = 2
            votes[_country(m) or ""] += near * weight(t)
    votes.pop("", None)
    return votes


def _lede_sentence(text: str, t: Trigger, m: Mention, types: EventTypes) -> bool:
    """A place before an event word in its sentence of the lede ("Myanmar's rebels
    declared a truce to aid earthquake relief"): the lede's subject says where the story
    is, even when many words stand between the two. A place after the word may belong to
    another event word ("the collapse of a tower, brought down by a quake in Myanmar")."""
    return (m.span.end <= t.start < types.lede
            and not re.search(r"[.!?]\s", text[m.span.end:t.start]))


def _place_of(votes: Counter[str], ongoing: bool) -> str | None:
    """The country with most votes; a war or deployment names the two most named, in
    alphabetical order, so that "Russia's war in Ukraine" and "the war in Ukraine, where
    Russia ..." name one instance."""
    if not votes:
        return None
    ranked = sorted(votes, key=lambda c: (-votes[c], c))
    if ongoing and len(ranked) > 1 and votes[ranked[1]] * 3 >= votes[ranked[0]]:
        return " / ".join(sorted(ranked[:2]))
    return ranked[0]


def _is_dateline(text: str, at: int) -> bool:
    """"MOSCOW, Mar. 23, 2024 (AFP) -": where and when the report was filed, not the
    event's: nothing but capitals, commas and dates before it on its line."""
    line_start = text.rfind("\n", 0, at) + 1
    head = text[line_start:at]
    return len(head) < 40 and not re.search(r"[a-z]{3}", head.replace("(", ""))


def _day_of(found: list[Trigger], dates: list[DateMention], text: str, types: EventTypes,
            published: date | None) -> date | None:
    """The day the event words are dated to: a day-precise date next to one of them, not
    one a speech verb introduces ("said on Thursday" dates the statement) nor a vague one
    ("nearly a week ago"). A calendar date ("March 28") beats a weekday, whose resolution
    depends on the tense around it; among equals the earliest wins, since an event comes
    before the reports of it."""
    votes: Counter[date] = Counter()
    for d in dates:
        v = d.value
        if (v is None or v.start != v.end or d.kind not in types.exact_date_kinds
                or _is_dateline(text, d.start)):
            continue
        if published and not (published - timedelta(days=types.recent_days)
                               <= v.start <= published):
            continue
        if types.said_before.search(text[max(0, d.start - 25):d.start]):
            continue
        if any(t.start - types.date_window <= d.start <= t.end + types.date_window
               for t in found):
            votes[v.start] += 1 + types.calendar_bonus * (d.kind in types.calendar_kinds)
    return max(votes, key=lambda v: (votes[v], -v.toordinal())) if votes else None


def infer_instance(text: str, found: list[Trigger], mentions: list[Mention],
                   dates: list[DateMention], published: date | None,
                   types: EventTypes, headline: tuple[str, ...] = ()) -> Instance | None:
    """The event instance an article is about, or None when no event word is used (in its
    text or in its ``headline``, the types its title names, which weigh as the lede's)."""
    found = [t for t in found if not _other_year(text, t, types, published)]
    if not found and not headline:
        return None
    def weight(t: Trigger) -> int:
        return types.lede_weight if t.start < types.lede else 1

    score: Counter[str] = Counter({k: types.lede_weight for k in headline})
    for t in found:
        score[t.type] += weight(t)
    def first(k: str) -> int:
        return -1 if k in headline else next(t.start for t in found if t.type == k)
    kind = max(score, key=lambda k: (score[k], -first(k)))
    of_kind = [t for t in found if t.type == kind]
    places = corroborated(mentions)
    votes = _place_votes(of_kind, places, text, types, weight)
    if not votes:
        votes = Counter(c for c in map(_country, places) if c)
    place = _place_of(votes, kind in types.ongoing)
    day = None if kind in types.ongoing else _day_of(of_kind, dates, text, types, published)
    return Instance(kind, place, day)


def _other_year(text: str, t: Trigger, types: EventTypes, published: date | None) -> int | None:
    """"the 1912 earthquake": an event word right after a year before the article's."""
    m = types.year_before.search(text[max(0, t.start - 12):t.start])
    if not m:
        return None
    year = int(m.group(1))
    return year if published is None or year < published.year else None


@dataclass(frozen=True, slots=True)
class SentenceView:
    """One sentence's bounds, with the place mentions and dates inside it."""

    lo: int
    hi: int
    places: list[Mention]
    dates: list[DateMention]


_INDEFINITE = fast_pattern(r"\b(?:an?|another)\s+(?:[\w-]+\s+){0,3}$")
_SINCE = fast_pattern(r"\b(?:since|than|until)\s+(?:in\s+)?$")


def _earlier_year(text: str, t: Trigger, sent: SentenceView, reference: date | None
                  ) -> int | None:
    """"In 1934, an earthquake in Nepal killed ...": an event word with an indefinite
    article ("an earthquake", not "the earthquake") in a sentence dated to an earlier year
    is another instance. "The deadliest since 2004" is a comparison, not a date."""
    if reference is None or not _INDEFINITE.search(text[max(sent.lo, t.start - 40):t.start]):
        return None
    for d in sent.dates:
        if d.value is None or d.value.end.year >= reference.year:
            continue
        if _SINCE.search(text[max(sent.lo, d.start - 12):d.start]):
            continue
        return d.value.end.year
    return None


def sentence_instances(text: str, found: list[Trigger], sent: SentenceView, main: Instance,
                       types: EventTypes, published: date | None
                       ) -> tuple[tuple[int, str], ...]:
    """The instance each event word of a sentence names, when one of them is not the
    article's: an event in an earlier year ("after a magnitude 8 quake in May 1912", "in
    1934, an earthquake ..."), or an event of another type in another country ("a
    high-rise collapse in Bangkok" in an article about an earthquake in Myanmar), or a war
    around an incident ("killed in the fighting this year"). A figure
    then belongs to the nearest; a sentence naming the article's event only gives ()."""
    reference = published or main.day
    out = []
    for t in found:
        year = _other_year(text, t, types, published) or _earlier_year(text, t, sent, reference)
        instance = main
        if year:
            instance = Instance(t.type, main.place, year=year)
        elif t.type != main.type and t.type not in types.ongoing:
            place = _place_of(_place_votes([t], sent.places, text, types, lambda _: 1), False)
            if place and place != main.place:
                instance = Instance(t.type, place, main.day)
        elif t.type != main.type and main.type not in types.ongoing:
            # "killed in the fighting" in an article about a crash: the war the incident
            # happened in, which has no day of its own
            place = _place_of(_place_votes([t], sent.places, text, types, lambda _: 1), True)
            instance = Instance(t.type, place or main.place)
        out.append((t.start, instance.name))
    return tuple(out) if any(name != main.name for _, name in out) else ()


def plausible_series(name: str, reference: date | None, types: EventTypes) -> bool:
    """An event series name ("Zapad-2025") rather than an outlet, a month, a product or a
    capitalised common word next to a number ("Niemen Herald 2026", "Copyright 2019",
    "RTX 2060")."""
    series, _, year = name.rpartition("-")
    words = re.findall(r"[\w’']+", series.lower())
    if not words or any(w in types.not_series for w in words):
        return False
    # "RTX 2060" in a 2024 article: a model number, not a future year
    return reference is None or int(year) <= reference.year + types.series_after_year_max
