"""What a value counts, in a language read by rules: the thing counted after it, an outcome
after or before it, a unit, a sum's currency and what the money is.

Why a sum's measure comes from its context: "800 евро" is no aid and "6 млрд руб" no
damage by themselves; what the money is stands elsewhere in the sentence ("ущерб
оценивается в", "in das Projekt investiert", "ayuda"). A sum with such a word is "damage
(RUB)", "investment (EUR)"; one without counts nothing named, and says only its currency.
Why the noun itself when no table knows it: in a language that capitalises its nouns
(German), the noun right after the value is what it counts ("16 Kliniken", "10 Mio.
Versicherten"), and naming it is better than naming nothing; FreeDict's dictionary, when
installed, gives its English word (``glossary``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ...lang import language_data
from .glossary import english_noun, marks_nouns
from .numbers import Value
from .resources import Words, WordTable, lookup
from .tokens import Token

#: How many tokens after a value the thing counted may follow ("15 тысяч северокорейских
#: военнослужащих"), and before it an outcome may stand ("погибли 137 человек").
AFTER, BEFORE = 4, 6
_STOPS = frozenset(".,;:!?()«»\"„“”")


@dataclass(frozen=True)
class MoneyWords:
    """A language's currencies (a word or a sign -> its code) and the words that say what a
    sum is (-> an English word)."""

    currencies: WordTable
    money: WordTable
    links: frozenset[str]  # a word between a sum and its currency ("millones de dólares")


@cache
def property_words(code: str) -> frozenset[str]:
    """The measures a noun names when it stands before the value ("magnitude")."""
    return frozenset(language_data(code).table("measures").get("named_before", []))


@cache
def function_words(code: str) -> frozenset[str]:
    """Prepositions, articles and conjunctions: none of them stands between a value and
    the noun it counts ("10.000 in den Osten")."""
    return frozenset(language_data(code).table("measures").get("function_words", []))


@cache
def money_words(code: str) -> MoneyWords:
    table = language_data(code).table("measures")
    return MoneyWords(WordTable.of(table.get("currencies", {})),
                      WordTable.of(table.get("money", {})),
                      frozenset(table.get("currency_links", [])))


def measure_of(toks: tuple[Token, ...], value: Value,
               words: Words) -> tuple[str | None, str | None, int]:
    """(measure, unit, last token of the evidence): a currency makes it a sum; a property
    named right before it ("магнитудой 7,7") is what it measures; else the thing counted
    after the value and an outcome after or before it (one right before it, "погибли не
    менее 139", wins); outcomes name the measure, nouns say of whom."""
    money = money_words(words.code)
    currency = _currency(toks, value, money)
    if currency is not None:
        code, end = currency
        return _what_money(toks, value, money, code), code, end
    unit, noun, (outcome, at), end = _after(toks, value, words)
    if words.nouns_before and unit is None and noun in (None, "people"):
        noun = _noun_before(toks, value, words) or noun
    named = _property_before(toks, value, words)
    if named is not None:
        return named, unit, value.last if unit is None else end
    if outcome is None or (at > value.last + 2 if not words.nouns_before
                           else _words_between(toks, value.last, at) >= 2):
        # "200 muertos y 730 heridos": right after; where the thing counted stands before
        # the value (Korean), an outcome in the word after the value's is its own ("300명이
        # 숨졌다"), one further on is the next clause's ("부상이 2700명으로 사상자가")
        outcome = _outcome_close(toks, value, words) or outcome
    outcome = outcome or _outcome_before(toks, value, words, _changed(toks, value, words)) \
        or _outcome_phrase(toks, value, words)
    if not unit and (words.capitalised_nouns or not noun):
        found = _noun_after(toks, value, words) if words.capitalised_nouns \
            else _glossed_after(toks, value, words)
        if found is not None and not outcome:
            return found
        if found is not None and noun is None and found[0] != found[0].capitalize():
            noun = found[0]  # "25 wozów" sent: "fire engines deployed"
    if outcome and noun and noun != "people":
        return f"{noun} {outcome}", unit, end
    return outcome or noun or unit, unit, end


def _after(toks: tuple[Token, ...], value: Value, words: Words
           ) -> tuple[str | None, str | None, tuple[str | None, int], int]:
    """(unit, noun, (outcome, its token), last token) read in the few words after the
    value."""
    noun = unit = outcome = None
    end = at = value.last
    for k in range(value.last + 1, min(len(toks), value.last + 1 + AFTER)):
        tok = toks[k]
        if tok.text in _STOPS:
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
            outcome, end, at = _either(toks, k, o, words), max(end, k), k
    return unit, noun, (outcome, at), end


def _words_between(toks: tuple[Token, ...], last: int, at: int) -> int:
    """How many words, as spaces part them, start after token ``last`` up to token ``at``
    ("600명이 숨졌다": one; the counter and its particle are written onto the number)."""
    return sum(toks[k].start > toks[k - 1].end for k in range(last + 1, at + 1))


def _noun_before(toks: tuple[Token, ...], value: Value, words: Words) -> str | None:
    """The thing counted named right before the value, in a language that names it there
    and counts it after by a counter of persons or things ("북한군 2명", "소방관 30명":
    troops, firefighters): the nearest known noun within ``nouns_before`` words, past a
    hedge, never past punctuation or another number."""
    for k in range(value.first - 1, max(-1, value.first - 1 - words.nouns_before), -1):
        tok = toks[k]
        if tok.is_number or not tok.text[0].isalpha():
            return None
        found = lookup(words.nouns, tok.lemma, tok.lower)
        if found:
            return found
    return None


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


def _outcome_close(toks: tuple[Token, ...], value: Value, words: Words) -> str | None:
    """An outcome in the three words right before the value, no other number or
    punctuation between ("погибли не менее 139 человек и более 180 ранены": 139 were
    killed); it gives way to one right after the value ("200 muertos y 730 heridos")."""
    for k in range(value.first - 1, max(-1, value.first - 4), -1):
        tok = toks[k]
        if tok.is_number or not tok.text[0].isalpha():
            return None
        found = lookup(words.outcomes, tok.lemma, tok.lower)
        if found:
            return _either(toks, k, found, words)
    return None


def _changed(toks: tuple[Token, ...], value: Value, words: Words) -> bool:
    """A word of change right before or after the value ("auf 694 angestiegen", "выросло
    до 143")."""
    near = [*toks[max(0, value.first - 5):value.first], *toks[value.last + 1:value.last + 3]]
    return any(t.lemma in words.not_after or t.lower in words.not_after for t in near)


def _outcome_before(toks: tuple[Token, ...], value: Value, words: Words,
                    changed: bool = False) -> str | None:
    """An outcome a few words before the value; after a verb of change, anywhere in the
    sentence, nearest first: a total is named before the verb ("Die Zahl der Toten ist nach
    offiziellen Angaben auf 694 angestiegen") or after it ("Do 1002 wzrosła w sobotę
    liczba ofiar")."""
    reach = value.first + 1 if changed else BEFORE
    for k in range(value.first - 1, max(-1, value.first - 1 - reach), -1):
        tok = toks[k]
        if tok.text in ".;!?" or tok.lower in words.clause_breaks:
            break
        outcome = lookup(words.outcomes, tok.lemma, tok.lower)
        if outcome:
            return _either(toks, k, outcome, words)
    if changed:
        for tok in toks[value.last + 1:]:
            outcome = lookup(words.outcomes, tok.lemma, tok.lower)
            if outcome:
                return outcome
    return None


#: How many words of a value's clause after it an outcome phrase may end within
PHRASE_REACH = 8


def _outcome_phrase(toks: tuple[Token, ...], value: Value, words: Words) -> str | None:
    """An outcome said in a phrase of words in the value's clause after it ("12 guardie
    si sono messe in salvo": escaped), where no one word says it."""
    clause = []
    for tok in toks[value.last + 1:value.last + 1 + PHRASE_REACH]:
        if tok.text in _STOPS or tok.is_number:
            break
        clause.append(tok.lower)
    for phrase, outcome in words.outcome_phrases:
        n = len(phrase)
        if any(tuple(clause[i:i + n]) == phrase for i in range(len(clause) - n + 1)):
            return outcome
    return None


def _property_before(toks: tuple[Token, ...], value: Value, words: Words) -> str | None:
    """"магнитудой 7,7", "der Stärke von 7,7", "o sile 6,8": a property named right before
    its value (one of the language's ``named_before`` measures)."""
    named = property_words(words.code)
    for k in range(value.first - 1, max(-1, value.first - 3), -1):
        found = lookup(words.nouns, toks[k].lemma, toks[k].lower)
        if found in named:
            return found
    return None


def _currency(toks: tuple[Token, ...], value: Value,
              money: MoneyWords) -> tuple[str, int] | None:
    """(code, last token) of a currency right after the value ("800 евро", "275 Millionen
    US-Dollar": a country's letters joined by a hyphen are skipped), or of its sign right
    before it ("$ 275 millones")."""
    k = value.last + 1
    if k < len(toks) and toks[k].lower in money.links:
        k += 1  # "mil millones de yuanes"
    while k + 1 < len(toks) and toks[k].text.isupper() and len(toks[k].text) <= 3 \
            and toks[k + 1].text == "-":
        k += 2  # "US-Dollar", "US -Dollar"
    if k < len(toks):
        code = money.currencies.get(toks[k].lemma, toks[k].lower)
        if code is not None:
            return code, k
    before = toks[value.first - 1] if value.first else None
    if before is not None and not before.text[0].isalnum():
        letters = toks[value.first - 2] if value.first > 1 else None
        # "R$ 40", "US$ 3": letters written onto the sign name the currency
        glued = letters.lower + before.lower if letters is not None and letters.text.isalpha() \
            and letters.end == before.start else None
        code = (money.currencies.get(glued, glued) if glued else None) \
            or money.currencies.get(before.lower, before.lower)
        if code is not None:
            return code, value.last
    return None


def _what_money(toks: tuple[Token, ...], value: Value, money: MoneyWords,
                code: str) -> str | None:
    """"aid (USD)": the word of the sentence nearest the sum that says what the money is."""
    near = sorted(range(len(toks)), key=lambda k: min(abs(k - value.first),
                                                      abs(k - value.last)))
    for k in near:
        what = money.money.get(toks[k].lemma, toks[k].lower)
        if what is not None:
            return f"{what} ({code})"
    return None


def _noun_after(toks: tuple[Token, ...], value: Value,
                words: Words) -> tuple[str, None, int] | None:
    """(noun, no unit, its last token): the first capitalised word after the value, past
    lower-case adjectives ("90 gesetzlichen Krankenkassen", "16 Luftangriffen des
    Militärs"), when the tables do not know it; a function word or punctuation first ("mehr
    als 10.000 in den Osten") means the value counts no noun written after it."""
    stops = function_words(words.code)
    for k in range(value.last + 1, min(len(toks), value.last + 1 + AFTER)):
        tok = toks[k]
        if not tok.text[0].isalpha() or tok.lower in stops:
            return None
        if tok.is_capital:
            if any(lookup(table, tok.lemma, tok.lower)
                   for table in (words.nouns, words.outcomes, words.units)):
                return None
            last = _compound(toks, k)
            written = "".join(t.text for t in toks[k:last + 1])
            return english_noun(words.code, toks[k:last + 1], value.high) or written, None, last
    return None


def _glossed_after(toks: tuple[Token, ...], value: Value,
                   words: Words) -> tuple[str, None, int] | None:
    """(English noun, no unit, its token): in a language that writes its nouns in lower
    case, the word after the value, or the one after that past an adjective, that its
    dictionary marks as a noun ("200 pompiers", "12 grands hôtels"); a word of one or two
    letters is a preposition or an article whatever the dictionary says ("w")."""
    if not marks_nouns(words.code):
        return None
    stops = function_words(words.code)
    for k in range(value.last + 1, min(len(toks), value.last + 3)):
        tok = toks[k]
        if not tok.text.isalpha() or len(tok.text) < 3 or tok.lower in stops:
            return None
        english = english_noun(words.code, toks[k:k + 1], value.high)
        if english is not None:
            return english, None, k
    return None


def _compound(toks: tuple[Token, ...], k: int) -> int:
    """The last token of a hyphenated word starting at ``k`` ("Top-Speakern")."""
    while k + 2 < len(toks) and toks[k + 1].text == "-" and toks[k + 1].start == toks[k].end \
            and toks[k + 2].start == toks[k + 1].end and toks[k + 2].text[0].isalpha():
        k += 2
    return k
