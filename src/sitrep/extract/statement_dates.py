"""The day a statement was made when its own sentence does not say.

Why: a reporter dates a source's statement once ("the ministry said on Tuesday that 40
died") and goes on with what the same source said without repeating the day ("It said 12
are missing."; "He said 300 were rescued."). Those statements were made on the day given
before. A cue without a date of its own takes the date of the nearest earlier dated cue of
the same source (the same person, or the same organisation when neither names a person),
when it is close (:data:`REACH`), even when another source's dated statement lies between
them: a date is carried, never guessed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .attribution import Cue

#: How far back (in characters) a statement's date is carried: a few sentences.
REACH = 800


def _source(cue: Cue) -> tuple[str, str] | None:
    a = cue.attribution
    if a.speaker_key or a.speaker:
        return ("person", a.speaker_key or a.speaker or "")
    if a.org:
        return ("org", a.org)
    return None


def date_follow_ups(cues: list[Cue]) -> list[Cue]:
    """``cues`` (in text order) with undated follow-up statements dated (see the module)."""
    out = list(cues)
    dated: dict[tuple[str, str], Cue] = {}  # each source's last dated cue
    for i in sorted(range(len(cues)), key=lambda k: cues[k].verb.start):
        cue = cues[i]
        source = _source(cue)
        if source is None:
            continue
        if cue.attribution.stated_on is not None:
            dated[source] = cue
            continue
        last = dated.get(source)
        if last is not None and 0 <= cue.verb.start - last.verb.start <= REACH:
            cue = replace(cue, attribution=replace(
                cue.attribution, stated_on=last.attribution.stated_on,
                stated_granularity=last.attribution.stated_granularity))
            out[i] = cue
    return out
