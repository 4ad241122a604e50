"""Sums and spans that read on past their unit: a price set by its verb ("will start at
$40,000"), a rate ("$2.52 a share", "$4 billion per month"), a word that qualifies a sum
without naming it ("$19,000 pretax"), and one span written in two units ("4 minutes and
15 seconds" is 255 seconds).

Why apart from :mod:`.counted` and :mod:`.counted_left`: these rules read the few words
right around a sum or a span and change what it measures or its value, the same way for
any sum; the words are data (``figure_rules`` ``left_measure``, ``figure_units``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..lang import language_data, longest_first
from .figure_words import FigureWords, figure_words
from .opening import fast_pattern
from .records import Figure

#: A sum's unit is a currency code ("USD", "EUR"): rates and qualifiers are of sums only.
_CURRENCY = fast_pattern(r"[A-Z]{3}")
#: The digits of a value: a rate may follow them inside its evidence ("$0.06/kWh").
_DIGITS = fast_pattern(r"\d(?:[\d,.]*\d)?")
#: The lower-case word right after a qualifier, if any: a noun it modifies.
_NEXT_WORD = fast_pattern(r" ([a-z][a-z-]*)\b")


@dataclass(frozen=True)
class Rate:
    """"a share" after "$2.52": the noun a sum is per, and where the words end."""

    noun: str
    start: int
    end: int
    said: str = ""  # the noun as written ("kWh")


@dataclass(frozen=True)
class Joined:
    """"4 minutes and 15 seconds": one value in the smaller unit, and where it ends."""

    value: float
    unit: str
    end: int


def is_sum(unit: str | None) -> bool:
    return bool(unit and _CURRENCY.fullmatch(unit))


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    table = figure_words(lang).rules["left_measure"]
    rates, prices = table["rates"], table["price_verbs"]
    slash = re.escape(rates.get("slash", "")) or r"(?!)"
    rate = fast_pattern(rf"(?:\s+(?:{'|'.join(rates['links'])})\s+|{slash})"
                      rf"({longest_first(rates['nouns'])})\b"
                      rf"(?!\s+(?:{'|'.join(rates['blocks'])})\b)", re.I)
    qualifier = fast_pattern(rf"\s+(?:{longest_first(table['sum_qualifiers'])})(?![\w-])", re.I)
    price = fast_pattern(rf"\b(?:{longest_first(prices['verbs'])})\s+"
                       rf"(?:{'|'.join(prices['links'])})\s+$", re.I)
    return rate, qualifier, price


def rate_after(text: str, pos: int, words: FigureWords) -> Rate | None:
    """"$2.52 a share", "$4 billion per month": the sum is a rate per that noun ("$3
    million a year ago" is a time, no rate)."""
    m = _patterns(words.lang)[0].match(text, pos)
    return Rate(m.group(1).lower(), m.start(), m.end(), m.group(1)) if m else None


def goods_rate(rate: Rate | None, words: FigureWords) -> bool:
    """A rate per a unit of goods or energy ("a tonne", "/kWh"): a market's price."""
    return rate is not None and rate.noun in words.rules["left_measure"]["rates"].get(
        "goods_nouns", ())


def goods_after(text: str, start: int, end: int, words: FigureWords) -> bool:
    """A rate per a unit of goods follows the sum's digits ("$0.06/kWh"), its words ("52
    euros per tonne") or its evidence (``start:end``)."""
    digits = _DIGITS.search(text, start, end)
    m = _patterns(words.lang)[0].search(text, digits.end(), min(len(text), end + 40)) if (
        digits) else None
    return m is not None and m.start() <= end and goods_rate(
        Rate(m.group(1).lower(), m.start(), m.end()), words)


def after_qualifier(text: str, pos: int, words: FigureWords) -> int:
    """Where a sum's words end past a qualifier that names nothing ("$19,000 pretax into
    the plan"); "$2 million pretax profit" names its noun, read as the measure."""
    m = _patterns(words.lang)[1].match(text, pos)
    if m is None:
        return pos
    nxt = _NEXT_WORD.match(text, m.end())
    return pos if nxt and nxt.group(1) not in words.stop_words else m.end()


def is_qualifier(word: str, words: FigureWords) -> bool:
    return word.lower() in words.rules["left_measure"]["sum_qualifiers"]


def priced(window: str, words: FigureWords) -> str | None:
    """"will start at $40,000", "is priced at": a verb of pricing makes the sum a price."""
    prices = words.rules["left_measure"]["price_verbs"]
    return prices["measure"] if _patterns(words.lang)[2].search(window[-40:]) else None


def per_rate(measure: str | None, rate: Rate | None, words: FigureWords) -> str | None:
    """"earnings" and "a share" -> "earnings per share"; no measure: "amount per share"."""
    if rate is None:
        return measure
    rates = words.rules["left_measure"]["rates"]
    if measure is None and rate.noun in rates.get("stock_nouns", ()):
        measure = rates.get("stock_default")  # "analysts expected $2.52 a share": earnings
    if measure is None and goods_rate(rate, words):
        measure = rates.get("goods_default")  # "a target of $0.06/kWh": a price
    return f"{measure or rates['default']} {rates['per']} {rate.said or rate.noun}"


def _each(text: str, fig: Figure, found: _Flows, words: FigureWords) -> re.Match[str] | None:
    """"three launches per lander", "40 beds per ward": a count per one thing (no time)
    says how many each has, not how many there are; a small word or a unit after "per"
    ("per cent") names no such thing."""
    m = found.each.match(text, fig.evidence.end)
    return m if m and m.group(1) not in words.stop_words and (
        m.group(1) not in words.units) else None


@cache
def _compound(lang: str) -> tuple[re.Pattern[str], dict[str, dict[str, float]]]:
    table = language_data(lang).table("figure_units")
    joiners = "|".join(re.escape(j) for j in table["compound_joiners"])
    pattern = fast_pattern(rf"\s*(?:{joiners})\s*(?:and\s+)?(\d+(?:\.\d+)?|[a-z]+)\s+([a-z]+)\b",
                         re.I)
    return pattern, table["compound_parts"]


def joins_parts(unit: str | None, words: FigureWords) -> bool:
    """Whether a value in ``unit`` may take a part in a smaller unit (see
    :func:`joined_parts`), which changes the value."""
    return unit in _compound(words.lang)[1]


def joined_parts(text: str, end: int, unit: str | None, value: float, words: FigureWords
                 ) -> Joined | None:
    """"4 minutes and 15 seconds", "6 feet, 2 inches": one value in the smaller unit, when
    a number in a smaller unit of the same kind follows the first and its joiner."""
    pattern, parts = _compound(words.lang)
    if unit not in parts:
        return None
    m = pattern.match(text, end)
    if m is None:
        return None
    second = words.units.get(m.group(2).lower())
    factor = parts[unit].get(second or "")
    more = words.numbers.parse(m.group(1))
    if not factor or more is None or second is None:
        return None
    return Joined(value * factor + more, second, m.end())


@dataclass(frozen=True)
class _Flows:
    """The patterns of :func:`flows`: an amount's (the rest of its clause, then a link and
    a time) and a count's (the link and the time right after it), the amounts' units."""

    amount: re.Pattern[str]
    count: re.Pattern[str]
    units: frozenset[str]
    per: str
    #: a count's "per" and the one thing each count is for ("three launches per lander")
    each: re.Pattern[str]


@cache
def _flow(lang: str) -> _Flows | None:
    rates = figure_words(lang).rules["left_measure"]["rates"]
    if "flow_links" not in rates:
        return None
    link, time = "|".join(rates["flow_links"]), "|".join(rates["flow_nouns"])
    not_a_time = rf"(?!\s+(?:{'|'.join(rates['blocks'])})\b)"  # not "a year ago": a time
    # an amount: the rest of the clause, no number and no mark in it, then the link and time
    return _Flows(fast_pattern(rf"[^\d,;.:!?()\n]{{0,80}}?\b(?:{link})\s+({time})\b"
                               rf"{not_a_time}", re.I),
                  fast_pattern(rf"\s+(?:{link})\s+({time})\b{not_a_time}", re.I),
                  frozenset(rates["flow_units"]), rates["per"],
                  fast_pattern(rf"\s+{rates['per']}\s+([a-z][a-z-]{{2,}})\b(?![\w-])"))


def flows(text: str, figures: list[Figure], words: FigureWords) -> list[Figure]:
    """``figures`` with each amount whose clause closes with a time it is per ("5,000 kg of
    ash thrown out per second") measuring a flow: "ash per second", and each count of
    things with such a time right after it ("two rockets a year", "200,000 engines a
    year"): "rockets per year", or with "per" and one thing ("two guards per gate"): "guards
    per gate". Read alone, either looked like a total. Sums keep their own
    rates (:func:`rate_after`); a count reads only the words right after it ("12 people
    were killed in a day of fighting" is no rate)."""
    found = _flow(words.lang)
    if found is None:
        return figures
    out = []
    for fig in figures:
        m = None
        if fig.measure and f" {found.per} " not in fig.measure:
            if fig.unit in found.units:
                m = found.amount.match(text, fig.evidence.end)
            elif fig.unit is None and fig.change is None:
                m = found.count.match(text, fig.evidence.end) or _each(text, fig, found, words)
        out.append(replace(fig, measure=f"{fig.measure} {found.per} {m.group(1).lower()}")
                   if m else fig)
    return out
