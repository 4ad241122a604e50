"""The measure a label names: "Average claim: $3,200", "Vacancy rate: 4.2%", "Homes
damaged: 12,000" at the start of a line or a sentence.

Why: a value set after a label and a colon has no noun of its own, and the clause rules of
:mod:`.counted_left` read no subject or verb before it; left unnamed, a small sum reads
as a shop's price and is dropped, and a share or a count measures nothing. The label is
the noun phrase the writer gave it (``figure_measure_context`` labels).
"""

from __future__ import annotations

import re
from functools import cache

from ..lang import language_data
from .counted import is_plural
from .figure_words import FigureWords
from .opening import fast_pattern


@cache
def _labels(lang: str) -> tuple[re.Pattern[str], frozenset[str]] | None:
    """The pattern of a label right before a value, and the labels that name no measure."""
    table = language_data(lang).table_part("figure_measure_context", "labels")
    if table is None:
        return None
    more = int(table["words"]) - 1
    return fast_pattern(rf"(?:^|(?<=\n)|(?<=[.!?] ))(?P<label>[A-Z][a-z][\w’'-]*"
                        rf"(?: [a-z][\w’'-]*){{0,{more}}}):[ \t]*$"), frozenset(table["not"])


def label_before(text: str, start: int, words: FigureWords) -> str | None:
    """The label that ends with a colon right before the value at ``start``, lower case as
    a measure is written ("Median rent: $1,450" -> "median rent"), or None."""
    found = _labels(words.lang)
    if found is None or text[max(0, start - 2):start].strip() != ":":
        return None
    pattern, not_labels = found
    m = pattern.search(text, max(0, start - 80), start)
    if m is None:
        return None
    label = m.group("label")
    label = label[0].lower() + label[1:]
    said = label.split()
    if label in not_labels or said[0] in not_labels or (len(said) == 1 and not (
            is_plural(label, words.rules["plural"]) or label in words.count_nouns)):
        return None  # "Note: $5", "Vold: $40 is too much": no measure named
    return label
