"""The cheap end-of-window test gives the answer the patterns it guards would give."""

from __future__ import annotations

import re

import pytest

from sitrep.extract.figure_partitives import partitive_told, whole_of_part
from sitrep.extract.figure_predicates import predicates
from sitrep.extract.window_ends import ends_with


@pytest.mark.parametrize("window", [
    "a crowd of ", "a crowd of\n", "a crowd of \n", "proof ", "of", "", "  ", "x of\u00a0",
    "offer ", "the cost of  ", "killed 12 soldiers and ", "sand ", "and", "\tand\t"])
@pytest.mark.parametrize("word", ["of", "and", ("of", "and")])
def test_ends_with_is_what_a_pattern_ending_so_needs(window: str, word: str | tuple[str, ...]
                                                     ) -> None:
    """Whenever ``word``, spaces and ``$`` match at the window's end, the test passes."""
    options = word if isinstance(word, tuple) else (word,)
    pattern = re.compile(rf"(?:{'|'.join(options)})\s+$")
    if pattern.search(window):
        assert ends_with(window, 0, len(window), word)
    assert ends_with(window, 0, len(window), word) == bool(
        window.rstrip().endswith(options) and window[-1:].isspace())


def test_ends_with_stays_in_its_window() -> None:
    text = "a crowd of 5,000"
    assert ends_with(text, 0, 11, "of")
    assert not ends_with(text, 10, 11, "of")  # "of" starts before the window


@pytest.mark.parametrize(("text", "expected"), [
    ("Raiders killed 12 soldiers and 3", "killed"),
    ("The mill laid off 60", "laid off"),
    ("The mill quietly laid off 60", "laid off"),
    ("Police were arresting 35", "detained"),
    ("They visited Tarnow and 3", None),
    ("Supercalifragilisticexpialidocious 3", None),
    ("The band 3", None),
])
def test_done_before_reads_the_same(text: str, expected: str | None) -> None:
    assert predicates("en").done_before(text.lower(), text.rindex(" ") + 1) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The town has a population of 40,000", "population"),
    ("The town has a population of\n40,000", "population"),
    ("A proof 40,000", None),
    ("Staff of 12 hospitals", None),
])
def test_collective_before_reads_the_same(text: str, expected: str | None) -> None:
    start = re.search(r"\d", text).start()  # type: ignore[union-attr]
    assert predicates("en").collective_before(text.lower(), start) == expected


def test_partitives_read_the_same() -> None:
    text = "of the 40 hostages held in gao, 12 have been freed"
    m = re.compile(r"\d+").search(text, 30)
    assert m is not None and partitive_told("en", text, m) is not None
    without_comma = "of the 40 hostages held in gao 12 have been freed"
    m = re.compile(r"\d+").search(without_comma, 30)
    assert m is not None and partitive_told("en", without_comma, m) is None
    assert whole_of_part("en", "most of the 300 passengers", 12)
    assert not whole_of_part("en", "most of 300 passengers", 8)


@pytest.mark.parametrize(("text", "expected"), [
    ("the navy intercepted 40 drones", "intercepted"),
    ("the navy intercepted a further 40 drones", "intercepted"),
    ("the navy intercepted 12 missiles and 40 drones", "intercepted"),
    ("the navy sighted 40 drones", None),
    ("the navy intercepted\n40 drones", "intercepted"),
])
def test_thing_fate_before_reads_the_same(text: str, expected: str | None) -> None:
    start = text.index("40")
    assert predicates("en").thing_fate(text, start, start + 9) == expected
