"""Verbs that report a figure only in some constructions: a forecast, a revised estimate.

Why: "sees", "projects", "cut" and "raised" are not verbs of saying ("Dr Lind sees 40
patients a day", "the city cut 300 jobs"), yet news reports figures with them: "Halvorsen
Ltd sees sales growth of 3%" is the firm's forecast, and "the port authority cut its
estimate of daily losses to 2 million euros", "the ministry raised its death toll to 57"
are the body's figures, as "the ministry said the toll rose to 57" is. Each rule here tells
whether the verb at a token reports, so that the attribution treats it as a verb of saying
and the verb's subject becomes the speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..lang import language_data, longest_first
from .records import Mention
from .speech_cues import SpeechCues
from .words import Sentence, Words


@dataclass(frozen=True)
class Revisions:
    """"cut its estimate of X to N": the verbs, and the pattern of what follows them (an
    owner, at most three words, a noun of an estimate, then "to" and a number within the
    clause)."""

    verbs: frozenset[str]
    estimate: re.Pattern[str]


#: a word of a phrase that names what was estimated ("daily", "death", "year's")
WORD = r"[\w’'-]+"


def estimate_phrase(t: dict[str, Any]) -> str:
    """The pattern of the estimate a revision names (``t``: the ``revised_estimates``
    table): an owner, at most three words (group ``head``), a noun of an estimate (group
    ``noun``): "its estimate", "the death toll", "its growth forecast". Read after the verb
    here, and before the new value by :mod:`.measure_revisions`."""
    return (rf"(?:{longest_first(t['owners'])})\s+(?P<head>(?:{WORD}\s+){{0,3}}?)"
            rf"(?P<noun>{longest_first(t['nouns'])})\b")


@cache
def revisions(lang: str) -> Revisions:
    """The revision words of ``lang`` (``revised_estimates`` in ``speech_cues.json``)."""
    t = language_data(lang).table("speech_cues").get("revised_estimates") or {}
    if not t.get("verbs") or not t.get("nouns"):
        return Revisions(frozenset(), re.compile(r"(?!)"))
    return Revisions(frozenset(t["verbs"]), re.compile(
        rf"\s+{estimate_phrase(t)}[^.;:!?]{{0,80}}?\s{re.escape(t['to'])}\s+"
        rf"(?:[^\W\d]+\s+){{0,2}}[$€£¥]?\d", re.I))


def revises_estimate(text: str, words: Words, i: int, lang: str) -> bool:
    """Whether the verb at token ``i`` revises an estimate to a number ("raised its death
    toll from the blast to 57", "cut its forecast for growth to 1.5 percent")."""
    rules = revisions(lang)
    return words.lower[i] in rules.verbs and rules.estimate.match(
        text, words.end_char(i)) is not None


def forecast_reported(text: str, words: Words, sent: Sentence, i: int,
                      mentions: list[Mention], c: SpeechCues) -> bool:
    """"Halvorsen Ltd sees sales growth of 3%", "the company projects 1,200 jobs": a verb
    of forecasting reports a figure when a firm's or a body's name (or "it", "the
    company") stands right before it and a number after it; "the city sees 2 million
    visitors" and "Dr Lind sees 40 patients a day" are no claims."""
    lower = words.lower
    k = i - 1
    while k > sent.start and lower[k] in c.auxiliaries:
        k -= 1
    if k < sent.start or not any(ch.isdigit() for ch in text[words.end_char(i):sent.end_char]):
        return False
    end = words.end_char(k)
    return any(m.span.end == end and m.kind == "org" for m in mentions) or (
        lower[k] in c.org_pronouns) or (
        lower[k] in c.org_nouns and k > sent.start and lower[k - 1] == c.the)
