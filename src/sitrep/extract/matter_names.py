"""Where a name of capitalised words starts and ends: a name is taken whole or not at all.

Why: a named matter is a run of capitalised words with a head (:mod:`.figure_matters`).
Cut in the wrong place, the run names a fragment: "the Coastal Survey on Farm Wages and
Housing" gave "Coastal Survey", "the Nordic Cup by Halvern Bank Finals" gave "Halvern Bank
Finals" (the sponsor's part), and "Tickets for the Halvern Open Finals sold out" gave
"Tickets for the Halvern Open Finals" (a sentence's first word, capitalised by its place).

The rules:

- connectors ("of", "for", "the", "on") join the capitalised words on either side of them
  ("Festival of Lights", "Tour de France");
- "and" (or "&") joins two capitalised words inside a name that has passed a connector
  already: the topics of a survey or a festival ("on Farm Wages and Housing", "of Food and
  Wine"). With no connector before it, "and" joins two names ("the Davis Cup and Fed Cup")
  and ends the run;
- a sentence's first word followed by connectors that hold an article ("Tickets for the
  ...") is no part of the name: the article opens another noun phrase, and the first word
  is capitalised only by its place (unless it is a head: "Festival of the Sea");
- two names joined by "by" ("the Nordic Cup by Halvern Bank Finals") are one: a sponsor's
  name written into an event's. "by" before a body that is no matter ("a report by the
  Harbour Institute") joins nothing, since only names with a head are matters;
- a title is not cut at a separator inside brackets ("[Harbour Lights: A Musical] Reviews
  from Our Readers"): the bracket holds one name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .figure_matters import MatterWords, _Token

CONNECTORS = frozenset({"of", "for", "de", "the", "on", "&"})
#: the words that join two topics inside a name ("Food and Wine")
_AND = frozenset({"and", "&"})
#: the articles that open a noun phrase: after a sentence's first word, a new one
_ARTICLES = frozenset({"the", "a", "an"})
#: the word that joins a sponsor's name to an event's
_SPONSOR = " by "
_OPENING, _CLOSING = "([{", ")]}"


def name_runs(tokens: list[_Token], words: MatterWords) -> list[tuple[int, int]]:
    """(first, last) token indexes of the runs of capitalised words, connectors between
    them allowed ("Festival of Lights"), without a leading sentence word ("The", "After")."""
    runs = []
    i = 0
    while i < len(tokens):
        if not tokens[i].capitalised or tokens[i].low in words.not_names:
            i += 1
            continue
        j, linked = i, False
        while j + 1 < len(tokens):
            nxt = tokens[j + 1]
            if not nxt.joined:
                break
            if nxt.capitalised and nxt.low not in words.not_names:
                j += 1
            elif nxt.low in CONNECTORS and not nxt.capitalised:  # "of", not "The"
                after = _after_connectors(tokens, j + 1, words)
                if after is None:
                    break
                j, linked = after, True
            elif linked and nxt.low in _AND and _capital_at(tokens, j + 2, words):
                j += 2  # "Survey on Farm Wages and Housing"
            else:
                break
        runs.append((i, j))
        i = j + 1
    return runs


def _capital_at(tokens: list[_Token], n: int, words: MatterWords) -> bool:
    """Whether token ``n`` is a capitalised word of a name, joined to the one before."""
    return (n < len(tokens) and tokens[n].joined and tokens[n].capitalised
            and tokens[n].low not in words.not_names)


def _after_connectors(tokens: list[_Token], k: int, words: MatterWords) -> int | None:
    """The capitalised word after one or two connectors from ``k`` ("of the Sea"), joined
    to them; None when none follows."""
    for n in (k, k + 1):
        if n >= len(tokens) or not tokens[n].joined:
            return None
        tok = tokens[n]
        if tok.capitalised:
            return n if n > k and tok.low not in words.not_names else None
        if tok.low not in CONNECTORS:
            return None
    return k + 2 if _capital_at(tokens, k + 2, words) else None


def past_opening_word(tokens: list[_Token], first: int, last: int, words: MatterWords
                      ) -> int:
    """``first``, or where a run that opens a sentence (``first`` is 0) starts past its
    first word and the connectors after it, when those hold an article ("Tickets for the
    Halvern Open Finals": "Halvern Open Finals"); not past a first word that is a head
    ("Festival of the Sea")."""
    if first != 0 or tokens[0].low in words.named_heads:
        return first
    k = 1
    while k <= last and tokens[k].low in CONNECTORS and not tokens[k].capitalised:
        k += 1
    if k > 1 and k <= last and any(t.low in _ARTICLES for t in tokens[1:k]):
        return k
    return first


def sponsored(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``found`` (offsets of named matters, in text order) with each two joined by "by"
    made one ("the Nordic Cup by Halvern Bank Finals")."""
    out: list[tuple[int, int]] = []
    for start, end in found:
        if out and text[out[-1][1]:start] == _SPONSOR:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def split_outside_brackets(text: str, sep: str) -> list[str]:
    """``text`` cut at each ``sep`` that stands outside brackets."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(text):
        c = text[i]
        depth += (c in _OPENING) - (c in _CLOSING and depth > 0)
        if depth == 0 and text.startswith(sep, i):
            parts.append(text[start:i])
            start = i = i + len(sep)
            continue
        i += 1
    return [*parts, text[start:]]
