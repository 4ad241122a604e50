"""A count owned by a name: "one of Saturn's 83 moons", "Lisbon's 9,000 taxis", "Kestrel's
4,100 staff" measure "Saturn's moons", not "moons".

Why: the reader of the thing counted starts at the number, so the owner written before it
is lost, and the bare plural then reads as every moon, taxi or employee there is. Only an
owner written as a name (capitalised words and a possessive mark, ``owner_marks`` in the
language's ``figure_rules``) is kept: "the state's 40 parks" names its owner elsewhere, and
"That's 20% more" is no owner. The measure must be a short phrase that does not name the
owner already, and the figure a count (no unit): a sum or a size owned by a name tells its
owner in the figure's matter.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .figure_words import FigureWords
from .records import Figure

#: Words of a measure that still reads as a bare head (more is a phrase of its own).
_MAX_WORDS = 3


@cache
def _owner(marks: tuple[str, ...]) -> re.Pattern[str] | None:
    """A run of one to four capitalised words right before a possessive mark and the
    space before the figure (None: the language writes no such mark)."""
    if not marks:
        return None
    mark = "|".join(re.escape(m) for m in marks)
    return re.compile(rf"(?<![\w’'-])((?:[A-Z][\w.&-]*\s+){{0,3}}[A-Z][\w.&-]*)(?:{mark})\s+$")


def owned_counts(text: str, figures: list[Figure], words: FigureWords) -> list[Figure]:
    """``figures`` with the name that owns a count kept in its measure (see the module)."""
    pattern = _owner(tuple(words.rules.get("owner_marks", ())))
    if pattern is None:
        return figures
    out = []
    for fig in figures:
        m = None
        if fig.unit is None and fig.measure and fig.change is None:
            m = pattern.search(text, max(0, fig.evidence.start - 60), fig.evidence.start)
        if m is not None and _bare(fig.measure, m.group(1), words):
            mark = text[m.end(1):fig.evidence.start].strip()
            fig = replace(fig, measure=f"{m.group(1)}{mark} {fig.measure}")
        out.append(fig)
    return out


def _bare(measure: str, owner: str, words: FigureWords) -> bool:
    """Whether ``measure`` is a short phrase that does not name ``owner``, and ``owner``
    is a name, not a function word written at a sentence's start ("That's", "It's")."""
    first = owner.split()[0].lower()
    return (len(measure.split()) <= _MAX_WORDS and owner.lower() not in measure.lower()
            and first not in words.stop_words)
