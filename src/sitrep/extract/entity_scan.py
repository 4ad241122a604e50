"""Where the entity finder's whole-text patterns can match, read off the phrase index.

Why: two rules of the finder ran a pattern over the whole text of every article: the
capitalised words that may be demonyms ("Latvian Ministry of Defense") and the bodies
written in lower case after a capitalised word ("the Belarusian defence ministry"). The
first met every capitalised word, the second tried its list of bodies after each; together
they cost about a tenth of the finder. Every match holds a word of a list (a demonym, a
body's first word), which the phrase index (:mod:`.phrases`) finds in its one pass over
the lower-cased text; the patterns are tried only there, with the matches ``finditer``
gives (tests/test_entity_scan.py compares them).
"""

from __future__ import annotations

import re

from ..knowledge.gazetteer import Gazetteer
from .entity_words import EntityWords
from .opening import fast_pattern
from .scan import matches_from
from .words import Words

# the capital first, then the look back: a pattern that starts with a character class lets
# the matcher skip ahead to candidates instead of trying every position
CAPITALISED = fast_pattern(r"[A-Z](?<![\w-].)[a-z]{3,}(?![\w-])")


def capitalised_demonyms(text: str, w: Words, gaz: Gazetteer) -> list[re.Match[str]]:
    """The matches of :data:`CAPITALISED` in ``text`` whose word (lower-cased) may end a
    demonym (:attr:`~sitrep.knowledge.gazetteer.Gazetteer.demonym_words`), in text order.

    A match's ASCII letters are written in lower case at the same place of ``w.folded``,
    so the index finds its word there (the words of ASCII letters are all a match can
    be); matches cannot overlap (each is a whole word), so the match at a place found is
    the one ``finditer`` gives there."""
    named = gaz.demonym_words[1]
    if w.phrases is None:
        return [m for m in CAPITALISED.finditer(text) if m.group(0).lower() in named]
    out = []
    for start, end in w.places(gaz.plain_demonym_words):
        m = CAPITALISED.match(text, start)
        if m is not None and m.end() == end:
            out.append(m)
    return out


def lowercase_org_matches(text: str, w: Words, words: EntityWords) -> list[re.Match[str]]:
    """``list(words.lowercase_org.finditer(text))``, tried only where a match can start.

    A match is a capitalised word ("[A-Z][a-z]+"), maybe a possessive, spaces, then a body
    whose first word (one of ``words.lowercase_org_starts``, lower case as written) the
    index finds in ``w.folded``: from each such place, the start is read back over the
    spaces, the possessive (tried with and without it: a superset of the starts is enough)
    and the lower-case letters to a capital."""
    pattern = words.lowercase_org
    if w.phrases is None or not words.lowercase_org_starts:
        return list(pattern.finditer(text))
    starts = []
    suffixes = words.possessive_suffixes
    for body, _ in w.places(words.lowercase_org_starts):
        k = body
        while k > 0 and text[k - 1].isspace():
            k -= 1
        if k == body:
            continue  # no space before it: no match has its body here
        for end in (k, *(k - len(s) for s in suffixes if text.endswith(s, 0, k))):
            start = end
            while start > 0 and "a" <= text[start - 1] <= "z":
                start -= 1
            if start < end and start > 0 and "A" <= text[start - 1] <= "Z":
                starts.append(start - 1)
    return matches_from(pattern, text, starts)
