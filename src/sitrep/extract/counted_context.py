"""What a figure measures when the words beside it do not say, read from its sentence: an
idiom of size before an amount ("to the tune of 4%": the amount of what the clause before
it names), a share of the noun after "of" ("25% of the city's emissions"), a span of time
between two events or in which a count of them happened ("five months between the two
floods", "two derailments inside six months"), the goods a sum per week is made of
("$40 million a week in cocaine"), an owner before the thing counted ("the region's total
pollution"), and what a measurement in a unit of two quantities is by the words near it
("30 degrees" of tilt is an angle, of heat a temperature).

Why apart from :mod:`.counted` and :mod:`.counted_left`: those read the noun next to the
number; these rules read the clause around it when that noun is an idiom's word, an owner,
a preposition or missing. The words are data (``figure_measure_context``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..lang import language_data, longest_first
from .figure_families import DURATIONS
from .figure_words import FigureWords, figure_words
from .literals import may_hold
from .opening import fast_pattern

_WORD = fast_pattern(r"[A-Za-z][\w’'-]*")
_LETTERS = fast_pattern(r"[a-z]+")
#: An owner ("phone's"): the noun after it is the head.
_OWNER = fast_pattern(r"[’']s$")
_APOSTROPHE = fast_pattern(r"[’']")
#: A word of a share's noun: an acronym with its points ("U.S.") or a word.
_SHARE_WORD = fast_pattern(r"(?:[A-Z]\.){2,}|[A-Za-z][\w’'-]*")
#: A clause ends at these: the events of a span, or the goods of a rate, are in its clause.
_CLAUSE_END = fast_pattern(r"[,.;:!?()\"“”\n]")


@dataclass(frozen=True)
class Found:
    """A measure read from the sentence, and where the words it read end (``end`` is the
    figure's own end when nothing after it was read)."""

    measure: str
    end: int


@dataclass(frozen=True)
class _Words:
    """The table of ``lang``, its idioms and its article before an amount as patterns, and
    the small words a measure's noun stops at (links, articles, pronouns), built once."""

    table: dict[str, Any]
    idiom: re.Pattern[str]
    article_amount: re.Pattern[str]
    small: frozenset[str]


@cache
def _words(lang: str) -> _Words:
    table = language_data(lang).table("figure_measure_context")
    idiom = fast_pattern(rf"(?:,\s*)?\b(?:{longest_first(table['idioms'])})\s*$", re.I)
    # an article, then the amount (a number, its scale or unit: "a $5 million "), then the
    # word being read: the amount modifies a noun; an adverb or a participle may stand
    # before the amount ("a newly approved 2 GW"), not a noun and its verb ("the index rose")
    amount = fast_pattern(rf"\b(?:{'|'.join(table['articles'])})\s+(?:[a-z]+(?:ly|ed)\s+){{0,2}}"
                          rf"\S*\d\S*(?:\s+[a-z]+)?\s+$", re.I)
    rules = figure_words(lang).rules
    small = figure_words(lang).stop_words | frozenset(rules["left_measure"]["skip"]) | (
        frozenset(rules["place_links"]) | frozenset(rules["phrase_ends"]))
    return _Words(table, idiom, amount, small)


def _small(words: FigureWords) -> frozenset[str]:
    return _words(words.lang).small


def named_before(window: str, words: FigureWords) -> tuple[str, str | None]:
    """(the window to read a measure in, the measure the words right before the value name
    if any): an idiom of size is cut off (see :func:`cut_idiom`); a verb that names its
    quantity names it (see :func:`verb_names`)."""
    if idiom := cut_idiom(window, words):
        return idiom
    return window, verb_names(window, words)


def cut_idiom(window: str, words: FigureWords) -> tuple[str, str | None] | None:
    """``window`` (the sentence before an amount) ends with an idiom of size ("to the tune
    of", "in excess of"): the window before the idiom, and the measure that clause names,
    if any ("drained the battery": battery drain; "spent on payments to farmers":
    payments; "overspent": overspending); None when no idiom ends the window."""
    data = _words(words.lang)  # (a window writing no idiom's word, most: not searched)
    if not may_hold(data.idiom, window) or (m := data.idiom.search(window)) is None:
        return None
    before = window[:m.start()]
    return before, _clause_measure(before, words, data.table)


def _clause_measure(before: str, words: FigureWords, table: dict[str, Any]) -> str | None:
    """The measure the clause before an idiom names: the last verb that names an amount,
    with the noun after it."""
    nominals: dict[str, str] = table["idiom_object_nominals"]
    sums: dict[str, str] = {k: v for k, v in words.rules["left_measure"]["sum_objects"].items()
                            if " " not in k}
    change = set(words.rules["left_measure"]["object_verbs"])
    said = _WORD.findall(before)
    small = _small(words)
    for i in range(len(said) - 1, -1, -1):
        verb = said[i].lower()
        if verb not in nominals and verb not in sums and verb not in change:
            continue
        direct, noun = _noun_after(said[i + 1:], small, frozenset(table["articles"]))
        if noun and direct and verb in table["idiom_object_first"]:
            return f"{noun} {nominals[verb]}"  # "drained the battery": battery drain
        if noun and (not direct or verb in change):
            return noun  # "spent on payments to farmers": the payments
        return nominals.get(verb) or sums.get(verb) or noun
    return None


def _noun_after(said: list[str], small: frozenset[str], articles: frozenset[str]
                ) -> tuple[bool, str | None]:
    """(no preposition before it, the noun) of the words after a verb: its object, read up
    to the next small word, two words at most."""
    direct, i = True, 0
    while i < len(said) and said[i].lower() in small:
        direct = direct and said[i].lower() in articles
        i += 1
    noun: list[str] = []
    for w in said[i:]:
        if w.lower() in small or not w[:1].islower():
            break
        noun = [] if _OWNER.search(w) else [*noun, w]  # "the phone's battery": the battery
    return direct, " ".join(noun[-2:]) or None


def share_of(text: str, end: int, words: FigureWords) -> Found | None:
    """"25% of the city's emissions": a share with no noun after it is a share of the noun
    phrase after "of" (past an article and an owner that says where, "of Europe's people";
    a common noun's before one whole stays, "of the lake's surface" says which); a pronoun
    ("of those"), a name or a noun after "their" / "its" (the subject's own, "lost 30% of
    their men") is read elsewhere."""
    link = _words(words.lang).table["share_link"]
    m = fast_pattern(rf"\s+{link}\s+(?:(?P<det>[a-z]+)\s+)?(?P<owner>[\w-]+[’']s\s+)?").match(
        text, end)
    if m is None or (m.group("det") or "the") not in _words(words.lang).table["share_determiners"]:
        return None  # "a quarter of their men": the men are the subject's, read on the left
    noun: list[str] = []
    ends: list[int] = []
    stop, small = m.end(), _small(words)
    modifiers = _words(words.lang).table["share_modifiers"]
    for w in _SHARE_WORD.finditer(text, m.end(), min(len(text), m.end() + 60)):
        said = w.group(0)
        if text[stop:w.start()].strip() or (said.lower() in small and said.lower() not in (
                modifiers)) or said.lower() in words.units or _APOSTROPHE.search(said):
            break  # "75% of the information you’re seeing": a pronoun ends the noun
        noun.append(said)  # "0.6% of the total Dutch population": a modifier and a name
        ends.append(stop := w.end())
        if len(noun) == 4 or (said[:1].islower() and said.lower() not in modifiers and (
                len(noun) == 3)):
            break
    while noun and not noun[-1][:1].islower():
        noun.pop()  # "of the Lyon": a name alone is read elsewhere
    if not noun or noun[-1].lower() in modifiers or noun[0].lower() in _words(
            words.lang).table["share_not_nouns"]:
        return None
    owner, plural = m.group("owner") or "", words.rules["plural"]  # a group's owner says where
    whole = not (noun[-1].lower() in plural["irregular"] or noun[-1].endswith(plural["ending"]))
    return Found(" ".join([owner.strip()] * (whole and owner[:1].islower()) + noun),
                 ends[len(noun) - 1])


def span_between(text: str, start: int, end: int, measure: str | None, words: FigureWords
                 ) -> Found | None:
    """A span of time that the events around it bound: "seven months between the two
    floods" is the time between floods; "two derailments on the line inside six months"
    too; "three attacks within ten days" the period of attacks. ``measure``, the words read
    after the span, is none or only the link ("between")."""
    span = _words(words.lang).table["span"]
    if measure and measure.lower() not in span["between_links"]:
        return None
    between = "|".join(span["between_links"])
    # the unit and a verb of passing may come first: "11 days passed between the two quakes"
    after = fast_pattern(rf"(?:\s*[a-z]+)?(?:\s+[a-z]+ed)?\s+(?:{between})\s+(?:the\s+)?"
                       r"(?:(?P<n>\w+)\s+)?(?P<noun>[a-z]+s)\b", re.I).match(text, end)
    if after:
        return Found(f"{span['between']} {after.group('noun')}", after.end())
    lo = max(0, start - 90)
    clause = _CLAUSE_END.split(text[lo:start])[-1]
    within = "|".join(span["within_links"])
    # the events (a count before them), then "in" right before the span (its hedge apart)
    links = "|".join(span["event_links"])
    rest = fast_pattern(rf"(?:\s+(?:{links})\s+[^,.;]*?)?\s+(?:{within})\s+$", re.I)
    events = frozenset(span["events"])
    for noun in reversed(list(re.finditer(r"\b[a-z]+s\b", clause))):
        counted = clause[:noun.start()].split()[-2:]
        if noun.group(0) not in events or not rest.match(clause, noun.end()):
            continue  # "300 people in ten days", "5 km in 20 minutes": no events
        for n in reversed(counted):
            if words.numbers.parse(n) is not None:
                pair = n.lower() in span["pair_words"]
                head = span["between"] if pair else span["period"]
                return Found(f"{head} {noun.group(0)}", end)
    return None


def rate_goods(text: str, end: int, words: FigureWords) -> str | None:
    """The goods a sum per week names after it in its clause ("$40 million a week in
    cocaine", "$53 million a week is crossing the border in drugs"): a noun after a link
    that closes the clause; None when the clause names none."""
    goods = _words(words.lang).table["rate_goods"]
    stop = _CLAUSE_END.search(text, end, min(len(text), end + 80))
    clause = text[end:stop.start() if stop else min(len(text), end + 80)]
    links = "|".join(goods["links"])
    # goods are named bare ("in drugs", "in cash"); "in the city", "in Texas" say where
    small, periods = _small(words), words.rules["left_measure"]["periods"]
    for m in re.finditer(rf"\b(?:{links})\s+([a-z][a-z-]+)(?:\s+([a-z][a-z-]+))?\b", clause):
        said = [w for w in m.groups() if w]
        if said[-1] in small or said[-1] in periods:
            said = said[:1]  # "in cocaine across the border": the cocaine
        if said[0] not in small and said[0] not in periods:
            return f"{goods['value']} {' '.join(said)}"  # "in stolen fuel"
    return None


def restates(between: str, words: FigureWords) -> bool:
    """The words between two values make the second restate the first in another unit
    ("by 0.4 percent, or $52.6 billion"): it measures the same thing."""
    said = between.strip(" ,").lower()
    return said in _words(words.lang).table["restated"]


def restated_measure(measure: str, words: FigureWords) -> str:
    """The measure of a value restated in another unit: the first value's, without its
    rate ("$9 a share, or $84.3 million": a price, not per share)."""
    per = f" {words.rules['left_measure']['rates']['per']} "
    return measure.split(per)[0]


def verb_names(window: str, words: FigureWords) -> str | None:
    """The verb right before a value names the quantity ("to yield 1.8%", "yielding 4%"):
    that quantity, whatever the subject of the verb is."""
    said = window.split()[-1:]
    return _words(words.lang).table["verb_measures"].get(said[0].lower()) if said else None


#: A lower-case owner and the word after it: "(the) region's total pollution".
_OWNER_AHEAD = fast_pattern(r"[a-z][\w-]*[’']s\s+(?=[\w])")


def past_owner(text: str, pos: int) -> int:
    """Where the words of a thing counted start past an owner at ``pos`` (the head noun
    follows it): "60 percent of the region's total pollution" is of the pollution."""
    m = _OWNER_AHEAD.match(text, pos)
    return m.end() if m else pos


def quantity_near(folded: str, start: int, end: int, unit: str, words: FigureWords) -> str:
    """What a measurement measures: a word near it when one says ("5 inches" of rain is
    rainfall, "107 degrees" that feel warm a temperature, "30 degrees" of tilt an angle),
    else its unit's quantity. The word nearest the number decides: a sentence on a hot
    laptop's hinge angle names both, and the one beside the number is the one it is of."""
    if rate := _unit_rate(folded, end, unit, words):
        return rate  # "40 miles per gallon": a fuel economy, no distance
    near = words.unit_contexts.get(unit)
    if near and unit in words.quantities:
        best: tuple[int, str] | None = None
        for m in _LETTERS.finditer(folded, max(0, start - 80), end + 40):
            if (measure := near.get(m.group(0))) is not None:
                gap = start - m.end() if m.end() <= start else m.start() - end
                if best is None or gap < best[0]:
                    best = (gap, measure)
        if best is not None:
            return best[1]
    return words.quantities.get(unit, "")


#: A lower-case word that can head a noun phrase: no adverb, no participle.
_NOUN_AHEAD = fast_pattern(r" ([a-z][a-z-]+)\b")


def gerund_modifier(text: str, span: tuple[int, int], unit: str, words: FigureWords) -> bool:
    """A word in -ing (at ``span``) right after an amount is a modifier of the noun after
    it when the amount is itself a modifier, after an article ("a 9% funding increase", "a
    $5 million financing round", "a 2 GW floating solar farm"), not a verb ("prices rose 4%
    leading economists to worry"; "took 40 minutes describing it": no article)."""
    if not _words(words.lang).article_amount.search(text, max(0, span[0] - 40), span[0]):
        return False
    m = _NOUN_AHEAD.match(text, span[1])
    if m is None:
        return False
    said = m.group(1)
    return said not in _small(words) and not said.endswith(("ly", "ed", "ing")) and (
        said not in words.units)


def _unit_rate(folded: str, end: int, unit: str, words: FigureWords) -> str | None:
    """What a measurement per another unit measures ("40 miles per gallon": a fuel
    economy), when the table names it; None otherwise."""
    rates = _words(words.lang).table["unit_rates"]
    per = rates["per"].get(unit)
    if not per:
        return None
    m = re.match(rf"\s+(?:{'|'.join(rates['links'])})\s+([a-z]+)\b", folded[end:end + 20])
    return per.get(m.group(1)) if m else None


def no_noun(text: str, end: int, measure: str, words: FigureWords) -> bool:
    """The words read after a share or a sum are no thing it measures: a period of a time
    phrase ("up 40% year to date", "2% month on month") or a verb of saying ("51 percent
    say that"): the measure is read around it instead."""
    table = _words(words.lang).table["no_noun"]
    said = measure.lower().split()
    if len(said) != 1:
        return False
    if said[0] in speech_verb_words(words.lang):
        return True
    return said[0] in table["periods"] and bool(re.match(
        rf"\s+(?:{longest_first(table['time_phrases'])})\b", text[end:end + 20], re.I))


@cache
def speech_verb_words(lang: str) -> frozenset[str]:
    """The verbs of saying of ``lang`` (its ``speech_verbs`` list), read once."""
    return frozenset(language_data(lang).words("speech_verbs"))


def names_nothing_after(text: str, end: int, words: FigureWords) -> bool:
    """An idiom right after an amount that names no thing it measures ("$500 on average",
    "$80 million in all", "in total")."""
    idioms = _words(words.lang).table["idioms_after"]
    return bool(re.match(rf"\s+(?:{longest_first(idioms)})\b", text[end:end + 20], re.I))


def object_phrase(text: str, pos: int, words: FigureWords) -> str:
    """The object of a verb or link that ends at ``pos`` ("40 minutes to clear [the site] in
    Leeds", "a $2 million cut to [the library budget]"): a determiner and up to
    ``max_words`` words (``figure_measure_qualifiers.objects``), lower-case nouns or a name,
    up to a small word, a link, a mark or a number; "" when none follows. A span to do
    something is judged by what is done, not by the bare verb."""
    table = _objects(words.lang)
    kept: list[str] = []
    end = pos
    for m in _WORD.finditer(text, pos, min(len(text), pos + 80)):
        if m.start() != end + 1 or text[end] != " ":
            break  # a mark or a line ends the object
        low = m.group(0).lower()
        if not kept and low in table["determiners"]:
            kept.append(low)
        elif low in words.stop_words or low in words.rules["family_links"] or (
                low in words.units or low.endswith(words.rules["gerund"])
                or not m.group(0).replace("-", "").isalpha()):
            break
        else:
            kept.append(m.group(0))
        end = m.end()
        if len(kept) > table["max_words"]:
            break
    while kept and kept[-1] in table["determiners"]:
        kept.pop()
    return " ".join(kept)


@cache
def _objects(lang: str) -> dict[str, Any]:
    return language_data(lang).table("figure_measure_qualifiers")["objects"]


def pronoun_object(text: str, end: int, words: FigureWords) -> int | None:
    """Where "of those" / "of them" ends right after a number (no noun after it), else
    None: "up to 95% of those who answered" counts what "those" stands for."""
    objects = "|".join(words.rules["partitive"]["pronoun_objects"])
    m = re.match(rf"\s+{words.rules['partitive']['link']}\s+(?:{objects})\b(?!\s+[a-z]+s\b)",
                 text[end:end + 30])
    return end + m.end() if m else None


#: A word right after a span ("12 hours clearing"), and the word right before one
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")


def spent_on(text: str, start: int, end: int, words: FigureWords) -> str | None:
    """"spent 12 hours clearing the road": after a verb of spending (``duration_of``:
    spend), the activity a span went on, a word in -ing and its object; else None. Why:
    "spent" itself only says that time passed, so "duration" alone names nothing."""
    doing = _WORD_AFTER.match(text, end, end + 30)
    verb = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if doing is None or verb is None or not doing.group(1).endswith(words.rules["gerund"]) or (
            verb.group(1) not in words.rules["duration_of"].get("spend", ())):
        return None
    return f"{doing.group(1)} {object_phrase(text, doing.end(), words)}".strip()


@cache
def time_ago(lang: str) -> re.Pattern[str]:
    """" four years ago", " two days earlier": a span and a word that makes it a time."""
    rates = figure_words(lang).rules["left_measure"]["rates"]
    spans = [w for w, u in figure_words(lang).units.items() if u in DURATIONS]
    return re.compile(rf"\s+\S+\s+(?:{'|'.join(spans)})\s+(?:{'|'.join(rates['blocks'])})\b")
