"""The figure stage's shortcuts give what the plain way gives (issue 9, extraction speed).

Why: each shortcut rests on a premise ("only "İ" lower-cases to two characters", "a phrase
ends at a place only with its own last character", "a "one" in words that no count comes
right before is dropped whatever it counts"); these tests check the premise or compare the
shortcut with the plain way on texts written here and put together at random.
"""

from __future__ import annotations

import random

from sitrep.extract import extract_text
from sitrep.extract.counted_sets import _percents_of, _verbs_of, percent_words, plain_verbs
from sitrep.extract.figure_matters import matter_words, title_tokens
from sitrep.extract.figure_predicates import predicates
from sitrep.extract.figure_scan import _GLUED, _by_last, _phrases, _starts
from sitrep.extract.figure_words import figure_words
from sitrep.extract.matter_fallbacks import _may_head


def test_only_one_character_lowers_to_several() -> None:
    """measure_shares reads the document's same-offset lower case for ``str.lower``: the
    two differ only on a text holding such a character, which its rules read apart."""
    several = [chr(c) for c in range(0x110000) if len(chr(c).lower()) != 1]
    assert several == ["\u0130"]


def _plain_starts(folded: str, found: list[int], currencies: tuple[str, ...],
                  hedges: tuple[str, ...]) -> set[int]:
    numbers = [at for at in found if not at or folded[at - 1] not in _GLUED]
    starts = set(numbers)
    for at in numbers:
        before = [at]
        for end in (at, at - 1):
            if end > 0 and folded.endswith(currencies, 0, end):
                before += [end - len(s) for s in currencies if folded.endswith(s, 0, end)]
        if len(before) > 1:
            starts.update(before)
        for end in before:
            space = end
            while space > 0 and folded[space - 1].isspace():
                space -= 1
            if space < end and folded.endswith(hedges, 0, space):
                starts.update(space - len(h) for h in hedges if folded.endswith(h, 0, space))
    return starts


def test_grouped_signs_and_hedges_find_the_same_starts() -> None:
    _, currencies, hedges = _phrases("en")
    rnd = random.Random(30)
    pieces = [*currencies, *hedges, " ", "  ", "1", "12", "x", ",", "\n", "of", "than"]
    for signs, leads in ((currencies, hedges), ((*currencies, ""), ("", *hedges)), ((), ())):
        for _ in range(1500):
            text = "".join(rnd.choice(pieces) + rnd.choice(["", " "])
                           for _ in range(rnd.randint(0, 12)))
            found = [k for k, c in enumerate(text) if c.isdigit()] + [0]
            assert _starts(text, found, _by_last(signs), _by_last(leads)) == _plain_starts(
                text, found, signs, leads), text


def test_stem_states_give_the_first_state_a_stem_opens() -> None:
    told = predicates("en")

    def plain(stem: str) -> str | None:
        if len(stem) < 4:
            return None
        return next((state for word, state in told.states.items()
                     if " " not in word and word.startswith(stem)
                     and len(word) - len(stem) <= 3), None)

    stems = {w[:k] + tail for w in told.states for k in range(len(w) + 1) for tail in ("", "x")}
    for stem in stems | {"", "kill", "arrestin"}:
        assert told._stem_states.get(stem) == plain(stem), stem


def test_word_sets_are_the_tables() -> None:
    words = figure_words("en")
    assert plain_verbs(words) == _verbs_of(words)
    assert percent_words(words) == _percents_of(words)


def test_a_head_word_is_never_missed() -> None:
    heads = matter_words("en").lead_heads
    texts = ["Because of this, nobody came.", "İstanbul deal talks", "x_deal and -deal."]
    for head in heads:
        texts += [f"a new {head} today", f"the x{head} now", f"the {head.upper()}.",
                  f"(‘{head}’s)", f"9{head}", f"İ {head}", f"ſ{head}"]
    for text in texts:
        if any(t.low in heads for t in title_tokens(text)):
            assert _may_head(text, text.lower(), heads), text


def test_a_lone_one_reads_as_before() -> None:
    """Pinned against the plain reading: "one" after a count is kept, a unit that takes a
    smaller part ("one hour and 15 minutes") is read in full, a lone "one" is dropped."""
    found = extract_text("Crews saved four barns and one mill in Leeds. The repair took one "
                         "hour and 15 minutes. One of the drivers was hurt.").figures
    said = {(f.low, f.unit, f.measure) for f in found}
    assert (1.0, None, "mill in Leeds") in said
    assert any(f.unit == "minute" and f.low == 75 for f in found)
    assert not any(f.evidence.text.lower().startswith("one of") for f in found)
