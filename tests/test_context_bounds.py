"""The context filters' shortcuts give the answers of the scans they replace: sentence
bounds kept per position, the kitchen-unit pattern with its look-ahead, and the "Buy ..."
opening tried at one position with no test of the whole text first."""

from __future__ import annotations

import random
import re

from sitrep.extract.figure_context_words import context_words
from sitrep.extract.figure_index import TextIndex
from sitrep.extract.figure_shopping import shopping_words
from sitrep.lang import language_data, longest_first

_TEXT = ("Marlow Ferries said on Tuesday it carried 4,200 people. Was that a record? Yes! "
         "The firm's chief, Odile Brand, said 12 boats ran.\nA second line\n\nBuy two "
         "tickets, get one free. Add 2 cups flour and 1 tsp salt\nno end here 15")


def _start(index: TextIndex, pos: int, needles: tuple[str, ...]) -> int:
    stop = max(index.text.rfind(n, 0, pos) for n in needles)  # ending by pos
    return max(stop + 2 if stop >= 0 else 0, index.text.rfind("\n", 0, pos) + 1)


def test_sentence_bounds_are_those_of_a_scan_at_every_position() -> None:
    index = TextIndex(_TEXT, re.compile(r"number of"))
    for pos in range(len(_TEXT) + 1):
        for _ in range(2):  # asked again: the kept answer
            assert index.period_start(pos) == _start(index, pos, (". ",))
            assert index.sentence_start(pos) == _start(index, pos, (". ", "? ", "! "))
            ends = [e for e in (_TEXT.find(". ", pos), _TEXT.find("\n", pos)) if e >= 0]
            assert index.sentence_end(pos) == min(ends, default=len(_TEXT))


def test_the_kitchen_pattern_finds_what_it_found_without_its_look_ahead() -> None:
    table = language_data("en").table("figure_context")
    plain = re.compile(rf"(?:\d|[½¼¾⅓⅔])\s*(?:{longest_first(table['kitchen_units'])})"
                       r"(?![\w])", re.I)
    kitchen = context_words("en").kitchen
    rng = random.Random(11)
    pieces = ["1", "2", "½", " ", "\n", "-", "cup", "Cups", "TSP", "ſcoop", "g", "Grams",
              "ml", "İ", "k", "oz.", "x", "serving", "a"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for lo in range(len(text) + 1):
            for hi in (lo, lo + 4, len(text)):
                a, b = plain.search(text, lo, hi), kitchen.search(text, lo, hi)
                assert (a and a.span()) == (b and b.span()), (text, lo, hi)


def test_a_buy_opening_matched_in_place_is_one_the_whole_text_holds() -> None:
    imperative = shopping_words("en").imperative
    index = TextIndex(_TEXT, re.compile(r"number of"))
    opened = [pos for pos in range(len(_TEXT))
              if imperative.match(_TEXT, index.sentence_start(pos))]
    assert opened and imperative.search(_TEXT) is not None
    assert not imperative.match("Buy-to-let rules changed. Buyers paid 3% more.", 0)
