"""Changes stated without a new value: "halved", "cut by a third", "rose by 20%".

Why apart from the finder: a change has no value of its own, only the factor it multiplies
the old value by, and the measure it changes is named near it rather than after it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .counted_left import measure_around
from .figure_words import FigureWords
from .opening import fast_pattern
from .scan import matches_from

if TYPE_CHECKING:
    from .figure_values import FigureFinder

#: the longest phrase after "the number of" read as what it counts, in words
_PHRASE_WORDS = 12


#: a noun and the place it is in before a change: "casualties in Sumy tripled" (not Sumy)
_PLACED = fast_pattern(r"\b([A-Za-z]{3,})\s+(?:in|at|near|across|around)\s+(?:the\s+)?"
                       r"(?:[A-Z][\w’'-]*\s+){1,3}$")
#: an owner before a change's object: "tripled its forces" changed the forces
_OWNER = fast_pattern(r"\s+(?:its|their|his|her|our)(?=\s)")


def _factor(words: FigureWords, m: re.Match[str]) -> float:
    """What "halved", "cut by a third", "rose by 20%" multiply the old value by."""
    word = m.group("word").lower()
    verb = word.split()[0]
    for verbs, part, factor in words.fractions:
        if verb in verbs and part in word:
            return factor  # "fell by a third", "rose by half"
    for stem, factor in words.multiples:
        if word.startswith(stem):
            return factor
    pct = float(m.group("pct")) / 100
    return 1 + pct if words.percent_verbs.get(word.split()[0]) == "up" else 1 - pct


def _changed(words: FigureWords, thing: str, factor: float) -> str | None:
    """"cut GDP by 0.4%": the thing a verb changes by a share, named as its change
    ("GDP reduction"), not as its level, without its owner ("an astronaut's metabolic
    rate"); None when only small words stand there ("cut it by 5%")."""
    said = thing.split()
    owner = [i for i, w in enumerate(said) if w.endswith(("'s", "’s"))]
    said = said[owner[-1] + 1:] if owner else said  # "a sleeper's resting heart rate"
    while said and said[0].lower() in words.stop_words:
        said = said[1:]
    if not said or any(w.lower() in words.stop_words and w.lower() != "of" for w in said[-1:]):
        return None
    return f"{' '.join(said)} {words.rules['change_names']['down' if factor < 1 else 'up']}"


def _subject(finder: FigureFinder, m: re.Match[str]) -> str | None:
    """"Problematic drinking among students rose by 22%": the subject of the verb of change,
    read as a share's measure is (:func:`.counted_left.measure_around`), not the noun just
    before the verb ("students"); None when only what follows the share names a thing."""
    found = measure_around(finder.text, m.start("pct"), m.end(), finder.words, unit="%")
    at = finder.text.rfind(found[0], 0, m.start()) if found else -1
    if found is None or at < 0:
        return None
    first, _, rest = found[0].partition(" ")
    if first.istitle() and finder.text[:at].rstrip()[-1:] in ("", ".", "!", "?", "\n"):
        first = first.lower()  # "Casualties rose": capitalised only by the sentence
    return f"{first} {rest}".strip()


def find_changes(finder: FigureFinder) -> None:
    """"halved", "cut by a third", "rose by 20%": changes stated without a new value,
    with the measure named near them ("the number of troops taking part")."""
    # every change opens with one of the stems (a multiple's forms begin with its stem; the
    # other verbs are stems): the pattern is tried only where one is written
    starts = finder.table.phrase_starts(finder.words.change_stems)
    for m in matches_from(finder.words.change, finder.folded, starts):
        after = finder.folded[m.end():m.end() + 8].lstrip("-").split()[:1]  # "doubling-down"
        if after and after[0] in finder.words.rules["idiom_particles"]:
            continue  # "doubled down on the slogan": an idiom
        factor = _factor(finder.words, m)
        # "the number of troops taking part halved", "halved the number of troops"
        near = finder.index.nearest_number_of(m.start(), m.end())
        measure = _counted_before(finder, near, m.start()) if near else None
        thing = " ".join(  # "rose slightly by 25%", "rose “slightly” by": no thing changed
            w for w in finder.text[m.start("obj"):m.end("obj")].strip("“\"‘”’").split()
            if w.strip("“\"‘”’").lower() not in finder.words.degree_adverbs)
        if thing and (changed := _changed(finder.words, thing, factor)):
            measure, near = changed, None  # "would cut GDP by 0.4%": a GDP reduction
        if measure is None and m.group("pct") and not thing:
            measure = _subject(finder, m)  # "drinking among students rose by 22%"
        if measure is None and not m.group("pct"):  # "halved damage claims": its object
            owner = _OWNER.match(finder.folded, m.end())  # "tripled its forces"
            measure = finder._noun_phrase(owner.end() if owner else m.end())[0]
        subject_noun = _PLACED.search(finder.text, max(0, m.start() - 60), m.start()) or (
            finder.words.noun_before.search(finder.text, max(0, m.start() - 40), m.start()))
        if measure is None and subject_noun and (
                subject_noun.group(1).lower() not in finder.words.stop_words):
            measure = subject_noun.group(1).lower()  # "casualties rose by 20%"
        start, end = m.start(), m.end()
        if near and abs(near.start() - m.start()) < 80:
            start, end = min(start, near.start()), max(end, near.end())
        if not finder._free(m.start(), m.end()):
            continue
        finder.add(start, end, measure=measure, low=None, high=None, unit=None,
                   qualifier=None, change={"factor": round(factor, 4),
                                           "word": finder.text[m.start("word"):m.end("word")]},
                   dates=None, vague=False, kind="change")


def _counted_before(finder: FigureFinder, near: re.Match[str], change: int) -> str:
    """What "the number of" counts: its noun, and, when the phrase runs straight on to the
    change after it, the words that say which of them ("the number of children who missed
    school rose by 30%": children who missed school), without the auxiliaries and adverbs
    before the verb; the noun alone when the phrase is long or broken by a mark."""
    noun = near.group("what")
    if near.start() > change:
        return noun  # "halved the number of troops": the phrase after the verb
    said = finder.text[near.start("what"):change].split()
    words = finder.words
    before_verb = {*words.rules["auxiliaries"], *words.rules["change_auxiliaries"],
                   *words.rules.get("change_hedges", ())}
    while said and (said[-1].lower() in before_verb or said[-1].lower().endswith("ly")):
        said.pop()  # "... has steadily", "... has almost"
    if not 1 < len(said) <= _PHRASE_WORDS or any(
            mark in " ".join(said) for mark in ",;:()\u2014\u2013\""):
        return noun
    return " ".join(said)


def moved(words: FigureWords, folded: str, start: int) -> int | None:
    """"rose from 3.1 percent to 3.6 percent", "an increase from 5 to 7", "rose by 37%, from
    0.9% to 1.23%": the range at ``start`` of the lower-cased text is a move from an old
    value to a new one after a word of change, not a range of values; the figure is the new
    value. Where the words naming what moved end (before the move's own amount, when one
    stands between), or None."""
    move = words.range_move
    if move is None or not folded.startswith("from", start):
        return None
    m = move.search(folded, max(0, start - 60), start)
    if m is None:
        return None
    return m.start("amount") if m.groupdict().get("amount") else start
