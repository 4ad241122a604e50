"""A pattern given an opening class finds the same matches, and is left alone when it
cannot be given one (sitrep.extract.opening)."""

from __future__ import annotations

import random
import re

from sitrep.extract.opening import with_opening_class

TEXT = ("Half of the 40 stalls in Tromsø sold out; two-thirds of all buyers paid with a coupon. "
        "A voucher, FREE OF CHARGE, came as a gift for one half of the guests. "
        "Ferro Lamps said one quarter of its staff were HALF OF ITS SHIFT.\n"
        "Promo codes expired. İstanbul's ſale (free\u00a0shipping) ran 3 days; 1,200 joined.")

OPENED = [
    r"\bcoupons?\b|\bpromo(?:tional)?\s+codes?\b|\bvouchers?\b",
    r"(?<![\w-])(?P<frac>two-thirds|one quarter|one half|half)\s+of\s+(?:(?:the|all|its)\s+)?"
    r"(?=[A-Za-z])",
    r"\b(?:for\s+free|free\s+of\s+charge|as\s+an?\s+(?:free\s+)?gift)\b",
    r"\b(?:sale|shipping)\b",
    r"(?<!\w)\d[\d,]*(?:\.\d+)?",
    r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b",
    # alternatives (or a group) one of which opens with a boundary: tried at every position
    r"\b(?:sold|paid)\s+\w+|,\s*came\b|\b[Hh]alf\s+of",
    r"(?P<who>\bFerro\s+\w+|\bPromo\s+\w+)",
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_an_opened_pattern_finds_the_same_matches() -> None:
    rng = random.Random(7)
    pieces = TEXT.split(" ")
    texts = [TEXT, TEXT.lower(), TEXT.upper()]
    for _ in range(200):
        texts.append(" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))))
    for source in OPENED:
        for flags in (0, re.I):
            plain = re.compile(source, flags)
            opened = with_opening_class(plain)
            assert opened is not plain and opened.pattern.startswith("(?=["), source
            assert opened.groupindex == plain.groupindex
            for text in texts:
                assert _spans(opened, text) == _spans(plain, text), (source, flags, text)
                assert [m.groups() for m in opened.finditer(text)] == \
                    [m.groups() for m in plain.finditer(text)]
                assert bool(opened.search(text, 10)) == bool(plain.search(text, 10))


def test_case_blind_classes_keep_the_special_case_folds() -> None:
    """Under re.I, "s" also matches the long s and "i" the dotted capital I: the class
    opening the pattern matches them as the pattern's own letters do."""
    plain = re.compile(r"\b(?:sale|istanbul)\b", re.I)
    opened = with_opening_class(plain)
    text = "the ſale in İstanbul, the SALE in ISTANBUL"
    assert _spans(opened, text) == _spans(plain, text)


def test_a_pattern_is_left_as_it_is_when_no_class_opens_every_match() -> None:
    for source, flags in [
        (r"[$€£]\s?\d", 0),  # opens with what it consumes: the matcher skips ahead already
        (r"Buy\s+now", 0),
        (r"\b(?:\w+\s+)?attack", 0),  # the first word may be missing
        (r"\b.ale", 0),  # any character
        (r"(?i)\bsale\b", 0),  # a global inline flag must stay first
        (r"\b(?-i:sale)\b", re.I),  # flags taken away
        (r"\b(?i:é\w+)", 0),  # a letter of other cases than ASCII's, case-blind
        (r"\b(?i:[à-ÿ]\w+)", 0),
        (r"\b sale  # a comment\n", re.X),
        (r"\b(?:sale|)", 0),  # may match empty
        (r"\b[^a-z]", 0),  # a negated class
        (r"sale|shipping", 0),  # alternatives that open with what they consume
        (r"(?:sale|\w+ing)", 0),
    ]:
        plain = re.compile(source, flags)
        assert with_opening_class(plain) is plain, source


CASE_BLIND = [
    r"\b(?i:sale|istanbul|kiosk)\b",
    r"(?<![\w-])(?i:in|of|during|–)\s*(?:19|20)\d\d",
    r"(?i:\b(?:imagine|wish)\s+\w+)|\bI\b",
    r"\b(?i:[a-f]\d|[0-9]x)",
]


def test_case_blind_groups_open_with_every_case_of_their_letters() -> None:
    """A group of its own under (?i:...) opens with a class of every character its first
    letters match: both ASCII cases, the dotted and dotless I, the long s, the Kelvin
    sign."""
    rng = random.Random(11)
    pieces = ["İn", "ın", "In", "IN", "ſale", "SALE", "Kiosk", "\u212aiosk", "during", "–",
              "2019", "1998", "imagine", "WISH", "I", "x9", "A4", "0X", "ofx", "-in", "of"]
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
             for _ in range(400)]
    for source in CASE_BLIND:
        plain = re.compile(source)
        opened = with_opening_class(plain)
        assert opened is not plain and opened.pattern.startswith("(?=["), source
        for text in texts:
            assert [m.span() for m in opened.finditer(text)] == _spans(plain, text), (
                source, text)


def test_the_other_cases_of_ascii_letters_are_the_matchers() -> None:
    """The extra characters listed for each ASCII letter are all those ``(?i:x)`` matches
    besides its two cases (read off the matcher over every code point)."""
    from sitrep.extract.opening import _OTHER_CASES

    letters = "iks"  # the letters with other cases; every other ASCII letter has none
    matchers = {c: re.compile(f"(?i:{c})") for c in letters}
    found: dict[str, str] = {c: "" for c in letters}
    for code in range(0x80, 0x110000):
        char = chr(code)
        for c, matcher in matchers.items():
            if matcher.fullmatch(char):
                found[c] += char
    assert found == {c: _OTHER_CASES.get(c, "") for c in letters}
    sample = "abcdefghjlmnopqrtuvwxyz"
    assert all(re.fullmatch(f"(?i:{c})", chr(code)) is None for c in sample
               for code in (0x130, 0x131, 0x17F, 0x212A, 0x212B))
