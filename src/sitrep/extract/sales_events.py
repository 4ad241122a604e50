"""Sales events ("Prime Day 2024", "Black Friday 2023"): days of shopping, which deals posts
name without being about them.

Why: an event series named with a year becomes the article's event, and the article's
event becomes the subject of every figure in it. A deals post that recalls a lamp's price "during
Prime Day 2024" once would make the lamp's brightness and a kettle's capacity figures of
"Prime Day-2024". A sales event is no news event of that kind: it is never the article's
event, and it is the subject of the figures of a sentence that tells how shopping went on
it ("shoppers spent $7 billion on Cyber Monday 2019", "orders on Singles Day rose 14%"),
with its year written after it or the article's year. The names and words are
``sales_events`` of the language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Protocol

from ..lang import language_data, longest_first
from .opening import fast_pattern
from .records import Mention

_WORD = fast_pattern(r"[\w’']+")


class _Sentence(Protocol):
    start_char: int
    end_char: int


@dataclass(frozen=True)
class SalesEvents:
    """One language's sales events: the names, the heads that make a series name one, the
    deal words after a mention and the words of a sentence about the event itself."""

    names: frozenset[str]
    #: the names as written in a text, any case, with the year after them if written
    name_pattern: re.Pattern[str]
    #: a series name that ends with a listed name or a head ("... sale")
    heads: re.Pattern[str]
    deal_after: re.Pattern[str]
    about_event: re.Pattern[str]
    last_year_before: re.Pattern[str]
    last_year_after: re.Pattern[str]

    def without(self, text: str, events: list[Mention]) -> list[Mention]:
        """``events`` without the mentions of sales days: a name ending in a listed name
        ("Our Black Friday 2024": a capitalised word before it is read into the series) or
        in a head ("Summer Clearance Sale 2024"), a name with a deal word after it."""
        if not events:
            return events
        return [m for m in events if not self._sales_series(text, m)]

    def _sales_series(self, text: str, m: Mention) -> bool:
        folded = " ".join(_WORD.findall(m.name.rpartition("-")[0].lower()))
        return bool(self.heads.search(folded) or self.deal_after.match(text, m.span.end))

    @property
    def name_list(self) -> tuple[str, ...]:
        """The names in a fixed order: the list the phrase index holds (see
        :mod:`.phrase_lists`)."""
        return tuple(sorted(self.names))

    def in_text(self, text: str, folded: str, reference: date | None,
                present: bool | None = None) -> SalesDays:
        """The sales days of one text (``folded``: lower-cased, same offsets; ``present``:
        whether one of the names is written there, when the caller knows)."""
        if present is None:
            present = any(n in folded for n in self.names)
        return SalesDays(self, text, folded, reference.year if reference else None, present)


@dataclass(frozen=True)
class SalesDays:
    """The sales days one text names, read sentence by sentence."""

    events: SalesEvents
    text: str
    folded: str
    year: int | None
    present: bool

    def named(self, sent: _Sentence) -> tuple[tuple[int, str], ...]:
        """The sales days of a sentence that tells how shopping went on them ("spent", "orders
        rose"), as (offset, instance name): "Cyber Monday-2024" from the year written after
        the name, else from the article's year (the year before after "last year's" or before
        "last year"; no year known: the bare name)."""
        start, end = sent.start_char, sent.end_char
        words = self.events
        if not self.present or not words.about_event.search(self.folded, start, end):
            return ()
        out = []
        for m in words.name_pattern.finditer(self.text, start, end):
            name = " ".join(m.group("name").split())
            name = name.title() if name.islower() else name
            when = int(m.group("year")) if m.group("year") else self.year
            if when and not m.group("year") and (
                    words.last_year_after.match(self.text, m.end())
                    or words.last_year_before.search(self.text, max(0, m.start() - 15),
                                                     m.start())):
                when -= 1
            out.append((m.start(), f"{name}-{when}" if when else name))
        return tuple(out)


@cache
def sales_events(lang: str) -> SalesEvents:
    """The sales events of ``lang``, built once per process."""
    table = language_data(lang).table("sales_events")
    spaced = sorted((r"\s+".join(re.escape(w) for w in n.split()) for n in table["names"]),
                    key=len, reverse=True)
    return SalesEvents(
        names=frozenset(" ".join(_WORD.findall(n.lower())) for n in table["names"]),
        name_pattern=fast_pattern(
            rf"\b(?P<name>{'|'.join(spaced)})\b(?:\s+(?P<year>(?:19|20)\d\d)\b)?", re.I),
        heads=fast_pattern(rf"(?:^|\s)(?:{longest_first([*table['names'], *table['heads']])})$"),
        deal_after=fast_pattern(table["deal_after"], re.I),
        about_event=fast_pattern(table["about_event"], re.I),
        last_year_before=fast_pattern(table["last_year_before"], re.I),
        last_year_after=fast_pattern(table["last_year_after"], re.I))
