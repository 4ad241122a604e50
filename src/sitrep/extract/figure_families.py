"""The family of measures analysts compare: troops, soldiers, personnel -> participants;
a span of time is a duration, a length a distance; a fate that ends a measure decides it
before the participants ("soldiers killed" are the killed, "killed or injured" the
casualties), and things with their fate make their own ("drones intercepted").

Why apart from :mod:`.counted`: the family is asked of every figure's measure at every step
of the figure rules (the same measures many times in a text), so it is remembered per
language; and the store and the evaluation group figures by it.
"""

from __future__ import annotations

from functools import lru_cache

from .figure_predicates import predicates
from .figure_words import FigureWords, figure_words
from .measure_moves import move_family
from .opening import fast_pattern

_LETTERS = fast_pattern(r"[a-z]+")
#: Unit codes (see ``figure_units``) whose figures are durations or distances.
DURATIONS = ("day", "week", "month", "year", "hour", "minute", "second")
DISTANCES = ("km", "m", "mile", "ly")


def family_of(measure: str | None, unit: str | None, words: FigureWords) -> str | None:
    """Group measures analysts compare: troops, soldiers, personnel -> participants."""
    if unit in DURATIONS:
        return "duration"
    if unit in DISTANCES:
        return "distance"
    if not measure:
        return None
    if words is figure_words(words.lang):  # the language's own words: the answer is kept
        return _measure_family(measure, words.lang)
    return _family_of_measure(measure, words)


@lru_cache(maxsize=65536)
def _measure_family(measure: str, lang: str) -> str | None:
    """:func:`_family_of_measure` with the words of ``lang``, remembered (pure: the rules
    ask it of each figure's measure at every step, the same measures many times)."""
    return _family_of_measure(measure, figure_words(lang))


def _family_of_measure(measure: str, words: FigureWords) -> str | None:
    headed = words.family_tail.sub("", measure)  # "hit to economic growth": a hit
    for ending, family in words.rules.get("family_endings", {}).items():
        if headed.endswith(ending) or measure.endswith(ending):
            return family  # "soldiers killed or injured": casualties; "troops killed"; a
            # state after a place ("people in Barsi killed") is the count's family too
    said = headed.lower().split()
    if len(said) >= 2 and said[-1] in predicates(words.lang).thing_fates:
        return " ".join(said[-2:])  # "drones intercepted", apart from "drones launched"
    if len(said) >= 3 and said[-1] in words.rules.get("fate_verbs", {}).get("particles", ()):
        return " ".join(said[-2:])  # "masks handed out": handed out, not "out"
    if set(_LETTERS.findall(measure.lower())) & words.participants:
        return "participants"
    if measure == "dates":
        return "dates"
    if moved := move_family(headed, words.lang):
        return moved  # "S&P 500 gain": the market's
    head = headed.split()
    return head[-1].lower() if head else None


def measure_family(measure: str | None, unit: str | None = None,
                   lang: str = "en") -> str | None:
    """:func:`family_of` with the words of ``lang``."""
    return family_of(measure, unit, figure_words(lang))
