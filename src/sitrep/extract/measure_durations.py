"""What a span of time that no noun follows lasts: "slept for two hours" is the duration
of the sleep, "two hours to paint the hall" the duration to paint the hall, "spent 12 hours
clearing the road" the duration of clearing the road, "no patrols were made for six
hours" the duration no patrols were made, "took 10 days off work" time off work.

Why apart from :mod:`.counted`: these read the verb and the words around a span, not the
noun phrase after a number; :mod:`.figure_values` calls it for a span with no noun.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .counted_context import cut_idiom, object_phrase, spent_on
from .figure_words import FigureWords
from .measure_kinds import kind_words
from .opening import fast_pattern

_ANY_WORD = fast_pattern(r"(?<![\w’'-])[A-Za-z]+(?![\w’'-])")
_WORD_BEFORE = fast_pattern(r"([A-Za-z]+)\s+$")
#: "to" (any case) right before the words read: they open an infinitive
_TO_BEFORE = re.compile(r"\b[Tt]o\s+$")
#: "(managed) to clear the road in (four hours)": what is done in the span, an infinitive
#: with its object
_INFINITIVE_IN = fast_pattern(r"\bto\s+([a-z]{3,}\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
                              r"[a-z]+(?:\s+[a-z]+)?)\s+(?:in|within)\s+$")


def duration_measure(text: str, start: int, end: int, words: FigureWords) -> str:
    """What a span of time that no noun follows lasts: "slept for two hours" is the
    duration of the sleep, "two hours to paint the hall" the duration to paint the hall;
    after a verb that only says it lasts ("the festival runs five days") or none, just a
    duration."""
    table = words.rules["duration_of"]
    base, of = table["measure"], table["of"]
    after = re.compile(rf"\s+{table['to']}\s+([a-z]+)\b").match(text, end, end + 30)
    if after:  # "six hours to paint the hall": the painting of the hall
        said = [base, table["to"], after.group(1), object_phrase(text, after.end(), words)]
        return " ".join(said).strip()
    if doing := spent_on(text, start, end, words):
        return f"{base} {of} {doing}"  # "spent 12 hours clearing the road"
    if said := _off_or_passive(text, start, end, words):
        return said
    lo = max(0, start - 40)
    lo = max(lo, text.rfind(". ", lo, start) + 1, text.rfind("\n", lo, start) + 1)
    if idiom := cut_idiom(text[lo:start], words):
        start = lo + len(idiom[0])  # "took in the order of two hours": no "order"
    if done := _INFINITIVE_IN.search(text, lo, start):  # "managed to clear the road in
        return f"{base} {table['to']} {' '.join(done.group(1).split())}"  # four hours"
    # in its own sentence; a name stops the words read ("delivered buses to cities in
    # Chile over five years": no duration of the cities)
    before = _ANY_WORD.findall(text, lo, start)[-3:]
    linked = bool(before) and before[-1] in table["before"]  # "to nap for two hours"
    if linked:
        before = before[:-1]
    said = []
    for w in reversed(before):
        if not w.islower() or w in words.stop_words or w in table["plain"] or (
                w in table["before"] or w in words.units or w == words.rules["joiner"]):
            break  # "50 mph (80 kph) in 6.1 seconds": a unit is no activity
        said.insert(0, w)
    while said and said[0].endswith(words.rules["past"]):
        said = said[1:]  # "practised chess for 12 weeks": the chess
    said = [w for w in said if not w.endswith("ly")]  # "continued ultimately for": no adverb
    if not said or text[start - 1:start] not in (" ",) or _perfect_before(text, start, said, table):
        return base
    if not linked and _TO_BEFORE.search(text, lo, max(lo, text.rfind(said[0], lo, start))):
        return base  # "To celebrate 50 years": the span is the verb's object, not its length
    return f"{base} {of} {' '.join(said[-2:])}"


def _perfect_before(text: str, start: int, said: list[str], table: dict[str, Any]) -> bool:
    """A perfect verb in the sentence, not among the words read ("has treated patients with
    rare cancers for 30 years"): the span says how long that has gone on, and the nouns
    just before "for" are its object, not what lasted."""
    first = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    return any(m.group(0).split()[-1] not in said
               for m in re.finditer(table["perfect"], text[first:start]))


def _off_or_passive(text: str, start: int, end: int, words: FigureWords) -> str | None:
    """"took 10 days off work": time off work; "no patrols were made for six hours", "the
    ferry was held for three days": how long that held, as the clause says it ("duration
    no patrols were made"), read from a determiner in its sentence; else None."""
    table = words.rules["duration_of"]
    off = table.get("off")
    taken = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if off and taken and taken.group(1).lower() in off["verbs"] and (
            m := re.compile(rf"\s+{off['link']}\s+([a-z]+)\b").match(text, end)):
        return f"{off['measure']} {m.group(1)}"  # "took 10 days off work", not "cut two
        # years off average life expectancy"
    if "passive" not in table:
        return None
    dot = text.rfind(". ", 0, start)
    lo = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, start) + 1)
    m = _passive(table["passive"]).search(text[lo:start].lower())  # the span opens at its hedge
    if m is None:
        return None
    verb = m.group("verb")  # a participle: "closed", "made", not "busy" or "open"
    kinds = kind_words(words.lang)
    if kinds is not None and verb in kinds.verb_measures:
        return None  # "was delayed for", "were married for": a kind of span of its own
    if not verb.endswith(words.rules["past"]) and verb not in (
            words.rules["fate_verbs"]["irregular"]):
        return None
    return f"{table['measure']} {m.group('clause')}"


@cache
def _passive(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)
