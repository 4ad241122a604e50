"""The measure of a count a cut of a service reaches: "began shutting off power on Monday
to 40,000 homes" counts homes without power, not homes.

Why: the rules of :mod:`.counted` read the noun after the number ("homes"), and the fate
rules of :mod:`.measure_fates` read a verb right before the count or after it; here the
verb and the service stand before "to", which the count follows, so the homes read bare,
and a count of homes cut off reads like a count of all homes
(``figure_measure_context`` services).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..lang import language_data, longest_first
from .counted import without_place
from .figure_words import FigureWords
from .opening import fast_pattern
from .records import Figure


@dataclass(frozen=True)
class _Services:
    """The pattern of a cut or a restoring of a service right before a count, the kind of
    each verb, and the measure each kind makes."""

    before: re.Pattern[str]
    kinds: dict[str, str]
    forms: dict[str, str]


@cache
def _services(lang: str) -> _Services | None:
    table = language_data(lang).table_part("figure_measure_context", "services")
    if table is None:
        return None
    verbs, objects = longest_first(list(table["verbs"])), longest_first(table["objects"])
    off = f"(?:\\s+(?:{'|'.join(table['particles'])}))?"
    fill = rf"(?:\s+[\w’'-]+){{0,{int(table['fillers'])}}}?"
    link = table["link"]
    return _Services(fast_pattern(
        rf"\b(?:(?P<verb>{verbs}){off}\s+(?:the\s+)?(?P<object>{objects}){off}"
        rf"|(?P<service>{objects})\s+(?:{longest_first(table['nouns'])})){fill}\s+{link}\s+$",
        re.I), dict(table["verbs"]), dict(table["forms"]))


def served_measures(text: str, figures: list[Figure], words: FigureWords) -> list[Figure]:
    """``figures`` with each count a cut (or a restoring) of a service reaches named so:
    "homes without power", "customers with power restored"."""
    found = _services(words.lang)
    if found is None:
        return figures
    out = []
    for fig in figures:
        measure = fig.measure or ""
        head = without_place(measure, words)
        start = fig.evidence.start
        if fig.unit is None and fig.change is None and head and " " not in head and (
                m := found.before.search(text, max(0, start - 90), start)):
            kind = found.kinds.get((m.group("verb") or "").lower(), "cut")
            service = (m.group("object") or m.group("service")).lower()
            named = found.forms[kind].format(noun=head, service=service)
            fig = replace(fig, measure=named + measure[len(head):])
        out.append(fig)
    return out
