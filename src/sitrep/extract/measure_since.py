"""A span of time followed by "since" and what began it measures the time since then:
"to mark 40 years since the club was founded" is the time since the club was founded, not a
bare "duration" (nor the "duration of marks" a verb before it would name).

Why: a span's measure is read from its own words or the verb before it (see
``figure_rules.duration_of``), which for an anniversary names nothing a reader can use. The
event after "since" is what the span is counted from: read into the measure when it ends its
clause within ``since.most`` words and holds no number (a date after "since" is the start
of a period, "since 2019", no event). Named last, with the fates of :mod:`.measure_fates`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .figure_words import FigureWords
from .records import Figure

_WORD = re.compile(r"\S+")


def time_since(text: str, figures: list[Figure], words: FigureWords) -> list[Figure]:
    """``figures``, each span of time followed by "since" and an event named for it."""
    table = words.rules.get("since")
    if table is None:
        return figures
    return [_since(text, fig, table) for fig in figures]


def _since(text: str, fig: Figure, table: dict[str, Any]) -> Figure:
    if fig.kind != "duration" or not (fig.measure or "").startswith(table["bare"]):
        return fig
    link = f" {table['link']} "
    if not text.startswith(link, fig.evidence.end):
        return fig
    said: list[str] = []
    for m in _WORD.finditer(text, fig.evidence.end + len(link)):
        word = m.group(0)
        if word.lower() in table["ends"]:
            break
        if len(said) >= table["most"] or any(c.isdigit() for c in word):
            return fig
        said.append(word.rstrip(".,;:!?"))
        if word[-1] in ".,;:!?":
            break
    if not said:
        return fig
    return replace(fig, measure=f"{table['name']} {' '.join(said)}")
