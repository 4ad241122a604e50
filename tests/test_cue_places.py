"""The attribution reader's per-document look-ups give what its per-sentence questions gave:
the sentences that hold a phrase, and the tokens of each sentence that may be verbs."""

from __future__ import annotations

import random
import re
from bisect import bisect_left

from sitrep.extract.cue_places import (
    CASE_TWINS,
    items_by_sentence,
    sentences_within,
    tokens_by_sentence,
    within,
)
from sitrep.extract.phrases import phrase_spans
from sitrep.extract.speaker_clauses import without_possessor
from sitrep.extract.speech_cues import speech_cues
from sitrep.extract.words import Sentence, by_sentence, same_length_lower


def _sentences(pick: random.Random, length: int) -> list[Sentence]:
    """Sentences of one-character tokens over ``length`` characters, with gaps between
    some (the spaces after a sentence belong to none) and maybe before the first."""
    out, token = [], pick.randint(0, 3)
    while token < length:
        size = pick.randint(1, 12)
        end = min(length, token + size)
        out.append(Sentence(token, end, token, end - pick.randint(0, min(2, end - token - 1))))
        token = end
    return out


def test_sentences_within_are_the_sentences_within_answers():
    phrases = ["ab", "b", "aab", "ba "]
    pick = random.Random(11)
    for _ in range(300):
        length = pick.randint(0, 60)
        text = "".join(pick.choice("ab ") for _ in range(length))
        sents = _sentences(pick, length)
        found = sorted(phrase_spans(text, phrases))
        starts = [s.start_char for s in sents]
        expected = {n for n, s in enumerate(sents) if within(found, s.start_char, s.end_char)}
        assert sentences_within(sents, starts, found) == expected


def test_tokens_by_sentence_are_the_slices_of_each_sentence():
    pick = random.Random(5)
    for _ in range(300):
        length = pick.randint(0, 60)
        sents = _sentences(pick, length)
        tokens = sorted(pick.sample(range(length + 3), pick.randint(0, length)))
        grouped = tokens_by_sentence(sents, [s.start for s in sents], tokens)
        for n, s in enumerate(sents):
            sliced = tokens[bisect_left(tokens, s.start):bisect_left(tokens, s.end)]
            assert grouped.get(n, []) == sliced
        assert all(grouped.values())  # no empty group


def test_words_before_a_name_keep_their_possessor_only_when_they_end_in_one():
    """:meth:`_Attributor._content` asks :func:`without_possessor` only of words that end
    in a possessive suffix: any other (stripped) words come back as they are."""
    cues = speech_cues("en")
    pick = random.Random(3)
    pieces = ["the", "The", "Port", "Authority", "Lind", "'s", "’s", "s", " ", "  ", ",",
              "\n", "said", "U.S.", "x'", "’", "Ada's"]
    for _ in range(3000):
        prefix = "".join(pick.choice(pieces) for _ in range(pick.randint(0, 9))).rstrip()
        if not prefix.endswith(cues.possessive_suffixes):
            assert without_possessor(prefix, cues) == prefix


def test_items_by_sentence_are_the_groups_of_by_sentence():
    pick = random.Random(9)
    for _ in range(300):
        length = pick.randint(0, 60)
        sents = _sentences(pick, length)
        items = [(pick.randint(0, length + 3), k) for k in range(pick.randint(0, 20))]
        table = items_by_sentence(sents, [s.start_char for s in sents], items, _first)
        groups = by_sentence(sents, items, _first)
        assert [table.get(n, []) for n in range(len(sents))] == groups
        assert all(table.values())


def _first(item: tuple[int, int]) -> int:
    return item[0]


def test_every_match_of_the_phrase_cues_writes_one_of_their_words():
    """The attribution reader scans a sentence for "officials said" only when one of the
    pattern's verbs is written in it, and for "NATO's estimate" only when one of its nouns
    is: every match writes one, in lower case, inside the sentence's stretch."""
    cues = speech_cues("en")
    assert cues.anonymous_verbs  # the gate is on for English
    pick = random.Random(13)
    pieces = ["Minsk", "NATO’s", "the", "The", "ministry's", "officials", "Officials",
              "sources", "said", "say", "has", "also", "talked about", "estimate", "figures",
              "'s", "Lind's", "Said", "ESTIMATE", "new", "at", ",", ".", "\n", "According to",
              "according", "to", "CITING", "citing", "Officially,", "OFFICIAL", "count",
              "officially"]
    for _ in range(4000):
        text = " ".join(pick.choice(pieces) for _ in range(pick.randint(1, 12)))
        folded = text.lower()
        lo = pick.randint(0, len(text)) if pick.random() < 0.5 else 0
        hi = pick.randint(lo, len(text)) if pick.random() < 0.5 else len(text)
        for pattern, words in ((cues.anonymous, cues.anonymous_verbs),
                               (cues.possessive_cue, cues.possessive_nouns),
                               (cues.according, cues.source_leads),
                               (cues.officially, (cues.official,))):
            for m in pattern.finditer(text, lo, hi):
                assert any(folded.find(w, m.start(), m.end()) >= 0 for w in words), text


def test_a_case_insensitive_cue_is_looked_up_only_in_a_text_without_case_twins():
    """"ACCORDİNG TO" and "accordıng to" match the case-insensitive pattern but are not
    "according to" in lower case: in a text with such a letter every sentence is scanned."""
    cues = speech_cues("en")
    letter = re.compile("[a-z]", re.IGNORECASE)
    assert {chr(c) for c in range(0x80, 0x110000) if letter.fullmatch(chr(c))} == set(
        CASE_TWINS)
    for text in ("Troops left, accordıng to the ministry.", "ACCORDİNG TO the ministry"):
        assert cues.according.search(text)
        assert not any(lead in same_length_lower(text) for lead in cues.source_leads)
        assert any(ch in text for ch in CASE_TWINS)
