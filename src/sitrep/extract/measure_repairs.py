"""Measures put right from the sentence, once every value of a text is found.

Why a pass of its own: the rules of :mod:`.counted` and :mod:`.counted_left` read the noun
beside a value, and some nouns beside a value name no quantity: a multiplier ("25 times
your yearly spending" measures a multiple of the spending, not "times"), a container ("a
$40 billion list of goods" is the value of the goods), a test ("300 miles on the EPA
cycle" is a range), a placeholder ("the $5 million figure" is whatever was $5 million
before), a unit of food energy ("120 calories" of the soup). And a business measure read
without the word that makes it another one ("comparable sales", "operating profit") is
another figure than the plain one. Each is a general rule over the words of
``figure_measure_repairs``; a measure none of them concerns is left as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from ..lang import language_data
from .figure_words import FigureWords
from .opening import fast_pattern
from .records import Figure

_WORD = fast_pattern(r"[A-Za-z][\w’'-]*")
_SENTENCE_END = fast_pattern(r"[.!?]\s|\n")
_LAST_WORD = fast_pattern(r"([A-Za-z][\w-]*)\s+$")


@dataclass(frozen=True)
class RepairWords:
    """The words of ``figure_measure_repairs`` for one language."""

    multipliers: frozenset[str]
    owners: frozenset[str]
    multiple_of: str
    containers: frozenset[str]
    value_of: str
    methods: frozenset[str]
    test_names: frozenset[str]
    method_measures: dict[str, str]
    modifiers: frozenset[str]
    placeholders: frozenset[str]
    energy_units: frozenset[str]
    food_verbs: frozenset[str]
    energy_of: str
    measure_units: dict[str, str]
    lang: str


@cache
def repair_words(lang: str) -> RepairWords | None:
    """The table of ``lang``, or None when the language has none (no repair is made)."""
    try:
        t = language_data(lang).table("figure_measure_repairs")
    except Exception:
        return None
    sets = {k: frozenset(w.lower() for w in t[k]) for k in (
        "multipliers", "owners", "containers", "methods", "test_names", "modifiers",
        "placeholders", "energy_units", "food_verbs")}
    return RepairWords(multiple_of=t["multiple_of"], value_of=t["value_of"],
                       method_measures=dict(t["method_measures"]), energy_of=t["energy_of"],
                       measure_units=dict(t["measure_units"]),
                       lang=lang, **sets)


def repaired_measures(text: str, figures: list[Figure], words: FigureWords) -> list[Figure]:
    """``figures`` with each measure that names no quantity read again from its sentence."""
    table = repair_words(words.lang)
    if table is None:
        return figures
    out: list[Figure] = []
    for fig in figures:
        if fig.unit is None and (unit := table.measure_units.get((fig.measure or "").lower())):
            # "three cups of sugar": cups are the unit, sugar the measure
            fig = replace(fig, unit=unit, kind="measure",
                          measure=_after_of(text, fig.evidence.end, words))
        elif fig.kind not in ("dates", "change"):
            measure = _repaired(text, fig, figures, table, words)
            if measure != fig.measure:
                fig = replace(fig, measure=measure)
        out.append(fig)
    return out


def _repaired(text: str, fig: Figure, figures: list[Figure], table: RepairWords,
              words: FigureWords) -> str | None:
    measure, end = fig.measure, fig.evidence.end
    if fig.unit in table.energy_units:
        return _food(text, fig, table) or measure
    if not measure:
        return measure
    said = measure.split()
    last = said[-1].lower()
    if last in table.multipliers and len(said) == 1:
        return _multiple(text, end, table, words) or measure
    if last in table.containers and _is_sum(fig.unit) and (held := _after_of(text, end, words)):
        return f"{table.value_of} {held}"  # "two batches of vaccine" counts the batches
    quantity = words.quantities.get(fig.unit or "")
    if quantity and last in table.methods:  # "410 km on the WLTP cycle"; "5,000 tests" count
        return table.method_measures.get(quantity) or quantity
    if quantity and len(said) > 1 and _names_test(said[0].lower(), table):
        return " ".join(said[1:])
    if last in table.placeholders and len(said) == 1:
        return _placeheld(text, fig, figures, table, words)
    return _with_modifiers(text, fig, measure, table)


def _is_sum(unit: str | None) -> bool:
    return bool(unit) and len(unit) == 3 and unit.isupper()  # type: ignore[union-attr]


def _names_test(word: str, table: RepairWords) -> bool:
    """"wltp", "epa-cycle", "epa-rated": a word that names a test, not the quantity."""
    return word in table.test_names or any(
        part in table.methods or part in table.test_names for part in word.split("-")[1:])


def _phrase(text: str, pos: int, words: FigureWords, owners: frozenset[str] = frozenset()
            ) -> tuple[str, int] | None:
    """The noun phrase at ``pos`` (past one owner or article): its words up to a small word,
    a mark or a participle after its noun ("your yearly costs saved": the costs); at most
    four words."""
    kept: list[str] = []
    end = pos
    for m in _WORD.finditer(text, pos, min(len(text), pos + 80)):
        gap = text[end:m.start()]
        if gap.strip() or (kept and "\n" in gap):
            break
        low = m.group(0).lower()
        if not kept and low in owners:
            end = m.end()
            continue
        if (low != "and" and low in words.stop_words) or low in words.units or (
                low in words.rules["phrase_ends"] or low in words.rules["place_links"]):
            break
        if kept and low.endswith("ed") and not kept[-1].lower().endswith("ed"):
            break  # "the costs saved", "the level deemed safe"
        kept.append(m.group(0))
        end = m.end()
        if len(kept) >= 4 or _plural(low, words.rules["plural"]):
            break  # "their yearly costs put away": a plural heads the phrase
    while kept and kept[-1].lower() == "and":
        kept.pop()
    return (" ".join(kept), end) if kept else None


def _plural(word: str, table: dict[str, Any]) -> bool:
    """A plural noun ("costs", "goods"; not "news", "gas"), as :mod:`.counted` reads one."""
    return word in table["irregular"] or (
        len(word) > 3 and word.endswith(table["ending"])
        and not word.endswith(tuple(table["not_endings"])))


def _multiple(text: str, end: int, table: RepairWords, words: FigureWords) -> str | None:
    """"25 times your yearly costs": a multiple of the yearly costs (an owner or an article
    must follow: "arrested 3 times" counts occasions)."""
    m = re.match(r"\s+(\w+)\s", text[end:end + 30])
    if not m or m.group(1).lower() not in table.owners:
        return None
    found = _phrase(text, end + m.start(1), words, table.owners)
    if found is None:
        return None
    held = _after_of(text, found[1], words) if found[0].lower() in table.placeholders else None
    return f"{table.multiple_of} {held or found[0]}"


def _after_of(text: str, pos: int, words: FigureWords) -> str | None:
    """The noun phrase after "of" right at ``pos``: what a container or a placeholder holds."""
    m = re.match(r"\s+of\s+", text[pos:pos + 12])
    if not m:
        return None
    found = _phrase(text, pos + m.end(), words, frozenset(("the", "a", "an")))
    return found[0] if found else None


def _sentence(text: str, pos: int) -> tuple[int, int]:
    start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, pos - 400), pos)),
                default=max(0, pos - 400))
    after = _SENTENCE_END.search(text, pos)
    return start, after.start() + 1 if after else len(text)


def _occurrence(text: str, fig: Figure, measure: str) -> int | None:
    """Where ``measure`` is written in the figure's sentence, nearest the value: before it
    (no sentence end between), else in or right after its evidence."""
    start = fig.evidence.start
    at = text.rfind(measure, max(0, start - 150), start)
    if at >= 0 and not _SENTENCE_END.search(text, at, start):
        return at
    at = text.find(measure, start, fig.evidence.end + 60)
    return at if at >= 0 and not _SENTENCE_END.search(text, start, at) else None


def _with_modifiers(text: str, fig: Figure, measure: str, table: RepairWords) -> str:
    """"comparable sales", "operating profit": the words before the measure that make it
    another one, kept with it."""
    at = _occurrence(text, fig, measure)
    if at is None:
        return measure
    for _ in range(2):
        m = _LAST_WORD.search(text, max(0, at - 30), at)
        if not m or m.group(1).lower() not in table.modifiers or (
                measure.split()[0].lower() == m.group(1).lower()):
            break
        measure, at = f"{m.group(1)} {measure}", m.start(1)
    return measure


def _placeheld(text: str, fig: Figure, figures: list[Figure], table: RepairWords,
               words: FigureWords) -> str | None:
    """"the number of girls was 40%": of the girls; "the $53 million figure": what the same
    value measured when it was stated before; "a rise over the 900 total": what the
    nearest value in the same unit of its sentence or the one before measures (the value
    it is compared with); else no measure."""
    noun = fig.measure.split()[-1] if fig.measure else ""
    at = _occurrence(text, fig, noun)
    if at is not None and (held := _after_of(text, at + len(noun), words)):
        return held
    named = [f for f in figures if f is not fig and f.unit == fig.unit and f.kind not in (
        "dates", "change") and f.measure and f.measure.split()[-1].lower() not in
        table.placeholders]
    for prior in reversed(named):
        if (prior.low, prior.high) == (fig.low, fig.high) and (
                prior.evidence.start < fig.evidence.start):
            return prior.measure
    start = _sentence(text, _sentence(text, fig.evidence.start)[0] - 2)[0]
    end = _sentence(text, fig.evidence.start)[1]
    near = [f for f in named if start <= f.evidence.start < end]
    if near:
        return min(near, key=lambda f: abs(f.evidence.start - fig.evidence.start)).measure
    return None


@cache
def _kitchen_units(lang: str) -> frozenset[str]:
    """The portions a recipe measures in (``figure_context``): no food."""
    return frozenset(w.lower() for w in language_data(lang).table(
        "figure_context")["kitchen_units"])


def _food(text: str, fig: Figure, table: RepairWords) -> str | None:
    """"a cup of the soup has 90 calories", "mustard (which has 5 calories ...)": the food
    energy of the food the clause before the value names."""
    start, _ = _sentence(text, fig.evidence.start)
    clause = text[start:fig.evidence.start]
    verbs = "|".join(sorted(table.food_verbs, key=len, reverse=True))
    m = re.search(r"(?:\bof\s+(?:the\s+|your\s+|a\s+)?)?([A-Za-z][\w-]*)\s+\(?"
                  rf"(?:which\s+|that\s+)?(?:{verbs})\s+(?:\w+\s+){{0,2}}$", clause, re.I)
    if not m or m.group(1).lower() in table.owners | _kitchen_units(table.lang):
        return None  # "a half cup is 40 calories": a portion, no food named
    return f"{table.energy_of} {m.group(1)}"
