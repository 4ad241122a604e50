"""A measurement glued to a dimension adjective names that dimension: "the 900-km-wide
plateau" is the width of the plateau, "a 12-metre-tall crane" the height of the crane.

Why a step of its own: the finder reads "900-km" as the value and stops at the hyphen, so
the measure falls back on the unit's kind ("distance") or on the noun after the adjective
("plateau"), and neither says which size of which thing the value is. The adjective is one
of the ``dimensions`` of ``figure_rules`` (the same words that make "six feet wide" a
width); a noun phrase after it, past a bracketed conversion ("(1,450 km)"), is what the
dimension is of. Adjectives of distance ("-away") are left to the other rules.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..lang import language_data
from .counted import is_plural, noun_phrase, without_place
from .figure_words import FigureWords
from .opening import fast_pattern
from .records import Figure

#: "-wide", "-tall": a hyphen right after the value's unit word, then the adjective.
_GLUED = fast_pattern(r"-([a-z]+)\b")
#: "(1,450 km) ": a conversion between the adjective and its noun.
_BRACKET = fast_pattern(r"\s*\([^()]{1,40}\)")


def dimension_measures(text: str, figures: list[Figure], words: FigureWords) -> list[Figure]:
    """``figures`` with each value glued to a dimension adjective measured as that
    dimension of the noun after it."""
    return [_dimension(text, fig, words) for fig in figures]


def _dimension(text: str, fig: Figure, words: FigureWords) -> Figure:
    """``fig`` measured as the dimension its glued adjective names, or as it is."""
    if fig.unit not in words.quantities or not fig.evidence.text[-1:].isalpha():
        return fig  # no physical unit, or the value does not end with its unit word
    glued = _GLUED.match(text, fig.evidence.end)
    quantity = words.rules["dimensions"].get(glued.group(1)) if glued else None
    if glued is None or quantity is None or quantity == "distance":
        return fig
    pos = glued.end()
    if bracket := _BRACKET.match(text, pos):
        pos = bracket.end()  # "the 900-km-wide (560-mile) plateau"
    said = without_place(noun_phrase(text, pos, words)[0] or "", words).split()
    ends = _ends(words.lang)
    cut = next((i for i, w in enumerate(said)
                if w.lower() in words.stop_words or w.lower() in ends), len(said))
    if not cut:
        return replace(fig, measure=quantity)  # "a 20-metre-high wall of ...": no noun read
    return replace(fig, measure=f"{quantity} of {' '.join(said[:cut])}")


@cache
def _ends(lang: str) -> frozenset[str]:
    """The prepositions that end the noun a dimension is of ("a crane beside the dock")."""
    return frozenset(language_data(lang).table_part("figure_rules", "dimension_ends") or ())


def shared_dimensions(text: str, figures: list[Figure], words: FigureWords) -> list[Figure]:
    """``figures`` with a bare dimension that follows another of a named thing, joined only
    by a comma or a small word ("the hull is 40 m long, 9 m wide and 12 m high"), measured
    as that dimension of the same thing: one subject holds all the sizes of its list."""
    sizes = set(words.rules["dimensions"].values()) - {"distance"}
    joined = _joiners(words.lang)
    out: list[Figure] = []
    for fig in figures:
        prev = out[-1] if out else None
        if prev is not None and fig.measure in sizes and prev.measure and (
                0 <= fig.evidence.start - prev.evidence.end <= 20):
            first, _, rest = prev.measure.partition(" of ")
            gap = text[prev.evidence.end:fig.evidence.start].replace(",", " ").split()
            if first in sizes and rest and all(w.lower() in joined for w in gap):
                fig = replace(fig, measure=f"{fig.measure} of {rest}")
        out.append(fig)
    return out


@cache
def _joiners(lang: str) -> frozenset[str]:
    """The small words that join the sizes of one thing ("long and", "long by")."""
    return frozenset(language_data(lang).table_part("figure_rules", "dimension_joiners") or ())


#: "turbines of ": a plural noun and "of" right before a value.
_OWNER_OF = fast_pattern(r"\b([a-z][a-z-]+)\s+of\s+$")


def owned_sizes(text: str, figures: list[Figure], words: FigureWords) -> list[Figure]:
    """``figures`` with a value that only its unit's kind measures and that follows a plural
    noun and "of" ("twelve turbines of 6 MW each", "sacks of 25 kg") measured as that kind
    of the noun: the size of each of the things, which the kind alone does not say. A noun
    that is itself a quantity ("a range of", "a total of") names the value elsewhere."""
    skips = frozenset(words.rules["left_measure"]["skip"])
    out = []
    for fig in figures:
        kind = words.quantities.get(fig.unit or "")
        m = _OWNER_OF.search(text, max(0, fig.evidence.start - 40), fig.evidence.start)
        if kind and fig.measure == kind and m and is_plural(
                noun := m.group(1), words.rules["plural"]) and noun not in skips and (
                noun not in words.stop_words) and not _is_quantity(noun, words.lang):
            fig = replace(fig, measure=f"{kind} of {noun}")
        out.append(fig)
    return out


@cache
def _quantities(lang: str) -> frozenset[str]:
    nouns = language_data(lang).table_part("figure_measure_kinds", "quantity_nouns") or ()
    return frozenset(nouns)


def _is_quantity(noun: str, lang: str) -> bool:
    """"emissions", "reserves": a plural that is itself a quantity (singular or plural)."""
    quantities = _quantities(lang)
    return noun in quantities or noun[:-1] in quantities
