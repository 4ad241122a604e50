"""What an announced change counts when its sentence names no single measure.

Why a module of its own: "the numbers of both the killed and the injured more than
tripled" changes two counts at once, and the extraction, which gives a figure one measure,
leaves such a change without one. The ledger reads the families named before the change
word in its sentence, and gives the change to each, so that each count's next figure can be
held to it (:mod:`.inconsistencies`).
"""

from __future__ import annotations

import re
from typing import Any

from ..lang import language_data
from .families import families

#: the end of the sentence before a change word: what it changes is named after it
_SENTENCE_END = re.compile(r"[.!?]\s")
#: how far back a change's measure is looked for, in characters
_REACH = 160


def added(change: dict[str, Any] | None) -> float | None:
    """How many an announced increment adds ("two more died": 2), None for a total or a
    change by a factor: an increment is no value of its count's series, only a step of it
    (:mod:`.increments`)."""
    return float(change["add"]) if change and "add" in change else None


def is_step(row: Any) -> bool:
    """Whether a figure row is an announced increment (its change adds: :func:`added`)."""
    return '"add"' in (row["change"] or "")


def changed_families(row: Any, text: str | None) -> tuple[str, ...]:
    """The families a change row with no measure of its own changes, named before it in
    its sentence: casualties alone when the clause names them, else each one it names
    ("both the killed and injured tripled": killed and injured)."""
    if not row["change"] or row["family"] or not text:
        return ()
    clause = text[max(0, row["start"] - _REACH):row["start"]]
    ends = list(_SENTENCE_END.finditer(clause))
    clause = clause[ends[-1].end():] if ends else clause
    named = [name for name, pattern in families().patterns if pattern.search(clause)]
    return ("casualties",) if "casualties" in named else tuple(named)


def change_bound(sentence: str, word: str) -> str | None:
    """The bound a hedge right before a change word puts on it ("more than tripled":
    "low", at least three times; "almost doubled": "about"), from the figure rules'
    hedges; None for a bare change."""
    at = sentence.find(word)
    if at < 0:
        return None
    before = sentence[:at].rstrip().lower()
    hedges = language_data("en").table("figure_hedges")["hedges"]
    found = [h for h in hedges if before.endswith(h) and (
        len(before) == len(h) or not before[-len(h) - 1].isalnum())]
    return hedges[max(found, key=len)] if found else None
