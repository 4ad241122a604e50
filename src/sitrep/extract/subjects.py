"""Which event instance each sentence is about.

"Zapad 2025", "Zapad-2025" and "the exercises" in an article about it are one event; figures
after "Last time, ..." belong to the previous instance of the series (Zapad-2021), until
the paragraph ends or another instance is named. The phrases that refer to an instance
are the language's (``lang/<code>/event_references.json``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import repeat
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..lang import language_data
from . import doc_values
from .date_reading import weekdays_after
from .event_types import EventTypes, Trigger, event_types, headline_types, triggers
from .instances import (
    Instance,
    SentenceView,
    corroborated,
    infer_instance,
    plausible_series,
    sentence_instances,
)
from .opening import fast_pattern
from .records import Mention
from .sales_events import SalesEvents, sales_events
from .story_days import event_day
from .words import Sentence, Words, by_sentence


def _either(phrases: list[str]) -> str:
    return "|".join(" ".join(re.escape(w) for w in p.split(" ")) for p in phrases)


@dataclass(frozen=True, slots=True)
class EventReferences:
    """How one language refers to event instances (``lang/<code>/event_references.json``).

    ``previous`` and ``main_reference`` read the lower-cased text (Words.folded): without
    re.IGNORECASE the matcher rejects a word by its first letter, twice as fast."""

    previous: re.Pattern[str]
    main_reference: re.Pattern[str]
    series: re.Pattern[str]
    #: A match of ``previous`` holds one of these phrases, one of ``main_reference`` one of
    #: these nouns: a text with none of them needs neither pattern in any sentence.
    previous_phrases: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()

    def may_recall(self, folded: str) -> bool:
        return any(p in folded for p in self.previous_phrases)

    def may_refer(self, folded: str) -> bool:
        return any(n in folded for n in self.nouns)

    def refers(self, sentence: str, may: bool) -> bool:
        """Whether ``sentence`` refers to the main instance ("the exercise"), ``may``: as
        :meth:`may_refer` says of its text."""
        return may and self.main_reference.search(sentence) is not None


@cache
def event_references(lang: str) -> EventReferences:
    """The event reference patterns of ``lang``, built once per process."""
    t = language_data(lang).table("event_references")
    nouns = _either(t["exercise_nouns"])
    modifiers = "|".join(re.escape(m) + " " for m in t["series_modifiers"])
    return EventReferences(
        previous=fast_pattern(rf"\b(?:{_either(t['previous_instance'])})\b"),
        main_reference=fast_pattern(
            rf"\b(?:(?:{_either(t['reference_determiners'])})\s+(?:[\w-]+\s+){{0,2}}|"
            rf"(?:{_either(t['reference_verbs'])})\s+(?:\w+\s+){{0,3}})(?:{nouns})\b"),
        series=fast_pattern(rf"(?<![\w-])(?P<name>(?:[A-Z][\w’']+ ){{0,2}}[A-Z][\w’']+)[”\"]? "
                          rf"(?:{modifiers})?(?:{nouns})\b"),
        previous_phrases=tuple(t["previous_instance"]), nouns=tuple(t["exercise_nouns"]))


@dataclass(frozen=True, slots=True)
class SentenceSubject:
    start: int
    end: int
    instances: tuple[tuple[int, str], ...]  # (offset, instance name) named in the sentence
    context: str | None  # the instance the sentence is about when it names none
    why: str
    refers_to_main: bool
    #: the article's instance is built from its words (type, place, date), not named
    inferred: bool = False
    #: whether the sentence is about the inferred instance: the page is its story (see
    #: EventTypes.story_reach), else the sentence names its type ("the fire"): a business
    #: page that mentions "a trade war" once is not about a war in every line
    about_main: bool = True
    #: about it only as a page dense with harm that names the event once, away from its
    #: lede: the figures of the people harmed are the event's, the others their sentence's
    harm_only: bool = False


def _year(name: str) -> int:
    return int(name.rsplit("-", 1)[1])


def _series(name: str) -> str:
    return name.rsplit("-", 1)[0].lower()


class SubjectsComponent:
    """The ``sitrep_subjects`` pipeline component: the article's main event
    (``doc._.main_event``) and the instance each sentence is about (``doc._.subjects``)."""

    def __init__(self, refs: EventReferences, types: EventTypes, sales: SalesEvents) -> None:
        self.refs = refs
        self.types = types
        self.sales = sales

    def __call__(self, doc: Doc) -> Doc:
        return _subjects(doc, self.refs, self.types, self.sales)


@Language.factory("sitrep_subjects", default_config={"lang": "en"},
                  requires=["doc._.text", "doc._.mentions", "doc._.words"],
                  assigns=["doc._.main_event", "doc._.subjects"])
def make_subjects(nlp: Language, name: str, lang: str) -> SubjectsComponent:
    """Build the subjects component with the event references of ``lang``."""
    return SubjectsComponent(event_references(lang), event_types(lang), sales_events(lang))


def _subjects(doc: Doc, refs: EventReferences, types: EventTypes, sales: SalesEvents) -> Doc:
    full = doc_values.get(doc, "text")
    reference = doc_values.get(doc, "published") or doc_values.get(doc, "captured")
    events = _events(doc, reference, types, sales)
    words = doc_values.get(doc, "words")
    headline = headline_types(doc_values.get(doc, "title"), types)
    main, inferred, found = _main_event(doc, events, refs, types, headline)
    doc_values.put(doc, "main_event", main)
    earlier = sorted({m.name for m in events if main and _series(m.name) == _series(main)
                      and _year(m.name) < _year(main)}, key=_year)
    out = []
    context: str | None = None
    # the event mentions of each sentence, in one pass (not every mention for every sentence)
    places, dates, sent_triggers = _inferred_by_sentence(doc, words.sents, inferred, found)
    named_in, harm_only = _paragraphs_naming(full, words, found, inferred, types,
                                             inferred is not None and inferred.type in headline)
    # whether the text holds the words the patterns need, read off the phrase index
    recall, refer = words.writes_any(refs.previous_phrases), words.writes_any(refs.nouns)
    days = sales.in_text(full, words.folded, reference,  # "spent $7 billion on Cyber Monday"
                         words.writes_any(sales.name_list))
    # what a sentence is read for only when the text may hold it (most sentences name no
    # instance, no sales day, no "last time" and no reference to the main instance)
    folded, read_text = words.folded, recall or refer
    for sent, in_sentence, sent_places, sent_dates, here in zip(
            words.sents, by_sentence(words.sents, events, lambda m: m.span.start) if events
            else repeat((), len(words.sents)), places,
            dates, sent_triggers, strict=True):
        lo = sent.start_char
        named = tuple([(m.span.start, m.name) for m in in_sentence]) if in_sentence else (
            days.named(sent) if days.present else ())
        text = folded[lo:sent.end_char] if read_text else ""
        if full.find("\n", max(0, lo - 2), lo) >= 0:
            context = None  # a new paragraph ends the "last time" context
        why = "named in the sentence" if named else "the article's main event"
        if named:
            context = None
        elif recall and refs.previous.search(text) and earlier:
            context, why = earlier[-1], "after 'last time': the previous instance"
        elif context:
            why = "continues the previous instance's paragraph"
        if inferred is not None and not named:
            view = SentenceView(lo, sent.end_char, sent_places, sent_dates)
            named = sentence_instances(full, here, view, inferred, types, reference)
            if named:
                why = "another incident in the sentence: the nearest event word's"
        # (the paragraphs about the inferred instance hold those about it only by harm)
        paragraph = _paragraph(full, lo) if named_in else -1
        out.append(SentenceSubject(lo, sent.end_char, named, context or main, why,
                                   refs.refers(text, refer) or bool(named),
                                   inferred is not None,
                                   paragraph in named_in or (inferred is not None and any(
                                       t.type == inferred.type for t in here)),
                                   paragraph in harm_only))
    doc_values.put(doc, "subjects", out)
    return doc


def _inferred_by_sentence(doc: Doc, sents: list[Sentence], inferred: Instance | None,
                          found: list[Trigger]) -> tuple[Iterable[Any], ...]:
    """The place mentions, dates and event words of each sentence, which only the reading
    of an inferred instance needs: without one, no lists are built (a list per sentence
    and kind cost more than the rest of the reading of most sentences)."""
    if inferred is None:
        return repeat((), len(sents)), repeat((), len(sents)), repeat((), len(sents))
    return (by_sentence(sents, corroborated(doc_values.get(doc, "mentions")),
                        lambda m: m.span.start),
            by_sentence(sents, doc_values.get(doc, "dates") or [], lambda d: d.start),
            by_sentence(sents, found, lambda t: t.start))


def _events(doc: Doc, reference: date | None, types: EventTypes, sales: SalesEvents
            ) -> list[Mention]:
    """The event series the text names, but no sales day (see :mod:`.sales_events`): a
    deals post's "cheapest during Prime Day 2024" is the article's event for no figure."""
    return sales.without(doc_values.get(doc, "text"), [
        m for m in doc_values.get(doc, "mentions")
        if m.kind == "event" and plausible_series(m.name, reference, types)])


def _main_event(doc: Doc, events: list[Mention], refs: EventReferences, types: EventTypes,
                headline: tuple[str, ...]) -> tuple[str | None, Instance | None, list[Trigger]]:
    """The article's main event: the instance its event mentions name most, else a series
    named without a year, else the instance inferred from its event words and the types
    its ``headline`` names (returned too, with those words)."""
    full = doc_values.get(doc, "text")
    reference = doc_values.get(doc, "published") or doc_values.get(doc, "captured")
    words = doc_values.get(doc, "words")
    counts = Counter(m.name for m in events)
    main = max(counts, key=lambda n: (counts[n], _year(n))) if counts else None
    # a match of ``series`` holds one of the nouns as written: no noun, no search
    if main is None and reference is not None and words.writes_any(refs.nouns):
        # "this year's Union Bastion exercise": a series named without a year, in an
        # article that names no dated instance, is the one of its publication year
        series = refs.series.search(full)
        if series:
            main = f"{series.group('name')}-{reference.year}"
    if main is not None:
        return main, None, []
    found = triggers(words.folded, types, words.phrases, full)
    inferred = infer_instance(full, found, doc_values.get(doc, "mentions"),
                              doc_values.get(doc, "dates") or [], reference, types, headline)
    if reference is None and inferred is not None:
        inferred = _dated_by_story(doc, inferred, types)
    return (inferred.name if inferred else None), inferred, found


def _paragraph(text: str, at: int) -> int:
    """Where the paragraph holding offset ``at`` starts (paragraphs are lines)."""
    return text.rfind("\n", 0, at) + 1


def _paragraphs_naming(text: str, words: Words, found: list[Trigger],
                       inferred: Instance | None, types: EventTypes, in_headline: bool
                       ) -> tuple[frozenset[int], frozenset[int]]:
    """The paragraphs (by start) about the inferred instance: all of them in the event's
    story (see :meth:`EventTypes.story_reach`); and those of them about it only by the
    density of harm (for the figures of the people it harmed). On a page that is not the
    event's story, none: a sentence is about the event only when it names it ("The results
    are published in two articles" beside "stellar explosions" in the sentence before;
    "the index was up 1%" before "while protests went on downtown")."""
    if inferred is None:
        return frozenset(), frozenset()
    reach = types.story_reach(words.folded, found, inferred.type, words.phrases, in_headline)
    if reach == "named":
        return frozenset(), frozenset()
    every = frozenset(_paragraph(text, s.start_char) for s in words.sents)
    naming = frozenset(_paragraph(text, t.start) for t in found if t.type == inferred.type)
    return every, (every - naming if reach == "harm" else frozenset())


def _dated_by_story(doc: Doc, inferred: Instance, types: EventTypes) -> Instance:
    """An undated article's instance with the day the store's other articles date it to,
    and its weekdays read from that day ("struck on Friday ... said on Saturday"): the
    statements the attribution dates next take those days (see :mod:`.story_days`)."""
    if inferred.day is not None or inferred.type in types.ongoing:
        return inferred
    day = event_day(inferred.type, inferred.place, doc_values.get(doc, "story_events") or ())
    if day is None:
        return inferred
    doc_values.put(doc, "dates", weekdays_after(doc_values.get(doc, "dates") or [], day))
    return Instance(inferred.type, inferred.place, day)
