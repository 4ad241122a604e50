"""Numbers that are no figures where they stand, in a language read by rules: the same
classes the English filters (``extract/figure_filters.py``) keep out, over the words of
``lang/<code>/context.json``.

Why: pages in every language carry recipes, diet plans, legal references, product codes and
anecdotes beside the reporting, and their numbers look like counts ("150 г муки", "3 EL
Öl", "§ 291 Absatz 3", "HL7", "пять лет назад"). A list of such phrases would not carry to
the next page; the shape of the context does:

* a line holding a number with a kitchen unit is a recipe or a food label: none of its
  numbers is a figure (a year before the unit, "2024 г.", is a date, not grams);
* a sentence with a cooking verb in an instruction form (infinitive or imperative:
  "Запекайте", "vorheizen") is an instruction ("добавил он", a past form, is a speaker);
* a span of time that dates something ("через 6 месяцев", "vor 5 Jahren", "пять лет
  назад") is no duration anyone claims;
* a number after a label word or sign ("№ 5", "§ 291", "Nr. 4"), glued to letters ("HL7",
  "291a", "х100"), or after a Latin word in a text of another script ("speedmult 125") is
  a code or part of a name;
* a number after a negation ("ни одного") claims none;
* a day joined to its month by a word ("el 28 de marzo") is a date.

A language without ``context.json`` is read without these rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ...errors import UsageError
from ...lang import language_data, longest_first
from ..opening import fast_pattern

if TYPE_CHECKING:
    from .numbers import Value
    from .resources import Words
    from .tokens import Sentence, Token

#: A number as a recipe writes it: digits (with a decimal part or a fraction), or a
#: vulgar fraction sign.
_AMOUNT = r"(?P<num>\d+(?:[.,/]\d+)?|[½¼¾⅓⅔])"
_LATIN = fast_pattern(r"[A-Za-z]+")


@dataclass(frozen=True)
class ContextWords:
    """The words of ``context.json``, compiled once per language."""

    kitchen: re.Pattern[str]
    cooking_verbs: frozenset[str]
    instruction_endings: tuple[str, ...]
    kitchen_words: frozenset[str]
    time_units: frozenset[str]
    relative_before: frozenset[str]
    relative_after: frozenset[str]
    labels: frozenset[str]
    negations: frozenset[str]
    foreign_script_codes: bool
    date_links: frozenset[str]
    address_endings: tuple[str, ...] = ()
    verb_lemma_endings: tuple[str, ...] = ()


@cache
def context_words(code: str) -> ContextWords | None:
    """The context words of ``code``, or None when its folder has no ``context.json``."""
    try:
        table = language_data(code).table("context")
    except UsageError:
        return None
    return ContextWords(
        kitchen=fast_pattern(rf"(?<![\w.,]){_AMOUNT}\s*"
                           rf"(?P<unit>{longest_first(table['kitchen_units'])})(?!\w)",
                           re.IGNORECASE),
        cooking_verbs=frozenset(table["cooking_verbs"]),
        instruction_endings=tuple(table["instruction_endings"]),
        kitchen_words=frozenset(w.lower() for w in table["kitchen_words"]),
        time_units=frozenset(w.lower() for w in table["time_units"]),
        relative_before=frozenset(w.lower() for w in table["relative_before"]),
        relative_after=frozenset(w.lower() for w in table["relative_after"]),
        labels=frozenset(w.lower() for w in table["labels"]),
        negations=frozenset(w.lower() for w in table["negations"]),
        foreign_script_codes=bool(table.get("foreign_script_codes", False)),
        date_links=frozenset(table.get("date_links", [])),
        address_endings=tuple(table.get("address_endings", [])),
        verb_lemma_endings=tuple(table.get("verb_lemma_endings", [])),
    )


def addresses_reader(sentence: Sentence, ctx: ContextWords) -> bool:
    """The sentence speaks to the reader with a verb in the second person ("если увидите,
    измените цифру"): a tip or an instruction, whose bare numbers are settings, not figures
    of the news."""
    if not ctx.address_endings:
        return False
    return any(tok.text[0].islower() and tok.lower != tok.lemma
               and tok.lemma.endswith(ctx.verb_lemma_endings)
               and tok.lower.endswith(ctx.address_endings) for tok in sentence.tokens)


def recipe_sentence(sentence: Sentence, text: str, ctx: ContextWords, words: Words) -> bool:
    """The sentence stands on a line holding a kitchen quantity, or gives an instruction,
    or names a thing of the kitchen ("духовка", "Backofen"): none of its numbers is a
    figure."""
    start = text.rfind("\n", 0, sentence.start) + 1
    end = text.find("\n", sentence.end)
    line = text[start:len(text) if end < 0 else end]
    for m in ctx.kitchen.finditer(line):
        number, unit = m.group("num"), m.group("unit").lower()
        if not (unit in words.year_words and number.isdigit() and len(number) == 4):
            return True  # "150 г" (but "2024 г." is a year)
    return any(_instruction(tok, ctx) or tok.lemma in ctx.kitchen_words
               or tok.lower in ctx.kitchen_words for tok in sentence.tokens)


def _instruction(tok: Token, ctx: ContextWords) -> bool:
    """A cooking verb in the infinitive or the imperative ("разогреть", "обжаривайте")."""
    if tok.lemma not in ctx.cooking_verbs:
        return False
    return tok.lower == tok.lemma or tok.lower.endswith(ctx.instruction_endings)


def no_figure_here(toks: tuple[Token, ...], value: Value, hedge_first: int,
                   ctx: ContextWords, words: Words) -> bool:
    """The value is a label, a code, a negated count or a span of time that dates."""
    return (_labelled(toks, value.first, ctx) or _glued(toks, value, words)
            or _linked_day(toks, value.last, ctx, words)
            or _negated(toks, hedge_first, ctx) or _relative_time(toks, value, hedge_first, ctx)
            or (ctx.foreign_script_codes and _after_latin_word(toks, value.first)))


def _words_before(toks: tuple[Token, ...], first: int, size: int) -> str:
    return " ".join(t.lower for t in toks[max(0, first - size):first])


def _labelled(toks: tuple[Token, ...], first: int, ctx: ContextWords) -> bool:
    """"№ 5", "§ 291", "Nr. 4", "статьи 205": a label's number."""
    if first == 0:
        return False
    prev = toks[first - 1]
    if prev.text == "." and first >= 2 and toks[first - 2].end == prev.start:
        return toks[first - 2].lower + "." in ctx.labels
    return prev.lower in ctx.labels


def _glued(toks: tuple[Token, ...], value: Value, words: Words) -> bool:
    """"HL7", "х100", "291a": letters written onto the digits make a code (a scale read
    into the value, "15тыс", or a unit, "5км", does not); so does a per cent sign before
    them, which no language writes so ("%165": a widget's markup). A word a language
    writes onto its numbers ("600명": a Korean counter) makes no code either."""
    first, last = toks[value.first], toks[value.last]
    if not first.is_number:
        return False
    prev = toks[value.first - 1] if value.first else None
    nxt = toks[value.last + 1] if value.last + 1 < len(toks) else None
    return bool((prev is not None and prev.end == first.start
                 and (prev.text[0].isalpha() or prev.text == "%"))  # "%165 голосов": markup
                or (nxt is not None and nxt.start == last.end and nxt.text[0].isalpha()
                    and value.first == value.last and nxt.lower not in words.glued_words
                    and words.units.get(nxt.lemma, nxt.lower) is None))


def _linked_day(toks: tuple[Token, ...], last: int, ctx: ContextWords, words: Words) -> bool:
    """"el 28 de marzo": a day joined to its month by a word is a date."""
    return last + 2 < len(toks) and toks[last + 1].lower in ctx.date_links \
        and toks[last + 2].lower in words.months


def _negated(toks: tuple[Token, ...], first: int, ctx: ContextWords) -> bool:
    """"ни одного человека": not a single one, no count."""
    return first > 0 and toks[first - 1].lower in ctx.negations


def _relative_time(toks: tuple[Token, ...], value: Value, first: int,
                   ctx: ContextWords) -> bool:
    """"через 6 месяцев", "vor fünf Jahren", "пять лет назад": a span of time after the
    value, with a word before or after it that makes the span date something."""
    unit = next((k for k in range(value.last + 1, min(len(toks), value.last + 3))
                 if toks[k].lemma in ctx.time_units or toks[k].lower in ctx.time_units), None)
    if unit is None:
        return False
    if any(_words_before(toks, first, size) in ctx.relative_before for size in (1, 2, 3)):
        return True
    # the forms, then the lemmas: a particle glued on ("전부터": since ... ago) leaves the
    # word of time as its lemma
    return any(after == w or after.startswith(w + " ") for w in ctx.relative_after
               for after in (" ".join(t.lower for t in toks[unit + 1:unit + 3]),
                             " ".join(t.lemma for t in toks[unit + 1:unit + 3])))


def _after_latin_word(toks: tuple[Token, ...], first: int) -> bool:
    """"speedmult 125", "Boeing 737" in a Cyrillic text: a code or a product's name."""
    return first > 0 and bool(_LATIN.fullmatch(toks[first - 1].text))
