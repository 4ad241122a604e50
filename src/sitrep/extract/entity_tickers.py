"""A stock's ticker in brackets after a firm's name: "Corvane Home (NYSE: CVH) said",
"Northwind Foods (ticker: NWF) reported earnings of ...", "Corvane Home (CVH) posted".

Why apart: a labelled ticker ("NYSE:", "ticker:") says the name before it is a listed
firm's, whatever its words look like (two capitalised words read as a person's name
otherwise), so the entity finder reads it as an organisation; and the bracket, labelled or
bare, stands between the firm and its verb, where the rules that read a firm as a verb's
subject look for the name (:mod:`.firm_subjects`). The labels are the language's
(``entity_words``: ``ticker_labels``).
"""

from __future__ import annotations

import re
from functools import cache

from ..lang import language_data, longest_first
from .opening import fast_pattern
from .words import Words

#: the longest bracket read, in tokens: "(", a label of two words, ":", the code, ")"
_LONGEST = 7
#: a ticker: two capitals or more (digits, a dot) that a bracket holds ("(CVH)", "(BRK.B)";
#: not "(D)", a party)
_BARE = r"[A-Z][A-Z0-9]{1,5}(?:\.[A-Z])?"
#: a ticker after its label may be one capital ("(NYSE: F)")
_CODE = r"[A-Z][A-Z0-9]{0,5}(?:\.[A-Z])?"


@cache
def _labelled(lang: str) -> re.Pattern[str] | None:
    labels = language_data(lang).table_part("entity_words", "ticker_labels")
    if not labels:
        return None
    return fast_pattern(rf"\(\s*(?:{longest_first(labels)})\s*:\s*{_CODE}\s*\)")


@cache
def _bracket(lang: str) -> re.Pattern[str] | None:
    labels = language_data(lang).table_part("entity_words", "ticker_labels")
    if not labels:
        return None
    return fast_pattern(
        rf"\(\s*(?:(?:{longest_first(labels)})\s*:\s*{_CODE}|{_BARE})\s*\)")


def ticker_after(text: str, end: int, lang: str) -> bool:
    """Whether a labelled ticker in brackets follows offset ``end`` (a name's end) after
    at most one space: "Corvane Home (NYSE: CVH)"."""
    at = end + 1 if text[end:end + 1] == " " else end
    if text[at:at + 1] != "(":
        return False  # every ticker opens with its bracket: most names have none after
    pattern = _labelled(lang)
    return pattern is not None and pattern.match(text, at) is not None


def before_ticker(text: str, words: Words, k: int, lo: int, lang: str) -> int:
    """The token before a ticker's bracket (labelled or bare) that ends at token ``k``,
    not before token ``lo``; ``k`` itself when no such bracket ends there."""
    pattern = _bracket(lang)
    if pattern is None or words.text[k] != ")":
        return k
    opening = next((x for x in range(k - 1, max(lo, k - _LONGEST) - 1, -1)
                    if words.text[x] == "("), None)
    if opening is None or opening <= lo:
        return k
    span = text[words.idx[opening]:words.end_char(k)]
    return opening - 1 if pattern.fullmatch(span) else k
