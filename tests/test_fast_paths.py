"""The extraction's shortcuts give what the slow way gives (issue 9, extraction speed).

Why: each shortcut skips work on a premise ("no suffix of spaCy's list matches a word of
letters", "a single value starts at a digit or a number word, after a sign and a hedge",
"a special case that only names its own text changes no token"). These tests check each
premise and compare each shortcut with the plain way on short texts written here and on
many texts put together at random from pieces that stress the edge cases.
"""

from __future__ import annotations

import random
import re
import string

import pytest
import spacy
from spacy.attrs import IDX, IS_ALPHA, IS_STOP, LENGTH, ORTH, SPACY
from spacy.tokens import Doc

from sitrep.extract import doc_values
from sitrep.extract.cue_places import within as _within
from sitrep.extract.date_reading import _months, _windows
from sitrep.extract.date_words import date_words
from sitrep.extract.entities import EVENT_INSTANCE
from sitrep.extract.event_types import event_types, triggers
from sitrep.extract.figure_labels import _before as _label_patterns
from sitrep.extract.figure_labels import labelled_before
from sitrep.extract.figure_scan import single_matches
from sitrep.extract.figure_words import figure_words
from sitrep.extract.nlp import (
    _BOUNDARY,
    _SPACE_LONG_RUN,
    RUN_LIMIT,
    build_nlp,
    may_hold_a_long_run,
)
from sitrep.extract.phrase_lists import phrase_index
from sitrep.extract.phrases import PhraseIndex, phrase_spans
from sitrep.extract.sales_events import sales_events
from sitrep.extract.scan import instance_starts, matches_from, phrase_starts
from sitrep.extract.speech_cues import speech_cues
from sitrep.extract.subjects import event_references
from sitrep.extract.words import Words, by_sentence, same_length_lower
from sitrep.knowledge.gazetteer import fold, load_gazetteer
from sitrep.lang import language_data

TEXTS = [
    "Gen. Ivan Petrenko said on Nov. 3 that 1,200 troops had left.\n\nThey didn't return.",
    "The minister’s aide — who asked not to be named — said: “We won’t comment.”",
    "Mr . Doe and Dr. Roe met at 9 a.m. in Minsk; the U.S.-led drills (Zapad 2021) ended.",
    "x:) ) :-) :P 8) (Reuters) - Containers: 1 2 3 ... o.O C++ 5km 3.5% $4bn US$ 12a.m",
    "more than  $ 5 million, well over 300, some 40-strong units, half a dozen, nineteen",
    "“Union Shield 2023” and Allied-Resolve 2024, O’Brien 2019, the 2022 quake",
    "  leading spaces\t\ttabs\u00a0nbsp  two  spaces \n \n end ",
]

PIECES = [*"ab .,:;()'\"-\n\t\u00a0’—_$€£%", "Mr", "Mr.", "Dr.", "U.S.", "can't", "’s", "'s",
          ":)", ":-)", "a.m", "p.m.", "8)", "o.O", "km", "12", "1,000", "3.5", "one", "twenty",
          "a dozen", "more than", "well over", "us$", "rs.", "-strong", "Zapad", "2021",
          "1999", "“", "”", "O’Brien", "air strike", "fire", "quake", "  ", "\n\n"]


def _random_texts(seed: int, count: int) -> list[str]:
    pick = random.Random(seed)
    return [
        "".join(pick.choice(PIECES) for _ in range(pick.randint(0, 16))) for _ in range(count)
    ]


def _spacy_tokenizer() -> spacy.tokenizer.Tokenizer:
    """spaCy's English tokenizer with sitrep's rules and none of its shortcuts."""
    nlp = spacy.blank("en")
    for abbr in language_data("en").words("tokenizer_abbreviations"):
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    infixes = [*nlp.Defaults.infixes, r"(?<=[a-z])\](?=[A-Z])", r"(?<=[.!?])[\"“”](?=[A-Z])"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(nlp.Defaults.suffixes).search
    return nlp.tokenizer


def test_the_pipeline_tokenizer_gives_spacys_tokens():
    ours, theirs = build_nlp().tokenizer, _spacy_tokenizer()
    assert len(ours.full.rules) < len(theirs.rules)  # special cases that change nothing dropped
    # no NORM: a special case's norm ("'re" -> "are") is lost when its tokens come from the
    # cache (sitrep.extract.tokenizer), and sitrep reads none
    columns = [ORTH, IDX, LENGTH, SPACY, IS_ALPHA, IS_STOP]
    for text in TEXTS + _random_texts(1, 5_000):
        for _ in range(2):  # the second time from spaCy's cache
            assert ours(text).to_array(columns).tolist() == \
                theirs(text).to_array(columns).tolist(), text


def test_no_suffix_or_infix_matches_a_run_of_ascii_letters():
    """The premise of the tokenizer's shortcuts for words of letters."""
    nlp = spacy.blank("en")
    suffix = spacy.util.compile_suffix_regex(nlp.Defaults.suffixes)
    infix = spacy.util.compile_infix_regex(
        [*nlp.Defaults.infixes, r"(?<=[a-z])\](?=[A-Z])", r"(?<=[.!?])[\"“”](?=[A-Z])"])
    letters = string.ascii_letters
    runs = [*letters, *(a + b for a in letters for b in letters),
            *(a + b + c for a in "aAkKmMsS" for b in letters for c in letters)]
    assert not [r for r in runs if suffix.search(r) or infix.search(r)]
    tokenizer = build_nlp().tokenizer.full
    assert tokenizer.suffix_search("Minsk") is None
    assert [m.group() for m in tokenizer.infix_finditer("well-known")] == ["-"]


@pytest.mark.parametrize("texts", [TEXTS, _random_texts(2, 20_000)], ids=["written", "random"])
def test_the_single_value_scan_finds_what_finditer_finds(texts):
    words = figure_words("en")
    for text in texts:
        folded = same_length_lower(text)
        expected = [(m.span(), m.groupdict()) for m in words.single.finditer(folded)]
        assert [(m.span(), m.groupdict()) for m in single_matches(folded, words)] == \
            expected, text
        hits = phrase_index("en").hits(folded)
        assert [(m.span(), m.groupdict()) for m in single_matches(folded, words, hits)] == \
            expected, text


def test_the_event_instance_and_trigger_scans_find_what_finditer_finds():
    types = event_types("en")
    for text in TEXTS + _random_texts(3, 20_000):
        assert [m.span() for m in matches_from(EVENT_INSTANCE, text, instance_starts(text))] \
            == [m.span() for m in EVENT_INSTANCE.finditer(text)], text
        folded = same_length_lower(text)
        found = matches_from(types.trigger, folded, phrase_starts(folded, types.type_of))
        assert [m.span() for m in found] == [m.span() for m in types.trigger.finditer(folded)]
        assert triggers(folded, types, phrase_index("en").hits(folded)) == triggers(
            folded, types)
    assert [m.group("series") for m in matches_from(
        EVENT_INSTANCE, TEXTS[5], instance_starts(TEXTS[5]))] == \
        ["“Union Shield", "Allied-Resolve", "O’Brien"]


def test_the_gazetteer_answers_the_same_the_second_time():
    gaz = load_gazetteer()
    for text in ["Minsk", "MINSK", "Pabrade", "Belarusian", "Nowhere-on-Earth", "Minsk"]:
        assert gaz.place(text) == gaz.places.get(fold(text))
        assert gaz.demonym(text) == gaz.demonyms.get(fold(text))
        assert gaz.place(text) == gaz.places.get(fold(text))
    assert gaz.place("Minsk") is not None and gaz.demonym("Belarusian") == "BY"


def test_a_text_without_an_exercise_noun_refers_to_no_exercise():
    refs = event_references("en")
    sentence = "the drills ended on tuesday."
    assert refs.may_refer(sentence) and refs.refers(sentence, True)
    assert not refs.refers(sentence, refs.may_refer("the talks ended on tuesday."))
    assert refs.may_recall("as happened last time") and not refs.may_recall("as usual")
    # a series named without a year holds an exercise noun too: without one, no search
    pick = random.Random(14)
    pieces = ["Iron", "Shield", "Baltic", " ", "joint ", "drills", "Exercise", "war games",
              "”", "-", "talks"]
    for text in ["The Iron Shield drills began.", "The Baltic talks began.",
                 *("".join(pick.choice(pieces) for _ in range(pick.randint(0, 8)))
                   for _ in range(2_000))]:
        if refs.series.search(text) is not None:
            assert any(noun in same_length_lower(text) for noun in refs.nouns), text


#: The sentence-boundary pattern as it was written before it opened with the punctuation it
#: follows: a look-behind tried at every character (the plain way).
_BOUNDARY_AT_EVERY_CHARACTER = re.compile(
    r"(?:(?<=[.!?\]])|(?=\n))"
    r"(?:(?<=[a-z0-9\)\]%][.!?])[\"”’']?(?=\s+[\"“‘']?[A-Z0-9])"
    r"|(?:(?<=[a-z][\"”’][.!?])|(?<=[a-z] [”’][.!?]))(?=\s+[\"“‘']?[A-Z0-9])"
    r"|(?<=[a-z0-9]{2}[.!?])[\"”’']?(?=[\"“‘]?[A-Z][a-z])"
    r"|(?<=\])(?=[A-Z][a-z])"
    r"|\n+)"
)


def test_the_sentence_boundaries_are_those_of_the_look_behind_pattern():
    pick = random.Random(4)
    pieces = [*".!?]\n \"”’'“‘)%", "ab", "Ab", "9", "x.", "Mr.", "U.S.", "[Minsk]", "The",
              "x”.", "x ”."]
    texts = TEXTS + ["".join(pick.choice(pieces) for _ in range(pick.randint(0, 12)))
                     for _ in range(30_000)]
    for text in texts:
        ours = [(m.start() + (text[m.start()] != "\n"), m.end())
                for m in _BOUNDARY.finditer(text)]
        assert ours == [m.span() for m in _BOUNDARY_AT_EVERY_CHARACTER.finditer(text)], text


def test_phrase_starts_finds_every_position_of_every_phrase():
    phrases = ["attack", "attacks", "air strike", "air strikes", "strike", "fire", "fires", "a"]
    for text in TEXTS + _random_texts(5, 2_000) + ["the attacks and air strikes; fires"]:
        every = {at for p in phrases for at in range(len(text)) if text.startswith(p, at)}
        assert set(phrase_starts(text, phrases)) == every, text


def test_by_sentence_groups_as_a_scan_of_every_sentence():
    doc = build_nlp()(TEXTS[0] + " " + TEXTS[2] + "\n" + TEXTS[5])
    sents = doc._.words.sents
    pick = random.Random(6)
    for _ in range(200):
        starts = [pick.randint(-5, len(doc._.text) + 5) for _ in range(pick.randint(0, 40))]
        plain = [[s for s in sorted(starts) if sent.start_char <= s < sent.end_char]
                 for sent in sents]
        assert by_sentence(sents, starts, lambda s: s) == plain


def test_doc_values_are_the_values_of_doc_underscore():
    """The components read and write through :mod:`sitrep.extract.doc_values`; spaCy's
    ``doc._`` must see the same values, and the reverse."""
    doc = build_nlp()(TEXTS[0])
    for name in ("text", "words", "sent_starts", "dates", "mentions", "cues", "figures",
                 "subjects", "main_event", "published", "never_set"):
        if Doc.has_extension(name):
            assert doc_values.get(doc, name) is getattr(doc._, name)
    assert doc_values.get(doc, "mentions")  # set by the pipeline, read back here
    doc_values.put(doc, "main_event", "Zapad-2021")
    assert doc._.main_event == "Zapad-2021"
    doc._.main_event = None
    assert doc_values.get(doc, "main_event") is None


def test_phrases_within_a_sentence_are_those_find_finds():
    phrases = ["official", "source", "'s ", "’s ", "a"]
    pick = random.Random(7)
    for text in TEXTS + _random_texts(8, 3_000) + ["the officials' sources: nato's source"]:
        found = sorted(phrase_spans(text, phrases))
        for _ in range(5):
            lo = pick.randint(0, len(text))
            hi = pick.randint(lo, len(text))
            assert _within(found, lo, hi) == any(text.find(p, lo, hi) >= 0 for p in phrases)


def test_the_phrase_index_finds_every_place_substring_search_finds():
    """One pass of the automaton over all of the language's lists gives each list the
    places one substring search per word gives (the rules' own lists, on written and random
    texts, and lists that share words or hold a word inside another)."""
    index = phrase_index("en")
    assert len(index.lists) >= 6  # numbers, change stems, event types, sending verbs, ...
    shared = PhraseIndex([("strike", "air strike", "a"), ("air", "a", "ir s"), ("a",), ()])
    texts = [*TEXTS, *_random_texts(9, 3_000), "an air strike: airstrikes; a a"]
    for text in texts:
        folded = same_length_lower(text)
        for idx in (index, shared):
            hits = idx.hits(folded)
            for phrases in idx.lists:
                every = sorted((at, at + len(p)) for p in phrases
                               for at in range(len(folded)) if folded.startswith(p, at))
                assert sorted(hits.spans(phrases)) == every, (text, phrases)
                assert set(hits.starts(phrases)) == set(phrase_starts(folded, phrases))
        # a list the index was not built with is searched on its own
        assert sorted(index.hits(folded).spans(("dri", "ll"))) == sorted(
            phrase_spans(folded, ("dri", "ll")))
    assert PhraseIndex([]).hits("any text").starts(("text",)) == [4]


def test_a_word_list_is_written_in_a_text_as_substring_search_says():
    """``Words.writes_any`` and ``Words.places`` answer from the phrase index what a search
    per word answers (the lists the attribution, subject, sales and vague-amount rules ask
    about, on written and random texts), and the same without an index or for a list the
    index does not hold."""
    index = phrase_index("en")
    asked = [*index.lists, ("nothing listed", "zz"), ("a", "")]
    texts = [*TEXTS, *_random_texts(11, 1_000),
             "Officials in Tartu said on Monday, according to the mayor's office, that "
             "dozens of volunteers, several hundred in all, were given by the city a 12-hour "
             "shift; the number of tents doubled, as happened last year at the exercise."]
    for text in texts:
        folded = same_length_lower(text)
        indexed = Words([], [], [], [], [], [], folded, index.hits(folded))
        plain = Words([], [], [], [], [], [], folded)
        for phrases in asked:
            present = any(p in folded for p in phrases)
            assert indexed.writes_any(phrases) == plain.writes_any(phrases) == present
            places = set(phrase_spans(folded, phrases))
            assert set(indexed.places(phrases)) == set(plain.places(phrases)) == places
            assert indexed.places(phrases) == sorted(indexed.places(phrases))
    # the lists the rules ask about are held by the index, so none is searched word by word
    for listed in (speech_cues("en").anonymous_nouns, speech_cues("en").passive_phrases,
                   event_references("en").nouns, sales_events("en").name_list,
                   figure_words("en").vague_stems):
        assert listed in index.lists


def test_the_date_windows_hold_every_date_phrase():
    """The date pattern run over the windows (anchors found by the phrase index, a month
    only as the pattern writes it) finds what it finds over the whole text."""
    words = date_words("en")
    index = phrase_index("en")
    pick = random.Random(10)
    pieces = [" ", ", ", "-", "\n", "in", "May", "may", "MAY", "Mayor", "Jan.", "jan", "3",
              "2021", "last", "week", "ago", "two", "Friday", "the", "spring", "of", "x" * 30,
              "İ", "İstanbul", "today", "early", "Sept", "sept"]
    texts = [*TEXTS, *_random_texts(10, 2_000), "Jan. 3, last week", "İstanbul " * 30 + "in May",
             *("".join(pick.choice(pieces) for _ in range(pick.randint(0, 30)))
               for _ in range(5_000))]
    for text in texts:
        hits = index.hits(same_length_lower(text))
        for found in (hits, None):
            windowed = [m.span() for start, end in _windows(text, words.anchors, found,
                                                             _months("en"))
                        for m in words.pattern.finditer(text, start, end)]
            assert windowed == [m.span() for m in words.pattern.finditer(text)], text
    assert _months("en")["may"] == "May"


def test_a_label_before_a_number_is_found_as_by_searching_the_whole_window():
    label, number, _ = _label_patterns("en")
    pick = random.Random(11)
    pieces = [*" \n\t\u00a0-’'x", "type", "Type", "TYPES", "phase", "aged", "age", "ages",
              "seventy", "Seventeen", "two", "one", "4", "1,200", "ſize", "k"]
    windows = ["type ", "the type  ", "stage\n", "stage\n\n", "prototype ", "five ", "", " "]
    windows += ["".join(pick.choice(pieces) for _ in range(pick.randint(0, 9)))[-20:]
                for _ in range(20_000)]
    for window in windows:
        plain = bool(label.search(window) or number.search(window))
        assert labelled_before(window, "en") == plain, window
    assert labelled_before("the type ", "en") and not labelled_before("prototype ", "en")


def test_a_text_with_a_long_run_is_never_let_through_by_the_block_test():
    """Every text with a whitespace-free run longer than the limit fails the block test,
    whatever the run's offset, length and the whitespace around it."""
    pick = random.Random(12)
    limit = RUN_LIMIT
    for _ in range(3_000):
        before = "".join(pick.choice(["a", " ", "\n", "\u00a0", "bc"]) for _ in range(
            pick.randint(0, 700)))
        run = "x" * pick.randint(limit - 3, limit + 4)
        after = "".join(pick.choice(["a", " ", "\t"]) for _ in range(pick.randint(0, 300)))
        text = before + " " + run + " " + after
        if _SPACE_LONG_RUN.search(" " + text) is not None:
            assert may_hold_a_long_run(text), (len(before), len(run))
    assert not may_hold_a_long_run("word " * 2_000)
    assert may_hold_a_long_run("word " * 200 + "x" * 501)


def test_the_date_pattern_finds_what_it_finds_when_tried_at_every_word():
    """The date pattern is tried only at a word that starts with a digit or the first
    letter, then the first word, of a word that can open a phrase: it finds what it finds
    tried at every word."""
    words = date_words("en")
    source = words.pattern.pattern
    head = source[:source.index("(?:(?P<range>")]
    assert head.count("(?=") == 2  # both shortcuts are in place
    every_word = re.compile(r"\b(?=\w)" + source[len(head):])
    pick = random.Random(13)
    pieces = [" ", " ", ", ", ".", "-", "–", "\n", "the", "The", "THE", "of", "In", "iN",
              "ſince", "SINCE", "İn", "Kelvin", "Jan.", "January", "Sept", "May", "may", "MAY",
              "3", "21st", "2021", "1990s", "12", "last", "Last", "next", "week", "weeks",
              "ago", "two", "Two", "an", "today", "Today", "Friday", "on", "On", "early",
              "Early", "mid", "summer", "Summer", "fall", "between", "Between", "and", "to",
              "earlier", "this", "year", "years", "month", "٣", "x", "Zapad", "her", "Her"]
    texts = [*TEXTS, *("".join(pick.choice(pieces) for _ in range(pick.randint(0, 14)))
                       for _ in range(20_000))]
    for text in texts:
        assert [(m.span(), m.lastgroup) for m in words.pattern.finditer(text)] == \
            [(m.span(), m.lastgroup) for m in every_word.finditer(text)], text


def test_the_vague_amounts_tried_at_their_first_words_are_those_finditer_finds():
    """The vague patterns run only where one of their first words is written; on written
    and random texts they find what a scan of every position finds."""
    words = figure_words("en")
    pieces = ["dozens", "hundreds", "tens", "of", "thousands", "several", "more", " ",
              "  ", "\n", "-", "scores", "millions", ",", "a few", "x"]
    pick = random.Random(12)
    texts = [*TEXTS, "Several hundreds of thousands of voters in Porto; tens of\nthousands more.",
             "Rescuers in Bergen found dozens more, and scores of boats; hundreds of them "
             "sank, injuring hundreds.", *_random_texts(13, 500),
             *("".join(pick.choice(pieces) for _ in range(pick.randint(0, 12)))
               for _ in range(2_000))]
    index = phrase_index("en")
    for text in texts:
        folded = same_length_lower(text)
        hits = index.hits(folded)
        for pattern, openers in ((words.vague, words.vague_openers),
                                 (words.vague_bare, words.vague_bare_openers)):
            found = matches_from(pattern, folded, hits.starts(openers))
            assert [m.span() for m in found] == [m.span() for m in pattern.finditer(folded)]


def test_a_measures_family_is_the_same_when_asked_again():
    """The family of a measure is kept by the language's words: asked twice, or with a
    copy of those words (which keeps nothing), the answer is the one read afresh."""
    from dataclasses import replace

    from sitrep.extract.counted import family_of
    from sitrep.extract.figure_words import figure_words

    words = figure_words("en")
    copy = replace(words)  # the same words, another object: answered without the memory
    measures = ("Russian troops", "S&P 500 gain", "revenue growth", "hit to economic growth",
                "dates", "people killed in Pokhara", "Marines", "")
    for measure in measures:
        for unit in (None, "%", "day", "km", "USD"):
            fresh = family_of(measure, unit, copy)
            assert family_of(measure, unit, words) == fresh
            assert family_of(measure, unit, words) == fresh
    assert family_of("Russian troops", None, words) == "participants"
    assert family_of("S&P 500 gain", "%", words) == "s&p 500"


def test_only_one_character_lowers_to_several():
    """``plain_lower`` reads a text's lower case off its same-length form unless the text
    holds the one character whose lower case is longer: no other is."""
    import sys

    from sitrep.extract.words import EXPANDS_ON_LOWER, plain_lower, same_length_lower

    longer = [chr(c) for c in range(sys.maxunicode + 1) if len(chr(c).lower()) != 1]
    assert longer == [EXPANDS_ON_LOWER]
    for text in ("ΟΔΟΣ Σ Kestrel Foods’ ſ K", "İzmir and ISTANBUL", ""):
        assert plain_lower(text, same_length_lower(text)) == text.lower()
