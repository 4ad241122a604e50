"""Announced increments: a count that adds to an earlier one, not a total.

Why a module of its own: "two more people died", "another 3 died in hospital overnight"
and "the toll rose by 5 to 47" state a change of a count by a number of its own, where a
total is the count itself. Read as totals they would be a toll of 2 set against a toll of
143; read as nothing they leave the ledger blind to a report whose total ignores what it
announced (:mod:`sitrep.ledger.increments`). A figure found here keeps its value (how many
more) and says it is an addition in ``change``: ``{"add": N, "word": ...}``, with the new
total where the sentence gives it (``"total": M``). The words are the language's
``figure_increments`` table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ..lang import language_data, longest_first
from .literals import holds_pieces, pattern_pieces
from .opening import fast_pattern
from .records import Figure

if TYPE_CHECKING:
    from .figure_values import FigureFinder

#: a sentence's end: a figure before it is no group listed with the next
_SENTENCE_END = fast_pattern(r"[.!?;]\s")
#: what lists another group after a number: "5 killed and another 12", "5 killed, another"
_LISTED = fast_pattern(r",|\band\b|\bwhile\b")
#: how far back a count of another family makes "another N" another group, in characters
_GROUP_REACH = 400
#: how far after a figure an increment word may list another group
_REACH = 60


@dataclass(frozen=True)
class Increments:
    """The patterns of one language's ``figure_increments`` table."""

    after: re.Pattern[str]  # right after the number: " more" in "two more people"
    before: re.Pattern[str]  # right before it: "another " in "another 3 died"
    step: re.Pattern[str]  # "rose by ", up to the number of the step


@cache
def increments(lang: str) -> Increments | None:
    """The increment patterns of ``lang``, None for a language without the table."""
    try:
        data = language_data(lang).table("figure_increments")
    except (LookupError, OSError, ValueError):
        return None
    return Increments(
        after=fast_pattern(rf"\s+(?P<word>{longest_first(data['after'])})\b"
                         rf"(?!\s+(?:{longest_first(data['not_after'])})\b)(?=\s+\w)", re.I),
        before=fast_pattern(rf"\b(?P<word>{longest_first(data['before'])})\s+$", re.I),
        step=fast_pattern(rf"\b(?:{longest_first(data['step_verbs'])})\s+"
                        rf"{re.escape(data['step_link'])}\s+$", re.I),
    )


def skip_word_after(text: str, pos: int, lang: str) -> int:
    """Where the counted words start after a number ending at ``pos``: past "more" in
    "two more people", so that "more" (a hedge elsewhere) does not end the phrase."""
    found = increments(lang)
    m = found.after.match(text, pos) if found else None
    return m.end() if m else pos


def increment_changes(text: str, figures: list[Figure], families: list[str],
                      lang: str) -> list[dict[str, object] | None]:
    """``change`` of each of ``figures`` (in text order, of ``families``): an increment's,
    or None. "Another N" right after a count of another family names another group, no
    step ("the toll rose to 3,145; another 4,589 were injured"); "N more" after one
    still adds ("50 were wounded. Two more died in hospital")."""
    steps = [increment_change(text, fig, lang, figures[k - 1].evidence.end if k else None)
             for k, fig in enumerate(figures)]
    return without_other_groups(figures, steps, families, _after_word(lang))


def without_other_groups(figures: list[Figure], steps: list[dict[str, object] | None],
                         families: list[str | None], adds: str | None = None
                         ) -> list[dict[str, object] | None]:
    """``steps`` (one per figure, in text order) without those of a step right after a
    count of another family: "the toll rose to 3,145; another 4,589 were injured" names
    another group. A step of the word ``adds`` ("more") is kept: "two more died" after
    a count of the wounded still adds to the dead."""
    out: list[dict[str, object] | None] = []
    for k, (fig, step) in enumerate(zip(figures, steps, strict=True)):
        # the count before is looked for only behind a step (most figures are none)
        earlier = None if step is None else next(
            (j for j in range(k - 1, -1, -1) if figures[j].kind == "count"
             and not steps[j] and not figures[j].change), None)
        if (step is not None and earlier is not None and step["word"] != adds
                and families[earlier] != families[k]
                and fig.evidence.start - figures[earlier].evidence.end < _GROUP_REACH):
            step = None
        out.append(step)
    return out


def _after_word(lang: str) -> str:
    """The first word of the language's ``after`` list ("more"): the one word that
    adds to a count of another family too."""
    return str(language_data(lang).table("figure_increments")["after"][0])


def increment_change(text: str, fig: Figure, lang: str, previous: int | None = None
                     ) -> dict[str, object] | None:
    """``change`` of a count that adds to an earlier one ("two more", "another 3"), None
    for a total. Only a single value: "another 10 to 20" is no announced step.
    ``previous``: where the figure before it ends, if any."""
    found = increments(lang)
    if (found is None or fig.kind != "count" or fig.change or fig.low is None
            or fig.low != fig.high):
        return None
    start, end = fig.evidence.start, fig.evidence.end
    after = found.after.search(text, start, end) or found.after.match(text, end)
    before = None if after else found.before.search(text, max(0, start - 30), start)
    word = after or before
    if word is None or (previous is not None and _another_group(
            text[previous:word.start()])):
        return None
    return {"add": fig.low, "word": word.group("word").lower()}


def _another_group(between: str) -> bool:
    """Whether the words between the figure before and an increment list it after that
    figure in one sentence ("killed 5 and injured another 12", "five died and 3 more
    were hurt"): another group counted, no addition to an earlier count."""
    return (len(between) <= _REACH and not _SENTENCE_END.search(between)
            and bool(_LISTED.search(between)))


def find_steps(finder: FigureFinder) -> None:
    """"the death toll rose by 5 to 47": the step (5 more, its total 47) and the total
    (47) as a figure of its own, the measure named before the verb ("death toll": the
    killed). Run before the ranges, which would read "5 to 47" as one."""
    found = increments(finder.words.lang)
    if found is None or not holds_pieces(finder.folded, finder.folded,
                                         pattern_pieces(found.step)):
        return  # no verb of a step written anywhere: no number to try it before
    table = language_data(finder.words.lang).table("figure_increments")
    total_after = fast_pattern(rf"\s+{re.escape(table['total_link'])}\s+"
                             rf"(?P<num>{finder.words.numbers.pattern})(?![\d,.]?\d)")
    parse = finder.words.numbers.parse
    for m in finder.singles_found:
        step = found.step.search(finder.folded, max(0, m.start() - 30), m.start())
        if step is None or not finder._free(m.start(), m.end()):
            continue
        total = total_after.match(finder.text, m.end())
        add = parse(m.group("num"))
        new = parse(total.group("num")) if total else None
        measure = finder.predicates.named_before(finder.folded, step.end())
        if add is None or measure is None:
            continue
        change: dict[str, object] = {"add": add, "word": table["step_link"]}
        if new is not None and total is not None and new > add:
            change["total"] = new
            finder.add(total.start("num"), total.end("num"), measure=measure, low=new,
                       high=new, unit=None, qualifier=None, change=None, dates=None,
                       vague=False, kind="count")
        finder.add(m.start(), m.end(), measure=measure, low=add, high=add, unit=None,
                   qualifier=None, change=change, dates=None, vague=False, kind="count")
