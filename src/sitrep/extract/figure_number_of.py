"""A count that "the number of ..." names before a verb of change, or a plural noun of
things done that opens a clause: "the number of ships waiting to berth at the port of
Gdansk rose to 31" counts ships, "the number of damaged houses has almost doubled since
Monday to nearly 1,000" counts damaged houses, "Detentions rose to 41" counts detentions.

Why apart from :mod:`.figure_predicates`: its totals are a closed list (the death toll,
the number of dead) that name a fate; here the phrase after "the number of" is what is
counted, whatever it is, and the number after "rose to" has no noun after it for the
finder to read; the finder's own reading of "the number of X" (``_number_of_before`` in
:mod:`.figure_values`) reaches only 40 characters back, so a long phrase or an adverb
after the verb ("has almost doubled since Thursday to") left such a count, common in
running news, no figure. The words are the language's
(``lang/<code>/figure_number_of.json``); a language without that table has no such rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lang import language_data, longest_first
from .opening import fast_pattern

#: how far before the number the total may open (characters)
WINDOW = 200


@dataclass(frozen=True, slots=True)
class NumberOf:
    """One language's pattern of a total before a verb of change, and its phrase's ends."""

    before: re.Pattern[str]
    stops: frozenset[str]
    stop_endings: tuple[str, ...]
    max_words: int

    def counted(self, folded: str, start: int) -> str | None:
        """What the number starting at ``start`` (with its hedge) counts when "the number
        of ..." and a verb of change lead to it, else None."""
        m = self.before.search(folded, max(0, start - WINDOW), start)
        if m is None:
            return None
        if m.group("nominal"):
            return m.group("nominal")  # "Detentions rose to 41"
        words = []
        for word in m.group("phrase").split():
            if word in self.stops or len(words) == self.max_words or (
                    words and word.endswith(self.stop_endings)):
                break
            words.append(word.strip(",'’\""))
        return " ".join(w for w in words if w) or None


@cache
def number_of(lang: str) -> NumberOf | None:
    """The rule of ``lang``, None when the language has no table for it."""
    data = language_data(lang)
    heads = data.table_part("figure_number_of", "heads")
    if not heads:
        return None
    part = lambda name: data.table_part("figure_number_of", name)  # noqa: E731
    between = int(part("between"))
    nominals = longest_first(part("nominals") or ["(?!)"])
    pattern = fast_pattern(
        rf"(?:\b(?:{longest_first(heads)})\s+(?P<phrase>[^.;:!?\n()]{{1,120}}?)"
        rf"|(?:^|(?<=[.!?;:\n])|(?<=, and)|(?<=, but)|(?<=\bthat))\s*(?P<nominal>{nominals}))"
        rf"\s+(?:(?:{longest_first(part('auxiliaries'))})\s+)?"
        rf"(?:(?:{longest_first(part('adverbs'))})\s+)?"
        rf"(?:{longest_first(part('verbs'))})(?:\s+[\w-]+){{0,{between}}}?"
        rf"\s+(?:{longest_first(part('links'))})\s+$")
    return NumberOf(pattern, frozenset(part("stops")), tuple(part("stop_endings") or ()),
                    int(part("max_words")))
