"""The entity finder's whole-text scans find what ``finditer`` finds (issue 9, speed).

Why: the demonyms written with a capital and the bodies written in lower case after a
capitalised word are looked for only where the phrase index finds a word of their lists,
the years of event instances are read off the runs of digits, and the words of harm that
make a page its event's story are counted where the index finds them, as are the verbs of
saying the attribution reads; each shortcut must give
the matches the plain scan gives, on texts written here and on texts put together at random
from pieces that stress the edges (possessives, hyphens, line breaks, capitals inside words,
a character whose lower case is longer).
"""

from __future__ import annotations

import random

from sitrep.extract import doc_values
from sitrep.extract.cue_places import verb_tokens
from sitrep.extract.entity_scan import (
    CAPITALISED,
    capitalised_demonyms,
    lowercase_org_matches,
)
from sitrep.extract.entity_words import entity_words
from sitrep.extract.event_types import event_types, triggers
from sitrep.extract.nlp import build_nlp, make_doc
from sitrep.extract.phrase_lists import phrase_index
from sitrep.extract.scan import instance_starts, matches_from
from sitrep.extract.speech_cues import speech_cues
from sitrep.extract.words import Words, same_length_lower
from sitrep.knowledge.gazetteer import load_gazetteer

TEXTS = [
    "The Latvian Ministry of Defense and North Korean envoys met Ukrainians in Riga.",
    "Myanmar's ruling military and the Belarusian defence ministry said; Lithuania’s armed "
    "forces agreed.\nThe interior ministry, Varda's state news agency and Ostrava\u00a0army.",
    "Americans, an American-born Thai chef, Thailand's junta, McDonald's army, AMERICAN navy.",
    "İstanbul's government, the Swiss parliament; Irish air force, Kazakh border guard 2019.",
]

PIECES = [*" ,.-'’\n\t\u00a0(“", "İ", "Latvian", "latvian", "Korean", "North", "Thai",
          "Americans", "Mc", "Donald", "'s", "’s", "ruling", "military", "government",
          "defence ministry", "state", "statement", "air", "chair", "force", "Army", "army",
          "Varda", "A", "Zapad", "Varda army", "Kazakh's ruling", "Swiss  air",
          "2021", "1999", "-20", "19", "junta", "Kazakh", "border"]


def _random_texts(seed: int, count: int) -> list[str]:
    pick = random.Random(seed)
    return ["".join(pick.choice(PIECES) for _ in range(pick.randint(0, 14)))
            for _ in range(count)]


def _words(text: str) -> Words:
    """A token table with no tokens: the scans read only its folded text and its index."""
    folded = same_length_lower(text)
    return Words([], [], [], [], [], [], folded, phrase_index("en").hits(folded))


def test_the_scans_find_what_finditer_finds():
    gaz, words = load_gazetteer(), entity_words("en")
    named = gaz.demonym_words[1]
    found = 0
    for text in TEXTS + _random_texts(5, 20_000):
        w = _words(text)
        expected = [m.span() for m in CAPITALISED.finditer(text)
                    if m.group(0).lower() in named]
        assert [m.span() for m in capitalised_demonyms(text, w, gaz)] == expected, text
        expected = [m.span() for m in words.lowercase_org.finditer(text)]
        assert [m.span() for m in lowercase_org_matches(text, w, words)] == expected, text
        assert instance_starts(text, digits=w.phrases.digit_runs()) == instance_starts(text)
        found += len(expected) + len(w.places(gaz.plain_demonym_words))
    assert found > 5000


def test_without_an_index_the_scans_search_the_text():
    gaz, words = load_gazetteer(), entity_words("en")
    text = TEXTS[1]
    w = Words([], [], [], [], [], [], same_length_lower(text), None)
    assert [m.group(0) for m in lowercase_org_matches(text, w, words)] == [
        "Myanmar's ruling military", "Belarusian defence ministry", "Lithuania’s armed forces",
        "The interior ministry", "Varda's state news agency", "Ostrava\u00a0army"]
    w = Words([], [], [], [], [], [], same_length_lower(TEXTS[0]), None)
    assert [m.group(0) for m in capitalised_demonyms(TEXTS[0], w, gaz)] == ["Latvian",
                                                                            "Korean"]


def test_the_harm_count_reads_the_index_as_the_scan_reads_the_text():
    """The density of harm (``EventTypes.story_reach``) counts the matches of its pattern
    where the index finds its words, as ``finditer`` counts them in the whole text."""
    types = event_types("en")
    harm = ["killed", "dead", "death toll", "deaths", "injured", "wounded", " ", "-", ".",
            "undead", "killedx", "fire", "flood", "\n", "a", "the"]
    pick = random.Random(7)
    for _ in range(3_000):
        folded = "".join(pick.choice(harm) for _n in range(pick.randint(0, 30)))
        found = triggers(folded, types)
        hits = phrase_index("en").hits(folded)
        for kind in ("fire", "flood"):
            assert types.story_reach(folded, found, kind, hits) == types.story_reach(
                folded, found, kind), folded
        assert [m.span() for m in matches_from(types.harm, folded, hits.starts(
            types.harm_words))] == [m.span() for m in types.harm.finditer(folded)], folded


def test_the_verbs_of_saying_are_the_tokens_a_test_of_every_token_finds():
    """``cue_places.verb_tokens`` reads the verbs' places off the phrase index; a test of
    every token's lower case finds the same tokens, in the same order."""
    nlp = build_nlp("en")
    cues = speech_cues("en")
    pieces = ["said", "Said", "SAID", "unsaid", "saidx", "adds", "address", "added", "İ",
              "told", "Told", " ", ", ", ". ", "\n", "“", "”", "Mr.", "Orvik", "it", "-",
              "claims", "claimed", "reclaimed", "says", "Ann"]
    pick = random.Random(11)
    texts = ["".join(pick.choice(pieces) for _ in range(pick.randint(0, 25)))
             for _ in range(1_500)]
    seen = 0
    for text in texts:
        doc = make_doc(nlp, text)
        doc_values.put(doc, "text", text)
        w = doc_values.get(nlp.get_pipe("sitrep_sentences")(doc), "words")
        expected = [i for i, low in enumerate(w.lower) if low in cues.cue_words]
        assert verb_tokens(text, w, cues.cue_words) == expected, text
        seen += len(expected)
    assert seen > 400
