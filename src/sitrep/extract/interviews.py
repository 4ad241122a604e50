"""Interviews printed as questions and answers: an answer's figures are the interviewee's.

Why: a page that prints "Q: How much food do you waste?" then "A: I throw away one dish in
ten" has no verb of saying and no quotation marks, yet the count is the interviewee's
claim, not the page's. The rule reads lines: a question line (it ends with a question mark
or opens with a question lead, "Q:"), then answer lines, each opening with an answer lead
("A:", a dash) or speaking in the first person ("I", "we"), up to the next question. The
interviewee is the person named last before the questions began (a name on a line of its
own, or "we spoke to Ada Lind"); the reader of each language finds that name its own way.
The leads and first-person words are the language's (``lang/<code>/interviews.json``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ..errors import UsageError
from ..lang import language_data
from .cue_phrases import Cue
from .opening import fast_pattern
from .records import Attribution, Mention, Span
from .words import Sentence

_LINE = fast_pattern(r"[^\n]+")
_WORD = fast_pattern(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True, slots=True)
class InterviewWords:
    """One language's question and answer leads and first-person words."""

    question_leads: tuple[str, ...]
    answer_leads: tuple[str, ...]
    first_person: frozenset[str]


_AFTER = 1 << 62  # sorts after every line that starts at the same character


@dataclass(frozen=True, slots=True)
class Interview:
    """The questions and answers of a page: each answer line's (start, end), and every
    question and answer line's, which name no interviewee (the name stands outside them)."""

    answers: tuple[tuple[int, int], ...] = ()
    lines: tuple[tuple[int, int], ...] = ()

    def outside(self, at: int) -> bool:
        """Whether the character at ``at`` stands outside every question and answer line."""
        k = bisect_right(self.lines, (at, _AFTER)) - 1
        return k < 0 or not (self.lines[k][0] <= at < self.lines[k][1])



#: a line longer than this that is neither question nor answer ends an interview; a shorter
#: one is a prompt or a heading inside it ("Your favourite recipe.")
_PROMPT = 80


@cache
def interview_words(lang: str) -> InterviewWords | None:
    """The interview words of ``lang``, or None for a language without them."""
    try:
        t = language_data(lang).table("interviews")
    except UsageError:
        return None
    return InterviewWords(tuple(t["question_leads"]), tuple(t["answer_leads"]),
                          frozenset(w.lower() for w in t["first_person"]))


def interview(text: str, lang: str) -> Interview:
    """The questions and answers of ``text``: an answer line opens with an answer lead
    inside an interview, or speaks in the first person right after a question or an
    answer. A page with one question and no question lead ("Q:") holds no interview."""
    words = interview_words(lang)
    if words is None or "?" not in text:
        return Interview()
    found: list[tuple[int, int]] = []
    lines: list[tuple[int, int]] = []
    inside = answering = False
    asked = 0
    for line in _LINE.finditer(text):
        body = line.group(0).strip()
        if not body:
            continue
        if body.endswith("?") or body.startswith(words.question_leads):
            inside = answering = True
            # one question with no lead may be the writer's own ("So why does it matter?")
            asked += 2 if body.startswith(words.question_leads) else 1
            lines.append(line.span())
            continue
        if inside and (body.startswith(words.answer_leads) or (answering and not (
                words.first_person.isdisjoint(w.lower() for w in _WORD.findall(body))))):
            found.append(line.span())
            lines.append(line.span())
            answering = True
            continue
        answering = False
        inside = inside and len(body) <= _PROMPT
    return Interview(tuple(found), tuple(lines)) if found and asked >= 2 else Interview()


_NAME_LINE = fast_pattern(r"[^\W\d_][^\W\d_'’-]+(?:[ -][^\W\d_][^\W\d_'’-]+){1,2}")


def _name_lines(text: str, found: Interview) -> list[tuple[int, str]]:
    """Where each name on a line of its own (two or three capitalised words, nothing else)
    stands outside the questions and answers, and the name: how a page of interviews heads
    each one, for a reader that finds no names itself."""
    out = []
    for line in _LINE.finditer(text):
        body = line.group(0).strip()
        if _NAME_LINE.fullmatch(body) and found.outside(line.start()) and all(
                w[:1].isupper() for w in re.split(r"[ -]", body)):
            out.append((line.start(), body))
    return out


def answer_speakers(text: str, lang: str, spans: list[tuple[int, int]]) -> list[str | None]:
    """For each sentence (``spans``), the interviewee's name when it stands in an answer,
    headed by a name line (:func:`_name_lines`), else None."""
    found = interview(text, lang)
    out: list[str | None] = [None] * len(spans)
    if not found.answers:
        return out
    names = _name_lines(text, found)
    for k, (start, _) in enumerate(spans):
        a = bisect_right(found.answers, (start, len(text) + 1)) - 1
        n = bisect_left(names, (start, "")) - 1
        if a >= 0 and start < found.answers[a][1] and n >= 0:
            out[k] = names[n][1]
    return out


def answer_cues(text: str, sents: list[Sentence], mentions: list[Mention],
                attribution: Callable[[Mention], Attribution], lang: str = "en") -> list[Cue]:
    """A cue for each sentence part of each answer: the interviewee's, the person named
    last before it outside the questions and answers. A verb of saying in the answer
    outranks it, and it is not carried past the answer."""
    found = interview(text, lang)
    out: list[Cue] = []
    if not found.answers:
        return out
    starts = [sent.start_char for sent in sents]
    people = [m for m in mentions if m.kind == "person" and found.outside(m.span.start)]
    ends = [m.span.end for m in people]
    for lo, hi in found.answers:
        k = bisect_right(ends, lo) - 1  # the person named last before the answer
        if k < 0:
            continue
        said = attribution(people[k])
        for sent in sents[max(bisect_right(starts, lo) - 1, 0):bisect_left(starts, hi)]:
            part = (max(sent.start_char, lo), min(sent.end_char, hi))
            if part[0] < part[1] and text[part[0]:part[1]].strip():
                out.append(Cue(Span(part[0], part[0] + 1, text[part[0]]), said, part,
                               (sent.start_char, sent.end_char), priority=-1, carries=False))
    return out
