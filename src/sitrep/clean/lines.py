"""The lines of a plain-text capture and the features the labeller reads from each.

Why apart from the labeller: these tests look at one line alone (its length, how it ends,
its share of lower-case words), so they can be read, tried and tested without the state
machine that decides what the lines around them are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..offsets import Segment
from .lexicon import lexicon, normalise_line

SENTENCE_END = tuple('.!?"”’\')…')
BULLET = re.compile(r"^[•·*▪►]\s*")
_WORD = re.compile(r"[\w'’-]+")
#: Characters of a line whose words :func:`is_prose` counts first: a paragraph has its
#: twenty words well before this, so its whole length need not be split.
_PROSE_OPENING = 200


@dataclass(frozen=True, slots=True)
class RawLine:
    """A line of the raw capture that a line of the cleaner stands for, wholly or in part."""

    no: int
    start: int
    end: int


@dataclass(slots=True)
class Line:
    no: int
    start: int  # raw offset of the first non-blank character
    text: str  # the line without surrounding blanks
    cut: int = 0  # characters of glued navigation prefix to drop
    norm: str = ""  # normalise_line(text), computed once
    #: Where the pieces of ``text`` lie in the raw capture when they do not follow each other
    #: there (each: where it begins in ``text``, where in the raw capture, its length): the
    #: lines of a wrapped paragraph (:mod:`.unwrap`), the words of a Markdown line without
    #: its markup (:mod:`.markdown`). Empty when ``text`` is one piece at ``start``.
    parts: tuple[Segment, ...] = ()
    #: The raw lines this line stands for, when not its own one alone (as ``parts``).
    origin: tuple[RawLine, ...] = ()

    def __post_init__(self) -> None:
        self.norm = normalise_line(self.text)

    @property
    def kept(self) -> str:
        return self.text[self.cut:]

    def raw_parts(self) -> tuple[Segment, ...]:
        """Each piece of the whole text and where it lies in the raw capture."""
        return self.parts or (Segment(0, self.start, len(self.text)),)

    def raw_lines(self) -> tuple[RawLine, ...]:
        """The raw lines this line stands for: the cleaner's verdict on it is theirs."""
        return self.origin or (RawLine(self.no, self.start, self.start + len(self.text)),)

    def kept_segments(self) -> list[Segment]:
        """Where the pieces of the kept text (``clean_start`` within it) lie in the capture."""
        out = []
        for part in self.raw_parts():
            lo, hi = max(part.clean_start, self.cut), part.clean_start + part.length
            if hi > lo:
                out.append(Segment(lo - self.cut, part.raw_start + lo - part.clean_start, hi - lo))
        return out


def rebuilt(line: Line, pieces: Sequence[tuple[int, int] | str]) -> Line:
    """A line whose text is made of ranges of ``line.text``, each keeping its place in the
    raw capture (through the pieces ``line`` came from, when it was joined), and of strings
    put in (a decoded character reference), which have no place there; blanks at both ends
    are dropped. Markup taken out (:mod:`.markdown`) is a range left out."""
    texts: list[str] = []
    segments: list[Segment] = []
    at = 0
    for piece in pieces:
        if isinstance(piece, tuple):
            start, end = piece
            for part in line.raw_parts():
                lo, hi = max(start, part.clean_start), min(end, part.clean_start + part.length)
                if hi > lo:
                    segments.append(Segment(at + lo - start, part.raw_start + lo - part.clean_start,
                                            hi - lo))
            piece = line.text[start:end]
        texts.append(piece)
        at += len(piece)
    whole = "".join(texts)
    lead = len(whole) - len(whole.lstrip())
    text = whole.strip()
    kept = [Segment(max(s.clean_start, lead) - lead, s.raw_start + max(s.clean_start, lead)
                    - s.clean_start, min(s.clean_start + s.length, lead + len(text))
                    - max(s.clean_start, lead))
            for s in segments]
    kept = [s for s in kept if s.length > 0] or [Segment(0, line.start, 0)]  # none: no place
    return Line(line.no, kept[0].raw_start, text, parts=tuple(kept), origin=line.raw_lines())


def split_lines(raw: str) -> list[Line]:
    lines, pos = [], 0
    for no, chunk in enumerate(raw.split("\n"), start=1):
        stripped = chunk.strip()
        lead = len(chunk) - len(chunk.lstrip())
        lines.append(Line(no, pos + lead, stripped))
        pos += len(chunk) + 1
    return lines


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def is_prose(text: str) -> bool:
    """A line that reads as running text: long enough, and ends like a sentence.

    Headlines are capitalised word by word; sentences, in any language written in cased
    letters, are mostly lower case. English stopwords would not tell a Polish sentence.

    The words of the opening are counted first: each of them is a word of the whole line
    (the last one perhaps cut short), so twenty there are twenty in the line.
    """
    words = _WORD.findall(text, 0, _PROSE_OPENING)
    if len(words) < 20 and len(text) > _PROSE_OPENING:
        words = _words(text)
    n = len(words)
    if n >= 20:
        return True
    if n < 8 or not text.rstrip().endswith(SENTENCE_END):
        return False
    return _lower_share(words) >= 0.4


def is_short_sentence(text: str) -> bool:
    """A sentence too short for :func:`is_prose` ("Nine of them were children."): four to
    seven words, ending like a sentence, mostly lower case (a name counting once). Kept only
    between paragraphs of running text (clean/labeller.py): alone, such a line may be a
    caption or an appeal."""
    if not text.rstrip().endswith(SENTENCE_END):
        return False
    words = _words(text)
    return 4 <= len(words) < 8 and _lower_share(words) >= 0.5


def _lower_share(words: list[str]) -> float:
    """The share of lower-case words (stopwords count as such: "The"), a run of capitalised
    words counting once: one name however long ("South Korea's National Intelligence
    Service (NIS) said 40 died." is a sentence; a line of capitalised words is one name)."""
    stopwords = lexicon().stopwords
    units = lower = 0
    in_name = False
    for w in words:
        if w[:1].islower() or w.lower() in stopwords:
            lower += 1
            in_name = False
        elif w[:1].isupper():
            if in_name:
                continue
            in_name = True
        else:  # a number
            in_name = False
        units += 1
    return lower / units


def is_subheading(text: str) -> bool:
    """A short line that may introduce the paragraph below it ("How many troops?")."""
    if len(text) > 150 or text.rstrip().endswith("."):  # the cheap tests first
        return False
    return 2 <= len(_words(text)) <= 15


def is_title_like(text: str) -> bool:
    if len(text) > 250 or text.rstrip().endswith("."):  # the cheap tests first
        return False
    return 4 <= len(_words(text)) <= 30


def is_outlet_like(text: str) -> bool:
    """A bare name line such as ``CNN`` or ``• The Vilnius Ledger``."""
    bare = BULLET.sub("", text).strip()
    words = bare.split()
    if BULLET.match(text):
        return 0 < len(words) <= 5
    return 0 < len(words) <= 3 and bare[:1].isupper() and not bare.endswith((".", ":", "?"))


def glued_prefix_length(text: str) -> int:
    """Length of a navigation prefix glued onto a paragraph, ended by share-widget words.

    ``Europe Defence PoliticsFacebookTweetLink Follow Troops will ...`` gives the offset of
    ``Troops``. Zero when there is none. A run holds a widget label, so a line with none
    in its opening characters (nearly every paragraph) is passed over after one quick search.
    """
    lex, end = lexicon(), min(len(text), 300)
    if lex.widget_label.search(text, 0, end) is None:
        return 0
    for m in lex.widget_run.finditer(text, 0, end):
        rest = text[m.end():]
        if (rest[:1].isupper() or rest[:1] in "\"“‘'") and len(_words(rest)) >= 8:
            return m.end()
    return 0
