"""A sentence that opens with a bare plural noun tells of a whole class, not of the thing
the sentence before named.

Why: a figure whose sentence names no matter takes the last one the sentence before
named (:func:`.figure_matters.nearest`). That suits a sentence that goes on about it ("It
will cost ...", "The company had ..."): a pronoun or a definite noun refers back. A
sentence whose subject is a plural noun with no article ("Brewers shipped 4.1 million
barrels in 2025" after "Craft lager sales rose 2%") refers back to nothing: it tells of
the whole trade, and the narrower name before it ("lager sales") is no matter of its
figures, which go on with the page's matter instead. That holds for a matter named by
what it measures (sales, earnings): a matter named by an event or a thing ("the Lisbon
Book Fair drew crowds. Visitors bought 12,000 books") is what a bare plural after it
often belongs to (the fair's visitors), and stays.

The rule (languages that write such subjects: ``generic_subjects`` in
``lang/<code>/matters.json``): the sentence's first word is capitalised, ends with one of
the language's plural endings (or is an irregular plural: "People"), is no function word
or sentence adverb of the language ("This", "Perhaps", "Sometimes") and is followed by a
lower-case word; no party (a person, firm or place the page names) starts there; and
the matter the sentence before names ends with one of the language's ``measured_heads``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..lang import language_data
from .opening import fast_pattern

_FIRST_TWO = fast_pattern(r"\s*[\"“‘(]?([^\W\d_]+)[ ,]+([^\W\d_]+)")


@dataclass(frozen=True, slots=True)
class GenericWords:
    """One language's words for :func:`opens_generically`."""

    endings: tuple[str, ...]
    not_endings: tuple[str, ...]
    irregular: frozenset[str]
    not_plurals: frozenset[str]
    #: the heads of matters named by what they measure ("sales")
    measured: frozenset[str]


@cache
def generic_words(lang: str) -> GenericWords | None:
    """The words of ``lang``; None for a language without the rule."""
    t = language_data(lang).table_part("matters", "generic_subjects")
    if not t:
        return None
    return GenericWords(tuple(t["endings"]), tuple(t["not_endings"]),
                        frozenset(t.get("irregular", ())), frozenset(t["not_plurals"]),
                        frozenset(t["measured_heads"]))


def opens_generically(text: str, start: int, end: int, carried: tuple[int, int], lang: str,
                      party_at: int | None = None) -> bool:
    """Whether the sentence at ``start:end`` of ``text`` opens with a bare plural noun as
    its subject and the matter it would take from the sentence before (``carried``: its
    offsets) is named by what it measures (see the module docstring); ``party_at``: where
    the first party the sentence names starts (None: it names none)."""
    words = generic_words(lang)
    m = _FIRST_TWO.match(text, start, end)
    if words is None or m is None or (party_at is not None and party_at < m.end(1)) or (
            text[carried[0]:carried[1]].rsplit(None, 1)[-1].lower() not in words.measured):
        return False  # "Reuters said", "Williams scored": a party, not a class
    first, after = m.group(1), m.group(2)
    low = first.lower()
    if not first[0].isupper() or first.isupper() or not after.islower():
        return False  # "FBI agents", "Dealers Choice Awards"
    if low in words.not_plurals:
        return False
    return low in words.irregular or (low.endswith(words.endings) and len(low) > 3
                                      and not low.endswith(words.not_endings))
