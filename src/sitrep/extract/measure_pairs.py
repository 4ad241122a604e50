"""A sum's noun after its link, joined by "and" to a second noun of the same sum: "$4.2
billion in loans and shares", "$2 million in grants and bonds".

Why: the phrase reader stops at "and", since after a count it joins two counts ("12 nurses
and porters" are twelve nurses, and porters besides). A sum is one amount of money: "in
loans and shares" says what all of it is, and naming one of the two names half of it. The
second noun joins only when it closes the phrase by itself: one lower-case word after
"and" that no further noun follows, with the end of the clause or a small word of
``left_measure.sum_pairs.after`` ("into", "to") after it, and that is no word of
``sum_pairs.not`` (a determiner, a pronoun, a verb: "$3 million in fines and the city
paid more", "in fines and was jailed").
"""

from __future__ import annotations

import re

from .figure_words import FigureWords

_PAIR = re.compile(r" and ([a-z][a-z-]*[a-z])(?=[\s.,;:!?)]|$)")
_NEXT = re.compile(r"\s*([a-z]+|[.,;:!?)]|$)")


def paired_end(text: str, end: int, words: FigureWords) -> int | None:
    """The end of the second noun joined to a sum's noun that ends at ``end``, or None."""
    pair = words.rules["left_measure"].get("sum_pairs", {})
    m = _PAIR.match(text, end)
    if m is None or m.group(1) in pair.get("not", ()):
        return None
    after = _NEXT.match(text, m.end())
    if after is None or (after.group(1).isalpha() and after.group(1) not in pair.get("after", ())):
        return None
    return m.end()
