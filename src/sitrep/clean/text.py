"""Clean a plain-text page capture: label every line and cut out the article and related stories.

No library does this: a copy-paste of a news page has no markup left, only lines. Each line
is labelled ``title``, ``meta``, ``body``, ``related`` or ``boilerplate`` by a small state
machine over line features (length, sentence punctuation, stopword share, furniture and
promotion cues, date and byline patterns):

* header: everything before the first prose line; the title and the outlet/date line are here;
* body: prose lines, plus short lines that introduce prose (sub-headings);
* appeal: opened by "A message from ...:" or "Dear readers,"; all of it is boilerplate;
* comments: opened by "Comments" and kin; boilerplate;
* related: opened by "Related Articles" and kin; split into stories, each title + meta + body.

Related stories become articles of their own and are never merged into the main body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..documents import Capture, Draft, LineLabel
from ..offsets import TextBuilder
from .lexicon import (
    COMMENT_MARKERS,
    FURNITURE,
    RELATED_MARKERS,
    STOPWORDS,
    WIDGET_WORDS,
    appeal_header,
    appeal_score,
    furniture_line,
    normalise_line,
    promo_score,
)
from .meta_lines import MetaLine, parse_meta_line, resolve_meta_date

_SENTENCE_END = tuple('.!?"”’\')…')
_WIDGET_RUN = re.compile(
    r"(?:(?:" + "|".join(re.escape(w) for w in sorted(WIDGET_WORDS, key=len, reverse=True))
    + r")(?=[A-Z\s|·•/]|$)[\s|·•/]*){2,}"
)
_OPENS = {"related": "opens a block of related stories", "comments": "opens the comments",
          "appeal": "opens an appeal to readers"}
_BULLET = re.compile(r"^[•·*▪►]\s*")
_WORD = re.compile(r"[\w'’-]+")


@dataclass(slots=True)
class _Line:
    no: int
    start: int  # raw offset of the first non-blank character
    text: str  # the line without surrounding blanks
    cut: int = 0  # characters of glued navigation prefix to drop
    norm: str = ""  # normalise_line(text), computed once

    def __post_init__(self) -> None:
        self.norm = normalise_line(self.text)

    @property
    def kept(self) -> str:
        return self.text[self.cut:]


def _split_lines(raw: str) -> list[_Line]:
    lines, pos = [], 0
    for no, chunk in enumerate(raw.split("\n"), start=1):
        stripped = chunk.strip()
        lead = len(chunk) - len(chunk.lstrip())
        lines.append(_Line(no, pos + lead, stripped))
        pos += len(chunk) + 1
    return lines


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def is_prose(text: str) -> bool:
    """A line that reads as running text: long enough, and ends like a sentence.

    Headlines are capitalised word by word; sentences, in any language written in cased
    letters, are mostly lower case. English stopwords would not tell a Polish sentence.
    """
    words = _words(text)
    n = len(words)
    if n >= 20:
        return True
    if n < 8 or not text.rstrip().endswith(_SENTENCE_END):
        return False
    lower = sum(1 for w in words if w[:1].islower() or w.lower() in STOPWORDS) / n
    return lower >= 0.4


def is_subheading(text: str) -> bool:
    """A short line that may introduce the paragraph below it ("How many troops?")."""
    n = len(_words(text))
    return 2 <= n <= 15 and not text.rstrip().endswith(".") and len(text) <= 150


def is_title_like(text: str) -> bool:
    n = len(_words(text))
    return 4 <= n <= 30 and not text.rstrip().endswith(".") and len(text) <= 250


def is_outlet_like(text: str) -> bool:
    """A bare name line such as ``CNN`` or ``• The Vilnius Ledger``."""
    bare = _BULLET.sub("", text).strip()
    words = bare.split()
    if _BULLET.match(text):
        return 0 < len(words) <= 5
    return 0 < len(words) <= 3 and bare[:1].isupper() and not bare.endswith((".", ":", "?"))


def glued_prefix_length(text: str) -> int:
    """Length of a navigation prefix glued onto a paragraph, ended by share-widget words.

    ``Europe Defence PoliticsFacebookTweetLink Follow Troops will ...`` gives the offset of
    ``Troops``. Zero when there is none.
    """
    for m in _WIDGET_RUN.finditer(text, 0, min(len(text), 300)):
        rest = text[m.end():]
        if (rest[:1].isupper() or rest[:1] in "\"“‘'") and len(_words(rest)) >= 8:
            return m.end()
    return 0


@dataclass(slots=True)
class _Story:
    titles: list[_Line] = field(default_factory=list)
    body: list[_Line] = field(default_factory=list)
    outlet: str | None = None
    meta: MetaLine | None = None


@dataclass(frozen=True, slots=True)
class TextCleanResult:
    labels: tuple[LineLabel, ...]
    drafts: tuple[Draft, ...]  # the main article first (when there is one), then related
    note: str


class _Labeller:
    """The state machine. One instance per capture; holds no state beyond it."""

    def __init__(self, lines: list[_Line]) -> None:
        self.lines = lines
        self.labels: dict[int, tuple[str, str]] = {}
        self.title: _Line | None = None
        self.meta: MetaLine | None = None
        self.meta_outlet: str | None = None
        self.appeal_outlet: str | None = None
        self.body: list[_Line] = []
        self.stories: list[_Story] = []

    def label(self, line: _Line, label: str, reason: str) -> None:
        self.labels[line.no] = (label, reason)

    def _next_text(self, i: int) -> str | None:
        for line in self.lines[i + 1:]:
            if line.text:
                return line.text
        return None

    def _marker(self, line: _Line) -> str | None:
        norm = line.norm
        if norm in RELATED_MARKERS:
            return "related"
        if norm in COMMENT_MARKERS or re.fullmatch(r"\d+ comments?", norm):
            return "comments"
        m = appeal_header(line.text)
        if m:
            if m.groupdict().get("who"):
                self.appeal_outlet = self.appeal_outlet or m.group("who").strip()
            return "appeal"
        return None

    def _furniture(self, line: _Line) -> str | None:
        norm = line.norm
        if not norm:
            return "no letters"
        if norm in FURNITURE:
            return "page furniture"
        by_form = furniture_line(line.text)
        if by_form:
            return by_form
        if promo_score(line.text) >= 2:
            return "promotion (app, subscription, donation or cookie cues)"
        return None

    def run(self) -> None:
        body_start = self._find_body_start()
        self._label_header(body_start)
        mode = "body"
        for i in range(body_start, len(self.lines)):
            line = self.lines[i]
            if not line.text:
                continue
            marker = self._marker(line)
            if marker:
                mode = marker
                self.label(line, "boilerplate", _OPENS[marker])
                continue
            if mode == "body":
                self._body_line(i, line)
            elif mode == "related":
                self._related_line(line)
            else:
                self.label(line, "boilerplate", f"inside the {mode} block")
        self._drop_trailing_blocks()
        self._strip_repeated_prefixes()

    def _blocks(self) -> list[list[_Line]]:
        """Body lines in runs; a run ends at any non-empty line that is not body."""
        blocks: list[list[_Line]] = []
        current: list[_Line] = []
        for line in self.lines:
            if not line.text:
                continue
            if self.labels.get(line.no, ("",))[0] == "body":
                current.append(line)
            elif current:
                blocks.append(current)
                current = []
        if current:
            blocks.append(current)
        return blocks

    @staticmethod
    def _context(block: list[_Line], filled: list[_Line], position: dict[int, int],
                 before: int, after: int) -> str:
        """The block's text with up to ``before``/``after`` non-empty lines around it."""
        first, last = position[block[0].no], position[block[-1].no]
        return " ".join(ln.text for ln in filled[max(0, first - before):last + 1 + after])

    def _drop_trailing_blocks(self) -> None:
        """Runs of prose after the article that are appeals or stray footer text.

        The article is the longest run of body lines. A later run that is separated from it
        by other lines is dropped when, with the lines around it (a header such as "Before
        you go", buttons such as "Give once"), it reads as an appeal to readers, or when it
        is a line or two after three or more lines of furniture.
        """
        blocks = self._blocks()
        if len(blocks) < 2:
            return
        main = max(range(len(blocks)), key=lambda i: sum(len(ln.text) for ln in blocks[i]))
        filled = [ln for ln in self.lines if ln.text]
        position = {ln.no: i for i, ln in enumerate(filled)}
        for i in range(main + 1, len(blocks)):
            block = blocks[i]
            gap = position[block[0].no] - position[blocks[i - 1][-1].no] - 1
            if appeal_score(self._context(block, filled, position, 2, 3)) >= 3:
                reason = "appeal to readers after the article"
            elif gap >= 3 and len(block) <= 2:
                reason = "stray text among the furniture after the article"
            else:
                continue
            for line in block:
                self.label(line, "boilerplate", reason)
                self.body.remove(line)

    def _find_body_start(self) -> int:
        for i, line in enumerate(self.lines):
            if not line.text:
                continue
            if self._marker(line) is not None:
                continue
            if is_prose(line.text) and not self._furniture(line) and not parse_meta_line(line.text):
                return i
        return len(self.lines)

    def _label_header(self, body_start: int) -> None:
        header = [ln for ln in self.lines[:body_start] if ln.text]
        candidates = [ln for ln in header
                      if is_title_like(ln.text) and not self._furniture(ln)
                      and not parse_meta_line(ln.text) and self._marker(ln) is None]
        if candidates:
            norms = [normalise_line(c.text) for c in candidates]
            repeated = [c for c, n in zip(candidates, norms, strict=True) if norms.count(n) > 1]
            self.title = repeated[0] if repeated else candidates[-1]
        title_norm = normalise_line(self.title.text) if self.title else None
        for line in header:
            meta = parse_meta_line(line.text)
            if line is self.title:
                self.label(line, "title", "headline above the article")
            elif title_norm and normalise_line(line.text) == title_norm:
                self.label(line, "boilerplate", "the headline printed again")
            elif meta and (self.meta is None or (self.meta.kind == "byline")):
                self.label(line, "meta", f"{meta.kind} line")
                if meta.kind != "byline" or self.meta is None:
                    self.meta = meta
                if meta.prefix and meta.kind == "relative" and not self.meta_outlet:
                    self.meta_outlet = meta.prefix
            elif meta:
                self.label(line, "meta", f"{meta.kind} line")
            else:
                reason = self._furniture(line) or "header line before the article"
                self.label(line, "boilerplate", reason)

    def _body_line(self, i: int, line: _Line) -> None:
        furniture = self._furniture(line)
        if furniture:
            self.label(line, "boilerplate", furniture)
        elif is_prose(line.text):
            line.cut = glued_prefix_length(line.text)
            reason = "paragraph" + (" (glued navigation prefix dropped)" if line.cut else "")
            self.label(line, "body", reason)
            self.body.append(line)
        elif parse_meta_line(line.text):
            self.label(line, "boilerplate", "date or byline inside the page")
        else:
            nxt = self._next_text(i)
            if (nxt and is_prose(nxt) and promo_score(nxt) < 2 and is_subheading(line.text)
                    and appeal_score(line.text) == 0
                    and self._marker(_Line(0, 0, nxt)) is None):
                self.label(line, "body", "sub-heading introducing a paragraph")
                self.body.append(line)
            else:
                self.label(line, "boilerplate", "short line outside running text")

    def _related_line(self, line: _Line) -> None:
        story = self.stories[-1] if self.stories else None
        meta = parse_meta_line(line.text)
        furniture = self._furniture(line)
        if furniture and not meta:
            self.label(line, "boilerplate", furniture)
        elif meta or is_outlet_like(line.text):
            if story is None or story.body:
                story = _Story()
                self.stories.append(story)
            if meta and meta.kind != "byline":
                story.meta = story.meta or meta
                if meta.prefix:
                    story.outlet = story.outlet or meta.prefix
            elif not meta:
                story.outlet = story.outlet or _BULLET.sub("", line.text).strip()
            self.label(line, "boilerplate", "outlet or time line of a related story")
        elif is_prose(line.text):
            if story is None:
                story = _Story()
                self.stories.append(story)
            line.cut = glued_prefix_length(line.text)
            story.body.append(line)
            self.label(line, "related", "paragraph of a related story"
                       + (" (glued navigation prefix dropped)" if line.cut else ""))
        elif is_title_like(line.text):
            if story is None or story.body:
                story = _Story()
                self.stories.append(story)
            story.titles.append(line)
            self.label(line, "related", "headline of a related story")
        else:
            self.label(line, "boilerplate", "short line in the related block")

    def _strip_repeated_prefixes(self) -> None:
        """A paragraph printed twice, once with junk glued before it: drop the junk.

        Pages that print a story twice show it; the shorter copy tells where the text begins.
        Junk is glued on ("Share this[Belarus and Russia]Known as"); a prefix that ends a
        sentence is text of the article, and a paragraph that
        repeats the end of another keeps it.
        """
        kept = self.body + [ln for s in self.stories for ln in s.body]
        texts = sorted({ln.kept for ln in kept if len(ln.kept) >= 80}, key=len)
        for line in kept:
            for other in texts:
                if len(other) >= len(line.kept):
                    break
                cut = len(line.kept) - len(other)
                if line.kept.endswith(other) and cut <= 300 \
                        and not line.kept[:cut].rstrip().endswith(_SENTENCE_END):
                    line.cut += cut
                    break


def _draft(part: str, lines: list[_Line], *, title: str | None, outlet: str | None,
           outlet_source: str | None, published: date | None,
           published_source: str | None) -> Draft:
    builder = TextBuilder()
    for line in lines:
        builder.add(line.kept, line.start + line.cut)
    text, offsets = builder.build()
    return Draft(part, text, offsets, title, outlet, outlet_source, published, published_source)


def clean_text_capture(capture: Capture) -> TextCleanResult:
    """Label the lines of a plain-text capture and cut out its articles."""
    lines = _split_lines(capture.raw)
    lab = _Labeller(lines)
    lab.run()

    def resolve(meta: MetaLine | None) -> tuple[date | None, str | None]:
        if meta is None:
            return None, None
        got = resolve_meta_date(meta, capture.captured_at,
                                captured_at_has_time=capture.captured_at_has_time)
        return (got.value, got.how) if got else (None, None)

    drafts: list[Draft] = []
    if lab.body:
        published, how = resolve(lab.meta)
        outlet, outlet_source = None, None
        if lab.meta_outlet:
            outlet, outlet_source = lab.meta_outlet, "outlet printed before the date line"
        elif lab.appeal_outlet:
            outlet, outlet_source = lab.appeal_outlet, "named in the outlet's own appeal"
        drafts.append(_draft("main", lab.body, title=lab.title.text if lab.title else None,
                             outlet=outlet, outlet_source=outlet_source, published=published,
                             published_source=how))
    for n, story in enumerate(s for s in lab.stories if s.body):
        published, how = resolve(story.meta)
        drafts.append(_draft(f"related-{n}", story.body,
                             title=story.titles[0].text if story.titles else None,
                             outlet=story.outlet,
                             outlet_source="printed beside the related story" if story.outlet
                             else None,
                             published=published, published_source=how))
    labels = tuple(
        LineLabel(line.no, lab.labels[line.no][0], lab.labels[line.no][1], line.start,
                  line.start + len(line.text))  # type: ignore[arg-type]
        for line in lines if line.text and line.no in lab.labels
    )
    counts: dict[str, int] = {}
    for lbl in labels:
        counts[lbl.label] = counts.get(lbl.label, 0) + 1
    note = ", ".join(f"{k}: {v} lines" for k, v in sorted(counts.items()))
    return TextCleanResult(labels, tuple(drafts), note)
