"""Searches skipped where a short string writes none of a pattern's words find what the
plain search finds (issue 9, extraction speed).

Why: :func:`sitrep.extract.literals.may_hold` rests on the premise that every match of a
pattern holds one of the strings read off it, in some case; these tests run each gated
rule's pattern both ways on texts written here and on texts put together at random from
its own words, other words, capitals and the characters whose case-blind matches
``str.lower`` does not show.
"""

from __future__ import annotations

import random
import re

from sitrep.extract.counted_context import _words as idiom_words
from sitrep.extract.figure_matters import matter_words
from sitrep.extract.literals import may_hold, pattern_pieces


def _gated() -> list[re.Pattern[str]]:
    """The patterns the figure rules search only where the string writes their words."""
    return [matter_words("en").case_verbs, idiom_words("en").idiom]


def _texts(pattern: re.Pattern[str], rnd: random.Random, count: int) -> list[str]:
    pieces = list(pattern_pieces(pattern) or ())
    assert pieces, pattern.pattern[:60]
    other = ["the", "of", " ", "  ", ",", ".", "\n", "12", "4.5", "Had", "LIKE", "İ", "ı",
             "ſ", "\u212a", "ß", "in", "to", "was", "were", "people", "tune", "excess"]
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rnd.randint(0, 14)):
            word = rnd.choice(pieces) if rnd.random() < 0.3 else rnd.choice(other)
            word = word.upper() if rnd.random() < 0.15 else (
                word.title() if rnd.random() < 0.15 else word)
            if word and rnd.random() < 0.1:  # a word cut: its piece no longer written
                word = word[:rnd.randint(0, len(word) - 1)]
            parts.append(word + rnd.choice(["", " ", " ", ", "]))
        texts.append("".join(parts))
    return texts


def test_gated_searches_find_what_the_plain_ones_find() -> None:
    rnd = random.Random(930)
    for pattern in _gated():
        skipped = matched = 0
        for text in _texts(pattern, rnd, 3000):
            plain = pattern.search(text)
            assert may_hold(pattern, text) or plain is None, (pattern.pattern[:40], text)
            skipped += not may_hold(pattern, text)
            matched += plain is not None
        assert skipped and matched, pattern.pattern[:40]  # both ways are tried


def test_written_texts() -> None:
    case_verbs = matter_words("en").case_verbs
    title = "Harbourside baker Tomas Elver PLEADED NOT GUILTY in Leeds"
    assert may_hold(case_verbs, title) and case_verbs.search(title)
    plain = "A new bakery opened in Leeds on Tuesday with 40 staff"
    assert not may_hold(case_verbs, plain) and case_verbs.search(plain) is None
    idiom = idiom_words("en").idiom
    window = "the bakery spent to the tune of "
    assert may_hold(idiom, window) and idiom.search(window)
    odd = "the bakery spent to the tune oſ "  # a long s: its lower case may hide a match
    assert may_hold(idiom, odd)
