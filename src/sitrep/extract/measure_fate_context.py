"""Where the words of a count's fate stand when they are not right beside it: past a part
or a relative clause set between commas ("200 Peruvians, including two children, were
deported"), and after a noun or a verb of exchange ("a swap for 12 insurgents", "swapped
two hostages for three commanders": what something was traded for).

Why apart from :mod:`.measure_fates`: these read the clause around the count, not the verb
next to it; the fate itself is then read as :mod:`.measure_fates` reads it.
"""

from __future__ import annotations

import re
from typing import Any

from .figure_predicates import predicates
from .records import Span

_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")


def past_aside(text: str, evidence: Span, lang: str) -> Span | None:
    """The count stretched over a part set between commas after it ("200 Peruvians,
    including two children, were deported"), or, for that part, to its closing comma,
    when the clause's predicate opens with its auxiliary after the comma: what the
    predicate says befell the whole and the part (read as ``figure_predicates`` reads
    the states of its own table, :meth:`~.figure_predicates.Predicates.past_aside`)."""
    past = predicates(lang).past_aside(text, evidence.end, evidence.start,
                                       min(len(text), evidence.end + 120))
    return None if past is None else Span(evidence.start, past, evidence.text)


def exchanged(text: str, start: int, table: dict[str, Any]) -> bool:
    """Whether the count at ``start`` is what something was traded for: "for" after a noun
    of exchange ("in a swap for 12 insurgents", "in exchange for 40 prisoners")."""
    link = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if link is None or link.group(1).lower() != table["exchange"]["link"]:
        return False
    noun = _WORD_BEFORE.search(text, max(0, link.start() - 30), link.start())
    if noun is not None and noun.group(1).lower() in table["exchange"]["nouns"]:
        return True
    # "swapped two hostages for 12 insurgents": a verb of exchange earlier in the clause
    clause = re.split(r"[.;:!?\n]", text[max(0, link.start() - 80):link.start()])[-1]
    return not table["exchange_verbs"].isdisjoint(clause.lower().split())
