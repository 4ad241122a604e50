"""Quotations that run over several sentences: each sentence is the quoted speaker's.

Why apart from :mod:`.attribution`: a verb of saying is read sentence by sentence, but a
quotation is not cut by sentences. In '"We hired 40 cooks in March. Most of them came from
Porto," said Ines Duarte.' the figure stands in the first sentence and the speaker after
the second; in 'Duarte said: "Most came from Porto. We hired 40 cooks."' the figure stands
in a sentence with no verb at all. This module finds the quotations of a text (paired
marks, and a quotation that goes on into the next paragraph with a new opening mark, as
news prints long quotes) and gives every sentence part inside one the attribution of the
cue that names the quotation's speaker: a verb before its opening mark or after its closing
mark, whose speaker stands outside the quotation.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from .cue_phrases import Cue
from .opening import fast_pattern
from .records import Span
from .words import Sentence

OPENING = "“"
CLOSING = "”"
STRAIGHT = "\""
#: the words between a closing mark and the verb after it ('," Ines Duarte, head chef of
#: the Lisbon kitchen, said'): a speaker with an appositive (the first verb after the
#: quotation is the one read, whoever it names)
AFTER_REACH = 240
#: between a verb and the opening mark after it ('said on Tuesday: "')
BEFORE_REACH = 60
SIGNATURE_DASHES = ("-", "–", "—")
_SIGNATURE = fast_pattern(r"[ \t]*\n\s*(?P<dash>[-–—])[ \t]+(?=[A-Z])")
#: "Mr.", "Dr.", "Gen.": the dot of a short capitalised word before a name ends no sentence
_TITLE_DOT = fast_pattern(r"\b[A-Z][a-z]{0,3}\.(?=\s+[A-Z])")
#: 'he recalled: “', 'as she put it, "': a colon or a comma, then the opening mark
_OPENS = fast_pattern(r"(?: it)?[:,] ?[“\"]")
#: what may follow a quotation that ends its sentence: a space or a line break, then a
#: capital, another quotation, or the end of the text
_ENDS = fast_pattern(r"\s*(?:$|[A-Z“\"(])")
#: A quotation mark, or a line break with the space after it (``[“”"]|\n\s*``, written to
#: open with one class: only then does the matcher skip to the characters it opens with).
_MARKS = fast_pattern(r"[“”\"\n](?:(?<=\n)\s*)?")


def quotations(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation of ``text``, from its opening mark to past its closing
    one. A curly quotation closes at a closing mark, a straight one at the next straight
    mark; a straight mark right after a letter or a digit opens nothing (34" is inches). A
    quotation left open at a paragraph's end goes on when the next paragraph opens with a
    mark (the printing convention of a quote of several paragraphs), else it is dropped."""
    out: list[tuple[int, int]] = []
    if OPENING not in text and STRAIGHT not in text:
        return out  # every quotation opens with one of the two marks
    start: int | None = None
    opener = ""
    reopening = False  # a paragraph break inside a quotation: its next mark reopens it
    for m in _MARKS.finditer(text):
        c, i = m.group(0), m.start()
        if c[0] == "\n":
            if start is not None and not text.startswith((OPENING, STRAIGHT), m.end()):
                start = None  # an unclosed mark: a stray, not a quotation
            reopening = start is not None  # the next paragraph's mark goes on with it
            continue
        if reopening:
            reopening = False
        elif start is None:
            if c == OPENING or (c == STRAIGHT and not (i > 0 and text[i - 1].isalnum())):
                start, opener = i, c
        elif c == CLOSING or (c == STRAIGHT and opener == STRAIGHT):
            out.append((start, i + 1))
            start = None
    return out


class _Cues:
    """The cues of one sentence, sorted for look-ups by position: a text of many quotations
    in one sentence costs a search per quotation, not a pass over the sentence's cues."""

    def __init__(self, cues: list[Cue]) -> None:
        self.cues = sorted(cues, key=lambda c: c.verb.start)
        self.verbs = [c.verb.start for c in self.cues]
        sourced = sorted(c.content for c in cues if _sourced(c))
        self.content_starts = [c[0] for c in sourced]
        self.reach: list[int] = []  # the furthest content end of the cues up to each
        for c in sourced:
            self.reach.append(max(c[1], self.reach[-1] if self.reach else c[1]))

    def first_after(self, at: int) -> Cue | None:
        k = bisect_left(self.verbs, at)
        return self.cues[k] if k < len(self.cues) else None

    def last_before(self, at: int) -> Cue | None:
        """The cue whose verb ends last at or before ``at``."""
        k = bisect_left(self.verbs, at) - 1
        while k >= 0 and self.cues[k].verb.end > at:
            k -= 1
        return self.cues[k] if k >= 0 else None

    def covers(self, part: tuple[int, int]) -> bool:
        """Whether a cue with a source holds all of ``part``."""
        k = bisect_right(self.content_starts, part[0])
        return k > 0 and self.reach[k - 1] >= part[1]


_NONE = _Cues([])


class _BySentence:
    """The :class:`_Cues` of each sentence (by its first character), each built when first
    asked for: most sentences with cues stand near no quotation, and sorting theirs cost
    more than reading the quotations."""

    def __init__(self, cues: list[Cue]) -> None:
        self.grouped: dict[int, list[Cue]] = {}
        for c in cues:
            self.grouped.setdefault(c.sentence[0], []).append(c)
        self.built: dict[int, _Cues] = {}

    def get(self, start: int, default: _Cues) -> _Cues:
        """The cues of the sentence that starts at ``start``; ``default`` when it has none."""
        found = self.built.get(start)
        if found is None:
            group = self.grouped.get(start)
            if group is None:
                return default
            found = self.built[start] = _Cues(group)
        return found


def quotation_cues(text: str, sents: list[Sentence], cues: list[Cue],
                   quotes: list[tuple[int, int]]) -> list[Cue]:
    """New cues for the sentence parts of a quotation that no cue with a source covers yet,
    each with the attribution of the cue that names the quotation's speaker."""
    out: list[Cue] = []
    if not quotes:
        return out
    starts = [s.start_char for s in sents]
    by_sentence = _BySentence(cues)
    for q0, q1 in quotes:
        lo = max(bisect_right(starts, q0) - 1, 0)
        hi = bisect_left(starts, q1)
        inside = sents[lo:hi]
        if not inside:
            continue
        anchor = _anchor(text, (q0, q1), sents[lo:hi + 1], by_sentence) or _lead_in(
            text, (q0, q1), sents[lo - 1:lo + 1] if lo else [], by_sentence)
        if anchor is None or not _sourced(anchor):
            continue  # the verb nearest the quotation names no one: no other verb does
        for sent in inside:
            part = (max(sent.start_char, q0), min(sent.end_char, q1))
            if part[0] >= part[1] or by_sentence.get(sent.start_char, _NONE).covers(part):
                continue  # a cue of its own covers it
            out.append(Cue(Span(part[0], part[0] + 1, text[part[0]]), anchor.attribution,
                           part, (sent.start_char, sent.end_char)))
    return out


def _sourced(cue: Cue) -> bool:
    return bool(cue.attribution.speaker or cue.attribution.org)


def _anchor(text: str, quote: tuple[int, int], inside: list[Sentence],
            by_sentence: _BySentence) -> Cue | None:
    """The cue that names the speaker of ``quote`` (``inside``: its sentences and the one
    after it): a verb right after its closing mark ('," said X', '," X, a chef, said', on
    the next line after '...,"', or a signature line '- X, chef'), else one right before
    its opening mark in its first sentence ('X said: "'), else the cue that already gives
    its first part a source (a quote that goes on after 'X said.')."""
    q0, q1 = quote
    last = next(s for s in reversed(inside) if s.start_char < q1)
    after = [c for sent in inside[-2:]
             if (c := by_sentence.get(sent.start_char, _NONE).first_after(q1)) is not None]
    if after:
        c = min(after, key=lambda c: c.verb.start)
        gap = text[q1:c.verb.start]
        # a quotation closed by a full stop ends its sentence: a verb in the next one has
        # a speaker of its own ('"We lost 14." The mayor said ...')
        own = c.sentence[0] == last.start_char or text[q1 - 2:q1 - 1] != "."
        if len(gap) <= AFTER_REACH and not any(m in gap for m in "“”\"") and (
                _next_line(text, quote, gap, c) if "\n" in gap else own):
            return c
    first = by_sentence.get(inside[0].start_char, _NONE)
    c = first.last_before(q0)
    if c is not None:
        gap = text[c.verb.end:q0]
        if len(gap) <= BEFORE_REACH and not any(m in gap for m in "“”\"\n"):
            return c
    c = first.first_after(q0)
    return c if c is not None and c.verb.start == q0 and _sourced(c) and (
        c.content[0] <= q0 < c.content[1]) else None


def _lead_in(text: str, quote: tuple[int, int], pair: list[Sentence],
             by_sentence: _BySentence) -> Cue | None:
    """'Lind's lawyer told the court that the claim was false. “The firm owes her $2
    million.”': a quotation of whole sentences (it opens its first and closes after a full
    stop, not '...,” one woman said'), with no speaker of its own, right after a sentence of
    reported speech in the same paragraph goes on with that speaker (the last verb of
    saying with a source there). ``pair``: the sentence before and the quotation's first
    sentence."""
    q0, q1 = quote
    if len(pair) < 2 or text[pair[1].start_char:q0].strip() or text[q1 - 2:q1 - 1] not in (
            ".", "!", "?") or not _ENDS.match(text, q1):
        return None
    before = pair[0]
    if "\n" in text[before.end_char:q0] or any(m in text[before.start_char:before.end_char]
                                              for m in "“”\""):
        return None
    cues = [c for c in by_sentence.get(before.start_char, _NONE).cues if _sourced(c)]
    return cues[-1] if cues else None


def _next_line(text: str, quote: tuple[int, int], gap: str, cue: Cue) -> bool:
    """Whether a cue on the line after a quotation is its speaker's: a signature ('- X,
    chef'), an attribution line after a quotation that ends in a comma ('...,"' then 'said
    X' or 'X said'), or a line that opens with the verb in lower case ('said X'), one line
    on."""
    if cue.verb.text in SIGNATURE_DASHES:
        return not gap.strip()
    return gap.count("\n") == 1 and (text[quote[1] - 2:quote[1] - 1] == "," or (
        not gap.strip() and text[cue.verb.start:cue.verb.start + 1].islower()))


def next_to_quote(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` stands right after a quotation closed by a comma
    (or a question or exclamation mark), with at most a short subject between ('“...,” he
    concluded', '"...," the statement continued', '“...,” recalled Ada Lind'), or right
    before one (:func:`opens_quote`). Verbs that say something only there ('recalled',
    'continued') do other things elsewhere ('the rally continued')."""
    before = text[max(0, start - 40):start]
    k = max(before.rfind("”"), before.rfind("\""))
    between = _TITLE_DOT.sub(" ", before[k + 1:])  # "Mr. Lind recounted": no full stop
    return (k >= 1 and before[k - 1] in ",?!" and not any(
        ch in between for ch in ".;:!?,\"“”\n")) or opens_quote(text, end)


def opens_quote(text: str, end: int) -> bool:
    """Whether a quotation opens right after the word ending at ``end``, after a colon or a
    comma ('He recalled: “...', 'As Lind recalled, "...'), an 'it' between for a verb that
    takes one ('as she put it, “...')."""
    return _OPENS.match(text, end) is not None


def signatures(text: str, quotes: list[tuple[int, int]]) -> list[int]:
    """Where the dash of each signature line stands: a paragraph that is one quotation,
    then a line that opens with a dash ('- Ada Lind, owner of Lind Bakery')."""
    out = []
    for q0, q1 in quotes:
        line = text.rfind("\n", 0, q0) + 1
        if text[line:q0].strip():
            continue
        m = _SIGNATURE.match(text, q1)
        if m:
            out.append(m.start("dash"))
    return out
