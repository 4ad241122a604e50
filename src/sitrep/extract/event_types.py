"""The kinds of event an article can be about, and the words of its text that name them.

Why apart from :mod:`.instances`: the words of an event type (and the words around them that
make a word no incident: "trade war", "fire danger", police "deployed") are read by several
rules (instances, matters, dates, the phrase index), which need them without the way an
instance is built from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from ..lang import language_data, longest_first
from .opening import fast_pattern
from .scan import matches_from, phrase_starts

if TYPE_CHECKING:
    from .phrases import PhraseHits

@dataclass(frozen=True, slots=True)
class EventTypes:
    """One language's event types (``lang/<code>/event_types.json``)."""

    trigger: re.Pattern[str]  # reads the lower-cased text
    type_of: dict[str, str]  # trigger word -> type
    ongoing: frozenset[str]
    lede: int
    lede_weight: int
    date_window: int
    recent_days: int
    place_window: int
    not_series: frozenset[str]
    series_after_year_max: int
    said_before: re.Pattern[str]
    not_after: re.Pattern[str]
    exact_date_kinds: frozenset[str]
    calendar_kinds: frozenset[str]
    calendar_bonus: int
    year_before: re.Pattern[str]
    locative_before: re.Pattern[str]
    elsewhere_before: re.Pattern[str]
    sending: re.Pattern[str]
    #: The verbs every match of ``sending`` opens with.
    sending_verbs: tuple[str, ...] = ()
    #: What an event does to people ("killed", "injured"), and how many of these words per
    #: thousand characters make a text the story of its event throughout.
    harm: re.Pattern[str] = re.compile(r"(?!)")
    harm_per_thousand: float = 0.0
    #: The words every match of ``harm`` is (where the phrase index finds them).
    harm_words: tuple[str, ...] = ()

    #: The nouns a figure counts that make it its event's on a page that is the event's
    #: story only by the density of harm ("people", "soldiers", "officers", "homes").
    story_counts: frozenset[str] = frozenset()
    #: The types named only near a word of the armed forces ("deployed": police, funds and
    #: technology are deployed too), and those words.
    military_types: frozenset[str] = frozenset()
    military: re.Pattern[str] = re.compile(r"(?!)")
    #: Words that name another type near one of the words of ``recast_near`` (a strike
    #: by workers, over pay: a protest), and that type.
    recast: dict[str, str] = field(default_factory=dict)
    recast_near: re.Pattern[str] = re.compile(r"(?!)")
    #: What follows a word of a type that makes it a hazard, not an incident ("fire
    #: danger", "flood warning"), read at the word's end.
    hazard_after: re.Pattern[str] = re.compile(r"(?!)")

    def story_reach(self, folded: str, found: list[Trigger], kind: str,
                    hits: PhraseHits | None = None, in_headline: bool = False) -> str:
        """How far a text is the story of its event of type ``kind``: "all" its paragraphs
        when two of these three hold: the headline (``in_headline``, when the page's title
        is apart from its text) or lede names it, the text names it more
        than once, the text is dense with what it did to people; "harm" when only the last
        holds (the event named once, away from the lede): every paragraph, but only for the
        figures of the people it harmed or engaged; else "named": the paragraphs that name
        it. A business page that mentions "hurricane" once is not a hurricane's story, nor
        is a court story whose one "crash" is the headline of a link to another story: its
        charges and its trial would become a crash's."""
        of_kind = [t for t in found if t.type == kind]
        signs = (int(in_headline or any(t.start < self.lede for t in of_kind))
                 + int(len(of_kind) + in_headline > 1))
        if signs == 2:
            return "all"
        wanted = max(self.harm_per_thousand * len(folded) / 1000, 1)
        # counted only up to what is wanted: the rest of the text is not searched
        # (``hits``: where the words of ``folded`` are written: the pattern is tried there)
        harm = self.harm.finditer(folded) if hits is None or not self.harm_words else (
            matches_from(self.harm, folded, hits.starts(self.harm_words)))
        dense = any(n >= wanted for n, _ in enumerate(harm, 1))
        return ("all" if signs else "harm") if dense else "named"

    def counts_the_story(self, measure: str | None) -> bool:
        """Whether a figure of ``measure`` counts the people an event harms or engages
        ("people killed", "officers"): the figures a "harm" reach gives the event."""
        if not measure:
            return False
        folded = measure.lower()
        return bool(self.harm.search(folded)) or any(
            w in self.story_counts for w in re.findall(r"[\w-]+", folded))


@cache
def event_types(lang: str) -> EventTypes:
    """The event types of ``lang``, read once per process."""
    data = language_data(lang)
    t = data.table("event_types")
    type_of = {w: name for name, spec in t["types"].items() for w in spec["words"]}
    speech = longest_first(data.words("speech_verbs"))
    not_after = longest_first(t["not_after"])
    return EventTypes(
        # no look-behind before the words: a pattern that starts with the words lets the
        # matcher skip ahead to them; the checks before a word are done on each match
        # "fire danger", "flood warning": a hazard or a safeguard, not an incident
        # a compound names no incident ("flood-prone", "war-era"), but one of what the
        # event did does ("flood-hit", "quake-ravaged")
        trigger=fast_pattern(rf"\b(?:{longest_first(type_of)})\b"
                             rf"(?!-(?!(?:{longest_first(t['compounds_naming'])})\b))"
                             rf"(?!\s+(?:{longest_first(t['hazard_after'])})\b)"),
        # "opened fire", "to strike": a verb, not an event ("under fire": a figure of speech)
        not_after=fast_pattern(rf"(?:^|[^\w-])(?:{not_after}) $"),
        exact_date_kinds=frozenset(t["exact_date_kinds"]),
        calendar_kinds=frozenset(t["calendar_date_kinds"]), calendar_bonus=t["calendar_bonus"],
        type_of=type_of,
        ongoing=frozenset(n for n, spec in t["types"].items() if spec["ongoing"]),
        lede=t["lede_characters"], lede_weight=t["lede_weight"],
        date_window=t["date_window"], recent_days=t["recent_days"],
        place_window=t["place_window"], not_series=frozenset(t["not_a_series_word"]),
        series_after_year_max=t["series_after_year_max"],
        said_before=fast_pattern(rf"\b(?:{speech})\s+(?:on\s+|late\s+|early\s+)?$", re.I),
        year_before=fast_pattern(r"\b((?:19|20)\d\d)\s*$"),
        sending=fast_pattern(rf"\b(?:{longest_first(t['sending_verbs'])})\s+(?:[\w,.-]+\s+){{0,3}}?"
                           rf"(?:{longest_first(t['troop_nouns'])})\b"),
        sending_verbs=tuple(t["sending_verbs"]),
        harm=fast_pattern(rf"\b(?:{longest_first(t['harm_words'])})\b"),
        harm_per_thousand=t["harm_per_thousand"], harm_words=tuple(t["harm_words"]),
        story_counts=frozenset(t["story_counts"]),
        military_types=frozenset(t["military_types"]),
        military=fast_pattern(rf"\b(?:{longest_first(t['military_words'])})\b"),
        recast={w: t["recast"]["type"] for w in t.get("recast", {}).get("words", [])},
        recast_near=fast_pattern(rf"\b(?:{longest_first(t['recast']['near'])})\b")
        if "recast" in t else re.compile(r"(?!)"),
        hazard_after=re.compile(rf"\s+(?:{longest_first(t['hazard_after'])})\b"),
        elsewhere_before=fast_pattern(rf"\b(?:{longest_first(t['elsewhere_before'])})\s+$", re.I),
        locative_before=fast_pattern(
            rf"\b(?:{longest_first(t['place_prepositions'])})\s+(?:the\s+)?[\w' -]{{0,8}}$",
            re.I))


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    type: str


def triggers(folded: str, types: EventTypes, hits: PhraseHits | None = None,
             text: str | None = None) -> list[Trigger]:
    """Every word of the (lower-cased) text that names an event type, in text order
    (``hits``: where the words of ``folded`` are written, when known); an acronym in
    capitals among lower-case words of ``text`` ("the FIRE movement") names no event."""
    def starts(phrases: tuple[str, ...]) -> list[int]:
        return hits.starts(phrases) if hits is not None else phrase_starts(folded, phrases)

    out = []
    ambiguous: list[int] = []  # "strike"s that no word near them tells apart
    told: list[str] = []  # the types of those a word near them told
    for m in matches_from(types.trigger, folded, starts(tuple(types.type_of))):
        at = m.start()
        if (at and folded[at - 1] == "-") or types.not_after.search(folded[max(0, at - 10):at]):
            continue
        if text is not None and _acronym(text, at, m.end()):
            continue
        kind = types.type_of[m.group(0)]
        if kind in types.military_types and not types.military.search(
                folded, max(0, at - types.place_window), m.end() + types.place_window):
            continue  # "the city deployed 300 wardens": no troops, no deployment
        if m.group(0) in types.recast:
            lo, hi = max(0, at - types.place_window), m.end() + types.place_window
            # "a 48-hour strike by dock workers"; not "workers were killed in a strike"
            if types.recast_near.search(folded, lo, hi) and not types.harm.search(
                    folded, lo, hi):
                kind = types.recast[m.group(0)]
                told.append(kind)
            else:
                ambiguous.append(len(out))
        out.append(Trigger(at, m.end(), kind))
    if ambiguous and told:
        out = _one_sense(out, ambiguous, told[0])
    # "sent about 4,000 troops": a deployment named by what is done, not by a noun
    taken = {t.start for t in out}
    out += [Trigger(m.start(), m.end(), "deployment")
            for m in matches_from(types.sending, folded,
                                  starts(types.sending_verbs))
            if m.start() not in taken]
    return sorted(out, key=lambda t: t.start)


def headline_types(title: str | None, types: EventTypes) -> tuple[str, ...]:
    """The event types a page's title names, when the cleaner set it apart from the text
    ("Three dead as river floods villages" above a text that says "broke its banks"): the
    headline is where a story names its event first, so it counts as its lede does."""
    if not title:
        return ()
    return tuple(dict.fromkeys(t.type for t in triggers(title.lower(), types, text=title)))


def _one_sense(found: list[Trigger], ambiguous: list[int], to: str) -> list[Trigger]:
    """A page that calls one strike a walkout ("a strike by dock workers") and names no
    attack by any other word means that strike by all of them ("Strike day two", "the
    Gdansk strike"): one sense per page. A page with a word only an attack has
    ("shelling", "missile strike") keeps its plain strikes an attack."""
    plain = set(ambiguous)
    was = {found[i].type for i in plain}
    if any(t.type in was for i, t in enumerate(found) if i not in plain):
        return found
    return [Trigger(t.start, t.end, to) if i in plain else t for i, t in enumerate(found)]


def _acronym(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` is written in capitals in a line of lower-case words (not
    a headline in capitals): an acronym ("FIRE", "WAR"), not the common word."""
    word = text[start:end]
    if len(word) < 2 or not word.isupper():
        return False
    around = text[max(0, start - 40):start] + text[end:end + 40]
    return any(c.islower() for c in around)
