"""The direction of a move whose subject the market rules could not read back: "orders at
the plant ... were still down 8 percent", "Pellow's (PLW) stock is off too, down 2%",
"the firm's gauge of small caps .SMX gained 0.3%".

Why: a share's value is written without a sign, so a measure that names only what moved
("orders", "Pellow's stock") reads the same for a fall as for a rise, and a reader comparing
two figures cannot tell them apart. :mod:`.measure_moves` names the move when it can read
the market's name or the subject right before the verb; when a long phrase, a market code
or an aside stands between the subject and the verb, it names nothing. This rule then takes
the measure already read from the left (its head noun stands in the same sentence before
the verb of change) and adds the direction the verb or the adverb says: "gain" or "fall"
for a market, "growth" or "decline" for anything else. A comparative after the value
("30% lower") is read only after a verb of trading ("closed", "ended"), not after a bare
copula, where it compares two things ("fares are 20% lower on weekdays") rather than
saying a move.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..lang import language_data
from .figure_words import figure_words
from .opening import fast_pattern
from .records import Figure

if TYPE_CHECKING:
    from .measure_moves import MoveWords

#: The end of a sentence before a position: the subject is looked for after it.
_SENTENCE_END = fast_pattern(r"[.!?](?:\s|$)|\n")
_POSSESSIVE = fast_pattern(r"[’']s$")
_WORD_AFTER = fast_pattern(r"\s+(\w+)")


def directed(text: str, fig: Figure, table: MoveWords, lang: str) -> str | None:
    """``fig``'s measure with the direction of its move, when a verb or an adverb of change
    stands right before the value (or a comparative after it, past a verb of trading) and
    the measure's head noun stands before that word in the same sentence; else None."""
    measure = fig.measure
    if not measure or _directional(measure, table) or measure.split()[-1].lower().endswith(
            figure_words(lang).rules["gerund"]):
        return None  # "kept growing, rising 4%": a verb read as the measure, nothing moved
    start = fig.evidence.start
    before = text[max(0, start - 240):start]
    up = _direction(text, fig, before, table, lang)
    if up is None or fig.evidence.text.split()[0].lower() in table.level_openers or (
            table.not_growth_after.match(text, fig.evidence.end)):
        return None  # "rose from 3% to 5%": two levels; "lost 30% of its men": a share
    if not _named_before(before, measure):
        return None
    said = {_POSSESSIVE.sub("", w.lower()) for w in measure.split()}
    if said & table.markets:
        return f"{measure} {table.up_word if up else table.down_word}"
    return f"{measure} {table.growth_word if up else table.decline_word}"


def _directional(measure: str, table: MoveWords) -> bool:
    """A measure that already says a move: its last word is a noun of change."""
    last = measure.rsplit(" ", 1)[-1].lower()
    return last in table.up_nouns or last in table.down_nouns or last in (
        table.up_word, table.down_word, table.growth_word, table.decline_word)


def _direction(text: str, fig: Figure, before: str, table: MoveWords, lang: str
               ) -> bool | None:
    """True for a rise, False for a fall, None when no word of change is next to the value:
    a verb or an adverb right before it ("down 8 percent", "gained 0.3%"; not one of the
    verbs whose subject is not what grew), or a comparative right after it past a verb of
    trading ("closed 0.4% higher")."""
    if m := table.verb_before.search(before):
        verb = m.group("verb").lower()
        return None if verb in table.not_growth else verb in table.up
    after = _WORD_AFTER.match(text, fig.evidence.end)
    aux = table.after.search(before)
    if after is None or aux is None or after.group(1).lower() not in table.after_words:
        return None
    if aux.group(0).split()[-1].lower() in _copulas(lang):
        return None  # "fares are 20% lower on weekdays": a comparison
    return table.after_words[after.group(1).lower()] == "up"


@cache
def _copulas(lang: str) -> frozenset[str]:
    """The copulas after which a comparative compares, not moves (``moves``: copulas)."""
    moves = language_data(lang).table_part("figure_measure_bases", "moves") or {}
    return frozenset(moves.get("copulas", ()))


def _named_before(before: str, measure: str) -> bool:
    """The head noun of ``measure`` stands in the sentence that ends ``before``: the
    measure was read from the subject of the verb of change, not from elsewhere."""
    opening = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
    head = _POSSESSIVE.sub("", measure.split()[-1]).lower()
    words = {_POSSESSIVE.sub("", w).lower() for w in re.findall(r"[\w’'&-]+", before[opening:])}
    return head in words
