"""Posts a page embeds: the lines above a signature such as "— Ada Lind (@adalind)
November 3, 2026" are the poster's.

Why apart from :mod:`.quotations`: an embedded tweet or Instagram post carries no quotation
marks and no verb of saying; the page prints the post's lines, then a signature line with
the poster's name, handle and day. What the post counts ("we have handed out 300,000
masks") is the poster's claim, stated on that day, not the page's. The signature words are
the language's (``lang/<code>/social_posts.json``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ..lang import language_data
from .cue_phrases import Cue
from .dates import DateMention
from .opening import fast_pattern
from .records import Attribution, Mention, Span
from .words import Sentence

_BLANK_LINE = fast_pattern(r"\n[ \t]*\n")


@dataclass(frozen=True, slots=True)
class PostWords:
    """One language's signature pattern and how far above it a post may reach."""

    signature: re.Pattern[str]
    reach: int


@cache
def post_words(lang: str) -> PostWords:
    """The signature words of ``lang``, built once per process."""
    t = language_data(lang).table("social_posts")
    leads = "|".join(r"\s+".join(map(re.escape, p.split())) for p in t["leads"])
    dashes = "".join(re.escape(d) for d in t["dashes"])
    return PostWords(fast_pattern(
        rf"^[ \t]*(?:[{dashes}]|(?i:{leads}))[ \t]*(?P<who>[^\n(@]{{2,80}}?)[ \t]*"
        r"\(@[\w.]{1,40}\)(?P<rest>[^\n]*)$", re.M), int(t["reach"]))


def post_cues(text: str, sents: list[Sentence], mentions: list[Mention],
              dates: list[DateMention],
              attribution: Callable[[Mention, DateMention | None], Attribution],
              lang: str = "en") -> list[Cue]:
    """A cue for each sentence part of each embedded post whose signature names a person
    or an organisation: the post is the signer's, stated on the signature's day. Its cues
    are not carried on: after the post the page speaks in its own voice again."""
    words = post_words(lang)
    if "(@" not in text:
        return []
    starts = [s.start_char for s in sents]
    out: list[Cue] = []
    for m in words.signature.finditer(text):
        k = bisect_left(mentions, m.start("who"), key=_start)
        signer = mentions[k] if k < len(mentions) else None
        if signer is None or signer.kind not in ("person", "org") or (
                signer.span.end > m.end("who")):
            continue
        day = next((d for d in dates if m.start("rest") <= d.start < m.end("rest")
                    and d.value is not None), None)
        said = attribution(signer, day)
        b0, b1 = _post(text, m.start(), words.reach)
        for sent in sents[max(bisect_right(starts, b0) - 1, 0):bisect_left(starts, b1)]:
            part = (max(sent.start_char, b0), min(sent.end_char, b1))
            if part[0] < part[1] and text[part[0]:part[1]].strip():
                out.append(Cue(Span(part[0], part[0] + 1, text[part[0]]), said, part,
                               (sent.start_char, sent.end_char), carries=False))
    return out


def _post(text: str, signature: int, reach: int) -> tuple[int, int]:
    """The post above the signature at ``signature``: the lines from the blank line
    before them (at most ``reach`` characters up) to the signature."""
    end = len(text[:signature].rstrip())
    lo = max(0, end - reach)
    blanks = list(_BLANK_LINE.finditer(text, lo, end))
    if blanks:
        return blanks[-1].end(), end
    line = text.find("\n", lo, end)  # no blank line within reach: whole lines only
    return (line + 1 if line >= 0 and lo > 0 else lo), end


def _start(m: Mention) -> int:
    return m.span.start
