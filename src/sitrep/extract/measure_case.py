"""A measure read from the subject that opens a sentence is written in lower case:
"Revenues from the levy have totaled $6 billion" measures revenues, not "Revenues".

Why: the left readers of :mod:`.counted_left` keep the words as written, and a sentence's
first word is capitalised whatever it is; a measure that starts with a capital reads as
a name and is grouped apart from the same measure read mid-sentence. Only an everyday
word that no name spells so is lowered, and only when the word after it in the measure
is lower case too ("Home Depot shares" is a name).
"""

from __future__ import annotations

from dataclasses import replace

from ..knowledge.gazetteer import only_a_common_word
from .records import Figure


def lowered_measures(text: str, figures: list[Figure], lang: str) -> list[Figure]:
    """``figures`` with a measure that opens with a sentence's first word lowered (English
    only: the everyday words are the English dictionary's, and other languages capitalise
    nouns anywhere)."""
    if lang != "en":
        return figures
    out = []
    for fig in figures:
        said = (fig.measure or "").split(" ", 2)
        first = said[0]
        if first[:1].isupper() and first[1:].islower() and (
                len(said) == 1 or said[1][:1].islower()) and _opens_sentence(
                text, first, fig.evidence.start) and only_a_common_word(first):
            fig = replace(fig, measure=first.lower() + (fig.measure or "")[len(first):])
        out.append(fig)
    return out


def _opens_sentence(text: str, word: str, before: int) -> bool:
    """Whether ``word`` opens a sentence or a line within 200 characters before
    ``before``."""
    lo = max(0, before - 200)
    at = text.rfind(word, lo, before)
    while at >= 0:
        head = text[max(0, at - 2):at]
        if at == 0 or head.endswith("\n") or head in (". ", "! ", "? "):
            return True
        at = text.rfind(word, lo, at)
    return False
