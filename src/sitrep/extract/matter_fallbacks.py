"""A page's matter where its title names neither a matter nor a party, and a figure's own
matter on a page about a gathering.

Why: :mod:`.page_matters` reads a page's matter off its title's names ("the Baltic Sailing
Cup", "Halden Air order"). Many headlines name what the page is about in lower-case words
("Police arrest four in fraud investigation", "Regional car sales slip 4% in May"), and a
markets report names no matter at all though every move it lists belongs to the day's
trading. And on a page about a gathering (a motor show, a trade fair), a figure said of a
product shown there ("the Tern X2 weighs 19 kilograms") is the product's, not the show's.

The rules:

- a title's head phrase: in a headline not in title case, a common head ("investigation",
  "sales", "campaign") with the lower-case modifiers before it ("fraud investigation",
  "anti-drug campaign"); a head alone names too little;
- a lead's head phrase: where the title names none, a head of the language's
  ``lead_heads`` with its modifiers in the first sentences ("according to a new case
  report"); else, where the title or the lead tells of a case (``case_verbs``: "pleaded
  guilty"), the case of the person of the lead the page names most ("Tobias Quill case");
- a markets page (at least ``MOVES`` market moves among its figures, see
  :mod:`.measure_moves`) is about the day's trading session: the language's
  ``session_matter``, with the day when the page is dated;
- a product: on a page whose matter ends with one of the language's ``gathering_heads``,
  a name of at least two words (or one with a digit) in the figure's sentence, else in the
  one before, that is no person, place or body the page names.
"""

from __future__ import annotations

import re
from datetime import date

from .figure_matters import (
    MatterWords,
    capitalised_names,
    title_case,
    title_parts,
    title_tokens,
)
from .records import Mention
from .subjects import SentenceSubject

#: a page with this many market moves among its figures is a markets report
MOVES = 3
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W_]+")


def title_head_phrase(title: str, words: MatterWords) -> str | None:
    """The first common head of a headline's parts (its longest first) with the one to
    three lower-case modifiers before it ("drug investigation"); None in a headline in
    title case (its heads are read as names) or when no head has a modifier."""
    parts = title_parts(title, words)
    longest = max(parts, key=len)
    if title_case(longest):
        return None
    for part in (longest, *(p for p in parts if p is not longest)):
        found = head_phrase(part, words, words.common_heads)
        if found:
            return found
    return None


def head_phrase(text: str, words: MatterWords, heads: frozenset[str]) -> str | None:
    """The first of ``heads`` in ``text`` written in lower case (or as its first word) with
    the one to three modifiers before it; None when none has a modifier."""
    tokens = title_tokens(text)
    for k, tok in enumerate(tokens):
        if tok.low not in heads or (tok.capitalised and k):
            continue
        first = k
        while (first > max(0, k - 3) and tokens[first].joined
               and _modifier(tokens[first - 1].word, first - 1 == 0, words)):
            first -= 1
        if first < k:
            return " ".join(text[tokens[first].start:tok.end].split())
    return None


def lead_matter(title: str, text: str, lead: list[SentenceSubject], words: MatterWords,
                mentions: list[Mention]) -> str | None:
    """The matter a page's ``lead`` (its first sentences) names where its title names
    none: a head phrase of the language's ``lead_heads`` ("a new case report"), else the
    case of the person the lead names (see :func:`case_of`)."""
    end = lead[-1].end
    said = text[lead[0].start:end]
    return head_phrase(said, words, words.lead_heads) or case_of(
        title, said, text, [m.name for m in mentions
                            if m.kind == "person" and m.span.start < end and " " in m.name
                            and not _titled(text, m.span.start, words)], words)


def _titled(text: str, at: int, words: MatterWords) -> bool:
    """Whether the name at ``at`` follows a person's title ("Rep.", "Senator"): an
    official, who is seldom the accused of a case."""
    before = _WORD.findall(text, max(0, at - 12), at)
    return bool(before) and before[-1].lower() in words.person_titles


def case_of(title: str, lead: str, text: str, people: list[str], words: MatterWords
            ) -> str | None:
    """The court or police case a page is about: when its title or lead tells of one
    (``case_verbs``: "pleaded guilty", "was charged"), the case of the person of the lead
    (``people``: names of two words or more, in order) whose surname the page (``text``)
    writes most, the first of equals: the accused, not a victim or an officer named once
    ("Dara Quill case"); None otherwise."""
    if not people or not words.case_verbs.search(f"{title} {lead}"):
        return None
    accused = max(people, key=lambda name: text.count(name.rsplit(" ", 1)[-1]))
    return f"{accused} {words.case_head}"


def _modifier(word: str, leading: bool, words: MatterWords) -> bool:
    """Whether ``word`` modifies a head after it: a lower-case noun or adjective (the
    headline's first word may be capitalised), not a verb or a function word."""
    low = word.lower()
    return ((word.islower() or leading) and low not in words.not_modifiers
            and low not in words.not_names and word.replace("-", "").isalpha()
            # a verb ("plans", "planned", "seeking"), unless a compound ("anti-littering")
            and ("-" in low or not (low.endswith(("ly", "ed", "ing"))
                                    or (low.endswith("s") and not leading))))


def session_matter(words: MatterWords, published: date | None) -> str | None:
    """The matter of a markets report: the day's trading session (dated when the page
    is); None for a language without the words."""
    if words.session is None:
        return None
    return f"{words.session}, {published.isoformat()}" if published else words.session


def product_in(sentences: list[str], page: str, words: MatterWords,
               parties: frozenset[str]) -> tuple[int, int, int] | None:
    """On a page about a gathering (``page`` ends with a gathering head), the product a
    figure's sentence names, else the one before (``sentences``: the figure's first, then
    the one before, up to the figure): (which sentence, start, end); None when the page is
    about no gathering or no product is named."""
    if page.rsplit(" ", 1)[-1].lower() not in words.gathering_heads:
        return None
    for n, sentence in enumerate(sentences):
        found = None
        for start, end in capitalised_names(sentence, words):
            name = sentence[start:end]
            low = name.lower()
            if ((" " in name or _DIGIT.search(name)) and low not in parties
                    and low not in page.lower() and not any(
                        w in words.gathering_heads for w in low.split())):
                found = (n, start, end)  # the last: the nearest before the figure
        if found:
            return found
    return None
