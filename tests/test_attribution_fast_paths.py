"""The attribution's shortcuts give what the plain computation gives.

Why: the speakers' memory takes a shorter way when a sentence names one person at most, and
the anonymous sources' verbs are found by one search a sentence; each is only worth having
if no cue changes, so both are compared with the plain way on many generated inputs."""

from __future__ import annotations

import random
from typing import Any

from sitrep.extract.cue_places import any_of
from sitrep.extract.records import Mention, Span
from sitrep.extract.speaker_clauses import in_relative_clause
from sitrep.extract.speakers import Speakers
from sitrep.extract.speech_cues import speech_cues


def test_one_search_finds_a_phrase_where_a_find_per_phrase_does() -> None:
    rng = random.Random(11)
    pieces = ["said", "say", "talk about", "a.b", "x|y", " ", "talk", "about", "(", "s"]
    for phrases in [("say", "said", "talk about", "a.b", "x|y"), ("",), ("(",), ("s", "says")]:
        pattern = any_of(phrases)
        for _ in range(300):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
            lo = rng.randint(0, len(text))  # a sentence starts inside its text
            hi = rng.randint(lo, len(text) + 2)
            assert (pattern.search(text, lo, hi) is not None) == any(
                text.find(p, lo, hi) >= 0 for p in phrases), (phrases, text, lo, hi)


def _plain_remember(sp: Speakers, mentions: list[Mention]) -> None:
    """:meth:`Speakers.remember` without its shortcut for a sentence of one person."""
    people = []
    for m in mentions:
        if m.kind == "person":
            people.append(m)
        elif m.kind == "org":
            sp.last_org = m
    acting = [m for m in people if not sp._possessive(m)
              and not in_relative_clause(sp.text, m, people, sp.cues)]
    sp._unread += acting
    if acting or (people and sp.last_person is None):
        sp.last_person = (acting or people)[-1]


def _state(sp: Speakers) -> tuple[Any, ...]:
    return sp.last_person, sp.last_org, list(sp._unread)


def test_remembering_one_person_is_the_plain_rule() -> None:
    text = ("Ada Lind's team met Ola Berg, who advises Tomas Hval, and the Varde Group. "
            "Berg’s staff said Hval spoke.")
    names = [("person", "Ada Lind"), ("person", "Ola Berg"), ("person", "Tomas Hval"),
             ("org", "Varde Group"), ("person", "Berg"), ("person", "Hval")]
    pool = []
    for kind, name in names:
        at = text.index(name)
        pool.append(Mention(kind, Span(at, at + len(name), name), name, f"{kind}:{name}"))
    cues = speech_cues("en")
    rng = random.Random(3)
    for _ in range(300):
        fast = Speakers(text, None, None, cues, None)  # type: ignore[arg-type]
        plain = Speakers(text, None, None, cues, None)  # type: ignore[arg-type]
        for _ in range(rng.randint(1, 6)):
            sentence = sorted(rng.sample(pool, rng.randint(0, 3)), key=lambda m: m.span.start)
            fast.remember(sentence)
            _plain_remember(plain, sentence)
            assert _state(fast) == _state(plain), sentence
