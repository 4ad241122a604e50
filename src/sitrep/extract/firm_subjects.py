"""A firm that states its own figures without a person: "Halvern Hardware sees sales
growth of 4%", "Halvern Hardware reported a profit of $4 million", "Corvane forecast revenue of $2
billion".

Why apart: the entity finder knows a firm by a corporate word ("Inc", "Group") or by a verb
of saying right after its name; a firm named by two plain capitalised words ("Halvern Hardware",
"Corvane Foods") is read as a person, or as nothing, and a forecast verb ("sees") needs
a known organisation before it. What the sentence says settles it: a capitalised name that
is the subject of a company verb (sees, expects, reported, posted, forecast, guided) whose
object is a company measure (sales, revenue, profit, earnings, growth) with a number is a
firm. A person with a title ("CEO Ada Lind reported") stays the person; a place ("Lisbon
expects") is its government's, as :mod:`.speakers` reads it.
"""

from __future__ import annotations

from ..knowledge.gazetteer import load_gazetteer
from .entity_orgs import org_key
from .entity_tickers import before_ticker
from .entity_words import entity_words
from .records import Mention, Span
from .speech_cues import SpeechCues
from .words import Sentence, Words

#: tokens after the verb within which the company measure must stand ("expects full-year
#: 2027 same-store revenue growth near 4 percent")
_REACH = 8
#: the longest firm name read this way, in words
_LONGEST = 4


def firm_subject(text: str, words: Words, sent: Sentence, verb: int, mentions: list[Mention],
                 cues: SpeechCues) -> Mention | None:
    """The firm that states the figures of the company verb at token ``verb``, when a
    capitalised name stands right before it (past auxiliaries) at the start of the
    sentence or of a clause after a comma, and a company measure and a number follow; else
    None. ``mentions``: the sentence's people and bodies."""
    lower = words.lower
    if lower[verb] not in cues.company_verbs:
        return None
    k = verb - 1
    while k > sent.start and lower[k] in cues.auxiliaries:
        k -= 1
    k = before_ticker(text, words, k, sent.start, cues.lang)  # "Corvane Home (CVH) posted"
    first = k
    while first >= sent.start and first > k - _LONGEST and _capitalised(words, first):
        first -= 1
    first += 1
    if first > sent.start and lower[first - 1] == cues.the:
        first -= 1  # "The Halvern Group reported"
    if first > k or (first > sent.start and words.text[first - 1] != ","):
        return None  # no name, or a name inside a clause ("as Lind Bakery expects")
    after = lower[verb + 1:min(verb + 1 + _REACH, sent.end)]
    if cues.company_measures.isdisjoint(after) or not any(
            ch.isdigit() for ch in text[words.end_char(verb):sent.end_char]):
        return None
    start, end = words.idx[first], words.end_char(k)
    if lower[first] == cues.the:
        start = words.idx[first + 1]
    named = next((m for m in mentions if m.span.start < end and m.span.end > start), None)
    if named is not None and named.kind == "org":
        return named  # a known body: "The Corvane Group forecast revenue of ..."
    if named is not None and (named.kind == "place" or named.role):
        return None  # a place or a titled person stands
    return _unknown_firm(text, words, start, end, first, cues)


def _unknown_firm(text: str, words: Words, start: int, end: int, first: int,
                  cues: SpeechCues) -> Mention | None:
    """The firm named by ``text[start:end]`` (its first word the token ``first``), unless
    the gazetteer knows it as a place or its first word as a people's name."""
    name = text[start:end]
    gaz = load_gazetteer()
    if gaz.place(name) is not None or gaz.demonym(words.text[first]) is not None:
        return None
    return Mention("org", Span(start, end, name), name,
                   "org:" + org_key(name, gaz, entity_words(cues.lang)))


def _capitalised(words: Words, i: int) -> bool:
    """A word of a name: capitalised, letters (and "&", "."), not a sentence's opening
    function word ("The", "It")."""
    token = words.text[i]
    return token[:1].isupper() and not words.stop[i] and (
        token.replace(".", "").replace("&", "").isalpha() or token == "&")


def opening_firm(text: str, words: Words, sent: Sentence, mentions: list[Mention],
                 cues: SpeechCues) -> Mention | None:
    """The firm that "the company" of a closing "..., the company said" refers to when no
    known body does: a capitalised name of at most four words that opens the sentence and a
    lower-case word follows ("Brantwell will cut 40 jobs in Leeds, the company said"), not
    a place, a people or a person the entity finder knows; else None. Why: firms unknown to
    the gazetteer are named this way all the time, and the sentence's subject is the one the
    closing noun refers back to."""
    first = sent.start + (words.lower[sent.start] == cues.the)
    k = first
    while k < min(sent.end, first + _LONGEST) and _capitalised(words, k):
        k += 1
    if k == first or k >= sent.end or not words.text[k][:1].islower() or (
            words.lower[k] in cues.noun_determiners or words.lower[first].endswith(
                cues.participle_suffix)):
        return None  # "Announcing the move, the club said": a clause, no name
    start, end = words.idx[first], words.end_char(k - 1)
    if any(m.span.start < end and m.span.end > start and m.kind != "org" for m in mentions):
        return None  # "Ada Lind will cut ...", "Leeds will cut ...": no firm
    return _unknown_firm(text, words, start, end, first, cues)
