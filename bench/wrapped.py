"""How much of what the text cleaner cuts out survives a capture being hard-wrapped.

Why: a capture saved from an e-mail, a terminal browser or a PDF arrives broken into lines
of some 60 to 100 characters; the cleaner joins such paragraphs again (``clean/unwrap.py``).
This wraps every text capture it is given at several widths, as ``textwrap.fill`` breaks
lines (long lines only; short ones stay as they are), cleans both, and counts the captures
whose articles come out the same (part, title, text with blanks made single, outlet, date).
The baseline is measured in the same run: the cleaner with the joining turned off.

Inputs: the sample corpus (``corpus/txt``), the seeds (``../shared/seeds``) and the texts of
the news-dev pages (``../shared/data/news-dev/*/pages/*.json``) when they are present; the
shared ones are read here and never copied into the project.

Usage: ``python bench/wrapped.py [--widths 60,72,80,100] [--json PATH]``
"""

from __future__ import annotations

import argparse
import json
import re
import textwrap
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from benchlib import REPO_ROOT, SHARED, write_json

from sitrep.clean import text as text_cleaner
from sitrep.documents import Capture, Locator


def captures() -> Iterator[tuple[str, str, str]]:
    """(set, name, raw text) of every text capture at hand."""
    for path in sorted((REPO_ROOT / "corpus" / "txt").glob("*.txt")):
        yield "corpus", path.name, path.read_text(encoding="utf-8")
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        yield "seeds", path.name, path.read_text(encoding="utf-8")
    for path in sorted((SHARED / "data" / "news-dev").glob("*/pages/*.json")):
        yield "news-dev", f"{path.parent.parent.name}/{path.name}", \
            json.loads(path.read_text(encoding="utf-8"))["text"]


def hard_wrap(raw: str, width: int) -> str:
    return "\n".join(textwrap.fill(line, width) if len(line) > width else line
                     for line in raw.split("\n"))


def cut_out(raw: str) -> list[tuple[Any, ...]]:
    capture = Capture("text", raw, "utf-8", Locator("wrapped.txt"), datetime(2026, 1, 1),
                      "explicit")
    return [(d.part, d.title, re.sub(r"\s+", " ", d.text), d.outlet, d.published)
            for d in text_cleaner.clean_text_capture(capture).drafts]


def same_share(pages: list[tuple[str, str, str]], width: int) -> dict[str, Any]:
    """Per set, the captures whose articles come out the same when wrapped at ``width``."""
    counts: dict[str, list[int]] = {}
    changed: list[str] = []
    for group, name, raw in pages:
        same = cut_out(hard_wrap(raw, width)) == cut_out(raw)
        tally = counts.setdefault(group, [0, 0])
        tally[0] += same
        tally[1] += 1
        if not same:
            changed.append(f"{group}:{name}")
    return {"sets": {g: {"same": s, "of": n} for g, (s, n) in counts.items()},
            "changed": changed}


def measure(pages: list[tuple[str, str, str]], widths: list[int],
            joining: bool) -> dict[int, dict[str, Any]]:
    saved: Callable[..., Any] = text_cleaner.unwrap_lines
    if not joining:
        text_cleaner.unwrap_lines = lambda lines: lines  # type: ignore[assignment]
    try:
        return {w: same_share(pages, w) for w in widths}
    finally:
        text_cleaner.unwrap_lines = saved  # type: ignore[assignment]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--widths", default="60,72,80,100",
                        help="columns to wrap at, comma-separated (%(default)s)")
    parser.add_argument("--json", type=Path, metavar="PATH")
    args = parser.parse_args(argv)
    widths = [int(w) for w in args.widths.split(",")]
    pages = list(captures())
    if not any(group != "corpus" for group, _, _ in pages):
        print(f"note: {SHARED} not found; the sample corpus alone is measured")
    result = {"widths": widths, "captures": len(pages),
              "joined": measure(pages, widths, True), "baseline": measure(pages, widths, False)}
    print(f"{len(pages)} text captures; the share whose articles come out the same when "
          "hard-wrapped (joining again / baseline without it):")
    for w in widths:
        cells = []
        for group, now in result["joined"][w]["sets"].items():
            before = result["baseline"][w]["sets"][group]
            cells.append(f"{group} {now['same']}/{now['of']} ({before['same']}/{before['of']})")
        print(f"  width {w:>3}: " + ", ".join(cells))
    write_json(args.json, result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
