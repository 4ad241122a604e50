"""The test the date pattern (:mod:`.date_words`) makes before its alternatives: how a
date phrase can start, its first word and what the pattern lets follow that word.

Why: the pattern has some twenty alternatives, and where its test let a word through
("the", "of", "a", "in", a number) the matcher tried each of them there, most often to find
none; that was most of the cost of reading the dates of an article. The test is one
look-ahead, a tree of the first words' letters written once, each word followed by what
the alternatives it opens write after it ("the" a season or a decade, "in" a month or a
year, "from" a month or a day, "a" a unit of "ago"): it lets through every place where an
alternative matches and few others, so it never changes what the pattern finds
(tests/test_doc_fast_paths.py compares it with the pattern without the test). An
alternative added to :func:`.date_words._pattern` needs its opening added here.
Every branch of the tree opens with a letter or a class, which the matcher checks before it
enters the branch: a word read in either case is written as classes of its letters'
cases, not inside ``(?i:...)``, whose branches the matcher would enter one by one.
"""

from __future__ import annotations

import re
from typing import Any

from .opening import char_class

#: first word -> the patterns that may follow it ("": anything), each a branch
_Heads = dict[str, set[str]]


def first_words(t: dict[str, Any], months: list[str]) -> str:
    """The look-ahead of how a date phrase of table ``t`` starts (``months``: the pattern
    of each month's name, in the table's order); "" when a first word is no plain word
    (the pattern is then tried at every word).

    After a first word, a month is read as its first letter and a year as a digit: a test
    every phrase passes, as short to build as it is to run (the names written out after
    each preposition made a pattern that took longer to compile than a pass to run)."""
    bases = [month["short"][0] for month in t["months"]]
    if not bases or not all(base.isalpha() and written.startswith(base)
                            for base, written in zip(bases, months, strict=True)):
        return ""
    month = f"[{''.join(sorted({base[0] for base in bases}))}]"
    cased, either = _cased_heads(t, month, r"\d"), _either_heads(t, month, r"\d")
    for base, written in zip(bases, months, strict=True):
        # every phrase that opens with a month writes a space and a number after it
        _add(heads=cased, phrase=base, after=written[len(base):] + r"\s+\d")
    if not cased or not either or not all(w.isalpha() for w in [*cased, *either]):
        return ""
    words = _opening_tree(cased, either)
    return "" if words is None else rf"(?={_numbers(t, month)}|{words})"


def _numbers(t: dict[str, Any], month: str) -> str:
    """What a phrase that opens with a digit writes after its first run of digits: a
    range's joiner ("10-12", "10 to 12"), a hyphen ("2021-01-05"), a month ("10 March"),
    a unit of "ago" ("3 weeks ago"); an ordinal's suffix may come first ("10th")."""
    joiners = "|".join(t["range_joiners"])
    units = "|".join(t["ago"]["units"])
    return (rf"\d\d*(?:{'|'.join(t['ordinal_suffixes'])})?(?:-|\s*(?:{joiners})"
            rf"|\s+(?:{t['range_and']}\s|{month}|(?:{units})))")


def _add(heads: _Heads, phrase: str, after: str, spaced: bool = False) -> None:
    """``phrase`` opens an alternative and ``after`` follows it: its first word maps to
    the rest of it (its spaces written as the pattern writes them) and ``after``."""
    first, _, rest = phrase.partition(" ")
    if rest:
        rest = r"\s+" + rest.replace(" ", r"\s+") if spaced else " " + rest
    heads.setdefault(first, set()).add(rest + after)


def _cased_heads(t: dict[str, Any], month: str, year: str) -> _Heads:
    """The first words the pattern reads as written, with what follows each: the same
    pieces as the alternatives of :func:`.date_words._pattern`, in their order."""
    heads: _Heads = {}
    seasons, periods = "|".join(t["seasons"]), "|".join(t["periods"])
    for w in t["range_openers"]:
        _add(heads, w, rf"\s+(?:{month}|\d)")
    for w in t["parts_of_year"]:
        _add(heads, w, rf"[\s-]+{year}", spaced=True)
    _add(heads, t["article"], rf"\s+(?:(?:{seasons})\s+{t['of']}\s|(?:1[89]|20)\d0)")
    for w in t["seasons"]:
        _add(heads, w, rf"\s+{t['of']}\s+{year}")
    for w in t["period_near"]:
        _add(heads, w, rf"\s+{t['this']}\s")
    for w in t["period_shifts"]:
        _add(heads, w, rf"\s+(?:{periods}|{seasons})")
    for w in t["ago"]["counts"]:
        _add(heads, w, rf"\s+(?:{'|'.join(t['ago']['units'])})")
    for w in t["days"]:
        _add(heads, w, "")
    for w in t["weekday_prefixes"]:
        _add(heads, w, rf"\s+(?:{'|'.join(t['weekdays'])})")
    for w in t["weekdays"]:
        _add(heads, w, "")
    return heads


def _either_heads(t: dict[str, Any], month: str, year: str) -> _Heads:
    """The prepositions before a month or a year alone, read in either case."""
    heads: _Heads = {}
    for w in t["month_prepositions"]:
        _add(heads, w, rf"\s+{month}")
    for w in t["year_prepositions"]:
        _add(heads, w, rf"\s+{year}")
    return {word: {_either(after) for after in afters} for word, afters in heads.items()}


def _either(after: str) -> str:
    """What follows a preposition's first word: the rest of the preposition read in
    either case, as the pattern reads it, then the month or the year as written."""
    if not after.startswith(" "):
        return after
    rest, _, tail = after[1:].partition(r"\s+")
    return rf" (?i:{rest})\s+{tail}"


def _opening_tree(cased: _Heads, either: _Heads) -> str | None:
    """The branches of the first words: one per first character, each word read in either
    case (``either``) under each case of its first letter, so that the matcher compares
    one character per branch (None when a letter's cases are not known)."""
    first: dict[str, tuple[_Heads, _Heads]] = {}
    for word, afters in cased.items():
        first.setdefault(word[0], ({}, {}))[0][word[1:]] = afters
    for word, afters in either.items():
        cases = char_class(ord(word[0]), True)
        if cases is None:
            return None
        for char in cases:
            first.setdefault(char, ({}, {}))[1][word[1:]] = afters
    parts = []
    for char, (plain, folded) in sorted(first.items()):
        rests = [_rests(plain, False) if plain else [], _rests(folded, True) if folded else []]
        if None in rests:
            return None
        parts.append(re.escape(char) + _group([r for rest in rests for r in rest or ()]))
    return "|".join(parts)


def _letter_tree(heads: _Heads, folded: bool = False) -> list[str] | None:
    """The branches that match where one of the words of ``heads`` (at least one, none
    empty) starts and one of its patterns follows it, the letters that several words share
    written once: ``a(?:fter\\s|n\\s+(?:day|week))``; ``folded``: the words in either case,
    each letter a class of its cases (None when a letter's cases are not known)."""
    first: dict[str, _Heads] = {}
    for word, afters in heads.items():
        first.setdefault(word[0], {})[word[1:]] = afters
    parts = []
    for head, tails in sorted(first.items()):
        letter, rest = char_class(ord(head), folded), _rests(tails, folded)
        if letter is None or rest is None:
            return None
        parts.append((letter if len(letter) == 1 else f"[{letter}]") + _group(rest))
    return parts


def _rests(tails: _Heads, folded: bool) -> list[str] | None:
    """The branches after a letter: the words' rests, and what follows a word that ends
    there ("" alone when anything may), all in one list: the matcher checks the first
    character of each before it enters it, not of a group of them."""
    ends = tails.get("", set())
    if "" in ends:
        return [""]
    longer = {rest: afters for rest, afters in tails.items() if rest}
    tree = _letter_tree(longer, folded) if longer else []
    return None if tree is None else [*tree, *_spaced(ends)]


def _spaced(ends: set[str]) -> list[str]:
    """What may follow a word, the space that several open with written once
    (``\\s+(?:Jan|...|20\\d\\d)``: the matcher reads the spaces once, not per branch)."""
    space = r"\s+"
    spaced = {end for end in ends if end.startswith(space)
              and end[len(space):len(space) + 1] not in ("", "?", "*", "+", "{")}
    if len(spaced) < 2:
        return sorted(ends)
    return [space + _group(sorted(end[len(space):] for end in spaced)), *sorted(ends - spaced)]


def _group(options: list[str]) -> str:
    """``options`` as one item ("" when one of them is: anything follows)."""
    if "" in options:
        return ""
    return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
