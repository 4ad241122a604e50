"""Who "the spokesman said" or "the Bihor prefect said" refers to, before or after it.

Why: a role with no name refers back to the person last named ("Ada Lind ... the spokesman
said"). A wire lead often gives the speaker's office only and names the person in the next
sentence ("..., the Bihor prefect said on Monday. Prefect Ion Varga said 1,900 people had
been evacuated"): with no one named before, it referred to no one and the lead's figures
had no source. Then the person named next, within a short reach and outside quotes, whose
title holds the role's word, is the one who spoke. A role after a place ("the Bihor
prefect") is that place's office: only a person whose title holds the word may hold it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from .records import Mention, Span
from .speech_cues import SpeechCues
from .words import Sentence, Words

if TYPE_CHECKING:
    from .speakers import Speakers

#: how far after the sentence that names a role (or describes a body: "the port authority
#: said") its holder may be named, in characters
REACH = 400


def named_within(speakers: Speakers, lo: int, hi: int) -> Iterator[Mention]:
    """The names outside quotes of the sentences that start from ``lo`` up to ``hi``, in
    text order (``speakers.unquoted``)."""
    for start in sorted(k for k in speakers.unquoted if lo <= k < hi):
        yield from speakers.unquoted[start]


def named_ahead(speakers: Speakers, sent: Sentence, role: str) -> Mention | None:
    """The person named after ``sent`` (within :data:`REACH`) whose title holds ``role``."""
    return next((m for m in named_within(speakers, sent.end_char, sent.end_char + REACH)
                 if m.kind == "person" and m.role and role in m.role.lower().split()), None)


def placed_role(words: Words, k: int, cues: SpeechCues) -> int | None:
    """Where "the" stands when the role word at token ``k`` follows it and one to three
    capitalised words ("the Bihor prefect", "the Satu Mare prefect"), else None."""
    i = k - 1
    while i >= 0 and i > k - 4 and words.text[i][:1].isupper():
        i -= 1
    return i if i >= 0 and i < k - 1 and words.lower[i] in cues.referring else None


def role_holder(speakers: Speakers, sent: Sentence, k: int, before: list[Mention]
                ) -> Mention | None:
    """The person the role at token ``k`` refers to: the last named in the sentence before
    it, else the last named before the sentence, else the one named right after it."""
    role = speakers.words.lower[k]
    placed = placed_role(speakers.words, k, speakers.cues)
    holds = lambda m: placed is None or (m.role is not None and role in m.role.lower())  # noqa: E731
    recent = next((m for m in reversed(before) if m.kind == "person"), None)
    last = speakers.last_person
    found = next((m for m in (recent, last) if m is not None and holds(m)), None) or (
        named_ahead(speakers, sent, role))
    if found is None or placed is None:
        return found
    # "..., the Bihor prefect said": the name stands where the whole phrase stands, so that
    # what was said is read before it
    w = speakers.words
    return replace(found, span=Span(w.idx[placed], w.end_char(k),
                                    speakers.text[w.idx[placed]:w.end_char(k)]))


def placed_title(words: Words, k: int, cues: SpeechCues) -> bool:
    """Whether the role word at token ``k`` follows "the" and a place's name."""
    return placed_role(words, k, cues) is not None
