"""Places the entity finder reads in a run of capitals: when a run's name is a town, a
state or a country, and when it only looks like one.

Why apart from :mod:`.entities`: a name is a place only where English text uses it as
one, and the rules that say so (a locative word before a small town, capitals that are
not a town's own name, a country's name inside a person's) read the words around the run;
:class:`PlaceRules` holds them and the finder builds on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.gazetteer import Gazetteer, Place, fold, only_a_common_word
from .entity_words import EntityWords
from .opening import fast_pattern
from .records import Mention, Span
from .words import Words

#: ", N.M.", ", New Mexico", ", Australia": where a town named before it lies
_WHERE = fast_pattern(r",[ \t]*([A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)")


class PlaceRules:
    """Place rules of one document's entity finder (:mod:`.entities` sets these)."""

    gaz: Gazetteer
    words: EntityWords
    w: Words
    text: str
    starts: frozenset[int]
    mentions: list[Mention]
    towns: dict[str, Place]  # a town's name -> the town of that name this article means

    if TYPE_CHECKING:  # the finder's own, which these rules call
        def span(self, i: int, j: int) -> Span: ...

        def span_text(self, i: int, j: int) -> str: ...

        def _named_before(self, word: str) -> bool: ...

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)

    def _namesake(self, place: Place, j: int) -> Place:
        """The town of ``place``'s name that the words after the run ``..j`` put it in
        ("Santa Fe, N.M." is New Mexico's, not Argentina's), or the one this article put
        it in before ("The Santa Fe shelter" after "Santa Fe, N.M."), else ``place``."""
        if place.kind != "city":
            return place
        after = _WHERE.match(self.text, self.w.end_char(j - 1))
        where = after.group(1) if after else ""
        first = where.split()[0] if where else ""
        for words in dict.fromkeys((where, where.rstrip("."), first, first.rstrip("."))):
            found = self.gaz.town_in(place.name, words) if words else None
            if found is not None:
                self.towns[fold(place.name)] = found
                return found
        return self.towns.get(fold(place.name), place)

    def _place_goes_on(self, i: int, j: int, capish: list[bool]) -> bool:
        """Whether the connectors at ``j`` join the run ``i:j`` to the capitals after them
        into one place's name ("Democratic Republic of the Congo", "Bosnia and
        Herzegovina", "Isle of Man"): then the run goes on over them."""
        lower, n = self.w.lower, len(self.w)
        nxt = j
        while nxt < n and lower[nxt] in self.words.connectors:
            nxt += 1
        end = nxt
        while end < n and capish[end] and end not in self.starts:
            end += 1
        first = i + 1 if lower[i] == self.words.the else i
        return end > nxt and first < j and self.gaz.place(self.span_text(first, end)) is not None

    def _not_a_town(self, place: Place, i: int, j: int, text: str) -> bool:
        """A run naming a town by accident: a person named before ("according to Lee"), an
        organisation's head word ("members of Congress"), or capitals that are not the town's
        own name ("SUV" for Suva; a dateline spells it: "BERLIN")."""
        if j - i == 1 and (self._named_before(text) or self.w.lower[i] in self.words.org_heads):
            return True
        return text.isupper() and fold(text) != fold(place.name)

    def _country_places(self, i: int, j: int) -> None:
        """Sub-runs that are places ("Warsaw" in "Warsaw Pact" is not, but "Minsk" in a
        longer capitalised stretch often is): single tokens only, and only countries, never
        one beside a capitalised word sitrep does not know: then the country's name is part
        of another name ("Chad Wolf", "Inner Mongolia", "Jersey City")."""
        for x in range(i, j):
            p = self.gaz.place(self.w.text[x])
            # the kind first: only a town's context is read (a country's always passes)
            if p and p.kind == "country" and self._place_ok(p, x, x + 1) and not any(
                    self._unknown_word(y) for y in (x - 1, x + 1) if i <= y < j):
                self.add(Mention("place", self.span(x, x + 1), p.name,
                                 "place:" + fold(p.name), country=p.country, place=p,
                                 via="gazetteer"))

    def _unknown_word(self, x: int) -> bool:
        """A capitalised word, not a country or state, nationality, title or body's word: a
        name's ("Thomas" in "Chad Thomas", though some town is called Thomas)."""
        w, words, text = self.w, self.words, self.w.text[x]
        low = w.lower[x].rstrip(".")
        return (w.alpha[x] and text[:1].isupper() and not w.stop[x]
                and low not in words.titles_or_heads and low not in words.connectors
                and text not in words.org_acronyms and self.gaz.demonym(text) is None
                and (self.gaz.place(text) is None or self.gaz.place(text).kind == "city"))

    def _opens_clause(self, i: int) -> bool:
        """Whether word ``i`` opens a sentence or follows a quote or a dash: a capital
        there says nothing of a name."""
        return i in self.starts or i == 0 or not self.w.text[i - 1][-1:].isalnum()

    def _place_ok(self, place: Place, i: int, j: int) -> bool:
        lw = self.w.lower
        if place.kind != "city":
            return True
        before = lw[i - 1] if i > 0 else ""
        locative = before in self.words.locative or (
            i > 1 and lw[i - 2] in self.words.locative and before == self.words.the)
        if place.common_word:  # "in Reading"; "in the White House" is no town: towns
            return before in self.words.locative  # take no article
        if (not locative and j - i == 1 and self._opens_clause(i)
                and fold(self.w.text[i]) != fold(place.name)
                and only_a_common_word(self.w.text[i])):
            return False  # "“But with ...": Buta's other name; "Turn the stove up": Angren's
        text = self.span_text(i, j)
        if not locative and fold(text) != fold(place.name) and place.population < 100_000:
            return False  # "owes Lena $2 million": a small town's other name, no "in"
        if not text.isascii():
            return True  # "Pabradė": a spelling only a place name has
        if i in self.starts and j - i == 1 and not locative:
            return place.population >= 100_000
        return place.population >= 15_000 or locative
