"""What a bare noun of change measures, read from the phrase after it: "a rise of 12 percent
in sales of used vans" and "a 6 percent rise in rents" measure a sales increase and a rents
increase, not a "rise".

Why: :mod:`.counted_left` names a share or a sum by the noun before "of" ("a rise of") or
after the value ("a 6 percent rise"), and :func:`.measure_phrases.change_of` reads the
changed thing only when it comes before the value ("an increase in school spending of 4%").
News writes the other order as often: the value first, then "in" and what changed. A judge
reads "rise" alone as a value with no thing measured. The phrase after "in" names the thing
when it is a lower-case noun phrase; a name ("in Bristol") says where, a month or a period
("in June", "in the quarter") says when, and both leave the measure as it was.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .figure_words import FigureWords, figure_words
from .measure_phrases import before_link
from .opening import fast_pattern
from .records import Figure

#: Up to five words after the link; the link itself is read from the language's rules.
_WORDS = fast_pattern(r"[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,4}")


@cache
def _link(lang: str) -> re.Pattern[str]:
    """" in " or " in the " right after a value or a noun of change."""
    rules = figure_words(lang).rules
    return fast_pattern(rf"\s+{rules['left_measure']['change_link']}\s+"
                        rf"(?:(?:{'|'.join(rules['determiners'])})\s+)?", re.I)


@cache
def _joined(lang: str, noun: str) -> re.Pattern[str]:
    """" and 11% gain" right after a value: a second value and the same noun of change."""
    joiner = figure_words(lang).rules["joiner"]
    return fast_pattern(rf"\s+{joiner}\s+\S*\d\S*(?:\s+\S+)?\s+{re.escape(noun)}\b", re.I)


@cache
def _stops(lang: str) -> frozenset[str]:
    """The words a changed thing ends before, and those it may not be: small words, links
    and periods ("a rise of 4% in the quarter": a time, no thing; a month is a name)."""
    words = figure_words(lang)
    rules = words.rules
    return frozenset().union(words.stop_words, rules["left_measure"]["skip"],
                             rules["left_measure"]["periods"], rules["phrase_ends"],
                             rules["place_links"])


def changed_in(text: str, fig: Figure, words: FigureWords) -> Figure:
    """``fig`` with its measure named as the change of the thing after "in" when the
    measure is a bare noun of change; any other figure as it is."""
    table = words.rules["left_measure"]
    way = table.get("change_nouns", {}).get((fig.measure or "").lower())
    if way is None or "change_link" not in table:
        return fig
    pos = fig.evidence.end  # "a 14% and 11% gain in torque": the first shares the second's
    joined = _joined(words.lang, fig.measure.lower()).match(text, pos)
    pos = joined.end() if joined else pos
    link = _link(words.lang).match(text, pos)
    said = _WORDS.match(text, link.end()) if link else None
    if said is None:
        return fig
    stops = _stops(words.lang)
    thing = before_link(said.group(0).split(), stops)
    if not thing or any(w.lower() in stops for w in thing):
        return fig
    return replace(fig, measure=f"{' '.join(thing)} {words.rules['change_names'][way]}")
