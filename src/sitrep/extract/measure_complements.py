"""What a counted thing is for, against or of: "four rules for entry", "two cases
against Lisbon", "six counts of aggravated assault", "12 attacks on power plants"; and a
second plural noun joined to it ("20 lawyers and clerks": both are counted).

Why apart from :mod:`.counted`, and last: the noun phrase after a number ends at its head
noun, and a place after it is read there ("troops in Riga"); but many heads name nothing
without the phrase that completes them (requirements *for* what, cases *against* whom),
and a hand check finds the bare head wrong. The rules that read the head (a unit, a tally,
a label, a fate) read it bare, so the complement is named after them, after a fate too
("wells tested for the virus"). The rule, for a count of things or a sum (people are left
alone: "arrested 30 people for looting" says why) whose evidence ends with its head: a link of
the language's ``complement`` table right after the head, then a short noun phrase (an
optional determiner, then at most ``words`` words) that ends where its clause or phrase
does: a mark of punctuation, a function word, a verb by its ending. Nothing is added when
the phrase runs into a number (a figure of its own), a date, a period of time ("at a
time", "for years") or a word that only refers ("from there"). "To" is no link here: after
a count it mostly belongs to the verb ("sent six crew to Mars", "added five firms to a
contract").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..lang import language_data
from .counted import is_plural
from .figure_predicates import predicates
from .figure_words import FigureWords, figure_words
from .opening import fast_pattern
from .records import Figure

_WORD = fast_pattern(r"[A-Za-z][\w’'&-]*|\d\S*|[^\w\s]")
_JOINED = fast_pattern(r" ([a-z]+) ([a-z][a-z-]+)\b")


@dataclass(frozen=True, slots=True)
class ComplementWords:
    links: frozenset[str]
    determiners: frozenset[str]
    most: int
    ends: frozenset[str]  # links and joiners: the phrase ends before them
    joiners: frozenset[str]  # "and", "or": a phrase that goes on past one is left whole
    pasts: frozenset[str]  # past forms without -ed ("known"): a verb after the phrase
    adverbs: tuple[str, ...]  # endings of adverbs ("regularly") no noun phrase holds
    #: words that end a phrase as no noun would: periods, calendar names, references
    never: frozenset[str]
    currencies: frozenset[str] = frozenset()  # the codes of sums, which are completed too


@cache
def complement_words(lang: str) -> ComplementWords | None:
    rules = language_data(lang).table("figure_rules")
    table = rules.get("complement")
    if table is None:
        return None
    dates = language_data(lang).table("date_words")
    never = {*rules["left_measure"]["periods"], *table["never"],
             *(m["name"].lower() for m in dates["months"]),
             *(d.lower() for d in dates["weekdays"])}
    return ComplementWords(frozenset(table["links"]), frozenset(table["determiners"]),
                           int(table["words"]),
                           frozenset(table["ends"]), frozenset(table["joiners"]),
                           frozenset(rules["irregular_past"]) | frozenset(
                               rules["fate_verbs"]["irregular"]),
                           (*rules["adverb_endings"], *table["adverbs"]), frozenset(never),
                           _currencies(figure_words(lang)))


def with_complements(text: str, figures: list[Figure], words: FigureWords) -> list[Figure]:
    """The figures, each count of things or sum whose head a complement follows with its
    measure completed (see the module docstring)."""
    return [_completed(text, fig, words) for fig in figures]


def _completed(text: str, fig: Figure, words: FigureWords) -> Figure:
    """``fig`` with its measure completed, or as it is."""
    table = complement_words(words.lang)
    if table is None or not fig.measure or (
            fig.kind != "count" and fig.unit not in table.currencies):
        return fig
    end = fig.evidence.end
    last, said = fig.evidence.text.split()[-1], fig.measure.split()
    if fig.unit is not None and last != said[-1]:
        return fig  # "$2.52 a share" an estimate: the sum is named by other words
    if last not in said:
        part = words.partitive.match(text, end)  # "two of the four rules for entry"
        if part is None or not text.startswith(fig.measure, part.end()):
            return fig
        end = part.end() + len(fig.measure)
    measure = fig.measure
    if fig.unit is None and said[-1] == last and (both := _joined(text, end, words)):
        measure, end = f"{measure} {text[end:both].strip()}", both  # "lawyers and clerks"
    done = complement(text, end, measure, words)
    if done is None or done[0] in measure:
        return fig if measure == fig.measure else replace(fig, measure=measure)
    return replace(fig, measure=f"{measure} {done[0]}")


def _joined(text: str, end: int, words: FigureWords) -> int | None:
    """Where a second plural noun joined to the head at ``end`` ends ("20 lawyers and
    investigators": both are counted), when nothing but a mark, a link or a small word
    follows it; None otherwise ("12 killed and 40 injured", "lawyers and then ...")."""
    m = _JOINED.match(text, end)
    if m is None or m.group(1) != words.rules["joiner"]:
        return None
    noun = m.group(2)
    rules = words.rules
    if not is_plural(noun, rules["plural"]) or noun in words.stop_words or (
            noun.endswith((rules["past"], rules["gerund"]))) or (
            words.numbers.parse(noun) is not None) or noun.startswith(words.vague_stems):
        return None  # "three rifles and hundreds of rounds": a count of its own
    after = _WORD.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
    nxt = after.group(0).lower() if after else text[m.end():m.end() + 1]
    links = complement_words(words.lang)
    ends = links.ends if links else frozenset()
    if links and nxt in links.determiners:
        return None  # "90 papers and boasts a ...": a verb and its object
    verb = nxt.endswith(rules["past"]) or bool(links and nxt in links.pasts)
    if nxt[:1].isalnum() and nxt not in words.stop_words and nxt not in ends and not verb:
        return None  # "lawyers and court | staff": a word the phrase may go on with (but
        # "lawyers and clerks worked": the clause's verb)
    return m.end()


def _currencies(words: FigureWords) -> frozenset[str]:
    """The codes of the sums the language names ("$", "rupees"): a sum is completed too."""
    return frozenset(words.currency_signs.values()) | frozenset(
        words.rules["currency_names"].values())


def complement(text: str, end: int, measure: str, words: FigureWords) -> tuple[str, int] | None:
    """(the words that complete ``measure``, where they end in ``text``) when a complement
    follows the head at ``end`` (see the module docstring), else None."""
    table = complement_words(words.lang)
    if table is None or text[end:end + 1] != " " or predicates(words.lang).counts_people(
            measure):
        return None
    if any(len(w) > 6 and w.endswith(table.adverbs) for w in measure.split()):
        return None  # "brick regularly goes": the phrase read ran past its head already
    tokens = list(_WORD.finditer(text, end, min(len(text), end + 80)))
    if len(tokens) < 2 or tokens[0].group(0) not in table.links:
        return None
    k = 1
    if tokens[k].group(0).lower() in table.determiners:
        k += 1
    said: list[re.Match[str]] = []
    for m in tokens[k:k + table.most + 1]:
        w = m.group(0)
        low = w.lower()
        if said and low in table.joiners:
            return None  # "a list of farm and garden tools": no end in sight
        if not w[0].isalpha() or low in words.stop_words or low in table.ends:
            break
        if low in table.never or words.numbers.parse(low) is not None:
            return None  # "at a time", "on June 30", "from there", "of two meters"
        if said and w[0].isupper() != said[-1].group(0)[0].isupper():
            if w[0].islower():
                return None  # "with their North American neighbours": a name modifies
            break  # "for the final Sunday"
        if said and w[0].islower() and (low.endswith(words.rules["past"]) or (
                low in table.pasts) or (len(low) > 6 and low.endswith(table.adverbs))):
            break  # "attacks on power plants reported", "cells known as": a verb after
        said.append(m)
    if not said or len(said) > table.most:
        return None
    nxt = tokens[k + len(said)].group(0) if k + len(said) < len(tokens) else "."
    if nxt[:1].isdigit():
        return None  # "crashes of its popular 737": the phrase goes on past a number
    if said[-1].group(0).lower().endswith(words.rules["gerund"]) and not (
            nxt in ",.;:!?" or nxt.lower() in words.stop_words or nxt.lower() in table.ends):
        return None  # "for a safe crossing." is a noun; "for cutting the ..." a verb
    stop = said[-1].end()
    return text[end:stop].strip(), stop
