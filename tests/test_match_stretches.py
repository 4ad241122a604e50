"""Searching only the stretches of a text that can hold a match finds the same matches as
a search of the whole text (sitrep.extract.match_stretches), and the years a text puts on
what it tells come out the same (sitrep.extract.figure_background.years)."""

from __future__ import annotations

import random
import re

from sitrep.extract.figure_background import _YEAR_HELD, background_words, years
from sitrep.extract.match_stretches import cut_characters, stretches

PIECES = ["in ", "In ", "IN ", "İn ", "during ", "from ", "until the end of ", "of ", "to ",
          "the ", "Early ", "March ", "Sept. ", "4, ", "2019", "1987", "2031", "20241",
          "2022,5", "2018.4", "1850", "–", "-", "'", "’", "\"", "(", ")", ":", ";", ", ",
          ". ", "\n", "\t", " ", "Harlow ", "ſince ", "since ", "by ", "Kestrel's "]

#: (pattern, what every match of it holds)
PATTERNS = [
    (re.compile(r"(?<![\w-])(?i:in|of)\s+(?P<y>(?:19|20)\d\d)(?=\s*[:;])"),
     re.compile(r"(?:19|20)\d\d")),
    (re.compile(r"\b(?i:sale)\s+\d+(?!\.\d)"), re.compile(r"\d")),
    (re.compile(r"(?<=[(])\d+(?=\))"), re.compile(r"\d")),
    (re.compile(r"\d+\s*$"), re.compile(r"\d")),
    (re.compile(r"\d+(?=\s*(?:'|$))"), re.compile(r"\d")),
]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 25)))
            for _ in range(count)]


def _found(pattern: re.Pattern[str], text: str, required: re.Pattern[str] | None = None
           ) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    spans = [(0, len(text))] if required is None else stretches(text, pattern, required)
    return [(m.span(), m.groups()) for start, end in spans
            for m in pattern.finditer(text, start, end)]


def test_the_stretches_hold_every_match() -> None:
    words = background_words("en")
    for pattern, required in [(words.year, _YEAR_HELD), *PATTERNS]:
        assert cut_characters(pattern) is not None, pattern.pattern
        for text in _texts(3, 1500):
            assert _found(pattern, text, required) == _found(pattern, text), (
                pattern.pattern, text)


def test_years_read_as_before() -> None:
    words = background_words("en")
    text = ("Orla Venn, who ran the Harlow mill from 1994 to 2003 (and again in 2011), said: "
            "\"In March 2019 the weir gave way; by 2025 it will be rebuilt\". Since 2016 "
            "the mill has lost 40 jobs; during 2022, 12 more.")
    assert years(text, words) == [int(m.group(1)) for m in words.year.finditer(text)
                                  if not words.not_year.search(
                                      text[max(0, m.start() - 60):m.start(1)][-20:])
                                  and not words.since_clause.search(
                                      text[max(0, m.start() - 60):m.start(1)])]
    assert years(text, words) == [1994, 2003, 2011, 2019, 2022]


def test_a_pattern_that_may_hold_any_character_is_searched_whole() -> None:
    for source in (r"\d+.\d", r"[^a]\d", r"\W\d", r"(\d)\1"):
        pattern = re.compile(source)
        assert cut_characters(pattern) is None
        assert list(stretches("a 1 b 22", pattern, re.compile(r"\d"))) == [(0, 8)]
    # a case-blind letter of other cases than ASCII's may match a mark: searched whole
    assert cut_characters(re.compile(r"(?i:ι)\d")) is None
