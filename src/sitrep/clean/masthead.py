"""The outlet's name from a text capture's masthead: a short line near the top whose first
words spell the page's host ("Border Aid Lithuania" above a page of ``borderaid.example``).

Why: a text capture of a page keeps the site's name line, which the cleaner drops as page
furniture, and without it the outlet is only the host. The host is a poor name for what an
analyst reads, and for a body that publishes its own figures (a relief group's field update,
a ministry's release) the name is who speaks: "borderaid.example" matches no body the
ledger knows. A line is taken only when the host is the run of its first words with their
spaces taken out, or the initials of its words, so a headline that merely mentions a place
is never read as the outlet.
"""

from __future__ import annotations

import re

#: Lines read from the top of the capture, and the most words a masthead line holds.
_TOP_LINES = 6
_MAX_WORDS = 6
_WORD = re.compile(r"[^\W\d_][\w’'&.-]*")


def _label(host: str) -> str:
    """The host's own label, letters and digits only: "border-aid" of
    "news.border-aid.example" is "borderaid" (its first label when it is not a common
    subdomain, else the second)."""
    labels = [x for x in host.lower().split(".") if x]
    if len(labels) > 2 and labels[0] in ("www", "news", "en", "m", "amp"):
        labels = labels[1:]
    return re.sub(r"[^a-z0-9]", "", labels[0]) if labels else ""


def _spells(words: list[str], label: str) -> bool:
    """Whether ``label`` is the words run together, all but at most the last ("borderaid"
    of "Border Aid Lithuania"), or the initials of all of them. Not a line that only opens
    with the name: "Baltic Wire Poll Finds Support Falling" is a headline of balticwire."""
    if len(label) < 3:
        return False
    run = ""
    for count, word in enumerate(words, 1):
        run += re.sub(r"[^a-z0-9]", "", word.lower())
        if run == label:
            return count >= len(words) - 1
        if not label.startswith(run):
            break
    return len(words) >= 2 and "".join(w[0].lower() for w in words) == label


def masthead_name(raw: str, host: str | None) -> str | None:
    """The masthead line of ``raw`` that spells ``host`` (see the module), or None."""
    label = _label(host or "")
    if not label:
        return None
    seen = 0
    for line in raw.splitlines():
        text = line.strip()
        if not text:
            continue
        seen += 1
        if seen > _TOP_LINES:
            return None
        words = text.split()
        if (len(words) <= _MAX_WORDS and all(_WORD.fullmatch(w) and w[0].isupper()
                                             for w in words) and _spells(words, label)):
            return text
    return None
