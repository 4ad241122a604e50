"""The publication date a page's URL states ("/2024/12/28/", "-2024-03-23-", "/20240323/").

Why: many news sites put the day of publication in the path, and a page captured without
its metadata (a JSON Lines export, a text dump) often still has its URL. A date in the URL
is the site's own statement of when it filed the story, so it dates the article when
nothing better does; it is never guessed from the capture time.

htmldate (a trafilatura dependency) reads the separated forms; a path segment of eight
digits that is a valid day ("/20240323/", "/20240323-title") is read here, since htmldate
reads that form only in page text. A date after ``latest`` (the capture day, when known)
is not a publication date.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from htmldate.extractors import extract_url_date
from htmldate.utils import Extractor

# an eight-digit path segment, alone or before a dash, underscore or dot
_COMPACT = re.compile(r"/((?:199\d|20[0-3]\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))"
                      r"(?=$|[/?#_.-])")
_EARLIEST = datetime(1995, 1, 1)  # no news site put dates in its URLs before the web did
_LATEST = datetime(2099, 12, 31)


def url_date(url: str | None, latest: date | None = None) -> date | None:
    """The day ``url`` states, or None (no date, an impossible one, or one after ``latest``)."""
    if not url:
        return None
    options = Extractor(False, _LATEST, _EARLIEST, True, "%Y-%m-%d")
    found = extract_url_date(url, options)
    day = date.fromisoformat(found) if found else None
    if day is None:
        m = _COMPACT.search(url)
        if m:
            try:
                day = datetime.strptime(m.group(1), "%Y%m%d").date()
            except ValueError:
                day = None
    if day is None or (latest is not None and day > latest):
        return None
    return day
