"""The measure of a share of a whole: "ice covers 40% of the lake's surface" measures the
share of the lake's surface, not the surface.

Why: the rules of :mod:`.counted_context` read the noun after "of" as what a share is of,
and :mod:`.measure_shares` adds what a group's share does ("12% of Americans say ...");
a share of one thing (a surface, a budget, a firm) that no clause follows is left named by
the whole alone, which reads as the whole's own size. A plural or a noun of people is a
group and stays with the share rules (``figure_measure_bases`` shares: whole_form).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..errors import UsageError
from ..lang import language_data
from .counted import is_plural
from .figure_words import FigureWords
from .measure_share_words import share_words
from .opening import fast_pattern
from .records import Figure


@cache
def _form(lang: str) -> tuple[str, re.Pattern[str]] | None:
    """The way a share of a whole is written, and the link before the whole ("of the",
    "of Europe's": a named owner says where and is left out)."""
    try:
        form = language_data(lang).table("figure_measure_bases")["shares"]["whole_form"]
        context = language_data(lang).table("figure_measure_context")
    except (UsageError, KeyError):  # no such table, or no such part of it
        return None
    determiners = "|".join(context["share_determiners"])
    return form, fast_pattern(rf"\b{context['share_link']}\s+(?:(?:{determiners})\s+)?"
                              r"(?:[\w-]+[’']s\s+)?$", re.I)  # past a named owner


def whole_shares(figures: list[Figure], words: FigureWords) -> list[Figure]:
    """``figures`` with each share of a whole named as such ("share of lake's surface")."""
    found, table = _form(words.lang), share_words(words.lang)
    if found is None or table is None:
        return figures
    form, link = found
    out = []
    for fig in figures:
        measure, said = fig.measure or "", fig.evidence.text
        if fig.unit == "%" and fig.change is None and fig.kind == "measure" and measure and (
                said.endswith(measure) and link.search(said[:-len(measure)])
                and _whole(measure.split()[-1], words, table.people)):
            fig = replace(fig, measure=form.format(measure))
        out.append(fig)
    return out


def _whole(head: str, words: FigureWords, people: frozenset[str]) -> bool:
    """A head noun that names one whole: lower case, no plural, no people, no count."""
    return head[:1].islower() and not is_plural(head, words.rules["plural"]) and (
        head not in people and head not in words.count_nouns)
