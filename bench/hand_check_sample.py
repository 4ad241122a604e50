"""Draw the figures to hand-check: 20 figures, at random but reproducibly, from the extraction
of the 181 general news texts of ../shared/data/article-extraction-benchmark.

Why: news-dev scores figures on three stories about deaths and troops; the benchmark's pages
(recipes, shopping, sport, business, tech) show whether the rules also keep out numbers that
are not figures and read the value, hedge and thing counted of those that are. Nobody has
annotated them, so a person checks a sample by hand: the same seed draws the same figures
from the same extraction, so a later check compares like with like.

What: every text (in the file's order) is extracted as ``extract_throughput.py
--benchmark-texts`` reads it, skipping those a run would not read (the language found at
ingest is not English), with the title a run reads off the page's HTML
and publication date a run reads off the page (``html/KEY.html.gz``: the title gives the
matter of figures whose sentences name none; the date, from the page's metadata or else its
URL, resolves "on Tuesday" as an ingest of the page would); every figure of every text is
listed (text key, figure order);
``random.Random(SEED).sample`` picks ``--count`` of them; each is printed with its sentence,
value, hedge, unit and thing counted. Run from the repository root.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date
from pathlib import Path

from benchlib import AEB_DIR, skip_if_missing

SEED = 20261130


def _context(text: str, start: int, end: int, width: int = 90) -> str:
    """The words around a figure on one line, the figure in [brackets]."""
    before = text[max(0, start - width):start]
    after = text[end:end + width]
    return " ".join(f"{before}[{text[start:end]}]{after}".split())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20, help="figures to draw (default 20)")
    parser.add_argument("--seed", type=int, nargs="+", default=[SEED],
                        help=f"sample seed(s), each drawn from one extraction (default {SEED})")
    parser.add_argument("--json", help="write the sample as JSON to this path")
    args = parser.parse_args(argv)
    gt = AEB_DIR / "ground-truth.json"
    if skip_if_missing(gt):
        return 0

    from sitrep.clean.language_id import detect_language
    from sitrep.extract.runner import ExtractionJob, run_job

    truth = json.loads(gt.read_text())
    texts = [(key, v["articleBody"]) for key, v in truth.items()]
    population = []
    for key, text in texts:
        # as a run would: the language found at ingest decides whether the rules read it
        title, published = _page(key, truth[key].get("url"))
        result = run_job(ExtractionJob(key, text, published, detect_language(text),
                                       title=title))
        for n, fig in enumerate(getattr(result, "figures", [])):
            population.append((key, n, text, fig))
    rows = []
    for seed in args.seed:
        rows += _draw(population, seed, args.count)
    print(f"{len(population)} figures in {len(texts)} texts")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n",
                                   encoding="utf-8")
    return 0


def _page(key: str, url: str | None) -> tuple[str | None, date | None]:
    """The page's title and publication date as an ingest of its HTML reads them: the title
    from the headline, og:title or <title>; the date from the page's metadata, else from its
    URL (``sitrep.clean``'s order; a capture's own stated date would come first, and these
    pages state none)."""
    import gzip

    import lxml.html

    from sitrep.clean.meta_lines import parse_iso_date
    from sitrep.clean.page_meta import read_page_meta
    from sitrep.clean.url_date import url_date

    path = AEB_DIR / "html" / f"{key}.html.gz"
    if not path.exists():
        return None, url_date(url)
    raw = gzip.decompress(path.read_bytes())
    try:  # the pages are UTF-8 but for a few; lxml would read bytes as Latin-1
        html = raw.decode("utf-8")
    except UnicodeDecodeError:
        html = raw.decode("latin-1")
    meta = read_page_meta(lxml.html.fromstring(html))
    return meta.title, parse_iso_date(meta.published) or url_date(url or meta.url)


def _draw(population: list, seed: int, count: int) -> list[dict[str, object]]:
    """Print and return ``count`` figures drawn with ``seed``: the figure's own fields and
    the statement fields a hand check also judges (what it is about, speaker, stated_on).
    What a figure is about is printed as one field, ``about``: its matter where it has one
    (extraction sets a matter only where no event instance is the subject), else its
    subject (the event instance; or, on a page with neither, what the figure itself
    counts). Printing the subject beside a matter showed judges a grouping key they took
    for the answer. The JSON keeps both. The speaker is a person or, for a body or a group
    ("the WHO reported", "the unions said"), the organisation: both are printed, as news
    eval scores either."""
    sample = random.Random(seed).sample(population, min(count, len(population)))
    rows = []
    for i, (key, n, text, fig) in enumerate(sample, 1):
        said = fig.attribution
        row = {"seed": seed, "text": key[:12], "figure": n, "evidence": fig.evidence.text,
               "low": fig.low, "high": fig.high, "qualifier": fig.qualifier,
               "unit": fig.unit, "measure": fig.measure, "kind": fig.kind, "change": fig.change,
               "about": fig.matter or fig.subject, "subject": fig.subject,
               "matter": fig.matter, "speaker": said.speaker,
               "org": said.org,
               # as precise as the text: "in 2016" is 2016, no 2016-01-01 a judge would
               # take for an invented day
               "stated_on": said.stated_on_text,
               "context": _context(text, fig.evidence.start, fig.evidence.end)}
        rows.append(row)
        print(f"{i:2}. {key[:12]}#{n} {fig.evidence.text!r}: low={fig.low} high={fig.high} "
              f"qualifier={fig.qualifier!r} unit={fig.unit!r} measure={fig.measure!r}"
              f"{f' change={fig.change}' if fig.change else ''}\n"
              f"    about={row['about']!r} speaker={said.speaker!r} "
              f"org={said.org!r} "
              f"stated_on={row['stated_on']}\n"
              f"    {row['context']}")
    print(f"{len(sample)} drawn (seed {seed})")
    return rows


if __name__ == "__main__":
    sys.exit(main())
