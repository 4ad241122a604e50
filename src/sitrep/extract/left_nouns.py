"""The noun a measure read on the left of its value ends with: "the value of the loss of
$5 million" is a loss, "a maximum load of 3,000 tonnes" a maximum load.

Why apart from :mod:`.counted_left`: which small words end the noun ("a", "the", "of",
"estimated") is one question, asked by every left reading (a subject, the noun before
"of", before "by"); how the value's sentence is searched for those readings is another.
A bound ("maximum", "average", "peak") is a small word when it stands for the value
("a maximum of 47 dBA", "an average of 12 cm": it names nothing), and part of the noun
when a noun follows it ("a maximum load", "the average temperature"): a reader told
"load" or "temperature" alone takes a typical value for the limit.
"""

from __future__ import annotations

from functools import cache

from ..knowledge.gazetteer import only_a_common_word
from .figure_words import figure_words


@cache
def small_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The subject heads, and the small words a measure's noun stops at, of ``lang``: built
    once (a set of some hundreds of words was built again for every figure)."""
    words = figure_words(lang)
    rules = words.rules
    return frozenset(rules["left_measure"]["subject_heads"]), frozenset(
        rules["left_measure"]["skip"]) | words.stop_words | frozenset(
        rules["phrase_ends"]) | frozenset(rules["place_links"])


@cache
def bounds(lang: str) -> frozenset[str]:
    """The bounds of ``lang`` (``left_measure.bounds``) that modify a noun after them."""
    return frozenset(figure_words(lang).rules["left_measure"].get("bounds", ()))


@cache
def modifier_endings(lang: str) -> tuple[str, ...]:
    """The endings of an adjective before a compound of two nouns ("native ad units",
    "federal tax credit"): ``adjective_endings`` but those that end verbs and nouns too
    ("began", "plan", "publish")."""
    return tuple(e for e in figure_words(lang).rules["adjective_endings"] if len(e) > 2 or (
        e not in ("an", "sh")))


def after_link(words: list[str], skip: frozenset[str], links: frozenset[str] = frozenset(),
               heads: frozenset[str] = frozenset(), modifiers: frozenset[str] = frozenset(),
               endings: tuple[str, ...] = ()) -> list[str]:
    """"a loss" -> "loss", "the value of the loss" -> "loss": the last words after the
    last small word (two: before them may stand a verb, "expect revenue growth of",
    unless a lower-case word with one of the adjective ``endings`` opens them: "native ad
    units"); a last word of ``heads`` after a noun is that noun's head ("a casualty rate
    of 25%": casualty rate; "a rate of 12%" names nothing); a word of ``modifiers``
    right before the last word modifies it ("a maximum load")."""
    last = len(words) - 1
    cut = max((i for i, w in enumerate(words) if w.lower() in skip and not (
        i == last and i > 0 and w.lower() in heads and words[i - 1].lower() not in skip)
        and not (i == last - 1 and w.lower() in modifiers
                 and words[last].lower() not in skip)), default=-1)
    if cut == len(words) - 1 and cut > 0 and words[cut].lower() in links:
        return words[cut - 1:]  # "a net worth of $8 million": the link word is the noun
    kept = words[cut + 1:]
    if len(kept) > 2 and kept[-3][:1].islower() and len(kept[-3]) > 4 and kept[-3].endswith(
            endings or ("\0",)) and kept[-2][:1].islower():
        return kept[-3:]
    return kept[-2:]


@cache
def _owners(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    table = figure_words(lang).rules["left_measure"]
    return frozenset(table.get("owner_verbs", ())), frozenset(table.get("owner_nouns", ()))


def owner_subject(match: str, nouns: list[str], lang: str) -> bool:
    """Whether a subject read before a verb of reporting a result (``owner_verbs``:
    "reported", "posted") is who owns the sum, not what it measures: a name ("Halvern
    Foods reported $4 billion in revenue") or a firm's noun ("the company posted"); what
    the sum is then follows it ("in revenue"), or nothing names it."""
    verbs, firms = _owners(lang)
    said = match.split()
    # a name, not a common plural a sentence opens with ("Sales posted $4 billion"; a
    # firm's name may be a common word: "Apple reported")
    named = all(w[:1].isupper() for w in nouns) and not (
        len(nouns) == 1 and nouns[0].endswith("s") and only_a_common_word(nouns[0]))
    owned = bool(nouns) and (named or nouns[-1].lower() in firms)
    return owned and not verbs.isdisjoint(w.lower() for w in said[-3:])
