"""The state machine that labels each line of a plain-text capture.

Why a state machine: a line's meaning depends on the zone it stands in. "Read more" after
the article opens other stories; a short line before a paragraph introduces it. Zones:

* header: everything before the first prose line; the title and the outlet/date line are here;
* body: prose lines, plus short lines that introduce prose (sub-headings);
* appeal: opened by "A message from ...:" or "Dear readers,"; all of it is boilerplate;
* comments: opened by "Comments" and kin; boilerplate;
* related: opened by "Related Articles" and kin; read by :mod:`.related`.
"""

from __future__ import annotations

from .after_article import drop_trailing_blocks, strip_repeated_prefixes
from .lexicon import Lexicon, lexicon
from .lines import (
    Line,
    glued_prefix_length,
    is_prose,
    is_short_sentence,
    is_subheading,
    is_title_like,
)
from .meta_lines import MetaLine, parse_meta_line
from .related import RelatedBlock, Story

_OPENS = {"related": "opens a block of related stories", "comments": "opens the comments",
          "appeal": "opens an appeal to readers"}


class Labeller:
    """One instance per capture; holds no state beyond it."""

    def __init__(self, lines: list[Line], lex: Lexicon | None = None) -> None:
        self.lines = lines
        self.lex = lex or lexicon()
        self.labels: dict[int, tuple[str, str]] = {}
        self.title: Line | None = None
        self.meta: MetaLine | None = None
        self.meta_outlet: str | None = None
        self.appeal_outlet: str | None = None
        self.body: list[Line] = []
        self.related = RelatedBlock()
        # why each text is furniture (None: it is not), by text: the header and the first
        # paragraph are asked about more than once, and the promotion cues are the dearest
        # test of a line
        self._furniture_of: dict[str, str | None] = {}

    @property
    def stories(self) -> list[Story]:
        return self.related.stories

    def label(self, line: Line, label: str, reason: str) -> None:
        self.labels[line.no] = (label, reason)

    def _next_text(self, i: int) -> str | None:
        for line in self.lines[i + 1:]:
            if line.text:
                return line.text
        return None

    def _short_paragraph(self, i: int, line: Line) -> bool:
        """A short sentence of its own ("Nine of them were children.") right after a
        paragraph of the body and before running text: one more paragraph, not a caption
        or an appeal (those come with no running text on both sides, or with their cues)."""
        if not is_short_sentence(line.text) or not self.body:
            return False
        before = next((ln for ln in reversed(self.lines[:i]) if ln.text), None)
        nxt = self._next_text(i)
        return before is self.body[-1] and nxt is not None and is_prose(nxt) and (
            self.lex.appeal_score(line.text) == 0 and self.lex.promo_score(line.text) == 0)

    def _marker(self, line: Line) -> str | None:
        norm = line.norm
        if norm in self.lex.related_markers:
            return "related"
        if self.lex.is_marker_of_comments(norm):
            return "comments"
        m = self.lex.match_appeal_header(line.text)
        if m:
            if m.groupdict().get("who"):
                self.appeal_outlet = self.appeal_outlet or m.group("who").strip()
            return "appeal"
        return None

    def _furniture(self, line: Line) -> str | None:
        if line.text not in self._furniture_of:
            self._furniture_of[line.text] = self._furniture_of_text(line)
        return self._furniture_of[line.text]

    def _furniture_of_text(self, line: Line) -> str | None:
        norm = line.norm
        # the word sets are ASCII, but a line of Cyrillic or Greek words has letters too
        if not norm and not any(c.isalnum() for c in line.text):
            return "no letters"
        if norm in self.lex.furniture:
            return "page furniture"
        by_form = self.lex.furniture_line(line.text)
        if by_form:
            return by_form
        if self.lex.promo_score(line.text) >= 2:
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
                self.related.take(line, self._furniture(line), self.label)
            else:
                self.label(line, "boilerplate", f"inside the {mode} block")
        drop_trailing_blocks(self.lines, self.labels, self.body, self.lex.appeal_score)
        strip_repeated_prefixes(self.body + [ln for s in self.stories for ln in s.body])

    def _find_body_start(self) -> int:
        for i, line in enumerate(self.lines):
            if not line.text:
                continue
            if self._marker(line) is not None:
                continue
            if is_prose(line.text) and not self._furniture(line) and not parse_meta_line(line.text):
                return i
        return len(self.lines)

    def _pick_title(self, header: list[Line]) -> None:
        """The headline: a title-like header line printed twice, else the last one."""
        candidates = [ln for ln in header
                      if is_title_like(ln.text) and not self._furniture(ln)
                      and not parse_meta_line(ln.text) and self._marker(ln) is None]
        if candidates:
            norms = [c.norm for c in candidates]
            repeated = [c for c, n in zip(candidates, norms, strict=True) if norms.count(n) > 1]
            self.title = repeated[0] if repeated else candidates[-1]

    def _label_header(self, body_start: int) -> None:
        header = [ln for ln in self.lines[:body_start] if ln.text]
        self._pick_title(header)
        title_norm = self.title.norm if self.title else None
        for line in header:
            meta = parse_meta_line(line.text)
            if line is self.title:
                self.label(line, "title", "headline above the article")
            elif title_norm and line.norm == title_norm:
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

    def _body_line(self, i: int, line: Line) -> None:
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
        elif self._short_paragraph(i, line):
            self.label(line, "body", "short paragraph between paragraphs")
            self.body.append(line)
        else:
            nxt = self._next_text(i)
            if (nxt and is_prose(nxt) and self.lex.promo_score(nxt) < 2
                    and is_subheading(line.text) and self.lex.appeal_score(line.text) == 0
                    and self._marker(Line(0, 0, nxt)) is None):
                self.label(line, "body", "sub-heading introducing a paragraph")
                self.body.append(line)
            else:
                self.label(line, "boilerplate", "short line outside running text")
