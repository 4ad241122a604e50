"""Clean a plain-text page capture: label every line and cut out the article and related stories.

No library does this: a copy-paste of a news page has no markup left, only lines. Each line
is labelled ``title``, ``meta``, ``body``, ``related`` or ``boilerplate`` by a small state
machine (:mod:`.labeller`) over line features (:mod:`.lines`: length, sentence punctuation,
stopword share; :mod:`.lexicon`: furniture and promotion cues; :mod:`.meta_lines`: date and
byline patterns). Related stories (:mod:`.related`) become articles of their own and are
never merged into the main body (:mod:`.drafts`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..documents import Capture, Draft, LineLabel
from .drafts import article_drafts
from .labeller import Labeller
from .lines import split_lines
from .markdown import unmark_lines
from .references import decode_lines
from .unwrap import unwrap_lines

MARKUP_ONLY = "markup alone (a Markdown image, rule or link definition)"


@dataclass(frozen=True, slots=True)
class TextCleanResult:
    labels: tuple[LineLabel, ...]
    drafts: tuple[Draft, ...]  # the main article first (when there is one), then related
    note: str


def clean_text_capture(capture: Capture) -> TextCleanResult:
    """Label the lines of a plain-text capture and cut out its articles."""
    raw_lines = split_lines(capture.raw)
    lines = decode_lines(unmark_lines(unwrap_lines(raw_lines)))
    lab = Labeller(lines)
    lab.run()
    drafts = article_drafts(lab, capture)
    verdicts = {  # a joined line's verdict goes to each raw line it was joined from
        raw.no: LineLabel(raw.no, lab.labels[line.no][0], lab.labels[line.no][1], raw.start,
                          raw.end)  # type: ignore[arg-type]
        for line in lines if line.text and line.no in lab.labels
        for raw in line.raw_lines()
    }
    labels = tuple(  # a line of markup alone (a Markdown image, a rule) is no line to read
        verdicts.get(line.no) or LineLabel(line.no, "boilerplate", MARKUP_ONLY, line.start,
                                           line.start + len(line.text))
        for line in raw_lines if line.text)
    counts: dict[str, int] = {}
    for lbl in labels:
        counts[lbl.label] = counts.get(lbl.label, 0) + 1
    note = ", ".join(f"{k}: {v} lines" for k, v in sorted(counts.items()))
    return TextCleanResult(labels, tuple(drafts), note)
