"""The measure of a value that names only its kind: "duration", "distance", "power" and
"chance" say what sort of quantity a value is, not what it is the quantity of.

Why a pass of its own: the rules of :mod:`.counted` fall back on the kind of a unit ("450
GW": power) or of a span ("five days": a duration) when no noun follows the value, and a
reader then cannot tell one figure from another of the same kind: two ranges of two cars,
the length of a fair and of a strike. The sentence usually names the thing, in one of a few
shapes, each read here from the words of ``figure_measure_kinds``:

* a chance of or that something happens: "a 40% chance of rain" -> "chance of rain";
* a span taken off something: "cut two years off average life expectancy" -> "average
  life expectancy lost";
* a verb that only says how long something goes on: "the fair runs four days" -> "fair
  duration";
* a noun phrase linked to the value: "storage capacity will reach 40 GW" -> "storage
  capacity", and the value after "to" of a pair ("output going from 2 GW to 5 GW") takes
  the measure of the value before it.

A value whose sentence has none of these shapes keeps its kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..errors import UsageError
from ..lang import language_data, longest_first
from .figure_words import FigureWords
from .measure_long_subjects import long_subject
from .measure_phrases import to_phrase_end
from .opening import fast_pattern
from .records import Figure

_WORD = fast_pattern(r"[a-z][a-z-]*")
#: Tokens after a value: words and the marks that end a clause.
#: a number right before a word: the word is the number's unit ("50 lb-ft of force")
_AFTER_NUMBER = fast_pattern(r"\d\S*\s+$")
_TOKEN = fast_pattern(r"[A-Za-z][\w’'-]*|[^\w\s]")


@dataclass(frozen=True)
class KindWords:
    """The words of ``figure_measure_kinds`` for one language."""

    kinds: frozenset[str]
    chance_nouns: frozenset[str]
    chance_after: re.Pattern[str]
    clause_words: int
    clause_ends: frozenset[str]
    #: "of": a word that joins a phrase cut at the cap to the rest of it (no content, no end)
    joiners: frozenset[str]
    removal_before: re.Pattern[str]
    removal_after: re.Pattern[str]
    lost_word: str
    lasting_before: re.Pattern[str]
    range_before: re.Pattern[str]
    range_words: frozenset[str]
    range_measure: str
    subject_skips: frozenset[str]
    owner_before: re.Pattern[str]
    owner_words: int
    phrase_ends: frozenset[str]
    copulas: frozenset[str]
    kind_of: str
    record_before: re.Pattern[str]
    not_superlatives: frozenset[str]
    record_as: str
    unit_plural: str
    quantity_nouns: frozenset[str]
    owner_not_kinds: frozenset[str]
    verb_before: re.Pattern[str]
    verb_measures: dict[str, str]
    verb_kinds: frozenset[str]
    pair_before: re.Pattern[str]


@cache
def kind_words(lang: str) -> KindWords | None:
    """The table of ``lang``, or None when the language has none (no kind is read)."""
    try:
        t = language_data(lang).table("figure_measure_kinds")
    except UsageError:  # no such table: the language reads no kind
        return None
    return KindWords(
        kinds=frozenset(t["kinds"]), chance_nouns=frozenset(t["chance_nouns"]),
        chance_after=fast_pattern(rf"\s+(?:{longest_first(t['chance_links'])})\s+"),
        clause_words=t["clause_words"], clause_ends=frozenset(t["clause_ends"]),
        joiners=frozenset(t.get("clause_joiners", ())),
        removal_before=fast_pattern(rf"\b(?:{longest_first(t['removal_verbs'])})\s+$"),
        removal_after=fast_pattern(rf"\s+(?:{longest_first(t['removal_links'])})\s+"),
        lost_word=t["lost_word"],
        # "continued eventually for 5 weeks": an adverb between the verb and its span
        lasting_before=fast_pattern(
            rf"\b(?:{longest_first(t['lasting_verbs'])})\s+(?:[a-z]+{t['adverb_ending']}\s+)?"
            rf"(?:for\s+)?$"),
        range_before=fast_pattern(rf"\b(?:{longest_first(t['range_verbs'])})\s+$"),
        range_words=frozenset(t["range_words"]), range_measure=t["range_measure"],
        subject_skips=frozenset(t["subject_skips"]),
        owner_before=fast_pattern(
            rf"((?:[a-z][a-z-]*\s+){{0,{t['owner_words'] - 1}}}[a-z][a-z-]*),?\s+"
            rf"({longest_first(t['owner_links'])})\s+$"),
        owner_words=t["owner_words"], phrase_ends=frozenset(t["phrase_ends"]),
        copulas=frozenset(t["copulas"]), kind_of=t["kind_of"],
        record_before=fast_pattern(
            rf"\b(?P<sup>{longest_first(t['superlatives'])}|[a-z]+{t['superlative_end']})"
            rf"(?P<rest>(?:\s+[a-z-]+){{0,5}}?)\s+(?:{longest_first(t['record_links'])})\s+$"),
        not_superlatives=frozenset(t["not_superlatives"]), record_as=t["record_as"],
        unit_plural=t["unit_plural"],
        quantity_nouns=frozenset(t["quantity_nouns"]),
        owner_not_kinds=frozenset(t["owner_not_kinds"]),
        verb_before=fast_pattern(
            rf"\b(?P<verb>{longest_first(t['verb_measures'])})\s+"
            rf"(?:(?:{longest_first(t['verb_objects'])})\s+){{0,2}}$"),
        verb_measures=dict(t["verb_measures"]), verb_kinds=frozenset(t["verb_kinds"]),
        pair_before=fast_pattern(rf"^\s*(?:\([^)]*\)\s*)?{re.escape(t['pair_link'])}\s+$"))


def kinds_named(text: str, figures: list[Figure], words: FigureWords) -> list[Figure]:
    """``figures`` with each measure that names only a kind put right from its sentence."""
    table = kind_words(words.lang)
    if table is None:
        return figures
    out: list[Figure] = []
    for fig in figures:
        if fig.measure and (fig.measure.split()[0] in table.kinds or _chance(fig, table)):
            named = _named(text, fig, table, words, out[-1] if out else None)
            if named:
                fig = replace(fig, measure=named)
        out.append(fig)
    return out


def _chance(fig: Figure, table: KindWords) -> bool:
    """A share that says how likely something is ("a 55% chance")."""
    return fig.unit == "%" and fig.measure is not None and fig.measure.lower() in (
        table.chance_nouns)


def _named(text: str, fig: Figure, table: KindWords, words: FigureWords,
           previous: Figure | None) -> str | None:
    start, end = fig.evidence.start, fig.evidence.end
    last = fig.evidence.text.split()[-1].lower()
    if last in table.chance_nouns or _chance(fig, table):
        said = _clause_after(text, end, table, words)
        return f"{last if last in table.chance_nouns else fig.measure} {said}" if said else None
    lower = text[max(0, start - 120):start].lower()
    if table.removal_before.search(lower) and (m := table.removal_after.match(text, end)):
        thing = _phrase_after(text, m.end(), table, words)  # "cut two years off ..."
        return f"{thing} {table.lost_word}" if thing else None
    if fig.measure.startswith("duration") and fig.unit and (record := _record(lower, table)):
        return f"{fig.unit}{table.unit_plural} {record}"  # "the worst flood in two decades"
    if fig.measure not in table.kinds:
        return None  # "duration of the talks": the kind of something named
    if previous is not None and previous.measure and previous.unit == fig.unit and (
            0 <= start - previous.evidence.end < 40) and table.pair_before.match(
            text[previous.evidence.end:start]) and previous.measure not in table.kinds:
        return previous.measure  # "going from 2 GW to 5 GW": what the pair measures
    if fig.measure in table.verb_kinds and (m := table.verb_before.search(lower)):
        return table.verb_measures[m.group("verb")]  # "lowers it two inches", "delayed for"
    if fig.measure == "duration" and (m := table.lasting_before.search(lower)) and (
            subject := _subject(text[max(0, start - 120):start][:m.start()], table, words)):
        # "the strike, which lasted 12 days"; "the course of drops continued for"
        return f"{fig.measure} {subject}" if " " in subject else f"{subject} {fig.measure}"
    if fig.measure == "distance" and table.range_before.search(lower) and (
            table.range_words & set(_WORD.findall(text[end:end + 50].lower()))):
        return table.range_measure  # "can go 40 miles on one charge"
    if fig.measure in table.owner_not_kinds:
        return None  # "the villages are 5 km apart": a distance between places
    before = text[max(0, start - 200):start]
    return _owner(before[-120:], fig.measure, table, words) or long_subject(
        before, words, table.phrase_ends, table.owner_words)  # "output at the works totalled"


def _owner(before: str, kind: str, table: KindWords, words: FigureWords) -> str | None:
    """"storage capacity will reach", "the bridge is": the noun phrase a link ties to the
    value, not one that is the object of a preposition ("the shelter nearest to the farm
    is")."""
    m = table.owner_before.search(before.lower())
    if m is None:
        return None
    ahead = _WORD.findall(before[:m.start()].lower())
    for word in m.group(1).split()[:-1]:
        if word not in words.stop_words:
            break
        ahead.append(word)  # "on the new keypad is": "the" read with what is before it
    while ahead and ahead[-1] in words.stop_words and ahead[-1] not in table.phrase_ends:
        ahead.pop()  # past the article, to the preposition
    if ahead and ahead[-1] in table.phrase_ends:
        return None
    kept = before[m.start(1):m.end(1)].split()
    while kept and kept[0].lower() in words.stop_words:
        kept = kept[1:]
    while len(kept) > 2 and kept[-1][:1].isupper() and kept[-2].lower() in table.phrase_ends:
        kept = kept[:-2]  # "the footbridge in Ghent is": a place after the noun
    if not kept or any(w.lower() in words.stop_words or w.lower() in table.phrase_ends
                       for w in kept):
        return None  # "the car from Munich reaches": a phrase of its own, not read here
    if " ".join(m.group(2).split()) in table.copulas or kept[-1].lower() not in (
            table.quantity_nouns):
        return f"{kind} {table.kind_of} {' '.join(kept)}"  # "the bridge is", "it reaches"
    return " ".join(kept)  # "storage capacity will reach"


def _record(before: str, table: KindWords) -> str | None:
    """"the worst flood in Ohio in", "its highest in": the record a span after it is the
    span of ("as worst flood"), the superlative and the words after it up to a
    preposition."""
    m = table.record_before.search(before)
    if m is None or m.group("sup") in table.not_superlatives:
        return None
    said = [m.group("sup")]
    for word in m.group("rest").split():
        if word in table.phrase_ends:
            break
        said.append(word)
    return f"{table.record_as} {' '.join(said)}"


def _subject(before: str, table: KindWords, words: FigureWords) -> str | None:
    """The noun before a verb of lasting, past a relative, an auxiliary or an adverb ("the
    strike, which has lasted") and a place after it ("the fair in Ghent runs"), or None
    when another word stands between."""
    said = re.findall(r"[A-Za-z][\w-]*", before)[-8:]
    while said and said[-1].lower() in table.subject_skips:
        said.pop()
    named = said and said[-1][:1].isupper()
    while said and said[-1][:1].isupper():
        said.pop()  # "in Ghent": a place after the noun
    if named and said and said[-1].lower() in table.phrase_ends:
        said.pop()
    if not said or said[-1].lower() in words.stop_words or said[-1][:1].isupper():
        return None
    if len(said) > 2 and said[-2].lower() == table.kind_of and not (
            said[-3].lower() in words.stop_words or said[-3][:1].isupper()
            or _AFTER_NUMBER.search(before[:before.rfind(said[-3])])):  # "50 lb-ft of"
        # "the course of drops continued": the course's, named with what it is of
        return f"{table.kind_of} {said[-3]} {table.kind_of} {said[-1]}".lower()
    return said[-1].lower()


def _clause_after(text: str, end: int, table: KindWords, words: FigureWords) -> str | None:
    """"of rain tomorrow", "that the bill passes": the link and a few words after it, to a
    mark of punctuation or a word that opens another clause."""
    m = table.chance_after.match(text, end)
    if m is None:
        return None
    kept = [text[end:m.end()].split()[0].lower()]
    for tok in _TOKEN.finditer(text, m.end(), min(len(text), m.end() + 120)):
        word = tok.group(0)
        if not word[:1].isalpha() or word.lower() in table.clause_ends:
            break
        kept.append(word)
        if len(kept) > table.clause_words:  # cut at the cap: on to its phrase's end
            kept += to_phrase_end(text[tok.end():tok.end() + 100].split(), table.clause_ends,
                                  words.stop_words, table.joiners)
            break
    while len(kept) > 1 and kept[-1].lower() in words.stop_words:
        kept.pop()
    return " ".join(kept) if len(kept) > 1 else None


def _phrase_after(text: str, pos: int, table: KindWords, words: FigureWords) -> str | None:
    """"the life expectancy of ...": the noun phrase at ``pos``, without its determiner,
    up to a preposition or a mark of punctuation."""
    kept: list[str] = []
    for tok in _TOKEN.finditer(text, pos, min(len(text), pos + 80)):
        word = tok.group(0)
        if not word[:1].isalpha():
            break
        if word.lower() in table.phrase_ends:
            break
        if word.lower() in words.stop_words:
            if kept:
                break
            continue
        kept.append(word)
        if len(kept) >= table.owner_words:
            break
    return " ".join(kept) or None
