"""Two passes over the labelled lines, once the state machine is done with them.

Why after the labelling: both need the whole page. Whether a run of prose is the article or
an appeal printed after it depends on which run is the longest; whether a paragraph carries
glued junk shows only when the same paragraph is printed again without it.
"""

from __future__ import annotations

from collections.abc import Callable

from .lines import SENTENCE_END, Line

#: Labels by line number: (label, reason).
Labels = dict[int, tuple[str, str]]


def _body_runs(lines: list[Line], labels: Labels) -> list[list[Line]]:
    """Body lines in runs; a run ends at any non-empty line that is not body."""
    blocks: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if not line.text:
            continue
        if labels.get(line.no, ("",))[0] == "body":
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _context(block: list[Line], filled: list[Line], position: dict[int, int],
             before: int, after: int) -> str:
    """The block's text with up to ``before``/``after`` non-empty lines around it."""
    first, last = position[block[0].no], position[block[-1].no]
    return " ".join(ln.text for ln in filled[max(0, first - before):last + 1 + after])


def drop_trailing_blocks(lines: list[Line], labels: Labels, body: list[Line],
                         appeal_score: Callable[[str], int]) -> None:
    """Runs of prose after the article that are appeals or stray footer text.

    The article is the longest run of body lines. A later run that is separated from it
    by other lines is dropped (relabelled, and taken out of ``body``) when, with the lines
    around it (a header such as "Before you go", buttons such as "Give once"), it reads as
    an appeal to readers, or when it is a line or two after three or more lines of furniture.
    """
    blocks = _body_runs(lines, labels)
    if len(blocks) < 2:
        return
    main = max(range(len(blocks)), key=lambda i: sum(len(ln.text) for ln in blocks[i]))
    filled = [ln for ln in lines if ln.text]
    position = {ln.no: i for i, ln in enumerate(filled)}
    for i in range(main + 1, len(blocks)):
        block = blocks[i]
        gap = position[block[0].no] - position[blocks[i - 1][-1].no] - 1
        if appeal_score(_context(block, filled, position, 2, 3)) >= 3:
            reason = "appeal to readers after the article"
        elif gap >= 3 and len(block) <= 2:
            reason = "stray text among the furniture after the article"
        else:
            continue
        for line in block:
            labels[line.no] = ("boilerplate", reason)
            body.remove(line)


def strip_repeated_prefixes(kept: list[Line]) -> None:
    """A paragraph printed twice, once with junk glued before it: drop the junk.

    Pages that print a story twice show it; the shorter copy tells where the text begins.
    Junk is glued on ("Share this[Belarus and Russia]Known as"); a prefix that ends a
    sentence is text of the article, and a paragraph that repeats the end of another keeps it.
    """
    texts = sorted({ln.kept for ln in kept if len(ln.kept) >= 80}, key=len)
    for line in kept:
        for other in texts:
            if len(other) >= len(line.kept):
                break
            cut = len(line.kept) - len(other)
            if line.kept.endswith(other) and cut <= 300 \
                    and not line.kept[:cut].rstrip().endswith(SENTENCE_END):
                line.cut += cut
                break
