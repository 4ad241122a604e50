"""Figures in one sentence of a language read by rules: values that are not dates, years,
times, ages or parts of names, with the hedge before them and the thing counted near them,
in one canonical English measure."""

from __future__ import annotations

from dataclasses import dataclass, replace

from .context import addresses_reader, context_words, no_figure_here, recipe_sentence
from .hospital import hospital_measure
from .increments import foreign_step
from .measures import AFTER, measure_of, money_words
from .numbers import Value, read_range, read_value
from .resources import Words, lookup
from .tokens import Sentence, Token

#: the fewest bare numbers of a sentence that make it a table (see :func:`_table`)
TABLE_NUMBERS = 4

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
    #: an announced increment's ``{"add": N}`` ("ещё 5"), see :mod:`.increments`
    change: dict[str, object] | None = None


def sentence_figures(sentence: Sentence, words: Words, text: str) -> list[RawFigure]:
    """Every figure of ``sentence`` (none in a recipe's line or an instruction)."""
    toks = sentence.tokens
    out: list[RawFigure] = []
    ctx = context_words(words.code)
    if (ctx is not None and recipe_sentence(sentence, text, ctx, words)) or _table(toks):
        return out
    i = 0
    while i < len(toks):
        value = read_value(toks, i, words, text)
        if value is None:
            i += 1
            continue
        value = read_range(toks, value, words, text)
        share = _ratio(toks, value, words, text)
        value = share or value
        figure = None if _not_a_figure(toks, value, words, text) else _figure(toks, value, words)
        if figure is not None and ctx is not None and no_figure_here(
                toks, value, _first(toks, value, words), ctx, words):
            figure = None
        if figure is not None and value.in_words and figure.measure is None \
                and figure.qualifier is None and figure.unit is None:
            figure = None  # "на все сто": a number word that counts nothing is an idiom
            # ("un million d'euros" counts euros)
        if figure is not None and figure.measure is None and figure.unit is None and (
                ctx is not None and addresses_reader(sentence, ctx)):
            figure = None  # "измените на 80 или 10": a tip's setting counts nothing
        if figure is not None and figure.measure is None and figure.unit is None and (
                _in_name(toks, value, words)):
            figure = None  # "Polistil 960574", "anni ’80", "(12 DVD)": a name, a decade, an aside
        if figure is not None and share is not None:
            figure = replace(figure, unit=words.numbers["units"].get("%"))
        if figure is not None:
            out.append(figure)
        i = value.last + 1
    return out


def _ratio(toks: tuple[Token, ...], value: Value, words: Words, text: str) -> Value | None:
    """"9 из 10 жителей", "neun von zehn Deutschen": a value, a ratio link and a second
    value no smaller say a share, in percent, of what the second counts; read alone, the
    two made counts of 9 and 10 residents that the text never gave. Only over a round base
    (10, 100, 1000), as polls write shares: "двое из пятерых погибших" counts the dead."""
    j = value.last + 1
    if value.low != value.high or j + 1 >= len(toks) or (
            toks[j].lower not in words.numbers.get("ratio_links", ())):
        return None
    base = read_value(toks, j + 1, words, text)
    if base is None or base.low != base.high or base.low not in (10, 100, 1000) or (
            not 0 <= value.low <= base.low):
        return None
    share = round(100 * value.low / base.low, 1)
    return Value(share, share, value.first, base.last, value.in_words)


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
    if _numbered_item(first, nxt, text):
        return True
    if prev is not None and prev.text == ":" and prev.start == first.start - 1:
        return True
    if nxt is not None and _is_date_word(nxt, words, value):
        return True
    if first.lower in words.vague_forms and value.first == value.last \
            and not _hedged_scale(prev, words):
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
            and first.text.isdigit() and (not _counted_after(toks, value.last, words) or (
                prev is not None and prev.lower in words.year_before)):
        return True  # "seit 2019 hat die Stadt": a year, though a noun comes later
    if value.in_words and value.high == 1:
        return not _counted_after(toks, value.last, words, 2)  # "за одним столом с людьми"
    return bool(value.in_words and value.high <= 10 and not _counted_after(toks, value.last, words)
                ) or _shape(toks, value, words)


def _table(toks: tuple[Token, ...]) -> bool:
    """"1 Lena Ruiz 5040 5 1 17 27": a line or sentence of which half the tokens or more
    are bare numbers, at least four of them, is a row of a table written out as text
    (standings, results), whose cells are no figures of a sentence, in any language."""
    numbers = sum(t.text.isdigit() for t in toks)
    return numbers >= TABLE_NUMBERS and 2 * numbers >= len(toks)


def _hedged_scale(prev: Token | None, words: Words) -> bool:
    """Whether a scale word after a bound is one of it: "около тысячи", "близько тисячі",
    "более сотни" ("about a thousand", "more than a hundred") take the genitive singular,
    which in Russian and Ukrainian is written as the plural "thousands" is. "уже тысячи"
    ("already thousands") is still vague: "уже" bounds nothing."""
    hedge = words.hedges.get(prev.lower) if prev is not None else None
    return hedge is not None and hedge[0] != "exact"


def _numbered_item(first: Token, nxt: Token | None, text: str) -> bool:
    """"2) Pista elettrica", "10. Coffret" alone at a line's start: the number of an item
    in a list, no count ("1) 45 famiglie" keeps the 45)."""
    if nxt is None or nxt.start != first.end or nxt.text not in ").":
        return False
    line = text.rfind("\n", 0, first.start) + 1
    return not text[line:first.start].strip() and first.text.isdigit() and len(first.text) <= 3


def _in_name(toks: tuple[Token, ...], value: Value, words: Words) -> bool:
    """Digits right after a capitalised word the tables do not count ("Ravensburger
    26447", "Collection 1-2": a model number or a part of a title; not a sentence's first
    word: "Повернулися 3" is a verb and its count), or after an apostrophe
    ("’80": a decade) or a bracket ("(45 DVD)" in a shop's list, "Rossi (45)" an age), or
    between capitalised words at a quotation's start (a title), or opening its sentence
    before a capitalised word that counts nothing (a rank before a name)."""
    first = toks[value.first]
    prev = toks[value.first - 1] if value.first else None
    nxt = toks[value.last + 1] if value.last + 1 < len(toks) else None
    if value.in_words or not first.text[:1].isdigit():
        return False
    if prev is None:  # "2 Lena Ruiz": a rank or an item opening its line, before a name
        return nxt is not None and nxt.is_capital and nxt.text.isalpha()
    if prev.text in "’'(" and prev.end == first.start:
        return True
    if _apposed(toks, value):
        return True
    opens = value.first < 2 or toks[value.first - 2].text in ".!?«“\"„‘"
    if opens and value.first >= 2 and toks[value.first - 2].text in "«“\"„‘" and (
            prev.is_capital and nxt is not None and nxt.is_capital):
        return True  # "“As 5 Etapas para ...”": a number in a quoted title
    return not opens and prev.is_capital and prev.text.isalpha() and not any(
        lookup(table, prev.lemma, prev.lower)
        for table in (words.nouns, words.outcomes, words.units))


def _apposed(toks: tuple[Token, ...], value: Value) -> bool:
    """"Anna Berg, 42, wurde ...", "el exalcalde, 61, fue ...": a bare number of at most
    three digits set off by commas right after a word is a person's age in apposition, as
    "Rossi (45)" is ("Größen 8, 10, 12" follow a number, not a word)."""
    if value.first != value.last or value.first < 2 or value.last + 1 >= len(toks):
        return False
    first = toks[value.first]
    return (len(first.text) <= 3 and first.text.isdigit()
            and toks[value.first - 1].text == "," and toks[value.last + 1].text == ","
            and toks[value.first - 2].text[-1:].isalpha())


def _dotted_day(toks: tuple[Token, ...], last: int, words: Words) -> bool:
    """"28. März", "12. bis 13. September", "12.-13. September": a day with its period."""
    k = last + 1
    if k >= len(toks) or toks[k].text != "." or toks[k].start != toks[last].end:
        return False
    if k + 3 < len(toks) and toks[k + 1].lower in words.numbers.get("range_joiners", []) \
            and toks[k + 2].is_number and toks[k + 3].text == ".":
        k += 3  # the day a range of days ends on
    return k + 1 < len(toks) and toks[k + 1].lower in words.months


def _in_a_date(toks: tuple[Token, ...], value: Value) -> bool:
    """"23/03/2024", "2024-3-26", "12·3": digits joined to digits by a slash or a middle
    dot, or by a hyphen to a year, are a date's parts (or a fraction's)."""
    first, last = toks[value.first], toks[value.last]
    prev = toks[value.first - 1] if value.first else None
    nxt = toks[value.last + 1] if value.last + 1 < len(toks) else None
    if (prev is not None and prev.text in "/·" and prev.end == first.start) or (
            nxt is not None and nxt.text in "/·" and nxt.start == last.end):
        return True
    return (prev is not None and prev.text == "-" and prev.end == first.start
            and value.first >= 2 and toks[value.first - 2].end == prev.start
            and toks[value.first - 2].text.isdigit() and len(toks[value.first - 2].text) == 4)


def _shape(toks: tuple[Token, ...], value: Value, words: Words) -> bool:
    """A day of a date written with a period ("am 28. März", "Nov. 19"); a number glued by
    a hyphen to a word that counts nothing the tables know ("2-Faktor", "12-monatiger",
    "2-й": a compound's part or an ordinal; "30-stöckiges" counts storeys); a small number
    alone between commas after a name ("Smith, 42, said"): an age."""
    first, last = toks[value.first], toks[value.last]
    after = toks[value.last + 1:value.last + 4]
    if _dotted_day(toks, value.last, words) or _in_a_date(toks, value):
        return True
    if value.first == 0 and after and after[0].text == "." and after[0].start == last.end \
            and len(after) > 1:
        return True  # "1. Strzelanina ...": a list's numbering
    if value.first >= 2 and toks[value.first - 1].text == "." \
            and toks[value.first - 2].lower.rstrip(".") in words.months:
        return True
    if len(after) >= 2 and after[0].text in "-–" and after[0].start == last.end \
            and after[1].start == after[0].end and after[1].text[0].isalpha():
        word = after[1]
        known = any(lookup(table, word.lemma, word.lower) for table in (
            words.nouns, words.outcomes, words.units)) or word.lemma in words.numbers["scales"]
        return not known
    return bool(not value.in_words and first.text.isdigit() and value.high < 120
                and after[:1] and after[0].text == "," and value.first >= 2
                and toks[value.first - 1].text == ","
                and (toks[value.first - 2].is_capital or toks[value.first - 2].text in "”\"»)"))


def _first(toks: tuple[Token, ...], value: Value, words: Words) -> int:
    """The first token of the value with its hedge ("более 100": "более")."""
    hedge = _hedge(toks, value, words)
    return hedge[0] if hedge is not None else value.first


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


def _counted_after(toks: tuple[Token, ...], last: int, words: Words, within: int = AFTER) -> bool:
    """A noun counted, an outcome, a unit or a currency within ``within`` tokens after."""
    currencies = money_words(words.code).currencies
    for tok in toks[last + 1:last + 1 + within]:
        if tok.text in ",;:.!?":
            return False  # "En 2024, un enfant ...": the noun is another clause's
        if any(lookup(table, tok.lemma, tok.lower)
               for table in (words.nouns, words.outcomes, words.units, currencies)):
            return True
    return False


def _hedge(toks: tuple[Token, ...], value: Value,
           words: Words) -> tuple[int, str, str | None] | None:
    """The longest hedge ending right before the value, or before an adverb that only
    stresses it ("перевищує вже 3000", "übersteigt bereits 3000": a language's
    ``fillers``): (first token, bound, qualifier)."""
    before = value.first
    if before and toks[before - 1].lower in words.hedge_fillers:
        before -= 1
    for size in (3, 2, 1):
        first = before - size
        if first < 0:
            continue
        phrase = " ".join(t.lower for t in toks[first:before])
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


def _hedge_after(toks: tuple[Token, ...], value: Value,
                 words: Words) -> tuple[int, str, str | None] | None:
    """A hedge written after the value and its counter ("600명 이상", "1,000명 가까이",
    "300여 명"), as a language that puts its hedges there does (``hedges.json``
    ``after``): (its token, bound, qualifier). One that bounds wins over one that rounds
    ("3000여명을 넘어선": more than 3000, not about it)."""
    found = None
    for k in range(value.last + 1, min(len(toks), value.last + 1 + AFTER)):
        tok = toks[k]
        if tok.is_number or tok.text in ",;:.!?()":
            break
        hedge = words.hedges_after.get(tok.lower) or words.hedges_after.get(tok.lemma)
        if hedge is not None and hedge[0] in ("low", "high"):
            return k, hedge[0], hedge[1]
        if hedge is not None and found is None:
            found = (k, hedge[0], hedge[1])
    return found


def _figure(toks: tuple[Token, ...], value: Value, words: Words) -> RawFigure:
    hedge = _hedge(toks, value, words)
    after = _hedge_after(toks, value, words) if hedge is None and words.hedges_after else None
    measure, unit, end = measure_of(toks, value, words)
    if after is not None:
        end = max(end, after[0])
        hedge = (value.first, after[1], after[2])
    if unit is None:
        measure = hospital_measure(toks, value, words, measure)
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
    change, measure = foreign_step(toks, first, value, words, measure) if unit is None else (
        None, measure)
    return RawFigure(toks[first].start, toks[end].end, low, high, qualifier, measure, unit,
                     change)
