"""The tests that let a scan be skipped find every match the scan finds: the strings every
match of a pattern holds (sitrep.extract.literals), and a trailing title's last word."""

from __future__ import annotations

import random
import re

import pytest

from sitrep.extract.figure_shopping import shopping_words
from sitrep.extract.literals import required_pieces
from sitrep.lang import language_data


@pytest.mark.parametrize(("source", "pieces"), [
    (r"\bcoupons?\b|\bvouchers?\b", ("coupon", "voucher")),
    (r"\d\s*%\s*off\b", ("off",)),
    (r"\b(?:regular|list)\s+(?:price|rate)\b", ("regular", "list")),
    (r"\bfree\s+(?:shipping|delivery)\b", ("shipping", "delivery")),
    (r"(?:Buy|Grab)\s+(?=[a-z])", ("Buy", "Grab")),
    (r"(?:ab)+cd", ("ab",)),  # a tie: the first of the requirements
    (r"\d+%|\bcoupon", ("%", "coupon")),
])
def test_the_pieces_of_a_pattern(source: str, pieces: tuple[str, ...]) -> None:
    found = required_pieces(re.compile(source))
    assert found == pieces


@pytest.mark.parametrize(("source", "flags"), [
    (r"\bcoupons?\b", re.I),  # a case-blind match need not hold the text as written
    (r"\b(?i:coupon)", 0),  # flags of its own
    (r"\d+|\bcoupon", 0),  # an alternative with no literal text
    (r"(?:coupon)?\d", 0),  # an optional piece is not required
    (r"[a-z]+", 0),
])
def test_no_pieces_where_a_match_may_hold_none(source: str, flags: int) -> None:
    assert required_pieces(re.compile(source, flags)) is None


def test_a_text_without_the_pieces_has_no_match() -> None:
    """Every marker of a deals post, over random texts made of its own words and others:
    where the pattern matches, the text holds one of its pieces."""
    table = language_data("en").table("figure_shopping")
    sources = [*table["deals_markers"], table["imperative"]]
    words = ("20% off", "$15 off", "coupons", "promo codes", "add to cart", "buy it now",
             "shop now", "free shipping", "list price", "price tag", "all-time low",
             "lowest price", "affiliate links", "may earn a commission", "Buy two", "Grab a",
             "office", "offered", "adding", "prices", "rated", "low", "the", "and", "Snag")
    rng = random.Random(11)
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
             for _ in range(400)]
    for source in sources:
        pattern = re.compile(source)
        pieces = required_pieces(pattern)
        assert pieces is not None, source
        for text in texts:
            if pattern.search(text):
                assert any(p in text for p in pieces), (source, text)


def test_the_shopping_rules_read_pieces_for_every_marker() -> None:
    words = shopping_words("en")
    assert len(words.deals_pieces) == len(words.deals_markers)
    assert all(pieces for pieces in words.deals_pieces)


def test_a_trailing_title_is_searched_only_where_a_title_word_ends_the_text() -> None:
    """The attribution tests the last words before a speaker for a title word first: every
    text the full pattern finds a trailing title in passes the test, in any case."""
    from sitrep.extract.speech_cues import speech_cues

    cues = speech_cues("en")
    words = ("the", "deputy", "Press", "SECRETARY", "of", "Harlow", "Mills,", "said", "and",
             "chief", "economist", "“quoted”", "\n", "official", "runs")
    rng = random.Random(5)
    for _ in range(600):
        prefix = " ".join(rng.choice(words) for _ in range(rng.randint(1, 14))).rstrip()
        for lo in (0, max(0, len(prefix) - 60)):
            if cues.trailing_title.search(prefix, lo):
                assert cues.title_at_end.search(prefix, lo), prefix


def test_the_quotation_marks_pattern_finds_what_its_plain_form_finds() -> None:
    """quotations._MARKS opens with one class so that the matcher skips to it; it finds the
    same marks and line breaks (with the space after them) as ``[“”"]|\\n\\s*``."""
    from sitrep.extract.quotations import _MARKS

    plain = re.compile(r"[“”\"]|\n\s*")
    pieces = ("“", "”", "\"", "\n", "\n\n", " ", "\t", "\r\n", "Ada", "said", ",")
    rng = random.Random(3)
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        assert [m.span() for m in _MARKS.finditer(text)] == \
            [m.span() for m in plain.finditer(text)], repr(text)


def test_the_caseless_pieces_of_a_case_blind_pattern() -> None:
    from sitrep.extract.literals import caseless_pieces

    assert caseless_pieces(re.compile(r"\b\d+\s*(?:MPH|km/h)\b", re.I)) == ("mph", "km/h")
    assert caseless_pieces(re.compile(r"\b(?:\d+|a)\s*[a-z]+", re.I)) is None
    assert caseless_pieces(re.compile(r"\bcafé\b", re.I)) is None  # not ASCII: not read


def test_a_case_blind_pattern_matches_no_oftener_than_its_pieces_are_written() -> None:
    """Texts made of a recipe's words in any case, and the odd letters a case-blind match
    reads as ASCII ("ſ" as "s"): where the quantity pattern matches n times, the test says
    the text may hold n matches."""
    from sitrep.extract.figure_page_kinds import page_kind_words
    from sitrep.extract.literals import holds_pieces

    words = page_kind_words("en")
    assert words is not None and words.recipe_pieces
    tokens = ("2", "two", "a", "Cups", "cup", "TBSP", "tablespoonſ", "Pınch", "of", "butter",
              "sticks", "the", "oz", "Ounce", "garlic", "cloves", "İ", "and", "stir", "-")
    rng = random.Random(3)
    for _ in range(800):
        text = " ".join(rng.choice(tokens) for _ in range(rng.randint(1, 16)))
        found = len(words.recipe_quantity.findall(text))
        for times in range(1, found + 1):
            assert holds_pieces(text, text.lower(), words.recipe_pieces, times), text
    assert not holds_pieces("Two cups of rice.", "two cups of rice.", ("cup",), 2)
    assert holds_pieces("Two cupſ of rice.", "two cupſ of rice.", ("cups",), 1)
