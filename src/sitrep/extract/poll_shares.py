"""The respondents of a poll, who are no source: "58% of tenants say the rent is too high".

Why: "tenants say", "residents said" are anonymous groups that speak (:mod:`.cue_phrases`),
but a share of them is what a poll counted: the sentence is the poll's (see
:mod:`.polls`), and a cue of the group there would take it from the pollster.
"""

from __future__ import annotations

from ..lang import language_data


def counted_share(text: str, lo: int, at: int, lang: str) -> bool:
    """Whether the group of speakers at offset ``at`` (sentence from ``lo``) is the part a
    share counts: "58% of tenants say ...", "a third of tenants" not; the group answered a
    poll and is no source of its own, so the sentence stays the poll's (see
    :mod:`.polls`)."""
    t = language_data(lang).table("speech_cues").get("polls")
    if not t:
        return False
    lead = " ".join(text[max(lo, at - 40):at].lower().split())
    for link in sorted(t.get("share_of", ()), key=len, reverse=True):
        if lead.endswith(f" {link}"):
            head = lead[:-len(link) - 1].rstrip()
            return head.endswith(tuple(t["share_marks"]))
    return False
