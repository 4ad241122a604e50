"""Extraction from news in languages other than English, by rules over words kept as data.

Why a second reader: the English pipeline's rules are written around English syntax;
Russian, Ukrainian, Polish and German (and any language whose folder under
``sitrep/lang/`` holds the tables of :data:`~.resources.REQUIRED`) are read here with one
set of rules: values with their hedges and ranges, the thing counted as one English
measure, who said it (a verb of saying or a source phrase, the name beside it, the body in
its English name), when, and the article's main event. The output contract is the
English one: :class:`~sitrep.extract.records.Extraction` with spans into the clean text.
"""

from __future__ import annotations

from datetime import date

from ...knowledge.translit import name_key
from ..counted import measure_family
from ..records import Attribution, Extraction, Figure, Mention, Span, Statement
from .attribution import attribute
from .events import find_events, main_event
from .figures import sentence_figures
from .resources import readable, words_of
from .tokens import Sentence, sentences


def extract_foreign(text: str, lang: str, published: date | None = None,
                    captured: date | None = None) -> Extraction:
    """Figures, statements, speakers and events of ``text`` in ``lang``."""
    words = words_of(lang)
    sents = sentences(text, words)
    events = find_events(sents, words, text)
    subject = main_event(events, sents)
    extraction = Extraction(events=events, main_event=subject)
    carried: tuple[int, Attribution] | None = None
    for sentence in sents:
        attribution = attribute(sentence, words, text, published or captured)
        if attribution is not None:
            carried = (sentence.paragraph, attribution)
            extraction.statements.append(_statement(sentence, attribution, text))
            if attribution.speaker:
                extraction.mentions.append(_person(sentence, attribution, text))
        elif carried is not None and carried[0] == sentence.paragraph:
            attribution = carried[1]
        for raw in sentence_figures(sentence, words, text):
            measure = raw.measure
            extraction.figures.append(Figure(
                Span(raw.start, raw.end, text[raw.start:raw.end]), measure=measure,
                low=raw.low, high=raw.high, unit=raw.unit, qualifier=raw.qualifier,
                attribution=attribution or Attribution(), subject=subject,
                family=measure_family(measure)))
    return extraction


def _statement(sentence: Sentence, attribution: Attribution, text: str) -> Statement:
    span = Span(sentence.start, sentence.end, text[sentence.start:sentence.end])
    return Statement(span, attribution, span)


def _person(sentence: Sentence, attribution: Attribution, text: str) -> Mention:
    name = attribution.speaker or ""
    at = text.find(name.split()[-1][:4], sentence.start, sentence.end)
    start = at if at >= 0 else sentence.start
    end = start + len(name.split()[-1]) if at >= 0 else sentence.end
    return Mention("person", Span(start, end, text[start:end]), name, name_key(name))


__all__ = ["extract_foreign", "readable"]
