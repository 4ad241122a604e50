"""Two contexts that make a number no figure of the news, whatever it counts: a product's
acceleration run ("0-100 km/h in 5.2 seconds") and copy that speaks to the reader ("you
could save 30%").

Why apart from :mod:`.figure_filters`: both read the number's whole sentence (the run may
stand before the time it takes, the reader be addressed before the number), not the words
next to it. A car's acceleration is a specification like its horsepower (which the spec
units already keep out); a hypothetical put to the reader is promotion, nobody's claim.
The patterns are ``acceleration`` and ``addressed`` of ``figure_context``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lang import language_data, longest_first
from .counted import DURATIONS
from .figure_index import TextIndex
from .literals import caseless_pieces
from .opening import fast_pattern

#: An opening quotation mark with no closing one after it: the number stands in a quote.
_OPEN_QUOTE = fast_pattern(r"[“\"][^”\"]*$")
#: Where a clause ends: a comma or a colon before a space ("1,000" is one number), a
#: dash, or a conjunction.
_CLAUSE_BREAK = fast_pattern(r"[,;:](?=\s)|\s[–—]|\s(?:and|but|while)\s")


@dataclass(frozen=True)
class SpecPatterns:
    """The patterns of ``figure_context`` this module reads."""

    acceleration: re.Pattern[str]
    #: strings one of which each acceleration run holds (:func:`.literals.caseless_pieces`)
    acceleration_pieces: tuple[str, ...] | None
    addressed: re.Pattern[str]
    personal: re.Pattern[str] | None
    #: "ATTEND a two-day clinic", "Opt for salsa": a verb that opens a sentence of advice
    #: or a listing, said to the reader
    imperative: re.Pattern[str] | None


@cache
def spec_patterns(lang: str) -> SpecPatterns | None:
    table = language_data(lang).table("figure_context")
    if "acceleration" not in table:
        return None
    return SpecPatterns(acceleration=fast_pattern(table["acceleration"], re.I),
                        acceleration_pieces=caseless_pieces(
                            re.compile(table["acceleration"], re.I)),
                        addressed=fast_pattern(table["addressed"]),
                        personal=fast_pattern(table["personal"]) if "personal" in table else None,
                        imperative=fast_pattern(
                            rf"[\s“\"‘'(]*(?:{longest_first(table['imperatives'])})\s+"
                            rf"(?:{longest_first(table['imperative_objects'])})\b", re.I)
                        if "imperatives" in table else None)


def is_spec(index: TextIndex, lang: str, start: int, end: int, unit: str | None) -> bool:
    """The figure at ``start:end`` is a product's acceleration run or the time it takes."""
    patterns = spec_patterns(lang)
    if patterns is None or not index.may_match(patterns.acceleration_pieces):
        return False  # no speed unit written anywhere: no run to read
    text = index.text
    for run in patterns.acceleration.finditer(text, index.sentence_start(start),
                                              min(len(text), end + 20)):
        if run.start() < end and run.end() > start:
            return True  # "from zero to 60 mph": the run itself
        if unit in DURATIONS and run.end() <= start:
            return True  # "0-100 km/h in 5.2 seconds", "cuts the run to 4.8 seconds"
    return False


def is_promotion(index: TextIndex, lang: str, start: int) -> bool:
    """The number's sentence addresses the reader with a hypothetical or a wish before it
    ("you could save 30%"), opens with a verb that tells the reader what to do ("ATTEND a
    two-day clinic", "Opt for salsa"), or speaks in the first or second person anywhere
    outside quotes ("if you live above 1,000 feet", "my husband of 20 years"): advice, a
    listing or a writer's own story, no figure of the news (the caller keeps a reported
    one)."""
    patterns = spec_patterns(lang)
    if patterns is None:
        return False
    text, opening = index.text, index.sentence_start(start)
    said = patterns.addressed.search(text, opening, start) or (
        patterns.imperative is not None and patterns.imperative.match(text, opening))
    if said and not _OPEN_QUOTE.search(text, index.paragraph_start(start), start):
        return True
    return patterns.personal is not None and _personal(index, patterns.personal, opening, start)


def _personal(index: TextIndex, personal: re.Pattern[str], opening: int, pos: int) -> bool:
    """A word of the first or second person in the number's clause, outside any quote: the
    clause, not the sentence ("the unit lost 40 tanks, and your guess is as good as mine"
    still counts them); "I" after a capitalised word is a numeral ("World War I")."""
    text = index.text
    ends = [e for e in (index.next_at(". ", pos), index.next_at("? ", pos),
                        index.next_at("! ", pos), index.next_at("\n", pos)) if e >= 0]
    end = min(ends, default=len(text))
    breaks = list(_CLAUSE_BREAK.finditer(text, opening, pos))
    start = breaks[-1].end() if breaks else opening
    after = _CLAUSE_BREAK.search(text, pos, end)
    paragraph = index.paragraph_start(pos)
    for m in personal.finditer(text, start, after.start() if after else end):
        if m.group(0) == "I":
            before = text[max(opening, m.start() - 30):m.start()].split()
            if before and before[-1][:1].isupper():
                continue
        if not _OPEN_QUOTE.search(text, paragraph, m.start()):
            return True
    return False
