"""A superlative written with an adverb between a number and its noun: "the 10 most crowded
ports", "eight of the 20 most visited parks".

Why: "most" is a small word everywhere else ("most were freed"), so the reader of the thing
counted stops before it and names nothing; a one-word superlative ("the 10 busiest
ports") is read as a modifier of its head. Read so, the measure keeps what ranks the set
("most crowded ports"), which the bare head ("ports") would lose: a judge reads that as
every port. The adverb is read only before a lower-case word that is no small word and no
unit, and only when the phrase after it ends on its plural head (see :mod:`.counted`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from ..lang import language_data
from .figure_words import FigureWords
from .opening import fast_pattern
from .records import Figure, Span

#: A word of a phrase, after one space.
_PHRASE_WORD = fast_pattern(r"[\w’'-]+")
#: One word after a space, and a lower-case word after it.
_ADVERB = fast_pattern(r" ?([a-z]+) (?=([a-z][a-z-]*)\b)")


def superlative_end(text: str, pos: int, words: FigureWords) -> int | None:
    """Where the adverb of a superlative right after ``pos`` and its adjective end ("most
    crowded" of " most crowded ports"), or None when none stands there. The adjective is
    read here: a participle ("crowded") right after a number would be taken for a verb."""
    m = _ADVERB.match(text, pos)
    if m is None or m.group(1) not in words.rules.get("superlative_adverbs", ()):
        return None
    nxt = m.group(2)
    if nxt in words.stop_words or nxt in words.units or nxt in words.count_nouns:
        return None  # "10 most of them", "most days"
    return m.end(2)


def ranked_after(text: str, fig: Figure, words: FigureWords) -> Figure:
    """``fig`` with a superlative phrase after its plural head in its measure ("the nine
    towns in the region with the worst air": towns with the worst air), read after
    the count or after the group of a partitive ("three of the nine towns"); any other
    figure as it is."""
    table = words.rules.get("ranked_after")
    measure = fig.measure or ""
    if table is None or fig.kind != "count" or fig.unit or not measure or (
            not measure.split()[-1].islower()):
        return fig
    head = _head_end(text, fig, measure)
    if head is None:
        return fig
    pos, said = head, []
    place, link = _ranked_patterns(words.lang)
    if m := place.match(text, pos):  # "in the region with the worst": where they are ranked,
        pos = m.end()  # kept when it names a place ("in Wales"), not "in the region"
        said = m.group(0).split() if any(w[:1].isupper() for w in m.group(0).split()) else []
    opened = link.match(text, pos)
    if opened is None or not (opened.group(1) in _rank_words(words.lang) or opened.group(
            1).endswith(table["superlative_ending"])):
        return fig
    kept = _words_after(text, opened.end(), int(table["max_words"]), table, words)
    if not kept:
        return fig
    phrase = [*said, table["link"], table["article"], opened.group(1), *kept]
    ranked = replace(fig, measure=f"{measure} {' '.join(phrase)}")
    if head != fig.evidence.end:
        return ranked  # a partitive's group: the part's evidence stays the number
    end = text.find(kept[-1], opened.end()) + len(kept[-1])  # the phrase is the count's too
    return replace(ranked, evidence=Span(fig.evidence.start, end, text[fig.evidence.start:end]))


def _head_end(text: str, fig: Figure, measure: str) -> int | None:
    """Where the head noun of ``measure`` ends: at the evidence's end, or in a partitive's
    group right after it ("of the 12 cities")."""
    if fig.evidence.text.endswith(measure):
        return fig.evidence.end
    m = re.compile(rf" of (?:the |its |their )?(?:[\d,]+ )?{re.escape(measure)}\b").match(
        text, fig.evidence.end)
    return m.end() if m else None


def _words_after(text: str, pos: int, most: int, table: dict[str, Any], words: FigureWords
                 ) -> list[str]:
    """The lower-case words after ``pos`` that end the superlative's noun phrase, at most
    ``most`` (a link of ``keeps`` between them), up to a mark, a small word, a word of
    ``ends``, a past form after a noun, a number or a name; none when none follows or the
    phrase runs past ``most``."""
    keeps, ends = table["keeps"], table.get("ends", ())
    kept: list[str] = []
    for m in _PHRASE_WORD.finditer(text, pos, min(len(text), pos + 60)):
        word = m.group(0)
        if m.start() != pos + 1 or not word.isalpha() or not word.islower() or (
                word in words.stop_words and word not in keeps) or word in ends or (
                kept and (word.endswith(words.rules["past"])
                          or word in words.rules["irregular_past"])):
            break  # "with the most traffic handled 60%": the sentence's verb
        kept.append(word)
        pos = m.end()
        if len(kept) > most:
            return []
    while kept and kept[-1] in keeps:
        kept.pop()
    return kept


@cache
def _ranked_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The place a set is ranked in ("in the region") and the link that opens the ranking
    ("with the", and the word after it), from ``ranked_after``: built once per language,
    not once per figure."""
    table = language_data(lang).table("figure_rules")["ranked_after"]
    place = re.compile(rf" {table['place_link']} (?:{table['article']} )?"
                       rf"(?:[A-Za-z]+ ){{0,{int(table['place_words']) - 1}}}?[A-Za-z]+"
                       rf"(?= {table['link']} {table['article']} )")
    return place, re.compile(rf" {table['link']} {table['article']} ([a-z]+)")


@cache
def _rank_words(lang: str) -> frozenset[str]:
    """The words of a ranking ("most", "largest"), from ``figure_context``."""
    return frozenset(language_data(lang).table("figure_context").get("rank_words", ()))
