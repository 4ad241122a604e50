"""The gates before the promotion cues skip only searches that could not match.

A gate is a speed-up: a line's promotion score must be what searching every cue gives.
"""

from __future__ import annotations

import random
import re

from sitrep.clean.cue_gates import MATCH_ASCII, gated_count, needs
from sitrep.clean.lexicon import lexicon


def plain_count(text: str, cues: tuple[re.Pattern[str], ...]) -> int:
    return sum(1 for cue in cues if cue.search(text))


def test_gates_are_read_off_the_patterns():
    def gate(pattern: str) -> tuple[str, ...] | None:
        return needs(re.compile(pattern, re.I))

    assert gate(r"\bdownload\w*\b") == ("download",)
    assert gate(r"\bprivacy policy\b|\bterms of (?:use|service)\b") == (
        "privacy policy", "terms of ")
    assert gate(r"\bsubscri(?:be|ption|bers?)\b") == ("subscri",)
    assert gate(r"(?:ab)+cd?") == ("ab",)  # a repeat of at least one is needed
    assert gate(r"(?:xyz)?q") == ("q",)  # an optional group is not
    assert gate(r"\bFOO\b") == ("foo",)  # lower case: the line is lowered to test it
    # nothing every match must hold: no gate, the cue is always searched
    assert gate(r"\w+") is None
    assert gate(r"\bfoo\b|\d+") is None
    assert gate(r"[ab]c?") is None
    assert gate("\u017fx") == ("x",)  # a non-ASCII literal is no requirement


def test_only_four_characters_match_an_ascii_one_when_case_is_ignored():
    """The gate's proof rests on this list: check it against ``re`` itself."""
    ascii_char = re.compile("[!-~]", re.I)
    found = {chr(c) for c in range(128, 0x110000) if ascii_char.fullmatch(chr(c))}
    assert found == set(MATCH_ASCII)


def test_every_english_cue_has_a_gate():
    lex = lexicon()
    assert len(lex.promo_gates) == len(lex.promo_cues)
    assert all(gate for gate in lex.promo_gates)


def test_gated_count_equals_searching_every_cue():
    lex = lexicon()
    cues, gates = lex.promo_cues, lex.promo_gates
    lines = ["Download our APP from the App Store or Google Play",
             "SUBSCRIBE to the newsletter for $4.99 a month",
             "Support independent journalism: donate monthly",
             "\u017fubscribe now and download the app",  # a long s: every cue searched
             "The \u212aelvin-sign app, cookies and privacy policy",
             "It happened at the opposite site of the approach road",
             "“Download” the app — it’s €5 per month, says Zoë",
             "İn your inbox: SİGN UP, this sıte",
             "Sign up for alerts in your inbox. Log in to this site",
             ""]
    fragments = [w for cue in cues for w in re.findall(r"[a-z$]+", cue.pattern)]
    fragments += ["the", "Our", "THIS", "x", "4", ".", "\u00e9", "\u2019", *MATCH_ASCII]
    rng = random.Random(7)
    for _ in range(3000):
        words = rng.choices(fragments, k=rng.randint(1, 9))
        text = rng.choice([" ", "", "-"]).join(words)
        lines.append("".join(c.upper() if rng.random() < 0.3 else c for c in text))
    for line in lines:
        assert gated_count(line, line.lower(), cues, gates) == plain_count(line, cues), line


def test_furniture_lines_are_found_as_without_gates():
    lex = lexicon()
    assert "\u00a9" in lex.furniture_gates[1]  # a caseless literal is a gate string too
    lines = ["\u00a9 2025 The Harbour Ledger. All Rights Reserved", "(C) 2024 Example",
             "Reporting by Anna Novak; editing by Pavel Weber", "TAGS: port, strike",
             "More from Europe", "We use COOKIES", "Share this: Facebook Tweet Email",
             "Privacy Notice | Terms of Service", "The views expressed are the author's",
             "S\u0130GN UP \u2014 \u017fhare this", "The mayor said the port would reopen."]
    for line in lines:
        plain = next((why for pattern, why in lex.furniture_lines if pattern.search(line)),
                     None)
        widgets = line.lower() and all(
            w in lex.widget_vocabulary for w in re.findall("[0-9a-z]+", line.lower()))
        assert lex.furniture_line(line) == plain or (plain is None and widgets), line
