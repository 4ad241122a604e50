"""The attribution's shortcuts give what the plain computation gives.

Why: the relative-clause test answers at once when a sentence names one person at most, and
the anonymous sources' verbs are found by one search a sentence; each is only worth having
if no cue changes, so both are compared with the plain way on many generated inputs."""

from __future__ import annotations

import random

from sitrep.extract.cue_places import any_of
from sitrep.extract.records import Mention, Span
from sitrep.extract.speaker_clauses import in_relative_clause
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


def _plain_in_relative_clause(text: str, m: Mention, people: list[Mention]) -> bool:
    """:func:`in_relative_clause` without its shortcut for a sentence of one person."""
    cues = speech_cues("en")
    return any(p.span.end <= m.span.start and cues.relative_clause.match(
        text, p.span.end, m.span.start) and text[p.span.end:m.span.start].lstrip()[:1] == ","
        for p in people if p is not m)


def test_a_relative_clause_after_one_person_or_none_is_the_plain_rule() -> None:
    text = ("Ada Lind's team met Ola Berg, who advises Tomas Hval, and the Varde Group. "
            "Berg’s staff said Hval spoke.")
    pool = []
    for name in ("Ada Lind", "Ola Berg", "Tomas Hval", "Berg’s", "Hval spoke"):
        at = text.index(name)
        pool.append(Mention("person", Span(at, at + len(name), name), name, f"person:{name}"))
    cues = speech_cues("en")
    rng = random.Random(3)
    held = 0
    for _ in range(500):
        people = sorted(rng.sample(pool, rng.randint(0, 3)), key=lambda m: m.span.start)
        m = rng.choice(pool)  # in the list or not
        plain = _plain_in_relative_clause(text, m, people)
        assert in_relative_clause(text, m, people, cues) == plain, (m, people)
        held += plain
    assert held > 0
