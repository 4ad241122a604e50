"""Numbers that name a thing instead of counting it, told by the characters right around
the number: a time or a ratio ("10:30", "3/4"), a code ("F-16", "Daily8", the "23" of
"2022-23"), a rank ("#1", "No. 3"), a clock time ("4 p.m."), a resolution ("4K"), a label
word before it ("type 2", "phase 1", "level 4"), or another number right before it ("five
787 jets", "400 737 Max jets": the second names the model).

Why apart from the finder: these rules read a few characters and one word on either side
and decide before any measure is read; they are the same for every single value.
"""

from __future__ import annotations

import re
from functools import cache

from ..lang import language_data, longest_first
from .figure_words import FigureWords
from .opening import fast_pattern

_WORD_BEFORE_DIGIT = fast_pattern(r"[A-Za-z][-–]?\d|\d[-–/:]\d")
_CLOCK_AFTER = fast_pattern(r"\s?[ap]\.?m\b\.?", re.I)
#: "4K", "8K", "4k streaming": a resolution's name, not four thousand (a sum is written
#: "$4K" or "20k"; a single digit before "k" names a resolution or a race's length).
_RESOLUTION = fast_pattern(r"\d{1,2}K|\dk")
_TIME_OR_RATIO = fast_pattern(r"[:/]\d")
_RATIO_MARKS = frozenset(":/")  # the characters _TIME_OR_RATIO opens with
_GLUE_MARKS = frozenset("-–/:")  # the marks between a code's parts (_WORD_BEFORE_DIGIT)
#: A number in digits grouped by a space ("13 000") followed by a capitalised word: two
#: numbers side by side ("400 737 Max jets"), an English count groups with commas.
_SPACED_BEFORE_NAME = fast_pattern(r"\d[ \u00a0]\d{3}$")
_NAME_AFTER = fast_pattern(r"[ \u00a0][A-Z]")


@cache
def _before(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """(a label word right before a number, a number right before a number, the length of
    the longest of their words)."""
    label_words, number_words = _words_before(lang)
    every = [*label_words, *number_words]
    # a word that ends with a space could end anywhere in the spaces: no shortcut then
    reach = _WINDOW if any(w[-1:].isspace() for w in every) else max(map(len, every))
    return (fast_pattern(rf"(?<![\w’'-])(?:{longest_first(label_words)})\s+$", re.I),
            fast_pattern(rf"(?:\d|(?<![\w’'-])(?:{longest_first(number_words)}))\s+$", re.I),
            reach)


@cache
def _words_before(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The label words and the number words :func:`_before` reads."""
    data = language_data(lang)
    label_words = tuple(data.table("figure_context")["label_words"])
    numbers = data.table("number_words")
    # not "one": "one 6-month study" is a determiner before a span of time
    return label_words, tuple(w for w in [*numbers["units"], *numbers["tens"]]
                              if numbers["units"].get(w) != 1)


@cache
def _plain_words(lang: str) -> frozenset[str] | None:
    """The words of :func:`_before` in lower case when all are ASCII letters (else None):
    then a last word of ASCII letters before the number matches a pattern only if it is
    one of them."""
    every = [w for words in _words_before(lang) for w in words]
    if not all(w.isascii() and w.isalpha() for w in every):
        return None
    return frozenset(w.lower() for w in every)


#: How far before a number a label word or another number is looked for.
_WINDOW = 20


def labelled_before(window: str, lang: str) -> bool:
    """A label word ("type", "phase") or another number, then spaces, ends ``window``.

    Why not just the two searches: each pattern ends with spaces at the window's end but
    opens with a look-behind, so it was tried at every character of the window, for every
    number of an article. A match ends the window with a space, and its word ends where
    the last spaces start: the search starts a longest word before that (the look-behind
    still sees the characters before the start)."""
    if not window[-1:].isspace():
        return False
    label, number, reach = _before(lang)
    kept = window.rstrip()
    if (known := _plain_words(lang)) is not None:
        # the last word, when it is ASCII letters only, is the only word a match can end
        # with (the look-behind stops it at the space before): "killed 12" needs no search
        last = kept.rsplit(None, 1)[-1] if kept else ""
        if last.isascii() and last.isalpha() and last.lower() not in known:
            return False
    start = max(0, len(kept) - reach)
    return bool(label.search(window, start) or number.search(window, start))


def names_a_thing(text: str, m: re.Match[str], words: FigureWords) -> bool:
    """The single value ``m`` (a match of ``words.single``) is part of a name, a code, a
    time or a label, not a count."""
    start, end = m.start(), m.end()
    if text[end:end + 1] in _RATIO_MARKS and _TIME_OR_RATIO.match(text, end, end + 2):
        return True
    # a glued code ends with a digit at or right before ``start``, after a letter, a dash
    # or a digit: no search after a space, as before most numbers
    glued = text[start - 1:start] if start else ""
    if (glued and (glued in _GLUE_MARKS or glued.isdecimal() or (
            glued.isascii() and glued.isalpha()))
            and _WORD_BEFORE_DIGIT.search(text, max(0, start - 2), start + 1)) or (
            text[start - 1:start] == "#" or text[max(0, start - 4):start].rstrip()
            .endswith("No.")) or (text[end:end + 2].lstrip()[:1] in ("a", "p")
                                  and _CLOCK_AFTER.match(text, end)):
        return True  # also "6:38 p.m.", "4 p.m.": a time; "#1", "No. 3": a rank
    num = m.group("num")
    if num.endswith("k") and _RESOLUTION.fullmatch(text, m.start("num"), m.end("num")) and (
            not m.group("cur")):  # the folded text reads "4k" for "4K"
        return True
    if not num[:1].isdigit() or m.group("cur"):
        return False
    if _SPACED_BEFORE_NAME.search(num) and _NAME_AFTER.match(text, m.end("num")):
        return True
    return labelled_before(text[max(0, start - _WINDOW):start], words.lang)
