"""A count with no noun of its own that goes on with the measure of the figure just before
it: an ellipsis ("nine firing ranges in Poland and five in Latvia": five firing
ranges) or the value it replaced ("the toll rose to 143 from 139", "14 deaths on Monday,
up from 9 a day earlier": the earlier count of the same thing).

Why apart from :mod:`.figure_values`: the finder reads what follows a number; these rules
read what links it to the figure before it. The words are ``carried`` of
``figure_predicates``.
"""

from __future__ import annotations

import re
from functools import cache

from ..lang import language_data, longest_first
from .counted import without_place
from .figure_words import FigureWords
from .opening import fast_pattern
from .records import Figure

#: How far before a number the figure it goes on from may end, in characters.
_REACH = 60


@cache
def _prior_links(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(a link anywhere in the words between, one right after the figure before): "up
    from", "revised from" may follow a day ("on Monday, up from"); a bare "from" must
    follow the figure ("rose to 143 from 139")."""
    table = language_data(lang).table("figure_predicates").get("carried")
    if table is None:
        return None
    fill = rf"(?:(?:{longest_first(table['fillers'])})\s+){{0,3}}"
    return (fast_pattern(rf"\b(?:{longest_first(table['moved'])})\s+{table['from']}\s+{fill}$"),
            fast_pattern(rf",?\s+{table['from']}\s+{fill}$"))


def carried_measure(text: str, m: re.Match[str], previous: Figure | None,
                    words: FigureWords) -> tuple[str, int] | None:
    """(measure, end) of the count ``m`` from the figure just before it, else None."""
    if previous is None or not previous.measure or previous.evidence.end > m.start():
        return None
    between = text[previous.evidence.end:m.start()]
    links = _prior_links(words.lang)
    if links and previous.unit is None and len(between) <= _REACH and not any(
            c in between for c in ".;:!?\n") and (
            links[0].search(between) or links[1].fullmatch(between)):
        return previous.measure, m.end()  # "rose to 143 from 139"
    if len(between) > 12 or not words.ellipsis.fullmatch(between):
        return None
    tail = words.in_place.match(text[m.end():m.end() + 40])
    if not tail:
        return None  # "nine firing ranges in Poland and five in Latvia"
    return f"{without_place(previous.measure, words)}{tail.group(0)}".strip(), \
        m.end() + len(tail.group(0))
