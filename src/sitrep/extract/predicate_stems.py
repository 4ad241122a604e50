"""The states of :class:`.figure_predicates.Predicates` by the stems a verb form leaves
("arrest" of "arresting", "injure" of "injures"), built once per language.

Why: :meth:`~.figure_predicates.Predicates.done_before` looked for the state of a stem by
trying every state in turn, for every count a verb form precedes; the table answers the
same with one look-up. A stem names the first state (in table order) of one word that
starts with it and has at most three letters more; stems shorter than four letters are
never asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .figure_predicates import Predicates


def stem_states(told: Predicates) -> dict[str, str]:
    """Each stem of four letters or more to the first state whose one word it opens with
    at most three letters to spare."""
    out: dict[str, str] = {}
    for word, state in told.states.items():
        if " " in word:
            continue
        for size in range(max(4, len(word) - 3), len(word) + 1):
            out.setdefault(word[:size], state)
    return out
