"""A background sentence that names a past event tells that event's figures.

Why: a sentence of another time than the page's (see :mod:`.figure_background`) takes
the page's matter marked as background ("plague cases in Lagos (background)"). When it
names the past event whose figures it gives ("Back in 1887 the Harbour Fever left about
3,400 dock workers dead"), that event is what its figures are about: the page's matter
only set the scene for the comparison.

The rule: in such a sentence, the first name before the figure written with the
language's article (``historic_articles``: "the") and of two capitalised words or more
("the Harbour Fever", "the Salt Riots"), that no party the page names (a person, a
body, a place) covers, and that is no place nor ends with a people's adjective ("the
South Korean module makers"), nor a body the entity finder did not know: a name ending
with a head of bodies' names ("the Harbour Health Institute") or followed by a speech
verb ("the Daily Ledger reported ..."). A name of one word after the article is most
often an adjective ("the Roman roads") or a body ("the Senate"), and is left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from ..knowledge.gazetteer import load_gazetteer
from ..lang import language_data
from .opening import fast_pattern

#: the fewest capitalised words of a past event's name
_WORDS = 2
#: how much text after a name is read for its verb (characters)
_NEXT = 30


@cache
def _names(lang: str) -> re.Pattern[str] | None:
    """A capitalised run after one of the language's articles; None: no such rule."""
    articles = language_data(lang).table_part("matters", "historic_articles")
    if not articles:
        return None
    alt = "|".join(re.escape(a) for a in articles)
    word = r"[A-Z][^\W\d_]+(?:[’'][^\W\d_]+)?"
    return fast_pattern(rf"\b(?i:{alt})\s+[\"“]?({word}(?:\s+{word})+)\b")


def past_event(text: str, start: int, at: int, parties: tuple[tuple[int, str, str, int], ...],
               lang: str) -> str | None:
    """The past event a background sentence starting at ``start`` names before the figure
    at ``at`` (see the module docstring); ``parties``: where the page names a party
    (sorted: start, kind, name, end)."""
    names = _names(lang)
    if names is None:
        return None
    for m in names.finditer(text, start, at):
        s, e = m.span(1)
        name = " ".join(m.group(1).split())
        if len(name.split()) < _WORDS or _placed(name) or _body(
                name, text[m.end(1):m.end(1) + _NEXT], lang):
            continue
        i = bisect_left(parties, (s - 200, ""))
        if any(p[0] < e and s < p[3] for p in parties[i:] if p[0] < e):
            continue  # "the Afghan Taliban": a party, no event
        return name
    return None


def _body(name: str, after: str, lang: str) -> bool:
    """Whether ``name`` ends with a word that names a body (the language's
    ``org_heads``: "Institute", "Courier"), or a speech verb is the next word (``after``:
    the text after it, "estimated"): a body the entity finder did not know, which tells
    a figure, and no event."""
    heads, verbs = _body_words(lang)
    following = after.split()
    return name.rsplit(" ", 1)[-1].lower() in heads or bool(
        following and following[0].lower().strip(",.") in verbs)


@cache
def _body_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The language's heads of bodies' names and its speech verbs."""
    data = language_data(lang)
    return frozenset(data.words("org_heads")), frozenset(data.words("speech_verbs"))


def _placed(name: str) -> bool:
    """Whether ``name`` is a place, or ends with a people's adjective ("the South Korean
    module makers"): a setting, no event."""
    places = load_gazetteer()
    last = name.rsplit(" ", 1)[-1]
    return bool(places.place(name) or places.demonym(name) or places.demonym(last)
                or last.lower() in places.demonym_words[1])
