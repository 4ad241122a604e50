"""What a figure is about: the event instance, a place or organisation named before it, or
the thing it counts (rules R1 to R5 below).

Why apart: the subject is decided from the sentence around a figure and from who states it,
after every value is found; the rules read entity mentions and event phrases, not numbers.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date

from spacy.tokens import Doc

from . import doc_values
from .attribution import Cue
from .counted import family_of, without_place
from .event_types import event_types
from .figure_background import (
    background_words,
    of_another_time_or_scope,
    own_thing,
    point_in_time,
    reference_year,
    years,
)
from .figure_words import FigureWords
from .instances import Instance
from .opening import fast_pattern
from .records import Figure, Mention
from .subjects import SentenceSubject

_FOLLOWING_WORD = fast_pattern(r" ([a-z]+)")


def subject(fig: Figure, doc: Doc, sentence: SentenceSubject | None, cue: Cue | None,
            words: FigureWords) -> str | None:
    """The subject of ``fig`` in ``sentence``, stated with ``cue``."""
    main = doc_values.get(doc, "main_event")
    if sentence is None:
        return main
    named = _instances(fig, doc, sentence, main, words.lang)
    if named:  # R1: an instance named in the sentence, the nearest one
        return min(named, key=lambda x: abs(x[0] - fig.evidence.start))[1]
    if sentence.context and sentence.context != main:  # R2: "last time" context
        return sentence.context
    if main:  # R2a: background of another time, scope or thing (see figure_background)
        thing = _background(fig, doc, sentence, main, cue, words.lang)
        if thing:
            return thing
        if thing is not None:
            main = None
    if sentence.inferred and sentence.about_main and (
            not sentence.harm_only or event_types(words.lang).counts_the_story(fig.measure)):
        # R2b: an article about "the earthquake": its figures are the quake's (the places,
        # hospitals and people they count are parts of it, not events of their own); on a
        # page that is the event's only by the harm it tells, the figures of the harmed
        return main
    fam = family_of(fig.measure, fig.unit, words)
    if sentence.inferred and fam != "participants":
        # R2c: but not in a paragraph that never names it ("shares rose 80%" on a page
        # that mentions a trade war once): the figure is about what its sentence names;
        # troops counted are the deployment's wherever they are
        main = None
    if fig.kind == "dates" and fig.dates and main and fig.dates.start.year != int(
            main.rsplit("-", 1)[1]):
        return _event_phrase(doc, sentence, fig, words)  # another year: another event
    if fig.kind == "dates" and not sentence.refers_to_main:
        # dates of something else in an article about the event (a forest closed, flights
        # restricted): not the event's dates
        return (_entity_before(doc, sentence, fig, cue, words)
                or _event_phrase(doc, sentence, fig, words))
    if main and (fam in ("participants", "dates") or fig.kind == "change"
                 or (fig.kind == "duration" and bool(words.event_noun_after.match(
                     doc_values.get(doc, "text"), fig.evidence.end, fig.evidence.end + 40)))
                 or (sentence.refers_to_main and fam not in ("distance", "duration"))):
        return main  # R3
    entity = _entity_before(doc, sentence, fig, cue, words)  # R4
    if entity:
        return entity
    if main and fig.kind == "count" and fam in words.military_assets:
        return main  # R4b: aircraft, trains, units counted in an article about the exercise
    if fig.kind == "count" and fig.measure:  # R5
        return without_place(fig.measure, words)
    return main


def _instances(fig: Figure, doc: Doc, sentence: SentenceSubject, main: str | None,
               lang: str) -> tuple[tuple[int, str], ...]:
    """The instances the sentence names, but those of an earlier year set after the
    figure as a point in time ("eight years after the 2013 attacks")."""
    if not sentence.instances:
        return ()
    text = doc_values.get(doc, "text")
    year = reference_year(text, doc_values.get(doc, "published"), main, background_words(lang))
    return tuple(x for x in sentence.instances if not point_in_time(
        text, fig.evidence.end, x[0], x[1], year, lang))


def _background(fig: Figure, doc: Doc, sentence: SentenceSubject, main: str,
                cue: Cue | None, lang: str) -> str | None:
    """The subject of a figure its sentence sets apart from the article's event: the thing
    its sum or size is of, "" when it is of another time or scope (the subject rules go on
    as in a text without an event), None when it is the event's as far as this tells."""
    bg = background_words(lang)
    text = doc_values.get(doc, "text")
    own = text[sentence.start:sentence.end]
    def reference() -> int | None:
        return reference_year(text, doc_values.get(doc, "published"), main, bg)

    said = cue.attribution.stated_on if cue else None
    if of_another_time_or_scope(own, reference, said, bg):
        return _earlier_instance(own, main, said, lang) or ""
    thing = own_thing(fig, text, bg)
    if thing and not event_types(lang).trigger.search(own.lower()):
        return thing
    return None


def _earlier_instance(sentence: str, main: str, said: date | None, lang: str) -> str | None:
    """"The previous flood in the valley came in 2010, when 40 homes were lost": the instance of the
    article's type and place in the one year the sentence names, when it names the type;
    None for a sentence of several years, of an era or worldwide, or about something else."""
    kind, _, rest = main.partition(", ")
    found = set(years(sentence, background_words(lang))) - {said.year if said else 0}
    types = event_types(lang)
    if len(found) != 1 or not rest or not any(
            types.type_of.get(m.group(0)) == kind for m in types.trigger.finditer(
                sentence.lower())):
        return None
    place = rest.split(", ")[0]
    return Instance(kind, None if place[:1].isdigit() else place, year=found.pop()).name


def _entity_before(doc: Doc, sentence: SentenceSubject, fig: Figure, cue: Cue | None,
                   words: FigureWords) -> str | None:
    speaker = cue.attribution.speaker_key if cue else None
    candidates = []
    mentions: list[Mention] = doc_values.get(doc, "mentions")  # in text order
    def start(m: Mention) -> int:
        return m.span.start

    for m in mentions[bisect_left(mentions, sentence.start, key=start):
                      bisect_left(mentions, fig.evidence.start, key=start)]:
        if m.span.end > fig.evidence.start:
            continue
        if m.kind in ("event", "person") or m.via == "demonym" or m.key == speaker:
            continue  # a person is who counts, not what a figure is about
        if cue and m.span.start < cue.verb.start and m.kind in ("person", "org"):
            continue  # the speaker and those around them
        after = doc_values.get(doc, "text")[m.span.end:m.span.end + 20]
        if after[:1] in "-–" and after[1:2].isalpha():
            continue  # "a London-based think tank": the name is part of an adjective
        follow = _FOLLOWING_WORD.match(after)
        if (follow and m.kind != "person" and follow.group(1) not in words.stop_words
                and follow.group(1) not in words.place_features):
            continue  # "a NATO country": the name is used as an adjective
        candidates.append(m)
    if not candidates:
        return None
    best = candidates[-1]
    if best.place is not None and best.place.kind == "city":
        text = doc_values.get(doc, "text")
        feature = words.city_feature.match(text[best.span.end:best.span.end + 30])
        if feature:
            return f"{best.name} {feature.group(1)}"
    return best.name


def _event_phrase(doc: Doc, sentence: SentenceSubject, fig: Figure,
                  words: FigureWords) -> str | None:
    text = doc_values.get(doc, "text")[sentence.start:fig.evidence.start]
    found = list(words.event_noun_phrase.finditer(text))
    year = fig.dates.start.year if fig.dates else ""
    if not found:
        return None
    phrase = words.determiner.sub("", found[-1].group(0).strip())
    return f"{phrase} ({year})" if year else phrase
