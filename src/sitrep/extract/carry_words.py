"""The words by which one language's text carries a speaker on (``speech_carry``, and some of
``speech_cues``), read once per process for :mod:`.carry`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lang import language_data
from . import carry_referents as referring
from .opening import fast_pattern


@dataclass(frozen=True, slots=True)
class CarryWords:
    """One language's phrases that stop a speaker being carried on."""

    stops: re.Pattern[str]
    breaks: re.Pattern[str]
    #: measure families of the setting, which no speaker is carried to
    background: frozenset[str]
    #: a verb of saying in a sentence gives it its own source, named or not
    verbs: frozenset[str]
    #: the source of "official figures", which is no one's to carry
    official: str
    #: measure families that one report goes on with
    topics: tuple[frozenset[str], ...] = ()
    #: "the total announced earlier", "the difficulty of confirming": words after which a
    #: verb of saying is a participle or a gerund
    reported_nouns: frozenset[str] = frozenset()
    #: "taken to", "treated at": words after which a body's name is a place, not a source
    destinations: frozenset[str] = frozenset()
    #: "we", "our": the words by which a firm speaks of itself on its own page
    we: frozenset[str] = frozenset()
    #: "is", "are": the verb by which a firm's own page describes it ("Halvern is a ...")
    describing: frozenset[str] = frozenset()
    #: "the", and the nouns of a body that "the company" refers back with
    the: str = "the"
    that: str = "that"
    body_nouns: frozenset[str] = frozenset()
    #: "it", "the same": words by which a claim points back; "faces": a defendant's verbs
    referents: referring.Referents = referring.NO_REFERENTS


@cache
def carry_words(lang: str) -> CarryWords:
    """The carrying words of ``lang``, built once per process."""
    data = language_data(lang)
    t = data.table("speech_carry")
    cues = data.table("speech_cues")

    def either(phrases: list[str]) -> str:
        return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)

    return CarryWords(fast_pattern(rf"\b(?:{either(t['stops'])})\b"),
                      fast_pattern(rf"^\W*(?:{either(t['breaks'])})"),
                      frozenset(t["background"]), frozenset(data.words("speech_verbs")),
                      cues["official_source"],
                      tuple(frozenset(x) for x in t["topics"]),
                      frozenset(t["reported_nouns"]) | frozenset(t["gerund_prepositions"]),
                      frozenset(t["destinations"]), frozenset(t["first_person_plural"]),
                      frozenset(t["self_description"]), cues["definite_article"],
                      cues["complementizer"], frozenset(cues["org_nouns"]),
                      referring.referents(t))
