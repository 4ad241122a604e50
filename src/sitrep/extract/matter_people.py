"""Which people a sentence opens with are the page's matter's own, not a party it turns to.

Why: :mod:`.page_matters` lets a sentence that opens with a person the title and the lead
do not name turn away from the page's matter, and gives its figures the person's name.
That suits "Ruben Salgado joined on a contract worth ..." on a page about a cup final. It
does not suit a person who does the page's own work: on a page about a probe's survey of a
moon, "Halasz and her team watched the moon for 23 nights" tells of the survey, and the
study's lead author is never what its figures are about. The person stands for the page's
matter when the sentence:

- refers back to the page's party ("Ines Ruiz, the company's finance chief, ..."); a
  word of the title is not enough ("Halasz, who sings in a Bergen choir, won 3 prizes"
  on a page about Bergen's ferries tells of Halasz);
- names the person as the head of a group at work (the language's ``team_joins`` and
  ``team_words`` right after the name: "Halasz and her colleagues", "Halasz's team"): a
  research or work team, which does what the page tells of;
- or tells of a case, a trial or an investigation (the page's matter ends with one of the
  language's ``people_heads``): a person it opens with is an accused or a witness ("Dana
  Roe, 41, was held on a $70,000 bond").
"""

from __future__ import annotations

import re
from functools import cache

from ..lang import language_data
from .opening import fast_pattern


@cache
def _team(lang: str) -> re.Pattern[str]:
    """What right after a person's name makes them the head of a group at work; never
    for a language without the words."""
    joins = language_data(lang).table_part("matters", "team_joins") or ()
    heads = language_data(lang).table_part("matters", "team_words") or ()
    if not joins or not heads:
        return re.compile(r"(?!)")
    alt = "|".join(re.escape(w) for w in sorted(joins, key=len, reverse=True))
    team = "|".join(re.escape(w) for w in sorted(heads, key=len, reverse=True))
    return fast_pattern(rf"\s*(?:{alt})\s*(?:{team})\b", re.IGNORECASE)


def leads_team(text: str, end: int, lang: str) -> bool:
    """Whether the person's name ending at ``end`` of ``text`` heads a group at work
    ("... and her colleagues", "...'s team")."""
    return _team(lang).match(text, end) is not None


def of_the_matter(text: str, end: int, page: str | None, people_heads: frozenset[str],
                  writes_page: bool, lang: str) -> bool:
    """Whether a person named at the start of a sentence, ending at ``end``, is one of
    the page's matter's own (see the module docstring); ``writes_page``: whether the
    sentence refers back to the page's party."""
    return writes_page or leads_team(text, end, lang) or (
        (page or "").rsplit(" ", 1)[-1].lower() in people_heads)
