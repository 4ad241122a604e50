"""Head phrases read past their head: a finite verb glued on to the thing counted ("the 240
page paperback comes with a poster" read "page paperback comes"), and a count written as
an adjective ("a 240 page paperback" counts pages).

Why a pass of its own: :mod:`.counted` reads on after a number to the first plural, and a
verb in -s looks like one ("comes", "includes"); a count never names a verb, so the phrase
ends before it (the words are ``finite_verbs`` of ``figure_measure_heads``). What is left,
a whole number before two singular nouns after a determiner, is an adjective of the second
noun ("a 12 lane highway"): the count is of the first noun, in the plural. A number
before one singular noun ("the 777 program") stays a label, as :func:`.counted.is_label`
reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from ..errors import UsageError
from ..lang import language_data
from .counted import is_label, is_plural
from .figure_words import FigureWords
from .opening import fast_pattern
from .records import Figure, Span

_WORD_BEFORE = fast_pattern(r"([A-Za-z]+)\s+$")
_WORD_AFTER = fast_pattern(r" ([A-Za-z]+)")
_WHOLE = fast_pattern(r"(?:\d{1,3}(?:,\d{3})*|\d+|[a-z]+)$")


@dataclass(frozen=True)
class HeadWords:
    """The words of ``figure_measure_heads`` for one language."""

    finite_verbs: frozenset[str]
    adjective_openers: frozenset[str]
    nouns_too: frozenset[str] = frozenset()  # "houses": a verb or a plural noun
    after_a_noun: frozenset[str] = frozenset()  # "in", "were": a noun ended before them


@cache
def head_words(lang: str) -> HeadWords | None:
    """The table of ``lang``, or None when the language has none."""
    try:
        t = language_data(lang).table("figure_measure_heads")
    except UsageError:
        return None
    return HeadWords(finite_verbs=frozenset(t["finite_verbs"]),
                     adjective_openers=frozenset(t["adjective_openers"]),
                     nouns_too=frozenset(t.get("nouns_too", ())),
                     after_a_noun=frozenset(t.get("after_a_noun", ())))


def headed_measures(text: str, figures: list[Figure], words: FigureWords) -> list[Figure]:
    """``figures`` with each counted phrase cut before a finite verb, and a count written
    as an adjective read as the count of its noun."""
    table = head_words(words.lang)
    if table is None:
        return figures
    out = []
    for fig in figures:
        headed = _headed(text, fig, table, words) if fig.measure and fig.unit is None else fig
        if headed is not None:
            out.append(headed)
    return out


def _headed(text: str, fig: Figure, table: HeadWords, words: FigureWords) -> Figure | None:
    """``fig`` with its phrase cut before a verb; None when what is left is a label ("the
    777 program employs": a name, no count)."""
    said = (fig.measure or "").split()
    if len(said) >= 2 and said[-1].lower() in table.finite_verbs and not _noun_here(
            text, fig.evidence.end, said[-1].lower(), table):
        said = said[:-1]
        cut = fig.evidence.text.rfind(" " + fig.measure.split()[-1])
        if cut > 0:  # the evidence ends before the verb too
            fig = replace(fig, evidence=Span(fig.evidence.start, fig.evidence.start + cut,
                                             fig.evidence.text[:cut]))
        fig = replace(fig, measure=" ".join(said))
        if _adjective_count(text, fig, said, table, words):
            return replace(fig, measure=_plural_of(said[0], words))
        return None if fig.low != 1 and is_label(fig.measure or "", words) else fig
    if _adjective_count(text, fig, said, table, words):
        fig = replace(fig, measure=_plural_of(said[0], words))
    return fig


def _noun_here(text: str, end: int, word: str, table: HeadWords) -> bool:
    """"73 wooden houses in the old quarter": a word that is a verb or a plural noun
    (``nouns_too``) heads the thing counted when its clause ends after it or a
    preposition, conjunction, relative or auxiliary follows; a verb has an object."""
    if word not in table.nouns_too:
        return False
    nxt = _WORD_AFTER.match(text, end)
    return nxt is None or nxt.group(1).lower() in table.after_a_noun


def _adjective_count(text: str, fig: Figure, said: list[str], table: HeadWords,
                     words: FigureWords) -> bool:
    """"a 240 page paperback", "a 180 page coffee-table book": a determiner, a whole
    number, a singular noun and the singular head it describes."""
    if not 2 <= len(said) <= 3 or not said[0].isalpha() or not all(
            w.replace("-", "").isalpha() and w.islower() for w in said) or any(
            is_plural(w, words.rules["plural"]) or w in words.stop_words for w in said):
        return False
    head = fig.evidence.text[:fig.evidence.text.find(said[0])].strip()
    if not head or not _WHOLE.search(head) or fig.low is None or fig.low != int(fig.low):
        return False
    before = _WORD_BEFORE.search(text, max(0, fig.evidence.start - 12), fig.evidence.start)
    return bool(before) and before.group(1).lower() in table.adjective_openers


def _plural_of(word: str, words: FigureWords) -> str:
    """"page" -> "pages", "box" -> "boxes", "storey" -> "storeys", "city" -> "cities"."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + words.rules["plural"]["ending"]
