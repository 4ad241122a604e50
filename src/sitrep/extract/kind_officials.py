"""Officials named by their body's kind: "agency officials said", "ministry officials
said" after the agency or the ministry was named are that body's officials.

Why apart from :mod:`.cue_phrases`: an anonymous group of speakers is read as a group
("officials", qualified by the country of the place named last), and a lower-case noun
before it ("agency", "ministry") only says which kind of body they work for. When the body
named last (in the sentence before the group, else before the sentence) is of that kind
(its name holds the noun, as :func:`.speaker_clauses.of_kind` asks of "the ministry said"),
it is the source: "The Halden Space Agency expects to invest $3 billion in rovers, agency
officials said" is the agency's figure, not that of some officials.
"""

from __future__ import annotations

from bisect import bisect_left

from .records import Mention
from .speech_cues import SpeechCues


def kind_body(who: str, mentions: list[Mention], lo: int, at: int, last_org: Mention | None,
              cues: SpeechCues) -> Mention | None:
    """The body whose officials ``who`` ("agency officials") are: the organisation named
    last before offset ``at`` in the sentence from ``lo`` (``mentions``: in text order),
    else ``last_org``, when its name holds the kind noun; else None."""
    parts = who.lower().split()
    if parts and parts[0] in cues.anonymous_determiners:
        parts = parts[1:]  # "the agency officials"
    if len(parts) != 2 or parts[0] not in cues.kind_heads:
        return None
    start = bisect_left(mentions, lo, key=_start)
    recent = next((m for m in reversed(mentions[start:bisect_left(mentions, at, key=_start)])
                   if m.kind == "org" and m.span.end <= at), None) or last_org
    if recent is None or parts[0] not in recent.name.lower().split():
        return None
    return recent


def _start(m: Mention) -> int:
    return m.span.start
