"""The party a page's title names, as the page's matter where the title names no matter.

Why: a headline often names who the story is about without naming a matter ("Kestrel
Foods to cut 300 jobs", "Halden Air inks $3 billion order for jets"): that firm, with what
the title gives it ("Halden Air order", "Nordvik Labs’ home test kit"), is what the page's
figures are about. A title also names people, places and outlets: a person or a place is
a party of the story, not its matter, and an outlet is named once, in the title only; so
the party is a name that the lead writes the same way, or that the page writes often (see
:mod:`.page_matters`, which reads it).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .figure_matters import MatterWords, capitalised_names, modifies, title_parts
from .opening import fast_pattern

_WORD = fast_pattern(r"[^\W_]+")
#: a title's name the page writes this often is its party though its lead does not name it
_OFTEN = 3
_POSSESSIVE = fast_pattern(r"[’']s?$")
#: what a possessive name owns in a title, when it ends the title's part: "Nordvik
#: Labs’ home test kit" (a few lower-case words)
_OWNED = fast_pattern(r" ((?:[a-z][a-z-]* ?){1,4})$")
#: a capitalised word just before a name (joined by a space): the name was cut from it
_CUT_NAME = fast_pattern(r"[A-Z][\w’'.&-]* $")


def _inside(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` after a lower-case word or a comma (not only where
    a sentence starts)."""
    return re.search(rf"[a-z,] {re.escape(name)}(?!\w)", text) is not None


def _written(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` as a word (with its capitals)."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


class TitleParty(NamedTuple):
    """A title's party as a page's matter (see :func:`read_title_party`), and whether the title
    gives it a head or an owned thing ("Halden Air order") rather than the name alone."""

    text: str
    headed: bool


def read_title_party(title: str, text: str, lead: str, words: MatterWords,
                     people_places: frozenset[str]) -> TitleParty | None:
    """The party a title is about when it names no matter: of the names of its longest
    part (else of its other parts, in order: often an outlet) that are no person or place,
    and that the lead writes the same way or the page writes often, the one the page
    writes most (the first of equals), with the first common head the title writes after
    it and the words that modify that head ("Kestrel Foods to cut jobs" -> "Kestrel Foods";
    "Halden Air inks $3 billion order for jets" -> "Halden Air order"; "Tarvo Space adds
    two firms to lunar cargo programme" -> "Tarvo Space lunar cargo programme"). None when
    there is none."""
    parts = title_parts(title, words)
    longest = max(parts, key=len)
    for part in (longest, *(p for p in parts if p is not longest)):
        best = _most_written(part, text, lead, words, people_places)
        if best is not None:
            name, start, end = best
            if part[end:end + 1] in ("’", "'"):
                end += 1  # "Labs’": a closing quote to the tokens, a possessive here
            owned = _OWNED.match(part, end) if _POSSESSIVE.search(part, 0, end) else None
            if owned and not words.not_modifiers.intersection(owned.group(1).split()):
                # "Nordvik Labs’ home test kit"
                return TitleParty(part[start:owned.end(1)], True)
            said = _WORD.findall(part[end:])
            k = next((i for i, w in enumerate(said) if w in words.common_heads), None)
            if k is None:
                return TitleParty(name, False)
            return TitleParty(" ".join([name, *_modifiers(said[:k], words), said[k]]), True)
    return None


def written_openers(title: str, text: str, lead: str,
                    people_places: frozenset[str]) -> frozenset[str]:
    """The runs of two to five capitalised words a title opens with (past "The") that the
    lead writes, or the page writes twice, and that name no person or place, lower-cased:
    the bodies a headline may open with though no rule knows them for bodies ("Home Harvest
    Shares Slide After Earnings Report": Home Harvest), which may own the title's matter."""
    said = title.split()
    said = said[1:] if said and said[0].lower() == "the" else said
    found: set[str] = set()
    for n in range(2, min(len(said), 5) + 1):
        if not said[n - 1][:1].isupper():
            break
        name = _POSSESSIVE.sub("", " ".join(said[:n]))
        low = name.lower()
        if low not in people_places and low.rsplit(" ", 1)[-1] not in people_places and (
                text.count(name) >= 2 or _written(name, lead)):
            found.add(low)
    return frozenset(found)


def _most_written(part: str, text: str, lead: str, words: MatterWords,
                  people_places: frozenset[str]) -> tuple[str, int, int] | None:
    """The name of a title's ``part`` that is its party, and where it starts and ends in
    the part (see :func:`read_title_party`)."""
    best: tuple[int, str, int, int] | None = None
    for start, end in capitalised_names(part, words):
        name = _POSSESSIVE.sub("", part[start:end])
        low = name.lower()
        if (len(name) < 2 or low in people_places or low.rsplit(" ", 1)[-1] in people_places
                or low.split(" ", 1)[0] in words.person_titles
                # "New York ...": a name cut from a capitalised word is no name
                or _CUT_NAME.search(part, 0, start)
                # "Stocks end mixed", "Why People Are Becoming Brands": a headline's word
                # alone (its case may be the title's) is a name only if the page writes it
                # capitalised inside a sentence too
                or (" " not in name and not _inside(name, text))):
            continue
        times = text.count(name)
        # the lead names it, or the page again and again (a lead that sets a scene)
        if (best is None or times > best[0]) and (times >= _OFTEN or _written(name, lead)):
            best = (times, name, start, end)
    return None if best is None else best[1:]


def _modifiers(before: list[str], words: MatterWords) -> list[str]:
    """The words right before a title's common head that modify it ("to commercial lunar
    lander program": commercial lunar lander), at most three lower-case ones: a reader told
    "NASA program" does not know which of its programmes."""
    kept: list[str] = []
    for word in reversed(before[-3:]):
        if not modifies(word, words):
            break
        kept.insert(0, word)
    rest = before[:len(before) - len(kept)]
    if kept and rest and any(c.isdigit() for c in rest[-1]):
        return []  # "$9 billion order": the scale of a sum, no kind of order
    return kept
