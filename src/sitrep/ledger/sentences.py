"""The sentence around a claim's figure, cut from the stored clean text: what every
claim shows as its evidence, and where the ledger reads the words beside a figure (its
family, whether the count is the source's own).
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘]?[A-Z0-9])|\n")


def sentence_around(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(sentence, its part before the figure, its part after) around ``start:end``."""
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)),
             default=max(0, start - 400))
    after = _SENTENCE_END.search(text, end)
    hi = after.start() if after else len(text)
    return text[lo:hi].strip(), text[lo:start], text[end:hi]
