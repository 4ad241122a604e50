"""Extraction time on hostile texts: it must stay linear in the length, whatever the text holds.

Why: a fuzzing run found texts that took minutes to extract (120 KB of "1,000 " took 84 s,
50,000 emoji in a row 260 s), which stalls ``sitrep extract`` on one bad article. What: each
text below is built at ``--chars`` characters (default 1,000,000, the extraction limit) and
extracted with ``extract_text`` in this process, ``--repeats`` times (default 3) after one
warm-up that loads the pipeline; the median is reported against the 5 s target, and each text
is also timed at a quarter of the length, so that the ratio shows the growth (4 when linear,
16 when quadratic). Prints a JSON summary. Run from the repository root with ``src`` on
``PYTHONPATH``.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchlib import write_json

TARGET_SECONDS = 5.0
#: Emoji of several kinds: single code points, a flag (two regional indicators), a skin tone,
#: a family joined by zero-width joiners, a heart with a variation selector.
_EMOJI = ["😀", "🎉", "🔥", "🚀", "🇧🇾", "👍🏽", "👨‍👩‍👧", "❤️", "🙂", "🌍"]
#: A news-like passage with a figure, a speaker, a date, a place, a change and a quote.
_PROSE = ("Colonel Ivan Dubrova said on Monday that about 12,000 troops would take part in "
          "drills near Lida. The number of tanks halved, according to the ministry. "
          "\u201cWe will bring 300 jets,\u201d he said. ")


def _repeat(unit: str, chars: int) -> str:
    return (unit * (chars // len(unit) + 1))[:chars]


def _emoji(chars: int, separator: str) -> str:
    pick = random.Random(7).choice
    parts: list[str] = []
    size = 0
    while size < chars:
        parts.append(pick(_EMOJI) + separator)
        size += len(parts[-1])
    return "".join(parts)[:chars]


def _mix(chars: int) -> str:
    """Junk of every kind above, glued and spaced, with prose between."""
    pick = random.Random(11).choice
    pieces = [_PROSE, "1,000 " * 40, _emoji(300, ""), _emoji(300, " "), "x" * 2000,
              "9" * 700, "1,000 troops, " * 30, "Ivan Petrov said " * 30, "\n"]
    parts: list[str] = []
    size = 0
    while size < chars:
        parts.append(pick(pieces))
        size += len(parts[-1])
    return "".join(parts)[:chars]


TEXTS: dict[str, Callable[[int], str]] = {
    "repeated_numbers": lambda n: _repeat("1,000 ", n),
    "emoji_glued": lambda n: _emoji(n, ""),
    "emoji_spaced": lambda n: _emoji(n, " "),
    "one_emoji_run": lambda n: "😀" * n,
    "giant_token": lambda n: "x" * n,
    "mix": _mix,
}


def _time(text: str, repeats: int) -> list[float]:
    from sitrep.extract import extract_text

    seconds = []
    for _ in range(repeats):
        start = time.perf_counter()
        extract_text(text)
        seconds.append(time.perf_counter() - start)
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=1_000_000, help="length of each text")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs of each (default 3)")
    parser.add_argument("--only", nargs="*", choices=sorted(TEXTS), help="texts to time")
    parser.add_argument("--json", help="also write the result as JSON to this path")
    args = parser.parse_args(argv)

    from sitrep.extract import extract_text

    extract_text("Warm-up.")  # loads the pipeline and the gazetteer
    results = {}
    for name, build in TEXTS.items():
        if args.only and name not in args.only:
            continue
        full = statistics.median(_time(build(args.chars), args.repeats))
        quarter = statistics.median(_time(build(args.chars // 4), args.repeats))
        results[name] = {"chars": args.chars, "median_seconds": round(full, 3),
                         "quarter_median_seconds": round(quarter, 3),
                         "growth_4x_length": round(full / max(quarter, 1e-3), 2),
                         "verdict": "met" if full < TARGET_SECONDS else "missed"}
        print(f"{name}: {full:.2f} s for {args.chars:,} characters "
              f"({results[name]['growth_4x_length']}x the time of a quarter)", file=sys.stderr)
    summary = {"benchmark": "adversarial_extract", "target_seconds": TARGET_SECONDS,
               "repeats": args.repeats, "texts": results}
    print(json.dumps(summary, indent=2))
    if args.json:
        write_json(Path(args.json), summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
