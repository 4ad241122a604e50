"""Event words of a language, in the English event type every language shares, and the
article's main event: the type named most often, the first sentences counting thrice
(a headline and a lead name what the article is about)."""

from __future__ import annotations

from collections import Counter
from functools import cache

from ...lang import language_data
from ..opening import fast_pattern
from ..records import Event, Span
from .places import country_mentions, place_of
from .resources import Words, known, lookup
from .tokens import Sentence

LEAD_SENTENCES, LEAD_WEIGHT = 2, 3
#: An event type named outside the lead is the page's only when named once in this many
#: sentences or more often: "send the carrots into the pot", once on a long recipe page,
#: makes no deployment of it (a short excerpt naming its event once still has it)
SENTENCES_PER_MENTION = 25
#: A named event instance: a capitalised name, perhaps of two words, joined to a year
#: ("Union Bastion-2026", "Запад-2025", «Союзный щит-2019»): the subject the figures near it
#: are about, in any language.
INSTANCE = fast_pattern(r"(?<![\w-])([^\W\d_]\w*)-((?:19|20)\d\d)(?!\d)")
_WORD_BEFORE = fast_pattern(r"([^\W\d_]\w*) $")


def instances(text: str, start: int, end: int, words: Words) -> list[str]:
    """Named event instances in ``text[start:end]``, in order, as written in the text
    ("Union Bastion-2026", "Союзный щит-2019"): the name starts with a capital; in a
    language that capitalises its nouns, a common noun before it is no part of it ("Die
    Übung Zapad-2025")."""
    found = []
    for m in INSTANCE.finditer(text, start, end):
        before = _WORD_BEFORE.search(text, max(start, m.start() - 40), m.start())
        if before is not None and before.group(1)[0].isupper() and not (
                words.capitalised_nouns and known(before.group(1), words.code)):
            found.append(f"{before.group(1)} {m.group(1)}-{m.group(2)}")
        elif m.group(1)[0].isupper():
            found.append(f"{m.group(1)}-{m.group(2)}")
    return found


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


def main_event(events: list[Event], sentences: list[Sentence], text: str,
               words: Words) -> str | None:
    """What the article is about: the event instance it names most often (its headline
    and lead counting thrice), else the event type it names most often, unless a long page
    names it only in passing (see SENTENCES_PER_MENTION), else None."""
    named: Counter[str] = Counter()
    for i, sentence in enumerate(sentences):
        for name in instances(text, sentence.start, sentence.end, words):
            named[name] += LEAD_WEIGHT if i < LEAD_SENTENCES else 1
    if named:
        return named.most_common(1)[0][0]
    if not events:
        return None
    lead_end = sentences[min(LEAD_SENTENCES, len(sentences)) - 1].end if sentences else 0
    counts: Counter[str] = Counter()
    for event in events:
        counts[event.what] += LEAD_WEIGHT if event.evidence.end <= lead_end else 1
    kind, count = counts.most_common(1)[0]
    if count * SENTENCES_PER_MENTION < len(sentences):
        return None  # named in passing on a long page about something else
    if kind not in _ongoing():
        return kind  # one incident: the ledger knows it by its one dated instance
    place = place_of(_votes(kind, events, sentences, text, words, lead_end), ongoing=True)
    return f"{kind}, {place}" if place else kind


@cache
def _ongoing() -> frozenset[str]:
    """Event types that last for months (a war, a deployment): named by type and place."""
    types = language_data("en").table("event_types")["types"]
    return frozenset(name for name, spec in types.items() if spec["ongoing"])


#: How far after an event word a country names its place (characters, as in English)
PLACE_WINDOW = 60
#: A country's adjective right before the event word, perhaps of a pair joined by a hyphen
#: ("російській війні", "российско-украинской войны", "russischen Angriffskrieg")
_JUST_BEFORE = fast_pattern(r"(?:-\w+)?\s+$")


def _votes(kind: str, events: list[Event], sentences: list[Sentence], text: str,
           words: Words, lead_end: int) -> Counter[str]:
    """The countries named with the event words of ``kind``: right before the word or
    after it in its sentence ("войны в Украине", "у війні проти України"), the lead's
    thrice; else those named anywhere in the text. A country further before the word is
    often the subject of the sentence, not the event's place ("Втрати Північної Кореї у
    війні проти України")."""
    votes: Counter[str] = Counter()
    for event in (e for e in events if e.what == kind):
        at = event.evidence.start
        sentence = next((s for s in sentences if s.start <= at < s.end), None)
        if sentence is None:
            continue
        weight = LEAD_WEIGHT if sentence.end <= lead_end else 1
        for m in country_mentions(text, max(sentence.start, at - PLACE_WINDOW),
                                  min(sentence.end, event.evidence.end + PLACE_WINDOW),
                                  words.code):
            if m.start >= event.evidence.end or _JUST_BEFORE.fullmatch(text[m.end:at]):
                votes[m.code] += weight
    if not votes:
        votes.update(m.code for m in country_mentions(text, 0, len(text), words.code))
    return votes
