"""The document layer's shortcuts give what the plain way gives (issue 9, extraction speed).

Why: the sentences component reads a sentence end's last word without a pattern search and
finds the tokens that start sentences without array operations over the whole text. Each
shortcut is compared here with the plain way it replaced, on texts written here and on
many texts put together at random from pieces that stress the edge cases.
"""

from __future__ import annotations

import copy
import random
import re
import sys

import numpy

from sitrep.extract.date_words import _openers, _pattern, date_words
from sitrep.extract.events import _inside
from sitrep.extract.figure_matters import title_tokens
from sitrep.extract.sentence_starts import (
    MAX_SENTENCE_CHARS,
    _is_word,
    ends_with_abbreviation,
    first_tokens,
)
from sitrep.extract.words import Sentence, by_sentence
from sitrep.lang import language_data

_LAST_WORD = re.compile(r"(\w+)\.[\"”’']?$")
_ABBREVIATIONS = frozenset({"gen", "nov", "mr", "approx", "st", "u", "i̇st"})


def _plain_abbreviation(text: str, at: int) -> bool:
    word = _LAST_WORD.search(text, max(0, at - 24), at)
    return bool(word) and word.group(1).lower() in _ABBREVIATIONS


def test_a_word_character_is_what_the_matcher_calls_one():
    word = re.compile(r"\w")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert _is_word(char) == bool(word.fullmatch(char)), hex(code)


def test_an_abbreviation_before_a_sentence_end_is_found_as_the_pattern_finds_it():
    pieces = [*".\"”’'\n _-,(", "Gen", "gen", "Nov", "MR", "Approx", "approximately", "St",
              "U", "İST", "İst", "x", "ab9", "١٢", "Ⅻ", "é", "ß", "Mr.", "Nov.”", "a" * 30]
    pick = random.Random(11)
    texts = ["Gen. Lena Varga said.", "on Nov.” she said", "Mr.\nRoe", "approx.\n",
             "It is 4 p.m.'\n", "..", "x.", ".", ""]
    texts += ["".join(pick.choice(pieces) for _ in range(pick.randint(0, 14)))
              for _ in range(20_000)]
    longest = max(map(len, _ABBREVIATIONS))
    for text in texts:
        for at in range(len(text) + 1):
            assert ends_with_abbreviation(text, at, _ABBREVIATIONS, longest) == \
                _plain_abbreviation(text, at), (text, at)


def _plain_first_tokens(offsets: list[int], starts: set[int], length: int) -> list[int]:
    """The array way the component used before, kept here to compare with."""
    array = numpy.array(offsets, dtype="int64")
    starting = numpy.zeros(length + 1, dtype=bool)
    starting[list(starts)] = True
    flags = numpy.where(starting[array], 1, -1)
    if not len(flags):
        return []
    flags[0] = 1
    firsts = numpy.flatnonzero(flags == 1)
    sentence_starts = array[firsts]
    ends = numpy.append(sentence_starts[1:], length)
    long = ends - sentence_starts > MAX_SENTENCE_CHARS
    cuts = []
    for start, end in zip(sentence_starts[long].tolist(), ends[long].tolist(), strict=True):
        at = start + MAX_SENTENCE_CHARS
        while at < end:
            token = int(numpy.searchsorted(array, at))
            if token >= len(array) or array[token] >= end:
                break
            cuts.append(token)
            at = int(array[token]) + MAX_SENTENCE_CHARS
    if cuts:
        flags[cuts] = 1
        firsts = numpy.flatnonzero(flags == 1)
    return firsts.tolist()


def test_the_first_tokens_of_sentences_are_those_the_arrays_gave():
    pick = random.Random(12)
    for case in range(3_000):
        length = pick.choice([0, 1, 40, 900, 7_000, 20_000])
        gaps = pick.choice([1, 5, 300, 2_500])
        offsets = sorted(pick.sample(range(length), min(length, length // gaps + 1))) \
            if length else []
        # sentence starts at some token offsets, some between tokens, one at the end
        starts = {pick.randint(0, length) for _ in range(pick.randint(0, 30))}
        starts |= {at for at in offsets if pick.random() < 0.05}
        assert first_tokens(offsets, starts, length) == _plain_first_tokens(
            offsets, starts, length), case


def _plain_title_words(text: str) -> list[tuple[int, int, str, str, bool, bool]]:
    """The words of a headline or a sentence as :func:`title_tokens` read them with a
    pattern search for the possessive and a strip of every gap between words."""
    possessive = re.compile(r"[’']s?$")
    out: list[tuple[int, int, str, str, bool, bool]] = []
    for m in re.finditer(r"[^\W_][\w’'.&+-]*", text):
        word, end = m.group(0), m.end()
        if word.endswith(".") and "." not in word[:-1] and not (
                len(word) <= 3 and word.isupper()):
            word, end = word[:-1], end - 1
        while word[-1] in "’'":
            word, end = word[:-1], end - 1
        joined = bool(out) and not text[out[-1][1]:m.start()].strip(" ’'/")
        word = possessive.sub("", word) or word
        out.append((m.start(), end, word, word.lower(), word[0].isupper(), joined))
    return out


def test_the_words_of_a_title_are_read_as_the_pattern_and_strip_read_them():
    pieces = [*"’'s. -&+_/,", "  ", "Kestrel", "Motors", "S", "ID", "L.A", "9", "é", "’s", "'s",
              "s’", "x’s’", "Varga’s."]
    pick = random.Random(13)
    texts = ["Kestrel Motors’ results", "Varga's team", "the U.S.’s plan", "’s", "a’s’"]
    texts += ["".join(pick.choice(pieces) for _ in range(pick.randint(0, 10)))
              for _ in range(20_000)]
    for text in texts:
        assert [tuple(t) for t in title_tokens(text)] == _plain_title_words(text), text


def _date_texts(table: dict, seed: int, count: int) -> list[str]:
    """Texts made of the words a date phrase opens with, of words that merely start like
    them, and of phrases, in every case and with every kind of space between them."""
    openers, either = _openers(table)
    words = [*openers, *either, "Kelvin", "ſince", "İn", "ın", "after", "another", "eleventh",
             "theft", "Mayor", "Junes", "3rd", "21", "2021", "1990s", "week", "weeks", "ago",
             "years", "month", "of", "and", "to", "–", "٣", "x", "Mondays", "todays",
             "Sepember", "Septx", "Jan.", "Sept.", "Mar.x", "then", "there", "ones", "twos",
             "midst", "mid-", "the end of", "the first half of", "fall of", "falls", "lately",
             "fromage", "inside", "by-", "summer", "summers", "an", "anx", "_", "é", "ⅸ", "Ⅸ",
             "last week", "earlier this month", "days ago", "In May", "the 2000s", "0", "05",
             "9", "10th", "31", "32", "1999", "2000", "2021-01-05", "10:45", ":", "1,000",
             "day", "days", "weeks", "months", "year", "through", "and", "—", "-", "st", "th",
             "May2021", "week of", "this", "period", "1950s", "2010", "from 10 to 12 May",
             "between 3 and 5 June 2021", "10 and 12 May", "May 3 and 5", "3 to 5 March",
             "Jan. 10 - Feb. 2, 2022", "10th to 12th", "mid-2021", "a year ago", "3 weeks ago",
             "next summer", "later this month", "the summer of 2022", "from May 2 to 5"]
    pick = random.Random(seed)

    def cased(word: str) -> str:
        return pick.choice([word, word, word.lower(), word.upper(), word.title()])

    seps = [" ", " ", " ", ", ", "-", "\n", "", "\u00a0", ".", "\t"]
    return ["".join(cased(pick.choice(words)) + pick.choice(seps)
                    for _ in range(pick.randint(0, 12))) for _ in range(count)]


def _same_as_without_opening_checks(pattern: re.Pattern[str], texts: list[str]) -> None:
    body = pattern.pattern.index("(?:(?P<range>")
    assert len(pattern.pattern[:body]) > 1_000  # the first letters and the first words
    plain = re.compile(r"\b" + pattern.pattern[body:], pattern.flags)
    for text in texts:
        assert [(m.span(), m.lastgroup) for m in pattern.finditer(text)] == \
            [(m.span(), m.lastgroup) for m in plain.finditer(text)], text


def test_the_date_pattern_finds_what_it_finds_without_its_first_word_test():
    """The date pattern checks the first word a phrase can open with, and what may follow
    it, before its alternatives; on texts made of those words and of words that merely
    start like them, in every case, it finds what it finds without its opening checks."""
    table = language_data("en").table("date_words")
    _same_as_without_opening_checks(date_words("en").pattern, _date_texts(table, 14, 40_000))


def test_the_date_patterns_first_word_test_holds_for_words_of_several_roles():
    """A table whose words open phrases of several kinds (a word that is a day and a part
    of the year, a preposition of two words, a count that is the article): the test of
    the first words still lets through every phrase the pattern finds."""
    en = date_words("en")
    table = copy.deepcopy(language_data("en").table("date_words"))
    table["period_shifts"]["late"] = -1
    table["weekday_prefixes"].append("early")
    table["period_near"].append("early")
    table["days"]["mid"] = 0
    table["days"]["the day after"] = 1
    table["ago"]["counts"].append("the")
    table["range_openers"].append("as from")
    table["parts_of_year"]["the very end of"] = "late"
    table["month_prepositions"].append("up to")
    table["year_prepositions"].append("up to")
    pattern = _pattern(table, en.month, en.day, en.to)
    extra = ["as from 10 to 12 May", "up to May", "UP TO 2021", "the day after", "the very end",
             "the very end of 2021", "as", "up", "very", "early Friday", "late summer"]
    texts = _date_texts(table, 15, 30_000)
    pick = random.Random(16)
    texts += [" ".join(pick.choice([*extra, *text.split(" ")]) for _ in range(8))
              for text in texts[:10_000]]
    _same_as_without_opening_checks(pattern, texts)


def test_a_sentences_items_are_its_group_of_by_sentence():
    """The events component reads the dates and mentions of the sentences that report an
    event only: the same as their groups of the grouping of every sentence."""
    pick = random.Random(15)
    for _ in range(2_000):
        cuts = sorted(pick.sample(range(1, 400), pick.randint(1, 12)))
        sents = [Sentence(0, 0, a, b) for a, b in zip([0, *cuts], cuts, strict=False)
                 if pick.random() < 0.8]  # gaps between sentences too
        items = [pick.randint(-5, 405) for _ in range(pick.randint(0, 40))]
        groups = by_sentence(sents, items, lambda at: at)
        for sent, group in zip(sents, groups, strict=True):
            assert _inside(iter(items), lambda at: at, sent.start_char, sent.end_char) == group


def test_the_boundary_pattern_reads_the_spaces_after_each_end_as_a_match_of_them_would():
    from sitrep.extract.nlp import _BOUNDARY

    spaces = re.compile(r"\s*")
    pick = random.Random(13)
    pieces = [*".!?]\n \t\u00a0\u2009\"”’'“‘)%", "ab", "Ab", "9", "x.", "Mr.", "The", "\n\n "]
    for _ in range(20_000):
        text = "".join(pick.choice(pieces) for _ in range(pick.randint(0, 14)))
        for m in _BOUNDARY.finditer(text):
            assert m.end(1) == spaces.match(text, m.end()).end(), text


def test_the_verbs_of_saying_are_the_tokens_a_test_of_each_token_finds():
    from itertools import compress

    from sitrep.extract.cue_places import verb_tokens
    from sitrep.extract.nlp import build_nlp
    from sitrep.extract.speech_cues import speech_cues

    nlp, cue_words = build_nlp(), speech_cues("en").cue_words
    pieces = [" ", " ", "\n", ".", ",", "“", "”", "said", "Said", "SAID", "unsaid", "saidx",
              "asked", "AS\u212aED", "İ", "told", "Told", "stated", "statement", "Ada Lind",
              "added", "address", "-", "'s", "ΟΔΟΣ", "says", "warned", "x"]
    pick = random.Random(14)
    texts = ["Ada Lind said. İ AS\u212aED", "AS\u212aED and said", ""]
    texts += ["".join(pick.choice(pieces) for _ in range(pick.randint(0, 30)))
              for _ in range(1_500)]
    for text in texts:
        words = nlp(text)._.words
        plain = list(compress(range(len(words.lower)), map(cue_words.__contains__,
                                                          words.lower)))
        assert verb_tokens(text, words, cue_words) == plain, text
