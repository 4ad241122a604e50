"""The subject of a verb of reaching or totalling that a phrase separates from the verb:
"solar output at the Vigo works totalled 80 MWh" measures solar output, "new capacity
installed across Chile in 2026 reached 4 GW" measures new capacity installed.

Why a rule of its own: :mod:`.measure_kinds` reads only the few words right before the
link ("storage capacity will reach 40 GW") and gives up when a preposition stands among
them, so such a value kept its unit's kind ("power", "energy"). The subject is read from
the start of the clause: at most ``owner_words`` words that end with a noun that is itself
a quantity (``quantity_nouns``: output, capacity, travel), or with such a noun and the
participle after it ("capacity added"); what follows it up to the link must open with a
preposition or a small word ("this year"); the clause opens after the last word that
opens another clause (``subject_breaks``). A subject whose head is no quantity is left
alone: "the car from Ulm reaches 60 mph" would need the kind and the car, and the car may
be a place's name.
"""

from __future__ import annotations

import re
from functools import cache

from ..lang import language_data, longest_first
from .figure_words import FigureWords
from .opening import fast_pattern

_TOKEN = fast_pattern(r"[A-Za-z][\w’'-]*|\d[\d,.]*|\S")


@cache
def _table(lang: str) -> tuple[re.Pattern[str], frozenset[str], frozenset[str], str] | None:
    """(the clause before a link, the words that break a subject, the quantity nouns, the
    ending of a participle) of ``lang``, or None when it has no such words."""
    t = language_data(lang).table_part("figure_measure_kinds", "subject_breaks")
    if t is None:
        return None
    kinds = language_data(lang).table("figure_measure_kinds")
    clause = fast_pattern(
        rf"(?:^|[.;:,!?\"“”(]\s*)(?P<clause>[^.;:,!?\"“”()]{{1,160}}?)\s+"
        rf"(?:{longest_first(kinds['owner_links'])})\s+$")
    return (clause, frozenset(t), frozenset(kinds["quantity_nouns"]),
            str(kinds["participle_end"]))


def long_subject(before: str, words: FigureWords, phrase_ends: frozenset[str],
                 owner_words: int) -> str | None:
    """The quantity that the clause ending in ``before`` (with its link) names as its
    subject, past a phrase after it; None when the clause has no such subject."""
    table = _table(words.lang)
    if table is None or (m := table[0].search(before)) is None:
        return None
    _, breaks, quantities, participle = table
    said = _TOKEN.findall(m.group("clause"))
    cut = [i for i, w in enumerate(said) if w.lower() in breaks]
    said = said[cut[-1] + 1:] if cut else said  # "prices fell and output at ... reached"
    while said and said[0].lower() in words.stop_words:
        said = said[1:]  # "the", "its": no part of the name
    head = next((i for i, w in enumerate(said[:owner_words]) if w.lower() in quantities), None)
    if head is None:
        return None
    end = head + 1
    if end < len(said) and said[end].lower().endswith(participle) and (
            said[end].lower() not in phrase_ends):
        end += 1  # "capacity added", "output recorded"
    rest = [w.lower() for w in said[end:]]
    if not rest or not (rest[0] in phrase_ends or rest[0] in words.stop_words) or (
            len(rest) > 12):
        return None  # no phrase between (the short rule reads it), or another clause
    kept = said[:end]
    if any(w.lower() in words.stop_words or w.lower() in phrase_ends or not w[:1].isalpha()
           or (i and w[:1].isupper()) for i, w in enumerate(kept)):
        return None  # "Chile's new", "Norvik Output": a name, not a quantity
    return " ".join(kept).lower()
