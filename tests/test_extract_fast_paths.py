"""Shortcuts on the extraction's hot paths give what the plain computation gives.

Why: each shortcut (a pattern searched from a later position, a loop that stops early)
is only worth having if no output changes; these compare both on many generated inputs."""

from __future__ import annotations

import random
from itertools import pairwise

from sitrep.extract.counted_left import _LAST_OBJECT, _last_object
from sitrep.extract.words import Sentence, by_sentence

WORDS = ["paid", "raised", "for", "the", "an", "a", "its", "agency", "Ohio", "$5", "it's",
         "loss", "x-ray", "of", "", "ad"]


def test_last_object_from_the_fourth_last_word_is_the_whole_search() -> None:
    rng = random.Random(7)
    found = 0
    for _ in range(5000):
        words = [rng.choice(WORDS) for _ in range(rng.randint(0, 12))]
        window = "".join(w + rng.choice([" ", " ", "  ", "\n", "\t", ""]) for w in words)
        whole = _LAST_OBJECT.search(window)
        fast = _last_object(window)
        assert (whole and (whole.span(), whole.groups())) == (
            fast and (fast.span(), fast.groups())), repr(window)
        found += whole is not None
    assert found > 1000


def test_by_sentence_is_the_scan_of_every_item_for_every_sentence() -> None:
    rng = random.Random(5)
    for _ in range(500):
        cuts = sorted(rng.sample(range(1, 200), rng.randint(0, 12)))
        bounds = [0, *cuts, 200]
        # sentences with gaps between them, as a text's spaces leave
        sents = [Sentence(0, 0, a + rng.randint(0, 2), b) for a, b in pairwise(bounds)
                 if b > a + 2]
        items = [rng.randint(-5, 210) for _ in range(rng.randint(0, 40))]
        scan = [[x for x in sorted(items) if s.start_char <= x < s.end_char] for s in sents]
        assert by_sentence(sents, items, lambda x: x) == scan


def test_a_window_whose_last_word_ends_no_match_is_not_searched():
    """The left-measure patterns end their window: skipping a window by its last word finds
    what searching every window finds, glued percentages and line breaks included."""
    from sitrep.extract.counted_left import _left_patterns, _search_left
    of, verb, _, by, _ = _left_patterns("en")
    words = ("the", "loss", "of", "exports", "rose", "sales", "edged", "up", "4.1%", "percent",
             "per", "cent", "by", "from", "to", "at", "valued", "(", "will", "rise", "fell",
             "Kestrel", "revenue", "climbing", ",", "now", "reduce", "its", "rate", "\n",
             "4", "%", "2024", "and")
    rng = random.Random(13)
    found = 0
    for _ in range(3000):
        window = " ".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
        window += rng.choice(("", " ", "  ", "\n", " \n"))
        for pattern in (of, verb, by):
            expected = pattern.search(window)
            got = _search_left(pattern, window, "en")
            assert (got and got.span()) == (expected and expected.span()), (window, pattern)
            found += expected is not None
    assert found > 300
