"""Numbers that are no figures because of the kind of page or phrase they stand in: a list
of product links, a sports tally, a recipe's instructions, the window of a statistic and
the span a record level is dated by.

Why apart from :mod:`.figure_filters`: these rules read the page as a whole (how many of
its lines end in a web address, whether it holds a recipe's quantities) or a phrase around
the number, not what the number counts. A count of "pads" or "minutes" is a fine figure in
a report; on a line over a shop link it names a product, in a recipe it is an instruction.
What a page is, is decided once per text and kept. The words are ``figure_page_kinds`` of
the language; a language without that table has none of these rules.

- Link lists: a page with several lines that end in a web address lists products or
  links, and the numbers of a listed item ("Drum kit with 7 pads" over its link) are part
  of the item (:mod:`.link_lists`, which pages in other languages read too).
- Sports tallies: a record of games ("six wins out of nine", "have won five
  league games", "in their last eight meetings", "lost five straight").
- Recipe pages: on a page with a recipe's quantities (several, with a word of a recipe
  such as "ingredients", or many: a diet article's "a cup of salsa" is no recipe), spans
  of time and temperatures, and any number in a sentence with a cooking verb or a kitchen
  unit, are instructions.
- Servings: the energy of a serving of food ("a half cup holds about 40 calories") is a
  food's label or advice to an eater, on any page, unless someone is reported to state it.
- Windows: "the trailing 12-month average": the span is the statistic's window; the average
  is the figure.
- Look-backs: "its highest level in nearly two years": the span dates a level, as "three
  years ago" dates an event; it is no amount.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ..errors import UsageError
from ..lang import language_data, longest_first
from .counted import DURATIONS
from .figure_context_words import context_words
from .figure_index import TextIndex
from .figure_predicates import predicates
from .link_lists import LinkList
from .literals import caseless_pieces
from .opening import fast_pattern

#: Where a clause opens, looking back from the number: a mark of punctuation or a dash.
_CLAUSE_MARK = fast_pattern(r"[,;:.!?](?=\s)|[\n–—(]")
_WORD = fast_pattern(r"[A-Za-z][\w’'-]*")
#: " in the Lakers’", " in Arsenal's": a capitalised owner that ends a measure
_TEAM_TAIL = fast_pattern(r"\s+\w+\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*[’']s?$")
_TEMPERATURES = frozenset({"°", "°C", "°F"})


@dataclass(frozen=True)
class PageKindWords:
    """The patterns built from ``figure_page_kinds`` (and the cooking verbs and time units
    of ``figure_context``)."""

    tally_nouns: frozenset[str]
    contest_before: re.Pattern[str]
    tally_before: re.Pattern[str]
    tally_after: re.Pattern[str]
    recipe_quantity: re.Pattern[str]
    #: strings one of which each quantity holds (see :func:`.literals.caseless_pieces`)
    recipe_pieces: tuple[str, ...] | None
    recipe_words: re.Pattern[str]
    recipe_quantity_minimum: int
    recipe_quantity_alone: int
    kitchen_sentence: re.Pattern[str]
    window_after: re.Pattern[str]
    look_back_before: re.Pattern[str]
    time_unit: re.Pattern[str]
    #: "a half cup holds about 40 calories": the energy of a serving, in a sentence that
    #: names one (a kitchen unit or a word of serving_words)
    energy_units: frozenset[str]
    serving: re.Pattern[str]


@cache
def page_kind_words(lang: str) -> PageKindWords | None:
    """The patterns of ``lang``, or None when it has no ``figure_page_kinds`` table."""
    try:
        table = language_data(lang).table("figure_page_kinds")
    except UsageError:
        return None
    context = context_words(lang)
    kitchen = language_data(lang).table("figure_context")
    cooking = longest_first([*context.cooking_verbs, *kitchen["kitchen_units"]])
    servings = longest_first([*kitchen["kitchen_units"], *table["serving_words"]])
    return PageKindWords(
        tally_nouns=frozenset(table["tally_nouns"]),
        contest_before=fast_pattern(table["contest_before"], re.I),
        tally_before=fast_pattern(table["tally_before"], re.I),
        tally_after=fast_pattern(table["tally_after"], re.I),
        recipe_quantity=fast_pattern(table["recipe_quantity"], re.I),
        recipe_pieces=caseless_pieces(re.compile(table["recipe_quantity"], re.I)),
        recipe_words=fast_pattern(table["recipe_words"], re.I),
        recipe_quantity_minimum=int(table["recipe_quantity_minimum"]),
        recipe_quantity_alone=int(table["recipe_quantity_alone"]),
        kitchen_sentence=fast_pattern(rf"\b(?:{cooking})\b", re.I),
        window_after=fast_pattern(table["window_after"], re.I),
        look_back_before=fast_pattern(table["look_back_before"], re.I),
        time_unit=context.time_unit,
        energy_units=frozenset(table["energy_units"]),
        serving=fast_pattern(rf"\b(?:{servings})\b", re.I))


class PageKinds:
    """The rules of this module over one text; what the page is (a link list, a recipe) is
    decided on the first number asked about and kept."""

    def __init__(self, index: TextIndex, lang: str) -> None:
        self.index = index
        self.text = index.text
        self.words = page_kind_words(lang)
        self.lang = lang
        self._links = LinkList(index.text)  # a list of links, in any language
        self._recipe: bool | None = None

    def rejects(self, start: int, end: int, unit: str | None, measure: str | None,
                reported: Callable[[int], bool]) -> bool:
        """The figure at ``start:end`` (``unit``, counting ``measure``) is no figure
        (``reported``: whether a verb of saying reports the sentence at a position)."""
        if self.words is None:
            return False
        timed = unit in DURATIONS
        return (self._links.holds(start) or (unit is None and self._tally(start, end, measure))
                or self._recipe_step(start, unit)
                or (self._serving(start, unit) and not reported(start))
                or (timed and self._window(start, end)) or (timed and self._look_back(start)))

    def _tally(self, start: int, end: int, measure: str | None) -> bool:
        """A record of games: a tally noun counted, with a verb of a contest before it in
        its clause, the last games looked back at, or "out of" so many after it."""
        assert self.words is not None
        text = self.text
        # "six double-doubles in the Celtics’ last 9 games": a team read as a place is no
        # part of the tally noun, and what comes after the noun starts before it
        named = _TEAM_TAIL.search(measure or "")
        if named and (at := text.rfind(named.group(0), start, end)) > start:
            measure, end = (measure or "")[:named.start()], at
        said = _WORD.findall(measure or "")
        if len(said) > 1 and predicates(self.lang).ends_in_fate(measure or ""):
            said.pop()  # "league games won": the games, with what befell them
        if not said or said[-1].lower() not in self.words.tally_nouns:
            return False
        clause = self._clause_start(start)
        return bool(self.words.contest_before.search(text, clause, start)
                    or self.words.tally_before.search(text, max(clause, start - 30), start)
                    or self.words.tally_after.match(text, end))

    def _recipe_step(self, start: int, unit: str | None) -> bool:
        """On a recipe page, a span of time, a temperature, or a number in a sentence with
        a cooking verb or a kitchen unit: an instruction."""
        assert self.words is not None
        if self._recipe is None and not self.index.may_match(
                self.words.recipe_pieces,
                min(self.words.recipe_quantity_minimum, self.words.recipe_quantity_alone)):
            self._recipe = False  # too few kitchen units written for a recipe: no scan
        if self._recipe is None:
            words, found = self.words, 0
            for _ in words.recipe_quantity.finditer(self.text):
                found += 1
                if found >= words.recipe_quantity_alone:
                    break
            self._recipe = found >= words.recipe_quantity_alone or (
                found >= words.recipe_quantity_minimum
                and words.recipe_words.search(self.text) is not None)
        if not self._recipe:
            return False
        if unit in DURATIONS or unit in _TEMPERATURES:
            return True
        lo, hi = self._sentence(start)
        return self.words.kitchen_sentence.search(self.text, lo, hi) is not None

    def _serving(self, start: int, unit: str | None) -> bool:
        """"the mustard has about five calories a spoonful", "a half cup holds about 40
        calories": on any page, the energy of a serving of food is a food's label, advice
        to an eater, no figure of the news ("cut their intake by 440 calories a day" names
        no serving and stays; so does a serving someone is reported to state: "a slice holds
        310 calories, a baker said")."""
        assert self.words is not None
        if unit not in self.words.energy_units:
            return False
        lo, hi = self._sentence(start)
        return self.words.serving.search(self.text, lo, hi) is not None

    def _window(self, start: int, end: int) -> bool:
        """"the trailing 12-month average": a span written before a statistic."""
        assert self.words is not None
        unit_word = self.words.time_unit.search(self.text, start, min(len(self.text), end + 12))
        after = unit_word.end() if unit_word else end
        return bool(self.words.window_after.match(self.text, after))

    def _look_back(self, start: int) -> bool:
        """"its highest level in nearly two years": a superlative of a level and "in" or
        "for" right before the span, in its clause."""
        assert self.words is not None
        return bool(self.words.look_back_before.search(
            self.text, max(self._clause_start(start), start - 60), start))

    def _clause_start(self, pos: int) -> int:
        """Where the clause holding ``pos`` opens, at most 80 characters back."""
        lo = max(0, pos - 80)
        last = lo
        for m in _CLAUSE_MARK.finditer(self.text, lo, pos):
            last = m.end()
        return last

    def _sentence(self, pos: int) -> tuple[int, int]:
        return self.index.sentence_start(pos), self.index.sentence_end(pos)
