"""Sales events ("Prime Day 2019", "Black Friday 2019"): days of shopping, which deals posts
name without being about them.

Why: an event series named with a year becomes the article's event, and the article's
event becomes the subject of every figure in it. A deals post that mentions "back on Prime
Day 2019" once would make a laptop's warranty and an earbud's charge time figures of
"Prime Day-2019". A sales event is no news event of that kind: it is the subject of a figure
only in a sentence that tells how shopping went on it ("shoppers spent $7 billion on Cyber
Monday 2019"). The names and words are ``sales_events`` of the language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ..lang import language_data, longest_first
from .records import Mention

_WORD = re.compile(r"[\w’']+")


@dataclass(frozen=True)
class SalesEvents:
    """One language's sales events: the names, the heads that make a series name one, the
    deal words after a mention and the words of a sentence about the event itself."""

    names: frozenset[str]
    heads: re.Pattern[str]
    deal_after: re.Pattern[str]
    about_event: re.Pattern[str]

    def series(self, text: str, events: Iterable[Mention]) -> frozenset[str]:
        """The names (``Prime Day-2019``) of the event mentions that are sales events."""
        out = set()
        for m in events:
            series = m.name.rpartition("-")[0]
            folded = " ".join(_WORD.findall(series.lower()))
            if folded in self.names or self.heads.search(folded) or self.deal_after.match(
                    text, m.span.end):
                out.add(m.name)
        return frozenset(out)

    def about(self, sentence: str) -> bool:
        """``sentence`` tells how shopping went ("shoppers spent", "orders rose")."""
        return self.about_event.search(sentence) is not None


@cache
def sales_events(lang: str) -> SalesEvents:
    """The sales events of ``lang``, built once per process."""
    table = language_data(lang).table("sales_events")
    return SalesEvents(
        names=frozenset(" ".join(_WORD.findall(n.lower())) for n in table["names"]),
        heads=re.compile(rf"(?:^|\s)(?:{longest_first(table['heads'])})$"),
        deal_after=re.compile(table["deal_after"], re.I),
        about_event=re.compile(table["about_event"], re.I))
