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
    #: the names as written in a text, any case ("Cyber Monday", "cyber monday")
    name_pattern: re.Pattern[str]
    heads: re.Pattern[str]
    deal_after: re.Pattern[str]
    about_event: re.Pattern[str]
    last_year_before: re.Pattern[str]
    last_year_after: re.Pattern[str]

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

    def may_name(self, folded: str) -> bool:
        """Whether the lower-cased text names a sales day at all (one test per text)."""
        return any(n in folded for n in self.names)

    def named_in(self, text: str, start: int, end: int, year: int | None
                 ) -> tuple[tuple[int, str], ...]:
        """The sales days a sentence names without a year ("spent $7 billion on Cyber
        Monday"), as instances of ``year`` (the article's; none: the bare name)."""
        out = []
        for m in self.name_pattern.finditer(text, start, end):
            name = " ".join(m.group(0).split())
            name = name.title() if name.islower() else name
            when = year
            if when and (self.last_year_after.match(text, m.end())
                         or self.last_year_before.search(text, max(0, m.start() - 15),
                                                         m.start())):
                when -= 1
            out.append((m.start(), f"{name}-{when}" if when else name))
        return tuple(out)


@cache
def sales_events(lang: str) -> SalesEvents:
    """The sales events of ``lang``, built once per process."""
    table = language_data(lang).table("sales_events")
    spaced = (r"\s+".join(re.escape(w) for w in n.split()) for n in table["names"])
    return SalesEvents(
        names=frozenset(" ".join(_WORD.findall(n.lower())) for n in table["names"]),
        name_pattern=re.compile(rf"\b(?:{'|'.join(sorted(spaced, key=len, reverse=True))})\b",
                                re.I),
        heads=re.compile(rf"(?:^|\s)(?:{longest_first(table['heads'])})$"),
        deal_after=re.compile(table["deal_after"], re.I),
        about_event=re.compile(table["about_event"], re.I),
        last_year_before=re.compile(table["last_year_before"], re.I),
        last_year_after=re.compile(table["last_year_after"], re.I))
