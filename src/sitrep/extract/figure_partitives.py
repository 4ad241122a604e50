"""A count whose group is named by a partitive around it rather than by a noun after it:
"Of the 40 hostages, 12 have been freed" (hostages freed), "Of the dead, 12 were children"
(children killed), "two of the injured were in critical condition" (injured in critical
condition), "35 people, 20 of them students" (students), "five of those killed were
children" (children killed), "nine of the workers died" (workers killed), and a pronoun
with no noun after it, "800 of them were killed", whose group is the last plural noun
before the count (troops killed, after "sent 5,000 troops").

Why apart from :mod:`.figure_told`: those rules read a predicate or a total next to the
number; these read the group the number is a part of, named before it or after "of", and
then what the clause says of the part. The words are ``partitives`` of
``figure_predicates``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from ..lang import language_data, longest_first
from .counted import antecedent, has_common_noun, last_plural
from .figure_predicates import Predicates, predicates, with_state
from .figure_words import FigureWords, figure_words
from .opening import fast_pattern
from .window_ends import ends_with

if TYPE_CHECKING:
    from .figure_values import FigureFinder

#: A determiner written as plain words, no pattern: a window's end can be tested for it.
_PLAIN = re.compile(r"\w+(?: \w+)*")


@dataclass(frozen=True)
class Partitives:
    fronted: re.Pattern[str]  # "of the 40 hostages, " right before the number
    of_group: re.Pattern[str]  # " of the injured" right after it
    of_them: re.Pattern[str]  # ", 20 of them students": " of them students" after it
    of_pronoun: re.Pattern[str]  # "800 of them were killed": " of them" with no noun
    copula_noun: re.Pattern[str]  # " were children" after the number
    #: ", including " before a part of a group: "them" after it is the group, not the part
    aside: re.Pattern[str] | None = None
    #: "most of the " before a count: the count is the whole a part is taken from
    whole: re.Pattern[str] | None = None
    #: the determiners a match of ``whole`` ends with, as written (None: one is a pattern)
    whole_ends: tuple[str, ...] | None = None


@cache
def partitives(lang: str) -> Partitives | None:
    table = language_data(lang).table("figure_predicates").get("partitives")
    if table is None:
        return None
    dets = "|".join(table["determiners"])
    link, them = table["link"], "|".join(table["pronouns"])
    copulas = "|".join(table["copulas"])
    openers = language_data(lang).table("figure_predicates").get("apposition_openers")
    return Partitives(
        fronted=fast_pattern(rf"\b{link}\s+(?:{dets})\s+(?:[\d,.]+\s+)?"
                             r"(?P<group>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,5}),\s+$"),
        of_group=fast_pattern(rf"\s+{link}\s+(?:{dets})\s+(?P<group>[a-z]+)\b"),
        of_them=fast_pattern(rf"\s+{link}\s+(?:{them})\s+(?P<group>[a-z]+)\b"),
        of_pronoun=fast_pattern(rf"\s+{link}\s+(?:{them})\b"),
        copula_noun=fast_pattern(rf"\s+(?:{copulas})\s+(?P<noun>[a-z]+)\b"),
        aside=fast_pattern(rf",\s+(?:{longest_first(openers)})\s+") if openers else None,
        whole=_whole(lang, table, link, dets),
        whole_ends=tuple(table["determiners"]) if all(
            _PLAIN.fullmatch(d) for d in table["determiners"]) else None)


def partitive_told(lang: str, folded: str, m: re.Match[str]) -> tuple[str, int] | None:
    """(measure, end) of a number ``m`` with no noun of its own that counts a part of a
    group named by a partitive, else None."""
    table = partitives(lang)
    if table is None:
        return None
    told = predicates(lang)
    if after := table.of_them.match(folded, m.end()):  # "20 of them students"
        noun = after.group("group")
        return (noun, after.end()) if noun.endswith("s") else None
    if after := table.of_group.match(folded, m.end()):  # "two of the injured"
        group = after.group("group")  # a total, or a state ("five of those killed")
        state = told.totals.get(group) or told.states.get(group)
        if state is None:
            return None
        return _part(table, told, folded, after.end(), None, state), after.end()
    lo = max(0, m.start() - 80)  # the pattern ends with a comma and spaces: tested first
    before = table.fronted.search(folded, lo, m.start()) if ends_with(
        folded, lo, m.start(), ",") else None
    if before is None:  # "Of the 40 hostages, 12 ..."
        return None
    group = _group(told, before.group("group").split())
    if group is None:
        return None  # "Of the three plans, two ...": no count of people
    state = told.totals.get(group)
    return _part(table, told, folded, m.end(), None if state else group, state), m.end()


def _group(told: Predicates, words: list[str]) -> str | None:
    """The group a fronted partitive names: its words up to the first total or noun of
    people ("hostages held in Gao": hostages; "foreign nationals": both), else None."""
    for k, word in enumerate(words):
        if word in told.totals or told.counts_people(" ".join(words[:k + 1])):
            return " ".join(words[:k + 1])
    return None


def _part(table: Partitives, told: Predicates, folded: str, end: int, group: str | None,
          state: str | None) -> str:
    """The measure of a part: who it is ("were children"), else the group (else the
    group's state, "injured"), and what befell it ("have been freed", "in critical
    condition"), else the group's state ("Of the dead, 12 were children": children
    killed)."""
    said = table.copula_noun.match(folded, end)
    noun = said.group("noun") if said else None
    who = noun if noun and noun not in told.states and (
        noun in told.people or noun.endswith("s")) else group
    happened = told.happened(folded, end)
    if who is None:
        return with_state(state, happened) if happened and state else (happened or state or "")
    return with_state(who, happened or state or "").strip()


def part_fate(lang: str, folded: str, part: str, start: int, end: int) -> str:
    """The group a partitive counts a part of (``part``, "workers" in "nine of the workers
    died", read up to ``end``) with what the clause says befell the part: a state of people
    (workers killed), a fate of things (drones intercepted), else the group alone."""
    told = predicates(lang)
    if told.counts_people(part):
        fate = told.happened(folded, end)
    else:
        fate = told.thing_fate(folded, start, end)
    return with_state(part, fate) if fate else part


def pronoun_part(text: str, folded: str, m: re.Match[str], words: FigureWords
                 ) -> tuple[str, int] | None:
    """(measure, end) of a count of a part named by a pronoun alone ("about 800 of them
    were killed", "11,000 of them are in Kursk"): the group is the last plural noun before
    the count in its paragraph (what "them" stands for), with what befell the part; None
    when the language has no partitives or no plural noun comes before."""
    table = partitives(words.lang)
    after = table.of_pronoun.match(folded, m.end()) if table else None
    if after is None:
        return None
    group = last_plural(text, m.start(), words)
    if group is None:
        return None
    asides = list(table.aside.finditer(folded, max(0, m.start() - 120), m.start())
                  ) if table.aside else []
    if asides and group in re.findall(r"\w+", folded[asides[-1].end():m.start()]):
        # "4,700 casualties, including 600 deaths. 2,000 of them": the whole group
        group = last_plural(text, asides[-1].start(), words) or group
    return part_fate(words.lang, folded, group, m.start(), after.end()), after.end()


def _whole(lang: str, table: dict[str, Any], link: str, dets: str) -> re.Pattern[str] | None:
    """The pattern of :func:`whole_of_part`: a number (digits or the language's words) or a
    quantifier, the link and a determiner, right before a count."""
    if not table.get("quantifiers"):
        return None
    numbers = figure_words(lang).numbers
    words = longest_first([*table["quantifiers"], *numbers.units, *numbers.tens])
    return fast_pattern(rf"(?:\b(?:{words})|\d)\s+{link}\s+(?:{dets})\s+$")


def whole_of_part(lang: str, folded: str, start: int) -> bool:
    """Whether a count starting at ``start`` is the whole a part is taken from ("most of
    the 300 passengers were rescued", "40 of the 300 passengers were injured"): what the
    clause says befell the part is not the whole's, so the count takes no state."""
    table = partitives(lang)
    if not (table and table.whole) or (table.whole_ends is not None and not ends_with(
            folded, max(0, start - 40), start, table.whole_ends)):
        return False  # a match ends with a determiner and spaces: most windows do not
    return bool(table.whole.search(folded, max(0, start - 40), start))


def part_measure(finder: FigureFinder, m: re.Match[str]) -> tuple[str, None, int] | None:
    """(measure, None, end) of a count of a part named after it: "a hundred of our
    nurses", "nine of the workers died" (workers killed), "800 of them were killed" (what
    "them" stands for, killed); else None (the finder's single value ``m``)."""
    words, text, folded = finder.words, finder.text, finder.folded
    if part := words.partitive.match(text, m.end()):
        found = finder._noun_phrase(part.end())
        if found[0] and has_common_noun(found[0], words) and found[1] is None:
            counted = part_fate(words.lang, folded, antecedent(
                text, m.start(), found[0], words), m.start(), found[2])
            return counted, None, m.end() if part.group("inner") else found[2]
    if of := pronoun_part(text, folded, m, words):
        return of[0], None, of[1]
    return None
