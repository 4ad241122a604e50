"""A span of time or a size written as an adjective measures its noun: "a 14-day cruise to
Madeira" is the duration of the cruise to Madeira, "a 10-km walk" the distance of the walk.

Why a step of its own: :mod:`.figure_values` reads an adjective figure ("four-day",
"180-kilometer") with the noun after it as its measure; the noun names what lasts or
stretches, not the quantity, and a judge reads "cruise" beside "14 days" as a count of
cruises. The quantity is named with its noun and the route after it; a noun that is itself
a span ("a 20-year period") stays a plain duration; a participle between the adjective and
its noun is one more modifier ("a three-hour recorded interview"), no verb. The words are
the ``adjectives`` of ``figure_measure_qualifiers``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..errors import UsageError
from ..lang import language_data
from .counted import DURATIONS, noun_phrase, without_place
from .figure_words import FigureWords
from .opening import fast_pattern
from .records import Figure

#: The unit word of an adjective figure: "14-day", "10-km", "two-hour".
_UNIT_WORD = fast_pattern(r"-([A-Za-z]+)$")
#: Two names joined by a hyphen ("Earth-Mars", "London-Paris"): a route or a pair that
#: modifies the noun after it, no noun itself.
_PAIR = fast_pattern(r"[A-Z][\w’']*(?:-[A-Z][\w’']*)+")
_NOUN_AFTER = fast_pattern(r"\s*([a-z][a-z-]+)\b")
_PARTICIPLE_AFTER = fast_pattern(r"\s+([a-z]{3,}ed)\b")


@dataclass(frozen=True)
class AdjectiveWords:
    """The ``adjectives`` of ``figure_measure_qualifiers`` for one language."""

    quantities: frozenset[str]
    fillers: frozenset[str]
    time_nouns: frozenset[str]
    route: re.Pattern[str]  # the pattern of a route after the noun: " to Madeira"
    of: str


@cache
def adjective_words(lang: str) -> AdjectiveWords | None:
    """The table of ``lang``, or None when the language has none (no measure is renamed)."""
    try:
        t = language_data(lang).table("figure_measure_qualifiers")["adjectives"]
    except (UsageError, KeyError):
        return None
    names = r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}"
    return AdjectiveWords(quantities=frozenset(t["quantities"]), fillers=frozenset(t["fillers"]),
                          time_nouns=frozenset(t["time_nouns"]),
                          route=fast_pattern(rf" (?:{'|'.join(t['routes'])}) {names}"),
                          of=t["of"])


def adjective_measure(text: str, fig: Figure, words: FigureWords) -> Figure:
    """``fig`` with a span or size written as an adjective named as its noun's; any other
    figure as it is."""
    bare = fig.measure in (None, "", words.rules["duration_of"]["measure"])
    if fig.unit and bare and _UNIT_WORD.search(fig.evidence.text) and (
            done := _PARTICIPLE_AFTER.match(text, fig.evidence.end)) and (
            noun := noun_phrase(text, done.end(), words)[0]):
        fig = replace(fig, measure=f"{done.group(1)} {noun}")  # in an adjective's place a
        # participle is one more: "a three-hour recorded interview", "a suspended sentence"
    if fig.unit is None or not fig.measure or _sized(fig.measure, words):
        return fig  # most figures: a count; "width of basin" is named already
    table = adjective_words(words.lang)
    quantity = _quantity(fig, table, words) if table else None
    unit_word = _UNIT_WORD.search(fig.evidence.text)
    if table is None or quantity is None or not fig.measure or unit_word is None or (
            words.units.get(unit_word.group(1).lower()) != fig.unit):
        return fig
    said = fig.measure.split()
    while said and said[0].lower() in table.fillers:
        said = said[1:]  # "a 75-minute long play": the play
    head = without_place(" ".join(said), words).split()  # "a 5-km race in Leeds": race
    if head and _PAIR.fullmatch(head[-1]) and (noun := _NOUN_AFTER.match(
            text, fig.evidence.end + len(fig.measure) + 1)) and (
            noun.group(1).lower() not in words.stop_words):
        said = head = [*head, noun.group(1)]  # "a 200-day Earth-Mars voyage": the voyage
    if not head or not head[-1][:1].islower() or said[0].lower() == quantity:
        return fig  # no noun ("the 1,000-km Volga"), or named already
    if head[-1].lower() in table.time_nouns:
        return replace(fig, measure=quantity)  # "a 20-year period": a duration
    after = text.find(fig.measure, fig.evidence.end, fig.evidence.end + 20)
    route = table.route.match(text, after + len(fig.measure)) if after >= 0 else None
    named = " ".join(said) + (route.group(0) if route else "")
    return replace(fig, measure=f"{quantity} {table.of} {named}")


def _sized(measure: str, words: FigureWords) -> bool:
    """"width of rift": a dimension of a noun, named by :mod:`.measure_dimensions`."""
    first, _, rest = measure.partition(" ")
    return first in words.rules["dimensions"].values() and rest.startswith("of ")


def _quantity(fig: Figure, table: AdjectiveWords, words: FigureWords) -> str | None:
    """What an adjective in ``fig``'s unit measures: a duration, or one of the table's
    quantities of the unit (a distance, a weight); None for any other unit."""
    if fig.unit in DURATIONS:
        return str(words.rules["duration_of"]["measure"])
    quantity = words.quantities.get(fig.unit or "")
    return quantity if quantity in table.quantities else None
