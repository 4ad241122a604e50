"""Figures in one sentence of a language read by rules: values that are not dates, years,
times, ages or parts of names, with the hedge before them and the thing counted near them,
in one canonical English measure."""

from __future__ import annotations

from dataclasses import dataclass

from .numbers import Value, read_range, read_value
from .resources import Words, lookup
from .tokens import Sentence, Token

#: How many tokens after a value the thing counted may follow ("15 тысяч северокорейских
#: военнослужащих"), and before it an outcome may stand ("погибли 137 человек").
AFTER, BEFORE = 4, 6


@dataclass(frozen=True, slots=True)
class RawFigure:
    """A value found in a sentence, before attribution."""

    start: int
    end: int
    low: float | None
    high: float | None
    qualifier: str | None
    measure: str | None
    unit: str | None


def sentence_figures(sentence: Sentence, words: Words, text: str) -> list[RawFigure]:
    """Every figure of ``sentence``."""
    toks = sentence.tokens
    out: list[RawFigure] = []
    i = 0
    while i < len(toks):
        value = read_value(toks, i, words, text)
        if value is None:
            i += 1
            continue
        value = read_range(toks, value, words, text)
        figure = None if _not_a_figure(toks, value, words, text) else _figure(toks, value, words)
        if figure is not None:
            out.append(figure)
        i = value.last + 1
    return out


def _not_a_figure(toks: tuple[Token, ...], value: Value, words: Words, text: str) -> bool:
    """Dates, years, times of day, ages, numbers inside names, and small number words with
    nothing counted after them ("один из", "eine")."""
    first, last = toks[value.first], toks[value.last]
    nxt = toks[value.last + 1] if value.last + 1 < len(toks) else None
    prev = toks[value.first - 1] if value.first else None
    if prev is not None and prev.end == first.start and prev.text in "-–" and value.first > 1 \
            and toks[value.first - 2].text[0].isalpha() and toks[value.first - 2].end == prev.start:
        return True  # "Су-34", "Zapad-2025"
    if nxt is not None and nxt.start == last.end and nxt.text in ":":
        return True
    if prev is not None and prev.text == ":" and prev.start == first.start - 1:
        return True
    if nxt is not None and _is_date_word(nxt, words, value):
        return True
    if first.lower in words.vague_forms and value.first == value.last:
        return True  # "тысячи", "Tausende": a vague amount, not a value
    if _clock(first.text, words):
        return True
    if prev is not None and prev.lower in words.months and not value.in_words:
        return True
    if nxt is not None and nxt.start == last.end and nxt.text == "-" \
            and value.last + 2 < len(toks) \
            and any(toks[value.last + 2].lower.startswith(a) for a in words.age_words):
        return True
    if nxt is not None and nxt.lower in words.age_words and _ageish(toks, value):
        return True
    if not value.in_words and value.low == value.high and 1900 <= value.low <= 2100 \
            and first.text.isdigit() and not _counted_after(toks, value.last, words):
        return True
    return bool(value.in_words and value.high <= 10 and not _counted_after(toks, value.last, words))


def _is_date_word(nxt: Token, words: Words, value: Value) -> bool:
    """A month or a time word after the value, or a year word after a value that could be a
    year ("2024 году"; "четырех лет" is a duration)."""
    if nxt.lower in words.months or nxt.lower in words.time_words:
        return True
    return nxt.lower in words.year_words and value.high >= 1000


def _clock(text: str, words: Words) -> bool:
    """"19.58" where the decimal mark is a comma: a time of day."""
    if words.numbers.get("decimal") != "," or "." in words.numbers.get("group", []):
        return False
    hours, _, minutes = text.partition(".")
    return bool(minutes) and len(minutes) == 2 and hours.isdigit() and int(hours) < 24 \
        and int(minutes) < 60


def _ageish(toks: tuple[Token, ...], value: Value) -> bool:
    """"лет"/"Jahre" after a small value is an age or a duration: kept only when a duration
    word stands before ("od czterech lat" is a duration, the measure table says so)."""
    return value.high < 120 and value.first > 0 and toks[value.first - 1].lower not in (
        "od", "от", "від", "seit", "за", "na", "на", "przez")


def _counted_after(toks: tuple[Token, ...], last: int, words: Words) -> bool:
    for tok in toks[last + 1:last + 1 + AFTER]:
        if any(lookup(table, tok.lemma, tok.lower)
               for table in (words.nouns, words.outcomes, words.units)):
            return True
    return False


def _hedge(toks: tuple[Token, ...], value: Value,
           words: Words) -> tuple[int, str, str | None] | None:
    """The longest hedge ending right before the value: (first token, bound, qualifier)."""
    for size in (3, 2, 1):
        first = value.first - size
        if first < 0:
            continue
        phrase = " ".join(t.lower for t in toks[first:value.first])
        found = words.hedges.get(phrase) or words.hedges.get(phrase.replace(" .", "."))
        if found and found[0] == "high" and _after_change(toks, first, value, words):
            return None  # "выросло до 140": the new value, not an upper bound
        if found:
            return first, found[0], found[1]
    return None


def _after_change(toks: tuple[Token, ...], first: int, value: Value, words: Words) -> bool:
    """Whether a word of change ("увеличилось", "wzrosła", "gestiegen") stands just before
    the hedge or just after the value."""
    near = [*toks[max(0, first - 3):first], *toks[value.last + 1:value.last + 4]]
    return any(t.lemma in words.not_after or t.lower in words.not_after for t in near)


def _measure(toks: tuple[Token, ...], value: Value,
             words: Words) -> tuple[str | None, str | None, int]:
    """(measure, unit, last token of the evidence): the thing counted after the value, an
    outcome after or before it; outcomes name the measure, nouns say of whom."""
    noun = unit = outcome = None
    end = value.last
    for k in range(value.last + 1, min(len(toks), value.last + 1 + AFTER)):
        tok = toks[k]
        if tok.text in ".,;:!?()«»\"" and tok.text != "%":
            break
        u = lookup(words.units, tok.lemma, tok.lower)
        n = lookup(words.nouns, tok.lemma, tok.lower)
        o = lookup(words.outcomes, tok.lemma, tok.lower)
        if u and not noun and k == value.last + 1:
            unit, end = u, k
            break
        if n and not noun:
            noun, end = n, k
        if o and not outcome:
            outcome, end = _either(toks, k, o, words), max(end, k)
    if outcome is None:
        for k in range(value.first - 1, max(-1, value.first - 1 - BEFORE), -1):
            tok = toks[k]
            if tok.text in ".;!?":
                break
            outcome = lookup(words.outcomes, tok.lemma, tok.lower)
            if outcome:
                outcome = _either(toks, k, outcome, words)
                break
    if outcome and noun and noun != "people":
        return f"{noun} {outcome}", unit, end
    return outcome or noun or unit, unit, end


def _either(toks: tuple[Token, ...], k: int, outcome: str, words: Words) -> str:
    """"погибли или ранены", "вбито і поранено", "getötet oder verwundet": two outcomes
    joined by a short word count the casualties, not the dead alone."""
    for j in (k - 2, k + 2):
        if 0 <= j < len(toks) and toks[(k + j) // 2].text.isalpha() \
                and toks[(k + j) // 2].text.islower() and len(toks[(k + j) // 2].text) <= 3:
            other = lookup(words.outcomes, toks[j].lemma, toks[j].lower)
            if {outcome, other} == {"killed", "injured"}:
                return "casualties"
    return outcome


def _figure(toks: tuple[Token, ...], value: Value, words: Words) -> RawFigure:
    hedge = _hedge(toks, value, words)
    measure, unit, end = _measure(toks, value, words)
    low: float | None = value.low
    high: float | None = value.high
    qualifier = None
    first = value.first
    if hedge is not None and value.low == value.high:
        first, bound, qualifier = hedge
        if bound == "low":
            high = None
        elif bound == "high":
            low = None
    elif hedge is not None:
        first, qualifier = hedge[0], hedge[2]
    return RawFigure(toks[first].start, toks[end].end, low, high, qualifier, measure, unit)
