"""Figures that restate the figure before them in another unit: "55 mph (88.5 kph)",
"about 2,300 tons (2,095 metric tons)", "$12.9bn (£10bn)", "2,750 tons, or 2,500 metric
tons".

Why: a conversion added by the writer or the wire desk is the same claim, not a second one;
kept, it shows as a figure whose thing counted is the unit before it ("mph"), and it doubles
the claims an analyst has to read. The rule is the shape, not a list of phrases: a value in
brackets (or after ", or") right after a number whose unit measures the same quantity (a
length, a speed, a weight, a sum of money). The original stays.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..lang import language_data
from .figure_words import FigureWords
from .opening import fast_pattern
from .records import Figure

#: What may stand between the stated value and the conversion: "(", "-wide (", ", or".
_OPENER = fast_pattern(r"(?:(?:-[a-z]+)?\s*\(\s*|,?\s+or\s+)$")
#: The conversion closes: ")", "per liter)", or a comma after ", or 2,500 metric tons,".
_CLOSER = fast_pattern(r"\s*(?:per\s+[a-z]+\s*)?[),]")
_NUMBER_THEN_WORDS = fast_pattern(
    r"(?P<sign>[$€£¥₹])?\s?\d[\d,.]*(?:\s*(?:bn|m|k|million|billion|trillion))?"
    r"(?P<words>(?:[\s-]+[A-Za-z/]+){0,4})[-\w]*\s*$")
_TOKENS = fast_pattern(r"[A-Za-z/]+")


@cache
def _money_codes(lang: str) -> frozenset[str]:
    """The unit codes that are currencies: a sum restated in another currency is one sum."""
    table = language_data(lang).table("figure_units")
    codes = set(table["currency_signs"].values())
    codes |= {code for code in table["units"].values() if code.isupper() and len(code) == 3
              and code.isalpha() and code not in ("GWh", "MWh", "kWh")}
    return frozenset(codes)


def dimension(unit: str | None, words: FigureWords) -> str | None:
    """What a unit measures, so that miles and kilometres compare: "money" for a currency,
    else the unit's quantity ("distance", "speed"); °F and °C are both temperatures."""
    if unit is None:
        return None
    if unit in _money_codes(words.lang):
        return "money"
    quantity = words.quantities.get(unit)
    if quantity and "temperature" in quantity:
        return "temperature"
    return quantity or unit


def _stated_before(text: str, start: int, words: FigureWords) -> str | None:
    """The dimension of the number with its unit right before the conversion at ``start``,
    if the words before it are "NUMBER UNIT (" or "NUMBER UNIT, or"."""
    window = text[max(0, start - 60):start]
    opener = _OPENER.search(window)
    if opener is None:
        return None
    before = window[:opener.start()]
    said = _NUMBER_THEN_WORDS.search(before)
    if said is None:
        return None
    if said.group("sign"):
        return "money"
    signs = language_data(words.lang).table("figure_units")["currency_signs"]
    for token in _TOKENS.findall(said.group(0)):
        low = token.lower()
        if low in words.units:
            return dimension(words.units[low], words)
        if low in signs:
            return "money"
    return None


def restated(text: str, fig: Figure, words: FigureWords) -> bool:
    """``fig`` restates the value before it in another unit of the same quantity."""
    if fig.unit is None or fig.kind in ("dates", "change"):
        return False
    if not _CLOSER.match(text, fig.evidence.end):
        return False
    stated = _stated_before(text, fig.evidence.start, words)
    return stated is not None and stated == dimension(fig.unit, words)


def without_restated(text: str, figures: list[Figure], words: FigureWords) -> list[Figure]:
    """The figures less the conversions (see :func:`restated`)."""
    return [fig for fig in figures if not restated(text, fig, words)]


#: ", or" between a value and the next, and nothing else: the next says it again
_OR_BETWEEN = fast_pattern(r",?\s+or\s+")
#: a rate's tail the sum it restates drops: "$8 each, or $2.4 million in all"
_PER_TAIL = fast_pattern(r"\s+(?:per|a|an)\s+\w+$")


def restating_measures(text: str, figures: list[Figure]) -> list[Figure]:
    """A sum that names nothing after ", or" and a value of another unit right before it
    measures what that value measures: "would shrink output by 0.4 percent or $9 billion"
    (the output reduction in money), "paid $8 a seat, or $2.4 million" (the price in all)."""
    out: list[Figure] = []
    for fig in figures:
        before = out[-1] if out else None
        if (not fig.measure and fig.unit and before is not None and before.measure
                and before.unit != fig.unit
                and _OR_BETWEEN.fullmatch(text, before.evidence.end, fig.evidence.start)):
            fig = replace(fig, measure=_PER_TAIL.sub("", before.measure))
        out.append(fig)
    return out
