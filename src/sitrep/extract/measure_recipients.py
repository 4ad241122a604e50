"""The recipient of a sum given: "paid the agency $449,000" and "gave $5,000 to a local
charity" measure a payment to the agency or the charity, not a bare payment (a
determiner opens the recipient: "gave $500 to help" names none).

Why: the rules of :mod:`.counted_left` name a sum that a verb of giving takes as its
object by the verb ("payment") and read no noun after "to" (after most sums "to" opens a
new value, "rose to $5 billion"); the recipient is what tells two payments on one page
apart (``figure_measure_context`` recipients).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..lang import language_data, longest_first
from .figure_words import FigureWords, figure_words
from .opening import fast_pattern
from .records import Figure

#: A word of a recipient's noun phrase.
_WORD = r"[A-Za-z][\w’'-]*"


@dataclass(frozen=True)
class _Recipients:
    """The measures that take a recipient, the link before it, and the patterns of an
    indirect object before the sum and of the link and a noun phrase after it."""

    nouns: frozenset[str]
    link: str
    before: re.Pattern[str]
    after: re.Pattern[str]


@cache
def _recipients(lang: str) -> _Recipients | None:
    table = language_data(lang).table_part("figure_measure_context", "recipients")
    if table is None:
        return None
    nouns = frozenset(table["nouns"])
    objects = figure_words(lang).rules["left_measure"]["sum_objects"]
    verbs = [verb for verb, noun in objects.items() if noun in nouns]
    det = "|".join(table["determiners"])
    more = int(table["words"]) - 1
    phrase = rf"(?P<who>(?:{_WORD}\s+){{0,{more}}}[a-z][\w’'-]*)"
    return _Recipients(nouns, table["link"], fast_pattern(
        rf"\b(?:{longest_first(verbs)})\s+(?:{det})\s+{phrase}\s+$", re.I),
        fast_pattern(rf"\s+{table['link']}\s+(?:{det})\s+{phrase}(?=[\s.,;:!?)]|$)"))


def recipient_measures(text: str, figures: list[Figure], words: FigureWords) -> list[Figure]:
    """``figures`` with each sum given named with whom it went to ("payment to agency")."""
    found = _recipients(words.lang)
    if found is None:
        return figures
    out = []
    for fig in figures:
        if fig.measure in found.nouns and (who := _recipient(text, fig, found, words)):
            fig = replace(fig, measure=f"{fig.measure} {found.link} {who}")
        out.append(fig)
    return out


def _recipient(text: str, fig: Figure, found: _Recipients, words: FigureWords) -> str | None:
    """The recipient's noun phrase before the sum or after it, its last word a noun (no
    small word, no verb or adverb by its ending), else None."""
    start, end = fig.evidence.start, fig.evidence.end
    m = found.before.search(text, max(0, start - 80), start) or found.after.match(text, end)
    if m is None:
        return None
    small = words.stop_words | set(words.rules["phrase_ends"]) | {words.rules["joiner"]}
    who = m.group("who").split()
    cut = next((i for i, w in enumerate(who) if w.lower() in small), len(who))
    who = who[:cut]  # "to an agent in Delhi": the agent
    if not who or not who[-1][:1].islower() or who[-1].endswith(("ing", "ly")):
        return None
    return " ".join(who)
