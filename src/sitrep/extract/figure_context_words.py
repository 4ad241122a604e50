"""The words and patterns of ``figure_context`` that :mod:`.figure_filters` reads, built
once per language.

Why apart: the rules of :class:`.figure_filters.Context` are long, and the table of
patterns they read is a module of its own, so the rules can grow without the patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..lang import language_data, longest_first
from .counted import DURATIONS
from .opening import fast_pattern


@dataclass(frozen=True)
class ContextWords:
    """The patterns built from ``figure_context``."""

    age: re.Pattern[str]
    relative_after: re.Pattern[str]
    relative_before: re.Pattern[str]
    future_pointer: re.Pattern[str] | None  # "will be held in (six months)": a date ahead
    kitchen: re.Pattern[str]
    cooking_verbs: frozenset[str]
    price_before: re.Pattern[str]
    price_after: re.Pattern[str]
    discount_after: re.Pattern[str]
    game_nouns: frozenset[str]
    market_before: re.Pattern[str]
    time_unit: re.Pattern[str]
    retail: re.Pattern[str]
    spec_units: frozenset[str]
    rank_words: frozenset[str]
    spec_measures: re.Pattern[str]
    price_measures: frozenset[str]
    sourcing_after: re.Pattern[str]
    offer_after: re.Pattern[str]
    tenor_after: re.Pattern[str]
    talk_span_before: re.Pattern[str]
    pool_before: re.Pattern[str]
    saying: re.Pattern[str]
    phone_after: re.Pattern[str]
    imagined_before: re.Pattern[str]
    supposed_before: re.Pattern[str]
    supposed_after: re.Pattern[str]
    extreme_after: re.Pattern[str]
    count_leads: frozenset[str]
    certainty_after: re.Pattern[str]
    #: "suits you 100%", "agree 100 percent": a whole share after an object pronoun or a
    #: verb of agreeing is a degree, no share of anything
    certainty_before: re.Pattern[str]
    #: "they never sent us 5 cents": the units of a trifle, and the words of a negation
    trifle_units: frozenset[str]
    negation: re.Pattern[str]
    #: the game nouns a market moves by ("the index added 20 points"), not "assists"
    market_nouns: frozenset[str] = frozenset()


def _future_pointer(table: dict[str, Any]) -> re.Pattern[str]:
    """"will be held in", "meet again in": a word of the future, then the rest of its
    clause up to the link; no word of a look back between ("will be the first drill there
    in four years": four years since the last one)."""
    blocks = longest_first(table["pointer_blocks"])
    free = rf"(?:(?!\b(?:{blocks})\b)[^.;:!?\n])*"
    return fast_pattern(rf"(?<![\w’'])(?:{longest_first(table['future_before'])})\b{free}"
                        rf"\b{table['pointer_link']}\s+$", re.I)


@cache
def context_words(lang: str) -> ContextWords:
    data = language_data(lang)
    table = data.table("figure_context")
    units_table = data.table("figure_units")
    units = units_table["units"]
    time_words = longest_first(w for w, code in units.items()
                               if code in DURATIONS or code in units_table["scaled_units"])
    return ContextWords(
        age=fast_pattern(rf"[\s-]*(?:{time_words})[\s-]+(?:{longest_first(table['age'])})\b",
                       re.I),
        relative_after=fast_pattern(rf"\s+(?:{longest_first(table['relative_after'])})\b", re.I),
        relative_before=fast_pattern(
            rf"\b(?:{longest_first(table['relative_before'])})\s+(?:the\s+)?$", re.I),
        future_pointer=_future_pointer(table) if "future_before" in table else None,
        kitchen=fast_pattern(rf"(?:\d|[½¼¾⅓⅔])\s*{_opening(table['kitchen_units'])}"
                             rf"(?:{longest_first(table['kitchen_units'])})(?![\w])", re.I),
        cooking_verbs=frozenset(table["cooking_verbs"]),
        price_before=fast_pattern(rf"(?:^|\b|(?<=\())(?:{longest_first(table['price_before'])})"
                                r"\s*$", re.I),
        # a word ends where a letter does not follow ("$5,000 once" is no "on"); "on" a day
        # dates the sum ("paid $6,000 on Monday"), a shop's "on" names no day
        price_after=fast_pattern(rf"\s*(?:{longest_first(table['price_after'])})(?![A-Za-z])"
                                 rf"(?!\s+(?:{_any(table.get('price_after_not', ()))})\b)",
                                 re.I),
        discount_after=fast_pattern(rf"\s+(?:{longest_first(table['discount_after'])})\b", re.I),
        game_nouns=frozenset(table["game_nouns"]),
        market_nouns=frozenset(table.get("market_nouns", ())),
        market_before=fast_pattern(rf"\b(?:{longest_first(table['market_verbs'])})\s+$", re.I),
        time_unit=fast_pattern(rf"\b(?:{time_words})\b", re.I),
        retail=fast_pattern(table["retail_price"]),
        spec_units=frozenset(table["spec_units"]),
        rank_words=frozenset(table["rank_words"]),
        spec_measures=fast_pattern(rf"(?:{longest_first(table['spec_measures'])})$", re.I),
        price_measures=frozenset(table["price_measures"]),
        sourcing_after=fast_pattern(table["sourcing_after"], re.I),
        offer_after=fast_pattern(table["offer_after"], re.I),
        tenor_after=fast_pattern(table["tenor_after"]),
        talk_span_before=fast_pattern(table.get("talk_span_before", "(?!)")),
        pool_before=fast_pattern(table.get("pool_before", "(?!)")),
        saying=fast_pattern(rf"\b(?:{longest_first(data.words('speech_verbs'))})\b", re.I),
        phone_after=fast_pattern(table["phone_after"], re.I),
        imagined_before=fast_pattern(table["imagined_before"]),
        supposed_before=fast_pattern(table["supposed_before"]),
        supposed_after=fast_pattern(table["supposed_after"]),
        extreme_after=fast_pattern(table["extreme_after"], re.I),
        count_leads=frozenset(table["count_leads"]) | _calendar_words(lang),
        certainty_after=fast_pattern(table["certainty_after"], re.I),
        certainty_before=fast_pattern(table.get("certainty_before", "(?!)"), re.I),
        trifle_units=frozenset(table.get("trifle_units", ())),
        negation=fast_pattern(table.get("negation", "(?!)"), re.I),
    )


def _calendar_words(lang: str) -> frozenset[str]:
    """Month and weekday names, lower-cased: "March 3 protests" opens with a date, no name."""
    table = language_data(lang).table("date_words")
    names = [n for m in table["months"] for n in (m["name"], *m["short"])]
    return frozenset(w.lower() for w in names + list(table["weekdays"]))


def _opening(words: Iterable[str]) -> str:
    """A look-ahead of the characters ``words`` open with (none when one is empty), read
    under the pattern's own flags: after each number the matcher tests one class, not
    every word of the alternation (most numbers are followed by no unit at all)."""
    words = list(words)
    if not words or not all(words):
        return ""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words})) + "])"


def _any(words: Iterable[str]) -> str:
    """``words`` as an alternation, or one that never matches when there are none."""
    return longest_first(words) or "(?!)"
