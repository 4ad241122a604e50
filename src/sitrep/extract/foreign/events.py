"""Event words of a language, in the English event type every language shares, and the
article's main event: the type named most often, the first sentences counting thrice
(a headline and a lead name what the article is about)."""

from __future__ import annotations

from collections import Counter

from ..records import Event, Span
from .resources import Words, lookup
from .tokens import Sentence

LEAD_SENTENCES, LEAD_WEIGHT = 2, 3


def find_events(sentences: list[Sentence], words: Words, text: str) -> list[Event]:
    """One event record per event word, its type in English."""
    events = []
    for sentence in sentences:
        for tok in sentence.tokens:
            what = lookup(words.events, tok.lemma, tok.lower) if tok.text[0].isalpha() else None
            if what:
                events.append(Event(Span(tok.start, tok.end, text[tok.start:tok.end]), what,
                                    None, None))
    return events


def main_event(events: list[Event], sentences: list[Sentence]) -> str | None:
    """The event type the article is about, or None when it names none."""
    if not events:
        return None
    lead_end = sentences[min(LEAD_SENTENCES, len(sentences)) - 1].end if sentences else 0
    counts: Counter[str] = Counter()
    for event in events:
        counts[event.what] += LEAD_WEIGHT if event.evidence.end <= lead_end else 1
    return counts.most_common(1)[0][0]
