"""The publisher speaking in the first person: "our volunteers answered 48 calls", "we are
running two mobile kitchens" on a relief group's own page are that group's figures.

Why: a body that publishes its own update (a relief network's field report, a union's
notice, a ministry's release) names no speaker for its figures; it speaks as "we". Without
this rule those figures belong to no one, and the ledger cannot set the group's count of the
displaced against the county's. The publisher is the page's outlet when the page names it
(a masthead line, the outlet printed by the date line, a site name: never the bare host of
the URL, which is no name). A firm named as the subject of its own "about us" paragraph
(:meth:`.carry.Carrier.own_voice`) is tried first; this is the fallback when the paragraph
names no such body.

Only outside quotations (a quoted "we" is its speaker's), and only for a figure no cue of
its own sentence reports; a paragraph speaks in the first person when one of its sentences
does ("Since Sunday our teams have delivered 40 tonnes of food ... In at least nine of
them the supply has been cut off").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .carry import Carrier


def publisher_voice(carrier: Carrier, k: int, publisher: str | None) -> str | None:
    """``publisher`` when the paragraph of sentence ``k`` speaks in the first person plural
    outside quotations (:meth:`.carry.Carrier.in_first_person`), else None."""
    if not publisher:
        return None
    first = k
    while not carrier.opens_paragraph(first):
        first -= 1
    last = k
    while last + 1 < len(carrier.sentences) and not carrier.opens_paragraph(last + 1):
        last += 1
    return publisher if any(carrier.in_first_person(j)
                            for j in range(first, last + 1)) else None
