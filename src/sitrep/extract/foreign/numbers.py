"""Values in a sentence: digits as the language groups them, number words on their lemmas,
scales after them ("15 тысяч", "4 tys.", "3 Mio."), and ranges ("2-3 миллиона",
"od 30 do 40 tys.", "zwischen 10 und 20")."""

from __future__ import annotations

from dataclasses import dataclass

from .resources import Words
from .tokens import Token


@dataclass(frozen=True, slots=True)
class Value:
    """One value or range read from tokens ``first`` .. ``last`` (inclusive)."""

    low: float
    high: float
    first: int
    last: int
    in_words: bool


def parse_digits(text: str, words: Words) -> float | None:
    """"3.354" (German) -> 3354, "7,7" -> 7.7, "15 000" -> 15000, "13.9" -> 13.9; a date
    such as "12.09.2025" is no value (None)."""
    groups = set(words.numbers.get("group", [])) | {" ", "\u00a0", "\u202f"}
    decimal = words.numbers.get("decimal", ",")
    whole, _, fraction = text.partition(decimal) if decimal not in groups else (text, "", "")
    parts = [whole]
    for sep in groups:
        parts = [p for part in parts for p in part.split(sep)]
    if len(parts) > 1 and not all(len(p) == 3 for p in parts[1:]):
        if len(parts) == 2 and whole.count(".") == 1 and not fraction and (
                "." not in groups or (len(parts[1]) == 1 and f"{parts[0]}.{parts[1]}" == whole)):
            # "1.5" where the mark is a comma; "13.9" where "." groups thousands (a group
            # has three digits, so one digit after it is a decimal written the English way)
            parts, fraction = [parts[0]], parts[1]
        else:
            return None
    digits = "".join(parts) + ("." + fraction if fraction else "")
    if not digits.replace(".", "", 1).isdigit():
        return None
    return float(digits)


def _word_value(tok: Token, words: Words) -> tuple[str, float] | None:
    table = words.numbers
    # the written form first: a lemmatizer may cut a compound number word to its first
    # part ("diecimila" -> "dieci")
    for key in (tok.lower, tok.lemma):
        if key in table["words"]:
            return "unit", float(table["words"][key])
        if key in table["scales"]:
            return "scale", float(table["scales"][key])
    return None


def _scale_after(toks: tuple[Token, ...], i: int, words: Words, text: str) -> tuple[float, int]:
    """The scale after token ``i`` ("тыс.", "млн", "Millionen") and the last token it takes."""
    if i + 1 >= len(toks):
        return 1.0, i
    nxt = toks[i + 1]
    abbreviations = words.numbers.get("abbreviations", {})
    dotted = nxt.text + "." if text[nxt.end:nxt.end + 1] == "." else None
    for form in (dotted, nxt.text):
        if form and form in abbreviations:
            dot = form == dotted and i + 2 < len(toks) and toks[i + 2].text == "."
            last = i + 2 if dot else i + 1
            return float(abbreviations[form]), last
    scales = words.numbers["scales"]
    if nxt.lemma in scales or nxt.lower in scales:
        scale = float(scales.get(nxt.lemma) or scales[nxt.lower])
        after = toks[i + 2] if i + 2 < len(toks) else None
        bigger = after is not None and float(
            scales.get(after.lemma) or scales.get(after.lower) or 0) > scale
        # "2 mil milhões" (Portugal's billion): a larger scale right after multiplies
        return (scale * float(scales.get(after.lemma) or scales[after.lower]), i + 2) \
            if bigger and after is not None else (scale, i + 1)
    if nxt.text == "-" and nxt.start == toks[i].end and i + 2 < len(toks) \
            and toks[i + 2].start == nxt.end:
        joined = toks[i + 2]  # "1,7-Millionen-Einwohner-Stadt"
        if joined.lemma in scales or joined.lower in scales:
            return float(scales.get(joined.lemma) or scales[joined.lower]), i + 2
    return 1.0, i


def read_value(toks: tuple[Token, ...], i: int, words: Words, text: str) -> Value | None:
    """The value starting at token ``i``, or None."""
    tok = toks[i]
    if tok.lower in words.numbers.get("scale_articles", ()) and i + 1 < len(toks) and (
            _word_value(toks[i + 1], words) or ("", 0.0))[0] == "scale":
        # "über eine Milliarde Euro": the article is the one of its scale, so the
        # value (and the hedge before it) starts at the article
        scaled = _read_words(toks, i + 1, words)
        return Value(scaled.low, scaled.high, i, scaled.last, True) if scaled else None
    if not tok.is_number and tok.lemma not in words.number_words \
            and tok.lower not in words.number_words:
        return None
    if not tok.is_number and (bound := words.numbers.get("bound_scales")) and (
            tok.lower in bound or tok.lemma in bound):
        return None  # "3년 만에": a scale read only after digits ("1만"), else a word
    if tok.is_number:
        value = parse_digits(tok.text, words)
        if value is None:
            return None
        scale, last = _scale_after(toks, i, words, text)
        if scale > 1 and words.numbers.get("additive_scales"):
            return _added(toks, Value(value * scale, value * scale, i, last, False), scale,
                          words, text)
        return Value(value * scale, value * scale, i, last, False)
    return _read_words(toks, i, words)


def _added(toks: tuple[Token, ...], value: Value, scale: float, words: Words,
           text: str) -> Value:
    """"1만2000", "1만 2천", "3억 5000만": where a language writes a large number as
    scales added up (``additive_scales``: Korean, by myriads), the digits after a scale
    that come to less than it are added to it."""
    j = value.last + 1
    if j >= len(toks) or not toks[j].is_number or toks[j].start - toks[j - 1].end > 1:
        return value
    rest = read_value(toks, j, words, text)
    if rest is None or rest.high >= scale:
        return value
    total = value.low + rest.high
    return Value(total, total, value.first, rest.last, False)


def _read_words(toks: tuple[Token, ...], i: int, words: Words) -> Value | None:
    """A number in words: units add up ("cento vinte"), a scale multiplies what comes
    before it ("duas mil"), a larger scale right after a scale multiplies the whole ("mil
    milhões"), and a joiner of the language ("vinte e cinco", "mil e duzentos") links a
    part smaller than the word before it, so that "dez e vinte" stays a range."""
    total = group = previous = 0.0
    last = i - 1
    joiners = words.numbers.get("word_joiners", ())
    j = i
    while j < min(len(toks), i + 8):
        found = _word_value(toks[j], words)
        if found is None and last == j - 1 and last >= i and toks[j].lower in joiners \
                and j + 1 < len(toks):
            after = _word_value(toks[j + 1], words)
            if after is not None and after[0] == "unit" and after[1] < previous:
                j += 1
                found = after
        if found is None:
            break
        kind, value = found
        if kind == "unit":
            group += value
        elif not group and total and value > previous:
            total *= value  # "mil milhões"
        else:
            total += (group or 1) * value
            group = 0
        previous, last = value, j
        j += 1
    if last < i:
        return None
    value = total + group
    return Value(value, value, i, last, True)


def read_range(toks: tuple[Token, ...], first: Value, words: Words, text: str) -> Value:
    """``first`` widened to a range when a joiner and a second value follow it ("2-3",
    "30 до 40"); a scale after the second value applies to the first when it had none."""
    j = first.last + 1
    joiners = set(words.numbers.get("range_joiners", []))
    if j + 2 < len(toks) and toks[j].lower in words.numbers.get("range_counters", ()) \
            and toks[j + 1].lower in joiners:
        j += 1  # "100명에서 200명", "100명~200명": the counter said with both values
    if j + 1 >= len(toks) or toks[j].lower not in joiners:
        return first
    if toks[j].start - toks[j - 1].end > 1 and toks[j].text in "-":
        return first
    second = read_value(toks, j + 1, words, text)
    if second is None or second.in_words != first.in_words:
        return first
    low = first.low
    if second.last > j + 1 and first.low == first.high and first.last == first.first and not (
            # "9000~1만2000": a first value no smaller than the second's digits has its scale
            words.numbers.get("additive_scales") and first.low >= parse_or_one(toks[j + 1],
                                                                               words)):
        low = first.low * (second.high / parse_or_one(toks[j + 1], words))
    if not low < second.high:
        return first
    return Value(low, second.high, first.first, second.last, first.in_words)


def parse_or_one(tok: Token, words: Words) -> float:
    value = parse_digits(tok.text, words) if tok.is_number else None
    if value is None:
        found = _word_value(tok, words)
        value = found[1] if found else 1.0
    return value or 1.0
