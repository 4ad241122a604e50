"""Whether a sentence's subject refers back to a body other than the speaker carried on.

Why apart from :mod:`.carry`: a sentence that opens with "The company ..." names a body
without a name, and it is the body named last, not a new source the carrier can see
among the mentions. After "The Lisbon Post reported that Halvern will cut 400 jobs.",
"The company itself had 9,000 staff." is about Halvern, told in the writer's voice: the
newspaper's report does not go on to it. After "Halvern said it will cut 400 jobs.", the
company is the speaker, and its report goes on.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

from ..lang import longest_first
from .cue_phrases import Cue
from .opening import fast_pattern
from .records import Mention, Span
from .subjects import SentenceSubject

#: a name of one to three capitalised words, after "that" or none
_OPENING_NAME = fast_pattern(r"\s*(?P<that>\w*)\s*(?P<name>[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){0,2})"
                             r"(?=\s+[a-z])")
#: capitalised words that open a clause without naming anyone
_NOT_A_NAME = frozenset(("the", "a", "an", "it", "he", "she", "they", "we", "this", "that",
                         "its", "his", "her", "their"))
#: how many words may stand between "the" and the body's noun ("The Lisbon-based firm")
_BETWEEN = 2
#: how many first words of a claim may point back to the figure before it
_REFERENCE_WORDS = 4
_WORD = fast_pattern(r"\w+")


def refers_elsewhere(words: list[str], opening: int, mentions: list[Mention],
                     own: set[str | None], the: str, nouns: frozenset[str],
                     reported: Mention | None = None) -> bool:
    """Whether the sentence whose words (lower case, in order) are ``words`` and which
    starts at offset ``opening`` opens with "the" and a body's noun ("The company", "The
    German carmaker") while the last body named before it (``mentions``: people and bodies
    in text order; ``reported``: the name that opens what the speaker said, which the
    entity finder may not know, "reported that HalvernWorks is ...") is not the speaker
    carried on (``own``: its names and key)."""
    if not words or words[0] != the:
        return False
    if not any(w in nouns for w in words[1:2 + _BETWEEN]):
        return False
    k = bisect_left(mentions, opening, key=_start)
    last = next((m for m in reversed(mentions[:k]) if m.kind == "org"), None)
    if reported is not None and reported.span.start < opening and (
            last is None or last.span.start < reported.span.start):
        last = reported
    return last is not None and not ({last.name, last.key} & own)


def reported_name(text: str, start: int, that: str) -> Mention | None:
    """The capitalised name (one to three words) that opens what a speaker said, from
    offset ``start`` ("... reported that Halvern Foods is preparing to ...": Halvern
    Foods), past "that"; else None. Not "The" nor a lone capital that opens a sentence."""
    m = _OPENING_NAME.match(text, start)
    if m is None or m.group("that").lower() not in ("", that):
        return None
    name = m.group("name")
    if name.split()[0].lower() in _NOT_A_NAME:
        return None
    return Mention("org", Span(m.start("name"), m.end("name"), name), name, "")


@dataclass(frozen=True, slots=True)
class Referents:
    """One language's words for what a claim refers to (``speech_carry``)."""

    #: "it", "the same": the words by which a claim points back to a figure before it
    back: frozenset[str] = frozenset()
    #: "could", "is": the words after "that" as a subject ("that could be 300 miles")
    after_that: frozenset[str] = frozenset()
    #: "faces", "pleaded": after a person's name (and an appositive), the verbs that make
    #: the person a defendant, whom a statement tells of
    defendant: re.Pattern[str] | None = None
    #: "the", "figures", "was": the words that may stand with a word pointing back before
    #: a verb that credits what went before ("The figures were confirmed by X"), the nouns
    #: of a report among them (:attr:`report_nouns`)
    credit_fillers: frozenset[str] = frozenset()
    report_nouns: frozenset[str] = frozenset()


NO_REFERENTS = Referents()


def referents(table: dict[str, Any]) -> Referents:
    """The referents of a language's ``speech_carry`` table."""
    back = table.get("back_references", {})
    verbs = table.get("defendant_verbs", ())
    defendant = fast_pattern(  # "Reed, 41, of Albany, could face": past an appositive
        rf"(?:(?:,[^,.;]{{1,40}}){{1,3}},)?\s+(?:\w+ly\s+)?(?:{longest_first(verbs)})\b"
    ) if verbs else None
    nouns = frozenset(back.get("report_nouns", ()))
    return Referents(frozenset(back.get("words", ())),
                     frozenset(back.get("after_pronoun_that", ())), defendant,
                     frozenset(back.get("credit_fillers", ())) | nouns, nouns)


def credits_back(before: list[str], after: list[str], words: Referents, that: str,
                 tag_words: int) -> bool:
    """Whether a sentence with no figure credits the sentence before it by pointing back to
    it: before its verb, a word pointing back with at most the nouns of a report and
    auxiliaries ("This was confirmed by X", "The figures were given by X"); or right after
    its verb, then a short tag ("X confirmed this on Monday"; not "X confirmed that ...",
    which opens a claim). ``before`` and ``after``: the sentence's words around the verb,
    lower case."""
    if 0 < len(before) <= 4 and all(w in words.back or w in words.credit_fillers
                                    for w in before):
        return any(w in words.back or w in words.report_nouns for w in before)
    return bool(after) and after[0] in words.back and after[0] != that and (
        len(after) <= tag_words)


def points_back(text: str, cue: Cue, sentence: SentenceSubject, mentions: list[Mention],
                that: str, references: Referents) -> bool:
    """Whether ``cue``, at the end of the paragraph, is the source of the figures of the
    earlier ``sentence`` too: it tags what it reports before its verb ("..., according to
    X"), or its claim points back in its first words ("X estimates that could be nearer
    270 miles", "that the same van could"; ``references``: the words, then the words after
    "that" as a subject, past a complementizer ``that``), or ``sentence`` names its speaker
    ("The Chilean ministry wants 30% ... Santiago expects ..."; ``mentions``: people and
    bodies in text order). "X expects 2 million bikes will be sold" opens a claim of its
    own, which says nothing of the figures before it."""
    if cue.content[0] < cue.verb.start:
        return True
    att = cue.attribution
    own = {att.speaker, att.org, att.speaker_key} - {None, ""}
    lo = bisect_left(mentions, sentence.start, key=_start)
    if any(m.key in own or m.name in own
           for m in mentions[lo:bisect_left(mentions, sentence.end, key=_start)]):
        return True
    words, after_that = references.back, references.after_that
    said = _WORD.findall(text[cue.content[0]:cue.content[0] + 80].lower())[
        :_REFERENCE_WORDS + 1]
    if said and said[0] == that:
        if len(said) > 1 and said[1] in after_that:
            return True  # "that could be": "that" is the subject
        said = said[1:]
    return not words.isdisjoint(said[:_REFERENCE_WORDS])


def told_of(text: str, m: Mention, content: tuple[int, int], mentions: list[Mention],
            words: Referents) -> bool:
    """Whether ``m`` is a person the speaker told of: named (by the same key) in what the
    speaker said (``content``; ``mentions``: people and bodies in text order), or the
    subject of a defendant's verb ("Tomas Reed, 41, could face up to 12 years"). "Reed
    pleaded guilty to fraud, the prosecutors said. Reed faces up to 12 years": Reed is
    what the statement is about, not a new source; a body so named still is one (the firm a
    newspaper reported on goes on in the writer's voice, :func:`refers_elsewhere`)."""
    if m.kind != "person":
        return False
    if words.defendant is not None and words.defendant.match(text, m.span.end):
        return True
    lo = bisect_left(mentions, content[0], key=_start)
    return any(n.key == m.key and n.span.end <= content[1]
               for n in mentions[lo:bisect_left(mentions, content[1], key=_start)])


def _start(m: Mention) -> int:
    return m.span.start
