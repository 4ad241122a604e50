"""A poll's figures are its pollster's: "a poll by the Riverside Institute found 54% ...",
"45% back the levy, a Marlow Research poll found", "according to a Halden survey, 38% ...",
"the survey, conducted by Marlow Research for the Tartu Post, found that ...".

Why apart from :mod:`.cue_phrases`: a poll is told by its noun, not by a verb of saying
with a speaker before it. "Found" there has no "that" and no name before it, and "according
to a Halden survey" names the survey, not who ran it. The body that ran the poll (named
after "by", "from", "conducted by", or before the noun) is the source; the one it was run
for ("for the Tartu Post") only commissioned it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from ..lang import language_data
from .cue_phrases import Cue
from .opening import fast_pattern
from .records import Attribution, Mention, Span
from .words import Sentence, Words


@cache
def _pattern(lang: str) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """The poll phrase of ``lang`` (its verb after it) and the words that find one in a
    text, from ``polls`` in the language's speech cues; None without them."""
    t = language_data(lang).table("speech_cues").get("polls")
    if not t:
        return None

    def either(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    articles = either([*t["articles"], *(a.capitalize() for a in t["articles"])])
    name = r"[A-Z][\w&.’'/-]*"
    body = rf"(?:(?:{articles})\s+)?{name}(?:\s+(?:(?:{either(t['joiners'])})\s+)?{name}){{0,5}}"
    lead = rf"(?:(?P<lead>{either(t['leads'])})\s+)?"
    pattern = fast_pattern(
        rf"{lead}(?:\b(?:{articles})\s+)?(?:(?:{either(t['modifiers'])})\s+)*"
        rf"(?P<pre>(?:{name}\s+){{0,4}}?)(?P<noun>\b(?:{either(t['nouns'])}))\b"
        rf"(?:,?\s+(?:{either(t['by'])})\s+(?P<post>{body}))?"
        rf"(?:\s+(?:{either(t['for'])})\s+{body})?,?"
        rf"(?:(?:\s+(?:{either(t['interposed'])})(?:\s+\w+){{0,2}}?,?)?"
        rf"\s*(?P<verb>\b(?:{either(t['verbs'])})\b)|)")
    return pattern, tuple(t["nouns"])


def poll_cues(text: str, words: Words, mentions: list[Mention], lang: str,
              dated: Callable[[Sentence, tuple[int, int], int], Attribution],
              taken: set[int]) -> list[Cue]:
    """The cues of the polls ``text`` names, one per poll phrase with a verb of finding
    after it (or "according to" before it) and a body that ran it; ``dated`` gives the
    attribution of a sentence's content (with its date of saying) for a body's name.
    ``taken``: the first characters of the sentences with a cue of their own."""
    found = _pattern(lang)
    if found is None or not words.writes_any(found[1]):
        return []
    pattern, _ = found
    marks = tuple(language_data(lang).table("speech_cues")["polls"]["share_marks"])
    out: list[Cue] = []
    # only the sentences that write a poll's noun are read with the pattern
    written = sorted({k for k, _ in words.places(found[1])})
    for n, sent in enumerate(words.sents):
        k = bisect_left(written, sent.start_char)
        if k == len(written) or written[k] >= sent.end_char:
            continue
        for m in pattern.finditer(text, sent.start_char, sent.end_char):
            if not (m.group("verb") or m.group("lead") or _subject(text, sent, m, marks)):
                continue
            who = _pollster(text, m, mentions)
            if who is None:
                continue
            tail = text[m.end():sent.end_char].strip()
            before = not m.group("lead") and text[sent.start_char:m.start()].rstrip().endswith(
                ",") and len(tail.split()) <= 4
            content = ((sent.start_char, m.start()) if before
                       else (sent.start_char, sent.end_char) if m.group("lead")
                       else (m.end(), sent.end_char))
            at = next(m.span(g) for g in ("verb", "lead", "noun") if m.group(g))
            attribution = replace(dated(sent, content, at[1]), org=who[0], speaker_key=who[1])
            out.append(Cue(Span(at[0], at[1], text[at[0]:at[1]]), attribution, content,
                           (sent.start_char, sent.end_char), priority=1))
            if content[1] == sent.end_char:
                out += _shares_after(text, words.sents[n + 1:], out[-1], taken, marks)
    return out


def _subject(text: str, sent: Sentence, m: re.Match[str], marks: tuple[str, ...]) -> bool:
    """"A fresh Kestrel poll has lower numbers (41 percent say ...)": a poll that opens its
    sentence, with no verb of finding after it, is still what the sentence tells of, so the
    shares written after it in that sentence are its own (``marks``: how a share is
    written). A poll named later in a sentence, without a verb, tells nothing of its
    shares."""
    if text[sent.start_char:m.start()].strip(" \"“‘(") or not m.group("noun"):
        return False
    return any(mark in text[m.end():sent.end_char].lower() for mark in marks)


def _shares_after(text: str, sents: list[Sentence], cue: Cue, taken: set[int],
                  marks: tuple[str, ...]) -> list[Cue]:
    """"A new X poll shows broad support. Fifty-one percent say ... And 70 percent say
    ...": the shares of the sentences after a poll's, in its paragraph, are the poll's
    while no sentence names a source of its own (``marks``: how a share is written)."""
    out = []
    end = cue.sentence[1]
    for sent in sents:
        if "\n" in text[end:sent.start_char] or sent.start_char in taken:
            break
        end = sent.end_char
        said = text[sent.start_char:sent.end_char]
        if any(mark in said.lower() for mark in marks):
            out.append(replace(cue, content=(sent.start_char, sent.end_char),
                               sentence=(sent.start_char, sent.end_char), priority=0))
    return out


def _pollster(text: str, m: re.Match[str], mentions: list[Mention]) -> tuple[str, str] | None:
    """Who ran the poll of match ``m``: the body after "by" / "from", else the name before
    the noun ("a Marlow/Kestrel poll"); a mention there gives its name and key."""
    group = "post" if m.group("post") else "pre"
    start, end = m.span(group)
    phrase = text[start:end].strip()
    if not phrase:
        return None
    first = phrase.split()[0]
    if first.lower() in ("the", "a", "an"):
        phrase = phrase[len(first):].strip()
        start = text.index(phrase, start)
    if not phrase[:1].isupper():
        return None
    named = next((x for x in mentions if start <= x.span.start < start + len(phrase)
                  and x.kind == "org" and x.span.end <= start + len(phrase)
                  and len(x.span.text) >= len(phrase) - 1), None)
    if named is not None:
        return named.name, named.key
    return phrase, "org:" + "-".join(phrase.lower().split())
