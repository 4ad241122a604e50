"""Events: what happened or is planned, when and where, in the sentences that report it.

A sentence reports an event when it has an event noun or verb ("exercise", "invasion",
"held", "launched", "approved"); its first resolved date is when, its first place after a
locative preposition is where, and the people and organisations named are who. The nouns,
verbs and prepositions are the language's (``lang/<code>/event_nouns.txt``,
``event_words.json``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from ..lang import language_data
from . import doc_values
from .opening import fast_pattern
from .records import Event, Span

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class EventWords:
    """One language's event patterns. The verb and noun patterns read the lower-cased text
    (Words.folded): without re.IGNORECASE the matcher rejects a word by its first letter,
    twice as fast."""

    verbs: re.Pattern[str]
    nouns: re.Pattern[str]
    locative_before: re.Pattern[str]
    #: The verbs as written in ``verbs``: every match of it starts with one of them.
    verb_words: tuple[str, ...] = ()


@cache
def event_words(lang: str) -> EventWords:
    """The event patterns of ``lang``, built once per process."""
    data = language_data(lang)
    t = data.table("event_words")
    # verbs in file order: alternation takes the first that fits
    verb_words = tuple(t["verbs"])
    verbs = "|".join(" ".join(re.escape(w) for w in v.split(" ")) for v in verb_words)
    nouns = "|".join(re.escape(n) for n in sorted(frozenset(data.words("event_nouns"))))
    locative = "|".join(re.escape(p) for p in t["locative_prepositions"])
    return EventWords(
        verbs=fast_pattern(rf"\b(?:{verbs})\b"), nouns=fast_pattern(rf"\b(?:{nouns})\b"),
        locative_before=fast_pattern(
            rf"\b(?:{locative})\s+(?:{re.escape(t['definite_article'])}\s+)?$", re.I),
        verb_words=verb_words)


class EventsComponent:
    """The ``sitrep_events`` pipeline component: the events the sentences report
    (``doc._.events``)."""

    def __init__(self, words: EventWords) -> None:
        self.words = words

    def __call__(self, doc: Doc) -> Doc:
        out = []
        value = doc_values.get
        full, all_dates = value(doc, "text"), value(doc, "dates") or []
        all_mentions = value(doc, "mentions")
        words, patterns = value(doc, "words"), self.words
        # where a verb is written: a sentence with none of them has no match, and most
        # sentences have none (one search of the text, not a pattern tried per sentence)
        verb_at = sorted(words.phrase_starts(patterns.verb_words))
        for sent in words.sents:
            lo, hi = sent.start_char, sent.end_char
            if bisect_left(verb_at, lo) == bisect_left(verb_at, hi):
                continue
            folded = words.folded[lo:hi]
            verb = patterns.verbs.search(folded)
            noun = patterns.nouns.search(folded) if verb else None
            if not (verb and noun):
                continue
            # the dates and mentions of the few sentences that report an event, not those
            # of every sentence
            dates = _inside((d for d in all_dates if d.value), lambda d: d.start, lo, hi)
            mentions = _inside(all_mentions, lambda m: m.span.start, lo, hi)
            where = next((m.name for m in mentions if m.kind == "place" and m.via != "demonym"
                          and patterns.locative_before.search(
                              full[max(lo, m.span.start - 12):m.span.start])), None)
            who = tuple(dict.fromkeys(m.name for m in mentions if m.kind in ("person", "org")))
            what_start = lo + min(verb.start(), noun.start())
            what_end = lo + max(verb.end(), noun.end())
            what = full[what_start:what_end]
            out.append(Event(Span(lo, hi, full[lo:hi].strip()), what,
                             dates[0].value if dates else None, where, who))
        doc_values.put(doc, "events", out)
        return doc


def _inside(items: Iterable[T], start: Callable[[T], int], lo: int, hi: int) -> list[T]:
    """The ``items`` whose ``start`` offset is in ``lo:hi`` (a sentence), in offset order:
    a sentence's group of :func:`.words.by_sentence`."""
    return sorted((item for item in items if lo <= start(item) < hi), key=start)


@Language.factory("sitrep_events", default_config={"lang": "en"},
                  requires=["doc._.text", "doc._.dates", "doc._.mentions", "doc._.words"],
                  assigns=["doc._.events"])
def make_events(nlp: Language, name: str, lang: str) -> EventsComponent:
    """Build the events component with the event words of ``lang``."""
    return EventsComponent(event_words(lang))
