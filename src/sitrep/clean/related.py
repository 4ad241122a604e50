"""The block of other stories a page prints after its article ("Related Articles", ...).

Why its own step: each related story becomes an article of its own (title, outlet, time and
paragraphs), never part of the main body. Inside the block, an outlet or time line starts a
new story once the current one has paragraphs, and so does a headline.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .lines import BULLET, Line, glued_prefix_length, is_outlet_like, is_prose, is_title_like
from .meta_lines import MetaLine, parse_meta_line

#: How the labeller records a line's label and reason.
Label = Callable[[Line, str, str], None]


@dataclass(slots=True)
class Story:
    titles: list[Line] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    outlet: str | None = None
    meta: MetaLine | None = None


@dataclass(slots=True)
class RelatedBlock:
    """The stories read so far from the related block of one capture."""

    stories: list[Story] = field(default_factory=list)

    def _current(self, *, fresh_after_body: bool) -> Story:
        """The story a line belongs to; a new one when there is none, or (when asked) when
        the current one already has paragraphs."""
        story = self.stories[-1] if self.stories else None
        if story is None or (fresh_after_body and story.body):
            story = Story()
            self.stories.append(story)
        return story

    def take(self, line: Line, furniture: str | None, label: Label) -> None:
        """Label one line of the block and add it to its story."""
        meta = parse_meta_line(line.text)
        if furniture and not meta:
            label(line, "boilerplate", furniture)
        elif meta or is_outlet_like(line.text):
            story = self._current(fresh_after_body=True)
            if meta and meta.kind != "byline":
                story.meta = story.meta or meta
                if meta.prefix:
                    story.outlet = story.outlet or meta.prefix
            elif not meta:
                story.outlet = story.outlet or BULLET.sub("", line.text).strip()
            label(line, "boilerplate", "outlet or time line of a related story")
        elif is_prose(line.text):
            story = self._current(fresh_after_body=False)
            line.cut = glued_prefix_length(line.text)
            story.body.append(line)
            label(line, "related", "paragraph of a related story"
                  + (" (glued navigation prefix dropped)" if line.cut else ""))
        elif is_title_like(line.text):
            self._current(fresh_after_body=True).titles.append(line)
            label(line, "related", "headline of a related story")
        else:
            label(line, "boilerplate", "short line in the related block")
