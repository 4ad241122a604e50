"""Verbs of saying that, with an object, say nothing: "Baker added a goal", "the index added
20 points", "the pair must each post $40,000 bail", "Lind posted 31 points".

Why: a verb on the list of saying is a cue wherever it stands, and its subject becomes the
speaker of every figure nearby. "add" and "write" say only without a count or an article
after them; "post" says something when it publishes ("posted on her page that ...",
"posted a video") but pays or scores when a sum or a number is its object (a bond, bail,
a tally). A firm's "posted a $3 billion loss" is read before this by
:mod:`.firm_subjects`, where the firm is the source of its own results, and a body that
"posted 1,200 new cases" still reports them: only a subject that is no body pays.
"""

from __future__ import annotations

import re
from functools import cache

from ..lang import language_data
from .opening import fast_pattern
from .records import Mention
from .speech_cues import SpeechCues
from .words import Words


@cache
def _sum_after(lang: str) -> re.Pattern[str]:
    """A sum or a number right after a verb, maybe after an article: " $40,000", " a
    $3 million", " 31", " twelve"."""
    data = language_data(lang)
    t = data.table("speech_cues")
    signs = sorted(data.table("figure_units")["currency_signs"], key=len, reverse=True)
    articles = "|".join(re.escape(a) for a in t["articles"])
    numbers = "|".join(re.escape(w) for w in t.get("object_leads", ()) if w not in t["articles"])
    sums = "|".join(re.escape(s) for s in signs)
    return fast_pattern(rf"\s+(?:(?:{articles})\s+)?(?:\d|(?:{sums})\s?\d|(?:{numbers})\b)",
                        re.I)


def with_object(text: str, words: Words, i: int, c: SpeechCues, mentions: list[Mention]
                ) -> bool:
    """Whether the verb of saying at token ``i`` has an object that makes it say nothing:
    a count or an article after an ``object_verbs`` verb ("added a goal"; not after a
    comma or a quote, where the speaker follows: "..., added a spokesman"), or a sum or a
    number after a ``sum_object_verbs`` verb ("each post $40,000 bond")."""
    lower = words.lower[i]
    if i + 1 >= len(words.lower):
        return False
    if lower in c.sum_object_verbs:
        return _sum_after(c.lang).match(text, words.end_char(i)) is not None and not (
            _body_subject(words, i, c, mentions))
    if lower not in c.object_verbs:
        return False
    nxt = words.lower[i + 1]
    before = text[max(0, words.idx[i] - 3):words.idx[i]].rstrip()
    return (nxt in c.object_leads or nxt[:1].isdigit()) and not before.endswith(
        (",", "\"", "”", "’"))


def _body_subject(words: Words, i: int, c: SpeechCues, mentions: list[Mention]) -> bool:
    """Whether a body stands right before the verb at ``i`` (past auxiliaries): a named
    organisation, "it", or a body's noun ("the ministry")."""
    k = i - 1
    while k > 0 and words.lower[k] in c.auxiliaries:
        k -= 1
    if k < 0:
        return False
    end = words.end_char(k)
    return words.lower[k] in c.org_pronouns or words.lower[k] in c.org_nouns or any(
        m.kind == "org" and m.span.end == end for m in mentions)
