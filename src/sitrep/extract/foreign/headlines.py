"""The headline of a page in a language read by rules, as the matter of its figures when
no event is their subject.

Why: a page in German or Russian about a trade fair, a health app or a diet tells its
figures with no event instance to hang them on, and they came out with no matter at all:
the reader saw "40,000 visitors" and nothing of what they visited. The English reader
falls back on the headline in the same case (:mod:`..matter_fallbacks`); this does the
same with the language's own furniture words (``headlines``: ``title_prefixes``, such as
"Kommentar" or "Видео") and separators (``title_separators``). A language with no such
table gives no headline.
"""

from __future__ import annotations

import re
from functools import cache

from ...errors import UsageError
from ...lang import language_data
from ..matter_fallbacks import headline_of
from ..opening import fast_pattern


@cache
def _furniture(lang: str) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """(the furniture at a title's start, the separators of its parts) of ``lang``."""
    try:
        table = language_data(lang).table("headlines")
    except UsageError:
        return None
    prefixes = "|".join(re.escape(p) for p in sorted(table["title_prefixes"], key=len,
                                                     reverse=True))
    return (fast_pattern(rf"^\s*(?:(?:{prefixes})\s*[:|]\s*)+", re.IGNORECASE),
            tuple(table["title_separators"]))


def foreign_headline(title: str | None, lang: str) -> str | None:
    """The headline of ``title`` in ``lang`` as a page's matter; None without a title, a
    table for the language, or a part of a headline's length."""
    furniture = _furniture(lang) if title else None
    if furniture is None or not title:
        return None
    parts = [furniture[0].sub("", " ".join(title.split()))]
    for sep in furniture[1]:
        parts = [p.strip() for part in parts for p in part.split(sep)]
    return headline_of(parts)
