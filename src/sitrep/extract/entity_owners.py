"""A possessive inside a name: "the National Farmers' Union", "the Prosecutor's Office".

Why: the tokenizer splits the apostrophe of a plural possessive off its word, and the
capitalised run of the entity finder ended there, so "the Silesian Miners' Trade Union
said" named a body "Trade Union" and no one spoke. A run goes on over such an apostrophe
when it is glued to a capitalised word ending in "s" and a capitalised word follows it
after a space; an apostrophe that closes a quotation opened right before the run does not
(in "the band 'Iron Miners' Played", the quotation is a title, not a body's name).

The same holds for an office's "'s" after a title ("the Regional Prosecutor's Office in
Gliwice", "the Governor's Office"): the run named a body "Office". It goes on over the
possessive when the word before it is a title and a body's head follows it; after any
other name ("Russia's Defence Ministry") the possessive still ends the run.
"""

from __future__ import annotations

from .entity_words import EntityWords
from .words import Words

APOSTROPHES = frozenset({"'", "’"})
POSSESSIVES = frozenset({"'s", "’s"})
_OPENERS = frozenset({"'", "‘", "’"})


def plural_owner_goes_on(w: Words, text: str, i: int, j: int, capish: list[bool],
                         starts: set[int] | frozenset[int]) -> bool:
    """Whether the run ``i:j`` goes on over the apostrophe at token ``j``."""
    if w.text[j] not in APOSTROPHES or j + 1 >= len(w) or j - 1 < i:
        return False
    owner = w.text[j - 1]
    return (owner.endswith("s") and owner[:1].isupper() and capish[j + 1]
            and j + 1 not in starts and w.idx[j] == w.end_char(j - 1)
            and w.idx[j + 1] > w.end_char(j)
            and not (w.idx[i] > 0 and text[w.idx[i] - 1] in _OPENERS))


def titled_office_goes_on(w: Words, j: int, capish: list[bool],
                          starts: set[int] | frozenset[int], words: EntityWords) -> bool:
    """Whether the run goes on over the possessive at token ``j`` ("Prosecutor's Office")."""
    return (w.lower[j] in POSSESSIVES and 0 < j < len(w) - 1 and w.lower[j - 1] in words.titles
            and capish[j + 1] and j + 1 not in starts and w.lower[j + 1] in words.org_heads
            and w.idx[j] == w.end_char(j - 1))
