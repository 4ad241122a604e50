"""The attribution reader's per-document look-ups give what its per-sentence questions gave:
the sentences that hold a phrase, and the tokens of each sentence that may be verbs."""

from __future__ import annotations

import random
from bisect import bisect_left

from sitrep.extract.cue_places import sentences_within, tokens_by_sentence, within
from sitrep.extract.phrases import phrase_spans
from sitrep.extract.speaker_clauses import without_possessor
from sitrep.extract.speech_cues import speech_cues
from sitrep.extract.words import Sentence


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
