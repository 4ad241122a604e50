"""The literal gates before the figure context searches give the searches' answers.

Why: a gate skips a regex search when a cheap test shows it cannot match; it must never
change an answer, on any input, not only on the benchmark texts.
"""

from __future__ import annotations

import itertools

from sitrep.extract.figure_context_words import context_words
from sitrep.extract.figure_labels import _before, labelled_before
from sitrep.extract.literals import holds_pieces, pattern_pieces


def _plain(window: str, lang: str) -> bool:
    """labelled_before without its gate: the two searches alone."""
    if not window[-1:].isspace():
        return False
    label, number, reach = _before(lang)
    start = max(0, len(window.rstrip()) - reach)
    return bool(label.search(window, start) or number.search(window, start))


def test_labelled_before_gate_matches_the_searches() -> None:
    lasts = ["Phase", "phase", "TYPE", "types", "killed", "Twenty", "twenty-", "seven",
             "sevens", "x7", "7", "٣", "Étape", "aged", "rooms", "", "le-vel", "K", "ſeven"]
    leads = ["", " ", "in ", "the\n", "Room-", "x", "’"]
    tails = [" ", "  ", "\n", " \n", "\u00a0", "\t "]
    for lead, last, tail in itertools.product(leads, lasts, tails):
        window = f"Harlow Foods said {lead}{last}{tail}"[-20:]
        for lang in ("en",):
            assert labelled_before(window, lang) == _plain(window, lang), (window, lang)


def test_pattern_pieces_are_necessary() -> None:
    words = context_words("en")
    for pattern in (words.pool_before, words.supposed_after, words.talk_span_before):
        pieces = pattern_pieces(pattern)
        for text in ("ranked 4th among ", "He is 3rd AMONG the ", "40 homes would have "
                     "flooded", "been saying for ", "She was 9th in Leeds"):
            if pattern.search(text):
                assert holds_pieces(text, text.lower(), pieces)


def test_vague_range_starts_find_every_match() -> None:
    from types import SimpleNamespace

    from sitrep.extract.figure_vague import _range_starts
    from sitrep.extract.figure_words import figure_words
    from sitrep.extract.scan import matches_from, phrase_starts

    words = figure_words("en")
    pieces = ["a few", "a  few", "a\nfew", "A few", "several", "several hundred",
              "a few thousand", "idea few", "fewer", "a fewer", "seVeral", "asa few",
              "a\u00a0few", "a few\u2009hundred", "several\tthousand", "a", " ", "few"]
    for left, right in itertools.product(pieces, repeat=2):
        folded = f"Ashford saw {left} {right} rangers, {right}".lower()
        table = SimpleNamespace(phrase_starts=lambda p, t=folded: phrase_starts(t, p))
        starts = _range_starts(SimpleNamespace(folded=folded, table=table),
                               tuple(words.vague_ranges))
        assert starts is not None
        got = [m.span() for m in matches_from(words.vague_range, folded, starts)]
        assert got == [m.span() for m in words.vague_range.finditer(folded)], folded


def _names_a_thing_plain(text, m, words) -> bool:  # type: ignore[no-untyped-def]
    """names_a_thing as it was, each pattern searched with no gate before it."""
    from sitrep.extract import figure_labels as fl

    start, end = m.start(), m.end()
    if fl._TIME_OR_RATIO.match(text, end, end + 2):
        return True
    if fl._WORD_BEFORE_DIGIT.search(text, max(0, start - 2), start + 1) or (
            text[start - 1:start] == "#" or text[max(0, start - 4):start].rstrip()
            .endswith("No.")) or (text[end:end + 2].lstrip()[:1] in ("a", "p")
                                  and fl._CLOCK_AFTER.match(text, end)):
        return True
    num = m.group("num")
    if num.endswith("k") and fl._RESOLUTION.fullmatch(text, m.start("num"), m.end("num")) and (
            not m.group("cur")):
        return True
    if not num[:1].isdigit() or m.group("cur"):
        return False
    if fl._SPACED_BEFORE_NAME.search(num) and fl._NAME_AFTER.match(text, m.end("num")):
        return True
    return _plain(text[max(0, start - fl._WINDOW):start], words.lang)


def test_names_a_thing_gates_match_the_searches() -> None:
    from sitrep.extract.figure_labels import names_a_thing
    from sitrep.extract.figure_words import figure_words

    words = figure_words("en")
    befores = ["", " ", "F-", "F–", "x", "É", "٣", "3/", "3:", "2022-", "#", "No. ", "type ",
               "Daily", " (", "$", "about ", "Phase  ", "killed ", "twenty-", "seven "]
    afters = ["", " ", ":30", "/4", "/x", " p.m.", "am", "K", "k", " 000 Max", "%", "٣"]
    for before, after in itertools.product(befores, afters):
        for number in ("12", "4", "seven", "13 000", "٣"):
            text = f"{before}{number}{after} at Kelso"
            for m in words.single.finditer(text.lower()):
                assert names_a_thing(text, m, words) == _names_a_thing_plain(
                    text, m, words), text


def test_background_gates_give_the_searches_answers(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from sitrep.extract import figure_background as fb

    words = fb.background_words("en")
    page = fb.page_background(words, False)
    sentences = ["In the Middle Ages the town of Kelso lost 300 homes.",
                 "Floods around the WORLD killed 40 in 2009.",
                 "Researchers studied 400 farms between 2008 and 2016.",
                 "The Tweed mill will build three ferries through 2024.",
                 "Over the CENTURIES 12 bridges fell; in 2019 two more.",
                 "Worldwide, 5 plants closed in 2020.", "Globally ſome 4 sites",
                 "İn 2010 the Kelso dam held 12 pumps.", "Nothing here at all."]
    results = []
    for sentence in sentences:
        for bg in (words, page):
            for said in (None, date(2019, 5, 1)):
                results.append(fb.of_another_time_or_scope(sentence, lambda: 2021, said, bg))
    monkeypatch.setattr(fb, "holds_pieces", lambda *args: True)
    plain = [fb.of_another_time_or_scope(sentence, lambda: 2021, said, bg)
             for sentence in sentences for bg in (words, page)
             for said in (None, date(2019, 5, 1))]
    assert results == plain and any(plain) and not all(plain)
