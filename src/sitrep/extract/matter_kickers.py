"""A word in capitals that opens a sentence before a name is a kicker, not the name's.

Why: listings and newsletters open their items with a word in capitals ("VISIT the Carrow
Valley Horse Show, Nov. 3-9"). A sentence's first word may start a name when it is in
capitals (an acronym: "NATO summit"), and "the" may join the words of a name ("Festival of
the Sea"), so the item's matter came out as "VISIT the Carrow Valley Horse Show": a scrap
of the page's layout, not a matter.

The rule: a run of capitalised words whose first word is all capitals and is followed by
a lower-case joining word ("the", "of") starts at the first capitalised word after them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol


class _Word(Protocol):
    word: str
    capitalised: bool


def without_kickers(tokens: Sequence[_Word], runs: Iterable[tuple[int, int]]
                    ) -> list[tuple[int, int]]:
    """``runs`` ((first, last) token indexes of runs of capitalised words), each started
    past a kicker in capitals (see the module docstring)."""
    out = []
    for first, last in runs:
        head = tokens[first].word
        if (len(head) > 1 and head.isalpha() and head.isupper() and first < last
                and not tokens[first + 1].capitalised):
            first = next((i for i in range(first + 1, last + 1) if tokens[i].capitalised), first)
        out.append((first, last))
    return out
