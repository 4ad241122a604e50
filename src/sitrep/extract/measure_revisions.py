"""What a revised estimate measures: "cut its estimate of daily losses to about 2 million
euros, from up to 3.5 million euros last week", "lowered its growth forecast for Hungary to
1.5 percent".

Why a pass of its own: a sum or a share after "to" has no noun of its own, so it measured
nothing ("EUR", "%"), though the sentence names what was estimated right before it. A value
whose measure is unknown, right after a revision of an estimate (the verbs, owners and
nouns of ``revised_estimates`` in ``speech_cues.json``, as :mod:`.reporting_verbs` reads
them) and "to", measures the thing the estimate is "of" ("daily losses"), else the estimate
as named ("growth forecast"); the earlier value after "from" right after it measures the
same thing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..lang import language_data, longest_first
from .records import Figure
from .reporting_verbs import WORD, estimate_phrase


@cache
def _revision(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The pattern of a revision ending right before its new value, and the words between
    the new value and the earlier one ("from", "down from")."""
    t = language_data(lang).table("speech_cues").get("revised_estimates") or {}
    if not t.get("verbs"):
        return None
    revised = re.compile(
        rf"\b(?:{longest_first(t['verbs'])})\s+{estimate_phrase(t)}"
        rf"(?:\s+(?:{longest_first(t['of'])})\s+(?P<of>{WORD}(?:\s+{WORD}){{0,3}}?))?"
        rf"(?:\s+(?:{longest_first(t['about'])})(?:\s+{WORD}){{1,3}}?)?"
        rf"(?:\s+(?:{longest_first(t['day_leads'])})\s+{WORD})?\s+{re.escape(t['to'])}\s+$",
        re.I)
    earlier = re.compile(rf"^\s*,?\s*(?:(?:{longest_first(t['earlier'])})\s+)+$", re.I)
    return revised, earlier


def revised_measures(text: str, figures: list[Figure], lang: str) -> list[Figure]:
    """``figures`` with each value a revision sets, and the earlier value after it,
    measuring what was estimated."""
    rules = _revision(lang)
    if rules is None:
        return figures
    revised, earlier = rules
    out: list[Figure] = []
    for fig in figures:
        if fig.measure is None:
            m = _revision_before(text, fig.evidence.start, revised)
            if m is not None:
                named = m.group("of") or f"{m.group('head')}{m.group('noun')}"
                fig = replace(fig, measure=named.strip())
            elif out and out[-1].measure and out[-1].unit == fig.unit and earlier.match(
                    text[out[-1].evidence.end:fig.evidence.start]) and _revision_before(
                    text, out[-1].evidence.start, revised) is not None:
                fig = replace(fig, measure=out[-1].measure)
        out.append(fig)
    return out


def _revision_before(text: str, start: int, revised: re.Pattern[str]) -> re.Match[str] | None:
    """The revision that ends right before ``start``, within its clause."""
    window = text[max(0, start - 160):start]
    cut = max(window.rfind(c) for c in ".;:!?\n")
    return revised.search(window, cut + 1)
