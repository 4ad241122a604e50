"""The literal gates before the figure context searches give the searches' answers.

Why: a gate skips a regex search when a cheap test shows it cannot match; it must never
change an answer, on any input, not only on the benchmark texts.
"""

from __future__ import annotations

import itertools

from sitrep.extract.figure_context_words import context_words
from sitrep.extract.figure_labels import _before, labelled_before
from sitrep.extract.literals import holds_pieces, pattern_pieces


def _plain(window: str, lang: str) -> bool:
    """labelled_before without its gate: the two searches alone."""
    if not window[-1:].isspace():
        return False
    label, number, reach, _ = _before(lang)
    start = max(0, len(window.rstrip()) - reach)
    return bool(label.search(window, start) or number.search(window, start))


def test_labelled_before_gate_matches_the_searches() -> None:
    lasts = ["Phase", "phase", "TYPE", "types", "killed", "Twenty", "twenty-", "seven",
             "sevens", "x7", "7", "٣", "Étape", "aged", "rooms", "", "le-vel", "K", "ſeven"]
    leads = ["", " ", "in ", "the\n", "Room-", "x", "’"]
    tails = [" ", "  ", "\n", " \n", "\u00a0", "\t "]
    for lead, last, tail in itertools.product(leads, lasts, tails):
        window = f"Harlow Foods said {lead}{last}{tail}"[-20:]
        for lang in ("en",):
            assert labelled_before(window, lang) == _plain(window, lang), (window, lang)


def test_pattern_pieces_are_necessary() -> None:
    words = context_words("en")
    for pattern in (words.pool_before, words.supposed_after, words.talk_span_before):
        pieces = pattern_pieces(pattern)
        for text in ("ranked 4th among ", "He is 3rd AMONG the ", "40 homes would have "
                     "flooded", "been saying for ", "She was 9th in Leeds"):
            if pattern.search(text):
                assert holds_pieces(text, text.lower(), pieces)
