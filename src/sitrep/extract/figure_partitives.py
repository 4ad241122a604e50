"""A count whose group is named by a partitive around it rather than by a noun after it:
"Of the 40 hostages, 12 have been freed" (hostages freed), "Of the dead, 12 were children"
(children killed), "two of the injured were in critical condition" (injured in critical
condition), "35 people, 20 of them students" (students).

Why apart from :mod:`.figure_told`: those rules read a predicate or a total next to the
number; these read the group the number is a part of, named before it or after "of", and
then what the clause says of the part. The words are ``partitives`` of
``figure_predicates``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lang import language_data
from .figure_predicates import Predicates, predicates, with_state
from .opening import fast_pattern


@dataclass(frozen=True)
class Partitives:
    fronted: re.Pattern[str]  # "of the 40 hostages, " right before the number
    of_group: re.Pattern[str]  # " of the injured" right after it
    of_them: re.Pattern[str]  # ", 20 of them students": " of them students" after it
    copula_noun: re.Pattern[str]  # " were children" after the number


@cache
def partitives(lang: str) -> Partitives | None:
    table = language_data(lang).table("figure_predicates").get("partitives")
    if table is None:
        return None
    dets = "|".join(table["determiners"])
    link, them = table["link"], "|".join(table["pronouns"])
    copulas = "|".join(table["copulas"])
    return Partitives(
        fronted=fast_pattern(rf"\b{link}\s+(?:{dets})\s+(?:[\d,.]+\s+)?"
                             r"(?P<group>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,5}),\s+$"),
        of_group=fast_pattern(rf"\s+{link}\s+(?:{dets})\s+(?P<group>[a-z]+)\b"),
        of_them=fast_pattern(rf"\s+{link}\s+(?:{them})\s+(?P<group>[a-z]+)\b"),
        copula_noun=fast_pattern(rf"\s+(?:{copulas})\s+(?P<noun>[a-z]+)\b"))


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
        state = told.totals.get(after.group("group"))
        if state is None:
            return None
        return _part(table, told, folded, after.end(), None, state), after.end()
    before = table.fronted.search(folded, max(0, m.start() - 80), m.start())
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
