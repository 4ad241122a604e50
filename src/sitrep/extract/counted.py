"""The thing a figure counts: the words after a number ("12,000 Russian troops"), its unit
("180 km"), and the family of measures analysts compare (troops, soldiers -> participants).

Why apart from the finder: what a number counts is read the same way for ranges, single
values and vague amounts, and the family is what the store and the evaluation group by.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..lang import language_data
from .counted_context import gerund_modifier, past_owner, time_ago
from .counted_rules import head_rules
from .figure_families import DISTANCES
from .figure_families import DURATIONS as DURATIONS
from .figure_families import family_of as family_of
from .figure_families import measure_family as measure_family
from .figure_predicates import predicates
from .figure_rates import is_qualifier
from .figure_words import FigureWords, figure_words
from .measure_superlatives import superlative_end
from .opening import fast_pattern
from .unit_words import unit_at

_WORD = fast_pattern(r"[\w’'-]+|[^\w\s]")
_DIGITS = fast_pattern(r"\d[\d,.]*")
_LOWER_WORD = fast_pattern(r"(?<![\w’'-])[a-z]+(?![\w’'-])")
_OF = fast_pattern(r"\s+of\s+(?=[a-z])")
#: "region's", "Europe’s": a possessive names an owner, the noun after it is the head.
_POSSESSIVE = fast_pattern(r"[’']s$")


def without_place(measure: str, words: FigureWords) -> str:
    """"training grounds in Russia" -> "training grounds": the thing counted, no place."""
    return words.place_tail.sub("", measure)


def has_common_noun(measure: str, words: FigureWords) -> bool:
    """A counted thing is named by a lower-case noun ("Belarusian troops"); a phrase of
    capitalised words only is a name or a title."""
    joiner = words.rules["joiner"]
    return any(w[:1].islower() and w != joiner for w in without_place(measure, words).split())


def _dimension(measure: str, unit: str, words: FigureWords) -> str | None:
    """What the adjective after a measurement measures: the whole phrase ("wide"), or its
    first word when that says distance ("away from the coast": a distance, not a coast);
    only for a unit of length ("a 2 GW offshore array" is no distance)."""
    dimensions = words.rules["dimensions"]
    if words.quantities.get(unit) not in set(dimensions.values()) | {"length"}:
        return None
    lower = measure.lower().split()
    found = dimensions.get(" ".join(lower))
    if found is None and dimensions.get(lower[0]) == "distance":
        found = "distance"
    elif found is None and len(lower) > 1 and lower[1] in words.rules["dimension_joiners"]:
        found = dimensions.get(lower[0])  # "40 m long and crews worked": the length alone
    return found


def noun_phrase(text: str, pos: int, words: FigureWords) -> tuple[str | None, str | None, int]:
    """(measure, unit, end offset) for the words after a number at ``pos``."""
    phrase, unit, end = _head_words(text, pos, words, closing=True)
    if not phrase and unit is None and (most := superlative_end(text, pos, words)):
        ranked, _, after = _head_words(text, most, words, closing=True)  # "10 most visited"
        if ranked and is_plural(ranked[-1].lower(), words.rules["plural"]):
            phrase, end = [*text[pos:most].split(), *ranked], after
    if phrase and time_ago(words.lang).match(text, (at := text.find(phrase[0], pos)) - 1):
        return None, unit, len(text[:at].rstrip())  # "from 63% four years ago": a time
    if unit and not phrase and (of := _OF.match(text, end)):
        phrase, _, after = _head_words(text, of.end(), words)  # "10 hours of battery life"
        end = after if phrase else end
    measure = " ".join(phrase) or None
    if unit is None and measure and (code := words.rules["currency_names"].get(measure.lower())):
        return None, code, end  # "88 billion Hong Kong dollars": a sum in HKD
    # "nine training grounds in Russia": keep a place after "in"
    if measure and unit in words.rules["self_named_units"] and unit in words.quantities:
        measure = words.quantities[unit]  # "a 38 dBA room": a noise level, in a room
    elif unit and measure and (quantity := _dimension(measure, unit, words)):
        if quantity != "distance" and " " in measure:  # the adjective ends the value
            end = text.find(measure.split()[0], pos) + len(measure.split()[0])
        measure = quantity  # "six feet wide": a width; "12 miles away from ...": a distance
    tail = words.counted_tail.match(text[end:end + 60])
    if tail and (measure or unit) and not _calendar_words(words.lang).intersection(
            tail.group(2).split()):  # "25% in May 2019": a time, no place
        # "members of North Korean forces": the names are adjectives of a plural head
        head = _plural_ahead(text, end + tail.end(), words)
        if head is None and _POSSESSIVE.search(tail.group(2)):
            # "60 percent of Europe's total population": the head noun after the owner
            owned, _, after = _head_words(text, end + tail.end(), words)
            if unit and not measure and owned:
                return " ".join(owned), unit, after
            return measure, unit, end  # "a stake in Harlow's business": no place
        named = tail.group(2).strip() + (text[end + tail.end():head] if head else "")
        place = f"{tail.group(1)} {named}"
        share = unit == "%" and (head or tail.group(1) == words.rules["partitive"]["link"])
        if unit and not measure and (share or (head and unit not in DISTANCES)):
            place = named  # "44 percent of Americans": a share of Americans; but "fell 4% in
            # Leeds" says where, and the place link stays for place_only to drop
        base = measure or ("distance" if unit in DISTANCES else "")
        measure = f"{base} {place}".strip()
        end = head or end + tail.end()
    return measure, unit, end


def _head_words(text: str, pos: int, words: FigureWords, closing: bool = False
                ) -> tuple[list[str], str | None, int]:
    """The words of the thing counted up to its head noun, a unit before them, and where
    they end; ``closing``: right after the number, a last noun that ends the clause is
    read too ("a $7,500 federal tax credit.")."""
    rules, units = words.rules, words.units
    joiner, gerund, adjectives, compounds, seconds, ends = head_rules(words.lang)
    phrase: list[str] = []
    lowers = 0  # the phrase's words that count toward its length (see _plain_lower)
    pos = past_owner(text, pos)  # "region's total pollution": no thing counted
    unit, end = unit_at(text, pos, words) or (None, pos)  # "50 km/h": no km, then h
    seen_noun = False
    for m in _WORD.finditer(text, end, min(len(text), end + 120)):
        w = m.group(0)
        low = w.lower()
        if low in units:
            if phrase and unit is None and all(x.lower() in adjectives for x in phrase):
                phrase, lowers = [], 0  # "four straight years": years
            if not phrase and (unit is None or units[low].startswith(unit)):
                unit = units[low]  # "3.7 metric tons"; "degrees Fahrenheit" refines
                end = m.end()
                continue
        if not w[0].isalnum() or "\n" in text[end:m.start()]:
            break  # a line break ends the phrase: "$139.00\n\nAvailable from Amazon"
        if phrase and low in seconds and f"{phrase[-1].lower()} {low}" in compounds:
            return [*phrase, w], unit, m.end()  # "a $17 million net worth": one noun
        if low == joiner and not _joins_on(text, m, phrase, words):
            break  # "Belarusian and Russian personnel", "local and foreign reporters" only
        elif low in words.stop_words or low in words.hedges.bounds:
            break
        if (w[0].isupper() or (low.endswith(gerund) and "-" not in low)) and seen_noun and not (
                unit is None and w[0].islower() and _plural_next(text, m.end(), words)):
            break  # "particles representing"; not "meeting halls", "new anti-vaping ads"
        if low in ends or (w[0].isdecimal() and _DIGITS.fullmatch(w)) or (
                not phrase and _adjunct(text, m, phrase, words)):
            break
        if _verb_here(text, m, bool(phrase), unit, seen_noun, words):
            break
        phrase.append(w)
        lowers += _plain_lower(w, joiner, gerund)
        end = m.end()
        if w[0].isupper() and low.endswith(rules["plural"]["ending"]) and not low.endswith(
                "ss") and _verb_next(text, m.end(), words):
            break  # "600,000 Israelis live in": a name's plural is the head before a verb
        if w[0].islower() and low != joiner and not _modifier(low, rules):
            seen_noun = True
            # the head noun ends the phrase: "troops took part" stops at "troops"
            if low in words.count_nouns or is_plural(low, rules["plural"]):
                break
            if lowers >= 2 and _plural_ahead(text, m.end(), words) is None and (
                    _coordinated_head(text, m.end(), words) is None):
                if last := _closing_noun(text, m.end(), phrase, words,
                                         closing and unit is None):
                    return [*phrase, last.group(1)], unit, last.end(1)  # "a tax credit."
                break  # "five separate inmate counts" reads on to its plural head
        if len(phrase) >= 5:
            break
    while phrase and phrase[-1].lower() == joiner:
        phrase.pop()
    return phrase, unit, end


def _joins_on(text: str, m: re.Match[str], phrase: list[str], words: FigureWords) -> bool:
    """The joiner ``m`` links two modifiers of one head noun, so the phrase reads on past
    it: two names ("Belarusian and Russian personnel"), or a lower-case word that is no
    head and a lower-case modifier with the plural head after it ("national security and
    diplomatic officials", "new and used cars"): cut at the joiner, the head is lost."""
    nxt = text[m.end():m.end() + 30].lstrip()
    if phrase and phrase[-1][:1].isupper() and nxt[:1].isupper():
        return True
    after = _WORD.match(text, m.end() + 1)
    return bool(phrase and phrase[-1][:1].islower() and after and words.numbers.parse(
        after.group(0)) is None and _coordinated_head(text, m.start() - 1, words))


def _coordinated_head(text: str, pos: int, words: FigureWords) -> int | None:
    """Where the plural head ends when the joiner stands at ``pos`` (past one space) and
    lower-case modifiers and that head follow it, else None; the word before the joiner
    must be lower case and no plural itself ("soldiers and civilians" are two heads)."""
    joiner = words.rules["joiner"]
    if not text.startswith(f" {joiner} ", pos):
        return None
    before = text[max(0, pos - 30):pos].rsplit(" ", 1)[-1]
    if not before[:1].islower() or is_plural(before, words.rules["plural"]) or (
            before in words.stop_words or before in words.count_nouns):
        return None
    return _plural_ahead(text, pos + len(joiner) + 2, words)


def _plain_lower(word: str, joiner: str, gerund: str) -> bool:
    """A lower-case word of a noun phrase that counts toward its length: no joiner, no
    word in -ing ("a 2 GW floating solar farm" reads on to its head)."""
    return word[0].islower() and word.lower() != joiner and not word.lower().endswith(gerund)


def _adjunct(text: str, m: re.Match[str], phrase: list[str], words: FigureWords) -> bool:
    """"$19,000 pretax into the plan": a word right after a sum that qualifies it and no
    noun follows names no thing (see :mod:`.figure_rates`); "pretax profit" does."""
    return not phrase and is_qualifier(m.group(0), words) and _small_next(text, m.end(), words)


#: One lower-case word that closes its clause: the head of a noun phrase read so far.
_LAST_NOUN = fast_pattern(r" ([a-z]{3,})(?=[.,;:!?)]|$)")
#: One lower-case word and the word after it, or a line end: a head noun when a small
#: word, a name or the line end follows (a mark after it is read only right after a number:
#: "six months of a music subscription." is read as an offer by what follows "music").
_HEAD_THEN = fast_pattern(r" ([a-z]{3,})(?:(?=\n)| ([A-Za-z]+)\b)")


def _closing_noun(text: str, pos: int, phrase: list[str], words: FigureWords,
                  closing: bool = True) -> re.Match[str] | None:
    """The lower-case word at ``pos`` when it can head the noun phrase read so far and
    either closes its clause (``closing``: right after the number) or is singular and a
    small word, a name or a line end follows it ("on a new anti-smoking ad campaign in Ohio":
    two modifiers and the head; cut before it, the phrase names a modifier): no unit, no
    verb or adverb by its ending, no period of time ("cut 5 percent last year")."""
    rules = words.rules
    small = (*rules["phrase_ends"], rules["joiner"])
    last = _LAST_NOUN.match(text, pos) if closing else None
    then = _HEAD_THEN.match(text, pos) if last is None else None
    if then and (not then.group(2) or then.group(2)[0].isupper() or then.group(2) in small
                 or then.group(2) in words.stop_words) and then.group(1) not in small and (
            not then.group(1).endswith(rules["plural"]["ending"])) and (
            then.group(1) not in irregular_past(words.lang)):
        last = then
    if last is None or any(x.lower() in words.stop_words for x in phrase):
        return None
    word = last.group(1)
    return None if (word in words.stop_words or word in words.units
                    or word.endswith((rules["gerund"], rules["past"], "ly"))
                    or word in rules["left_measure"]["periods"]) else last


def _verb_here(text: str, m: re.Match[str], phrase: bool, unit: str | None, seen_noun: bool,
               words: FigureWords) -> bool:
    """The word ``m`` is a verb or an adverb after the number, not part of the thing
    counted: the phrase ends before it."""
    rules = words.rules
    w = m.group(0)
    low = w.lower()
    gerund, past, joiner = rules["gerund"], rules["past"], rules["joiner"]
    if w[0].islower() and low != joiner and not seen_noun and (
            low.endswith(past) or low in irregular_past(words.lang)) and (
            "-" not in low and low not in words.count_nouns) and (
            not _counted_next(text, m.end(), words)):
        return True  # "12,000 arrived", "these two came": a verb, not the thing counted
        # ("armoured vehicles", "human-shaped figures" are)
    if seen_noun and w[0].islower() and (
            low.endswith(past) or low in irregular_past(words.lang)) and "-" not in low and (
            _small_next(text, m.end(), words)) and (
            low not in predicates(words.lang).states):
        return True  # "a 15 percent tariff imposed on": the participle opens a clause (but
        # "200 staff evacuated" says what happened to whom)
    if phrase and w[0].islower() and (obj := _WORD.match(text, m.end() + 1)) and (
            obj.group(0).lower() in rules["object_pronouns"]):
        return True  # "five minutes of charging gives you": a verb and its object
    # "$20 reportedly demanded", "spent 45 seconds explaining": a verb follows
    return low.endswith(tuple(rules["adverb_endings"])) or bool(
        unit and not phrase and low.endswith(gerund) and not gerund_modifier(
            text, m.span(), unit, words))  # "a 9% funding increase": a noun's modifier


def antecedent(text: str, start: int, measure: str, words: FigureWords) -> str:
    """"sent 12 of the best ones" counts songs: a pronoun noun ("ones") at the end of a
    partitive stands for the last plural noun of the words before the number (in its
    paragraph), which replaces it; any other measure is returned as it is."""
    said = measure.split()
    if said[-1].lower() not in words.rules["partitive"]["pronouns"]:
        return measure
    found = last_plural(text, start, words)
    return " ".join([*said[:-1], found]) if found else measure


def last_plural(text: str, start: int, words: FigureWords) -> str | None:
    """The last plural noun before ``start`` in its paragraph (200 characters at most):
    what "ones", "those" or "them" stands for."""
    lo = max(text.rfind("\n", 0, start) + 1, start - 200)
    for w in reversed(_LOWER_WORD.findall(text, lo, start)):
        if w not in words.stop_words and is_plural(w, words.rules["plural"]):
            return w
    return None


def is_label(measure: str, words: FigureWords) -> bool:
    """A number other than one before a singular noun names a thing rather than counting
    it ("the 777 program", "a 91.4 coverage grade"): an English count takes a plural
    (or one of the words a count may name though singular: "300 dead", "200 staff")."""
    said = without_place(measure, words).lower().split()
    low = said[-1] if said else ""
    if not low.isalpha() or low in words.count_nouns or is_plural(low, words.rules["plural"]):
        return False
    if measure.split()[-1][:1].isupper() and low.endswith(words.rules["plural"]["ending"]) and (
            not low.endswith("ss")):
        return False  # "600,000 Israelis": a name's plural ("Israelis" is no "analysis")
    singular, endings = _label_words(words.lang)
    return not (singular.intersection(said) or low.endswith(endings))


@cache
def _label_words(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words a count may name though singular, and the endings of words no label
    ends with (adjectives, gerunds, past participles)."""
    rules = figure_words(lang).rules
    return frozenset(rules["singular_counts"]), (
        *rules["adjective_endings"], rules["gerund"], rules["past"])


def is_plural(word: str, table: dict[str, Any]) -> bool:
    """A plural noun: "girls", "companies" (not "gas", "status", "analysis", "measles")."""
    return word in table["irregular"] or (
        len(word) > 3 and word.endswith(table["ending"]) and word not in table.get(
            "singulars", ()) and not word.endswith(tuple(table["not_endings"])))


def _modifier(word: str, rules: dict[str, Any]) -> bool:
    """A word before the head noun, not the head: a compound adjective ("two big-name
    senators"), a gerund ("127 qualifying players"), a participle ("deported Indians")."""
    return word.endswith((rules["gerund"], rules["past"])) or (
        "-" in word and not is_plural(word, rules["plural"]))


@cache
def irregular_past(lang: str) -> frozenset[str]:
    """Past forms without the -ed ending ("came", "found"): verbs, never a thing counted."""
    return frozenset(figure_words(lang).rules["irregular_past"])


@cache
def _calendar_words(lang: str) -> frozenset[str]:
    """Month and weekday names: "in May" after a figure dates it, it names no place."""
    table = language_data(lang).table("date_words")
    return frozenset([m["name"] for m in table["months"]] + table["weekdays"])


def _verb_next(text: str, pos: int, words: FigureWords) -> bool:
    """The word after ``pos`` is lower case, no plural and not followed by one: a verb
    ("Israelis live in"), not a noun the phrase reads on to ("States service members")."""
    nxt = _WORD.match(text, pos + 1) if text[pos:pos + 1] == " " else None
    if nxt is None or not nxt.group(0)[:1].islower() or is_plural(nxt.group(0),
                                                                 words.rules["plural"]):
        return False
    return not _plural_next(text, nxt.end(), words)


def _plural_ahead(text: str, pos: int, words: FigureWords) -> int | None:
    """Where a plural head within the next three words ends, the words before it lower
    case and no small words ("three large sculptural light installations" reads on to its
    head), else None."""
    past = irregular_past(words.lang)
    for nxt in _WORD.finditer(text, pos, min(len(text), pos + 40)):
        word = nxt.group(0)
        if not word[:1].islower() or word in words.stop_words or word in past:
            return None  # "a fair in Galway drew crowds": a verb, no adjective of "crowds"
        if is_plural(word, words.rules["plural"]):
            return nxt.end()
        if nxt.end() - pos > 35 or text[pos:nxt.start()].count(" ") >= 3:
            return None
    return None


def _small_next(text: str, pos: int, words: FigureWords) -> bool:
    """The word after ``pos`` is a small word ("imposed on", "announced just") or there is
    none: the word before it ends a clause's verb, not a noun phrase ("armed groups")."""
    nxt = _WORD.match(text, pos + 1) if text[pos:pos + 1] == " " else None
    return nxt is None or nxt.group(0).lower() in words.stop_words


def _plural_next(text: str, pos: int, words: FigureWords) -> bool:
    nxt = _WORD.match(text, pos + 1) if text[pos:pos + 1] == " " else None
    word = nxt.group(0) if nxt else ""
    return word[:1].islower() and word not in words.stop_words and is_plural(
        word, words.rules["plural"])


def _counted_next(text: str, pos: int, words: FigureWords) -> bool:
    """A count noun follows, a plural noun after a participle that counts use as an
    adjective ("87 confirmed cases", "26 suspected cases"), or a people's name in the
    plural ("150 deported Indians")."""
    nxt = _WORD.match(text, pos + 1) if text[pos:pos + 1] == " " else None
    low = nxt.group(0).lower() if nxt is not None else ""
    return nxt is not None and (low in words.count_nouns or (
        low == nxt.group(0) and is_plural(low, words.rules["plural"])
        and text[max(0, pos - 40):pos].rsplit(None, 1)[-1].lower()
        in words.rules["count_participles"]) or (
        nxt.group(0)[:1].isupper() and nxt.group(0).endswith(tuple(
            words.rules.get("demonym_endings", ())))))
