"""A sum that no noun names, named by the deal or the request its sentence speaks of:
"a budget request for $22.6 billion" (the request), "bought the paper for $500 million"
(the purchase price).

Why apart from :mod:`.counted_left`: these read a sentence's words of asking and of buying
before "for", not a noun phrase around the value; they are called from its reading of the
words around a sum.
"""

from __future__ import annotations

import re

from .figure_words import FigureWords
from .opening import fast_pattern

_CODE = fast_pattern(r"[\d=]|^\.")
_FOR_END = fast_pattern(r"\bfor\s+$")
_AMOUNT_FOR = fast_pattern(r"(?:\b(?P<modifier>[a-z][\w’'-]*)\s+)?\b(?P<noun>[a-z]+)\s+for\s+$")


def amount_noun(window: str, words: FigureWords) -> str | None:
    """A sum after "for" that a noun of asking or offering introduces ("a budget request
    for $22.6 billion", "a bid for $5 million"): that noun, with a noun modifier before it."""
    m = _AMOUNT_FOR.search(window)
    if not m or m.group("noun").lower() not in words.rules["left_measure"]["amount_nouns"]:
        return None
    modifier = m.group("modifier")
    if modifier and (modifier.lower() in words.stop_words or _CODE.search(modifier)
                     or modifier.lower().endswith(("ing", "ed", "’s", "'s"))):
        modifier = None
    return f"{modifier} {m.group('noun')}" if modifier else m.group("noun")


def deal_price(window: str, end: int, words: FigureWords) -> tuple[str, int] | None:
    """(measure, end) of a sum after "for" in a sentence of buying or selling: "bought the
    paper for $500 million", "the purchase of two papers for $500 million" name a price,
    though no noun stands next to the sum; the last deal word says purchase or sale."""
    if not _FOR_END.search(window):
        return None
    deals = words.rules["left_measure"]["deal_prices"]
    said = [deals[w] for w in re.findall(r"[a-z]+", window.lower()) if w in deals]
    return (said[-1], end) if said else None
