"""The words after a counted noun that say which of them are counted: "60 tenants in social
housing" counts tenants in social housing, "nine patients with anaemia" patients with
anaemia, "four bills still under review" bills under review; and what an effect falls on.

Why a step of its own: :mod:`.counted` ends the thing counted at its plural head and keeps
a place after it ("troops in Kursk"); a judge reads the bare head of a restricted group as
a different, larger count. A short prepositional phrase (a link of
``figure_measure_qualifiers`` and one to three lower-case words, no article, number, unit,
time or adverb) that a clear boundary closes restricts the head, and is read into the
measure. A phrase with an article ("in the attack", "on the border") mostly tells where or
when something happened, not which things are counted (after "of" it still says which:
"members of the city council"), and an unknown word after the phrase could be a verb or
more of the phrase: neither is read. A participle before such a phrase ("40 people stranded
in barns") is read with it when it cannot be the clause's verb: a verb stands right before
the number, or an auxiliary closes the phrase ("held in detention were freed").

A noun of effect after a sum or a share ("a $3 billion drag on the economy", "a 4% boost
to sales") is named with what it falls on in the same way: "drag" alone says nothing of
what is measured.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from ..errors import UsageError
from ..lang import language_data
from .counted import is_plural
from .counted_context import object_phrase
from .figure_predicates import predicates
from .figure_words import FigureWords, figure_words
from .measure_heads import head_words
from .opening import fast_pattern
from .records import Figure, Span

_WORD = fast_pattern(r"[A-Za-z][\w’'-]*")
_LETTERS = fast_pattern(r"[a-z][a-z-]*")
_NAME = fast_pattern(r"[A-Z][A-Za-z]+")  # "Acme", "Tesla": a name as a modifier
#: The lower-case word right before a figure ("left 40 people"); none after a mark.
_LAST_WORD = fast_pattern(r"\b([a-z]+) $")
#: A mark after the phrase: it ends there ("migrants in state custody, officials said").
_MARK = fast_pattern(r"\s*(?:[^\w\s]|\n|$)")


@dataclass(frozen=True)
class QualifierWords:
    """The words of ``figure_measure_qualifiers`` for one language."""

    opener: re.Pattern[str]  # " still under " right after a counted noun
    participle: re.Pattern[str]  # " held in ", " found under "
    participles: frozenset[str]  # participles without the -ed ending ("held")
    auxiliaries: frozenset[str]  # "were": the participle phrase before one is no clause
    no_verbs: frozenset[str]  # small words, links, verbs of speech: no verb of an object
    max_words: int
    not_words: frozenset[str]
    closers: frozenset[str]  # small words and verbs: the phrase ends before one
    determiners: frozenset[str]  # a phrase before one ended on a verb: "gout attend each"
    effects: frozenset[str]  # "hit", "boost": the measure names what they fall on
    effect_link: re.Pattern[str]  # " to ", " on ": the link to that target


@cache
def qualifier_words(lang: str) -> QualifierWords | None:
    """The table of ``lang``, or None when the language has none (no phrase is read)."""
    try:
        t = language_data(lang).table("figure_measure_qualifiers")
    except UsageError:
        return None
    adverbs, links = "|".join(t["adverbs"]), "|".join(t["links"])
    part = t["participles"]
    # "members of the city council": after "of" an article still says which ones
    the = rf"(?:(?<=\b{t['article_link']} ){figure_words(lang).rules['article']} )?"
    return QualifierWords(opener=fast_pattern(rf" (?:(?P<adverb>{adverbs}) )?(?:{links}) {the}"
                                              r"(?=[a-z])"),
                          participle=fast_pattern(
                              rf" (?P<part>[a-z]+) (?:{links}|{'|'.join(part['links'])}) {the}"
                              r"(?=[a-z])"),
                          participles=frozenset(part["forms"]),
                          auxiliaries=frozenset(part["auxiliaries"]),
                          no_verbs=frozenset().union(
                              figure_words(lang).stop_words, t["links"], part["links"],
                              language_data(lang).words("speech_verbs")),
                          max_words=int(t["max_words"]), not_words=frozenset(t["not_words"]),
                          closers=_closers(lang, t), determiners=frozenset(t["determiners"]),
                          effects=frozenset(t["effects"]["nouns"]),
                          effect_link=fast_pattern(rf" ({'|'.join(t['effects']['links'])}) "))


def _closers(lang: str, table: dict[str, Any]) -> frozenset[str]:
    """The words that end a phrase before them: small words, the links, the verbs of the
    table, the irregular past forms of ``figure_rules``, the verbs of speech and the finite
    verbs of :mod:`.measure_heads` with their bare forms
    ("patients with gout attend": "attends" is a verb, so "attend" is)."""
    words = figure_words(lang)
    heads = head_words(lang)
    finite = heads.finite_verbs if heads else frozenset()
    bare = {v[:-1] for v in finite if v.endswith("s")}
    return frozenset().union(words.stop_words, table["links"], table["verbs"], finite, bare,
                             words.rules["irregular_past"],
                             language_data(lang).words("speech_verbs"))


def qualified_measure(text: str, fig: Figure, words: FigureWords) -> Figure:
    """``fig`` with the phrase after its evidence in its measure and evidence, when its
    evidence ends on its plural head (a count, no unit) or on a noun of effect; any other
    figure as it is."""
    if not fig.measure or fig.kind not in ("count", "measure"):
        return fig
    table = qualifier_words(words.lang)
    if table is None:
        return fig
    base, _, fate = fig.measure.rpartition(" ")
    told = predicates(words.lang)
    if base and (fate in told.thing_fates or fate in told.states.values()) and (
            fig.evidence.text.endswith(base.rsplit(" ", 1)[-1])):
        # "received two batches of vaccine": the phrase goes with the batches, before
        # what befell them (batches of vaccine received)
        done = qualified_measure(text, replace(fig, measure=base), words)
        added = (done.measure or "").split()[len(base.split()):]
        if done.measure == base or told.states.keys() & set(added):
            return fig  # "four people died in hospital": the fate itself, no phrase
        return replace(done, measure=f"{done.measure} {fate}")
    last = fig.measure.rsplit(" ", 1)[-1]
    ev = fig.evidence
    if not ev.text.endswith(last):
        return fig
    if last in table.effects:
        return _targeted(text, fig, table, words)
    if fig.unit is not None:
        return fig
    if not last.islower() or not (
            last in words.count_nouns or is_plural(last, words.rules["plural"])):
        return fig
    opened = table.opener.match(text, ev.end) or _participle(text, ev.end, table, words)
    found = _phrase(text, opened.end(), table, words) if opened else None
    if opened is None or found is None or (
            "part" in opened.groupdict() and not _reduced(text, ev.start, found, table)):
        return fig
    # "bills still under review": the adverb is no part of the group
    begin = opened.end("adverb") if opened.groupdict().get("adverb") else ev.end
    return replace(fig, measure=" ".join([fig.measure, *text[begin:found].split()]),
                   evidence=Span(ev.start, found, text[ev.start:found]))


def _participle(text: str, pos: int, table: QualifierWords, words: FigureWords
                ) -> re.Match[str] | None:
    """" held in ", " found under " at ``pos``: a participle and the link after it."""
    m = table.participle.match(text, pos)
    if m is None:
        return None
    part = m.group("part")
    return m if part in table.participles or part.endswith(words.rules["past"]) else None


def _reduced(text: str, start: int, end: int, table: QualifierWords) -> bool:
    """A participle after a plural head is no verb of its clause ("30 workers walked in
    protest") when a verb stands right before the number (its object: "left 40 people
    stranded in barns") or an auxiliary closes the phrase ("held in detention were")."""
    after = _WORD.match(text, end + 1)
    if after and after.start() == end + 1 and after.group(0) in table.auxiliaries:
        return True
    before = _LAST_WORD.search(text, max(0, start - 30), start)
    return bool(before) and before.group(1) not in table.no_verbs


def _targeted(text: str, fig: Figure, table: QualifierWords, words: FigureWords) -> Figure:
    """"a $3 billion drag on the economy": the effect and what it falls on."""
    link = table.effect_link.match(text, fig.evidence.end)
    target = object_phrase(text, link.end() - 1, words) if link else ""
    if link is None or not target:
        return fig
    return replace(fig, measure=f"{fig.measure} {link.group(1)} {target}")


def _phrase(text: str, pos: int, table: QualifierWords, words: FigureWords) -> int | None:
    """Where the words after a link at ``pos`` end when they qualify a noun: one to
    ``max_words`` lower-case words, closed by a plural noun, a mark, a small word or a verb;
    None when a word says time, place by article, number or manner, or nothing closes, or
    a determiner follows (the last word read was then a verb taking an object)."""
    end, read, w = pos, 0, ""
    for m in _WORD.finditer(text, pos, min(len(text), pos + 80)):
        if m.start() != end + (read > 0):  # one space between the words of the phrase
            break
        if read and (_closes(m, table, words) or _next_count(text, m, words)):
            return None if m.group(0) in table.determiners or _verbal(w, words) else end
        w = m.group(0)
        if read and _NAME.fullmatch(w) and _plural_after(text, m.end(), words):
            end, read = m.end(), read + 1  # "with faulty Acme chargers": a name
            continue  # before a plural head modifies it
        if not _LETTERS.fullmatch(w) or _adverbial(w, table, words):
            return None
        end, read = m.end(), read + 1
        if is_plural(w, words.rules["plural"]):
            return end  # "children from poor families": the phrase's head closes it
        if read == table.max_words:
            break
    return end if read and _MARK.match(text, end) and not _verbal(w, words) else None


def _next_count(text: str, m: re.Match[str], words: FigureWords) -> bool:
    """A joiner before a number ends the phrase: "six counts of forgery and two counts of
    theft" lists a second count, which is no part of what the first one counts."""
    after = _WORD.match(text, m.end() + 1)
    return m.group(0) == words.rules["joiner"] and (
        text[m.end() + 1:m.end() + 2].isdigit()
        or (after is not None and words.numbers.parse(after.group(0)) is not None))


def _plural_after(text: str, pos: int, words: FigureWords) -> bool:
    """The next word is a lower-case plural noun: the phrase's head."""
    m = _LETTERS.match(text, pos + 1) if text[pos:pos + 1] == " " else None
    return m is not None and is_plural(m.group(0), words.rules["plural"])


def _verbal(word: str, words: FigureWords) -> bool:
    """A last word that is a participle ("charges of aggravated kidnapping" read to
    "aggravated"): the phrase was cut before its noun."""
    return word.endswith(words.rules["past"])


def _closes(m: re.Match[str], table: QualifierWords, words: FigureWords) -> bool:
    """A word that ends the phrase before it: a small word, a verb by its list or form (a
    word in -ing before a mark is a noun: "charges of aggravated kidnapping.")."""
    word, rules = m.group(0), words.rules
    return word in table.closers or word.endswith(rules["past"]) or (
        word.endswith(rules["gerund"]) and not _MARK.match(m.string, m.end()))


def _adverbial(word: str, table: QualifierWords, words: FigureWords) -> bool:
    """A word no qualifier of a counted group holds: a time or manner ("in total", "in
    recent weeks", "on average"), a unit, a small word, a pronoun or a number word (it
    counts a group of its own)."""
    return word in table.not_words or word in words.units or word in words.stop_words or (
        word.endswith("ly")) or word in words.rules["left_measure"]["periods"] or (
        words.numbers.parse(word) is not None)  # "crews from nine countries": a count
