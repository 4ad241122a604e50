"""A title in lower case between a claim's comma and the person who said it ("..., chief
prosecutor Ilze Berzina said", "..., harbour master Ilze Berzina told reporters"), whatever
the title is.

Why: the speech cues keep a list of title words (extract/speech_cues.py) for the titles that
may stand anywhere, but the titles people hold are open-ended, and a title the list lacked
left the claim before it without its speaker: what the verb reports was read as the nothing
after it. Right after the claim's comma and right before a person's name, a short run of
lower-case words that are not function words ("and later", "as the") can only be the
person's title.
"""

from __future__ import annotations

from functools import cache

from ..lang import language_data
from .opening import fast_pattern

#: The most words a title holds, and how far back from the name its comma is looked for.
_WORDS = 4
_REACH = 60
_RUN = fast_pattern(rf",((?:\s+[^\W\d_][\w’'-]*){{1,{_WORDS}}})$")


@cache
def _function_words(lang: str) -> frozenset[str]:
    """The function words of ``lang`` (the cleaner's list): none is a title."""
    return frozenset(language_data(lang).words("clean_stopwords"))


def title_start(prefix: str, lang: str) -> int | None:
    """Where the lower-case title at the end of ``prefix`` (the text before a person's name)
    begins, right after its comma; None when the prefix ends on no such title."""
    found = _RUN.search(prefix, max(0, len(prefix) - _REACH))
    if found is None:
        return None
    words = found.group(1).split()
    stop = _function_words(lang)
    if any(not w[0].islower() or w.lower() in stop for w in words):
        return None
    return found.start() + 1
