"""List every figure sitrep reads from the texts of ../shared/data/article-extraction-benchmark
that are not in English, with the count per text.

Why: the hand check (``hand_check_sample.py``) draws its figures from all 181 texts, and a
few pages in Russian or German (a recipe collection, a diet plan, a trade-fair notice) once
gave a quarter of them, nearly all no figures at all. Nobody has annotated these pages, so a
person reads this list: every figure with its words around it, value, hedge, unit and
measure, to tell which rules of ``sitrep/extract/foreign`` still let a non-figure through.

What: each text is read as a run would read it (the language found at ingest picks the
reader); texts found to be English are skipped; the others are listed in the file's order,
then a count per text and in all. Run from the repository root.
"""

from __future__ import annotations

import argparse
import json
import sys

from benchlib import AEB_DIR, skip_if_missing


def _context(text: str, start: int, end: int, width: int = 70) -> str:
    """The words around a figure on one line, the figure in [brackets]."""
    return " ".join(f"{text[max(0, start - width):start]}[{text[start:end]}]"
                    f"{text[end:end + width]}".split())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", help="only texts found to be in this language")
    args = parser.parse_args(argv)
    gt = AEB_DIR / "ground-truth.json"
    if skip_if_missing(gt):
        return 0

    from sitrep.clean.language_id import detect_language
    from sitrep.extract.runner import ExtractionJob, run_job

    counts: dict[tuple[str, str], int] = {}
    for key, page in json.loads(gt.read_text()).items():
        text = page["articleBody"]
        lang = detect_language(text)
        if lang in (None, "en") or (args.lang and lang != args.lang):
            continue
        figures = getattr(run_job(ExtractionJob(key, text, None, lang)), "figures", [])
        counts[(key[:12], lang)] = len(figures)
        for n, fig in enumerate(figures):
            bounds = f"{fig.low}-{fig.high}" if fig.low != fig.high else f"{fig.low}"
            print(f"{key[:12]}#{n} {lang} {bounds} qualifier={fig.qualifier!r} "
                  f"unit={fig.unit!r} measure={fig.measure!r}\n"
                  f"    {_context(text, fig.evidence.start, fig.evidence.end)}")
    for (key, lang), count in counts.items():
        print(f"{key} {lang}: {count} figures")
    print(f"{sum(counts.values())} figures in {len(counts)} texts not in English")
    return 0


if __name__ == "__main__":
    sys.exit(main())
