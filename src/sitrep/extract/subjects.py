"""Which event instance each sentence is about.

"Zapad 2025", "Zapad-2025" and "the exercises" in an article about it are one event; figures
after "Last time, ..." belong to the previous instance of the series (Zapad-2021), until
the paragraph ends or another instance is named.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from .words import by_sentence

# _PREVIOUS and _MAIN_REFERENCE read the lower-cased text (Words.folded): without
# re.IGNORECASE the matcher rejects a word by its first letter, twice as fast.
_PREVIOUS = re.compile(r"\b(?:last time|the previous (?:exercise|edition|drills|one)|"
                       r"previously|the last (?:exercise|edition|drills|time)|"
                       r"in the previous|back in)\b")
_MAIN_REFERENCE = re.compile(r"\b(?:(?:the|this|these|this year's|the current|the upcoming|"
                             r"the planned|the joint)\s+(?:[\w-]+\s+){0,2}|(?:hold|holds|held|"
                             r"conduct|conducts|conducted|stage|stages|staged|run|runs)\s+"
                             r"(?:\w+\s+){0,3})(?:exercises?|drills|manoeuvres|maneuvers|"
                             r"war games)\b")


_SERIES = re.compile(r"(?<![\w-])(?P<name>(?:[A-Z][\w’']+ ){0,2}[A-Z][\w’']+)[”\"]? "
                     r"(?:strategic |joint |military |command-staff )?(?:exercises?|drills|"
                     r"manoeuvres|maneuvers|war games)\b")


@dataclass(frozen=True, slots=True)
class SentenceSubject:
    start: int
    end: int
    instances: tuple[tuple[int, str], ...]  # (offset, instance name) named in the sentence
    context: str | None  # the instance the sentence is about when it names none
    why: str
    refers_to_main: bool


def _year(name: str) -> int:
    return int(name.rsplit("-", 1)[1])


def _series(name: str) -> str:
    return name.rsplit("-", 1)[0].lower()


@Language.component("sitrep_subjects", requires=["doc._.mentions", "doc._.words"],
                    assigns=["doc._.main_event", "doc._.subjects"])
def subjects(doc: Doc) -> Doc:
    full = doc._.text
    events = [m for m in doc._.mentions if m.kind == "event"]
    counts = Counter(m.name for m in events)
    main = max(counts, key=lambda n: (counts[n], _year(n))) if counts else None
    reference = doc._.published or doc._.captured
    if main is None and reference is not None:
        # "this year's Union Bastion exercise": a series named without a year, in an
        # article that names no dated instance, is the one of its publication year
        series = _SERIES.search(full)
        if series:
            main = f"{series.group('name')}-{reference.year}"
    doc._.main_event = main
    earlier = sorted({m.name for m in events if main and _series(m.name) == _series(main)
                      and _year(m.name) < _year(main)}, key=_year)
    out = []
    context: str | None = None
    words = doc._.words
    # the event mentions of each sentence, in one pass (not every mention for every sentence)
    for sent, in_sentence in zip(words.sents, by_sentence(words.sents, events,
                                                          lambda m: m.span.start), strict=True):
        named = tuple((m.span.start, m.name) for m in in_sentence)
        text = words.folded[sent.start_char:sent.end_char]
        if "\n" in full[max(0, sent.start_char - 2):sent.start_char]:
            context = None  # a new paragraph ends the "last time" context
        why = "named in the sentence" if named else "the article's main event"
        if named:
            context = None
        elif _PREVIOUS.search(text) and earlier:
            context, why = earlier[-1], "after 'last time': the previous instance"
        elif context:
            why = "continues the previous instance's paragraph"
        out.append(SentenceSubject(sent.start_char, sent.end_char, named, context or main,
                                   why, bool(_MAIN_REFERENCE.search(text)) or bool(named)))
    doc._.subjects = out
    return doc
