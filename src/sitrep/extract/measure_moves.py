"""The measure of a market's move: "the S&P 500 rose 1.2%" measures the S&P 500's gain.

Why: the rules of :mod:`.counted_left` read the subject before a verb of change as the
thing a share measures, which is right for "revenue rose 3%" (the change is in revenue,
the share says by how much) but names only the market for an index, a commodity, a
currency or a stock: "S&P" (cut at its number), "Copper", "China's Shanghai Composite".
A reader comparing such figures needs the move, and its direction, since the value of
"fell 2.1%" is written without a sign. The market's name is read again from the text,
past its number and its market code ("Nikkei 225 (N225)", "S&P 500 .SPX"), so that the
name is whole; a name that holds no word of a market (``figure_measure_bases``: moves) is
left alone, and so is every measure not said of a move.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..errors import UsageError
from ..lang import language_data, longest_first
from .figure_words import FigureWords
from .measure_directions import directed
from .opening import fast_pattern
from .records import Figure

_CODE = fast_pattern(r"^(?:\(\S+\)|\.[A-Z]\S*|\S+=|[A-Z]+[a-z]?\d\w*|\S*\d[A-Z]\S*),?$")
_ABBREVIATION = fast_pattern(r"^(?:[A-Z]\.)+$")
_NAME_WORD = fast_pattern(r"^(?:[A-Z][\w&’'-]*|\d+)$")
_POSSESSIVE = fast_pattern(r"[’']s$")
_SENTENCE_START = fast_pattern(r"(?:^|[.!?]\s+|\n)(?=(?:(?![.!?]\s|\n).)*$)", re.S)


@dataclass(frozen=True)
class MoveWords:
    """The words of ``figure_measure_bases`` (moves) for one language."""

    verb_before: re.Pattern[str]
    possessive_before: re.Pattern[str]
    after: re.Pattern[str]
    up: frozenset[str]
    up_nouns: frozenset[str]
    down_nouns: frozenset[str]
    after_words: dict[str, str]
    auxiliaries: frozenset[str]
    markets: frozenset[str]
    modifiers: frozenset[str]
    up_word: str
    down_word: str
    growth_word: str
    decline_word: str
    not_growth: frozenset[str]
    goods: frozenset[str]  # the markets that are goods or currencies, not indexes
    currencies: frozenset[str]
    not_levels: frozenset[str]
    rate_word: str
    price_word: str
    per_word: str
    not_growth_after: re.Pattern[str]
    level_openers: frozenset[str]


@cache
def move_words(lang: str) -> MoveWords | None:
    """The table of ``lang``, or None when the language has none (no move is read)."""
    try:
        t = language_data(lang).table("figure_measure_bases")["moves"]
    except (UsageError, KeyError):  # no such table, or no such part of it
        return None
    verbs = longest_first([*t["up_verbs"], *t["down_verbs"]])
    aux = longest_first(t["auxiliaries"])
    return MoveWords(
        verb_before=fast_pattern(rf"(?<![\w-])(?P<verb>{verbs})\s+(?:by\s+)?"
                               rf"(?:[\d.,]+\s+{t['points_restated']}\s+)?$", re.I),
        possessive_before=fast_pattern(r"[’']s\s+$"),
        after=fast_pattern(rf"(?<![\w-])(?:{aux})\s+$", re.I),
        up=frozenset(t["up_verbs"]), up_nouns=frozenset(t["up_nouns"]),
        down_nouns=frozenset(t["down_nouns"]), after_words=dict(t["after_words"]),
        auxiliaries=frozenset(t["auxiliaries"]),
        markets=frozenset(t["index_words"]) | frozenset(t["market_nouns"]),
        modifiers=frozenset(t["market_modifiers"]), up_word=t["up_word"],
        down_word=t["down_word"], growth_word=t["growth_word"],
        decline_word=t["decline_word"], not_growth=frozenset(t["not_growth_verbs"]),
        goods=frozenset(t["market_nouns"]), currencies=frozenset(t["currency_nouns"]),
        not_levels=frozenset(t["not_level_nouns"]),
        rate_word=t["rate_word"], price_word=t["price_word"], per_word=t["per_word"],
        not_growth_after=fast_pattern(rf"\s+(?:{longest_first(t['not_growth_after'])})\b"),
        level_openers=frozenset(t["level_openers"]))


def moved_measures(text: str, figures: list[Figure], words: FigureWords) -> list[Figure]:
    """``figures`` with each share said of a market's move measuring the move."""
    table = move_words(words.lang)
    if table is None:
        return figures
    out = []
    for fig in figures:
        if fig.unit == "%" and fig.change is None and fig.kind == "measure":
            measure = _move(text, fig, table) or directed(text, fig, table, words.lang)
            if measure is not None:
                fig = replace(fig, measure=measure)
        elif fig.unit and fig.measure and fig.change is None and (
                fig.measure.split()[0].lower() not in fig.evidence.text.lower()) and (
                level := _level(fig.measure, table)):  # not "$20 billion in oil": an amount
            fig = replace(fig, measure=level)  # "the euro at $1.10": its exchange rate
        out.append(fig)
    return out


def move_family(measure: str, lang: str) -> str | None:
    """The family of a move's measure: the market's name ("S&P 500 gain" and "S&P 500
    fall" are one measure; the S&P 500's gain and the Nikkei's are two), or what grew
    ("revenue growth": revenue's), else None."""
    table = move_words(lang)
    said = measure.rsplit(" ", 1)
    if table is None or len(said) < 2 or said[1] not in (
            table.up_word, table.down_word, table.growth_word, table.decline_word):
        return None
    return said[0].lower()


def _move(text: str, fig: Figure, table: MoveWords) -> str | None:
    start = fig.evidence.start
    before = text[max(0, start - 240):start]
    last = fig.evidence.text.split()[-1].lower()
    if last in table.up_nouns or last in table.down_nouns:
        m = table.possessive_before.search(before)  # "the S&P 500's 21% gain"
        up = last in table.up_nouns
    elif m := table.verb_before.search(before):
        up = m.group("verb").lower() in table.up
    elif (m := table.after.search(before)) and (
            after := re.match(r"\s+(\w+)", text[fig.evidence.end:fig.evidence.end + 20])) and (
            after.group(1).lower() in table.after_words):  # "closed 0.68% higher"
        up = table.after_words[after.group(1).lower()] == "up"
    else:
        return None
    if m is None:
        return None
    if fig.measure and m.re is table.verb_before and _restates(before[:m.start()]) and (
            not table.not_growth_after.match(text, fig.evidence.end)):
        # "Brent was last at $60.10, down 2.1%": the move of the clause's subject, which
        # the measure already names; "sales reached $4 billion, up 3%": their growth
        if market := _market(fig.measure, table):
            return f"{market} {table.up_word if up else table.down_word}"
        return f"{fig.measure} {table.growth_word if up else table.decline_word}"
    name = _market(before[:m.start()], table) or _conjoined(before[:m.start()], table)
    head = before[:m.start()]
    if m.re is table.verb_before and m.group("verb").lower().endswith("ing") and (
            fig.measure and not fig.measure.lower().endswith("ing")):
        # "a gain for shares, climbing 80%" (not "revenue kept growing, rising 4%")
        head = head.rstrip().removesuffix(",")
    if name is None and fig.measure and m.re is table.verb_before and _subject_of(
            head, fig.measure) and m.group("verb").lower() not in (
            table.not_growth) and not table.not_growth_after.match(text, fig.evidence.end) and (
            fig.evidence.text.split()[0].lower() not in table.level_openers):
        # not "lost 35 percent of their men" (a share) or "rose from 23% to 35%" (levels)
        if table.markets.intersection(fig.measure.lower().split()):
            # "zinc on the metals exchange lost 1.2%": the market's move
            return f"{fig.measure} {table.up_word if up else table.down_word}"
        # "revenue rose 3.5%", "exports to Chile jumped 12%": the growth of what rose
        return f"{fig.measure} {table.growth_word if up else table.decline_word}"
    if name is None:
        return None
    return f"{name} {table.up_word if up else table.down_word}"


def _level(measure: str, table: MoveWords) -> str | None:
    """"euro" -> "euro exchange rate", "Gold per ounce" -> "Gold price per ounce": a sum
    whose measure names only a market is the market's level: a currency's rate, else its
    price."""
    head, per, tail = measure.partition(f" {table.per_word} ")
    last = head.split()[-1].lower() if head.split() else ""
    if last not in table.goods or last in table.not_levels:
        return None
    level = table.rate_word if last in table.currencies else table.price_word
    return f"{head} {level}{per}{tail}"


def _subject_of(head: str, measure: str) -> bool:
    """Whether ``measure`` is the subject that ends ``head`` (the words before the verb),
    with at most a short phrase after it ("exports to Chile", "sales at the grocer in
    Leeds") and no mark between."""
    at = head.lower().rfind(measure.lower())
    rest = head[at + len(measure):] if at >= 0 else ""
    return at >= 0 and len(rest.split()) <= 6 and not re.search(r"[^\w\s’'-]", rest)


def _restates(head: str) -> bool:
    """"Kestrel shares closed at $85.25, up 0.35%": after the level its clause gave, a
    comma and a move restate that level's change (the level's digits stand between)."""
    opening = _SENTENCE_START.search(head)
    return opening is not None and head.rstrip().endswith(",") and any(
        c.isdigit() for c in head[opening.end():])


def _conjoined(head: str, table: MoveWords) -> str | None:
    """"Ankara's BIST 100 (XU100) opened lower, but was last seen up 0.7%": a
    move in a clause joined to the first, without a subject of its own, is the move of the
    market that opens the sentence."""
    tokens = head.split()
    while tokens and tokens[-1].lower() in table.auxiliaries:
        tokens.pop()
    if not tokens or tokens[-1].lower() not in ("but", "and"):
        return None
    opening = _SENTENCE_START.search(head)
    if opening is None:
        return None
    kept = []
    for tok in head[opening.end():].split():
        bare = _POSSESSIVE.sub("", tok.lower())
        if not (_NAME_WORD.match(tok) or _CODE.match(tok) or bare in table.markets
                or bare in table.modifiers):
            break
        kept.append(tok)
    return _market(" ".join(kept), table)


def _market(head: str, table: MoveWords) -> str | None:
    """The market named at the end of ``head`` (the words before the move), past
    auxiliaries and market codes: capitalised words, numbers and the lower-case words of a
    market; None when they name no market."""
    tokens = head.split()
    kept: list[str] = []
    while tokens:
        tok = tokens[-1]
        low = tok.lower()
        if not kept and (low in table.auxiliaries or _CODE.match(tok)):
            tokens.pop()
            continue  # "S&P 500 .SPX was last": the code and the auxiliaries
        bare = _POSSESSIVE.sub("", low)
        if not (_NAME_WORD.match(tok) or _ABBREVIATION.match(tok) or bare in table.markets
                or (kept and low in table.modifiers)):
            break
        kept.insert(0, tokens.pop())
    while kept and kept[0].lower() in ("the", "a", "an"):
        kept.pop(0)
    if kept and len(tokens) >= 2 and tokens[-1] == "of" and tokens[-2].lower() in table.markets:
        kept.append(tokens[-2].lower())  # "shares of Pellworth Tools": Pellworth Tools shares
    if not any(_POSSESSIVE.sub("", w.lower()) in table.markets for w in kept):
        return None
    return " ".join(kept)
